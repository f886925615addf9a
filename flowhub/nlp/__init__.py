"""Understanding chat text: dates and recurrence, tasks, intents.

This package is pure: text, a clock reading and an IANA zone name in; plain frozen data out. It
imports nothing from the bot, storage or the platforms, so it can be tested and benchmarked alone.

The public contract (fixed; other code and outside evaluations call exactly this)::

    parse_when(text, *, now, tz) -> When | None
    extract_tasks(text, *, now, tz, sender=None, locale=None) -> list[TaskDraft]
    classify_intent(text) -> str  # capture, remind, query, done, help, settings, other

`When` has `start`, `end`, `grain`, `rrule`, `span` and `after_completion` (a repeat counted
from completion, "every! 3 days"); `TaskDraft` has `title`, `assignee`, `due` and `priority`.
Both are frozen dataclasses defined in `flowhub.nlp.types`.

Beside the contract, the helpers other packages use for repeating times: `next_occurrences`,
`next_after_completion` and `resolve_local`; and `fix_typos`, which the public functions apply
themselves (callers that run their own rules on the text apply it once up front); and
`detect_language(text, *, hint=None)`, which names the message's language among `LANGUAGES`
(or None); and `english_time_words(text, *, locale=None)`, the text with its time words in any
supported language said the English way, for rules written against English words; and
`english_remind_lead(text)`, a reminder request in another language with its lead said the English
way ("ricordami domani alle 9 di ..." -> "remind me domani alle 9 to ..."); and
`english_command(text, *, locale=None)`, a whole-message command in another language as the English
command ("mis tareas" -> "my tasks", "hecho la segunda" -> "done 2"), or None, and
`command_language(text, *, locale=None)`, the language it was read in; and
`card_said(text, *, locale=None)`, what a message says to a waiting card, clause by clause, in
those commands (`card_clause` reads one clause); and for forwarded
chats `own_words(text, *, forwarded)` (what the sender wrote themselves), `plain_asks(text, ...)`
and `as_forwarders(drafts, text, ...)` (an outsider's requests as the forwarder's to-dos),
`mail_todos(text, ...)` (a prose mail's several requests, one to-do each); and
`says_own_need(text)` (the sender says the task is theirs: "I need to ..."), `fold(text)`
(lower case without accents, for matching names as people type them) and
`search_when(text, *, now, tz)` (every time expression in a longer text, in order, with its
span); and `leftover(title, *, text, ...)`, what a task title names once the words that only
talk to a waiting card are cut ("Da tamam", "Coloca", "Turbot one: remind me" name nothing);
and `asks_for(text)` (a word of any language asks someone to act: "kannst du", "misin"), and
`points_only(title)` ("Give it back to him" names no task), `put_in_title(title)` ("Put the
tasting in" -> "Tasting") and `tidy_lines(text, *, names)` ("sam - ..." lines as "sam: ...");
and `read_insight(text)`, an insight question ("how am I doing this week?", "stats", "who has
the most open tasks?") as an `InsightAsk` (measure, subject, name, chart), or None; and
`read_admin(text)`, a request about a group's admins ("make Sam an admin", "who are the
admins?") as an `AdminAsk` (action, name), or None; and `names_alone(text)`, the spellings of
the one name a message is ("Прие", "Priya'ya", "für Sam"), or an empty tuple; and `asked_who(text)`
(the job a question asks the room who does) with `taken_on(answer, job)` (the task an answer
takes on, said as its writer would: "I'll book the staff xmas party by the 12th"); and
`both_said(text)` ("both done", "dono ho gaye"), `all_said(text)` ("all 3 done 🙌 ..." as how
many and the rest), `numbered_first(text)` ("done 1 — ..." as the
command and the rest), `noted(text)` (what "..., put that in" asks to put in) and
`visit_draft(text, *, now, tz)` (a visit said as news, as a task with its time); and
`discard_said(text)`, the waiting card a message throws away ("scrap that last card") and the
rest it says, as a `Discard`; `thing_words(text)`, the words that name what a text is about,
said the English way where known ("wien" -> "vienna"), to match titles across languages, and
`VAGUE_THINGS`, words of done news in any language that name no particular thing ("thing", "тема"),
with `THING_LINKS`, the words that tie a thing to what it is for ("for", "для", "para").
`list_asked(text)` reads a list asked for in chat words ("a ver, dame mi lista").
`done_after_question(text)` is the done news after a short complaint ("loh kok dibalikin? cek
stok sayur udah selesai" -> "cek stok sayur udah selesai"), or None.
`cyrillic_russian(text)` puts Russian typed in Latin letters in Cyrillic ("gotovo": "готово").
`sent_to_writer(title, *, writer, own)` says "Mandame el presupuesto" from the owner's side.
Code outside `nlp/` imports from here only.
"""

from flowhub.nlp._about_bot import asks_about_bot
from flowhub.nlp._admins import AdminAsk, read_admin
from flowhub.nlp._card_not_task import names_card, points_only, put_in_title
from flowhub.nlp._card_said import CardSaid, card_clause, card_said
from flowhub.nlp._commands import command_language, english_command
from flowhub.nlp._day_mood import is_day_mood, leads_with_mood
from flowhub.nlp._daytime import afternoon, pm_words
from flowhub.nlp._discard_said import Discard, discard_said
from flowhub.nlp._done_after_question import done_after_question
from flowhub.nlp._done_many import all_said, both_said, noted, numbered_first, visit_draft
from flowhub.nlp._forward_mail import mail_todos
from flowhub.nlp._forward_todos import as_forwarders, plain_asks
from flowhub.nlp._forwarded import own_words
from flowhub.nlp._insights import InsightAsk, read_insight
from flowhub.nlp._leftover import Leftover, leftover
from flowhub.nlp._lexicon import VERBS
from flowhub.nlp._list_asked import ListAsk, list_asked
from flowhub.nlp._name_alone import names_alone
from flowhub.nlp._named_first import named_first
from flowhub.nlp._remark import remark_title
from flowhub.nlp._remind_lead import english_remind_lead
from flowhub.nlp._request_said import asks_for
from flowhub.nlp._ru_latin import cyrillic_russian
from flowhub.nlp._sent_to_me import sent_to_writer
from flowhub.nlp._task_asked import asked_of, own_need
from flowhub.nlp._task_fields import verb_base
from flowhub.nlp._task_named import says_own_need
from flowhub.nlp._task_text_lines import tidy_lines
from flowhub.nlp._thing_words import thing_words
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp._titles_given import without_titles
from flowhub.nlp._typos import fix_typos
from flowhub.nlp._volunteer import asked_who, taken_on
from flowhub.nlp.detect import LANGUAGES, detect_language
from flowhub.nlp.intents import classify_intent
from flowhub.nlp.lang._day_leads import DAY_LEADS
from flowhub.nlp.lang._pointing import POINTING
from flowhub.nlp.lang._vague_things import THING_LINKS, VAGUE_THINGS
from flowhub.nlp.lang._will_do import agreeing_words
from flowhub.nlp.recurrence import next_after_completion, next_occurrences, resolve_local
from flowhub.nlp.tasks import extract_tasks
from flowhub.nlp.types import INTENTS, PRIORITIES, TaskDraft, When
from flowhub.nlp.warm import warm_up, warm_up_in_background
from flowhub.nlp.when import english_time_words, parse_when, search_when

__all__ = [
    "DAY_LEADS",
    "INTENTS",
    "LANGUAGES",
    "POINTING",
    "PRIORITIES",
    "THING_LINKS",
    "VAGUE_THINGS",
    "VERBS",
    "AdminAsk",
    "CardSaid",
    "Discard",
    "InsightAsk",
    "Leftover",
    "ListAsk",
    "TaskDraft",
    "When",
    "afternoon",
    "agreeing_words",
    "all_said",
    "as_forwarders",
    "asked_of",
    "asked_who",
    "asks_about_bot",
    "asks_for",
    "both_said",
    "card_clause",
    "card_said",
    "classify_intent",
    "command_language",
    "cyrillic_russian",
    "detect_language",
    "discard_said",
    "done_after_question",
    "english_command",
    "english_remind_lead",
    "english_time_words",
    "extract_tasks",
    "fix_typos",
    "fold",
    "is_day_mood",
    "leads_with_mood",
    "leftover",
    "list_asked",
    "mail_todos",
    "named_first",
    "names_alone",
    "names_card",
    "next_after_completion",
    "next_occurrences",
    "noted",
    "numbered_first",
    "own_need",
    "own_words",
    "parse_when",
    "plain_asks",
    "pm_words",
    "points_only",
    "put_in_title",
    "read_admin",
    "read_insight",
    "remark_title",
    "resolve_local",
    "says_own_need",
    "search_when",
    "sent_to_writer",
    "taken_on",
    "thing_words",
    "tidy_lines",
    "verb_base",
    "visit_draft",
    "warm_up",
    "warm_up_in_background",
    "without_titles",
]
