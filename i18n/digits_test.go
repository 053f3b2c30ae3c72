package i18n

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
)

func TestDecimalDigit(t *testing.T) {
	tests := []struct {
		r    rune
		want int
		ok   bool
	}{
		{'0', 0, true},
		{'7', 7, true},
		{'9', 9, true},
		{'٠', 0, true}, // Arabic-Indic
		{'٣', 3, true},
		{'٩', 9, true},
		{'۰', 0, true}, // Extended Arabic-Indic (Persian, Urdu)
		{'۴', 4, true},
		{'۹', 9, true},
		{'०', 0, true}, // Devanagari
		{'५', 5, true},
		{'০', 0, true}, // Bengali
		{'৮', 8, true},
		{'０', 0, true}, // fullwidth
		{'１', 1, true},
		{'９', 9, true},
		{'߁', 1, true},          // N'Ko
		{'၂', 2, true},          // Myanmar
		{'᧓', 3, true},          // New Tai Lue
		{'\U0001D7CE', 0, true}, // mathematical bold zero, first of five touching sets
		{'\U0001D7D7', 9, true},
		{'\U0001D7D8', 0, true}, // double-struck zero right after bold nine
		{'\U0001D7E3', 1, true},
		{'\U0001D7FF', 9, true}, // monospace nine
		{'\U0001E950', 0, true}, // Adlam
		{'\U0001E959', 9, true},
		{'a', 0, false},
		{' ', 0, false},
		{'/', 0, false},
		{':', 0, false},
		{'²', 0, false}, // superscript: No, not Nd
		{'½', 0, false},
		{'Ⅻ', 0, false}, // Roman numeral: Nl
		{'፩', 0, false}, // Ethiopic digit one: No, there is no Ethiopic zero
		{'٫', 0, false}, // Arabic decimal separator
		{-1, 0, false},
		{unicode.MaxRune + 1, 0, false},
	}
	for _, tt := range tests {
		got, ok := DecimalDigit(tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("DecimalDigit(%q U+%04X) = %d, %v; want %d, %v", tt.r, tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDecimalDigitAllRuns checks the assumption DecimalDigit rests on over
// every Nd rune Go knows: each contiguous block of digits is a whole number
// of runs of ten, and walking a block yields 0..9 repeatedly.
func TestDecimalDigitAllRuns(t *testing.T) {
	var blocks int
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !unicode.IsDigit(r) || unicode.IsDigit(r-1) {
			continue
		}
		blocks++
		end := r
		for unicode.IsDigit(end) {
			end++
		}
		if n := end - r; n%10 != 0 {
			t.Errorf("digit block U+%04X..U+%04X has %d digits, not a multiple of ten", r, end-1, n)
		}
		for c := r; c < end; c++ {
			if v, ok := DecimalDigit(c); !ok || v != int(c-r)%10 {
				t.Errorf("DecimalDigit(U+%04X) = %d, %v; want %d, true", c, v, ok, int(c-r)%10)
			}
		}
	}
	if blocks < 50 {
		t.Errorf("found only %d digit blocks", blocks)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr string
	}{
		{"12", 12, ""},
		{"0", 0, ""},
		{"007", 7, ""},
		{" 42\n", 42, ""},
		{"999999", 999999, ""},
		{"١٢", 12, ""},
		{"۳", 3, ""},
		{"۱۴۰۳", 1403, ""},
		{"１", 1, ""},
		{"१२३", 123, ""},
		{"\u00a0٥\u00a0", 5, ""}, // no-break spaces trimmed
		{"", 0, "empty"},
		{"   ", 0, "empty"},
		{"1234567", 0, "more than 6 digits"},
		{"١٢٣٤٥٦٧", 0, "more than 6 digits"},
		{"1 2", 0, "not a digit"},
		{"-1", 0, "not a digit"},
		{"+1", 0, "not a digit"},
		{"1.5", 0, "not a digit"},
		{"abc", 0, "not a digit"},
		{"²", 0, "not a digit"},
		{"1٢", 0, "more than one script"},
		{"۱٢", 0, "more than one script"},                   // Persian one, Arabic two
		{"\U0001D7CF\U0001D7D9", 0, "more than one script"}, // bold one, double-struck one
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), strconv.Quote(tt.in)) {
				t.Errorf("ParseNumber(%q) = %d, %v; want error containing %q and the input", tt.in, got, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseNumber(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12", "١٢", "۳", "１", "", " 7 ", "1234567", "-1", "0x10", "٠٠٠"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		if n < 0 || n > 999999 {
			t.Fatalf("ParseNumber(%q) = %d, out of range", s, n)
		}
		again, err := ParseNumber(strconv.Itoa(n))
		if err != nil || again != n {
			t.Fatalf("ParseNumber(%q) = %d, but ParseNumber(%q) = %d, %v", s, n, strconv.Itoa(n), again, err)
		}
		trimmed := strings.TrimSpace(s)
		if isASCII(trimmed) {
			if want, err := strconv.Atoi(trimmed); err != nil || want != n {
				t.Fatalf("ParseNumber(%q) = %d, strconv.Atoi says %d, %v", s, n, want, err)
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
