"""Indonesian time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language, Replacement

# fmt: off
_ONES = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9}
_NUMBERS = {"nol": 0, "sepuluh": 10, "sebelas": 11, "seratus": 100, **_ONES}
for _w, _v in _ONES.items():
    if _v > 1:
        _NUMBERS[f"{_w} belas"] = 10 + _v
        _NUMBERS[f"{_w} puluh"] = 10 * _v
        for _w1, _v1 in _ONES.items():
            _NUMBERS[f"{_w} puluh {_w1}"] = 10 * _v + _v1

_UNITS = {
    "detik": "second", "dtk": "second", "menit": "minute", "mnt": "minute", "jam": "hour",
    "hari": "day", "hr": "day", "minggu": "week", "mgg": "week", "pekan": "week",
    "bulan": "month", "bln": "month", "tahun": "year", "thn": "year", "th": "year",
}
_PARTS = {"pagi": "morning", "siang": "noon", "sore": "afternoon", "malam": "night",
          "malem": "night", "mlm": "night", "subuh": "morning"}
_DAYS = {"besok": "tomorrow", "bsk": "tomorrow", "besuk": "tomorrow", "esok": "tomorrow",
         "lusa": "the day after tomorrow", "kemarin": "yesterday", "kemaren": "yesterday",
         "kmrn": "yesterday", "kmarin": "yesterday"}
_PART_OF = {"besok": "tomorrow", "bsk": "tomorrow", "besuk": "tomorrow", "esok": "tomorrow",
            "kemarin": "yesterday", "kemaren": "yesterday", "kmrn": "yesterday"}
_MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "agst": 8, "ags": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
             "jumaat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
# Words that are ordinary words too, or that the phrases read: "minggu" is Sunday and week.
_AMBIGUOUS = {"minggu", "mgg", "jam", "sore", "pagi", "siang", "malam", "malem", "mlm", "subuh",
              "hari", "hr", "des", "th", "ahad", "agu", "tahun", "bulan"}
_WORDS: dict[str, str] = {
    "habis makan siang": "after lunch", "abis makan siang": "after lunch",
    "setelah makan siang": "after lunch", "sesudah makan siang": "after lunch",
    **_DAYS, **_PARTS, "hari ini": "today", "hr ini": "today",
    "besok lusa": "the day after tomorrow", "kemarin lusa": "the day before yesterday",
    "pagi ini": "this morning", "tadi pagi": "this morning", "siang ini": "today at noon",
    "sore ini": "this afternoon", "malam ini": "tonight", "malem ini": "tonight",
    "mlm ini": "tonight", "tadi malam": "last night", "semalam": "last night",
    "tengah malam": "midnight", "tengah hari": "noon", "akhir pekan": "weekend",
    "akhir minggu": "weekend", "sebelum": "before", "sblm": "before", "sampai": "until",
    "sampe": "until", "hingga": "until", "paling lambat": "by", "plg lambat": "by",
    "maksimal": "by", "dari": "from", "antara": "between", "setiap hari": "every day",
    "tiap hari": "every day", "tiap hr": "every day", "saban hari": "every day",
    "setiap hari kerja": "every weekday", "tiap hari kerja": "every weekday",
}
# fmt: on
for _d, _e in _PART_OF.items():
    for _p, _pe in _PARTS.items():
        _WORDS[f"{_d} {_p}"] = f"{_e} {_pe}"
for _p, _pe in (("pagi", "morning"), ("siang", "noon"), ("sore", "afternoon"), ("malam", "night")):
    _WORDS[f"lusa {_p}"] = f"the day after tomorrow {_pe}"
_LATER = ("nanti", "ntar", "entar", "ntr", "nnti")  # later today
_LATER_PARTS = {"pagi": "this morning", "siang": "today at noon", "sore": "this afternoon",
                "malam": "tonight", "malem": "tonight", "mlm": "tonight"}  # fmt: skip
_WORDS.update({f"{w} {p}": e for w in _LATER for p, e in _LATER_PARTS.items()})
# Common Indonesian chat words, kept as they are: they tell the engine a message is Indonesian.
_MARKERS = ("ingetin", "ingatkan", "tolong", "jangan", "jgn", "aku", "saya", "udah", "sudah")
_WORDS.update({w: w for w in _MARKERS})

_CLOCK = r"(?:jam|pukul|pkl|pk|jm)\.?\s*"
_PART = r"pagi|siang|sore|malam|malem|mlm|subuh"
# "s/d" (sampai dengan) is spelt with escapes so that "s" and "d" are no vocabulary words.
_UNTIL = r"sampai|sampe|hingga|sd|\x73[/.]\x64\.?|-"
_EVERY = r"(?:setiap|tiap|tiap2|tiap-tiap|saban)"


def _hour(h: int, part: str | None) -> int:
    """The 24-hour clock hour for `h` said with a part of day (English name) or alone."""
    if part is None or h > 12:
        return h
    if part == "morning":
        return 0 if h == 12 else h
    if part == "noon":
        return h + 12 if h <= 6 else h
    if part == "afternoon":
        return h if h == 12 else h + 12
    return h + 12 if 6 <= h <= 11 else (0 if h == 12 else h)


def _clock(g: Mapping[str, str]) -> str | None:
    """'at HH:MM' for a clock phrase: hour, minutes, half/quarter words, part of day."""
    raw = g["n"]
    hour, _, minutes = raw.partition(".")
    if not hour.isdigit() or (minutes and not minutes.isdigit()):
        return None
    h, m = int(hour), int(minutes.ljust(2, "0")[:2]) if minutes else 0
    if "n2" in g:
        m = int(g["n2"])
    if g.get("half"):
        h, m = h - 1, 30
    if g.get("op"):
        add = 15 if g.get("q") else int(g.get("n3", "0"))
        h, m = (h, add) if g["op"] != "kurang" else (h - 1, 60 - add)
    part = g.get("p") or g.get("p0")
    if part is None and len(hour) == 2 and hour[0] == "0":  # "09.00" is the 24-hour clock
        part = "morning"
    if not (0 <= h <= 24 and 0 <= m < 60):
        return None
    day = g.get("d0") or g.get("d")
    day = "" if day is None or day in _LATER else day
    # "10.00" and "16.00" keep their minutes: a written 24-hour clock is read as one
    label = f"{h}:{m:02d}" if part is None and len(minutes) == 2 else _label(h, m, part)
    if g.get("pre"):  # "by 10am tomorrow": the grammar reads the deadline before the day
        return f"{g['pre']} {label} {day}".strip()
    return f"{day} at {label}".strip()


def _label(h: int, m: int, part: str | None) -> str:
    if part == "night" and h == 12 and not m:
        return "midnight"
    if part is None and 1 <= h <= 12:
        return f"{h}:{m:02d}" if m else f"{h}"
    h = _hour(h, part) % 24
    hh = f"{h % 12 or 12}:{m:02d}" if m else f"{h % 12 or 12}"
    return f"{hh}{'am' if h < 12 else 'pm'}"


def _hm(n: str, n2: str | None) -> tuple[int, int] | None:
    hour, _, minutes = n.partition(".")
    if not hour.isdigit() or (minutes and not minutes.isdigit()):
        return None
    m = int(n2) if n2 else int(minutes.ljust(2, "0")[:2]) if minutes else 0
    return (int(hour), m) if int(hour) <= 24 and m < 60 else None


def _span(g: Mapping[str, str]) -> str | None:
    """'from 2 to 4pm': a clock range, the end's part of day also read into the start."""
    a, b = _hm(g["n"], g.get("n2")), _hm(g["n3"], g.get("n4"))
    if a is None or b is None:
        return None
    end_part = g.get("p") or g.get("p1")
    start_part = g.get("p0")
    if start_part is None and end_part and _hour(a[0], end_part) <= _hour(b[0], end_part):
        start_part = end_part
    if end_part is None and start_part and _hour(a[0], start_part) <= _hour(b[0], start_part):
        end_part = start_part
    return f"from {_label(*a, start_part)} to {_label(*b, end_part)}"


def _every_clock(g: Mapping[str, str]) -> str | None:
    at = _clock(g)
    return None if at is None else f"every day {at}"


def _every_days(g: Mapping[str, str]) -> str:
    days = [g[k] for k in ("wd", "wd2", "wd3") if k in g]
    every = "every " + (days[0] if len(days) == 1 else ", ".join(days[:-1]) + " and " + days[-1])
    return f"{every} {g['p']}" if g.get("p") else every


_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _eve(g: Mapping[str, str]) -> str:
    """'malam jumat' is the night before Friday, Thursday night ('tiap malam minggu': every)."""
    night = f"{_ORDER[_ORDER.index(g['wd']) - 1]} night"
    return f"every {night}" if g.get("e") else night


def _span_days(g: Mapping[str, str]) -> str:
    """A weekday span said with a clock time is a routine: 'every monday, ... and friday'."""
    a, b = _ORDER.index(g["wd"]), _ORDER.index(g["wd2"])
    if (a, b) == (0, 4):
        return "every weekday"
    days = list(_ORDER[a : b + 1]) if a < b else [g["wd"], g["wd2"]]
    return "every " + ", ".join(days[:-1]) + " and " + days[-1]


def _nth(g: Mapping[str, str]) -> str | None:
    n = int(g["day"]) if g["day"].isdigit() else 0
    if not 1 <= n <= 31:
        return None
    suffix = "th" if 10 <= n <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _the_nth(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"on the {nth}"


def _every_nth(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"the {nth} of every month"


def _nth_next_month(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"the {nth} of next month"


_TIME = (
    r"(?:(?P<d0>besok|bsk|besuk|esok|lusa|hari\s+ini|hr\s+ini)\s+(?=sebelum|sblm|paling|plg|maks|sampai|sampe|hingga))?"
    r"(?:(?P<pre>sebelum|sblm|paling\s+lambat|plg\s+lambat|maksimal|sampai|sampe|hingga)\s+)?"
    r"(?:(?P<d>besok|bsk|besuk|esok|lusa|kemarin|kemaren|kmrn|hari\s+ini|hr\s+ini|nanti|ntar|entar|ntr|nnti)\s+)?"
    rf"(?:(?P<p0>{_PART})(?:\s+ini)?\s+)?{_CLOCK}(?:(?P<half>setengah|stgh|stengah)\s+)?{{n}}"
    rf"(?::{{n2}}|\s+(?P<op>lewat|lebih|kurang)\s+(?:(?P<q>seperempat)|{{n3}})(?:\s+menit)?)?"
    rf"(?:\s*-?an)?(?:\s+(?P<p>{_PART}))?"
)

# fmt: off
_PHRASES: tuple[tuple[str, Replacement], ...] = (
    # Routines said with a clock time.
    (rf"{_EVERY}\s+(?:hari\s+)?(?P<p0>{_PART})\s+{_CLOCK}{{n}}(?::{{n2}})?", _every_clock),
    (rf"(?:(?P<e>{_EVERY})\s+)?(?:hari\s+)?malam\s+{{wd}}", _eve),
    (rf"(?:(?P<e>{_EVERY})\s+)?sabtu\s*(?:-|dan|&|,)?\s*minggu(?!\s+(?:depan|dpn|ini|lalu))",
     lambda g: "every weekend" if g.get("e") else "weekend"),
    (rf"{_EVERY}\s+(?:hari\s+)?{{wd}}\s*(?:{_UNTIL})\s*{{wd2}}", _span_days),
    (
        rf"(?:hari\s+)?{{wd}}\s*(?:{_UNTIL})\s*{{wd2}}"
        rf"(?=\s+(?:{_CLOCK}|{_PART}|{_EVERY}))",
        _span_days,
    ),
    (rf"(?:dari\s+)?{{wd}}\s*(?:{_UNTIL})\s*{{wd2}}", "from {wd} to {wd2}"),
    (r"{wd}\s+terakhir\s+(?:di\s+)?(?:setiap|tiap)\s+bulan", "last {wd} of every month"),
    (r"{wd}\s+pertama\s+(?:di\s+)?(?:setiap|tiap)\s+bulan", "first {wd} of every month"),
    (
        rf"{_EVERY}\s+(?:tanggal|tgl|tg)\.?\s*{{day}}(?:\s+(?:setiap|tiap)?\s*bulan)?",
        _every_nth,
    ),
    (rf"(?:tanggal|tgl|tg)\.?\s*{{day}}\s+{_EVERY}\s+bulan", _every_nth),
    (rf"{_EVERY}\s+bulan\s+(?:(?:pada\s+)?tanggal|tgl)\.?\s*{{day}}", _every_nth),
    (rf"{_EVERY}!\s+{{n}}\s*{{unit}}", "every! {n} {unit}"),
    (rf"{_EVERY}\s+{{n}}\s*{{unit}}", "every {n} {unit}"),
    (rf"{_EVERY}\s+(?:minggu|ahad)(?=\s+(?:{_CLOCK}|{_PART}))", "every sunday"),
    (rf"{_EVERY}\s+(?P<u>minggu|mgg|pekan|bulan|tahun|jam)", "every {u}"),
    (
        rf"{_EVERY}\s+(?:hari\s+)?{{wd}}(?:\s*(?:,|dan|&)\s*{{wd2}})?(?:\s*(?:,|dan|&)\s*{{wd3}})?"
        rf"(?:\s+(?P<p>{_PART})(?!\s+{_CLOCK}))?",
        _every_days,
    ),
    (rf"{_EVERY}\s+(?P<p>{_PART})", "every {p}"),
    (rf"{_EVERY}\s+akhir\s+(?:pekan|minggu)", "every weekend"),
    (rf"{_EVERY}\s+akhir\s+bulan", "last day of every month"),
    (rf"{_EVERY}\s+awal\s+bulan", "the 1st of every month"),
    (r"se(?:tiap|tiap)?\s*(?P<u>minggu|bulan|tahun|hari)\s+sekali", "every {u}"),
    # "besok-besok", "kapan-kapan": some day, no date.
    (r"(?:besok|kapan)(?:-|\s)?(?:besok|kapan|2)", "some day"),
    # Offsets.
    (r"{n}\s+setengah\s+jam\s+(?:lagi|kemudian)",
     lambda g: f"in {int(float(g['n']) * 60) + 30} minutes"),
    (r"setengah\s+jam\s+(?:lagi|kemudian)", "in 30 minutes"),
    (r"{n}\s*{unit}\s+(?:lagi|kemudian|dari\s+sekarang)", "in {n} {unit}"),
    (r"se{unit}\s+(?:lagi|kemudian)", "in 1 {unit}"),
    (r"(?:dalam|dlm)\s+(?:waktu\s+)?{n}\s*{unit}(?:\s+(?:lagi|ke\s+depan))?", "in {n} {unit}"),
    (r"(?:setelah|sesudah|stlh)\s+{n}\s*{unit}", "after {n} {unit}"),
    (r"{n}\s*{unit}\s+(?:yang|yg)?\s*(?:lalu|lewat|sebelumnya)", "{n} {unit} ago"),
    (r"se{unit}\s+(?:yang|yg)?\s*(?:lalu|sebelumnya)", "1 {unit} ago"),
    # Dates.
    (r"(?:tanggal|tgl|tg)\.?\s*{day}\s+bulan\s+(?:depan|dpn)", _nth_next_month),
    (r"(?:tanggal|tgl|tg)\.?\s*{day}\s*(?:-|/)?\s*{month}", "{day} {month}"),
    (r"(?:tanggal|tgl|tg)\.?\s*{day}(?![/.-]\d)", _the_nth),
    (r"{day}\s+{month}", "{day} {month}"),
    # Sunday and week share "minggu".
    (r"(?:akhir\s+(?:pekan|minggu)|weekend)\s+ini", "this weekend"),
    (r"weekend\s+(?:depan|dpn)", "next weekend"),
    (r"akhir\s+(?:pekan|minggu)\s+(?:depan|dpn)", "next weekend"),
    (r"akhir\s+(?P<u>bulan|tahun)(?:\s+ini)?", "end of the {u}"),
    (r"akhir\s+(?P<u>bulan|tahun|minggu|pekan)\s+(?:depan|dpn)", "end of next {u}"),
    (r"awal\s+(?P<u>bulan|tahun|minggu|pekan)\s+(?:depan|dpn)", "beginning of next {u}"),
    (r"hari\s+(?:minggu|ahad)\s+(?:depan|dpn|berikutnya)", "next sunday"),
    (r"(?:minggu|mgg|pekan)\s+(?:depan|dpn)\s+(?:hari\s+)?{wd}", "{wd} next week"),
    (
        r"(?P<u>minggu|mgg|pekan|bulan|bln|tahun|thn)\s+(?:depan|dpn|berikutnya|mendatang)",
        "next {u}",
    ),
    (
        r"(?P<u>minggu|mgg|pekan|bulan|bln|tahun|thn)\s+(?:lalu|kemarin|kmrn|kemaren)",
        "last {u}",
    ),
    (r"(?P<u>minggu|mgg|pekan|bulan|bln|tahun|thn)\s+ini", "this {u}"),
    # Weekdays.
    (r"(?:hari\s+)?{wd}\s+(?:depan|dpn|berikutnya|mendatang)", "next {wd}"),
    (r"(?:hari\s+)?{wd}\s+(?:lalu|kemarin|kmrn|kemaren)", "last {wd}"),
    (r"(?:hari\s+)?{wd}\s+ini", "this {wd}"),
    (rf"(?:hari\s+)?{{wd}}\s+(?P<p>{_PART})(?!\s+(?:ini|jam|pukul))", "{wd} {p}"),
    (r"hari\s+{wd}", "on {wd}"),
    (rf"(?:minggu|ahad)(?=\s+(?:{_CLOCK}|{_PART}))", "sunday"),
    (r"(?:sebelum|sblm)\s+(?:minggu|ahad)(?!\s+(?:depan|dpn|ini|lalu))", "before sunday"),
    (r"(?:sampai|sampe|hingga)\s+(?:minggu|ahad)(?!\s+(?:depan|dpn|ini|lalu))", "until sunday"),
    (r"(?:pada|pas)\s+(?:minggu|ahad)(?!\s+(?:depan|dpn|ini|lalu))", "on sunday"),
    # Clock times.
    (r"setengah\s+jam", "half an hour"),
    (rf"(?:(?:dari|antara)\s+)?{_CLOCK}{{n}}(?::{{n2}})?(?:\s+(?P<p0>{_PART}))?\s*"
     rf"(?:{_UNTIL}|dan)\s*(?:{_CLOCK})?{{n3}}(?::{{n4}})?(?:\s+(?P<p>{_PART}))?",
     _span),
    (_TIME, _clock),
    (r"(?:(?P<half>setengah|stgh)\s+)?{n}(?::{n2})?\s+(?P<p>pagi|sore|subuh)", _clock),
    (r"dan(?=\s+(?:jam|pukul)\s*\d)", "and"),
    # A part of the day closing the message after a comma: "kamis cek laporan toko, sore".
    # ... or said alone, as when that part is read back out of the message.
    (r"(?:(?<=,)|^)\s*(?P<p>pagi|sore|malam|malem|mlm)(?:\s+(?:aja|ya|deh))?(?=[\s.!]*$)",
     lambda g: f" in the {'evening' if g['p'] == 'night' else g['p']}"),
)
# fmt: on

LANGUAGE = Language(
    code="id",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    words=_WORDS,
    phrases=_PHRASES,
    ambiguous=frozenset(_AMBIGUOUS | set(_NUMBERS)),
    not_before=(r"bukan", r"jangan", r"ganti\s+dari"),
    not_after=(),
)
