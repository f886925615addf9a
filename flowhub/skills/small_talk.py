"""Chat between people: greetings, thanks, acknowledgements, laughter, goodbyes, remarks."""

from __future__ import annotations

import re

# Chat between people: greetings, thanks, acknowledgements, laughter, goodbyes, remarks.
_SMALL_TALK = re.compile(
    r"^\W*(?:"
    r"h(?:i|ello|ey|iya|owdy)|yo|morning|good (?:morning|afternoon|evening|night)|gm|welcome|"
    r"thanks?|thank you|thx|ty|tysm|cheers|ta|much appreciated|appreciate it|"
    r"ok(?:ay)?|k|kk|sure|yes|yeah|yep|yup|no|nope|nah|fine|alright|all right|right|"
    r"got it|noted|will do|on it|done deal|sounds good|sounds great|makes sense|agreed|"
    r"same|me too|true|exactly|indeed|of course|np|no problem|no worries|"
    r"lol|lmao|rofl|haha\w*|hehe\w*|ha|xd|omg|wow|oh|ah|hmm+|ugh|oops|"
    r"nice|cool|great|awesome|amazing|perfect|brilliant|lovely|sweet|congrats|congratulations|"
    r"well done|good job|great job|good work|great work|happy (?:birthday|friday|monday|new year)|"
    r"bye|goodbye|see (?:you|ya|u)|cya|later|ttyl|good ?night|have a (?:good|great|nice)|"
    r"brb|omw|on my way|sorry|my bad|running (?:a bit |\d+ ?(?:min\w*)? )?late|"
    r"how (?:are|was|were|is|did)|how's|hows|what's up|sup|anyone|who's|who is|"
    r"i'm (?:off|out|back|here|late|sick)|back now|be right back|"
    r"(?:i'm |i am )?(?:off sick|off today|off tomorrow|out of (?:the )?office|ooo|wfh|"
    r"working from home|on leave|on holiday|on vacation|at the (?:dentist|doctor)|just landed)|"
    r"fyi|heads up|btw"
    r")\b",
    re.I,
)
# Only emoji, punctuation and spaces.
_NO_WORDS = re.compile(r"^[\W_]*$")
# Words that make a message a request even without a name or a date.
REQUEST = re.compile(
    r"\b(?:please|pls|plz|can you|could you|would you|will you|can someone|could someone|"
    r"can somebody|someone needs? to|need(?:s)? to|have to|has to|must|don't forget|do not forget|"
    r"remember to|make sure|todo|to-do|action item|task:)\b",
    re.I,
)


# "fyi the wifi password changed", "heads up: ...", "just so you know ...": news, not a task.
_NOTICE = re.compile(
    r"^\W*(?:fyi|f\.y\.i\.?|for\s+your\s+info(?:rmation)?|heads[\s-]+up|just\s+so\s+(?:you|u)"
    r"\s+know|jsyk|just\s+(?:letting|to\s+let)\s+you\s+know|btw|by\s+the\s+way|note\s+that"
    r"|for\s+the\s+record|good\s+to\s+know)\b",
    re.I,
)
# "do you know if ...", "any idea whether ...", "did the meeting get moved?": asking for news.
_ASKS_NEWS = re.compile(
    r"^\W*(?:do\s+(?:you|u)\s+know|d'?you\s+know|any\s+idea|any\s+news|have\s+you\s+heard"
    r"|did\s+you\s+hear|is\s+it\s+true|did|has|have|is|was|were|does|will)\b.*\?\s*$",
    re.I,
)
# "the nightly batch ran clean", "our offers went out": a report of what happened.
_REPORT = re.compile(
    r"^\W*(?:the|our|my|your|their|this|that|it|we|they|he|she|[A-Z]\w+)\s+(?:[\w-]+\s+){0,2}"
    r"(?:ran|went|got|came|was|were|did|had|looked|seemed|passed|failed|finished|worked|moved"
    r"|closed|shipped|landed|arrived|started|ended|happened|broke|crashed|changed)\b[^?]*$",
    re.I,
)
_LAUGH = re.compile(r"^\W*(?:lol+|lmao|rofl|haha\w*|hehe\w*|ha(?:\s+ha)+|xd|😂|🤣)[\W\s]*$", re.I)


def kind_of_chat(text: str) -> str | None:
    """What a message asking for nothing is: "notice", "news_question", "laugh", "ack" or None."""
    stripped = text.strip()
    if _LAUGH.match(stripped):
        return "laugh"
    if (_NOTICE.match(stripped) or _REPORT.match(stripped)) and not REQUEST.search(stripped):
        return "notice"
    if _ASKS_NEWS.match(stripped):
        return "news_question"
    if is_small_talk(stripped):
        return "ack"
    return None


def is_small_talk(text: str) -> bool:
    """Whether a message is chat between people: greetings, thanks, "ok 👍", "lol", "bye".

    A message that opens like chat but asks for something ("sure, can you book it") is not.
    """
    stripped = text.strip()
    if _NO_WORDS.match(stripped):
        return True
    return bool(_SMALL_TALK.match(stripped)) and not REQUEST.search(stripped)


# "we should grab team lunch sometime", "let's do drinks at some point": a wish with no owner
# and no day.
_WISH = re.compile(
    r"^\W*(?:we\s+(?:should|could|gotta|must|need\s+to|have\s+to)(?:\s+(?:really|totally|def"
    r"(?:initely)?))?|let'?s|lets|would\s+be\s+(?:nice|fun|good|great)\s+to|it'?d\s+be\s+(?:nice"
    r"|fun|good|great)\s+to)\s+.*?\b(?:sometime|some\s+time|at\s+some\s+point|one\s+day|some\s*day"
    r"|one\s+of\s+these\s+days|eventually|soonish|again\s+soon)\b[\W\s]*$",
    re.I,
)


def is_vague_wish(text: str) -> bool:
    """Whether a message is a shared wish with no owner and no day ("we should ... sometime")."""
    return bool(_WISH.match(text.strip()))
