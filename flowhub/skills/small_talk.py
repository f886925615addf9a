"""Chat between people: greetings, thanks, acknowledgements, laughter, goodbyes, remarks."""

from __future__ import annotations

import re

# Chat between people: greetings, thanks, acknowledgements, laughter, goodbyes, remarks.
_SMALL_TALK = re.compile(
    r"^\W*(?:(?:guys|gaes|gais|teman-?teman|teman2|temen2|semua|pessoal|gente|les\s+gars"
    r"|arkada[sş]lar|yaar|all|team)[\s,!]+)?(?:"
    r"h(?:i|ello|ey|iya|owdy)|yo|morning|good (?:morning|afternoon|evening|night)|gm|welcome|"
    r"thanks?|thank you|thx|ty|tysm|cheers|ta|much appreciated|appreciate it|"
    r"ok(?:ay)?|k|kk|sure|yes|yeah|yep|yup|no|nope|nah|fine|alright|all right|right|"
    r"got it|noted|will do|on it|done deal|sounds good|sounds great|makes sense|agreed|"
    r"same(?!\s+(?:for|with|goes|applies|here\s+for))|me too|true|exactly|indeed|of course|np|"
    r"no problem|no worries|"
    r"lol|lmao|rofl|haha\w*|hehe\w*|ha|xd|omg|wow|oh|ah|hmm+|ugh|oops|"
    r"nice|cool|great|awesome|amazing|perfect|brilliant|lovely|sweet|congrats|congratulations|"
    r"well done|good job|great job|good work|great work|happy (?:birthday|friday|monday|new year)|"
    r"bye|goodbye|see (?:you|ya|u)|cya|later|ttyl|good ?night|have a (?:good|great|nice)|"
    r"brb|omw|on my way|sorry|my bad|running (?:a bit |\d+ ?(?:min\w*)? )?late|"
    r"how (?:are|was|were|is|did)|how's|hows|what's up|sup|anyone|who's|who is|"
    r"i'm (?:off|out|back|here|late|sick)|back now|be right back|"
    r"(?:i'm |i am )?(?:off sick|off today|off tomorrow|out of (?:the )?office|ooo|wfh|"
    r"working from home|on leave|on holiday|on vacation|at the (?:dentist|doctor)|just landed)|"
    r"fyi|heads up|btw|"
    # Apologies and "just woke up" to the team in other languages: "guys maaf ya aku baru bangun"
    r"maaf|sori|mohon maaf|baru bangun|aku baru bangun|otw|desculpa|desculpem|foi mal|"
    r"d[ée]sol[ée]e?s?|[öo]z[üu]r dilerim|kusura bakma\w*|maaf kijiye|sorry yaar"
    r")\b",
    re.I,
)
# Only emoji, punctuation and spaces.
_NO_WORDS = re.compile(r"^[\W_]*$")
# Words that make a message a request even without a name or a date.
REQUEST = re.compile(
    r"\b(?:please|pls|plz|can you|could you|would you|will you|can someone|could someone|"
    r"can somebody|someone needs? to|need(?:s)? to|have to|has to|must|don't forget|do not forget|"
    r"remember to|make sure|todo|to-do|action item|task:|"
    # The same in other languages: "tolong", "jangan lupa", "por favor", "lütfen", "yaad rakhna"
    r"tolong|tlg|jangan lupa|harus|hrs|por favor|n[ãa]o esque[çc]a|preciso|tenho que|"
    r"s'il te pla[iî]t|stp|svp|n'oublie pas|il faut|l[üu]tfen|unutma|yaad rakhna|bana do|kar do)\b",
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


# Small talk aimed at the bot itself: "how's your day going?", "you doing ok?", "how are you".
_TO_THE_BOT = re.compile(
    r"^\W*(?:(?:hey|hi|hello|so|and|oh|ok(?:ay)?)[\s,!.]+)?(?:"
    r"how(?:'s|\s+is|\s+was|s)\s+(?:your|ur|yer)\s+(?:day|morning|afternoon|evening|night|week"
    r"|weekend|shift|life)(?:\s+(?:going|been|treating\s+(?:you|u)|so\s+far|today|looking))*"
    r"|how\s+(?:are|r|were)\s+(?:you|u|ya)(?:\s+(?:doing|holding\s+up|getting\s+on|keeping"
    r"|feeling|today|tonight|lately|these\s+days|going))*"
    r"|how(?:'s|\s+is|s)\s+(?:it|everything|life|things|tricks)(?:\s+(?:going|with\s+(?:you|u)"
    r"|on\s+your\s+end))*"
    r"|how\s+(?:have|you|ya)\s+(?:you\s+)?been|what(?:'s|\s+is|s)\s+new(?:\s+with\s+(?:you|u))?"
    r"|(?:are\s+|r\s+)?(?:you|u|ya)\s+(?:doing\s+|feeling\s+|holding\s+up\s+)?(?:ok(?:ay)?|alright"
    r"|all\s+right|good|well|fine|busy|tired|there|awake|alive|happy|real|a\s+robot|a\s+bot"
    r"|human)(?:\s+(?:today|tonight|there|mate|buddy|lately|these\s+days))*"
    r"|(?:you|u)\s+having\s+a\s+good\s+(?:day|one|week)"
    r"|hope\s+(?:you(?:'re|\s+are)|ur|you\s+r)\s+(?:well|ok(?:ay)?|good|doing\s+(?:well|ok|good))"
    r"|(?:hope\s+)?(?:you(?:'re|\s+are)\s+)?having\s+a\s+(?:good|nice|great)\s+(?:day|one|week)"
    r")[\s?!.,~:)(😊🙂😄😀☕👋]*$",
    re.I,
)
# Asking the bot for an opinion or advice: "do you think I should ...", "what do you reckon
# about ...", "any thoughts on ...", "should I ...?".
_OPINION = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok(?:ay)?|and|but|also|quick\s+question|honest\s+question)[\s,:!.-]+)?"
    r"(?:(?:do|d'?|would|wd|did)\s*(?:you|u|ya)\s+(?:really\s+|honestly\s+)?(?:think|reckon"
    r"|recommend|suggest|advise|say|believe|prefer|like)"
    r"|what\s+(?:do|would|did|d)\s+(?:you|u|ya)\s+(?:think|reckon|say|suggest|recommend|advise"
    r"|make\s+of|do)"
    r"|what(?:'s|\s+is|s|\s+are)\s+your\s+(?:opinion|take|view|views|advice|verdict|thoughts"
    r"|two\s+cents|gut\s+feeling|honest\s+opinion)"
    r"|(?:any|got\s+any|have\s+you\s+got\s+any)\s+(?:thoughts|opinions?|advice|ideas?|tips"
    r"|suggestions?)\s+(?:on|about|re|regarding|for)"
    r"|(?:your|ur)\s+(?:thoughts|opinion|take|advice)\s+(?:on|about)"
    r"|is\s+it\s+(?:a\s+good\s+idea|worth\s+it|worth|smart|wise|better|too\s+(?:early|late|much))"
    r"|would\s+it\s+be\s+(?:better|smarter|wise|a\s+good\s+idea|worth)"
    r"|which\s+(?:one\s+)?(?:should|would)\s+(?:i|we|you)\s+(?:pick|choose|go\s+(?:for|with))"
    r"|(?:should|shall)\s+(?:i|we)\b(?=[^?]*\?[\s?!.🤔]*$)"
    r")\b",
    re.I,
)
# An opinion question that still asks for bot work: "do you think you could remind me ...".
_STILL_WORK = re.compile(
    r"\b(?:you|u)\s+(?:could|can|would\s+be\s+able|might\s+be\s+able)\b|\bremind|\b(?:due|overdue"
    r"|my\s+tasks|my\s+list|to-?do\s+list|reminders?|the\s+card|this\s+card|that\s+card)\b",
    re.I,
)


def chat_with_bot(text: str) -> str | None:
    """Whether a message chats with the bot itself: "small_talk", "opinion", or None.

    "how's your day going?" is small talk; "do you think I should raise my prices?" asks for an
    opinion. Either one riding along with a request ("..., can you remind me") is neither.
    """
    stripped = text.strip()
    if _TO_THE_BOT.match(stripped):
        return "small_talk"
    if _OPINION.match(stripped) and not _STILL_WORK.search(stripped):
        return None if _ASKS_BOT.search(stripped) else "opinion"
    return None


# A request to the bot inside an opinion question: "..., please add it", "can you note that".
_ASKS_BOT = re.compile(
    r"\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|will\s+(?:you|u)|don'?t\s+forget"
    r"|remember\s+to|make\s+sure|note\s+(?:it|that|this)|add\s+(?:it|that|this)|todo|to-do"
    r"|task:)",
    re.I,
)
