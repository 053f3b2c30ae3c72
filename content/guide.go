// Package content holds the knowledge of helseguide: the guide data (questions, routing,
// answers, facts and their translations), its loader and validator, and the pure decision
// engine that walks the questions. It knows nothing of terminals.
//
// The data lives in one directory tree (embedded in the binary, or loaded from disk with
// --content DIR):
//
//	guide.json                 questions, options, routing nodes, answers, emergency calls
//	facts.json                 phone numbers and fees with sources and confidence
//	lang/<code>/lang.json      review status of the language
//	lang/<code>/strings.json   UI strings, question and option texts, call labels
//	lang/<code>/answers/*.md   one markdown file per answer; first line "# Title"
//
// Translated text refers to facts by key in braces, for example {phone.legevakt}, so that
// every phone number and fee is written in exactly one place.
//
// Check loads and validates the data for `helseguide check`; Open does the same for the
// program and leaves out a translation with errors. Every file is read only if it is a
// regular file of at most MaxFileSize, and every text is held free of control characters
// (see CleanText).
package content

import (
	"slices"
	"strings"
	"time"
)

// Guide is the whole loaded guide: structure, facts and every language.
type Guide struct {
	// SourceLanguage is the language the others are translated from (the reference set of keys).
	SourceLanguage string
	// Start is the id of the first node.
	Start string
	// Order is the order in which languages are offered after the source language (the
	// languages most newcomers speak first); languages not in it follow, sorted by code.
	Order []string
	// Names are proper names and words that stay the same in every language (Helsenorge,
	// BankID …): a translated text identical to the source language's is an error unless
	// nothing but these names, numbers and placeholders is left of it.
	Names []string
	// Questions by id, in the order of guide.json.
	Questions []*Question
	// Nodes by id: where each question is asked and where each option leads.
	Nodes map[string]*Node
	// Answers in the order of guide.json.
	Answers []*Answer
	// Phones by fact key.
	Phones map[string]*Phone
	// Fees by fact key.
	Fees map[string]*Fee
	// Addresses by fact key ("addr.oslo_legevakt").
	Addresses map[string]*Address
	// Rules by fact key: facts that have no value to show (rules, free services, web
	// services). Texts cite them with a placeholder that shows nothing for a HIGH fact and
	// the "not yet confirmed" note for a MEDIUM one, and their sources join the answer's.
	Rules map[string]*Rule
	// Sources by id (e.g. "H4", "seed000").
	Sources map[string]*Source
	// Languages by code, sorted codes in LanguageCodes.
	Languages map[string]*Language
	// EmergencyLine are the calls of the emergency line at the top of every screen: always
	// 113, then 116 117 (Validate holds guide.json to that).
	EmergencyLine []*Phone
	// EmergencyScreen are the calls the emergency screen shows, in order.
	EmergencyScreen []*Phone

	questionByID map[string]*Question
	raw          map[string][]byte // file contents, for line numbers in Validate
	loadProblems []*Problem        // found by Load, reported by Validate
	answerByID   map[string]*Answer
}

// Question is one question with its stable option ids.
type Question struct {
	ID      string
	Options []string
}

// HasOption reports whether opt is one of q's option ids.
func (q *Question) HasOption(opt string) bool { return slices.Contains(q.Options, opt) }

// Node is a place in the flow where a question is asked. The same question may be asked at
// several nodes (for example "stay" after "id=dnumber" and after "id=none").
type Node struct {
	ID  string
	Ask string // question id
	// Next maps an option id to a target: another node id, or "answer:<id>".
	Next map[string]Target
	line int
}

// Target is where an option leads: a node or an answer.
type Target struct {
	Node   string // node id, when the target is a node
	Answer string // answer id, when the target is an answer
}

// Answer is one answer of the guide, language-neutral.
type Answer struct {
	ID string
	// Calls are phone fact keys, in the order the call cards are shown.
	Calls []string
	// Sources are source ids the answer's text rests on (the sources of its facts are added).
	Sources []string
	// Bring lists what to have ready (ids of "bring.<id>" strings), where the facts say so.
	Bring []string
	// Checked is the date the answer was last checked against its sources.
	Checked time.Time
	line    int
}

// Phone is a phone number fact.
type Phone struct {
	Key string
	// Number as displayed, exactly as shared/facts.md writes it ("116 117").
	Number string
	// Hours the line is open; nil when not known.
	Hours      *Hours
	Sources    []string
	SourceDate string
	Confidence string
	line       int
}

// Tel returns the number for dialling: digits only ("116117"), with a leading "+" kept for
// an international number ("+4723487200").
func (p *Phone) Tel() string {
	b := make([]byte, 0, len(p.Number))
	if strings.HasPrefix(p.Number, "+") {
		b = append(b, '+')
	}
	for i := 0; i < len(p.Number); i++ {
		if c := p.Number[i]; c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// Fee is a user fee or limit that changes every year.
type Fee struct {
	Key     string
	Amounts []FeeAmount // sorted by year
	line    int
}

// FeeAmount is a fee's value in one year.
type FeeAmount struct {
	Year       int
	NOK        int
	Sources    []string
	Confidence string
}

// At returns the amount in force at t: the newest year not after t's year, or the oldest
// amount when t is before all of them. The year is always shown with the amount.
func (f *Fee) At(t time.Time) FeeAmount {
	best := f.Amounts[0]
	for _, a := range f.Amounts {
		if a.Year <= t.Year() {
			best = a
		}
	}
	return best
}

// Address is a place fact, such as the address of Oslo legevakt.
type Address struct {
	Key        string
	Value      string
	Sources    []string
	SourceDate string
	Confidence string
	line       int
}

// Rule is a fact without a value to show: a rule, a free service or a web service that a
// text states in its own words and cites by placeholder.
type Rule struct {
	Key string
	// Claim is what shared/facts.md says, for maintainers; it is never shown.
	Claim      string
	Sources    []string
	SourceDate string
	Confidence string
	line       int
}

// Source is a page a fact or answer rests on.
type Source struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
	Date  string `json:"date,omitempty"` // date stated by the source, "" when none
}

// Language is one translation of the guide.
type Language struct {
	Code string
	// Status is the review status: "source", "unreviewed" or "reviewed".
	Status string
	// Note says who wrote or reviewed the translation.
	Note string
	// Reviewer is the role of the native speaker who reviewed a "reviewed" translation (for
	// example "medical interpreter, Arabic–Norwegian"), and Reviewed the date (YYYY-MM-DD);
	// both are empty for other statuses.
	Reviewer, Reviewed string
	// Strings are UI strings, question and option texts and call labels, by key.
	Strings map[string]string
	// Answers are the answers' texts by answer id.
	Answers map[string]*AnswerText
	// Glossary maps each Norwegian term that stays Norwegian (fastlege, legevakt …) to the
	// exact phrase this language uses for it ("GP (fastlege)" in English).
	Glossary map[string]string
}

// AnswerText is one answer's text in one language.
type AnswerText struct {
	Title string
	// Body is the markdown after the title line, with fact placeholders not yet filled in.
	Body string
	// File is the path of the markdown file, for error messages.
	File string
}

// Review statuses a language may carry.
const (
	StatusSource     = "source"
	StatusUnreviewed = "unreviewed"
	StatusReviewed   = "reviewed"
)

// Question returns the question with the given id, or nil.
func (g *Guide) Question(id string) *Question { return g.questionByID[id] }

// Answer returns the answer with the given id, or nil.
func (g *Guide) Answer(id string) *Answer { return g.answerByID[id] }

// LanguageCodes returns the codes of all languages: the source language first, then those
// of Order, then the others sorted by code.
func (g *Guide) LanguageCodes() []string {
	codes := make([]string, 0, len(g.Languages))
	if _, ok := g.Languages[g.SourceLanguage]; ok {
		codes = append(codes, g.SourceLanguage)
	}
	for _, c := range g.Order {
		if _, ok := g.Languages[c]; ok && !slices.Contains(codes, c) {
			codes = append(codes, c)
		}
	}
	var rest []string
	for c := range g.Languages {
		if !slices.Contains(codes, c) {
			rest = append(rest, c)
		}
	}
	slices.Sort(rest)
	return append(codes, rest...)
}
