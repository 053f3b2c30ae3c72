package content

// QuestionKey is the strings key of a question's text, e.g. "question.gp".
func QuestionKey(question string) string { return "question." + question }

// OptionKey is the strings key of an option's label, e.g. "option.gp.no".
func OptionKey(question, option string) string { return "option." + question + "." + option }

// CrumbKey is the strings key of an option's short breadcrumb, e.g. "crumb.gp.no" ("No GP").
func CrumbKey(question, option string) string { return "crumb." + question + "." + option }

// HintKey is the strings key of a question's optional hint line, e.g. "hint.permit". A hint
// explains a word of the question or says something the person should know before answering.
func HintKey(question string) string { return "hint." + question }

// BringKey is the strings key of something to have ready, e.g. "bring.fnr".
func BringKey(id string) string { return "bring." + id }

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
	"ui.review_status", "ui.end_answered", "ui.end_unanswered", "ui.not_confirmed",
	"ui.choose_hint", "ui.plain_hint", "ui.have_ready", "ui.costs", "ui.say_in_norwegian",
	"ui.what_to_say", "ui.opens", "ui.opens_today", "ui.two_languages", "ui.slip", "ui.slip_title",
	"ui.still_there", "ui.reset_countdown", "ui.next_person",
	"day.monday", "day.tuesday", "day.wednesday", "day.thursday", "day.friday", "day.saturday", "day.sunday",
	"phrase.interpreter", "phrase.no_norwegian", "phrase.register_gp", "phrase.id_number",
	"say.name", "say.where", "say.phone", "say.what",
}
