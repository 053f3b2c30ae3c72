package i18n

import (
	"testing"

	"golang.org/x/text/language"
)

func mustMatcher(t *testing.T, codes ...string) *Matcher {
	t.Helper()
	m, err := NewMatcher(codes)
	if err != nil {
		t.Fatalf("NewMatcher(%q): %v", codes, err)
	}
	return m
}

func TestNewMatcherErrors(t *testing.T) {
	for _, codes := range [][]string{nil, {}, {"en", "xx"}, {"en", "not a tag"}, {""}} {
		if _, err := NewMatcher(codes); err == nil {
			t.Errorf("NewMatcher(%q): no error", codes)
		}
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		supported []string
		prefs     []string
		want      string
		ok        bool
	}{
		{[]string{"en", "nb"}, []string{"no"}, "nb", true},
		{[]string{"en", "nb"}, []string{"nn"}, "nb", true},
		{[]string{"en", "nb"}, []string{"nb"}, "nb", true},
		{[]string{"en", "nb"}, []string{"nb-NO"}, "nb", true},
		{[]string{"en", "nb"}, []string{"nn-NO"}, "nb", true},
		{[]string{"en", "nb"}, []string{"en-GB"}, "en", true},
		{[]string{"en", "nb"}, []string{"en-US"}, "en", true},
		{[]string{"en", "nb"}, []string{"fr"}, "", false},
		{[]string{"en", "nb"}, []string{"sv"}, "", false},
		{[]string{"en", "nb"}, nil, "", false},
		{[]string{"en", "nb"}, []string{"und"}, "", false},
		{[]string{"en", "nb"}, []string{"fr", "nb-NO"}, "nb", true},
		{[]string{"en", "nb"}, []string{"en", "nb"}, "en", true},
		// The code comes back exactly as given, never with -u- extensions.
		{[]string{"en-GB", "nb-NO"}, []string{"nb"}, "nb-NO", true},
		{[]string{"en", "nb", "uk", "ar"}, []string{"uk-UA"}, "uk", true},
		{[]string{"en", "nb", "ar"}, []string{"ar-EG"}, "ar", true},
		{[]string{"en", "nb", "fa", "prs"}, []string{"fa-IR"}, "fa", true},
		{[]string{"en", "nb", "fa", "prs"}, []string{"prs"}, "prs", true},
		{[]string{"en", "nb", "fa", "prs"}, []string{"fa-AF"}, "prs", true},
		{[]string{"en", "nb", "ti", "so"}, []string{"ti-ER"}, "ti", true},
		{[]string{"en", "nb", "ti", "so"}, []string{"so"}, "so", true},
	}
	for _, tt := range tests {
		m := mustMatcher(t, tt.supported...)
		var prefs []language.Tag
		for _, p := range tt.prefs {
			prefs = append(prefs, language.MustParse(p))
		}
		got, ok := m.Match(prefs...)
		if got != tt.want || ok != tt.ok {
			t.Errorf("over %q, Match(%q) = %q, %v; want %q, %v", tt.supported, tt.prefs, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMatchString(t *testing.T) {
	m := mustMatcher(t, "en", "nb")
	tests := []struct {
		in, want, err string
	}{
		{"nb_NO.UTF-8", "nb", ""},
		{"NB", "nb", ""},
		{"no", "nb", ""},
		{"nn", "nb", ""},
		{"en-GB", "en", ""},
		{" en_US@euro ", "en", ""},
		{"xx", "", `unknown language "xx": choose one of en, nb`},
		{"fr", "", `unknown language "fr": choose one of en, nb`},
		{"", "", `unknown language "": choose one of en, nb`},
		{"C", "", `unknown language "C": choose one of en, nb`},
	}
	for _, tt := range tests {
		got, err := m.MatchString(tt.in)
		var gotErr string
		if err != nil {
			gotErr = err.Error()
		}
		if got != tt.want || gotErr != tt.err {
			t.Errorf("MatchString(%q) = %q, %q; want %q, %q", tt.in, got, gotErr, tt.want, tt.err)
		}
	}
}
