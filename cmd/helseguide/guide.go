package main

// runGuide runs the interactive guide.
func runGuide(args []string, e *env) int {
	return fail(e, "", "the interactive guide is not built yet")
}
