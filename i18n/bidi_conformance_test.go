package i18n

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// unicodeBidiCharacterTest is where Debian's unicode-data package puts
// Unicode's own conformance test of the bidi algorithm.
const unicodeBidiCharacterTest = "/usr/share/unicode/BidiCharacterTest.txt"

// TestUnicodeBidiCharacterTest runs the levels and order of every case of
// BidiCharacterTest.txt (rules P2 to L2; L3 and L4 are out of its scope).
func TestUnicodeBidiCharacterTest(t *testing.T) {
	f, err := os.Open(unicodeBidiCharacterTest)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (CI must apt-get install -y unicode-data)", err)
		}
		t.Skipf("%v (apt-get install -y unicode-data)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	cases, failed := 0, 0
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, ";")
		if len(fields) != 5 {
			t.Fatalf("%s:%d: %d fields, want 5", unicodeBidiCharacterTest, n, len(fields))
		}
		var runes []rune
		for _, h := range strings.Fields(fields[0]) {
			r, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatalf("%s:%d: %v", unicodeBidiCharacterTest, n, err)
			}
			runes = append(runes, rune(r))
		}
		var base Direction
		switch fields[1] {
		case "0":
			base = LeftToRight
		case "1":
			base = RightToLeft
		default:
			base = ParagraphDirection(string(runes), LeftToRight)
		}
		cases++
		p := newParagraph(runes, paragraphLevel(base))
		level := strconv.Itoa(int(p.base))
		levels, order := levelsAndOrder(p)
		if level != fields[2] || levels != fields[3] || order != fields[4] {
			if failed++; failed <= 20 {
				t.Errorf("%s:%d: %s dir %s\n got level %s levels %s order %s\nwant level %s levels %s order %s",
					unicodeBidiCharacterTest, n, fields[0], fields[1], level, levels, order, fields[2], fields[3], fields[4])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if failed > 0 {
		t.Errorf("%d of %d cases failed", failed, cases)
	}
	t.Logf("%d cases", cases)
}

// unicodeBidiTest is Unicode's class-based conformance test, from the same
// package.
const unicodeBidiTest = "/usr/share/unicode/BidiTest.txt"

// classExample is one character of each bidi class, none of them a bracket,
// as BidiTest.txt assumes.
var classExample = map[string]rune{
	"L": 'a', "R": 'א', "AL": 'ا', "EN": '1', "ES": '+', "ET": '$', "AN": '١',
	"CS": ',', "NSM": '\u0300', "BN": '\u00AD', "B": '\u2029', "S": '\t', "WS": ' ',
	"ON": '!', "LRE": '\u202A', "RLE": '\u202B', "PDF": '\u202C', "LRO": '\u202D',
	"RLO": '\u202E', "LRI": '\u2066', "RLI": '\u2067', "FSI": '\u2068', "PDI": '\u2069',
}

// TestUnicodeBidiTest runs every case of BidiTest.txt: each sequence of bidi
// classes, with each paragraph direction its bitset names (1 auto, 2 LTR,
// 4 RTL), must give the levels and order of the @Levels and @Reorder lines
// above it.
func TestUnicodeBidiTest(t *testing.T) {
	if testing.Short() {
		t.Skip("770 000 cases take seconds; not in -short")
	}
	f, err := os.Open(unicodeBidiTest)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%v (CI must apt-get install -y unicode-data)", err)
		}
		t.Skipf("%v (apt-get install -y unicode-data)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var wantLevels, wantOrder string
	cases, failed := 0, 0
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#':
			continue
		case strings.HasPrefix(line, "@Levels:"):
			wantLevels = strings.Join(strings.Fields(strings.TrimPrefix(line, "@Levels:")), " ")
			continue
		case strings.HasPrefix(line, "@Reorder:"):
			wantOrder = strings.Join(strings.Fields(strings.TrimPrefix(line, "@Reorder:")), " ")
			continue
		}
		classes, bits, ok := strings.Cut(line, ";")
		if !ok {
			t.Fatalf("%s:%d: no ';'", unicodeBidiTest, n)
		}
		var runes []rune
		for _, c := range strings.Fields(classes) {
			r, ok := classExample[c]
			if !ok {
				t.Fatalf("%s:%d: unknown class %q", unicodeBidiTest, n, c)
			}
			runes = append(runes, r)
		}
		set, err := strconv.Atoi(strings.TrimSpace(bits))
		if err != nil {
			t.Fatalf("%s:%d: %v", unicodeBidiTest, n, err)
		}
		for _, dir := range []struct {
			bit  int
			base Direction
		}{{1, ParagraphDirection(string(runes), LeftToRight)}, {2, LeftToRight}, {4, RightToLeft}} {
			if set&dir.bit == 0 {
				continue
			}
			cases++
			levels, order := levelsAndOrder(newParagraph(runes, paragraphLevel(dir.base)))
			if levels != wantLevels || order != wantOrder {
				if failed++; failed <= 20 {
					t.Errorf("%s:%d: %s (bit %d)\n got levels %s order %s\nwant levels %s order %s",
						unicodeBidiTest, n, classes, dir.bit, levels, order, wantLevels, wantOrder)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if failed > 0 {
		t.Errorf("%d of %d cases failed", failed, cases)
	}
	t.Logf("%d cases", cases)
}

// levelsAndOrder returns the levels (after L1) and the visual order (L2,
// without L3) of p as one line, in the notation of Unicode's test files:
// space-separated, "x" for the level of a character removed by X9, which is
// left out of the order.
func levelsAndOrder(p *paragraph) (levels, order string) {
	lv, ord := p.lineOrder(0, len(p.runes), false)
	var ls, vs []string
	for k, l := range lv {
		if removedByX9(p.orig[k]) {
			ls = append(ls, "x")
		} else {
			ls = append(ls, strconv.Itoa(int(l)))
		}
	}
	for _, k := range ord {
		if !removedByX9(p.orig[k]) {
			vs = append(vs, strconv.Itoa(k))
		}
	}
	return strings.Join(ls, " "), strings.Join(vs, " ")
}
