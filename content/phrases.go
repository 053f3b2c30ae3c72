package content

import "time"

// Norwegian is the code of the language a newcomer has to speak on the phone and at the
// desk: the call-taker at 113, the GP's office. Phrases to say are given in it.
const Norwegian = "nb"

// SecondLanguage returns the language to show beside an answer in language own (side by
// side, and on the take-away slip): also when it is given (a code of the guide's, or ""
// for the default), else Norwegian for a reader of another language and the source
// language (English) for a Norwegian reader. It returns "" when there is no second
// language: when the guide lacks the default, or when the second language would be the
// reader's own (so a slip asked for in one language stays in one).
func (g *Guide) SecondLanguage(own, also string) string {
	code := also
	if code == "" {
		code = Norwegian
		if own == Norwegian {
			code = g.SourceLanguage
		}
	}
	if g.Languages[code] == nil || code == own {
		return ""
	}
	return code
}

// Phrase is a sentence to say in Norwegian, with the same sentence in the reader's
// language beside it.
type Phrase struct {
	// Norwegian is the sentence in Norwegian Bokmål, as it is to be said.
	Norwegian string
	// Own is the sentence in the reader's language; "" when the reader's language is
	// Norwegian, so that a surface does not show the same sentence twice.
	Own string
}

// sayKeys are the strings of what the call-taker at 113 needs to hear, in the order
// rule.113_what_to_say gives them: your name, where you are, your phone number, what
// happened.
var sayKeys = []string{"say.name", "say.where", "say.phone", "say.what"}

// phraseKeys are the ready phrases of the take-away slip.
var phraseKeys = []string{"phrase.interpreter", "phrase.no_norwegian", "phrase.register_gp", "phrase.id_number"}

// WhatToSay returns what the call-taker at 113 or 116 117 needs to hear
// (rule.113_what_to_say: your name, where you are, your phone number, what happened) as
// short Norwegian sentences, each with the same sentence in language lang. It returns nil
// when the guide has no Norwegian: a sentence in another language must never be passed
// off as Norwegian.
func (g *Guide) WhatToSay(lang string, now time.Time) []Phrase {
	return g.phrases(sayKeys, lang, now)
}

// ReadyPhrases returns the phrases a newcomer can read out or show at the desk ("I need an
// interpreter", "I do not speak Norwegian", "I want to register with a GP", "My national
// ID number is ____"), in Norwegian, each with the same phrase in language lang; nil when
// the guide has no Norwegian.
func (g *Guide) ReadyPhrases(lang string, now time.Time) []Phrase {
	return g.phrases(phraseKeys, lang, now)
}

// phrases pairs the Norwegian strings of keys with those of lang. The Norwegian side is
// taken from the Norwegian strings only, never from the source language's fallback; a key
// Norwegian lacks is left out.
func (g *Guide) phrases(keys []string, lang string, now time.Time) []Phrase {
	nb := g.Languages[Norwegian]
	if nb == nil {
		return nil
	}
	var out []Phrase
	for _, key := range keys {
		s, ok := nb.Strings[key]
		if !ok {
			continue
		}
		p := Phrase{Norwegian: g.Expand(Norwegian, s, now, nil)}
		if lang != Norwegian {
			p.Own = g.Text(lang, key, now, nil)
		}
		out = append(out, p)
	}
	return out
}
