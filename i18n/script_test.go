package i18n

import "testing"

func TestDirectionOf(t *testing.T) {
	tests := []struct {
		code string
		want Direction
	}{
		{"ar", RightToLeft},
		{"ar-EG", RightToLeft},
		{"fa", RightToLeft},
		{"fa-AF", RightToLeft},
		{"prs", RightToLeft},
		{"prs-AF", RightToLeft},
		{"he", RightToLeft},
		{"ur", RightToLeft},
		{"ps", RightToLeft},
		{"ckb", RightToLeft},
		{"dv", RightToLeft},
		{"yi", RightToLeft},
		{"syr", RightToLeft},
		{"pa-Arab", RightToLeft},
		{"ku-Arab", RightToLeft},
		{"en", LeftToRight},
		{"nb", LeftToRight},
		{"ti", LeftToRight},
		{"am", LeftToRight},
		{"so", LeftToRight},
		{"uk", LeftToRight},
		{"ru", LeftToRight},
		{"tr", LeftToRight},
		{"ku", LeftToRight},
		{"az-Latn", LeftToRight},
		{"", LeftToRight},
		{"xx", LeftToRight},
		{"ber", LeftToRight},
	}
	for _, tt := range tests {
		if got := DirectionOf(tt.code); got != tt.want {
			t.Errorf("DirectionOf(%q) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestDirectionString(t *testing.T) {
	if LeftToRight.String() != "ltr" || RightToLeft.String() != "rtl" {
		t.Errorf("got %q, %q; want ltr, rtl", LeftToRight, RightToLeft)
	}
}

func TestNativeName(t *testing.T) {
	tests := []struct{ code, want string }{
		{"nb", "Norsk bokmål"},
		{"no", "Norsk bokmål"},
		{"nn", "Nynorsk"},
		{"en", "English"},
		{"uk", "Українська"},
		{"ar", "العربية"},
		{"so", "Soomaali"},
		{"ti", "ትግርኛ"},
		{"pl", "Polski"},
		{"ru", "Русский"},
		{"lt", "Lietuvių"},
		{"fa", "فارسی"},
		{"fa-AF", "دری"},
		{"prs", "دری"},
		{"ku", "Kurdî"},
		{"kmr", "Kurdî"},
		{"tr", "Türkçe"},
		{"nl", "Nederlands"},
		{"dv", "dv"},
		{"xx", "xx"},
		{"", ""},
		{"not a tag", "not a tag"},
	}
	for _, tt := range tests {
		if got := NativeName(tt.code); got != tt.want {
			t.Errorf("NativeName(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestTitleFirstWord(t *testing.T) {
	tests := []struct{ code, in, want string }{
		{"nl", "ijslands", "IJslands"},
		{"tr", "ingilizce", "İngilizce"}, // Turkish dotted capital I
		{"en", "ingilizce", "Ingilizce"},
		{"nb", "norsk bokmål", "Norsk bokmål"},
		{"en", "old-style name", "Old-style name"},
		{"ar", "العربية", "العربية"},
		{"en", "", ""},
	}
	for _, tt := range tests {
		tag, err := parseCode(tt.code)
		if err != nil {
			t.Fatal(err)
		}
		if got := titleFirstWord(tag, tt.in); got != tt.want {
			t.Errorf("titleFirstWord(%s, %q) = %q, want %q", tt.code, tt.in, got, tt.want)
		}
	}
}
