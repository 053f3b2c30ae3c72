package tui

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// goldenScreens are compared with testdata/*.golden: the text a person sees at 80x24 and
// 40x12 (run go test ./tui -update to rewrite them, and read the diff first).
var goldenScreens = []struct{ name, lang, keys string }{
	{"picker", "", ""},
	{"question", "en", ""},
	{"question_selected", "en", "<down>"},
	{"topic", "en", "22"},
	{"gp_back", "en", "22112<esc>"},
	{"answer_gp_register", "en", "22112"},
	{"answer_mental", "en", "222"},
	{"answer_nb", "nb", "22112"},
	{"answer_ar", "ar", "22112"},
	{"emergency", "en", "220"},
	{"help", "en", "22112?"},
}

func TestGolden(t *testing.T) {
	g := testGuide(t)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, s := range goldenScreens {
			m := stateModel(t, g, s.lang, s.keys, size[0], size[1], true)
			checkFrame(t, m, s.name)
			golden(t, s.name+"_"+strconv.Itoa(size[0])+"x"+strconv.Itoa(size[1]), screenText(m)+"\n")
		}
	}
}

// goldenMore are screens of the volunteer's and the kiosk's features at their own sizes:
// the answer in two languages in two columns (120x30) and one under the other (60x30),
// the slip, and the kiosk's "still there?".
var goldenMore = []struct {
	name string
	st   state
	w, h int
}{
	{"two_languages", state{lang: "en", keys: "22112<f3>"}, 120, 30},
	{"two_languages", state{lang: "en", keys: "22112<f3>"}, 60, 30},
	{"two_languages_uk", state{lang: "uk", keys: "21", opts: twoLanguages}, 120, 30},
	{"two_languages_uk", state{lang: "uk", keys: "21", opts: twoLanguages}, 60, 30},
	{"slip_urgent", state{lang: "en", keys: "21<f4>", opts: withPrinter}, 80, 24},
	{"slip_urgent_printed", state{lang: "uk", keys: "21<f4><f8>", opts: withPrinter}, 40, 12},
	{"still_there", state{lang: "", keys: "1222<idle><second><second>", opts: kioskMode}, 80, 24},
}

func TestGoldenMore(t *testing.T) {
	g := testGuide(t)
	for _, s := range goldenMore {
		m := stateModelWith(t, g, s.st, s.w, s.h, true)
		checkFrame(t, m, s.name)
		golden(t, s.name+"_"+strconv.Itoa(s.w)+"x"+strconv.Itoa(s.h), screenText(m)+"\n")
	}
}

// TestGoldenColour compares one screen with its colours, byte for byte: the escape
// sequences of the styles on a dark background.
func TestGoldenColour(t *testing.T) {
	m := stateModel(t, testGuide(t), "en", "22112", 80, 24, false)
	checkFrame(t, m, "colour")
	golden(t, "answer_gp_register_80x24_colour", m.View().Content+"\n")
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	file := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./tui -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (run go test ./tui -update if the change is right):\n%s", name, file, got)
	}
}
