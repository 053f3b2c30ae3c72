module helseguide

go 1.26.7

require (
	github.com/charmbracelet/x/term v0.2.2
	github.com/rogpeppe/go-internal v1.16.0
	github.com/yuin/goldmark v1.7.8
	golang.org/x/text v0.44.0
)

require (
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
