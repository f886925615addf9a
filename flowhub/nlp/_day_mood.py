"""How someone's day is going: "busy morning lol", "crazy day today haha", "so swamped rn".

Such a line tells the mood of a part of the day; it asks nobody to do anything, so it is chat,
never a task ("Busy" due this morning), even beside a real task in the same message. A mood may
lead a task after a comma or a dash ("crazy day, pay the electricity bill tomorrow", "ugh mondays
😩 - send the invoice to Lena by 5"): the task is read without it.
"""

from __future__ import annotations

import re

__all__ = ["is_day_mood", "leads_with_mood", "without_mood_lead"]

_OPENER = (
    r"(?:ok(?:ay)?|so|well|phew|man|ugh+|omg|wow|hey|hi|oh|ah+|god|geez|yikes|lol|haha\w*|yeah"
    r"|and|honestly|tbh|ngl|seriously|jeez)"
)
_BEEN = (
    r"(?:it'?s|its|it\s+is|it\s+was|it'?s\s+been|been|having|had|what|such|another|quite|one\s+of"
    r"\s+those|is|was|a|an)"
)
_VERY = (
    r"(?:very|so|super|really|pretty|kinda|kind\s+of|bit\s+of\s+a|a\s+bit|rather|insanely|totally"
    r"|such|ridiculously|crazy|proper|properly|way\s+too|too)"
)
_MOOD = (
    r"(?:busy|crazy|hectic|long|lo+ng|slow|quiet|rough|tough|good|great|lovely|productive|chill"
    r"|lazy|manic|insane|mad|wild|exhausting|tiring|stressful|fun|nice|weird|bad|packed|intense"
    r"|calm|easy|hard|full[\s-]on|nuts|mental|brutal|messy|chaotic|exciting|boring|wonderful"
    r"|amazing|awful|terrible|hellish|stressy|full)"
)
_PART = (
    r"(?:morning|afternoon|evening|night|day|week|weekend|month|shift|one|start(?:\s+to\s+the"
    r"\s+(?:day|week))?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_AFTER = (
    r"(?:today|tomorrow|tmrw|tonight|ahead|so\s+far|here|over\s+here|again|already|lol+|haha\w*"
    r"|tbh|ngl|honestly|omg|man|guys|y'?all|yesterday|this\s+(?:morning|week|month)|for\s+me"
    r"|xd|smh|ugh+|though|tho|rn|right\s+now|as\s+usual|at\s+work|in\s+the\s+office"
    r"|heute|hoy|hoje|aujourd'?hui|oggi|vandaag|hari\s+ini|aaj|bug[üu]n|сегодня|اليوم|yaar|jaja|kkk+)"
)
_SWAMPED = (
    rf"(?:(?:i'?m|im|i\s+am|we'?re|we\s+are|feeling)\s+)?(?:{_VERY}\s+)*(?:swamped|slammed"
    r"|exhausted|knackered|wiped(?:\s+out)?|buried|drowning(?:\s+in\s+work)?|snowed\s+under"
    r"|run\s+off\s+my\s+feet|busy|tired|sleepy|stressed(?:\s+out)?|overwhelmed|fried|frazzled"
    r"|shattered|burnt\s+out|burned\s+out|done\s+with\s+(?:today|this\s+week|this\s+day|mondays?)"
    r"|dead|beat|cranky|grumpy)"
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A sigh or a feeling about the day with no mood word: "ugh mondays", "what a day", "tgif".
_FEELING = (
    r"(?:ugh+|argh+|sigh|meh|oof|phew|ffs|smh|jeez|yikes)"
    rf"|(?:ugh+|argh+|oh|sigh|happy|manic|blue|case\s+of\s+the)\s+{_DAY}s?(?:\s+blues)?"
    rf"|{_DAY}s(?:\s+blues)?|{_DAY}\s+blues"
    r"|what\s+a\s+(?:day|week|morning|afternoon|night|month|start(?:\s+to\s+the\s+\w+)?)"
    r"|tgif|thank\s+god\s+it'?s\s+friday|not\s+my\s+day|one\s+of\s+those\s+days"
    rf"|(?:(?:the|this|that|our|my|today'?s|tonight'?s|yesterday'?s)\s+)?(?:{_DAY}\s+|lunch\s+"
    r"|dinner\s+|morning\s+|evening\s+|night\s+)?(?:service|shift|rush|meeting|day|week|night"
    r"|morning)\s+(?:was|is|has\s+been|'s\s+been|'s)\s+(?:(?:pure|total|absolute|utter|such|a"
    r"|complete|so|just)\s+)*(?:chaos|chaotic|madness|mayhem|nightmare|zoo|insane|crazy|hell"
    r"|brutal|nuts|mental|mess|bonkers|manic|hectic|wild|intense|rough|killing\s+me)"
    r"|(?:so\s+)?much\s+(?:going\s+on|to\s+do)|too\s+much\s+(?:going\s+on|to\s+do)"
    r"|(?:my\s+)?brain\s+(?:is\s+|'s\s+)?(?:fried|dead|mush|gone)"
    r"|(?:i\s+)?(?:can'?t|cannot)\s+wait\s+for\s+(?:the\s+)?(?:weekend|friday|holidays?|vacation"
    r"|christmas|tonight|home\s+time|(?:this|the)\s+(?:day|week)\s+to\s+(?:end|be\s+over))"
    r"|(?:i\s+)?(?:really\s+)?(?:need|could\s+use)\s+(?:a|an|some)\s+(?:holiday|vacation|break"
    r"|nap|drink|coffee|beer|wine|weekend|day\s+off|rest|sleep)"
    r"|(?:(?:the|this|that|my)\s+)?(?:\w+\s+){0,2}(?:is|are|'s)\s+killing\s+me|fml"
    # The same sigh in the other languages: "estoy muerta", "ich bin so kaputt", "thak gayi".
    r"|(?:estoy|ando)\s+(?:muy\s+)?(?:muert[oa]|agotad[oa]|cansad[oa]|reventad[oa])|qu[ée]\s+cansancio"
    r"|(?:t[ôo]|estou)\s+(?:muito\s+)?(?:mort[oa]|exaust[oa]|cansad[oa]|acabad[oa])"
    r"|(?:je\s+suis|chuis)\s+(?:trop\s+)?(?:crev[ée]e?|[ée]puis[ée]e?|mort[e]?)"
    r"|ich\s+bin\s+(?:so\s+|total\s+|echt\s+)?(?:kaputt|fertig|platt|m[üu]de)"
    r"|sono\s+(?:cos[iì]\s+)?(?:distrutt[oa]|stanc[oa]|a\s+pezzi)|ik\s+ben\s+(?:zo\s+)?(?:kapot"
    r"|doodop|moe)|(?:capek|lelah)(?:\s+banget)?|(?:bahut\s+)?thak\s+(?:gaya|gayi)(?:\s+yaar)?"
    r"|(?:[çc]ok\s+)?yorgunum|yoruldum|я\s+(?:так\s+)?(?:устал[а]?|вымотан[а]?)|تعبان[ةه]?|تعبت"
    # A long or busy day said in the other languages: "आज बहुत लंबा दिन था", "lange dag vandaag".
    r"|(?:आज\s+(?:का\s+दिन\s+)?)?(?:बहुत\s+)?(?:लंबा|लम्बा|भारी|थकाने\s+वाला|बिज़ी|बिजी|busy|hectic)"
    r"(?:\s+दिन)?\s+(?:था|है|रहा)"
    r"|(?:aaj\s+(?:ka\s+din\s+)?)?(?:bahut\s+)?(?:lamba|lambaa|bhaari|busy|hectic)(?:\s+din)?\s+"
    r"(?:tha|hai|raha)"
    r"|(?:wat\s+een\s+)?(?:lange|drukke|zware)\s+dag|(?:was\s+f[üu]r\s+ein\s+)?(?:langer|stressiger)"
    r"\s+tag|(?:qu[ée]\s+)?d[ií]a\s+(?:tan\s+)?(?:largo|pesado)|(?:que\s+)?dia\s+(?:longo|puxado)"
    r"|(?:che\s+)?giornata\s+(?:lunga|pesante|infinita)|(?:quelle\s+)?(?:longue|grosse)\s+journ[ée]e"
    r"|(?:какой\s+)?(?:длинный|тяжелый|тяжёлый)\s+день|يوم\s+(?:طويل|متعب)"
)
_PIECE = re.compile(
    rf"^(?:{_OPENER}\W+)*(?:(?:{_BEEN}\s+)*(?:{_VERY}\s+)*{_MOOD}(?:\W+{_MOOD})*\s+{_PART}"
    rf"|{_SWAMPED}|(?:busy\W+){{1,3}}busy|{_FEELING})(?:\W+{_AFTER})*\W*$",
    re.I,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d]+")
# Where one thought ends and the next starts: a comma, a dash with a space, dots, "!", ";".
_SEP = re.compile(r"\s*(?:[,;:!.…]+|\s[-–—]+|[–—]+)\s*")


def is_day_mood(text: str) -> bool:
    """Whether `text` only says how the day is going ("busy morning lol", "hectic week!!",
    "long day, can't wait for friday")."""
    pieces = [p for p in _SEP.split(_EMOJI.sub(" ", text)) if p.strip()]
    return bool(pieces) and all(_mood(p) for p in pieces)


def leads_with_mood(text: str) -> bool:
    """Whether `text` opens with how the day is going, before a comma or a dash ("honestly
    this week is killing me, 3 sites and half the crew has the flu")."""
    pieces = [p for p in _SEP.split(_EMOJI.sub(" ", text)) if p.strip()]
    return bool(pieces) and _mood(pieces[0])


def without_mood_lead(text: str) -> str:
    """`text` without a mood that leads it before a comma or a dash; `text` when there is none,
    or when the whole of it is mood."""
    rest = text
    while (cut := _SEP.search(rest)) is not None and cut.start() > 0:
        if not _mood(_EMOJI.sub(" ", rest[: cut.start()])):
            break
        rest = rest[cut.end() :]
    if rest is text or not rest.strip() or is_day_mood(rest):
        return text
    return rest


def _mood(piece: str) -> bool:
    return bool(_PIECE.match(" ".join(piece.split())))
