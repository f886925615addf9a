"""Holiday names and the rule that puts each one on a calendar day for a given year."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from dateutil.easter import EASTER_ORTHODOX, easter

from flowhub.nlp._lexicon import VERBS_EN
from flowhub.nlp._title_spelling import english_rank

# A rule returns (first day, exclusive end day or None) for a year, or None when unknown.
Span = tuple[date, date | None]
Rule = Callable[[int], Span | None]


def _fixed(month: int, day: int, length: int = 0) -> Rule:
    def rule(year: int) -> Span:
        d = date(year, month, day)
        return d, (d + timedelta(days=length) if length else None)

    return rule


def _nth_weekday(month: int, weekday: int, n: int, shift: int = 0) -> Rule:
    """The n-th (negative: from the end) weekday of a month, optionally shifted by days."""

    def rule(year: int) -> Span:
        return _nth_weekday_date(year, month, weekday, n) + timedelta(days=shift), None

    return rule


def _nth_weekday_date(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def _easter(offset: int, method: Literal[1, 2, 3] = 3, length: int = 0) -> Rule:
    def rule(year: int) -> Span:
        d = easter(year, method) + timedelta(days=offset)
        return d, (d + timedelta(days=length) if length else None)

    return rule


def _weekday_observed(month: int, day: int) -> Rule:
    """A fixed day moved to the nearest weekday when it falls on a weekend."""

    def rule(year: int) -> Span:
        d = date(year, month, day)
        if d.weekday() == 5:
            d -= timedelta(days=1)
        elif d.weekday() == 6:
            d += timedelta(days=1)
        return d, None

    return rule


def _kings_day(year: int) -> Span:
    d = date(year, 4, 27)
    return (d - timedelta(days=1) if d.weekday() == 6 else d), None


def _lent(year: int) -> Span:
    e = easter(year)
    return e - timedelta(days=46), e


def _great_lent(year: int) -> Span:
    e = easter(year, EASTER_ORTHODOX)
    return e - timedelta(days=48), e - timedelta(days=8)


def _lib(kind: str, method: str, length: int = 0, offset: int = 0) -> Rule:
    """A rule backed by the lunisolar calendars of the `holidays` package."""

    def rule(year: int) -> Span | None:
        cal = _calendar(kind)
        if cal is None:
            return None
        try:
            got = getattr(cal, method)(year)
            items = [got] if isinstance(got, date | tuple) else list(got)
        except Exception:  # the tables cover a finite span of years
            return None
        # lunar calendars can yield two dates for one Gregorian year; keep this year's first
        days = [i[0] if isinstance(i, tuple) else i for i in items]
        days = [x for x in days if isinstance(x, date) and x.year == year]
        if not days:
            return None
        d = days[0] + timedelta(days=offset)
        return d, (d + timedelta(days=length) if length else None)

    return rule


@lru_cache(maxsize=8)
def _calendar(kind: str) -> object | None:
    try:
        from holidays import calendars
    except ImportError:  # pragma: no cover - the package is a declared dependency
        return None
    cls = {
        "islamic": "_IslamicLunar",
        "hebrew": "_HebrewLunisolar",
        "chinese": "_ChineseLunisolar",
        "hindu": "_HinduLunisolar",
    }[kind]
    factory = getattr(calendars, cls, None)
    return factory() if factory else None


# Lunisolar dates (month, day) for 2013-2030 from published festival calendars, for the
# holidays whose day the `holidays` package computes differently (its Hindu calendar is a day
# off for several of these, and wrong for Diwali 2017). Outside these years the package decides.
_FIRST_TABLE_YEAR = 2013
_LUNAR_DAYS: dict[str, str] = {
    "dhanteras": "1101 1021 1109 1028 1017 1105 1025 1113 1102 1022 1110 1029 1018 1106 "
    "1027 1015 1104 1024",
    "navaratri": "1005 0925 1013 1001 0921 1009 0929 1017 1006 0926 1015 1003 0922 1011 "
    "0930 0919 1008 0927",
    "thiru_onam": "0820 0906 0828 0913 0904 0824 0911 0831 0821 0908 0829 0915 0905 0826 "
    "0912 0901 0822 0909",
    "vasant_panchami": "0215 0204 0124 0212 0201 0122 0210 0129 0216 0205 0126 0214 0202 0123 "
    "0211 0131 0119 0207",
    "vesak": "0524 0514 0503 0521 0510 0529 0518 0507 0526 0515 0505 0523 0512 0531 0520 "
    "0508 0527 0517",
    "raksha_bandhan": "0820 0810 0829 0818 0807 0826 0815 0803 0822 0811 0830 0819 0809 0828 "
    "0817 0805 0823 0813",
}


@lru_cache(maxsize=16)
def _lunar_days(key: str) -> dict[int, date]:
    out: dict[int, date] = {}
    for i, md in enumerate(_LUNAR_DAYS[key].split()):
        year = _FIRST_TABLE_YEAR + i
        out[year] = date(year, int(md[:2]), int(md[2:]))
    return out


def _tabled(key: str, fallback: Rule, offset: int = 0, length: int = 0) -> Rule:
    """A day from `_LUNAR_DAYS` (shifted by `offset` days), else the fallback rule."""

    def rule(year: int) -> Span | None:
        base = _lunar_days(key).get(year)
        if base is None:
            return fallback(year)
        d = base + timedelta(days=offset)
        return d, (d + timedelta(days=length) if length else None)

    return rule


def _hebrew_leap(year: int) -> bool:
    """Whether the Hebrew year that holds the spring of Gregorian `year` has two Adars."""
    return (7 * (year + 3760) + 1) % 19 < 7


def _tu_bishvat(year: int) -> Span | None:
    """15 Shevat, given (like the other Jewish holidays here) as the eve it starts on."""
    got = _lib("hebrew", "passover_date")(year)
    if got is None:
        return None
    return got[0] - timedelta(days=(89 if _hebrew_leap(year) else 59) + 1), None


def _yom_haatzmaut(year: int) -> Span | None:
    """5 Iyar moved off Friday/Saturday (to Thursday) and Monday (to Tuesday); its eve."""
    got = _lib("hebrew", "passover_date")(year)
    if got is None:
        return None
    d = got[0] + timedelta(days=20)
    d -= timedelta(days={4: 1, 5: 2}.get(d.weekday(), 0))
    if d.weekday() == 0 and year >= 2004:
        d += timedelta(days=1)
    return d - timedelta(days=1), None


def _parsi_new_year(year: int) -> Span:
    """Shahenshahi new year: a 365-day calendar, so one day earlier every leap day."""
    return date(2016, 8, 17) + timedelta(days=365 * (year - 2016)), None


_EARTH_HOUR_MOVED = {2025: date(2025, 3, 22)}


def _earth_hour(year: int) -> Span:
    """Last Saturday of March (a week earlier when that is Holy Saturday), 20:30 local."""
    d = _EARTH_HOUR_MOVED.get(year)
    if d is None:
        d = _nth_weekday_date(year, 3, 5, -1)
        if d + timedelta(days=1) == easter(year):
            d -= timedelta(days=7)
    return d, None


_GYSD = {2012: date(2012, 4, 20), 2013: date(2013, 4, 26), 2014: date(2014, 4, 11)}


def _youth_service_day(year: int) -> Span:
    """Global Youth Service Day: a Friday-to-Sunday weekend in April (third Friday lately)."""
    d = _GYSD.get(year) or _nth_weekday_date(year, 4, 4, 3)
    return d, d + timedelta(days=3)


_TABLE: list[tuple[str, Rule]] = [
    ("christmas eve|xmas eve", _fixed(12, 24)),
    ("christmas day|christmas|xmas|x-mas|navidad|natal|noel|weihnachten", _fixed(12, 25)),
    ("boxing day", _fixed(12, 26)),
    (
        "new year's eve|new years eve|new year eve|nye|silvester|nochevieja|reveillon",
        _fixed(12, 31),
    ),
    (
        "new year's day|new years day|new year's|new years|new year|ano nuevo|ano novo|neujahr"
        "|tahun baru",
        _fixed(1, 1),
    ),
    ("valentine's day|valentines day|valentine day|valentine's|valentines", _fixed(2, 14)),
    ("halloween", _fixed(10, 31)),
    (
        "st patrick's day|st. patrick's day|saint patrick's day|st paddy's day|saint paddy's day|"
        "st patricks day|saint patricks day|st paddys day|saint paddys day",
        _fixed(3, 17),
    ),
    ("independence day|fourth of july|4th of july|july 4th", _fixed(7, 4)),
    ("juneteenth", _fixed(6, 19)),
    ("veterans day|veteran's day|armistice day|remembrance day", _fixed(11, 11)),
    ("earth day", _fixed(4, 22)),
    ("april fools day|april fool's day|april fools", _fixed(4, 1)),
    ("groundhog day", _fixed(2, 2)),
    ("cinco de mayo", _fixed(5, 5)),
    ("world vegan day", _fixed(11, 1)),
    ("may day", _fixed(5, 1)),
    ("all saints day|all saints' day", _fixed(11, 1)),
    ("epiphany|three kings day", _fixed(1, 6)),
    ("assumption day|assumption of mary", _fixed(8, 15)),
    ("boss's day|bosses day|boss day|boss's", _weekday_observed(10, 16)),
    ("thanksgiving day|thanksgiving", _nth_weekday(11, 3, 4)),
    ("black friday", _nth_weekday(11, 3, 4, 1)),
    ("cyber monday", _nth_weekday(11, 3, 4, 4)),
    ("mother's day|mothers day|mother day", _nth_weekday(5, 6, 2)),
    ("father's day|fathers day|father day", _nth_weekday(6, 6, 3)),
    ("memorial day", _nth_weekday(5, 0, -1)),
    ("labor day|labour day", _nth_weekday(9, 0, 1)),
    (
        "martin luther king's day|martin luther king day|martin luther kings day|"
        "martin luther king jr day|mlk jr. day|mlk jr day|mlk day|civil rights day",
        _nth_weekday(1, 0, 3),
    ),
    ("presidents day|presidents' day|president's day|washington's birthday", _nth_weekday(2, 0, 3)),
    ("columbus day|indigenous peoples day", _nth_weekday(10, 0, 2)),
    ("earth hour", _earth_hour),
    ("global youth service day|gysd", _youth_service_day),
    ("parsi new year|jamshedi navroz|jamshedi navroz day", _parsi_new_year),
    ("tu bishvat|tu b'shevat|tu bishevat|tu bshvat", _tu_bishvat),
    ("easter monday|easter mon", _easter(1)),
    ("easter sunday|easter|pascua|pascoa|paques|ostern", _easter(0)),
    ("good friday|viernes santo", _easter(-2)),
    ("holy saturday", _easter(-1)),
    (
        "maundy thursday|holy thursday|covenant thursday|covenant thu|thu of mysteries|"
        "thursday of mysteries",
        _easter(-3),
    ),
    ("palm sunday|branch sunday", _easter(-7)),
    ("ash wednesday", _easter(-46)),
    (
        "shrove tuesday|mardi gras|pancake day|pancake tuesday|fat tuesday|carnival tuesday",
        _easter(-47),
    ),
    ("ascension day|ascension thursday", _easter(39)),
    ("pentecost|whit sunday|whitsunday|white sunday|pfingsten", _easter(49)),
    ("whit monday|monday of the holy spirit|pentecost monday", _easter(50)),
    ("trinity sunday", _easter(56)),
    ("corpus christi", _easter(60)),
    ("lent", _lent),
    ("orthodox easter sunday|orthodox easter", _easter(0, EASTER_ORTHODOX)),
    ("orthodox good friday|orthodox great friday", _easter(-2, EASTER_ORTHODOX)),
    ("clean monday|orthodox shrove monday|ash monday", _easter(-48, EASTER_ORTHODOX)),
    ("lazarus saturday", _easter(-8, EASTER_ORTHODOX)),
    ("orthodox easter monday", _easter(1, EASTER_ORTHODOX)),
    ("orthodox holy saturday|orthodox great saturday", _easter(-1, EASTER_ORTHODOX)),
    ("orthodox palm sunday", _easter(-7, EASTER_ORTHODOX)),
    ("great lent|great fast", _great_lent),
    ("king's day|kings day|koningsdag", _kings_day),
    (
        "chinese new year's day|chinese lunar new year's day|chinese lunar new year|"
        "chinese new years|chinese new year|lunar new year|spring festival",
        _lib("chinese", "lunar_new_year_date"),
    ),
    ("mid-autumn festival|mid autumn festival|moon festival", _lib("chinese", "mid_autumn_date")),
    ("dragon boat festival", _lib("chinese", "dragon_boat_date")),
    (
        "eid al-fitr|eid al fitr|eid ul-fitr|eid ul fitr|eid-ul-fitr",
        _lib("islamic", "eid_al_fitr_dates"),
    ),
    (
        "eid al-adha|eid al adha|eid ul-adha|id ul-adha|eid ul adha|sacrifice feast|bakr id|bakrid",
        _lib("islamic", "eid_al_adha_dates"),
    ),
    ("ramadan", _lib("islamic", "ramadan_beginning_dates", 30)),
    ("mawlid al-nabawi|mawlid|milad un nabi", _lib("islamic", "mawlid_dates")),
    ("islamic new year|hijri new year|amun jadid", _lib("islamic", "hijri_new_year_dates")),
    ("day of ashura|ashura", _lib("islamic", "ashura_dates")),
    (
        "laylat al-qadr|laylat al qadr|laylat al kadr|night of power|night of measures",
        _lib("islamic", "laylat_al_qadr_dates"),
    ),
    (
        "isra and mi'raj|isra and miraj|the prophet's ascension|the night journey|"
        "ascension to heaven",
        _lib("islamic", "isra_and_miraj_dates"),
    ),
    ("jumu'atul-wida|jamat ul-vida|jumuatul wida", _lib("islamic", "jumuatul_wida_dates")),
    ("rosh hashanah|rosh hashana|rosh hashanna", _lib("hebrew", "rosh_hashanah_date", 3, -1)),
    ("yom kippur", _lib("hebrew", "yom_kippur_date", 0, -1)),
    ("passover|pesach", _lib("hebrew", "passover_date", 9, -1)),
    ("chanukah|hanukkah|hanukah|hannukkah|hannukah", _lib("hebrew", "hanukkah_date", 8, -1)),
    ("shushan purim", _lib("hebrew", "purim_date")),
    ("purim", _lib("hebrew", "purim_date", 0, -1)),
    ("shemini atzeret", _lib("hebrew", "sukkot_date", 0, 6)),
    ("simchat torah", _lib("hebrew", "sukkot_date", 0, 7)),
    ("yom hashoah|holocaust day|holocaust remembrance day", _lib("hebrew", "passover_date", 0, 11)),
    ("rabindra jayanti|rabindranath jayanti", _fixed(5, 9)),
    ("the ides of march|ides of march", _fixed(3, 15)),
    ("shavuot", _lib("hebrew", "shavuot_date", 3, -1)),
    (
        "sukkot|succos|feast of the ingathering|feast of tabernacles",
        _lib("hebrew", "sukkot_date", 9, -1),
    ),
    ("tisha b'av|tisha bav", _lib("hebrew", "tisha_bav_date")),
    ("lag b'omer|lag baomer", _lib("hebrew", "lag_baomer_date", 0, -1)),
    ("yom haatzmaut|yom ha'atzmaut", _yom_haatzmaut),
    ("diwali|deepavali|lakshmi puja", _tabled("dhanteras", _lib("hindu", "diwali_date"), 2)),
    ("holi|dhulandi|phagwah", _lib("hindu", "holi_date")),
    ("dussehra|vijayadashami", _tabled("navaratri", _lib("hindu", "dussehra_date"), 9)),
    ("ganesh chaturthi", _lib("hindu", "ganesh_chaturthi_date")),
    ("maha shivaratri|mahashivratri", _lib("hindu", "maha_shivaratri_date")),
    (
        "krishna janmashtami|janmashtami|gokulashtami",
        _tabled("raksha_bandhan", _lib("hindu", "janmashtami_date"), 8),
    ),
    ("karva chauth|karwa chauth", _lib("hindu", "karwa_chauth_date")),
    (
        "guru gobind singh jayanti|guru gobind singh birthday|guru govind singh jayanti",
        _lib("hindu", "guru_gobind_singh_jayanti_date"),
    ),
    (
        "guru ravidass jayanti|guru ravidas jayanti|guru ravidass birthday|guru ravidas birthday",
        _lib("hindu", "guru_ravidas_jayanti_date"),
    ),
    (
        "vasant panchami|basant panchami",
        _tabled("vasant_panchami", _lib("hindu", "basant_panchami_date")),
    ),
    (
        "vesak|vaisakha|buddha day|buddha purnima",
        _tabled("vesak", _lib("hindu", "buddha_purnima_date")),
    ),
    ("dhanteras|dhanatrayodashi", _tabled("dhanteras", _lib("hindu", "diwali_date", 0, -2))),
    (
        "naraka chaturdashi|kali chaudas|choti diwali|chhoti diwali",
        _tabled("dhanteras", _lib("hindu", "diwali_date", 0, -1), 1),
    ),
    ("bhai dooj|bhau beej", _tabled("dhanteras", _lib("hindu", "diwali_date", 0, 2), 4)),
    ("govardhan puja|annakut", _tabled("dhanteras", _lib("hindu", "diwali_date", 0, 1), 3)),
    ("chhath puja|chhath|dala puja|surya shashthi", _lib("hindu", "chhath_puja_date")),
    ("maha saptami", _lib("hindu", "maha_ashtami_date", 0, -1)),
    ("maha navami", _tabled("navaratri", _lib("hindu", "maha_ashtami_date", 0, 1), 8)),
    (
        "navaratri|navratri|durga puja",
        _tabled("navaratri", _lib("hindu", "sharad_navratri_date", 10), 0, 10),
    ),
    ("ratha-yatra|ratha yatra|rath yatra", _lib("hindu", "rath_yatra_date")),
    ("raksha bandhan|rakhi", _tabled("raksha_bandhan", _lib("hindu", "raksha_bandhan_date"))),
    (
        "mahavir jayanti|mahaveer janma kalyanak|mahavir janma kalyanak",
        _lib("hindu", "mahavir_jayanti_date"),
    ),
    (
        "saraswati jayanti|dayananda saraswati jayanti",
        _lib("hindu", "swami_dayanand_saraswati_jayanti_date"),
    ),
    ("thai pongal|pongal|makara sankranthi|makar sankranti|maghi", _lib("hindu", "pongal_date")),
    ("bogi pandigai|boghi|bhogi", _lib("hindu", "pongal_date", 0, -1)),
    ("maattu pongal|mattu pongal", _lib("hindu", "pongal_date", 0, 1)),
    ("kaanum pongal|kanni pongal", _lib("hindu", "pongal_date", 0, 2)),
    ("vaisakhi|baisakhi|vasakhi|vaishakhi", _lib("hindu", "vaisakhi_date")),
    ("thiru onam|thiruvonam|onam", _tabled("thiru_onam", _lib("hindu", "onam_date"))),
    ("holika dahan|chhoti holi|kamudu pyre", _lib("hindu", "holi_date", 0, -1)),
    (
        "maharishi valmiki jayanti|valmiki jayanti|pargat diwas",
        _lib("hindu", "maharshi_valmiki_jayanti_date"),
    ),
    ("rama navami|ram navami", _lib("hindu", "ram_navami_date")),
    (
        "ugadi|yugadi|samvatsaradi|chaitra sukladi|chaitra sukhladi|gudi padwa",
        _lib("hindu", "gudi_padwa_date"),
    ),
]

NAMES: dict[str, Rule] = {}
for _names, _rule in _TABLE:
    for _n in _names.split("|"):
        NAMES.setdefault(_n, _rule)
        NAMES.setdefault(" ".join(_n.replace("-", " ").split()), _rule)


def lookup(name: str) -> Rule | None:
    """The rule for a folded holiday name as matched by the grammar."""
    return NAMES.get(" ".join(name.replace("-", " ").split())) or NAMES.get(name)


@lru_cache(maxsize=4096)
def holiday_span(name: str, year: int) -> Span | None:
    """First day and exclusive end (or None) of holiday `name` in `year`."""
    rule = lookup(name)
    return rule(year) if rule else None


# Words that may follow a holiday that is a date ("xmas morning", "christmas and", "easter at 5").
_AFTER_DATE = frozenset(
    """
    and or but nor to so then at in on by for from with before after until till til through
    morning afternoon evening night noon midday eve day days week weeks weekend holidays holiday
    break time is are was will would be i we you he she they it me us them my our your his her
    their this that these those the a an if as when while please pls also too again latest
    itself already yet still though hence ago later year years month months next last coming past
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday
    sunday one two three four five six seven eight nine ten eleven twelve twenty thirty thousand
    """.split()  # noqa: SIM905
)
# Words before a holiday that make it a date even when a noun follows ("by xmas dinner").
_DATE_LEAD = frozenset(
    "by before until till til on for after over from since around during at of".split()  # noqa: SIM905
)
# Words that open a noun phrase: a holiday after them and before a noun names a kind of thing.
_NOUN_LEAD = frozenset(
    "the a an with our my your their his her its some more extra fresh new".split()  # noqa: SIM905
)
_COMMON = 20_000
# Short words of other languages that read as English ones ("met" is Dutch "with").
_NOT_ENGLISH = frozenset(
    "met mit con avec den dem der die das des del per van voor bij aan com para pour sur".split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the holiday name at `text[start:end]` modifies a noun ("confirm the xmas menu",
    "halloween costumes") rather than naming a day ("by xmas", "christmas morning")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or len(nxt.group(1)) < 3 or nxt.group(1) in _AFTER_DATE:
        return False
    rank = english_rank(nxt.group(1))
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if rank is None or rank >= _COMMON or nxt.group(1) in _NOT_ENGLISH:
        # "Heiligabend bei den Eltern": the rest is not English, the day stays; "the order page
        # with christmas stollen": an English word before it makes the holiday a kind of thing.
        return before is not None and before.group(1).lower() in _NOUN_LEAD
    if before is None and nxt.group(1) in VERBS_EN:
        return False  # "new year's eve call grandma": the day, then the task
    return not (before and before.group(1).lower() in _DATE_LEAD)
