package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"time"
)

// Files of the content layout.
const (
	GuideFile    = "guide.json"
	FactsFile    = "facts.json"
	langDir      = "lang"
	langFile     = "lang.json"
	stringsFile  = "strings.json"
	glossaryFile = "glossary.json"
	answersDir   = "answers"
)

// msgMissing is the message of a missing file.
const msgMissing = "file is missing"

// answerPrefix marks a routing target that is an answer.
const answerPrefix = "answer:"

type guideJSON struct {
	Comment        string   `json:"comment"`
	SourceLanguage string   `json:"source_language"`
	Names          []string `json:"names"`
	Languages      []string `json:"languages"`
	Start          string   `json:"start"`
	Questions      []struct {
		ID      string   `json:"id"`
		Options []string `json:"options"`
	} `json:"questions"`
	Nodes []struct {
		ID   string            `json:"id"`
		Ask  string            `json:"ask"`
		Next map[string]string `json:"next"`
	} `json:"nodes"`
	Answers []struct {
		ID      string   `json:"id"`
		Calls   []string `json:"calls"`
		Sources []string `json:"sources"`
		Bring   []string `json:"bring"`
		Checked string   `json:"checked"`
	} `json:"answers"`
	Emergency *emergencyJSON `json:"emergency"`
}

type emergencyJSON struct {
	Line   []string `json:"line"`
	Screen []string `json:"screen"`
}

type hoursJSON struct {
	Always bool   `json:"always"`
	Days   string `json:"days"`
	Open   string `json:"open"`
	Close  string `json:"close"`
}

type factsJSON struct {
	Comment string `json:"comment"`
	Phones  []struct {
		Key        string     `json:"key"`
		Number     string     `json:"number"`
		Hours      *hoursJSON `json:"hours"`
		Sources    []string   `json:"sources"`
		SourceDate string     `json:"source_date"`
		Confidence string     `json:"confidence"`
	} `json:"phones"`
	Fees []struct {
		Key     string `json:"key"`
		Amounts []struct {
			Year       int      `json:"year"`
			NOK        int      `json:"nok"`
			Sources    []string `json:"sources"`
			Confidence string   `json:"confidence"`
		} `json:"amounts"`
	} `json:"fees"`
	Addresses []struct {
		Key        string   `json:"key"`
		Value      string   `json:"value"`
		Sources    []string `json:"sources"`
		SourceDate string   `json:"source_date"`
		Confidence string   `json:"confidence"`
	} `json:"addresses"`
	Rules []struct {
		Key        string   `json:"key"`
		Claim      string   `json:"claim"`
		Sources    []string `json:"sources"`
		SourceDate string   `json:"source_date"`
		Confidence string   `json:"confidence"`
	} `json:"rules"`
	Sources map[string]struct {
		Title string `json:"title"`
		URL   string `json:"url"`
		Date  string `json:"date"`
	} `json:"sources"`
}

type langJSON struct {
	Status   string `json:"status"`
	Note     string `json:"note"`
	Reviewer string `json:"reviewer"`
	Reviewed string `json:"reviewed"`
}

// Load reads the guide from fsys (the embedded data, or a directory opened with OpenDir).
// It fails with a *Problem naming file and line when the structure, the facts or the
// source language cannot be built: a file is missing, unreadable, not valid JSON, or refers
// to something that does not exist. A language other than the source language that
// cannot be loaded is left out; Validate reports why, and also checks completeness, the
// content rules and that every text is safe to show. Check does both.
func Load(fsys fs.FS) (*Guide, error) {
	l := &loader{fsys: fsys, raw: map[string][]byte{}}
	g, err := l.load()
	if err != nil {
		return nil, err
	}
	g.raw, g.loadProblems = l.raw, l.problems
	return g, nil
}

type loader struct {
	fsys     fs.FS
	raw      map[string][]byte // file contents, for line numbers in later checks
	problems []*Problem        // found while loading, reported by Validate
}

// read reads a file of the guide data and notes every unsafe character in it.
func (l *loader) read(name string) ([]byte, error) {
	data, err := readFile(l.fsys, name)
	if err != nil {
		return nil, err
	}
	l.raw[name] = data
	l.problems = append(l.problems, textProblems(name, data)...)
	return data, nil
}

// isMissing reports whether err is read's "file is missing" problem.
func isMissing(err error) bool {
	var p *Problem
	return errors.As(err, &p) && p.Msg == msgMissing
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// decodeJSON decodes strictly (unknown fields are errors) and reports the line of a syntax
// or type error.
func decodeJSON(name string, data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, err2 := dec.Token(); err2 != io.EOF {
			return problemf(name, lineAt(data, int(dec.InputOffset())), "unexpected data after the end of the JSON document")
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return problemf(name, lineAt(data, int(se.Offset)), "invalid JSON: %v", se)
	case errors.As(err, &te):
		return problemf(name, lineAt(data, int(te.Offset)), "field %q must be %v, not %s", te.Field, te.Type, te.Value)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return problemf(name, lineAt(data, len(data)), "invalid JSON: unexpected end of file")
	default:
		// Unknown field: "json: unknown field \"x\"".
		msg := strings.TrimPrefix(err.Error(), "json: ")
		line := 0
		if f, ok := strings.CutPrefix(msg, "unknown field "); ok {
			line = lineOfField(data, "", strings.Trim(f, `"`))
			msg = "unknown field " + f
		}
		return problemf(name, line, "%s", msg)
	}
}

func (l *loader) load() (*Guide, error) {
	g := &Guide{
		Nodes:        map[string]*Node{},
		Phones:       map[string]*Phone{},
		Fees:         map[string]*Fee{},
		Addresses:    map[string]*Address{},
		Rules:        map[string]*Rule{},
		Sources:      map[string]*Source{},
		Languages:    map[string]*Language{},
		questionByID: map[string]*Question{},
		answerByID:   map[string]*Answer{},
	}
	if err := l.loadFacts(g); err != nil {
		return nil, err
	}
	if err := l.loadGuide(g); err != nil {
		return nil, err
	}
	if err := l.loadLanguages(g); err != nil {
		return nil, err
	}
	return g, nil
}

func (l *loader) loadFacts(g *Guide) error {
	data, err := l.read(FactsFile)
	if err != nil {
		return err
	}
	var f factsJSON
	if err := decodeJSON(FactsFile, data, &f); err != nil {
		return err
	}
	for id, s := range f.Sources {
		g.Sources[id] = &Source{ID: id, Title: s.Title, URL: s.URL, Date: s.Date}
	}
	for _, p := range f.Phones {
		line := lineOfField(data, "key", p.Key)
		if p.Key == "" || !strings.HasPrefix(p.Key, "phone.") {
			return problemf(FactsFile, line, "phone key %q must start with \"phone.\"", p.Key)
		}
		if _, dup := g.Phones[p.Key]; dup {
			return problemf(FactsFile, line, "phone %q is listed twice", p.Key)
		}
		ph := &Phone{Key: p.Key, Number: p.Number, Sources: p.Sources, SourceDate: p.SourceDate, Confidence: p.Confidence, line: line}
		if p.Hours != nil {
			h := Hours(*p.Hours)
			ph.Hours = &h
		}
		g.Phones[p.Key] = ph
	}
	for _, fe := range f.Fees {
		line := lineOfField(data, "key", fe.Key)
		if fe.Key == "" || !strings.HasPrefix(fe.Key, "fee.") {
			return problemf(FactsFile, line, "fee key %q must start with \"fee.\"", fe.Key)
		}
		if _, dup := g.Fees[fe.Key]; dup {
			return problemf(FactsFile, line, "fee %q is listed twice", fe.Key)
		}
		if len(fe.Amounts) == 0 {
			return problemf(FactsFile, line, "fee %q has no amounts", fe.Key)
		}
		fee := &Fee{Key: fe.Key, line: line}
		for _, a := range fe.Amounts {
			fee.Amounts = append(fee.Amounts, FeeAmount{Year: a.Year, NOK: a.NOK, Sources: a.Sources, Confidence: a.Confidence})
		}
		sort.SliceStable(fee.Amounts, func(i, j int) bool { return fee.Amounts[i].Year < fee.Amounts[j].Year })
		g.Fees[fe.Key] = fee
	}
	for _, a := range f.Addresses {
		line := lineOfField(data, "key", a.Key)
		if !strings.HasPrefix(a.Key, "addr.") {
			return problemf(FactsFile, line, "address key %q must start with \"addr.\"", a.Key)
		}
		if g.factKnown(a.Key) {
			return problemf(FactsFile, line, "fact %q is listed twice", a.Key)
		}
		g.Addresses[a.Key] = &Address{Key: a.Key, Value: a.Value, Sources: a.Sources, SourceDate: a.SourceDate, Confidence: a.Confidence, line: line}
	}
	for _, r := range f.Rules {
		line := lineOfField(data, "key", r.Key)
		if prefix, _, ok := strings.Cut(r.Key, "."); !ok || prefix == "" || prefix == "phone" || prefix == "addr" || strings.HasSuffix(r.Key, HoursSuffix) {
			return problemf(FactsFile, line, "rule key %q must be a fact key like \"rule.interpreter\" (not phone., addr. or .hours)", r.Key)
		}
		if g.factKnown(r.Key) {
			return problemf(FactsFile, line, "fact %q is listed twice", r.Key)
		}
		g.Rules[r.Key] = &Rule{Key: r.Key, Claim: r.Claim, Sources: r.Sources, SourceDate: r.SourceDate, Confidence: r.Confidence, line: line}
	}
	return nil
}

// factKnown reports whether key names a phone, fee, address or rule.
func (g *Guide) factKnown(key string) bool {
	return g.Phones[key] != nil || g.Fees[key] != nil || g.Addresses[key] != nil || g.Rules[key] != nil
}

func (l *loader) loadGuide(g *Guide) error {
	data, err := l.read(GuideFile)
	if err != nil {
		return err
	}
	var f guideJSON
	if err := decodeJSON(GuideFile, data, &f); err != nil {
		return err
	}
	if f.SourceLanguage == "" {
		return problemf(GuideFile, 0, "source_language is missing")
	}
	if err := checkLanguageCode(f.SourceLanguage); err != nil {
		return problemf(GuideFile, lineOfField(data, "source_language", f.SourceLanguage), "source_language: %v", err)
	}
	g.SourceLanguage = f.SourceLanguage
	g.Start = f.Start
	g.Names = f.Names
	g.Order = f.Languages
	for _, q := range f.Questions {
		line := lineOfObject(data, q.ID, "options")
		if q.ID == "" {
			return problemf(GuideFile, line, "a question has no id")
		}
		if g.questionByID[q.ID] != nil {
			return problemf(GuideFile, line, "question %q is listed twice", q.ID)
		}
		if len(q.Options) == 0 {
			return problemf(GuideFile, line, "question %q has no options", q.ID)
		}
		for i, o := range q.Options {
			if o == "" || slices.Contains(q.Options[:i], o) {
				return problemf(GuideFile, line, "question %q: option %q is empty or listed twice", q.ID, o)
			}
		}
		qq := &Question{ID: q.ID, Options: q.Options}
		g.Questions = append(g.Questions, qq)
		g.questionByID[q.ID] = qq
	}
	for _, a := range f.Answers {
		line := lineOfObject(data, a.ID, "checked")
		if a.ID == "" {
			return problemf(GuideFile, line, "an answer has no id")
		}
		if g.answerByID[a.ID] != nil {
			return problemf(GuideFile, line, "answer %q is listed twice", a.ID)
		}
		checked, err := time.Parse(time.DateOnly, a.Checked)
		if err != nil {
			return problemf(GuideFile, lineOfValueAfter(data, line, a.Checked), "answer %q: checked date %q is not YYYY-MM-DD", a.ID, a.Checked)
		}
		an := &Answer{ID: a.ID, Calls: a.Calls, Sources: a.Sources, Bring: a.Bring, Checked: checked, line: line}
		g.Answers = append(g.Answers, an)
		g.answerByID[a.ID] = an
	}
	// Node ids and question ids share the "id" field name; find node lines by "ask" context.
	for _, n := range f.Nodes {
		line := lineOfObject(data, n.ID, "ask")
		if n.ID == "" {
			return problemf(GuideFile, line, "a node has no id")
		}
		if g.Nodes[n.ID] != nil {
			return problemf(GuideFile, line, "node %q is listed twice", n.ID)
		}
		q := g.questionByID[n.Ask]
		if q == nil {
			return problemf(GuideFile, line, "node %q asks unknown question %q (questions: %s)", n.ID, n.Ask, strings.Join(g.questionIDs(), ", "))
		}
		node := &Node{ID: n.ID, Ask: n.Ask, Next: map[string]Target{}, line: line}
		for opt, to := range n.Next {
			if !q.HasOption(opt) {
				return problemf(GuideFile, lineOfValueAfter(data, line, opt), "node %q: %q is not an option of question %q (options: %s)", n.ID, opt, q.ID, strings.Join(q.Options, ", "))
			}
			if a, ok := strings.CutPrefix(to, answerPrefix); ok {
				node.Next[opt] = Target{Answer: a}
			} else {
				node.Next[opt] = Target{Node: to}
			}
		}
		g.Nodes[n.ID] = node
	}
	if err := loadEmergency(g, data, f.Emergency); err != nil {
		return err
	}
	// References between nodes and answers.
	if g.Nodes[g.Start] == nil {
		return problemf(GuideFile, lineOfField(data, "start", g.Start), "start node %q does not exist", g.Start)
	}
	for _, n := range g.sortedNodes() {
		for _, opt := range g.questionByID[n.Ask].Options {
			t, ok := n.Next[opt]
			if !ok {
				continue // a dead end: reported by Validate
			}
			switch {
			case t.Answer != "" && g.answerByID[t.Answer] == nil:
				return problemf(GuideFile, lineOfValueAfter(data, n.line, answerPrefix+t.Answer), "node %q, option %q: unknown answer %q", n.ID, opt, t.Answer)
			case t.Node != "" && g.Nodes[t.Node] == nil:
				return problemf(GuideFile, lineOfValueAfter(data, n.line, t.Node), "node %q, option %q: unknown node %q (write \"answer:ID\" for an answer)", n.ID, opt, t.Node)
			case t.Answer == "" && t.Node == "":
				return problemf(GuideFile, n.line, "node %q, option %q: empty target", n.ID, opt)
			}
		}
	}
	return nil
}

// lineOfObject finds the line of the JSON object with `"id": "X"` that also has the given
// field before its first closing brace (questions, nodes and answers share ids).
func lineOfObject(data []byte, id, field string) int {
	for off := 0; ; {
		start := indexOfField(data, off, "id", id)
		if start < 0 {
			return lineOfField(data, "id", id)
		}
		rest := data[start:]
		if end := bytes.IndexByte(rest, '}'); end >= 0 && bytes.Contains(rest[:end], []byte(`"`+field+`"`)) {
			return lineAt(data, start)
		}
		// Past this id's value, wherever the spaces put it (the value may be "id" too).
		value := start + len(`"id"`)
		value += bytes.Index(data[value:], []byte(`"`+id+`"`))
		off = value + len(id) + 2
	}
}

// loadLanguages loads every folder in lang/. A language that cannot be loaded (its folder
// is not named by a language code, a file is missing or broken) is left out and its
// problem noted; only the source language must load.
func (l *loader) loadLanguages(g *Guide) error {
	entries, err := readDir(l.fsys, langDir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		dir := path.Join(langDir, e.Name())
		var lang *Language
		if err = entryProblem(dir, e); err == nil && e.IsDir() {
			if err = checkLanguageCode(e.Name()); err != nil {
				err = problemf(dir, 0, "language folder: %v", err)
			} else {
				lang, err = l.loadLanguage(g, e.Name())
			}
		}
		if err != nil {
			if e.Name() == g.SourceLanguage {
				return err
			}
			l.problems = append(l.problems, asProblem(err))
			continue
		}
		if lang != nil {
			g.Languages[lang.Code] = lang
		}
	}
	if g.Languages[g.SourceLanguage] == nil {
		return problemf(GuideFile, lineOfField(l.raw[GuideFile], "source_language", g.SourceLanguage), "source language %q has no directory %s/%s", g.SourceLanguage, langDir, g.SourceLanguage)
	}
	return nil
}

func (l *loader) loadLanguage(g *Guide, code string) (*Language, error) {
	dir := path.Join(langDir, code)
	lang := &Language{Code: code, Strings: map[string]string{}, Answers: map[string]*AnswerText{}}

	metaName := path.Join(dir, langFile)
	data, err := l.read(metaName)
	if err != nil {
		return nil, err
	}
	var meta langJSON
	if err := decodeJSON(metaName, data, &meta); err != nil {
		return nil, err
	}
	lang.Status, lang.Note, lang.Reviewer, lang.Reviewed = meta.Status, meta.Note, meta.Reviewer, meta.Reviewed

	strName := path.Join(dir, stringsFile)
	data, err = l.read(strName)
	if err != nil {
		return nil, err
	}
	if err := decodeJSON(strName, data, &lang.Strings); err != nil {
		return nil, err
	}

	glossName := path.Join(dir, glossaryFile)
	if data, err := l.read(glossName); err == nil {
		if err := decodeJSON(glossName, data, &lang.Glossary); err != nil {
			return nil, err
		}
	} else if !isMissing(err) {
		return nil, err
	}

	ansDir := path.Join(dir, answersDir)
	var entries []fs.DirEntry
	if _, err := fs.Lstat(l.fsys, ansDir); !errors.Is(err, fs.ErrNotExist) {
		// A missing folder is reported by Validate, answer by answer.
		if entries, err = readDir(l.fsys, ansDir); err != nil {
			return nil, err
		}
	}
	for _, e := range entries {
		name := path.Join(ansDir, e.Name())
		if p := entryProblem(name, e); p != nil {
			return nil, p
		}
		id, ok := strings.CutSuffix(e.Name(), ".md")
		if e.IsDir() || !ok {
			continue
		}
		data, err := l.read(name)
		if err != nil {
			return nil, err
		}
		text, err := parseAnswerText(name, data)
		if err != nil {
			return nil, err
		}
		lang.Answers[id] = text
	}
	return lang, nil
}

// parseAnswerText splits an answer file into its "# Title" line and the markdown body.
func parseAnswerText(name string, data []byte) (*AnswerText, error) {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	first, body, _ := strings.Cut(s, "\n")
	title, ok := strings.CutPrefix(first, "# ")
	if !ok || strings.TrimSpace(title) == "" {
		return nil, problemf(name, 1, "the first line must be the title, written \"# Title\"")
	}
	return &AnswerText{Title: strings.TrimSpace(title), Body: strings.TrimLeft(body, "\n"), File: name}, nil
}

func (g *Guide) questionIDs() []string {
	ids := make([]string, len(g.Questions))
	for i, q := range g.Questions {
		ids[i] = q.ID
	}
	return ids
}

// sortedNodes returns the nodes in file order.
func (g *Guide) sortedNodes() []*Node {
	nodes := make([]*Node, 0, len(g.Nodes))
	for _, n := range g.Nodes {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].line != nodes[j].line {
			return nodes[i].line < nodes[j].line
		}
		return nodes[i].ID < nodes[j].ID
	})
	return nodes
}
