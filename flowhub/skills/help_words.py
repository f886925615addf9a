"""What help says about one thing, the short answers to chat that asks for nothing, and the
notes about a reminder asked for with a task."""

# Focused answers to "how do I ...?": one line, one example.
HOW_REPEAT = (
    "Say the repeat with the task or reminder: “remind me every monday at 9am to send the "
    "report” or “pay rent on the 1st of every month”. “every! 3 days” counts from when you "
    "finish."
)
HOW_REMIND = (
    "Say when: “remind me tomorrow at 9 to call the bank”. To hear about every task before it's "
    "due, say “remind me 30 minutes before”."
)
HOW_ASSIGN = (
    "Name the person in the task: “ask {who} to send the deck by friday”. To change a card or "
    "task later, reply to it with “assign to {who}”."
)
HOW_CONNECT = (
    "Say “connect {tool}” in a private chat with me and I'll ask for what I need. “my tools” "
    "lists what's connected."
)
HOW_DONE = (
    "After “my tasks”, say “done 2”, or name it: “done with the dentist”. “undo” takes it back."
)
HOW_DELETE = "After “my tasks”, say “delete 3”; “undo” brings it back."
HOW_EDIT = (
    "Name the task and the change: “move the dentist to friday 4pm”, or reply to a card with "
    "“priority high” or “title: Book the dentist”."
)
HOW_LIST = "Ask “my tasks”, “what's due today?”, “this week” or “overdue”."
HOW_ZONE = "Tell me where you are: “I'm in Tokyo”. Times are then read in that zone."
HOW_DIGEST = "Say “digest 7:30am” for a daily summary at that time, or “mute the digest”."
HOW_CAPTURE = (
    "Type what needs doing, or forward me a message: “book the venue for next friday”. I show "
    "a card; confirm it and it's saved."
)

# Chat that asks for nothing.
NOTED = "Noted — that's not a task, so I didn't save it."
ONLY_TASKS = (
    "I only know the tasks and reminders you've told me about, so I can't say. Tell me if "
    "there's something to do about it."
)
ONLY_TASKS_MATCH = (
    "I only know the tasks and reminders you've told me about. The closest I have is "
    "“{title}”{when}; ask “my tasks” to see them all."
)
LAUGH = "😄"
ACK = "👍"

# A reminder asked for with the task ("..., remind me the day before").
BEFORE_ON_CONFIRM = "⏰ Once you confirm, I'll also remind you before it, as you asked."
BEFORE_SET = "⏰ I'll remind you {when}, before “{title}”."
