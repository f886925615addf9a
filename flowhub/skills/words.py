"""Everything the skills say, in one place."""

from flowhub.i18n import Plural, Text, localized

SAVED = Text("✅ Saved.")
DISCARDED = Text("🗑 Discarded: {title}")
EDITED_BELOW = Text("✏️ Edited (new card below): {title}")
NO_TASK_FOUND = Text(
    "I couldn't find a task in that. Try something like “send the Q4 deck to Sam by friday "
    "5pm”, or ask “what's due today?”. Type “help” for more."
)
TRUNCATED = Text(
    "That message is too long ({size}): I read only the first {read} and left the rest out. "
    "Send the rest separately if it holds tasks."
)
TOO_MANY_TASKS = Text(
    "I found {found} tasks; here are the first {shown}. To see the other {more}, send the text "
    "again from “{next}” on."
)
ALREADY_CONFIRMED = Text("Already saved: {title} ✓")
ALREADY_DISCARDED = Text("That one was discarded: {title}. Send it again if you want it back.")
EDIT_PROMPT = Text(
    "What should change in “{title}”? For example: “due friday 5pm”, “assign to Sam”, "
    "“title: send the Q4 deck”, “priority high”, or “no date”. Say “cancel” to stop editing."
)
EDIT_CANCELLED = Text("OK, editing stopped. The card is still waiting for Confirm or Discard.")
EDIT_NOT_UNDERSTOOD = Text(
    "I couldn't read “{text}” as a change. Try “due friday 5pm”, “assign to Sam”, "
    "“title: …”, “priority high”, or “cancel”."
)
EDIT_PARTLY = Text("I left these parts alone because I couldn't read them: {text}")
ASSIGNEE_UNKNOWN = Text(
    "I don't know {name} yet, so the task stays assigned to “{name}” by name. It will reach "
    "them as soon as they message me."
)
ASSIGNEE_UNKNOWN_GROUP = Text(
    "I don't know {name} yet, so the task waits under “{name}” (ask “what did I give {name}?” "
    "to see it). It goes to them if their first message to me is in this chat."
)
ASSIGNEE_UNKNOWN_PRIVATE = Text(
    "I don't know {name} yet, so the task stays yours, waiting under “{name}” (ask “what did I "
    "give {name}?” to see it). Anyone can call themselves {name} when they message me, so I "
    "won't hand it over on my own: once they have messaged me, ask me again to give it to them."
)
ASSIGNEE_AMBIGUOUS = Text(
    "Several people here are called {name}; the task stays assigned by name. Edit it with "
    "their full name to send it to them."
)
ASSIGNED_TO_YOU = Text("📥 {who} gave you a task: {title}{due}")
YOU_ACCEPTED = Text("👍 You accepted: {title}")
YOU_DECLINED = Text("👎 You declined: {title}")
THEY_ACCEPTED = Text("👍 {who} accepted: {title}")
THEY_DECLINED = Text("👎 {who} declined: {title}. It's back with you.")
ALREADY_ANSWERED = {
    "accepted": Text("You already accepted “{title}”."),
    "declined": Text("You already declined “{title}”."),
}
NOT_YOURS = Text("That one isn't yours to change.")
NOTHING_FOUND = Text("{title}: nothing. 🎉")
LIST_HINT = Text("\nSay “done 1” to tick one off.")
WHICH_TASK = Text("Which task? Say “{verb} 2” for the second in the last list, or name it.")
NO_SUCH_NUMBER = Text("There's no number {numbers} in the last list (it has {count}).")
NO_MATCH = Text("I couldn't find an open task matching “{text}”. Ask “my tasks” to see the list.")
WHICH_ONE = Text("Several tasks match; which one should be {verb}?")
CHANGED = Text("{status}: {title}")
ALREADY_STATUS = Text("Already {status}: {title}")
DONE_RECURRING = Text("✅ Done for now: {title}. Next one: {next}.")
UNDO_HINT = Text("\n(Say “undo” to revert.)")
UNDONE = Text("↩️ Back to {status}: {title}")
NOTHING_TO_UNDO = Text("There's nothing to undo.")
UNKNOWN_ZONE = Text(
    "I don't know the timezone “{value}”. Try a city (“I'm in Berlin”) or a zone name like "
    "Europe/Berlin."
)
ZONE_SET = Text("🌍 Timezone set to {zone}. It's {time} there now.")
DIGEST_OFF = Text("🔕 Daily digest turned off. Say “digest 8am” to turn it back on.")
DIGEST_AT = Text("📬 Daily digest at {time} ({zone}).")
DIGEST_BAD = Text("I couldn't read “{value}” as a time. Try “digest 7:30am” or “digest off”.")
UNKNOWN_LANGUAGE = Text(
    "I don't speak “{value}” yet. I speak English, Spanish, Portuguese, French, German, Italian, "
    "Dutch, Indonesian, Hindi, Turkish, Russian and Arabic: say e.g. “language pt”."
)
LANGUAGE_SET = Text("🗣 OK, I'll answer you in {language} from now on.")
SETTINGS = Text(
    "⚙️ Timezone: {zone}\nDaily digest: {digest}\nLanguage: {lang}\nTask reminders: {lead}"
)
LEAD_SET = Text(
    "⏰ Task reminders now come {lead} before a task is due (or at the due time when that is "
    "already too close). Reminders set before keep their time."
)
LEAD_ZERO = Text(
    "⏰ Task reminders now come at the due time. Reminders set before keep their time."
)
LEAD_AT_DUE = Text("at the due time")
LEAD_BEFORE = Text("{lead} before the due time")
DIGEST_OFF_SETTING = Text("off")
LEAD_BAD = Text(
    "I couldn't read “{value}” as a lead time. Try “remind me 30 minutes before”, “reminders 1 "
    "hour before tasks are due” (at most 7 days), or “remind me at due time”."
)
HELP = Text(
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
GREETING = Text("Hi {name}! 👋 Tell me what needs doing, or ask “what's due today?”.")
THANKS = Text("You're welcome! 🙌")
NO_WORDS = Text("🙂 I read words best. Tell me a task, or type “help” to see what I can do.")
NOT_UNDERSTOOD = Text(
    "I'm not sure what to do with that. I can capture tasks (“book the venue for next week”), "
    "answer “what's due today?”, and tick things off (“done 1”). Type “help” for more."
)
UNSUPPORTED = Text(
    "I can't read that kind of message yet; I read text, captions and button taps. Your "
    "message is saved, so nothing is lost. Type what you need and I'll take it from there."
)
MEDIA_NOTED = Text("📎 I noted your {media}. Add a caption or type the task and I'll capture it.")
# What MEDIA_NOTED calls each kind of message the connectors name in `raw["media"]`.
MEDIA_NAMES = {
    "file": Text("file"),
    "image": Text("image"),
    "photo": Text("photo"),
    "video": Text("video"),
    "animation": Text("animation"),
    "document": Text("document"),
    "audio": Text("audio"),
    "voice": Text("voice"),
    "video_note": Text("video_note"),
    "sticker": Text("sticker"),
    "location": Text("location"),
    "venue": Text("venue"),
    "contact": Text("contact"),
    "contact card": Text("contact card"),
    "poll": Text("poll"),
    "dice": Text("dice"),
}
OOPS = Text(
    "Sorry, something went wrong on my side (ref {ref}). Your message is saved; please try "
    "again in a moment."
)
EMPTY = Text("That message looks empty. Type a task or “help”.")
NO_PENDING = Text("There's nothing waiting for confirmation.")
UNKNOWN_BUTTON = Text("That button has expired. Send your message again and I'll read it afresh.")
REMIND_WHAT = Text(
    "What should I remind you about? Try “remind me tomorrow at 9 to call the dentist”."
)
REMIND_WHEN = Text(
    "When should I remind you to “{title}”? Say it with a time, e.g. “remind me friday 4pm to "
    "{title}”."
)
REMIND_PAST = Text("{when} has already passed; give me a time in the future.")
REMIND_UNKNOWN_PERSON = Text(
    "I don't know {name} yet (or several people have that name), so I can't remind them. They "
    "need to message me once first."
)
REMIND_BAD_TIME = Text("I couldn't read “{text}” as a time. Try “in 2 hours”, “4pm” or “tomorrow”.")
REMINDER_SET = Text("⏰ I'll remind {whom} {when}: {text}")
REMINDERS_TITLE = Text("Your reminders:")
REMINDERS_HINT = Text("\nSay “cancel {n}” or “move {n} to friday 4pm”.")
NO_REMINDERS = Text("You have no reminders. Try “remind me tomorrow at 9 to call the dentist”.")
NO_SUCH_REMINDER = Text("There's no reminder number {n}; say “my reminders” to see the list.")
REMINDER_CANCELLED = Text("✖️ Reminder cancelled: {text}")
REMINDER_MOVED = Text("⏰ Moved: {text} → {when}")
# The requester hears what the person they gave a task to did with it, when they weren't there.
REQUESTER_DONE = Text("✔️ {who} finished “{title}”.")
REQUESTER_MOVED = Text("📅 {who} moved “{title}” to {when}.")
REMINDER_ALREADY = Text("That reminder is already {status}: {text}")
# A reminder's status as REMINDER_ALREADY says it.
REMINDER_STATUS = {
    "cancelled": Text("cancelled"),
    "done": Text("done"),
    "fired": Text("sent"),
    "skipped": Text("skipped"),
    "snoozed": Text("snoozed"),
    "active": Text("active"),
}
REMINDER_DONE = Text("✔️ Done: {text}")
REMINDER_SKIPPED = Text("⏭ Skipped {skipped} of “{text}”; next one {next}.")
REMINDER_SKIPPED_NOW = Text("⏭ Skipped “{text}”; counting from now, the next one is {next}.")
REMINDER_DONE_NEXT = Text("✔️ Done: {text}. Next one: {next}.")
REMINDER_DONE_ALREADY = Text("Already done: {text}. Next one: {next}.")
REMINDER_WAITS = Text("waiting for ✔️ Done")
REMINDER_SERIES_OVER = Text("That was the last one of “{text}”.")
REMINDER_STOPPED = Text("⏹ Stopped: {text}. No more reminders for it.")
REMINDER_FIRED = Text("⏰ Reminder: {text}")
REMINDER_LATE = Text("\n(late: this was due {when}; I was offline then)")
SNOOZED = Text("😴 Snoozed “{text}” until {when}.")
NOTHING_TO_SNOOZE = Text("There's no reminder to snooze here.")
DIGEST_HEAD = Text("☀️ Good morning {name}! Your {day}:")
DIGEST_TODAY = Text("📅 Due today")
DIGEST_OVERDUE = Text("⚠️ Overdue")
DIGEST_GIVEN = Text("📤 Waiting on others")
UNDELIVERED = Plural(
    "⚠️ I couldn't deliver {count} earlier message here:\n{lines}",
    "⚠️ I couldn't deliver {count} earlier messages here:\n{lines}",
)
REVIEW_HEAD_GROUP = Text("🗓 Weekly review for this group:")
REVIEW_HEAD_YOU = Text("🗓 Weekly review for you:")
REVIEW_DONE = Text("Done since Monday: {n}")
REVIEW_OPEN = Text("Still open: {n}")
REVIEW_OVERDUE = Text("Overdue with {who}: {n}")
REVIEW_OVERDUE_UNASSIGNED = Text("Overdue with unassigned: {n}")
EMPTY_LIST_NUMBER = Text(
    "The last list I showed you was empty, so there's no {numbers} in it. "
    "Say the task's name (“done invoices”) or ask “my tasks” first."
)
# Whose clock a time on a shared card reads in, when the group spans zones.
ZONE_PERSON = Text("{name}'s time")
ZONE_CITY = Text("{city} time")
ZONE_BOTH = Text("{when} {label} ({yours} yours)")
ZONE_THEIRS = Text("{when} your time, {theirs} {label}")

DUE_SUFFIX = Text(" (due {when})")
YOU = Text("you")
PRIORITY_NAMES = {
    "urgent": Text("urgent"),
    "high": Text("high"),
    "normal": Text("normal"),
    "low": Text("low"),
}

# Button labels (WhatsApp shows at most 20 characters).
ACCEPT_LABEL = Text("👍 Accept")
DECLINE_LABEL = Text("👎 Decline")
CONFIRM_LABEL = Text("✅ Confirm")
EDIT_LABEL = Text("✏️ Edit")
DISCARD_LABEL = Text("🗑 Discard")
MARK_DONE_LABEL = Text("✔️ Mark done")
CANCEL_REMINDER_LABEL = Text("✖️ Cancel reminder")
DONE_LABEL = Text("✔️ Done")
SKIP_LABEL = Text("⏭ Skip")
STOP_LABEL = Text("⏹ Stop")


def reminder_status(status: str) -> str:
    """A reminder's status in the current language ("cancelled", "cancelado")."""
    said = REMINDER_STATUS.get(status)
    return localized(said) if said is not None else status
