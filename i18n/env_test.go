package i18n

import (
	"slices"
	"testing"

	"golang.org/x/text/language"
)

func TestCleanPOSIX(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nb_NO.UTF-8", "nb-NO"},
		{"en_US@euro", "en-US"},
		{"en_US.ISO-8859-15@euro", "en-US"},
		{"uk_UA.utf8", "uk-UA"},
		{"nn_NO", "nn-NO"},
		{"no_NO", "no-NO"},
		{"ar", "ar"},
		{"fa_IR.UTF-8", "fa-IR"},
		{"prs_AF", "prs-AF"},
		{"sr_RS@latin", "sr-Latn-RS"},
		{"sr_RS.UTF-8@latin", "sr-Latn-RS"},
		{"uz@cyrillic", "uz-Cyrl"},
		{"sr-Latn@latin", "sr-Latn"},
		{"en-GB", "en-GB"},
		{"EN_gb", "en-GB"},
		{"NB", "nb"},
		{"  nb_NO.UTF-8\n", "nb-NO"},
		{"", ""},
		{"C", ""},
		{"POSIX", ""},
		{"C.UTF-8", ""},
		{"C.utf8", ""},
		{"und", ""},
		{"xx", ""},
		{"English_United States.1252", ""},
		{"@", ""},
		{".", ""},
		{"_", ""},
		// Extensions and private use are dropped.
		{"de-DE-u-co-phonebk", "de-DE"},
		{"nb-NO-x-kiosk", "nb-NO"},
		{"AA-U-00-00-U-00000-10-00", "aa"},
		{"x-private", ""},
		{"ca-ES-valencia", "ca-ES-valencia"},
	}
	for _, tt := range tests {
		if got := CleanPOSIX(tt.in); got != tt.want {
			t.Errorf("CleanPOSIX(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCleanPOSIX(f *testing.F) {
	for _, s := range []string{"nb_NO.UTF-8", "en_US@euro", "C", "POSIX", "uk_UA.utf8", "sr_RS@latin", "", "@latin", "x-private", "zh-Hant-TW"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CleanPOSIX(s)
		if got == "" {
			return
		}
		if _, err := language.Parse(got); err != nil {
			t.Fatalf("CleanPOSIX(%q) = %q, which does not parse: %v", s, got, err)
		}
		if again := CleanPOSIX(got); again != got {
			t.Fatalf("CleanPOSIX(%q) = %q, but CleanPOSIX(%q) = %q", s, got, got, again)
		}
	})
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"nothing set", nil, nil},
		{"LANG only", map[string]string{"LANG": "nb_NO.UTF-8"}, []string{"nb-NO"}},
		{"LC_ALL beats LANG", map[string]string{"LC_ALL": "uk_UA.UTF-8", "LANG": "nb_NO.UTF-8"}, []string{"uk-UA"}},
		{"LC_MESSAGES beats LANG", map[string]string{"LC_MESSAGES": "ar_EG.UTF-8", "LANG": "nb_NO.UTF-8"}, []string{"ar-EG"}},
		{"LC_ALL beats LC_MESSAGES", map[string]string{"LC_ALL": "pl_PL", "LC_MESSAGES": "ar_EG"}, []string{"pl-PL"}},
		{"LC_ALL=C falls through", map[string]string{"LC_ALL": "C", "LANG": "nb_NO.UTF-8"}, []string{"nb-NO"}},
		{"POSIX falls through", map[string]string{"LC_ALL": "POSIX", "LC_MESSAGES": "C.UTF-8", "LANG": "so_SO"}, []string{"so-SO"}},
		{"unparseable skipped", map[string]string{"LC_ALL": "garbage!", "LANG": "ti_ER"}, []string{"ti-ER"}},
		{"all C", map[string]string{"LC_ALL": "C", "LANG": "C.UTF-8"}, nil},
		{"LANGUAGE first", map[string]string{"LANGUAGE": "nn:nb:en", "LANG": "en_US.UTF-8"}, []string{"nn", "nb", "en", "en-US"}},
		{"LANGUAGE POSIX entries and junk", map[string]string{"LANGUAGE": "fa_IR.UTF-8::C:zz!:uk", "LANG": "nb_NO"}, []string{"fa-IR", "uk", "nb-NO"}},
		{"LANGUAGE duplicates", map[string]string{"LANGUAGE": "nb_NO:nb_NO.UTF-8", "LANG": "nb_NO.UTF-8"}, []string{"nb-NO"}},
		{"LANGUAGE ignored in C locale", map[string]string{"LANGUAGE": "nb", "LC_ALL": "C"}, nil},
		{"LANGUAGE ignored when nothing set", map[string]string{"LANGUAGE": "nb"}, nil},
		{"LANGUAGE with C winner falls through", map[string]string{"LANGUAGE": "ar", "LC_ALL": "C", "LANG": "nb_NO"}, []string{"ar", "nb-NO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Detect(func(k string) string { return tt.env[k] })
			var gotS []string
			for _, tag := range got {
				gotS = append(gotS, tag.String())
			}
			if !slices.Equal(gotS, tt.want) {
				t.Errorf("Detect(%v) = %q, want %q", tt.env, gotS, tt.want)
			}
		})
	}
}

func TestLocale(t *testing.T) {
	tests := []struct {
		name      string
		env       map[string]string
		wantName  string
		wantValue string
	}{
		{"nothing set", nil, "", ""},
		{"all C or POSIX", map[string]string{"LC_ALL": "C", "LC_MESSAGES": "POSIX", "LANG": "C.UTF-8"}, "", ""},
		{"unparseable only", map[string]string{"LANG": "garbage!"}, "", ""},
		{"LANGUAGE alone is no locale", map[string]string{"LANGUAGE": "nb"}, "", ""},
		{"LANG", map[string]string{"LANG": "pt_BR.UTF-8"}, "LANG", "pt_BR.UTF-8"},
		{"LC_ALL first", map[string]string{"LC_ALL": "uk_UA.UTF-8", "LC_MESSAGES": "pl_PL", "LANG": "nb_NO"}, "LC_ALL", "uk_UA.UTF-8"},
		{"LC_MESSAGES next", map[string]string{"LC_ALL": "C", "LC_MESSAGES": "pl_PL", "LANG": "nb_NO"}, "LC_MESSAGES", "pl_PL"},
		{"value trimmed", map[string]string{"LANG": " zh_CN.GB18030\n"}, "LANG", "zh_CN.GB18030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, value := Locale(func(k string) string { return tt.env[k] })
			if name != tt.wantName || value != tt.wantValue {
				t.Errorf("Locale(%v) = %q, %q; want %q, %q", tt.env, name, value, tt.wantName, tt.wantValue)
			}
		})
	}
}
