"""Done said of a list's item by its place, right after the list: "die erste hab ich grad
gemacht", "the first one i just did", "la première je l'ai faite", "ikincisi bitti".

The item is the one at that place in the numbered list of tasks the sender last saw here; it is
ticked off as "done 1" would. A message that says it is not done yet is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import done, remind_reply_lang
from flowhub.skills.context import Context

__all__ = ["handle"]

_MOST_WORDS = 9
# Letters of any script, so a word edge holds in Devanagari, Cyrillic and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"
# The place words of each language, by the place they name (-1: the last).
_PLACES: dict[int, str] = {
    1: r"first|1st|erste[nrs]?|primeir[oa]|primer[oa]?|premi[eè]re?|prim[oa]|eerste|birinci|ilk"
    r"|ilki|первую|первая|первое|первый|первой|pertama|pehla|pehli|pahla|pahli|पहला|पहली"
    r"|الأول|الاول|الأولى|الاولى",
    2: r"second|2nd|zweite[nrs]?|segund[oa]|deuxi[eè]me|seconde?|second[oa]|tweede|ikinci"
    r"|ikincisi|вторую|вторая|второе|второй|kedua|doosra|doosri|dusra|dusri|दूसरा|दूसरी"
    r"|الثاني|الثانية",
    3: r"third|3rd|dritte[nrs]?|terceir[oa]|tercer[oa]?|troisi[eè]me|terz[oa]|derde|üçüncü"
    r"|üçüncüsü|третью|третья|третье|третий|ketiga|teesra|teesri|tisra|tisri|तीसरा|तीसरी"
    r"|الثالث|الثالثة",
    4: r"fourth|4th|vierte[nrs]?|quart[oa]|cuart[oa]|quatri[eè]me|vierde|dördüncü|четвёртую"
    r"|четвертую|четвёртая|четвертая|keempat|chautha|chauthi",
    -1: r"last|letzte[nrs]?|[uú]ltim[oa]|derni[eè]re?|laatste|sonuncu|sonuncusu|последнюю"
    r"|последняя|последнее|последний|terakhir|aakhri|akhri|आखिरी|الأخير|الاخير|الأخيرة",
}
_PLACE = {n: re.compile(rf"(?<![{_L}])(?:{words})(?![{_L}])", re.I) for n, words in _PLACES.items()}
# Past forms beyond the reply-to-a-reminder ones: "i just did", "hab ich gemacht", "la hice".
_DID = re.compile(
    rf"(?<![{_L}])(?:did|done|finished|sorted|handled|made|hice|hecha|faite|fatta|gedaan|af"
    rf"|yaptım|yaptim|сделала?|kar\s+(?:li|liya|di|diya))(?![{_L}])",
    re.I,
)
_NOT_YET = re.compile(
    rf"n['’]t\b|\?|(?<![{_L}])(?:not|yet|noch\s+nicht|nicht|ainda\s+n[aã]o|n[aã]o|todav[ií]a\s+no"
    rf"|pas\s+encore|pas|non|nog\s+niet|niet|henüz|değil|ещё\s+не|еще\s+не|не|belum|nahi"
    rf"|abhi\s+nahi|لسه|لم)(?![{_L}])",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the item of the last list the message names by its place; None otherwise."""
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS or _NOT_YET.search(text):
        return None
    seen = ctx.thread.last_seen()
    if seen is None or seen[0] != "list-tasks" or not seen[1]:
        return None
    places = [n for n, pattern in _PLACE.items() if pattern.search(text)]
    if len(places) != 1:
        return None
    if _DID.search(text) is None and not remind_reply_lang.says_done(text):
        return None
    size = len(seen[1])
    number = size if places[0] == -1 else places[0]
    if not 1 <= number <= size:
        return None
    return done.handle(replace(ctx, text=f"done {number}", intent="done"))
