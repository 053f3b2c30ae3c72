package content

import "testing"

// BenchmarkOpenEmbedded measures what the program does at every start before the first
// frame: load the built-in guide and validate it (Open). BenchmarkLoadEmbedded is the
// loading alone.
func BenchmarkOpenEmbedded(b *testing.B) {
	for b.Loop() {
		if _, _, err := Open(Embedded()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenEmbeddedAtStart is what the program does with its built-in guide at every
// start: load it and check what keeps a person safe (see OpenEmbedded).
func BenchmarkOpenEmbeddedAtStart(b *testing.B) {
	for b.Loop() {
		if _, err := OpenEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
