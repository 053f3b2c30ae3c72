package content

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ValidateOptions tune Validate.
type ValidateOptions struct {
	// Now is the time checked dates are compared with.
	Now time.Time
	// MaxAge is how old an answer's checked date may be before a warning; 0 means 365 days.
	MaxAge time.Duration
}

// DefaultMaxAge is how old a checked date may be before Validate warns.
const DefaultMaxAge = 365 * 24 * time.Hour

// Validate checks the loaded guide against the content rules and returns every problem
// found, errors and warnings, ordered by file and line, with the problems Load noted (a
// language that could not be loaded, an unsafe character in a file):
//   - every option of every asked question leads somewhere, every path ends in an answer
//     without loops, every node and every answer can be reached;
//   - every fact key exists, facts are HIGH or MEDIUM confidence, phone numbers are well
//     formed, every source id exists, fees have one amount per year;
//   - every language has exactly the source language's keys and one text per answer, uses
//     the same placeholders, and never writes a phone number or amount in digits;
//   - the emergency line calls 113, then 116 117, the emergency screen shows both, and the
//     source language's emergency line names both;
//   - checked dates are not in the future; older than MaxAge gives a warning (only when
//     opt.Now is set).
func Validate(g *Guide, opt ValidateOptions) []*Problem {
	if opt.MaxAge == 0 {
		opt.MaxAge = DefaultMaxAge
	}
	v := &validator{g: g, opt: opt}
	v.flow()
	v.facts()
	v.answers()
	v.languages()
	v.feeYears()
	v.unconfirmedNote()
	v.glossary()
	v.untranslated()
	v.emergency()
	problems := append(slices.Clone(g.loadProblems), v.problems...)
	sortProblems(problems)
	return problems
}

// HasErrors reports whether any of the problems is an error rather than a warning.
func HasErrors(problems []*Problem) bool { return CountErrors(problems) > 0 }

// CountErrors counts the problems that are errors rather than warnings.
func CountErrors(problems []*Problem) int {
	n := 0
	for _, p := range problems {
		if !p.Warning {
			n++
		}
	}
	return n
}

type validator struct {
	g        *Guide
	opt      ValidateOptions
	problems []*Problem
}

func (v *validator) errorf(file string, line int, format string, args ...any) {
	v.problems = append(v.problems, problemf(file, line, format, args...))
}

func (v *validator) warnf(file string, line int, format string, args ...any) {
	p := problemf(file, line, format, args...)
	p.Warning = true
	v.problems = append(v.problems, p)
}

// flow checks dead ends, loops and reachability by walking every path from the start.
func (v *validator) flow() {
	g := v.g
	raw := g.raw[GuideFile]
	reachedNodes := map[string]bool{}
	reachedAnswers := map[string]bool{}
	reportedLoop := map[string]bool{}
	var walk func(n *Node, onPath []string)
	walk = func(n *Node, onPath []string) {
		first := !reachedNodes[n.ID]
		reachedNodes[n.ID] = true
		onPath = append(onPath, n.ID)
		for _, opt := range g.questionByID[n.Ask].Options {
			t, ok := n.Next[opt]
			if !ok {
				if first {
					v.errorf(GuideFile, n.line, "dead end: node %q has no target for option %q of question %q", n.ID, opt, n.Ask)
				}
				continue
			}
			if t.Answer != "" {
				reachedAnswers[t.Answer] = true
				continue
			}
			if slices.Contains(onPath, t.Node) {
				if !reportedLoop[n.ID+"/"+opt] {
					reportedLoop[n.ID+"/"+opt] = true
					v.errorf(GuideFile, n.line, "the flow loops: %s → %s (option %q of node %q)", strings.Join(onPath, " → "), t.Node, opt, n.ID)
				}
				continue
			}
			walk(g.Nodes[t.Node], onPath)
		}
	}
	walk(g.Nodes[g.Start], nil)
	for _, n := range g.sortedNodes() {
		if !reachedNodes[n.ID] {
			v.errorf(GuideFile, n.line, "node %q cannot be reached from the start", n.ID)
		}
	}
	for _, a := range g.Answers {
		if !reachedAnswers[a.ID] {
			v.errorf(GuideFile, a.line, "answer %q cannot be reached: no option leads to it", a.ID)
		}
	}
	for _, q := range g.Questions {
		if !slices.ContainsFunc(g.sortedNodes(), func(n *Node) bool { return n.Ask == q.ID }) {
			v.warnf(GuideFile, lineOfField(raw, "id", q.ID), "question %q is never asked", q.ID)
		}
	}
}

// phoneFormat is a Norwegian number as facts.md writes it: short codes (110, 113, 1412)
// or groups of two or three digits separated by single spaces, optionally after "+47 ".
var phoneFormat = regexp.MustCompile(`^(\+47 )?(\d{3,4}|\d{2,3}( \d{2,3})+)$`)

func (v *validator) facts() {
	g := v.g
	used := map[string]bool{}
	for _, a := range g.Answers {
		for _, k := range a.Calls {
			used[k] = true
		}
	}
	for _, l := range g.Languages {
		for _, s := range l.Strings {
			for _, k := range FactKeys(s) {
				used[k] = true
			}
		}
		for _, t := range l.Answers {
			for _, k := range FactKeys(t.Title + t.Body) {
				used[k] = true
			}
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.Phones)) {
		p := g.Phones[key]
		digits := len(strings.TrimPrefix(p.Tel(), "+"))
		if !phoneFormat.MatchString(p.Number) || (digits != 3 && digits != 4 && digits != 6 && digits != 8 && digits != 10) {
			v.errorf(FactsFile, p.line, "phone %q: number %q is not well formed (want digits in groups like \"116 117\" or \"23 32 70 00\")", key, p.Number)
		}
		v.confidence(p.line, key, p.Confidence)
		v.sourceIDs(p.line, key, p.Sources)
		if h := p.Hours; h != nil {
			v.hours(p.line, key, h)
		}
		if !used[key] {
			v.warnf(FactsFile, p.line, "phone %q is not used by any answer or text", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.Fees)) {
		f := g.Fees[key]
		for i, a := range f.Amounts {
			if a.Year < 2000 || a.Year > 2100 || a.NOK < 0 {
				v.errorf(FactsFile, f.line, "fee %q: amount %d for year %d is out of range", key, a.NOK, a.Year)
			}
			if i > 0 && f.Amounts[i-1].Year == a.Year {
				v.errorf(FactsFile, f.line, "fee %q: year %d is listed twice", key, a.Year)
			}
			v.confidence(f.line, key, a.Confidence)
			v.sourceIDs(f.line, key, a.Sources)
		}
		if !used[key] {
			v.warnf(FactsFile, f.line, "fee %q is not used by any text", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.Addresses)) {
		a := g.Addresses[key]
		if strings.TrimSpace(a.Value) == "" {
			v.errorf(FactsFile, a.line, "address %q has no value", key)
		}
		v.confidence(a.line, key, a.Confidence)
		v.sourceIDs(a.line, key, a.Sources)
		if !used[key] {
			v.warnf(FactsFile, a.line, "address %q is not used by any text", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(g.Rules)) {
		r := g.Rules[key]
		v.confidence(r.line, key, r.Confidence)
		v.sourceIDs(r.line, key, r.Sources)
		if !used[key] {
			v.warnf(FactsFile, r.line, "rule %q is not cited by any text", key)
		}
	}
}

func (v *validator) confidence(line int, key, conf string) {
	switch conf {
	case "HIGH", "MEDIUM":
	case "LOW":
		v.errorf(FactsFile, line, "%q has LOW confidence: LOW values are never shown; remove it", key)
	default:
		v.errorf(FactsFile, line, "%q: confidence %q must be HIGH or MEDIUM", key, conf)
	}
}

func (v *validator) sourceIDs(line int, key string, ids []string) {
	if len(ids) == 0 {
		v.errorf(FactsFile, line, "%q has no sources", key)
	}
	for _, id := range ids {
		if v.g.Sources[id] == nil {
			v.errorf(FactsFile, line, "%q: unknown source %q", key, id)
		}
	}
}

func (v *validator) hours(line int, key string, h *Hours) {
	if h.Always {
		if h.Days != "" || h.Open != "" || h.Close != "" {
			v.errorf(FactsFile, line, "phone %q: hours that are always open take no days or times", key)
		}
		return
	}
	if h.Days != "" && h.Days != "mon-fri" {
		v.errorf(FactsFile, line, "phone %q: days %q must be \"mon-fri\" or left out", key, h.Days)
	}
	o, err1 := parseClock(h.Open)
	c, err2 := parseClock(h.Close)
	if err1 != nil || err2 != nil || o >= c {
		v.errorf(FactsFile, line, "phone %q: hours %q–%q must be HH:MM with open before close", key, h.Open, h.Close)
	}
}

func (v *validator) answers() {
	g := v.g
	raw := g.raw[GuideFile]
	for _, a := range g.Answers {
		if len(a.Calls) == 0 {
			v.errorf(GuideFile, a.line, "answer %q lists no calls", a.ID)
		}
		for _, k := range a.Calls {
			if g.Phones[k] == nil {
				v.errorf(GuideFile, lineOfValueAfter(raw, a.line, k), "answer %q: unknown fact key %q (phones: see %s)", a.ID, k, FactsFile)
			}
		}
		if len(a.Sources) == 0 && len(a.Calls) == 0 {
			v.errorf(GuideFile, a.line, "answer %q rests on no source: list its sources or cite facts", a.ID)
		}
		for _, b := range a.Bring {
			if b == "" || strings.ContainsAny(b, " .{}") {
				v.errorf(GuideFile, lineOfValueAfter(raw, a.line, b), "answer %q: bring id %q must be a plain word like \"fnr\"", a.ID, b)
			}
		}
		for _, id := range a.Sources {
			if g.Sources[id] == nil {
				v.errorf(GuideFile, lineOfValueAfter(raw, a.line, id), "answer %q: unknown source %q (sources are listed in %s)", a.ID, id, FactsFile)
			}
		}
		if !v.opt.Now.IsZero() {
			switch age := v.opt.Now.Sub(a.Checked); {
			case age < -24*time.Hour:
				v.errorf(GuideFile, a.line, "answer %q: checked date %s is in the future", a.ID, a.Checked.Format(time.DateOnly))
			case age > v.opt.MaxAge:
				v.warnf(GuideFile, a.line, "answer %q: checked %s, %d days ago (more than %d): check its sources again", a.ID, a.Checked.Format(time.DateOnly), int(age.Hours()/24), int(v.opt.MaxAge.Hours()/24))
			}
		}
	}
}

// requiredKeys are the strings every language must have because the guide's structure
// names them; the source language may have more (UI strings), which every other language
// must then have too.
func (v *validator) requiredKeys() []string {
	g := v.g
	var keys []string
	for _, q := range g.Questions {
		keys = append(keys, QuestionKey(q.ID))
		for _, o := range q.Options {
			keys = append(keys, OptionKey(q.ID, o))
		}
	}
	for _, q := range g.Questions {
		for _, o := range q.Options {
			keys = append(keys, CrumbKey(q.ID, o))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g.Phones)) {
		keys = append(keys, "fact."+k)
	}
	for _, k := range slices.Sorted(maps.Keys(g.Fees)) {
		keys = append(keys, "fact."+k)
	}
	for _, a := range g.Answers {
		for _, b := range a.Bring {
			if k := BringKey(b); !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	return append(keys, UIKeys...)
}

func (v *validator) languages() {
	g := v.g
	src := g.Languages[g.SourceLanguage]
	for _, code := range g.LanguageCodes() {
		l := g.Languages[code]
		dir := path.Join(langDir, code)
		metaFile, strFile := path.Join(dir, langFile), path.Join(dir, stringsFile)
		switch l.Status {
		case StatusReviewed:
			if _, err := time.Parse(time.DateOnly, l.Reviewed); strings.TrimSpace(l.Reviewer) == "" || err != nil {
				v.errorf(metaFile, lineOfField(g.raw[metaFile], "status", l.Status), "a reviewed translation names the reviewer's role and the date: \"reviewer\": \"medical interpreter\", \"reviewed\": \"YYYY-MM-DD\"")
			}
		case StatusSource, StatusUnreviewed:
			if l.Reviewer != "" || l.Reviewed != "" {
				v.errorf(metaFile, lineOfField(g.raw[metaFile], "status", l.Status), "status %q takes no reviewer or review date: set \"status\": \"%s\" when a native speaker has reviewed it", l.Status, StatusReviewed)
			}
		default:
			v.errorf(metaFile, lineOfField(g.raw[metaFile], "status", l.Status), "status %q must be one of %s, %s, %s", l.Status, StatusSource, StatusUnreviewed, StatusReviewed)
		}
		raw := g.raw[strFile]
		var lines map[string]int // read only when a key has a problem
		keyLine := func(k string) int {
			if lines == nil {
				lines = keyLines(raw)
			}
			return lines[k]
		}
		// Keys.
		want := v.requiredKeys()
		if code != g.SourceLanguage {
			want = slices.Sorted(maps.Keys(src.Strings))
		}
		for _, k := range want {
			if _, ok := l.Strings[k]; !ok {
				v.errorf(strFile, 0, "missing key %q", k)
			}
		}
		if code != g.SourceLanguage {
			for _, k := range slices.Sorted(maps.Keys(l.Strings)) {
				if _, ok := src.Strings[k]; !ok {
					v.errorf(strFile, keyLine(k), "extra key %q: the source language %q has no such key", k, g.SourceLanguage)
				}
			}
		}
		for _, k := range slices.Sorted(maps.Keys(l.Strings)) {
			s := l.Strings[k]
			// The checks run at every start: look up the key's line only for a problem.
			found := len(v.problems)
			if strings.TrimSpace(s) == "" {
				v.errorf(strFile, 0, "key %q has an empty text", k)
			}
			v.text(strFile, 0, s)
			if code != g.SourceLanguage {
				if ref, ok := src.Strings[k]; ok {
					v.samePlaceholders(strFile, 0, fmt.Sprintf("key %q", k), ref, s)
				}
			} else {
				v.factKeysExist(strFile, 0, s)
			}
			for _, p := range v.problems[found:] {
				p.Line = keyLine(k)
			}
		}
		// Answers.
		for _, a := range g.Answers {
			t := l.Answers[a.ID]
			if t == nil {
				v.errorf(path.Join(dir, answersDir, a.ID+".md"), 0, "missing: answer %q has no text in %q", a.ID, code)
				continue
			}
			for i, line := range strings.Split(string(g.raw[t.File]), "\n") {
				v.text(t.File, i+1, line)
				if code == g.SourceLanguage {
					v.factKeysExist(t.File, i+1, line)
				}
			}
			if code != g.SourceLanguage {
				if ref := src.Answers[a.ID]; ref != nil {
					v.samePlaceholders(t.File, 0, "the answer", ref.Title+"\n"+ref.Body, t.Title+"\n"+t.Body)
				}
			}
		}
		for _, id := range slices.Sorted(maps.Keys(l.Answers)) {
			if g.answerByID[id] == nil {
				v.errorf(l.Answers[id].File, 0, "extra file: there is no answer %q in %s", id, GuideFile)
			}
		}
	}
}

// keyLines returns the line of every key of a flat JSON object, reading it once (where
// lineOfKey would read it again for every key).
func keyLines(data []byte) map[string]int {
	lines := map[string]int{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return lines
	}
	line, off := 1, 0
	for dec.More() {
		t, err := dec.Token()
		key, ok := t.(string)
		if err != nil || !ok {
			break
		}
		end := int(dec.InputOffset())
		line += bytes.Count(data[off:end], []byte("\n"))
		off = end
		if _, dup := lines[key]; !dup {
			lines[key] = line
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			break
		}
	}
	return lines
}

// lineOfKey returns the line of the first `"key":` in a JSON document, or 0. It runs for
// every string at every start, so it searches bytes rather than compiling a pattern.
func lineOfKey(data []byte, key string) int {
	needle := []byte(`"` + key + `"`)
	for off := 0; off < len(data); {
		i := bytes.Index(data[off:], needle)
		if i < 0 {
			return 0
		}
		end := off + i + len(needle)
		if rest := bytes.TrimLeft(data[end:], " \t\r\n"); len(rest) > 0 && rest[0] == ':' {
			return lineAt(data, off+i)
		}
		off = end
	}
	return 0
}

func (v *validator) factKeysExist(file string, line int, s string) {
	for _, k := range FactKeys(s) {
		if phone, ok := strings.CutSuffix(k, HoursSuffix); ok && v.g.Phones[phone] != nil {
			if v.g.Phones[phone].Hours == nil {
				v.errorf(file, line, "{%s}: %s has no opening hours in %s", k, phone, FactsFile)
			}
			continue
		}
		if !v.g.factKnown(k) {
			v.errorf(file, line, "unknown fact key %q (facts are listed in %s)", k, FactsFile)
		}
	}
}

// samePlaceholders requires a translation to use exactly the placeholders of its source.
func (v *validator) samePlaceholders(file string, line int, what, ref, s string) {
	want, got := placeholderSet(ref), placeholderSet(s)
	for _, p := range want {
		if !slices.Contains(got, p) {
			v.errorf(file, line, "%s lacks {%s}, which the source language has", what, p)
		}
	}
	for _, p := range got {
		if !slices.Contains(want, p) {
			v.errorf(file, line, "%s has {%s}, which the source language does not have", what, p)
		}
	}
}

func placeholderSet(s string) []string {
	if !strings.Contains(s, "{") {
		return nil
	}
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	slices.Sort(out)
	return out
}

// text reports phone numbers and amounts written in digits instead of placeholders: any run
// of three or more digits (of any script, spaces allowed between them) other than a year
// like 2025.
func (v *validator) text(file string, line int, s string) {
	if strings.IndexFunc(s, unicode.IsDigit) < 0 {
		return // most lines: nothing to look for, and this runs at every start
	}
	for _, run := range RawNumbers(s) {
		v.errorf(file, line, "raw number %q: write phone numbers and fees as a fact placeholder like {phone.legevakt}", run)
	}
	for _, t := range clockTime.FindAllString(placeholder.ReplaceAllString(s, " "), -1) {
		v.errorf(file, line, "raw opening hours %q: write them as a placeholder like {phone.helsenorge_guidance.hours}", t)
	}
}

// clockTime finds times of day like 08:00 written in a text.
var clockTime = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}\b`)

// RawNumbers returns the runs of three or more digits in s (placeholders removed), allowing
// single spaces between digits, except four-digit years from 1900 to 2099. Digits of every
// script count.
func RawNumbers(s string) []string {
	s = placeholder.ReplaceAllString(s, " ")
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !unicode.IsDigit(rs[i]) {
			i++
			continue
		}
		j, digits := i, 0
		for j < len(rs) {
			if unicode.IsDigit(rs[j]) {
				digits++
				j++
				continue
			}
			if (rs[j] == ' ' || rs[j] == '\u00a0') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) {
				j++
				continue
			}
			break
		}
		run := string(rs[i:j])
		if digits >= 3 && !isYear(run) {
			out = append(out, run)
		}
		i = j
	}
	return out
}

func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

// feeYears warns when a text of the source language shows a fee whose newest amount is for
// an earlier year than the clock's (the 2025 GP fees in 2026), naming the fact key, so that a
// maintainer knows what to update. The text keeps showing the amount with its year.
func (v *validator) feeYears() {
	if v.opt.Now.IsZero() {
		return
	}
	g := v.g
	src := g.Languages[g.SourceLanguage]
	if src == nil {
		return
	}
	year := v.opt.Now.Year()
	check := func(file string, data []byte, what, text string) {
		for _, k := range FactKeys(text) {
			f := g.Fees[k]
			if f == nil {
				continue
			}
			if shown := f.At(v.opt.Now).Year; shown < year {
				v.warnf(file, lineOfText(data, "{"+k+"}"), "%s shows %s for %d, but it is %d: add the %d amount to %s when it is known", what, k, shown, year, year, FactsFile)
			}
		}
	}
	for _, a := range g.Answers {
		if t := src.Answers[a.ID]; t != nil {
			check(t.File, g.raw[t.File], fmt.Sprintf("answer %q", a.ID), t.Title+"\n"+t.Body)
		}
	}
	strFile := path.Join(langDir, g.SourceLanguage, stringsFile)
	for _, k := range slices.Sorted(maps.Keys(src.Strings)) {
		check(strFile, g.raw[strFile], fmt.Sprintf("key %q", k), src.Strings[k])
	}
}

// unconfirmedNote requires every language to have the "not yet confirmed" note when any fact
// the guide shows has MEDIUM confidence: the note is added to such a value wherever it is
// shown, and a language without it would show the value as if it were confirmed.
func (v *validator) unconfirmedNote() {
	g := v.g
	medium := ""
	for _, k := range slices.Sorted(maps.Keys(g.Phones)) {
		if medium == "" && g.Phones[k].Confidence == ConfidenceMedium {
			medium = k
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g.Fees)) {
		for _, a := range g.Fees[k].Amounts {
			if medium == "" && a.Confidence == ConfidenceMedium {
				medium = k
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g.Addresses)) {
		if medium == "" && g.Addresses[k].Confidence == ConfidenceMedium {
			medium = k
		}
	}
	for _, k := range slices.Sorted(maps.Keys(g.Rules)) {
		if medium == "" && g.Rules[k].Confidence == ConfidenceMedium {
			medium = k
		}
	}
	if medium == "" {
		return
	}
	for _, code := range g.LanguageCodes() {
		if strings.TrimSpace(g.Languages[code].Strings["ui.not_confirmed"]) == "" {
			strFile := path.Join(langDir, code, stringsFile)
			v.errorf(strFile, lineOfKey(g.raw[strFile], "ui.not_confirmed"), "%s has MEDIUM confidence, so it must be shown with the note \"ui.not_confirmed\", which is missing or empty", medium)
		}
	}
}

// glossary checks that every language keeps the Norwegian terms the same way: it has a
// phrase for each term of the source language's glossary, and each answer or string that
// uses a term's phrase in the source language uses this language's phrase for it.
func (v *validator) glossary() {
	g := v.g
	src := g.Languages[g.SourceLanguage]
	if src == nil || len(src.Glossary) == 0 {
		return
	}
	terms := slices.Sorted(maps.Keys(src.Glossary))
	// Which terms each source text uses is worked out once, for all languages.
	usedTerms := func(text string) []string {
		var used []string
		norm := normalizeForGlossary(text)
		for _, term := range terms {
			if sourceUses(norm, strings.ToLower(src.Glossary[term])) {
				used = append(used, term)
			}
		}
		return used
	}
	srcAnswerTerms := map[string][]string{}
	for _, a := range g.Answers {
		if ref := src.Answers[a.ID]; ref != nil {
			srcAnswerTerms[a.ID] = usedTerms(ref.Title + "\n" + ref.Body)
		}
	}
	srcStringKeys := slices.Sorted(maps.Keys(src.Strings))
	srcStringTerms := map[string][]string{}
	for _, k := range srcStringKeys {
		if !strings.HasPrefix(k, "crumb.") { // breadcrumbs are a word or two: no room for a gloss
			srcStringTerms[k] = usedTerms(src.Strings[k])
		}
	}
	for _, code := range g.LanguageCodes() {
		l := g.Languages[code]
		file := path.Join(langDir, code, glossaryFile)
		if code != g.SourceLanguage {
			if l.Glossary == nil {
				v.errorf(file, 0, "file is missing: the source language %q has a glossary of %d terms", g.SourceLanguage, len(terms))
				continue
			}
			for _, t := range terms {
				if strings.TrimSpace(l.Glossary[t]) == "" {
					v.errorf(file, lineOfKey(g.raw[file], t), "missing phrase for the term %q", t)
				}
			}
			for _, t := range slices.Sorted(maps.Keys(l.Glossary)) {
				if _, ok := src.Glossary[t]; !ok {
					v.errorf(file, lineOfKey(g.raw[file], t), "extra term %q: the source language's glossary has no such term", t)
				}
			}
		}
		for _, a := range g.Answers {
			t := l.Answers[a.ID]
			if t == nil {
				continue
			}
			var text string // normalized once, when a term needs it
			for _, term := range srcAnswerTerms[a.ID] {
				if text == "" {
					text = normalizeForGlossary(t.Title + "\n" + t.Body)
				}
				if !strings.Contains(text, strings.ToLower(l.Glossary[term])) || l.Glossary[term] == "" {
					v.errorf(t.File, 0, "the term %q: the source text says %q, so this one must use the glossary phrase %q", term, src.Glossary[term], l.Glossary[term])
				}
			}
		}
		strFile := path.Join(langDir, code, stringsFile)
		for _, k := range srcStringKeys {
			s, ok := l.Strings[k]
			if !ok {
				continue
			}
			var text string
			for _, term := range srcStringTerms[k] {
				if text == "" {
					text = normalizeForGlossary(s)
				}
				if !strings.Contains(text, strings.ToLower(l.Glossary[term])) || l.Glossary[term] == "" {
					v.errorf(strFile, lineOfKey(g.raw[strFile], k), "key %q, the term %q: the source text says %q, so this one must use the glossary phrase %q", k, term, src.Glossary[term], l.Glossary[term])
				}
			}
		}
	}
}

// normalizeForGlossary prepares a text for the glossary check: placeholders do not count
// ({phone.legevakt} does not use "legevakt") and case does not matter.
func normalizeForGlossary(text string) string {
	if strings.Contains(text, "{") {
		text = placeholder.ReplaceAllString(text, " ")
	}
	return strings.ToLower(text)
}

// sourceUses reports whether a source-language text, normalized by normalizeForGlossary,
// uses a lower-cased glossary phrase: the phrase must begin a word ("tannlegevakt" does not
// use "legevakt"), though it may end inside one.
func sourceUses(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(text[:from+i])
		if !isWordRune(before) {
			return true
		}
		from += i + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

// lineOfText returns the line of the first occurrence of needle in data, or 0.
func lineOfText(data []byte, needle string) int {
	if i := strings.Index(string(data), needle); i >= 0 {
		return lineAt(data, i)
	}
	return 0
}

// untranslated reports text a translation left in the source language: a string, or a line
// of an answer, identical to the source language's, unless nothing of it but the guide's
// names (Helsenorge, BankID …), numbers, placeholders and punctuation is left.
func (v *validator) untranslated() {
	g := v.g
	src := g.Languages[g.SourceLanguage]
	if src == nil {
		return
	}
	for _, code := range g.LanguageCodes() {
		if code == g.SourceLanguage {
			continue
		}
		l := g.Languages[code]
		strFile := path.Join(langDir, code, stringsFile)
		for _, k := range slices.Sorted(maps.Keys(l.Strings)) {
			if s := l.Strings[k]; s == src.Strings[k] && v.hasWords(s) {
				v.errorf(strFile, lineOfKey(g.raw[strFile], k), "key %q is the same as in %q: translate it", k, g.SourceLanguage)
			}
		}
		for _, a := range g.Answers {
			ref, t := src.Answers[a.ID], l.Answers[a.ID]
			if ref == nil || t == nil {
				continue
			}
			refLines := map[string]bool{}
			for _, line := range strings.Split(ref.Title+"\n"+ref.Body, "\n") {
				refLines[strings.TrimSpace(line)] = true
			}
			for i, line := range strings.Split(string(g.raw[t.File]), "\n") {
				if line = strings.TrimSpace(line); refLines[line] && v.hasWords(line) {
					v.errorf(t.File, i+1, "the line is the same as in %q: translate it", g.SourceLanguage)
				}
			}
		}
	}
}

// hasWords reports whether s has a letter outside placeholders, the guide's names and the
// Norwegian terms of the glossary (which every language keeps).
func (v *validator) hasWords(s string) bool {
	s = strings.ToLower(placeholder.ReplaceAllString(s, " "))
	for _, n := range v.g.Names {
		s = strings.ReplaceAll(s, strings.ToLower(n), " ")
	}
	if src := v.g.Languages[v.g.SourceLanguage]; src != nil {
		for term := range src.Glossary {
			s = strings.ReplaceAll(s, strings.ToLower(term), " ")
		}
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
