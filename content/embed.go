package content

import (
	"embed"
	"io/fs"
)

//go:embed data
var embedded embed.FS

// Embedded returns the guide data built into the binary, laid out as described in the
// package documentation.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // "data" is a fixed, embedded directory
	}
	return sub
}
