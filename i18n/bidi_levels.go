package i18n

// This file resolves the embedding levels of one paragraph by rules X1–X10,
// W1–W7, N0–N2 and I1–I2 of the Unicode Bidirectional Algorithm (UAX #9,
// https://www.unicode.org/reports/tr9/). The line rules L1–L4 are in bidi.go.
// It passes every case of Unicode's BidiTest.txt and BidiCharacterTest.txt
// (bidi_conformance_test.go).
//
// Why not golang.org/x/text/unicode/bidi alone: as of v0.44.0 that package
// computes the levels internally but exports none of them. Its public
// Paragraph.Order returns runs in logical order, cut only where the
// direction (level parity) changes, so a number at level 2 next to Latin
// text at level 0 lands in one "left-to-right" run and the nesting that
// rule L2 needs is lost. DefaultDirection(RightToLeft) forces level 1 even
// when the text starts with a Latin letter, DefaultDirection(LeftToRight)
// cannot force level 0, an option given once stays on the Paragraph for
// later SetString calls, and Paragraph.Line ignores it. ReverseString moves
// a mark onto the letter before its own. So the levels are resolved here;
// x/text supplies what it does export and keeps current with Unicode: each
// character's Bidi_Class and Bidi_Paired_Bracket_Type (bidi.LookupRune) and
// each bracket's pair (bidi.ReverseString of that one bracket).

import (
	"golang.org/x/text/unicode/bidi"
)

// maxDepth is the deepest explicit embedding level (BD2).
const maxDepth = 125

// maxBracketPairs is the size of the bracket stack of BD16.
const maxBracketPairs = 63

// paragraph holds one paragraph and its resolved levels.
type paragraph struct {
	runes  []rune
	orig   []bidi.Class // Bidi_Class of each rune, as in the Unicode data
	types  []bidi.Class // the class as changed by rules X6 to N2
	levels []int8       // the resolved embedding level of each rune
	base   int8         // the paragraph embedding level: 0 or 1
	match  []int        // for an isolate initiator its matching PDI, for a PDI its initiator; -1 for none (BD9)
}

// newParagraph resolves the embedding levels of runes as one paragraph with
// the paragraph embedding level base (0 or 1), which the caller has decided
// (rule P3, or HL1 when it overrides it).
func newParagraph(runes []rune, base int8) *paragraph {
	n := len(runes)
	p := &paragraph{
		runes:  runes,
		orig:   make([]bidi.Class, n),
		types:  make([]bidi.Class, n),
		levels: make([]int8, n),
		base:   base,
		match:  make([]int, n),
	}
	for i, r := range runes {
		props, _ := bidi.LookupRune(r)
		p.orig[i] = props.Class()
		p.match[i] = -1
	}
	copy(p.types, p.orig)
	p.matchIsolates()
	p.explicitLevels()
	for _, seq := range p.isolatingRunSequences() {
		seq.resolveWeak()
		seq.resolveBrackets()
		seq.resolveNeutrals()
		seq.resolveImplicit()
	}
	p.levelRemoved()
	return p
}

// isIsolateInitiator reports whether c is LRI, RLI or FSI.
func isIsolateInitiator(c bidi.Class) bool {
	return c == bidi.LRI || c == bidi.RLI || c == bidi.FSI
}

// removedByX9 reports whether rule X9 removes characters of class c: the
// embedding and override controls and boundary neutrals (such as ZWJ, ZWNJ
// and soft hyphen). They take no part in rules W1 to I2.
func removedByX9(c bidi.Class) bool {
	switch c {
	case bidi.LRE, bidi.RLE, bidi.LRO, bidi.RLO, bidi.PDF, bidi.BN:
		return true
	}
	return false
}

// matchIsolates pairs each isolate initiator with its matching PDI (BD9).
func (p *paragraph) matchIsolates() {
	var open []int
	for i, c := range p.orig {
		switch {
		case isIsolateInitiator(c):
			open = append(open, i)
		case c == bidi.PDI && len(open) > 0:
			j := open[len(open)-1]
			open = open[:len(open)-1]
			p.match[i], p.match[j] = j, i
		case c == bidi.B:
			open = open[:0]
		}
	}
}

// firstStrong applies rule P2 to classes[start:]: it returns L or R for the
// first strong character, skipping characters between an isolate initiator
// and its matching PDI, or ON when there is none before the end or a
// paragraph separator. With inIsolate set, classes[start:] is the content
// of an isolate (for rule X5c), which ends at its matching PDI, the first
// PDI not matched inside it; otherwise a PDI that matches nothing is
// ignored.
func firstStrong(classes []bidi.Class, start int, inIsolate bool) bidi.Class {
	depth := 0
	for _, c := range classes[start:] {
		switch {
		case c == bidi.B:
			return bidi.ON
		case isIsolateInitiator(c):
			depth++
		case c == bidi.PDI:
			if depth > 0 {
				depth--
			} else if inIsolate {
				return bidi.ON
			}
		case depth > 0:
		case c == bidi.L:
			return bidi.L
		case c == bidi.R || c == bidi.AL:
			return bidi.R
		}
	}
	return bidi.ON
}

// status is one entry of the directional status stack of rule X1.
type status struct {
	level    int8
	override bidi.Class // ON for none, else L or R
	isolate  bool
}

// explicitLevels applies rules X1 to X8.
func (p *paragraph) explicitLevels() {
	stack := []status{{level: p.base, override: bidi.ON}}
	overflowIsolates, overflowEmbeddings, validIsolates := 0, 0, 0
	// next returns the least odd (rtl) or even level above the top of stack.
	next := func(rtl bool) int8 {
		l := stack[len(stack)-1].level + 1
		if (l%2 == 1) != rtl {
			l++
		}
		return l
	}
	for i, c := range p.orig {
		top := stack[len(stack)-1]
		switch c {
		case bidi.RLE, bidi.LRE, bidi.RLO, bidi.LRO: // X2–X5
			p.levels[i] = top.level
			l := next(c == bidi.RLE || c == bidi.RLO)
			if l <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
				o := bidi.ON
				switch c {
				case bidi.RLO:
					o = bidi.R
				case bidi.LRO:
					o = bidi.L
				}
				stack = append(stack, status{level: l, override: o})
			} else if overflowIsolates == 0 {
				overflowEmbeddings++
			}
		case bidi.RLI, bidi.LRI, bidi.FSI: // X5a–X5c
			p.levels[i] = top.level
			if top.override != bidi.ON {
				p.types[i] = top.override
			}
			rtl := c == bidi.RLI || (c == bidi.FSI && firstStrong(p.orig, i+1, true) == bidi.R)
			l := next(rtl)
			if l <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
				validIsolates++
				stack = append(stack, status{level: l, override: bidi.ON, isolate: true})
			} else {
				overflowIsolates++
			}
		case bidi.PDI: // X6a
			switch {
			case overflowIsolates > 0:
				overflowIsolates--
			case validIsolates == 0:
			default:
				overflowEmbeddings = 0
				for !stack[len(stack)-1].isolate {
					stack = stack[:len(stack)-1]
				}
				stack = stack[:len(stack)-1]
				validIsolates--
			}
			top = stack[len(stack)-1]
			p.levels[i] = top.level
			if top.override != bidi.ON {
				p.types[i] = top.override
			}
		case bidi.PDF: // X7
			p.levels[i] = top.level
			switch {
			case overflowIsolates > 0:
			case overflowEmbeddings > 0:
				overflowEmbeddings--
			case !top.isolate && len(stack) >= 2:
				stack = stack[:len(stack)-1]
			}
		case bidi.B: // X8
			p.levels[i] = p.base
		case bidi.BN: // removed by X9; its level is set in levelRemoved
			p.levels[i] = top.level
		default: // X6
			p.levels[i] = top.level
			if top.override != bidi.ON {
				p.types[i] = top.override
			}
		}
	}
}

// sequence is an isolating run sequence (BD13): the indexes of its
// characters in the paragraph, in order, and its sos and eos (X10).
type sequence struct {
	p        *paragraph
	idx      []int
	level    int8
	sos, eos bidi.Class
}

// isolatingRunSequences splits the paragraph into level runs (BD7), leaving
// out the characters removed by X9, and chains the runs joined by an isolate
// initiator and its matching PDI into isolating run sequences (X10).
func (p *paragraph) isolatingRunSequences() []*sequence {
	var runs [][]int
	runOf := make([]int, len(p.runes)) // the run that starts at each index, or -1
	for i := range runOf {
		runOf[i] = -1
	}
	var cur []int
	for i, c := range p.orig {
		if removedByX9(c) {
			continue
		}
		if len(cur) > 0 && p.levels[i] != p.levels[cur[0]] {
			runs = append(runs, cur)
			cur = nil
		}
		if len(cur) == 0 {
			runOf[i] = len(runs)
		}
		cur = append(cur, i)
	}
	if len(cur) > 0 {
		runs = append(runs, cur)
	}

	var seqs []*sequence
	chained := make([]bool, len(runs)) // the run continues an earlier sequence
	for start := range runs {
		if chained[start] {
			continue
		}
		var idx []int
		for r := start; ; {
			idx = append(idx, runs[r]...)
			last := idx[len(idx)-1]
			if !isIsolateInitiator(p.orig[last]) || p.match[last] < 0 || runOf[p.match[last]] < 0 {
				break
			}
			r = runOf[p.match[last]]
			chained[r] = true
		}
		seqs = append(seqs, p.newSequence(idx))
	}
	return seqs
}

// newSequence computes sos and eos of the sequence idx (X10).
func (p *paragraph) newSequence(idx []int) *sequence {
	level := p.levels[idx[0]]
	before, after := p.base, p.base
	for i := idx[0] - 1; i >= 0; i-- {
		if !removedByX9(p.orig[i]) {
			before = p.levels[i]
			break
		}
	}
	if last := idx[len(idx)-1]; !isIsolateInitiator(p.orig[last]) {
		for i := last + 1; i < len(p.runes); i++ {
			if !removedByX9(p.orig[i]) {
				after = p.levels[i]
				break
			}
		}
	}
	return &sequence{
		p:     p,
		idx:   idx,
		level: level,
		sos:   directionOfLevel(max(level, before)),
		eos:   directionOfLevel(max(level, after)),
	}
}

// directionOfLevel returns L for an even level and R for an odd one.
func directionOfLevel(l int8) bidi.Class {
	if l%2 == 1 {
		return bidi.R
	}
	return bidi.L
}

// typ and setType read and write the current class of the sequence's k-th
// character.
func (s *sequence) typ(k int) bidi.Class        { return s.p.types[s.idx[k]] }
func (s *sequence) setType(k int, c bidi.Class) { s.p.types[s.idx[k]] = c }

// resolveWeak applies rules W1 to W7.
func (s *sequence) resolveWeak() {
	n := len(s.idx)
	// W1: a non-spacing mark takes the class of the character before it,
	// or ON after an isolate initiator or PDI, or sos at the start.
	prev := s.sos
	for k := 0; k < n; k++ {
		t := s.typ(k)
		if t == bidi.NSM {
			s.setType(k, prev)
			t = prev
		}
		prev = t
		if isIsolateInitiator(t) || t == bidi.PDI {
			prev = bidi.ON
		}
	}
	// W2 and W3: European numbers after Arabic letters become Arabic
	// numbers; then Arabic letters become R.
	strong := s.sos
	for k := 0; k < n; k++ {
		switch t := s.typ(k); t {
		case bidi.L, bidi.R, bidi.AL:
			strong = t
		case bidi.EN:
			if strong == bidi.AL {
				s.setType(k, bidi.AN)
			}
		}
	}
	for k := 0; k < n; k++ {
		if s.typ(k) == bidi.AL {
			s.setType(k, bidi.R)
		}
	}
	// W4: one separator between two numbers of the same kind joins them.
	for k := 1; k+1 < n; k++ {
		before, t, after := s.typ(k-1), s.typ(k), s.typ(k+1)
		switch {
		case t == bidi.ES && before == bidi.EN && after == bidi.EN:
			s.setType(k, bidi.EN)
		case t == bidi.CS && before == after && (before == bidi.EN || before == bidi.AN):
			s.setType(k, before)
		}
	}
	// W5: terminators next to a European number become part of it.
	for k := 0; k < n; k++ {
		if s.typ(k) != bidi.ET {
			continue
		}
		end := k
		for end < n && s.typ(end) == bidi.ET {
			end++
		}
		if (k > 0 && s.typ(k-1) == bidi.EN) || (end < n && s.typ(end) == bidi.EN) {
			for j := k; j < end; j++ {
				s.setType(j, bidi.EN)
			}
		}
		k = end
	}
	// W6: remaining separators and terminators become ON.
	for k := 0; k < n; k++ {
		switch s.typ(k) {
		case bidi.ES, bidi.ET, bidi.CS:
			s.setType(k, bidi.ON)
		}
	}
	// W7: European numbers after L (or sos L) become L.
	strong = s.sos
	for k := 0; k < n; k++ {
		switch t := s.typ(k); t {
		case bidi.L, bidi.R:
			strong = t
		case bidi.EN:
			if strong == bidi.L {
				s.setType(k, bidi.L)
			}
		}
	}
}

// strongForN returns L or R for a class that counts as strong in rules N0
// and N1 (numbers count as R), and ON for any other.
func strongForN(c bidi.Class) bidi.Class {
	switch c {
	case bidi.L:
		return bidi.L
	case bidi.R, bidi.EN, bidi.AN:
		return bidi.R
	}
	return bidi.ON
}

// bracketPair is a pair of positions in a sequence (BD16).
type bracketPair struct{ open, close int }

// canonicalBracket maps the two brackets that have canonical equivalents to
// them, so that U+2329 pairs with U+3009 as BD16 requires.
func canonicalBracket(r rune) rune {
	switch r {
	case 0x2329:
		return 0x3008
	case 0x232A:
		return 0x3009
	}
	return r
}

// bracketPairs finds the bracket pairs of the sequence (BD16), sorted by the
// position of the opening bracket.
func (s *sequence) bracketPairs() []bracketPair {
	type opener struct {
		pos   int
		close rune // the closing bracket that matches it
	}
	var stack []opener
	var pairs []bracketPair
	for k, i := range s.idx {
		if s.typ(k) != bidi.ON {
			continue
		}
		r := s.p.runes[i]
		props, _ := bidi.LookupRune(r)
		if !props.IsBracket() {
			continue
		}
		if props.IsOpeningBracket() {
			if len(stack) == maxBracketPairs {
				break
			}
			stack = append(stack, opener{k, canonicalBracket(pairedBracket(r))})
			continue
		}
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].close == canonicalBracket(r) {
				pairs = append(pairs, bracketPair{stack[j].pos, k})
				stack = stack[:j]
				break
			}
		}
	}
	// Pairs were found in order of their closing brackets; N0 takes them in
	// order of their opening brackets. A simple insertion sort keeps this
	// free of allocations for the usual handful of pairs.
	for a := 1; a < len(pairs); a++ {
		for b := a; b > 0 && pairs[b].open < pairs[b-1].open; b-- {
			pairs[b], pairs[b-1] = pairs[b-1], pairs[b]
		}
	}
	return pairs
}

// pairedBracket returns the Bidi_Paired_Bracket of the bracket r. x/text
// exports it only through ReverseString, which swaps brackets.
func pairedBracket(r rune) rune {
	for _, m := range bidi.ReverseString(string(r)) {
		return m
	}
	return r
}

// resolveBrackets applies rule N0: a bracket pair takes the embedding
// direction when it encloses text of that direction, or the opposite
// direction when it encloses only text of the opposite direction and the
// text before it has that direction too.
func (s *sequence) resolveBrackets() {
	e := directionOfLevel(s.level)
	for _, bp := range s.bracketPairs() {
		found := bidi.ON // ON: no strong type inside; e; or the opposite
		for k := bp.open + 1; k < bp.close; k++ {
			d := strongForN(s.typ(k))
			if d == e {
				found = e
				break
			}
			if d != bidi.ON {
				found = d
			}
		}
		if found == bidi.ON {
			continue
		}
		dir := e
		if found != e {
			context := s.sos
			for k := bp.open - 1; k >= 0; k-- {
				if d := strongForN(s.typ(k)); d != bidi.ON {
					context = d
					break
				}
			}
			if context == found {
				dir = found
			}
		}
		for _, k := range []int{bp.open, bp.close} {
			s.setType(k, dir)
			// Marks after a bracket follow it (their class was taken from
			// it by W1 before N0 changed it).
			for m := k + 1; m < len(s.idx) && s.p.orig[s.idx[m]] == bidi.NSM; m++ {
				s.setType(m, dir)
			}
		}
	}
}

// isNeutralOrIsolate reports whether c is a neutral or isolate formatting
// character (NI in UAX #9).
func isNeutralOrIsolate(c bidi.Class) bool {
	switch c {
	case bidi.B, bidi.S, bidi.WS, bidi.ON, bidi.LRI, bidi.RLI, bidi.FSI, bidi.PDI:
		return true
	}
	return false
}

// resolveNeutrals applies rules N1 and N2: a run of neutrals between text
// of one direction takes that direction (numbers count as R); any other
// takes the embedding direction.
func (s *sequence) resolveNeutrals() {
	e := directionOfLevel(s.level)
	n := len(s.idx)
	for k := 0; k < n; k++ {
		if !isNeutralOrIsolate(s.typ(k)) {
			continue
		}
		end := k
		for end < n && isNeutralOrIsolate(s.typ(end)) {
			end++
		}
		before, after := s.sos, s.eos
		if k > 0 {
			before = strongForN(s.typ(k - 1))
		}
		if end < n {
			after = strongForN(s.typ(end))
		}
		dir := e
		if before == after && before != bidi.ON {
			dir = before
		}
		for j := k; j < end; j++ {
			s.setType(j, dir)
		}
		k = end
	}
}

// resolveImplicit applies rules I1 and I2.
func (s *sequence) resolveImplicit() {
	for _, i := range s.idx {
		t, l := s.p.types[i], &s.p.levels[i]
		switch {
		case *l%2 == 0 && t == bidi.R:
			*l++
		case *l%2 == 0 && (t == bidi.AN || t == bidi.EN):
			*l += 2
		case *l%2 == 1 && (t == bidi.L || t == bidi.AN || t == bidi.EN):
			*l++
		}
	}
}

// levelRemoved gives each character removed by X9 the level of the
// character before it, or the paragraph level at the start, so that it stays
// next to its neighbour when lines are reordered (UAX #9, section 5.2).
func (p *paragraph) levelRemoved() {
	prev := p.base
	for i, c := range p.orig {
		if removedByX9(c) {
			p.levels[i] = prev
		}
		prev = p.levels[i]
	}
}
