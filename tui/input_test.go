package tui

import (
	"bytes"
	"context"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
)

// filterAll sends input through a pasteFilter in reads of the given sizes (the last one
// repeated) and returns what comes out.
func filterAll(t testing.TB, input string, sizes ...int) string {
	t.Helper()
	f := &pasteFilter{r: &chunkReader{s: input, sizes: sizes}}
	out, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// chunkReader returns s in reads of the given sizes, the last one repeated.
type chunkReader struct {
	s     string
	sizes []int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := len(c.s)
	if len(c.sizes) > 0 {
		n = min(n, c.sizes[0])
		if len(c.sizes) > 1 {
			c.sizes = c.sizes[1:]
		}
	}
	n = copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

func TestPasteFilter(t *testing.T) {
	tests := []struct {
		name, in, want string
		sizes          []int
	}{
		{"plain text", "hello 123\r", "hello 123\r", nil},
		{"a paste", "a\x1b[200~pasted\x1b[201~b", "a\x1b[200zpasted\x1b[201zb", nil},
		{"a lone paste start", "\x1b[200~1", "\x1b[200z1", nil},
		{"8-bit CSI", "\x9b200~x\x9b201~", "\x9b200zx\x9b201z", nil},
		{"more parameters", "\x1b[200;1~x\x1b[0201:2~", "\x1b[200;1zx\x1b[0201:2z", nil},
		{"other keys stay", "\x1b[A\x1b[15~\x1b[2~\x1b[20~\x1b[2000~\x1b[?200~\x1b[200$~\x1b", "\x1b[A\x1b[15~\x1b[2~\x1b[20~\x1b[2000~\x1b[?200~\x1b[200$~\x1b", nil},
		{"mouse stays", "\x1b[<0;10;5M\x1b[<0;10;5m", "\x1b[<0;10;5M\x1b[<0;10;5m", nil},
		{"Esc then a marker", "\x1b\x1b[200~1", "\x1b\x1b[200z1", nil},
		{"a sequence cut short", "\x1b[20\x1b[200~1", "\x1b[20\x1b[200z1", nil},
		{"a control byte ends a sequence", "\x1b[20\r0~", "\x1b[20\r0~", nil},
		{"UTF-8 with 0x9B inside", "Ǜ200~ ›", "Ǜ200~ ›", nil},
		{"one byte at a time", "1\x1b[200~2", "1\x1b[200z2", []int{1}},
		{"split after ESC [", "ab\x1b[201~cd", "ab\x1b[201zcd", []int{4, 100}},
		{"leading zeros", "\x1b[" + strings.Repeat("0", 40) + "200~", "\x1b[" + strings.Repeat("0", 40) + "200z", nil},
		{"a number that wraps to 200", "\x1b[2147483848~", "\x1b[2147483848z", nil},
		{"no parameter", "\x1b[~", "\x1b[~", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := filterAll(t, tt.in, tt.sizes...); got != tt.want {
				t.Errorf("filter(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzPasteFilter: whatever the input and however it is split into reads, no paste
// marker comes out, at most the final bytes of sequences change, and input without ESC
// or the 8-bit CSI byte comes out unchanged.
func FuzzPasteFilter(f *testing.F) {
	f.Add("a\x1b[200~b\x1b[201~c", uint8(3))
	f.Add("\x1b[0200;5~\x9b201~", uint8(1))
	f.Fuzz(func(t *testing.T, in string, size uint8) {
		out := filterAll(t, in, int(size%16)+1)
		for _, marker := range []string{"\x1b[200~", "\x1b[201~", "\x9b200~", "\x9b201~"} {
			if strings.Contains(out, marker) {
				t.Errorf("filter(%q) = %q, which holds the paste marker %q", in, out, marker)
			}
		}
		if len(out) != len(in) {
			t.Fatalf("filter(%q) = %q, of another length", in, out)
		}
		for i := range in {
			if in[i] != out[i] && (in[i] != '~' || out[i] != csiNeutralFinal) {
				t.Errorf("filter(%q) = %q: byte %d changed from %q to %q", in, out, i, in[i], out[i])
			}
		}
		if !strings.ContainsAny(in, "\x1b\x9b") && out != in {
			t.Errorf("filter(%q) = %q, want it unchanged", in, out)
		}
	})
}

func TestFilterInputKeepsTheFile(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	got := filterInput(r)
	if f, ok := got.(interface{ Fd() uintptr }); !ok || f.Fd() != r.Fd() {
		t.Errorf("filterInput(file) = %T, want a file with the same descriptor", got)
	}
	if err := iotest.TestReader(filterInput(strings.NewReader("abc\x1b[Adef")), []byte("abc\x1b[Adef")); err != nil {
		t.Error(err)
	}
}

// keyRecorder is a Bubble Tea model that records the text of the keys it gets and quits
// at Ctrl+C.
type keyRecorder struct{ keys *bytes.Buffer }

func (m keyRecorder) Init() tea.Cmd { return nil }
func (m keyRecorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if k.Keystroke() == "ctrl+c" {
			return m, tea.Quit
		}
		m.keys.WriteString(k.Text)
	}
	return m, nil
}
func (m keyRecorder) View() tea.View { return tea.NewView("") }

// TestLonePasteStartInBubbleTea sends a lone paste start, then keys, through the filter
// to a real Bubble Tea program: the keys arrive, and Ctrl+C ends it.
func TestLonePasteStartInBubbleTea(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	got := &bytes.Buffer{}
	p := tea.NewProgram(keyRecorder{got}, tea.WithInput(filterInput(r)), tea.WithOutput(io.Discard),
		tea.WithEnvironment([]string{"TERM=xterm-256color"}), tea.WithoutSignalHandler())
	go func() {
		// Each write waits past the input reader's escape timeout (50 ms), as typed keys would.
		for _, s := range []string{"\x1b[200~", "12", "\x03"} {
			_, _ = io.WriteString(w, s)
			time.Sleep(100 * time.Millisecond)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { _, err := p.Run(); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		p.Kill()
		t.Fatalf("ctrl+c after a lone paste start did not end the program")
	}
	if got.String() != "12" {
		t.Errorf("keys after a lone paste start: got %q, want %q", got.String(), "12")
	}
}

// FuzzPasteFilterAgainstDecoder decodes the filter's output with Bubble Tea's own input
// decoder: whatever the input, it finds no paste marker, at any place it might start.
func FuzzPasteFilterAgainstDecoder(f *testing.F) {
	f.Add("a\x1b[200~b\x1b[201~c")
	f.Add("\x1b[0200;5~\x9b201:1~\x1b\x1b[200~")
	f.Add("\x1b[2147483848~")
	f.Fuzz(func(t *testing.T, in string) {
		out := []byte(filterAll(t, in, 7))
		var d uv.EventDecoder
		for start := range out {
			_, ev := d.Decode(out[start:])
			switch ev.(type) {
			case uv.PasteStartEvent, uv.PasteEndEvent:
				t.Fatalf("filter(%q) = %q: the decoder finds a paste marker at byte %d", in, out, start)
			}
		}
	})
}
