//go:build !unix

package main

// openTTY reports that there is no terminal to ask: on Windows the console is not read
// this way, and Windows Terminal and the console do no bidi, so auto gives app.
func openTTY() (ttyFile, func(), error) {
	return nil, nil, errNoTTY
}
