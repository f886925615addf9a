"""Everything the skills say, in one place."""

SAVED = "✅ Saved."
DISCARDED = "🗑 Discarded: {title}"
EDITED_BELOW = "✏️ Edited (new card below): {title}"
NO_TASK_FOUND = (
    "I couldn't find a task in that. Try something like “send the Q4 deck to Sam by friday "
    "5pm”, or ask “what's due today?”. Type “help” for more."
)
TRUNCATED = (
    "That message is too long ({size}): I read only the first {read} and left the rest out. "
    "Send the rest separately if it holds tasks."
)
TOO_MANY_TASKS = (
    "I found {found} tasks; here are the first {shown}. To see the other {more}, send the text "
    "again from “{next}” on."
)
ALREADY_CONFIRMED = "Already saved: {title} ✓"
ALREADY_DISCARDED = "That one was discarded: {title}. Send it again if you want it back."
EDIT_PROMPT = (
    "What should change in “{title}”? For example: “due friday 5pm”, “assign to Sam”, "
    "“title: send the Q4 deck”, “priority high”, or “no date”. Say “cancel” to stop editing."
)
EDIT_CANCELLED = "OK, editing stopped. The card is still waiting for Confirm or Discard."
EDIT_NOT_UNDERSTOOD = (
    "I couldn't read “{text}” as a change. Try “due friday 5pm”, “assign to Sam”, "
    "“title: …”, “priority high”, or “cancel”."
)
EDIT_PARTLY = "I left these parts alone because I couldn't read them: {text}"
ASSIGNEE_UNKNOWN = (
    "I don't know {name} yet, so the task stays assigned to “{name}” by name. It will reach "
    "them as soon as they message me."
)
ASSIGNEE_UNKNOWN_GROUP = (
    "I don't know {name} yet, so the task waits under “{name}” (ask “what did I give {name}?” "
    "to see it). It goes to them if their first message to me is in this chat."
)
ASSIGNEE_UNKNOWN_PRIVATE = (
    "I don't know {name} yet, so the task stays yours, waiting under “{name}” (ask “what did I "
    "give {name}?” to see it). Anyone can call themselves {name} when they message me, so I "
    "won't hand it over on my own: once they have messaged me, ask me again to give it to them."
)
ASSIGNEE_AMBIGUOUS = (
    "Several people here are called {name}; the task stays assigned by name. Edit it with "
    "their full name to send it to them."
)
ASSIGNED_TO_YOU = "📥 {who} gave you a task: {title}{due}"
YOU_ACCEPTED = "👍 You accepted: {title}"
YOU_DECLINED = "👎 You declined: {title}"
THEY_ACCEPTED = "👍 {who} accepted: {title}"
THEY_DECLINED = "👎 {who} declined: {title}. It's back with you."
ALREADY_ANSWERED = "You already {answer} “{title}”."
NOT_YOURS = "That one isn't yours to change."
NOTHING_FOUND = "{title}: nothing. 🎉"
LIST_HINT = "\nSay “done 1” to tick one off."
WHICH_TASK = "Which task? Say “{verb} 2” for the second in the last list, or name it."
NO_SUCH_NUMBER = "There's no number {numbers} in the last list (it has {count})."
NO_MATCH = "I couldn't find an open task matching “{text}”. Ask “my tasks” to see the list."
WHICH_ONE = "Several tasks match; which one should be {verb}?"
CHANGED = "{status}: {title}"
ALREADY_STATUS = "Already {status}: {title}"
DONE_RECURRING = "✅ Done for now: {title}. Next one: {next}."
UNDO_HINT = "\n(Say “undo” to revert.)"
UNDONE = "↩️ Back to {status}: {title}"
NOTHING_TO_UNDO = "There's nothing to undo."
UNKNOWN_ZONE = (
    "I don't know the timezone “{value}”. Try a city (“I'm in Berlin”) or a zone name like "
    "Europe/Berlin."
)
ZONE_SET = "🌍 Timezone set to {zone}. It's {time} there now."
DIGEST_OFF = "🔕 Daily digest turned off. Say “digest 8am” to turn it back on."
DIGEST_AT = "📬 Daily digest at {time} ({zone})."
DIGEST_BAD = "I couldn't read “{value}” as a time. Try “digest 7:30am” or “digest off”."
UNKNOWN_LANGUAGE = (
    "I don't speak “{value}” yet. I read English, Spanish, Portuguese, French and German."
)
LANGUAGE_SET = (
    "🗣 Language set to {code}. I read dates and tasks in English, Spanish, Portuguese, French "
    "and German; my replies are in English for now."
)
SETTINGS = "⚙️ Timezone: {zone}\nDaily digest: {digest}\nLanguage: {lang}\nTask reminders: {lead}"
LEAD_SET = (
    "⏰ Task reminders now come {lead} before a task is due (or at the due time when that is "
    "already too close). Reminders set before keep their time."
)
LEAD_ZERO = "⏰ Task reminders now come at the due time. Reminders set before keep their time."
LEAD_BAD = (
    "I couldn't read “{value}” as a lead time. Try “remind me 30 minutes before”, “reminders 1 "
    "hour before tasks are due” (at most 7 days), or “remind me at due time”."
)
HELP = (
    "Hi {name}! Forward me a message or type what needs doing; I'll propose the tasks and you "
    "confirm them.\n"
    "• “pls send the Q4 deck to Sam by friday 5pm”\n"
    "• “every monday 9am standup notes”\n"
    "• “what's due today?” · “this week” · “overdue” · “my tasks”\n"
    "• “what did I give Sam?” · “what does Priya have?”\n"
    "• “done 2” · “done with the dentist” · “reopen 1” · “delete 3” · “undo”\n"
    "• “water the plants every! 3 days”: the next one counts from when you're done\n"
    "• “I'm in Berlin” · “digest 7:30am” · “remind me 30 minutes before” · “settings”"
)
GREETING = "Hi {name}! 👋 Tell me what needs doing, or ask “what's due today?”."
THANKS = "You're welcome! 🙌"
NO_WORDS = "🙂 I read words best. Tell me a task, or type “help” to see what I can do."
NOT_UNDERSTOOD = (
    "I'm not sure what to do with that. I can capture tasks (“book the venue for next week”), "
    "answer “what's due today?”, and tick things off (“done 1”). Type “help” for more."
)
UNSUPPORTED = (
    "I can't read that kind of message yet; I read text, captions and button taps. Your "
    "message is saved, so nothing is lost. Type what you need and I'll take it from there."
)
MEDIA_NOTED = "📎 I noted your {media}. Add a caption or type the task and I'll capture it."
OOPS = (
    "Sorry, something went wrong on my side (ref {ref}). Your message is saved; please try "
    "again in a moment."
)
EMPTY = "That message looks empty. Type a task or “help”."
NO_PENDING = "There's nothing waiting for confirmation."
UNKNOWN_BUTTON = "That button has expired. Send your message again and I'll read it afresh."
REMIND_WHAT = "What should I remind you about? Try “remind me tomorrow at 9 to call the dentist”."
REMIND_WHEN = (
    "When should I remind you to “{title}”? Say it with a time, e.g. “remind me friday 4pm to "
    "{title}”."
)
REMIND_PAST = "{when} has already passed; give me a time in the future."
REMIND_UNKNOWN_PERSON = (
    "I don't know {name} yet (or several people have that name), so I can't remind them. They "
    "need to message me once first."
)
REMIND_BAD_TIME = "I couldn't read “{text}” as a time. Try “in 2 hours”, “4pm” or “tomorrow”."
REMINDER_SET = "⏰ I'll remind {whom} {when}: {text}"
REMINDERS_TITLE = "Your reminders:"
REMINDERS_HINT = "\nSay “cancel {n}” or “move {n} to friday 4pm”."
NO_REMINDERS = "You have no reminders. Try “remind me tomorrow at 9 to call the dentist”."
NO_SUCH_REMINDER = "There's no reminder number {n}; say “my reminders” to see the list."
REMINDER_CANCELLED = "✖️ Reminder cancelled: {text}"
REMINDER_MOVED = "⏰ Moved: {text} → {when}"
REMINDER_ALREADY = "That reminder is already {status}: {text}"
REMINDER_DONE = "✔️ Done: {text}"
REMINDER_SKIPPED = "⏭ Skipped {skipped} of “{text}”; next one {next}."
REMINDER_SKIPPED_NOW = "⏭ Skipped “{text}”; counting from now, the next one is {next}."
REMINDER_DONE_NEXT = "✔️ Done: {text}. Next one: {next}."
REMINDER_DONE_ALREADY = "Already done: {text}. Next one: {next}."
REMINDER_WAITS = "waiting for ✔️ Done"
REMINDER_SERIES_OVER = "That was the last one of “{text}”."
REMINDER_STOPPED = "⏹ Stopped: {text}. No more reminders for it."
REMINDER_FIRED = "⏰ Reminder: {text}"
REMINDER_LATE = "\n(late: this was due {when}; I was offline then)"
SNOOZED = "😴 Snoozed “{text}” until {when}."
NOTHING_TO_SNOOZE = "There's no reminder to snooze here."
DIGEST_HEAD = "☀️ Good morning {name}! Your {day}:"
DIGEST_TODAY = "📅 Due today"
DIGEST_OVERDUE = "⚠️ Overdue"
DIGEST_GIVEN = "📤 Waiting on others"
UNDELIVERED = "⚠️ I couldn't deliver {count} earlier message(s) here:\n{lines}"
REVIEW_HEAD = "🗓 Weekly review for {scope}:"
REVIEW_DONE = "Done since Monday: {n}"
REVIEW_OPEN = "Still open: {n}"
REVIEW_OVERDUE = "Overdue with {who}: {n}"
EMPTY_LIST_NUMBER = (
    "The last list I showed you was empty, so there's no {numbers} in it. "
    "Say the task's name (“done invoices”) or ask “my tasks” first."
)
# Whose clock a time on a shared card reads in, when the group spans zones.
ZONE_PERSON = "{name}'s time"
ZONE_CITY = "{city} time"
ZONE_BOTH = "{when} {label} ({yours} yours)"
ZONE_THEIRS = "{when} your time, {theirs} {label}"
