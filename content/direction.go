package content

import (
	"regexp"

	"helseguide/i18n"
)

// How values are written into right-to-left text. Arabic and Dari text holds phone
// numbers, fees, opening hours and dates written left to right ("116 117", "NOK 3,278",
// "08:00–15:30"); by the Unicode bidi algorithm alone, "116 117" would show as
// "117 116" and "08:00–15:30" as "15:30–08:00" in them. So every such value is put into
// text here, by NumberIn and NameIn, never by a translation: in a right-to-left language
// it goes in a left-to-right isolate (see i18n.NumberRun), in a left-to-right language
// it is written as it is, byte for byte. Call cards and JSON numbers (Call.Number,
// Call.Tel) stay as facts.json writes them; the surfaces use NumberIn where they put a
// card's number into a line of text.

// NumberIn returns value, a phone number, a fee, opening hours, a time or a date, as it
// must be written into text of language lang: in a right-to-left language through
// i18n.NumberRun (no-break spaces, in a left-to-right isolate), so it reads left to right
// as a whole and is never wrapped in the middle; in a left-to-right language unchanged.
func NumberIn(lang, value string) string {
	if i18n.DirectionOf(lang) != i18n.RightToLeft {
		return value
	}
	return i18n.NumberRun(value, i18n.RightToLeft)
}

// NameIn returns value, a left-to-right value made of words such as a Norwegian address,
// as it must be written into text of language lang: in a right-to-left language in a
// left-to-right isolate that keeps its spaces, so it can still wrap (i18n.LeftToRightRun);
// in a left-to-right language unchanged.
func NameIn(lang, value string) string {
	return i18n.LeftToRightRun(value, i18n.DirectionOf(lang))
}

// feeMoney matches the amount in a fee template with a currency code written next to it
// ("NOK {amount}"): in right-to-left text the two are kept together, left to right.
var feeMoney = regexp.MustCompile(`(?:\p{Latin}+ )?\{amount\}(?: \p{Latin}+\b)?`)

// hoursRange matches a range of opening hours in an hours template ("{open}–{close}"):
// in right-to-left text it is one value, or it would read "15:30–08:00".
var hoursRange = regexp.MustCompile(`\{open\}[^{}\p{L}\p{N}]{1,3}\{close\}`)

// rtlTemplate prepares template tmpl of language lang for values that go into it as one
// in right-to-left text: the first part of tmpl that re matches becomes the placeholder
// {name}, and args[name] is set to that part with args filled in, through NumberIn. In a
// left-to-right language, or when re does not match, tmpl and args are left as they are.
func rtlTemplate(lang, tmpl string, re *regexp.Regexp, name string, args Args) string {
	if i18n.DirectionOf(lang) != i18n.RightToLeft {
		return tmpl
	}
	loc := re.FindStringIndex(tmpl)
	if loc == nil {
		return tmpl
	}
	value := placeholder.ReplaceAllStringFunc(tmpl[loc[0]:loc[1]], func(m string) string {
		if v, ok := args[m[1:len(m)-1]]; ok {
			return v
		}
		return m
	})
	args[name] = NumberIn(lang, value)
	return tmpl[:loc[0]] + "{" + name + "}" + tmpl[loc[1]:]
}
