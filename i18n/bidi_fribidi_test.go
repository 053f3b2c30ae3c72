package i18n

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"helseguide/i18n/fribiditest"
)

var update = flag.Bool("update", false, "rewrite testdata/fribidi.golden from GNU FriBidi's output")

// friBidiGolden holds what GNU FriBidi made of friBidiLines, so that the
// order is still checked where fribidi is not installed.
const friBidiGolden = "testdata/fribidi.golden"

// friBidiLines are mixed Arabic, Dari and Norwegian lines, as the guide will
// show them, with the base direction they are reordered with. Numbers are
// from shared/facts.md; NumberRun marks those written the way the content
// renderer will write them.
var friBidiLines = []struct {
	base Direction
	text string
}{
	// Arabic.
	{RightToLeft, "اتصل بالرقم 113 في حالة الطوارئ."},
	{RightToLeft, "اتصل بـ 116 117 إذا لم يكن طبيبك (fastlege) متاحًا."},
	{RightToLeft, "اتصل بـ " + NumberRun("116 117", RightToLeft) + " إذا لم يكن طبيبك (fastlege) متاحًا."},
	{RightToLeft, "رسوم الاستشارة NOK 179 في النهار."},
	{RightToLeft, "رسوم الاستشارة " + NumberRun("NOK 179", RightToLeft) + " في النهار."},
	{RightToLeft, "حد الإعفاء NOK 3 278 (frikort)."},
	{RightToLeft, "حد الإعفاء " + NumberRun("NOK 3 278", RightToLeft) + " (frikort)."},
	{RightToLeft, "ساعات العمل: 08:00–15:30 من الاثنين إلى الجمعة."},
	{RightToLeft, "ساعات العمل: " + NumberRun("08:00–15:30", RightToLeft) + " من الاثنين إلى الجمعة."},
	{RightToLeft, "الطبيب العام يسمى fastlege في النرويج."},
	{RightToLeft, "legevakt مفتوحة ليلًا ونهارًا."},
	{RightToLeft, "اِتَّصِلْ بِالطَّبِيبِ فَوْرًا"},
	{RightToLeft, "رقم Helsenorge هو 23 32 70 00 [Veiledning]."},
	{RightToLeft, "«مرحبًا» قال الطبيب."},
	{RightToLeft, "اتصل بالرقم ١١٣ فورًا!"},
	{RightToLeft, "رقم الطوارئ 113 (AMK) يعمل طوال اليوم."},
	{RightToLeft, "من الخارج: +47 23 48 72 00 (Oslo legevakt)."},
	{RightToLeft, "[طبيب (fastlege) عام] و{legevakt}"},
	{RightToLeft, "الحد: NOK 3,278."},
	{RightToLeft, "قال \"fastlege\" وهو طبيبك < 116 117 >"},
	{RightToLeft, "113\u200F هو رقم الطوارئ"},
	{RightToLeft, "اتصل بالرقم 113   "},
	{RightToLeft, "الرقم:\t113\tللطوارئ"},
	{RightToLeft, "كِتَابٌ (bok) وَقَلَمٌ"},
	{RightToLeft, "مقهى cafe\u0301 هنا"},
	{RightToLeft, "الاستشارة ١٧٩ كرونة (NOK 179)"},
	{RightToLeft, "من 09:00 إلى 15:00 (22 59 13 00)"},
	{RightToLeft, "\u202Aabc ابج\u202C نص"},
	// Dari.
	{RightToLeft, "با شماره 113 تماس بگیرید."},
	{RightToLeft, "اگر داکتر خانوادگی (fastlege) ندارید، به 116 117 زنگ بزنید."},
	{RightToLeft, "شما می\u200Cتوانید ترجمان (tolk) رایگان بخواهید."},
	{RightToLeft, "فیس معاینه " + NumberRun("NOK 179", RightToLeft) + " است."},
	{RightToLeft, "شماره ۱۱۳ را بگیرید"},
	{RightToLeft, "ساعت کاری: 08:00–15:30 (دوشنبه–جمعه)"},
	{RightToLeft, "Helsenorge (HELFO) با شماره " + NumberRun("23 32 70 00", RightToLeft)},
	{RightToLeft, "کارت معافیت (frikort) بعد از " + NumberRun("NOK 3 278", RightToLeft) + " می\u200Cآید."},
	{RightToLeft, "دَاکْتَر «fastlege» شما"},
	// Neutral-only and Norwegian lines.
	{RightToLeft, "08:00–15:30 (113)"},
	{RightToLeft, "116 117 / 113"},
	{LeftToRight, "Ring 113 ved nødsituasjon (اتصل بالرقم 113)."},
	{LeftToRight, "fastlege = داکتر خانوادگی, legevakt = 116 117"},
	{LeftToRight, "Tolk: مترجم (gratis)"},
	{LeftToRight, "Egenandel NOK 179 «رسوم» 3 278"},
	{LeftToRight, "\u2067بِسْمِ 113\u2069 og mer"},
}

// friBidiOrder runs GNU FriBidi over the lines, all with base direction base, and
// returns for each the visual line it makes (see fribiditest.Order).
func friBidiOrder(t *testing.T, lines []string, base Direction) []string {
	t.Helper()
	return fribiditest.Order(t, lines, base == RightToLeft)
}

// requireFriBidi skips the test when fribidi is not installed, except in CI (CI=true),
// where its absence is a failure; TestVisualFriBidiGolden still checks the recorded order.
func requireFriBidi(t *testing.T) {
	t.Helper()
	fribiditest.Require(t)
}

// TestVisualMatchesFriBidi requires Visual to put every line in the order
// GNU FriBidi puts it in, with the same mirrored glyphs, and keeps
// testdata/fribidi.golden equal to what fribidi says (-update rewrites it).
func TestVisualMatchesFriBidi(t *testing.T) {
	requireFriBidi(t)
	var records []goldenRecord
	for _, base := range []Direction{LeftToRight, RightToLeft} {
		var lines []string
		for _, l := range friBidiLines {
			if l.base == base {
				lines = append(lines, l.text)
			}
		}
		want := friBidiOrder(t, lines, base)
		for i, line := range lines {
			if got := Visual(line, base); got != want[i] {
				t.Errorf("Visual(%q, %v)\n got %q\nwant %q (fribidi)", line, base, got, want[i])
			}
			records = append(records, goldenRecord{base, line, want[i]})
		}
	}
	if *update {
		writeGolden(t, records)
		return
	}
	if golden := readGolden(t); !slices.Equal(golden, records) {
		t.Errorf("%s is not what fribidi says now (run go test ./i18n -run TestVisualMatchesFriBidi -update and read the diff)", friBidiGolden)
	}
}

// TestVisualMatchesFriBidiRandom compares Visual with fribidi on random
// lines built from the pieces guide text is made of: Latin, Arabic, Hebrew
// and Dari letters, vowel marks on letters, three kinds of digits,
// separators, brackets and other mirrored signs, spaces, tabs, ZWNJ and the
// isolated runs NumberRun writes. Two things are left out because Debian's
// fribidi 1.0.8 gets them wrong where Visual passes Unicode's own tests
// (TestUnicodeBidiCharacterTest): FSI (fribidi looks for its first strong
// character past the matching PDI: it tests valid_isolate_count where it
// means isolate_count), and a mark on punctuation next to a bracket (fribidi
// merges the bracket into the run of the mark and loses the pair).
func TestVisualMatchesFriBidiRandom(t *testing.T) {
	requireFriBidi(t)
	letters := []string{"a", "b", "ø", "ا", "ب", "ی", "پ", "א"}
	marks := []string{"", "", "\u064E", "\u0650", "\u0651\u064E", "\u0301"}
	others := []string{"1", "2", "١", "٢", "۱", "+", "-", "$", "%", ",", ".", ":", "–",
		"\u00a0", " ", " ", "\t", "(", ")", "[", "]", "<", ">", "«", "»", "!", "\"", "\u200C",
		NumberRun("116 117", RightToLeft), NumberRun("NOK 3 278", RightToLeft), NumberRun("08:00–15:30", RightToLeft)}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, base := range []Direction{LeftToRight, RightToLeft} {
		lines := make([]string, 3000)
		for i := range lines {
			var b strings.Builder
			for range 1 + rng.IntN(24) {
				if rng.IntN(2) == 0 {
					b.WriteString(letters[rng.IntN(len(letters))] + marks[rng.IntN(len(marks))])
				} else {
					b.WriteString(others[rng.IntN(len(others))])
				}
			}
			lines[i] = b.String()
		}
		want := friBidiOrder(t, lines, base)
		failed := 0
		for i, line := range lines {
			if got := Visual(line, base); got != want[i] {
				if failed++; failed <= 10 {
					t.Errorf("Visual(%+q, %v)\n got %+q\nwant %+q (fribidi)", line, base, got, want[i])
				}
			}
		}
		if failed > 0 {
			t.Errorf("%v: %d of %d lines differ from fribidi", base, failed, len(lines))
		}
	}
}

// TestParagraphDirectionMatchesFriBidi compares ParagraphDirection with the
// base direction fribidi finds (--wrtl: first strong character, else
// right-to-left).
func TestParagraphDirectionMatchesFriBidi(t *testing.T) {
	requireFriBidi(t)
	var lines []string
	for _, l := range friBidiLines {
		lines = append(lines, l.text)
	}
	lines = append(lines, "", "113", "\u2066abc\u2069 ابج", "\u2067ابج\u2069 abc")
	cmd := exec.Command("fribidi", "--nobreak", "--novisual", "--basedir", "--wrtl")
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("fribidi: %v", err)
	}
	dirs := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(dirs) != len(lines) {
		t.Fatalf("fribidi printed %d lines for %d input lines", len(dirs), len(lines))
	}
	for i, line := range lines {
		want := LeftToRight
		if strings.HasSuffix(dirs[i], "R") {
			want = RightToLeft
		}
		if got := ParagraphDirection(line, RightToLeft); got != want {
			t.Errorf("ParagraphDirection(%q, rtl) = %v, fribidi says %q", line, got, dirs[i])
		}
	}
}

// TestMirrorMatchesFriBidi checks mirror against the glyphs fribidi draws
// for every character of the blocks running text may use: each alone
// between two Arabic letters, so at level 1. The blocks stop where Debian's
// fribidi 1.0.8 (Unicode 10) stops: it does not know the brackets U+2E55 to
// U+2E5C of Unicode 14, which x/text does.
func TestMirrorMatchesFriBidi(t *testing.T) {
	requireFriBidi(t)
	var chars []rune
	for _, block := range [][2]rune{
		{0x21, 0x7E}, {0xA1, 0x24F}, {0x2000, 0x21FF}, {0x2264, 0x2265},
		{0x2300, 0x23FF}, {0x2770, 0x2775}, {0x27E6, 0x27EF}, {0x2983, 0x2998},
		{0x2E00, 0x2E49}, {0x3000, 0x303F}, {0xFE50, 0xFE6F}, {0xFF01, 0xFF65},
	} {
		for r := block[0]; r <= block[1]; r++ {
			if unicode.IsPrint(r) && !unicode.IsSpace(r) && !unicode.IsMark(r) {
				chars = append(chars, r)
			}
		}
	}
	lines := make([]string, len(chars))
	for i, r := range chars {
		lines[i] = "ا" + string(r) + "ا"
	}
	visual := friBidiOrder(t, lines, RightToLeft)
	for i, r := range chars {
		want := []rune(visual[i])[1]
		if got := mirror(r); got != want {
			t.Errorf("mirror(%q U+%04X) = %q, fribidi draws %q", r, r, got, want)
		}
	}
}

// TestVisualFriBidiGolden checks Visual against the order fribidi gave when
// the golden file was written, so that it is checked without fribidi too.
func TestVisualFriBidiGolden(t *testing.T) {
	golden := readGolden(t)
	if len(golden) != len(friBidiLines) {
		t.Fatalf("%s has %d lines, friBidiLines %d (run go test ./i18n -run TestVisualMatchesFriBidi -update with fribidi installed)",
			friBidiGolden, len(golden), len(friBidiLines))
	}
	for _, g := range golden {
		if got := Visual(g.logical, g.base); got != g.visual {
			t.Errorf("Visual(%q, %v)\n got %q\nwant %q (fribidi)", g.logical, g.base, got, g.visual)
		}
	}
}

// goldenRecord is one line of testdata/fribidi.golden: base direction,
// logical line and fribidi's visual line, the two Go-quoted, tab-separated.
type goldenRecord struct {
	base            Direction
	logical, visual string
}

func readGolden(t *testing.T) []goldenRecord {
	t.Helper()
	f, err := os.Open(friBidiGolden)
	if err != nil {
		t.Fatalf("%v (run go test ./i18n -run TestVisualMatchesFriBidi -update with fribidi installed)", err)
	}
	defer f.Close()
	var records []goldenRecord
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			t.Fatalf("%s:%d: %d fields, want 3 (base, logical, visual)", friBidiGolden, n, len(fields))
		}
		var rec goldenRecord
		switch fields[0] {
		case "ltr":
			rec.base = LeftToRight
		case "rtl":
			rec.base = RightToLeft
		default:
			t.Fatalf("%s:%d: base %q, want ltr or rtl", friBidiGolden, n, fields[0])
		}
		if rec.logical, err = strconv.Unquote(fields[1]); err != nil {
			t.Fatalf("%s:%d: logical: %v", friBidiGolden, n, err)
		}
		if rec.visual, err = strconv.Unquote(fields[2]); err != nil {
			t.Fatalf("%s:%d: visual: %v", friBidiGolden, n, err)
		}
		records = append(records, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return records
}

func writeGolden(t *testing.T, records []goldenRecord) {
	t.Helper()
	var b strings.Builder
	for _, r := range records {
		fmt.Fprintf(&b, "%v\t%s\t%s\n", r.base, strconv.Quote(r.logical), strconv.Quote(r.visual))
	}
	if err := os.MkdirAll(filepath.Dir(friBidiGolden), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(friBidiGolden, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
