package i18n

import "golang.org/x/text/unicode/bidi"

// mirrors holds the Bidi_Mirroring_Glyph pairs (Unicode BidiMirroring.txt)
// of the mirrored characters that are not paired brackets and that running
// text may hold: from Basic Latin, Latin-1, General Punctuation,
// Supplemental Punctuation, the small and fullwidth forms, and the two
// comparison signs ≤ and ≥. The other
// mathematical operators and arrows (U+2200 and up) are left out: the guide
// writes no mathematics. TestMirrorMatchesFriBidi checks this table and the
// brackets against GNU FriBidi.
var mirrors = map[rune]rune{
	'<': '>', '>': '<',
	'«': '»', '»': '«',
	'‹': '›', '›': '‹',
	'≤': '≥', '≥': '≤',
	'⸂': '⸃', '⸃': '⸂',
	'⸄': '⸅', '⸅': '⸄',
	'⸉': '⸊', '⸊': '⸉',
	'⸌': '⸍', '⸍': '⸌',
	'⸜': '⸝', '⸝': '⸜',
	'⸠': '⸡', '⸡': '⸠',
	'﹤': '﹥', '﹥': '﹤',
	'＜': '＞', '＞': '＜',
}

// mirror returns the glyph that shows r mirrored (rule L4 of UAX #9): the
// pair of a bracket, the pair of a sign in mirrors, or r itself.
func mirror(r rune) rune {
	if props, _ := bidi.LookupRune(r); props.IsBracket() {
		return pairedBracket(r)
	}
	if m, ok := mirrors[r]; ok {
		return m
	}
	return r
}
