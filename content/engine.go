package content

import (
	"fmt"
	"strings"
	"time"
)

// Choice is one answered question on the path through the guide.
type Choice struct {
	Question string `json:"question"`
	Option   string `json:"option"`
}

// Step is where a set of choices leads: either the next question to ask, or an answer.
type Step struct {
	// Node and Question are set when another choice is needed.
	Node     *Node
	Question *Question
	// Answer is set when the choices lead to an answer.
	Answer *Answer
	// Calls are the answer's call statuses at the time given to Next (nil for a question).
	Calls []CallStatus
	// Path lists the choices on the way, in order (the breadcrumbs). Choices for questions
	// that are not on the path are not in it.
	Path []Choice
}

// CallStatus is one call of an answer at a moment in time.
type CallStatus struct {
	Phone *Phone
	// Open tells whether the line is open at that time; Known is false when the hours or
	// the days are not known.
	Open, Known bool
	// NextOpen is when a closed line with known hours opens next (Europe/Oslo time); zero
	// when it is open, always open or its hours are not known.
	NextOpen time.Time
}

// Done reports whether the step is an answer.
func (s Step) Done() bool { return s.Answer != nil }

// Next walks the guide from its start with the given choices (question id → option id)
// and returns the first question that has no valid choice, or the answer the path ends in.
// It is a pure function: no I/O, no clock of its own; now only decides which calls are
// open. Choices for questions that are not on the path are ignored, and so is a choice
// that is not one of its question's options. Next fails only on a guide with a loop,
// which Validate reports.
func Next(g *Guide, choices map[string]string, now time.Time) (Step, error) {
	var step Step
	node := g.Nodes[g.Start]
	for range len(g.Nodes) + 1 {
		if node == nil {
			return Step{}, fmt.Errorf("content: the guide has no node to go to after %v", step.Path)
		}
		q := g.questionByID[node.Ask]
		opt, ok := choices[q.ID]
		target, routed := node.Next[opt]
		if !ok || !q.HasOption(opt) || !routed {
			step.Node, step.Question = node, q
			return step, nil
		}
		step.Path = append(step.Path, Choice{Question: q.ID, Option: opt})
		if target.Answer != "" {
			step.Answer = g.answerByID[target.Answer]
			step.Calls = g.callStatuses(step.Answer, now)
			return step, nil
		}
		node = g.Nodes[target.Node]
	}
	return Step{}, fmt.Errorf("content: the guide loops after %v", step.Path)
}

func (g *Guide) callStatuses(a *Answer, now time.Time) []CallStatus {
	calls := make([]CallStatus, 0, len(a.Calls))
	for _, key := range a.Calls {
		p := g.Phones[key]
		if p == nil {
			continue // Validate reports unknown keys
		}
		calls = append(calls, phoneStatus(p, now))
	}
	return calls
}

// phoneStatus is whether phone p is open at now, whether that is known, and when it
// opens next.
func phoneStatus(p *Phone, now time.Time) CallStatus {
	open, known := p.Hours.OpenAt(now)
	next, _ := p.Hours.NextOpen(now)
	return CallStatus{Phone: p, Open: open, Known: known, NextOpen: next}
}

// CheckChoice tells whether question and option are known, with a message that lists what
// is allowed when they are not, e.g. `unknown option "maybe" for emergency: choose yes or no`.
func (g *Guide) CheckChoice(question, option string) error {
	q := g.questionByID[question]
	if q == nil {
		return fmt.Errorf("unknown question %q: choose from %s", question, strings.Join(g.questionIDs(), ", "))
	}
	if !q.HasOption(option) {
		return fmt.Errorf("unknown option %q for %s: choose from %s", option, question, strings.Join(q.Options, ", "))
	}
	return nil
}
