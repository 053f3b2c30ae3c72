package content

// QuestionKey is the strings key of a question's text, e.g. "question.gp".
func QuestionKey(question string) string { return "question." + question }

// OptionKey is the strings key of an option's label, e.g. "option.gp.no".
func OptionKey(question, option string) string { return "option." + question + "." + option }

// UIKeys are the screen texts every language must have besides the ones the guide's
// structure names (questions, options, call labels): the command line, the plain
// dialogue and the terminal UI show them. Validate reports each one that is missing.
var UIKeys = []string{
	"format.fee", "hours.always", "hours.mon-fri", "hours.times",
	"status.source", "status.unreviewed", "status.reviewed",
	"ui.emergency_line", "ui.emergency_title", "ui.emergency_body",
	"ui.choose_language", "ui.calls", "ui.sources", "ui.checked", "ui.open_now", "ui.closed_now",
	"ui.your_answers", "ui.question_of", "ui.restart", "ui.back", "ui.help", "ui.quit",
	"ui.select", "ui.scroll", "ui.help_title", "ui.help_body", "ui.prompt", "ui.invalid",
	"ui.review_status", "ui.end_answered", "ui.end_unanswered",
}
