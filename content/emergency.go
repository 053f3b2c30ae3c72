package content

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// The numbers of the emergency line at the top of every screen. They are a safety
// invariant, not data: Validate refuses a guide whose emergency line calls anything else,
// whatever facts.json says.
const (
	EmergencyNumber  = "113"
	UrgentCareNumber = "116 117"
)

// emergencyExample shows how guide.json names the emergency calls, for error messages.
const emergencyExample = `"emergency": {"line": ["phone.emergency_medical", "phone.legevakt"], "screen": ["phone.emergency_medical", "phone.legevakt", …]}`

// loadEmergency resolves the phone keys of guide.json's "emergency" into the guide.
func loadEmergency(g *Guide, data []byte, e *emergencyJSON) error {
	if e == nil {
		return problemf(GuideFile, 0, "\"emergency\" is missing: it names the calls of the emergency line and screen, like %s", emergencyExample)
	}
	base := lineOfKey(data, "emergency")
	resolve := func(field string, keys []string) ([]*Phone, error) {
		phones := make([]*Phone, 0, len(keys))
		for _, k := range keys {
			p := g.Phones[k]
			if p == nil {
				return nil, problemf(GuideFile, lineOfValueAfter(data, base, k), "emergency %s: unknown phone %q (phones are listed in %s)", field, k, FactsFile)
			}
			phones = append(phones, p)
		}
		return phones, nil
	}
	var err error
	if g.EmergencyLine, err = resolve("line", e.Line); err != nil {
		return err
	}
	g.EmergencyScreen, err = resolve("screen", e.Screen)
	return err
}

// emergency holds the emergency line to 113 then 116 117, requires the emergency screen
// to show both, and the source language's emergency line to name both by placeholder.
func (v *validator) emergency() {
	g := v.g
	raw := g.raw[GuideFile]
	base := lineOfKey(raw, "emergency")
	numbers := make([]string, len(g.EmergencyLine))
	for i, p := range g.EmergencyLine {
		numbers[i] = p.Number
	}
	if !slices.Equal(numbers, []string{EmergencyNumber, UrgentCareNumber}) {
		v.errorf(GuideFile, lineOfValueAfter(raw, base, "line"), "the emergency line must call %s, then %s, and nothing else; it calls %s", EmergencyNumber, UrgentCareNumber, describePhones(g.EmergencyLine))
	}
	screenLine := lineOfValueAfter(raw, base, "screen")
	if len(g.EmergencyScreen) == 0 {
		v.errorf(GuideFile, screenLine, "the emergency screen lists no calls: list at least the calls of the emergency line")
	}
	for i, p := range g.EmergencyScreen {
		if slices.Contains(g.EmergencyScreen[:i], p) {
			v.errorf(GuideFile, screenLine, "the emergency screen lists %q twice", p.Key)
		}
	}
	for _, p := range g.EmergencyLine {
		if !slices.Contains(g.EmergencyScreen, p) {
			v.errorf(GuideFile, screenLine, "the emergency screen must show %q (%s) too, as the emergency line does", p.Key, p.Number)
		}
	}
	src := g.Languages[g.SourceLanguage]
	if src == nil {
		return
	}
	const key = "ui.emergency_line"
	s, ok := src.Strings[key]
	if !ok {
		return // reported as a missing key
	}
	file := path.Join(langDir, g.SourceLanguage, stringsFile)
	have := placeholderSet(s)
	for _, p := range g.EmergencyLine {
		if !slices.Contains(have, p.Key) {
			v.errorf(file, lineOfKey(g.raw[file], key), "key %q lacks {%s}: the emergency line must show every number it calls", key, p.Key)
		}
	}
}

// describePhones lists phones with their numbers and where facts.json gives them.
func describePhones(phones []*Phone) string {
	if len(phones) == 0 {
		return "nothing"
	}
	parts := make([]string, len(phones))
	for i, p := range phones {
		parts[i] = fmt.Sprintf("%q, which is %q (%s:%d)", p.Key, p.Number, FactsFile, p.line)
	}
	return strings.Join(parts, ", then ")
}
