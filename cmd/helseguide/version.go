package main

import (
	"fmt"
	"runtime/debug"
	"time"

	"helseguide/content"
)

// printVersion prints the version, the commit it was built from, and the oldest and
// newest dates on which the answers of the guide data (built in, or in dir) were checked.
func printVersion(e *env, dir string) int {
	v, rev := buildVersion()
	fmt.Fprintf(e.stdout, "helseguide %s\ncommit %s\n", v, rev)
	g, err := loadGuide(e, dir)
	if err != nil {
		return fail(e, "", "%v", err)
	}
	oldest, newest, ok := checkedRange(g)
	if !ok {
		fmt.Fprintln(e.stdout, "content checked: no answers")
		return exitOK
	}
	fmt.Fprintf(e.stdout, "content checked %s (oldest) to %s (newest)\n", oldest.Format(dateLayout), newest.Format(dateLayout))
	return exitOK
}

const dateLayout = "2006-01-02"

// checkedRange returns the oldest and newest Checked date of g's answers; ok is false
// when g has no answers.
func checkedRange(g *content.Guide) (oldest, newest time.Time, ok bool) {
	for _, a := range g.Answers {
		if !ok || a.Checked.Before(oldest) {
			oldest = a.Checked
		}
		if !ok || a.Checked.After(newest) {
			newest = a.Checked
		}
		ok = true
	}
	return oldest, newest, ok
}

// buildVersion returns the version and the commit the program was built from: those set
// with -ldflags "-X main.version=… -X main.commit=…", else the module version and the VCS
// revision Go records in the build ("dev" and "unknown" when there are none; a commit
// built with uncommitted changes is marked "(modified)").
func buildVersion() (v, rev string) {
	v, rev = version, commit
	info, ok := debug.ReadBuildInfo()
	if v == "" {
		v = "dev"
		if ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
			v = info.Main.Version
		}
	}
	if rev == "" {
		rev = "unknown"
		if ok {
			modified := false
			for _, s := range info.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.modified":
					modified = s.Value == "true"
				}
			}
			if modified && rev != "unknown" {
				rev += " (modified)"
			}
		}
	}
	return v, rev
}
