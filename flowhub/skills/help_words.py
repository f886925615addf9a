"""What help says about one thing, the short answers to chat that asks for nothing, and the
notes about a reminder asked for with a task."""

import re

from flowhub.i18n import Text

# Focused answers to "how do I ...?": one line, one example.
HOW_REPEAT = Text(
    "Say the repeat with the task or reminder: “remind me every monday at 9am to send the "
    "report” or “pay rent on the 1st of every month”. “every! 3 days” counts from when you "
    "finish."
)
HOW_REMIND = Text(
    "Say when: “remind me tomorrow at 9 to call the bank”. To hear about every task before it's "
    "due, say “remind me 30 minutes before”."
)
HOW_ASSIGN = Text(
    "Name the person in the task: “ask {who} to send the deck by friday”. To change a card or "
    "task later, reply to it with “assign to {who}”."
)
HOW_CONNECT = Text(
    "Say “connect {tool}” in a private chat with me and I'll ask for what I need. “my tools” "
    "lists what's connected."
)
HOW_DONE = Text(
    "After “my tasks”, say “done 2”, or name it: “done with the dentist”. “undo” takes it back."
)
HOW_DELETE = Text("After “my tasks”, say “delete 3”; “undo” brings it back.")
HOW_EDIT = Text(
    "Name the task and the change: “move the dentist to friday 4pm”, or reply to a card with "
    "“priority high” or “title: Book the dentist”."
)
HOW_LIST = Text("Ask “my tasks”, “what's due today?”, “this week” or “overdue”.")
HOW_ZONE = Text("Tell me where you are: “I'm in Tokyo”. Times are then read in that zone.")
HOW_DIGEST = Text("Say “digest 7:30am” for a daily summary at that time, or “mute the digest”.")
HOW_CAPTURE = Text(
    "Type what needs doing, or forward me a message: “book the venue for next friday”. I show "
    "a card; confirm it and it's saved."
)

# Chat that asks for nothing.
NOTED = Text("Noted — that's not a task, so I didn't save it.")
ONLY_TASKS = Text(
    "I only know the tasks and reminders you've told me about, so I can't say. Tell me if "
    "there's something to do about it."
)
ONLY_TASKS_MATCH = Text(
    "I only know the tasks and reminders you've told me about. The closest I have is "
    "“{title}”{when}; ask “my tasks” to see them all."
)
LAUGH = Text("😄")
# Small talk aimed at the bot, and a question asking its opinion.
CHAT_BACK = Text(
    "All good here, thanks for asking! 😊 I'm here to keep track of your tasks and reminders: "
    "tell me what needs doing, or ask “what's due today?”."
)
OPINION = Text(
    "That one's your call, I'm afraid: I'm better at remembering than advising. 🙂 If it turns "
    "into something to do, tell me and I'll keep track of it."
)
ACK = Text("👍")

# A reminder asked for with the task ("..., remind me the day before").
BEFORE_ON_CONFIRM = Text("⏰ Once you confirm, I'll also remind you before it, as you asked.")
BEFORE_SET = Text("⏰ I'll remind you {when}, before “{title}”.")
# Thanks with praise and nothing else: "thx you're a lifesaver", "you're the best, cheers".

PRAISE = re.compile(
    # "np! and thanks, ur actually useful lol": a no-problem to a teammate may lead it.
    r"^(?:(?:np|no\s+(?:problem|worries)|haha\w*|lol)[\s,!.:;~-]+)*"
    r"(?:(?:and\s+|also\s+|honestly\s+|seriously\s+)?(?:thanks?(?:\s+(?:so|very)\s+much|\s+a\s+(?:lot|bunch|ton)|\s+heaps)?|thank\s+(?:you|u)"
    r"(?:\s+(?:so|very)\s+much)?|thx|tx|ty|tysm|cheers|ta|much\s+appreciated|appreciate\s+(?:it|you)"
    r"|(?:you'?re|you\s+are|ur|u\s+r)\s+(?:(?:such|so)\s+)?(?:a|an|the|my)?\s*(?:real\s+|total\s+"
    r"|absolute\s+)?(?:life\s*saver|star|best|legend|hero|gem|champ|rock\s*star|angel|genius"
    r"|amazing|awesome|brilliant|great|wonderful|the\s+best)|you\s+rock|(?:a\s+)?life\s*saver"
    r"|legend|lovely|amazing|awesome|brilliant|great|perfect|nice|so\s+helpful|very\s+helpful"
    r"|that\s+(?:helps|helped)(?:\s+a\s+lot)?"
    r"|(?:good|great|nice|best|clever|smart)\s+(?:bot|boy|girl)|(?:good|great|nice)\s+(?:job|work|one)"
    r"|well\s+done|(?:and\s+)?(?:you|u)\s+too|same\s+to\s+(?:you|u)|love\s+(?:it|you|u|this|that)"
    r"|bless\s+(?:you|u)"
    r"|(?:you'?re|you\s+are|ur|u\s+r)\s+(?:(?:actually|really|so|pretty|super|very|quite|kinda"
    r"|legit|genuinely)\s+)*(?:useful|helpful|handy|good\s+at\s+this|a\s+keeper)"
    r")(?:\s+(?:lol+|haha\w*|tbh|fr|honestly|ngl|🙏|😂))*[\s,!.:;~-]*)+$",
    re.I,
)
# Asking the bot to help keep track, after an introduction: "I run a bakery, can you help me ...".
ASK_HELP = re.compile(
    r"^(?:(?:so|and|but)\s+)?(?:(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?)?(?:help\s+me"
    r"|i\s+(?:need|want|could\s+use|'d\s+like|would\s+like)\s+(?:some\s+)?help)\s+(?:to\s+|with\s+)?"
    r"(?:keep(?:ing)?\s+(?:track|on\s+top)|stay(?:ing)?\s+(?:on\s+top|organi[sz]ed)|get(?:ting)?\s+"
    r"organi[sz]ed|organi[sz](?:e|ing)|remember(?:ing)?|manag(?:e|ing)|track(?:ing)?)(?:\s+(?:of|with"
    r"|on))?(?:\s+(?:my|our|the|all|of|everything|things|stuff|tasks|work|to-?dos|orders|business"
    r"|shop|life|schedule|day|things?|i\s+have\s+to\s+do|i\s+need\s+to\s+do))*$",
    re.I,
)
# "could you give me an overview of next week?", "can I get a rundown of tomorrow?"
OVERVIEW = re.compile(
    r"^(?:(?:hey|hi|so|ok(?:ay)?)[\s,]+)?(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?"
    r"(?:give|show|send|get)\s+me|(?:can|could|may)\s+i\s+(?:get|have|see)|(?:give|show|send)\s+me"
    r"|i'?d\s+like|i\s+(?:want|need))\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:quick\s+|short\s+|brief\s+)?"
    r"(?:overview|rundown|run-down|summary|recap|preview|breakdown)\s+(?:of|for|on)\s+(?:my\s+)?"
    r"(?P<when>.+?)(?:\s+(?:please|pls|plz))?$",
    re.I,
)
STATUS_FOR = "what's due {when}?"
