package tui

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"helseguide/i18n"
)

// goldenScreens are compared with testdata/*.golden: the text a person sees at 80x24 and
// 40x12 (run go test ./tui -update to rewrite them, and read the diff first).
// Screens are in app mode (--bidi app, what auto gives on a terminal without bidi) unless
// they say otherwise; the Arabic ones in both modes: app mode is what a person sees on such
// a terminal, terminal mode the logical order a terminal that reorders gets.
var goldenScreens = []struct {
	name, lang, keys string
	bidi             i18n.BidiMode
}{
	{"picker", "", "", i18n.BidiApp},
	{"picker_terminal", "", "", i18n.BidiTerminal},
	{"question", "en", "", i18n.BidiApp},
	{"question_selected", "en", "<down>", i18n.BidiApp},
	{"topic", "en", "22", i18n.BidiApp},
	{"gp_back", "en", "22112<esc>", i18n.BidiApp},
	{"answer_gp_register", "en", "22112", i18n.BidiApp},
	{"answer_mental", "en", "222", i18n.BidiApp},
	{"answer_nb", "nb", "22112", i18n.BidiApp},
	{"emergency", "en", "220", i18n.BidiApp},
	{"help", "en", "22112?", i18n.BidiApp},
	{"question_ar_app", "ar", "<down><down>", i18n.BidiApp},
	{"gp_back_ar_app", "ar", "22112<esc>", i18n.BidiApp},
	{"gp_back_ar_terminal", "ar", "22112<esc>", i18n.BidiTerminal},
	{"answer_ar_app", "ar", "22112", i18n.BidiApp},
	{"answer_ar_terminal", "ar", "22112", i18n.BidiTerminal},
	{"answer_ar_end_app", "ar", "22112<pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown><pgdown>", i18n.BidiApp},
	{"emergency_ar_app", "ar", "220", i18n.BidiApp},
	{"help_ar_app", "ar", "22112?", i18n.BidiApp},
	// Cyrillic and Ge'ez: a question and an answer in Ukrainian and Tigrinya.
	{"question_uk", "uk", "22", i18n.BidiApp},
	{"answer_uk", "uk", "22112", i18n.BidiApp},
	{"question_ti", "ti", "22", i18n.BidiApp},
	{"answer_ti", "ti", "22112", i18n.BidiApp},
}

func TestGolden(t *testing.T) {
	g := testGuide(t)
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		for _, s := range goldenScreens {
			m := bidiModel(t, g, s.lang, s.keys, size[0], size[1], true, s.bidi)
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
	// The same in Arabic, in the app layout (the default before the terminal answers): the
	// reader's column on the right; and the slip in both layouts.
	{"two_languages_ar_app", state{lang: "ar", keys: "21", opts: twoLanguages}, 120, 30},
	{"two_languages_ar_app", state{lang: "ar", keys: "21", opts: twoLanguages}, 60, 30},
	{"two_languages_en_ar_app", state{lang: "en", keys: "21", opts: func(o *Options) { o.SideBySide, o.Also = true, "ar" }}, 120, 30},
	{"slip_urgent_ar_app", state{lang: "ar", keys: "21<f4>"}, 80, 24},
	{"slip_urgent_ar_terminal", state{lang: "ar", keys: "21<f4>", opts: func(o *Options) { o.Bidi = i18n.BidiTerminal }}, 80, 24},
	{"still_there_ar_app", state{lang: "ar", keys: "2<idle><second><second>", opts: kioskMode}, 80, 24},
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
