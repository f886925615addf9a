"""Words for answering several waiting cards at once, and what the bot says back.

A clause is a verb that keeps or drops cards ("save", "bin", "get rid of"), the cards it points
at ("the first two", "the rest", "both", "the plumber one") and sometimes a verb after them
("both look good", "the others can go").
"""

from __future__ import annotations

import re

from flowhub.i18n import Text

KEEP = (
    r"confirm|save|keep|approve|accept|add|take|yes\s+(?:to|for)|go\s+with|go\s+ahead\s+with"
    r"|proceed\s+with|go\s+for|hang\s+on\s+to|hold\s+on\s+to|i(?:'ll|\s+will)?"
    r"\s+(?:take|keep)|i\s+want|want|ok(?:ay)?|yes|yep|yeah|sure|lgtm|save\s+only|keep\s+only"
)
WEAK_KEEP = re.compile(
    r"add|take|want|i\s+want|go\s+with|i(?:'ll|\s+will)?\s+take|ok(?:ay)?|yes|yep|yeah|sure", re.I
)
DROP = (
    r"discard|ditch|bin|scrap|drop|toss|kill|delete|remove|get\s+rid\s+of|not|skip|no\s+to"
    r"|trash|lose|nix|chuck|cancel|forget(?:\s+about)?|throw\s+(?:away|out)|reject|dump"
    r"|don'?t\s+(?:need|want|save|keep)|no\s+need\s+for"
)
_POST_KEEP = (
    r"(?:(?:all|both)\s+)?(?:(?:look|looks|are|is|seem|seems|sound|sounds)\s+)?"
    r"(?:good|fine|great|ok|okay|right|correct|perfect|alright|good\s+to\s+go|right\s+too)"
    r"|can\s+stay|(?:are|is)\s+(?:a\s+)?keepers?|stay|(?:are|is)\s+needed"
    # "only the middle one is a real task", "just the first one matters"
    r"|(?:are|is)\s+(?:an?\s+|the\s+)?(?:real|actual|proper|genuine)(?:\s+(?:tasks?|ones?|to-?dos?))?"
    r"|matters?|counts?"
)
_NOT_TASK = (
    r"(?:(?:is|are|was|were|'s)\s+)?not\s+(?:meant\s+(?:as|to\s+be)\s+)?(?:a\s+|an\s+)?(?:real\s+|new\s+"
    r"|actual\s+)?(?:tasks?|to-?dos?)|(?:isn'?t|aren'?t|wasn'?t|weren'?t)\s+(?:meant\s+(?:as|to\s+be)\s+)?"
    r"(?:a\s+|an\s+)?(?:real\s+|new\s+|actual\s+)?(?:tasks?|to-?dos?)"
)
_POST_DROP = (
    rf"can\s+go|(?:can|should)\s+(?:be\s+)?(?:go|discarded|deleted|binned|dropped|scrapped"
    rf"|removed|ditched|trashed|tossed)|{_NOT_TASK}|(?:are|is)\s+(?:(?:just|pure|total|utter)\s+)?(?:junk"
    r"|rubbish|noise|nonsense|garbage|gibberish|bogus|spam|trash|not\s+needed"
    r"|not\s+(?:real\s+)?tasks?|no\s+tasks?)|(?:aren'?t|isn'?t)\s+(?:needed|(?:real\s+)?tasks?)"
)
_POST_DROP += (
    r"|(?:is|are)\s+(?:just\s+|only\s+)?(?:an?\s+)?(?:fyi|info|information|for\s+info|heads[\s-]?up"
    r"|news)"
)
_POST_HOLD = (
    r"(?:can|could|will|should|must)\s+wait(?:\s+(?:a\s+bit|for\s+now|till\s+later))?|(?:is|are)\s+"
    r"(?:on\s+hold|for\s+later|not\s+yet)|not\s+yet|later|waits?"
)
# A card answered by the verb that follows it: "both look good", "the others can go".
POST_VERB = re.compile(
    rf"^(?P<what>.+?)(?:\s+|'s\s+|’s\s+)(?:(?P<keep>{_POST_KEEP})|(?P<drop>{_POST_DROP})"
    rf"|(?P<hold>{_POST_HOLD}))$",
    re.I,
)
# Cards left waiting, neither saved nor dropped: "leave insurance for now", "hold off on the rota".
HOLD = (
    r"leave(?:\s+out)?|hold(?:\s+off)?(?:\s+on)?|wait\s+(?:on|with)|park|hang\s+fire\s+on"
    r"|not\s+yet|don'?t\s+touch|skip\s+for\s+now"
)
VERB_FIRST = re.compile(
    rf"^(?:(?P<keep>{KEEP})|(?P<drop>{DROP})|(?P<hold>{HOLD}))\s+(?:(?:only|just)\s+)?(?P<what>.+)$",
    re.I,
)
# Why a card is left waiting, said after it: "insurance for now i need to check the letter".
HOLD_WHY = re.compile(
    r"\s+(?:for\s+now|for\s+the\s+moment|until|till|til|because|cause|cuz|coz|cos|since|as\s+i"
    r"|i\s+(?:need|have|want|still|gotta|must|will)|i'?ll|i'?m|need\s+to|gotta|while)\b.*$",
    re.I,
)
# A drop word that only leaves a card out when other cards are saved: "save 1 and 2, not 3".
LEAVE_OUT = re.compile(r"^not$", re.I)
# Words around a clause that carry no choice of their own.
LEAD = re.compile(
    r"^(?:(?:and|then|also|oh|so|please|pls|plz|actually|wait|hmm+|um+|uh+|well|but|though"
    r"|right|alright|cool|great|perfect|hey|no|nope|nah|ok|okay|yes|yeah|yep|yup|sure|sorry"
    r"|oops|ugh|argh|now|k|kk|good|nice|fine|lol)\b[\s,!.:-]*|(?:👍|👌|✅|🙏)[\s,!.:-]*)+",
    re.I,
)
YES_LEAD = re.compile(
    r"\b(?:yes|yeah|yep|yup|ok|okay|sure|cool|great|perfect|alright|k|kk|good|nice|fine)\b|👍|👌|✅",
    re.I,
)
NO_LEAD = re.compile(r"\b(?:nah|nope)\b", re.I)
ONLY = re.compile(r"^(?:only|just)\s+", re.I)
TAIL = re.compile(
    r"(?:[\s,]+(?:too|as\s+well|also|please|pls|plz|thanks|thank\s+you|thx|for\s+now|then"
    r"|instead|now|actually|yet|lol|lmao|haha\w*|😂|🙏))+$",
    re.I,
)
TOO = re.compile(r"(?:\s|^)(?:too|as\s+well|also)(?:\s|$)", re.I)
# "the lens one is wrong", "the 3rd one's off": the card named, then the fix for it.
WRONG = re.compile(
    r"^(?P<what>.+?)(?:\s+is|\s+are|'s|’s)\s+(?:(?:all|a\s+bit|slightly)\s+)?(?:wrong|off"
    r"|incorrect|not\s+right|a\s+mistake|mistaken|messed\s+up|broken)$",
    re.I,
)
# What joined a clause to the one taken out of the message: "yes and", "ok, also".
JOINER_TAIL = re.compile(r"[\s,;.]*(?:\b(?:and|also|then|plus)\b[\s,;.]*)*$", re.I)
# An answer word that takes in every card: "all good", "everything else looks fine".
# Whose a card is, said after it: "the first one's mine", "2 is sam's".
OWNER = re.compile(r"(?:\bmine|[^\W\d_][\w-]*['’]s)\s*$", re.I)
ALL_FINE = re.compile(r"\b(?:all|everything)\b", re.I)
# A clause that is only an answer word: "yes pls", "looks good", "👍".
AFFIRM = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|ok|okay|k|kk|sure|cool|great|perfect|good|nice|please|pls|plz|thanks|alright"
    r"|accept(?:ing|ed)?|i\s+accept|agreed?"
    r"|fine|go\s+ahead|do\s+it|sounds\s+good|looks\s+good|all\s+good|lgtm|confirm|save\s+it"
    r"|save|keep\s+it|👍|✅|👌)[\s,!.]*)+$",
    re.I,
)
SAVE_WORD = re.compile(r"\b(?:save|confirm|keep)\b", re.I)
FILLER = re.compile(
    r"^(?:(?:no|nope|nah|hmm+|um+|ugh|argh|wait|oops|sorry|actually|and|then|so|oh|but|what|huh"
    r"|eh|wtf)[\s,!.]*)+$",
    re.I,
)
CLAUSES = re.compile(
    r"\s*(?:[,;!?]|(?<!\d):|:(?!\d)|\.(?!\d)|\s-\s|\bthen\b|\bbut\b(?!\s+(?:not|for|the|those|these|that|this"
    r"|first|second|third|last|one|two|\d|#)\b))\s*",
    re.I,
)
_EDIT_IT = (
    r"(?:assign|give|hand|move|make|change|rename|call|set|push|put|mark|reschedule|switch)"
    r"\s+(?:it|that|this|(?:[^,;.]*?\s)?(?:the\s+)?(?:first|second|third|fourth|fifth|last|other)"
    r"(?:\s+one)?$)\b"
)
# "… and rename the tuesday one to X": an edit of a card named by a word and "one".
_EDIT_NAMED = (
    r"(?:assign|give|hand|move|make|change|rename|call|set|push|put|reschedule|switch)"
    r"\s+(?:the|that)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:one|card)\b"
)
AND_VERB = re.compile(
    rf"\s+(?:and|&)\s+(?=(?:then\s+)?(?:(?:{KEEP}|{DROP})\b|{_EDIT_IT}|{_EDIT_NAMED}))", re.I
)
# "2, 3 and 4", "2 3 4 5": numbers said one after another are parts too.
PARTS = re.compile(r"\s*(?:,|\band\b|&|\+|\bplus\b|\bor\b)\s*|(?<=\d)\s+(?=#?\d)", re.I)
# A clause that says why, not which: "doing it rn", "they're mine", "I was just asking".
ASIDE = re.compile(
    r"^(?:(?:they'?re|they\s+are|these\s+are|those\s+are|it'?s|all)\s+(?:all\s+)?mine"
    r"|(?:i'?m\s+|i\s+am\s+)?(?:doing|handling|sorting)\s+(?:it|that|this)(?:\s+(?:rn|now|right\s+now"
    r"|myself|today|already))*|(?:i\s+)?already\s+(?:did|done|handled|sorted)(?:\s+(?:it|that|this))?"
    r"|(?:i'?ve\s+)?already\s+done\s+(?:it|that)|i\s+did\s+(?:it|that)(?:\s+already)?"
    r"|(?:i\s+was\s+)?just\s+(?:asking|wondering|saying|kidding|joking|curious)"
    r"|i\s+was\s+(?:asking|wondering|kidding|joking)|lol|haha\w*|my\s+bad|thanks?|thx|ty"
    # "thats on them", "that's their job": whose the thing is, said beside a drop
    r"|(?:that'?s|thats|that\s+is|it'?s|its|it\s+is)\s+(?:(?:on|up\s+to)\s+(?:them|him|her|the\s+\w+)"
    r"|(?:their|his|her)\s+(?:job|problem|thing|call))"
    # a drop verb alone beside "that is not a task": it says the same again
    r"|(?:discard|bin|toss|scrap|ditch|delete|trash|nix|chuck)$"
    r"|(?:that'?s|thats|that\s+is|it'?s|its|it\s+is|this\s+is)\s+(?:just\s+|only\s+)?(?:an?\s+)?"
    r"(?:info|information|fyi|note|update|heads[\s-]?up)(?:\s+(?:only|for\s+me))?)$"
    r"|^(?:the\s+|these\s+|those\s+)?(?:first|last|top|bottom)?\s*(?:two|2|three|3|both|ones"
    r"|\d\s*(?:and|&|\+)\s*\d)(?:\s+(?:ones|cards))?\s+(?:are|'re)\s+(?:(?:basically|just|really"
    r"|both|all)\s+)?(?:the\s+same(?:\s+(?:thing|task|one|card)s?)?|duplicates?|dupes?|identical"
    r"|doubles?)$",
    re.I,
)
# Where a new task starts after the picks: "…, and you missed the delivery schedule, …".
MORE_TASK = re.compile(
    r"(?:[.!?;,]\s*|\s+)(?:(?:and|also|oh|btw|plus|but)[\s,]+)*(?=(?:you|u)\s+(?:also\s+)?(?:missed"
    r"|forgot|left\s+out|skipped|dropped)\s|(?:also\s+)?add\s+(?:a\s+)?(?:new\s+)?(?:task|card)\s)",
    re.I,
)
# Where a sentence ends, for a new task said after the picks.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Why a card dropped in the same breath is no task: "the price going up isn't a task".
WHY_NOT_TASK = re.compile(rf"^(?P<what>.+?)(?:\s+|'s\s+|’s\s+)(?:{_NOT_TASK})$", re.I)
# "not a task", "that's not a to-do": the newest card was never meant as one.
NOT_TASK = re.compile(rf"^(?:(?:that|this|it)\s*|(?:thats|its|that’s|it’s)\s+)?{_NOT_TASK}$", re.I)
# "which ones are waiting?", "show me the cards waiting for confirmation", "what's pending?"
WAITING = re.compile(
    r"^(?:(?:so|and|ok(?:ay)?|hey|um+)[\s,]+)?(?:(?:can|could)\s+(?:you|u)\s+)?(?:(?:please|pls)\s+)?"
    r"(?:(?:show|list|tell|give)\s+(?:me\s+)?(?:again\s+)?|remind\s+me\s+)?"
    r"(?:which|what|what'?s|whats|the)\s*(?:ones?|cards?|tasks?|things?|is|are|'s)?\s*"
    r"(?:(?:are|is)\s+)?(?:still\s+)?(?:(?:waiting|pending|unconfirmed|unsaved|not\s+(?:yet\s+)?"
    r"(?:confirmed|saved))(?:\s+(?:for|on)\s+(?:confirmation|approval|my\s+(?:ok|okay|yes)))?"
    r"|(?:waiting|pending)\s+cards?)(?:\s+(?:again|now|still|right\s+now))?$",
    re.I,
)
# "what's waiting for me to confirm?", "what do I still need to save?", "anything left to approve?"
WAITING_ASK = re.compile(
    r"^(?:(?:so|and|ok(?:ay)?|hey|um+)[\s,]+)?(?:what'?s|whats|what|which|anything|any)\b.*?\b(?:"
    r"waiting\s+(?:for|on)\s+me\s+to|(?:do|did|should)\s+i\s+(?:still\s+)?(?:need|have)\s+to"
    r"|(?:left|remaining|pending)\s+(?:for\s+me\s+)?to|i\s+(?:haven'?t|have\s+not|didn'?t)(?:\s+yet)?|(?:have|did)\s+i\s+not(?:\s+yet)?)"
    r"\s+(?:confirm(?:ed)?|sav(?:e|ed)|approv(?:e|ed)|ok(?:ay)?(?:'?d)?)\b(?:\s+yet)?\W*$",
    re.I,
)
NOTHING_WAITING = Text("Nothing is waiting for your yes: every card here is saved or discarded.")
WAITING_LIST = Text("Waiting for your yes:\n{lines}\nSay e.g. “save 1”, “save all” or “discard 2”.")
EXCEPT = re.compile(
    r"^(?P<base>.+?)\s+(?:except(?:\s+for)?|but(?:\s+not)?|apart\s+from|other\s+than|besides"
    r"|minus|excluding|save\s+for)\s+(?P<ex>.+)$",
    re.I,
)

ALL = re.compile(
    r"^(?:all|both|them|them\s+all|them\s+both|they(?:\s+all|\s+both)?|all\s+of\s+them|both\s+of\s+them|all\s+(?:the\s+)?cards"
    r"|every\s*(?:one|thing|card)|each\s+one|the\s+lot|all\s+of\s+(?:these|those|'em)"
    r"|these|those|all\s+(?:these|those)(?:\s+cards)?|the\s+cards|all\s+(?P<n>two|three|four"
    r"|five|six|seven|eight|nine|ten|\d+)(?:\s+of\s+them)?|both\s+of\s+(?:these|those|'em)"
    r"|(?:these|those|them)\s+(?P<m>two|three|four|five|six|seven|eight|nine|ten|\d+))"
    r"(?:\s+(?:cards?|ones|tasks?))?$",
    re.I,
)
# "throw both away", "chuck those out": the verb's particle said after the cards it names.
PARTICLE = re.compile(
    r"\b(throw|chuck|toss)\s+((?:them\s+)?(?:both|all)(?:\s+of\s+them)?|them|those|these|it|that"
    r"|(?:this|that|the)\s+(?:one|card))\s+(away|out)\b",
    re.I,
)
REST = re.compile(
    r"^(?:all\s+)?(?:the\s+)?(?:rest(?:\s+of\s+(?:them|the\s+cards|these|those))?|others?"
    r"|other\s+(?:ones?|cards?|\w+)|remaining(?:\s+(?:ones?|cards?|\w+))?|remainder"
    r"|everything\s+else|anything\s+else|leftovers?|ones?\s+left|\w+\s+remaining)$",
    re.I,
)
THIS = re.compile(
    r"^(?:it|this|that|this\s+one|that\s+one|(?:this|that|the)\s+(?:card|task|one))$", re.I
)
COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "couple": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7,
    "ninth": 8, "9th": 8, "tenth": 9, "10th": 9, "top": 0, "last": -1, "bottom": -1,
    "final": -1, "latter": -1, "former": 0, "one": 0, "two": 1, "three": 2, "four": 3,
    "five": 4, "six": 5, "seven": 6, "eight": 7, "nine": 8, "ten": 9,
}  # fmt: skip
DETERMINERS = re.compile(
    r"^(?:(?:the|those|these|that|this|my|number|numbers|no\.?|nos\.?|cards?|#)\s*)+", re.I
)
SUFFIXES = re.compile(
    r"(?:\s+(?:ones?|cards?|items?|tasks?|things?|of\s+them|on\s+the\s+list))+$", re.I
)
# "the middle one": the card in the middle of an odd number of cards.
MIDDLE = frozenset(["middle", "mid", "center", "centre"])
RANGE_N = re.compile(r"^(?P<end>first|top|last|bottom|final)\s+(?P<n>\w+)$", re.I)
SPAN = re.compile(r"^#?(?P<a>\d+)\s*(?:-|–|to|through|thru)\s*#?(?P<b>\d+)$", re.I)

SUMMARY_SAVED = Text("✅ Saved {count}: {titles}")
SUMMARY_DISCARDED = Text("🗑 Discarded {count}: {titles}")
SUMMARY_WAITING = Text("⏳ Still waiting: {titles}")
ALREADY = Text("{title} was already {status}")
STATUS_WORDS = {"confirmed": Text("saved"), "discarded": Text("discarded")}
NOTHING_LEFT = Text("Nothing else was waiting")
UNCLEAR = Text(
    "I couldn't tell which card “{part}” means, so nothing changed. Waiting:\n{lines}\n"
    "Say e.g. “save 1 and 3, discard the rest”."
)
NO_SUCH = Text("There's no card {number} (only {count} waiting), so nothing changed.")
EDITED_AND_SAVED = Text("✏️ {changes}, and saved it.")
RENAMED = Text("Renamed it “{title}”")
MOVED = Text("set it to {when}")
UNDATED = Text("removed the date")
PRIORITY = Text("made it {priority} priority")
ASSIGNED = Text("gave it to {name}")
UNASSIGNED = Text("left it unassigned")
NOT_REPEATING = Text("stopped it repeating")
CHANGED = Text("changed it")

# The capture guard: a command about a card or the last action, said of a reference.
_REF = (
    r"(?:it|that|this|them|those|these|both|all(?:\s+of\s+them)?|everything|the\s+lot"
    r"|(?:the\s+|those\s+|these\s+|all\s+the\s+)?(?:rest|others?|remaining(?:\s+ones?)?)"
    r"|(?:the\s+|that\s+|this\s+|those\s+|these\s+)?(?:(?:first|second|third|fourth|fifth|last"
    r"|top|bottom|other|new|\d+(?:st|nd|rd|th)?)\s+)*(?:one|ones|card|cards|two|three|four"
    r"|first|second|third|fourth|fifth|last)"
    r"|(?:the\s+|number\s+|card\s+|no\.?\s*|#)?\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*)"
)
_COMMAND = rf"(?:{KEEP}|{DROP}|undo|revert|reopen|re-open|restore|lower|raise|bump\s+(?:up|down))"
_PLACE = r"(?:\s+(?:on|to|onto|in|into|from|off)\s+(?:my|the)\s+(?:list|tasks?|cards?|queue))?"
GUARD_LEAD = re.compile(
    r"^(?:(?:and|then|also|oh|so|please|pls|plz|actually|wait|hmm+|um+|uh+|well|but|no+|nope"
    r"|nah|ok|okay|yes|yeah|oops|sorry|argh|ugh|ah|hey|can\s+you|could\s+you|would\s+you"
    r"|will\s+you|can\s+u|pls\s+can\s+you|just|i\s+(?:want|need)\s+(?:you\s+)?to|let'?s)\b"
    r"[\s,!.:-]*)+",
    re.I,
)
GUARD_TAIL = re.compile(
    r"(?:[\s,]+(?:too|as\s+well|also|please|pls|plz|thanks|thank\s+you|thx|for\s+now|then"
    r"|instead|now|again|actually|a\s+notch|a\s+bit))+$",
    re.I,
)
REF_COMMAND = re.compile(
    rf"^(?P<verb>{_COMMAND})(?:\s+(?P<ref>{_REF}))?(?:\s+(?:back|card|cards))?{_PLACE}$", re.I
)
PUT_BACK = re.compile(
    rf"^(?:put|bring|add|move)\s+(?P<what>.+?)\s+back{_PLACE}$|^put\s+back\s+(?P<what2>.+)$", re.I
)
PRIORITY_STEP = re.compile(
    rf"^(?P<verb>lower|raise|reduce|increase|bump\s+up|bump\s+down|drop|downgrade|upgrade)"
    rf"\s+(?:(?:its|the|it'?s|{_REF})\s+)?(?:priority|prio|urgency)(?:\s+(?:of|on)\s+(?P<ref>{_REF}))?$",
    re.I,
)
CARD_ONLY_VERBS = frozenset(
    ["confirm", "save", "keep", "approve", "accept", "discard", "ditch", "bin", "scrap", "toss",
     "kill", "skip", "nix", "chuck"]
)  # fmt: skip
NEVER_MIND = re.compile(r"^(?:forget|never\s*mind)(?:\s+(?:it|that|about\s+it))?$", re.I)
LESS_OR_MORE = re.compile(
    rf"^(?:make\s+)?(?:{_REF}\s+)?(?P<how>less|more)\s+(?:urgent|important|of\s+a\s+priority)$",
    re.I,
)
UNDO_VERB = re.compile(r"^(?:undo|revert)$", re.I)
PRIORITY_UP = re.compile(r"^(?:raise|increase|bump\s+up|upgrade)$", re.I)
WHICH_CARD_OR_TASK = Text(
    "Which one do you mean? Nothing waiting or just shown fits “{text}”. Name it, e.g. "
    "“discard the dentist card”, “reopen the plumber” or “done 2” after “my tasks”."
)
NO_CARDS_WAITING = Text(
    "There are no cards waiting, so there's nothing to {verb}. Send a task to get a card, or "
    "ask “my tasks” to see what's saved."
)
WHICH_TO_REOPEN = Text("Which task should I put back? Say e.g. “reopen the plumber”.")
WHICH_PRIORITY = Text("Which task's priority? Say e.g. “make the report low priority”.")
