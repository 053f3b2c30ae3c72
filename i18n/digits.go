package i18n

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxDigits is the most digits ParseNumber accepts.
const maxDigits = 6

// DecimalDigit returns the value of r if r is a Unicode decimal digit
// (general category Nd) of any script: ASCII 0-9, Arabic-Indic ٠-٩, Persian
// ۰-۹, Devanagari, fullwidth ０-９ and so on. Otherwise ok is false.
func DecimalDigit(r rune) (value int, ok bool) {
	zero, ok := digitZero(r)
	if !ok {
		return 0, false
	}
	return int(r - zero), true
}

// digitZero returns the zero of r's run of ten digits. Unicode encodes every
// set of decimal digits as a contiguous run 0..9, but some runs touch (the
// five mathematical digit sets at U+1D7CE..U+1D7FF form one block of fifty),
// so it finds the start of the whole contiguous block of digits and counts
// in tens from there.
func digitZero(r rune) (rune, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return r - (r-start)%10, true
}

// ParseNumber parses a string of at most six decimal digits, all from one
// script, e.g. "12", "١٢", "۳" or "１"; surrounding white space is trimmed.
// It returns an error when the string is empty, holds anything but digits,
// mixes scripts, or is too long.
func ParseNumber(s string) (int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, fmt.Errorf("parse number %q: empty", s)
	}
	if utf8.RuneCountInString(t) > maxDigits {
		return 0, fmt.Errorf("parse number %q: more than %d digits", s, maxDigits)
	}
	var (
		n     int
		first rune = -1
	)
	for _, r := range t {
		zero, ok := digitZero(r)
		if !ok {
			return 0, fmt.Errorf("parse number %q: %q is not a digit", s, r)
		}
		if first < 0 {
			first = zero
		} else if zero != first {
			return 0, fmt.Errorf("parse number %q: digits from more than one script", s)
		}
		n = n*10 + int(r-zero)
	}
	return n, nil
}
