"""Arabic word tables and number reading, for the phrases in `flowhub.nlp.lang.ar`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from flowhub.nlp.lang._schema import english_ordinal as _ordinal

# Keys are folded: أإآ -> ا, ى -> ي, ة -> ه, Arabic-Indic digits -> 0-9.


def _alt(words: Iterable[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def _trie(words: Iterable[str]) -> str:
    """`_alt` shaped as a trie, for the big tables: one branch per first letter stays fast."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in node.items() if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 and len(body) > 1 else f"{body}?"

    return f"(?:{emit(tree)})"


def _tanwin(words: Iterable[str]) -> list[str]:
    """Each word, and the forms written with tanwin (صباحاً, صباحًا, مساءً)."""
    out = []
    for w in words:
        out.append(w)
        if w.endswith("ا"):
            out += [w + "\u064b", w[:-1] + "\u064bا"]
        elif w.endswith("ء"):
            out += [w + "\u064b", w + "ا\u064b"]
    return out


# fmt: off
_ONES = {
    "واحد": 1, "واحده": 1, "وحده": 1, "اثنين": 2, "اثنان": 2, "اتنين": 2, "ثنتين": 2,
    "اثنتين": 2, "اثنتان": 2, "ثلاث": 3, "ثلاثه": 3, "تلات": 3, "تلاته": 3, "اربع": 4,
    "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثمان": 8,
    "ثماني": 8, "ثمانيه": 8, "تمن": 8, "تمانيه": 8, "تسع": 9, "تسعه": 9,
}
_TENS = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "تلاتين": 30, "اربعين": 40,
    "اربعون": 40, "خمسين": 50, "خمسون": 50,
}
_TEENS = {
    "عشر": 10, "عشره": 10, "حداشر": 11, "احداشر": 11, "احدعش": 11, "اتناشر": 12,
    "اطناشر": 12, "ثنعش": 12, "تلتاشر": 13, "اربعتاشر": 14, "خمستاشر": 15, "ستاشر": 16,
    "سبعتاشر": 17, "تمنتاشر": 18, "تسعتاشر": 19,
}
# Ordinal stems (masculine and feminine), read with or without the article.
_ORD = {
    "اول": 1, "اولي": 1, "ثاني": 2, "ثان": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4,
    "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10, "حادي": 1,
    "حاديه": 1,
}
_TENS_ORD = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30}
_MONTH_NAMES = {
    "يناير": 1, "جانفي": 1, "كانون الثاني": 1, "فبراير": 2, "فيفري": 2, "شباط": 2,
    "مارس": 3, "اذار": 3, "ابريل": 4, "افريل": 4, "نيسان": 4, "مايو": 5, "ماي": 5,
    "ايار": 5, "يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7,
    "جويليه": 7, "تموز": 7, "اغسطس": 8, "اغسطوس": 8, "اوت": 8, "اب": 8, "سبتمبر": 9,
    "ايلول": 9, "اكتوبر": 10, "تشرين الاول": 10, "نوفمبر": 11, "تشرين الثاني": 11,
    "ديسمبر": 12, "كانون الاول": 12,
}
_WEEKDAYS = {
    "الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}
# Without the article these are ordinary words too (اثنين "two", احد "one", جمعه a name).
_BARE_WEEKDAYS = {
    "اثنين": 0, "اتنين": 0, "ثلاثاء": 1, "ثلاثا": 1, "اربعاء": 2, "اربعا": 2, "خميس": 3,
    "جمعه": 4, "سبت": 5, "احد": 6, "التلات": 1, "الاربع": 2, "الحد": 6,
}
_UNITS = {
    "ثانيه": "second", "ثواني": "second", "ثوان": "second", "ثانيتين": "second",
    "دقيقه": "minute", "دقائق": "minute", "دقايق": "minute", "دقيقتين": "minute",
    "ساعه": "hour", "ساعات": "hour", "ساعتين": "hour", "ساعتان": "hour",
    "يوم": "day", "ايام": "day", "يومين": "day", "يومان": "day",
    "اسبوع": "week", "اسابيع": "week", "اسبوعين": "week", "اسبوعان": "week",
    "شهر": "month", "اشهر": "month", "شهور": "month", "شهرين": "month", "شهران": "month",
    "سنه": "year", "سنوات": "year", "سنين": "year", "سنتين": "year", "سنتان": "year",
    "عام": "year", "اعوام": "year", "عامين": "year",
}
_DUALS = frozenset({"ثانيتين", "دقيقتين", "ساعتين", "ساعتان", "يومين", "يومان", "اسبوعين",
                    "اسبوعان", "شهرين", "شهران", "سنتين", "سنتان", "عامين"})
# Adjectives after a period or weekday: coming, past, current (both genders, chat spellings).
_NEXT = ("القادم", "القادمه", "الجاي", "الجايه", "الجايي", "المقبل", "المقبله", "التالي",
         "التاليه", "اللي جاي", "اللي جايه", "الي جاي", "الي جايه")
_LAST = ("الماضي", "الماضيه", "الماض", "السابق", "السابقه", "الفائت", "الفائته", "الفايت",
         "الفايته", "الفات", "المنصرم", "المنصرمه", "اللي فات", "اللي فاتت", "الي فات",
         "الي فاتت")
_THIS = ("الحالي", "الحاليه", "ده", "دا", "دي", "هذا", "هذه", "هاد")
_PERIODS = {"الاسبوع": "week", "الشهر": "month", "السنه": "year", "العام": "year"}
_RELATIVE = {
    "اليوم": "today", "النهارده": "today", "النهاردا": "today", "هذا اليوم": "today",
    "هاليوم": "today", "في هذا اليوم": "today",
    "غدا": "tomorrow", "غدوه": "tomorrow", "الغد": "tomorrow", "يوم غد": "tomorrow",
    "بكره": "tomorrow", "بكرا": "tomorrow", "بكري": "tomorrow", "باكر": "tomorrow",
    "باجر": "tomorrow", "بكرة": "tomorrow", "اليوم التالي": "tomorrow", "bukra": "tomorrow",
    "bokra": "tomorrow", "bukrah": "tomorrow", "bokrah": "tomorrow",
    "امس": "yesterday", "الامس": "yesterday", "البارحه": "yesterday", "امبارح": "yesterday",
    "مبارح": "yesterday", "اليوم الماضي": "yesterday", "اليوم السابق": "yesterday",
    "اليوم المنصرم": "yesterday", "يوم امس": "yesterday",
}
_DAY_AFTER = ("بعد غد", "بعد الغد", "بعد بكره", "بعد بكرا", "بعد باكر", "بعد باجر",
              "بعده بكره", "عقب باجر", "عقب بكره", "عقب باكر")
_DAY_BEFORE = ("قبل امس", "قبل الامس", "اول امس", "اول من امس", "اول امبارح", "قبل امبارح",
               "قبل البارحه", "القبل البارحه", "اول البارحه")
_PARTS = {
    "الصبح": "morning", "الصباح": "morning", "بالصبح": "morning", "بالصباح": "morning",
    "في الصباح": "morning", "صبحا": "morning", "الفجر": "5am", "فجرا": "5am",
    "الظهر": "noon", "الضهر": "noon", "ظهرا": "noon", "ضهرا": "noon", "بالظهر": "noon",
    "وقت الظهر": "noon", "الظهيره": "noon",
    "بعد الظهر": "afternoon", "بعد الضهر": "afternoon", "بعد صلاه الظهر": "afternoon",
    "بعد صلاه العصر": "afternoon", "بعد المغرب": "evening", "بعد صلاه المغرب": "evening",
    "وقت المغرب": "evening", "بعد العشاء": "night", "بعد العشا": "night",
    "بعد صلاه العشاء": "night", "بعد الفجر": "morning", "بعد صلاه الفجر": "morning",
    "العصر": "afternoon", "عصرا": "afternoon", "بالعصر": "afternoon", "بعد العصر": "afternoon",
    "المساء": "evening", "بالمساء": "evening", "في المساء": "evening", "المسا": "evening",
    "بالمسا": "evening", "عشيه": "evening", "العشيه": "evening",
    "بالليل": "night", "في الليل": "night", "ليلا": "night", "الليل": "night",
    "منتصف الليل": "midnight", "نص الليل": "midnight", "بليل": "night", "الصبحيه": "morning",
    "الغدا": "lunch", "الغداء": "lunch", "وقت الغدا": "lunch", "وقت الغداء": "lunch",
    "اخر النهار": "end of day", "نهايه اليوم": "end of day", "اخر اليوم": "end of day",
    "نهايه الدوام": "end of day", "اخر الدوام": "end of day",
    "بعد صلاه الجمعه": "friday afternoon",
}
_TODAY_PARTS = {
    "الليله": "tonight", "هالليله": "tonight", "هذه الليله": "tonight", "الليله دي": "tonight",
    "الليله هذي": "tonight", "هذا الصباح": "this morning", "الصبح ده": "this morning",
    "هذا المساء": "this evening", "هذه الامسيه": "this evening",
}
_HOLIDAYS = {
    "عيد الميلاد": "christmas", "عيد الميلاد المجيد": "christmas", "الكريسماس": "christmas",
    "كريسماس": "christmas", "الكريسمس": "christmas", "كريسمس": "christmas",
    "ليله الميلاد": "christmas eve", "عشيه الميلاد": "christmas eve",
    "عيد الاضحي": "eid al-adha", "الاضحي": "eid al-adha", "العيد الكبير": "eid al-adha",
    "عيد الفطر": "eid al-fitr", "العيد الصغير": "eid al-fitr",
    "عيد الفصح": "easter", "الفصح": "easter", "عيد القيامه": "easter",
    "الجمعه العظيمه": "good friday",
    "راس السنه الهجريه": "islamic new year", "راس السنه الهجري": "islamic new year",
    "السنه الهجريه الجديده": "islamic new year", "راس السنه": "new year's day",
    "راس السنه الميلاديه": "new year's day", "ليله راس السنه": "new year's eve",
    "عيد الحب": "valentine's day", "المولد النبوي": "mawlid", "المولد النبوي الشريف": "mawlid",
    "عاشوراء": "ashura", "ليله القدر": "laylat al-qadr", "الهالوين": "halloween",
    "عيد الشكر": "thanksgiving", "شهر رمضان": "ramadan",
}
# Adverbs written with tanwin too (غداً, ليلاً).
_ADVERBS = ("غدا", "فجرا", "صبحا", "ظهرا", "ضهرا", "عصرا", "ليلا", "يوميا", "اسبوعيا", "شهريا",
            "سنويا", "حالا", "فورا", "تقريبا")
# "بعد كم يوم", "بعد كام ساعه": a few.
_FEW = ("كم", "كام", "كذا", "عده", "بضع", "بضعه", "كم من")
_FROM_NOW = ("من الان", "من الحين", "من دلوقتي", "من اليوم", "من هلا", "من هلق")
# fmt: on


def _values() -> dict[str, int]:
    """Every number and ordinal form the clock and date phrases read, by its folded text."""
    v: dict[str, int] = {**_ONES, **_TENS, **_TEENS}
    for one, n in _ONES.items():
        v[f"{one} عشر"] = v[f"{one} عشره"] = 10 + n
        for ten, t in _TENS.items():
            v[f"{one} و{ten}"] = t + n
    for one in ("احد", "احدي", "حادي", "حاديه"):
        v[f"{one} عشر"] = v[f"{one} عشره"] = 11
    for two in ("اثنا", "اثني", "اثنتا", "اثنتي", "ثاني", "ثانيه"):
        v[f"{two} عشر"] = v[f"{two} عشره"] = 12
    for art in ("", "ال"):
        for stem, n in _ORD.items():
            v.setdefault(art + stem, n)
            v[f"{art}{stem} عشر"] = v[f"{art}{stem} عشره"] = 10 + n
            for ten, t in _TENS_ORD.items():
                v[f"{art}{stem} و{ten}"] = v[f"{art}{stem} وال{ten}"] = t + n
        for ten, t in _TENS_ORD.items():
            v.setdefault(art + ten, t)
    v["اولي"] = v["الاولي"] = v["اول"] = v["الاول"] = v["الواحده"] = 1
    return v


_VALUE = _values()
_NUM = (
    rf"(?:{_trie(_ONES)}(?:\s*و\s*{_trie(_TENS)}|\s+عشره?)?|{_trie(_TENS)}|{_trie(_TEENS)}"
    r"|(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي)\s+عشره?)"
)
_ORDINAL = (
    rf"(?:(?:ال)?{_trie(_ORD)}(?:\s+عشره?|\s*و\s*(?:ال)?{_trie(_TENS_ORD)})?"
    rf"|(?:ال)?{_trie(_TENS_ORD)})"
)
_LAST_WORD = r"(?:اخر|الاخير|الاخيره|الاخر)"


def _norm(raw: str | None) -> str:
    return " ".join((raw or "").split())


def _int(raw: str) -> int | None:
    """The value of a number or ordinal as the engine hands it on (digits, "3rd" or Arabic)."""
    raw = re.sub(r"و\s+", "و", " ".join(raw.split()))
    digits = re.match(r"\d+", raw)
    if digits:
        return int(digits[0])
    return _VALUE.get(raw)


def _ord(raw: str) -> str | None:
    if re.fullmatch(_LAST_WORD, raw) or raw == "last":
        return "last"
    n = _int(raw)
    return _ordinal(n) if n else None


# ---------------------------------------------------------------- months and weekdays


def _months() -> dict[str, int]:
    out: dict[str, int] = {}
    for name, m in _MONTH_NAMES.items():
        out[name] = m
    for word, n in {**_ONES, **_TEENS}.items():
        if 1 <= n <= 12:
            out[f"شهر {word}"] = n
    for two in ("اثنا", "اثني"):
        out[f"شهر {two} عشر"] = 12
    out["شهر احدي عشر"] = out["شهر احد عشر"] = 11
    for n in range(1, 13):
        out[f"شهر {n}"] = n
    for stem, n in _ORD.items():
        if stem in ("حادي", "حاديه") or stem.endswith("ه") or stem == "اولي":
            continue
        out[f"الشهر ال{stem}"] = n
    out["الشهر الحادي عشر"] = 11
    out["الشهر الثاني عشر"] = 12
    return out


_MONTHS = _months()
# A month as written after a preposition glued to it: بايلول, لشهر مارس, وشهر 3.
_MONTH = f"(?P<month>{_trie(_MONTHS)})"
_MON = rf"[بلو]?(?:شهر\s+)?{_MONTH}"
_WD_PREFIX = r"(?:(?:في|فى)\s+)?(?:[لب]?يوم\s+|نهار\s+)?"


def _weekdays() -> dict[str, int]:
    out: dict[str, int] = {**_WEEKDAYS, **_BARE_WEEKDAYS}
    for word, d in _WEEKDAYS.items():
        for glued in ("ب", "ف"):
            out[glued + word] = d
        out["لل" + word[2:]] = d
    return out


_WEEKDAY_TABLE = _weekdays()
_WD = f"(?P<wd>{_trie(_WEEKDAY_TABLE)})"
