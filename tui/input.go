package tui

import (
	"io"

	"github.com/charmbracelet/x/term"
)

// The guide has no text field and never asks the terminal for bracketed paste, so the
// markers a terminal puts around pasted text (CSI 200 ~ and CSI 201 ~) are never
// expected. Bubble Tea's input reader (github.com/charmbracelet/ultraviolet) still
// decodes them, and after a paste start it collects every following key as pasted text
// until a paste end arrives: a lone CSI 200 ~ (line noise, a terminal's mistake, or typed
// by hand at a kiosk) would swallow every key, Ctrl+C included, for good. pasteFilter
// defuses the markers in the bytes before the reader sees them, so pasted text arrives as
// typed keys, as it does on a terminal without bracketed paste.

// filterInput returns in with bracketed-paste markers defused (see pasteFilter). When in is a terminal
// file, the result is one too (with the same file descriptor), so that Bubble Tea still
// puts the terminal into raw mode and can cancel its reads.
//
// On Windows, Bubble Tea reads console input through the console API rather than
// through Read, so the filter does not apply there; see the README's known issues.
func filterInput(in io.Reader) io.Reader {
	if in == nil {
		return nil
	}
	if f, ok := in.(term.File); ok {
		return &filteredFile{File: f, filter: pasteFilter{r: f}}
	}
	return &pasteFilter{r: in}
}

// filteredFile is a terminal file whose reads go through a pasteFilter.
type filteredFile struct {
	term.File
	filter pasteFilter
}

func (f *filteredFile) Read(p []byte) (int, error) { return f.filter.Read(p) }

// pasteFilter turns CSI 200 ~ and CSI 201 ~ (with ESC [ or the 8-bit CSI byte, and any
// further parameters after 200 or 201) into CSI 200 z and CSI 201 z, sequences the input
// reader does not know and passes on as unknown input, which the guide ignores. Only the
// final byte changes, so nothing is held back (a lone Esc key is never delayed), a read
// boundary inside a marker changes nothing, and no bytes are removed that could join
// their neighbours into a new marker.
type pasteFilter struct {
	r   io.Reader
	csi scanCSI
}

// csiNeutralFinal replaces the final byte of a paste marker: CSI 200 z is no key and no
// event in Bubble Tea's input decoder.
const csiNeutralFinal = 'z'

func (f *pasteFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for i, b := range p[:n] {
		if f.csi.endsPasteMarker(b) {
			p[i] = csiNeutralFinal
		}
	}
	return n, err
}

// scanCSI follows control sequences byte by byte, as Bubble Tea's input decoder reads
// them: ESC [ or the 8-bit CSI byte, parameter bytes 0x30-0x3F, intermediate bytes
// 0x20-0x2F, one final byte 0x40-0x7E. A byte outside these ranges ends a sequence.
type scanCSI struct {
	state    int  // 0 ground, 1 after ESC, 2 in a sequence
	param    int  // the first parameter as the decoder reads it (see paramMask)
	first    bool // still in the first parameter
	other    bool // a private prefix or an intermediate byte was seen
	utf8Left int  // continuation bytes still expected in a UTF-8 character
}

// endsPasteMarker takes the next byte and reports whether it ends a paste marker.
func (s *scanCSI) endsPasteMarker(b byte) bool {
	switch s.state {
	case 1: // after ESC
		if b == '[' {
			s.begin()
			return false
		}
		s.state = 0
	case 2: // in a sequence
		switch {
		case b >= '0' && b <= '9':
			if s.first {
				s.param = (s.param*10 + int(b-'0')) & paramMask
			}
			return false
		case b == ';' || b == ':':
			s.first = false
			return false
		case b >= '<' && b <= '?', b >= 0x20 && b <= 0x2F:
			s.other = true
			return false
		case b >= 0x40 && b <= 0x7E:
			s.state = 0
			return b == '~' && !s.other && (s.param == 200 || s.param == 201)
		}
		s.state = 0 // not part of a sequence: the decoder ends it here
	}
	s.ground(b)
	return false
}

// ground takes b outside any sequence.
func (s *scanCSI) ground(b byte) {
	if s.utf8Left > 0 && b >= 0x80 && b < 0xC0 {
		s.utf8Left-- // a continuation byte: never the 8-bit CSI
		return
	}
	s.utf8Left = 0
	switch {
	case b == 0x1b:
		s.state = 1
	case b == 0x9b:
		s.begin()
	case b >= 0xC0 && b < 0xE0:
		s.utf8Left = 1
	case b >= 0xE0 && b < 0xF0:
		s.utf8Left = 2
	case b >= 0xF0 && b < 0xF8:
		s.utf8Left = 3
	}
}

// paramMask keeps the 31 bits of a parameter the decoder compares (parser.ParamMask in
// github.com/charmbracelet/x/ansi): it adds up digits without a limit, so that
// ESC [ 2147483848 ~ is a paste start to it, as is ESC [ 0200 ~.
const paramMask = 1<<31 - 1

// begin starts a sequence after its introducer.
func (s *scanCSI) begin() {
	s.state = 2
	s.param = 0
	s.first = true
	s.other = false
}
