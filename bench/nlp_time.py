"""Benchmark FlowHub's `parse_when` against dateparser and Duckling on public corpora.

`python -m bench nlp_time` prints accuracy on Duckling's English corpus (overall and by
category), span recall and false positives on HWU64, speed and memory. `python -m
bench.nlp_time --misses` lists FlowHub's misses instead (for grammar work).
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from bench._util import DATA, REPO, latency, pct, peak_rss_mb, pin_one_core, table

DUCK_TZ = "Etc/GMT+2"  # fixed UTC-02:00, the Duckling corpus reference zone
HWU_NOW = datetime.fromisoformat("2026-03-04T10:00:00+01:00")
HWU_TZ = "Europe/Berlin"
# Even subsamples for the slow baselines, to keep the whole run near a minute.
SLOW_SAMPLES = {"dateparser.parse": (400, 400), "dateparser search_dates": (300, 400)}

Row = dict[str, Any]
Finder = Callable[[str, datetime, str], list[tuple[int, int, datetime | None]]]


def load(name: str) -> list[Row]:
    """Rows of a JSONL corpus under ../shared/data."""
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---------------------------------------------------------------- categories

_CATS: list[tuple[str, re.Pattern[str]]] = [
    ("recurrence", re.compile(r"\b(every|each|daily|weekly|monthly|yearly)\b", re.I)),
    (
        "start/end of period",
        re.compile(
            r"\b(eod|eom|eoy|bom|boy|end of|beginning of|early|mid|late (march|april)|rest of|"
            r"all week|by the end)\b",
            re.I,
        ),
    ),
    (
        "ranges/intervals",
        re.compile(
            r"(\d\s*-\s*\d|\bto\b|\bthru\b|\bthrough\b|\bbetween\b|\buntil\b|\btill\b|\bfrom\b|"
            r"\bsince\b|\bafter\b|\bbefore\b|\b(next|last|past)\s+(\d+|two|three|few)\b|"
            r"\bfor\s+\d+|\bwithin\b|\bseason|\bsummer|\bwinter)",
            re.I,
        ),
    ),
    (
        "times of day",
        re.compile(
            r"\b(morning|afternoon|evening|night|tonight|tonite|lunch|noon|midnight|midday|"
            r"mid day|week-?end|wkend)\b",
            re.I,
        ),
    ),
    (
        "relative offsets",
        re.compile(
            r"\b(in\s+(a|an|\d|one|two|three|few|half|about)|ago|hence|from now|back|now|atm|"
            r"asap|as soon|today|tomorrow|yesterday|tomorrows|this|next|last|past|current|"
            r"coming|upcoming|following|previous)\b",
            re.I,
        ),
    ),
    (
        "clock times",
        re.compile(
            r"(\d:\d|\d\s*[ap]\.?\s?m|\d\s*h\b|\d+h\d|o'?clock|\bat\s+\d|@|quarter|half|past\s|"
            r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
            re.I,
        ),
    ),
    ("weekdays", re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.I)),
]


def category(row: Row) -> str:
    """A heuristic category for a Duckling corpus row (first matching rule wins)."""
    if row.get("holiday"):
        return "holidays"
    if row["kind"] == "negative":
        return "negative"
    text = row["text"]
    for name, rx in _CATS:
        if rx.search(text):
            if name == "weekdays" and re.search(
                r"\b\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                r"oct|nov|dec)[a-z]*\b",
                text,
                re.I,
            ):
                return "absolute dates"
            return name
    return "absolute dates"


# ---------------------------------------------------------------- scoring


def truncate(d: datetime, grain: str) -> datetime:
    """`d` truncated to a Duckling grain (week = its Monday, quarter = its first month)."""
    if grain == "second":
        return d.replace(microsecond=0)
    if grain == "minute":
        return d.replace(second=0, microsecond=0)
    if grain == "hour":
        return d.replace(minute=0, second=0, microsecond=0)
    day = d.replace(hour=0, minute=0, second=0, microsecond=0)
    if grain == "day":
        return day
    if grain == "week":
        return day - timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return day.replace(day=1, month=3 * ((day.month - 1) // 3) + 1)
    return day.replace(day=1, month=1)


def correct(pred: datetime | None, row: Row) -> bool:
    """Scoring rule of SOURCES.md: prediction and expected truncated to the row's grain."""
    if row["kind"] == "negative":
        return pred is None
    if pred is None:
        return False
    exp = datetime.fromisoformat(row["expected"])
    grain = row["grain"]
    return truncate(pred.astimezone(exp.tzinfo), grain) == truncate(exp, grain)


_PART = re.compile(r"\b(morning|afternoon|evening|tonight|tonite|night|lunch)", re.I)
_EDGE_RULE = (
    "end/beginning of a period starts on its last/first day (end = end of the period), "
    "not on its last/first third"
)
_EDGE = re.compile(
    r"\b(end of|beginning of|eom|eoy|bom|boy|the eom|the boy|early|mid|late)\b", re.I
)


def convention(pred: datetime | None, row: Row) -> str | None:
    """The FlowHub rule that explains a disagreement with Duckling, if one does.

    The rules are recognised in English words, so a row in another language is read as FlowHub
    reads it: rewritten into English by the language's data first.
    """
    from flowhub.nlp._time_translate import translate

    text = translate(row["text"]).text.lower()
    if pred is None and re.fullmatch(r"(right |just )?now|atm|at the moment", text):
        return "a bare 'now' is not reported (it is never a due date in chat)"
    if pred is None or row["kind"] == "negative":
        return None
    exp = datetime.fromisoformat(row["expected"])
    ref = datetime.fromisoformat(row["ref"])
    p = pred.astimezone(exp.tzinfo)
    end = datetime.fromisoformat(row["end"]) if row.get("end") else None
    if re.match(r"\s*(by|within)\b", text) and row["kind"] == "interval" and exp == ref:
        return "'by X' / 'within N' is a deadline at X, not an interval from now"
    if p - exp == timedelta(hours=12) and not re.search(r"\d\s*[ap]\.?\s?m|\b[ap]m\b", text):
        return (
            "an ambiguous hour is the next occurrence within 12h (or 1-6 = pm when a day is given)"
        )
    if re.search(r"\beod\b", text):
        return "eod/cob is 17:00"
    if row["kind"] == "interval" and end is not None and exp <= p < end:
        if _PART.search(text):
            return "a part of day is one default time (morning 09:00, afternoon 15:00, ...)"
        if re.search(r"week-?\s?end|wkend", text):
            return "a weekend starts on Saturday (not Friday 18:00)"
        if _EDGE.search(text):
            return _EDGE_RULE
    if _PART.search(text) and p.date() == exp.date():
        return "a part of day is one default time (morning 09:00, afternoon 15:00, ...)"
    if (
        exp < ref
        and p > ref
        and (p - exp in (timedelta(days=1), timedelta(days=7)) or p.replace(year=exp.year) == exp)
    ):
        return "a past-looking time/date rolls forward to its next occurrence"
    if (
        row["kind"] == "interval"
        and end is not None
        and _EDGE.search(text)
        and exp.date() <= p.date() <= end.date()
    ):
        return _EDGE_RULE
    return None


# ---------------------------------------------------------------- systems


def flowhub_finder() -> Finder:
    """FlowHub's search_when (spans + start)."""
    from flowhub.nlp.when import search_when

    def find(text: str, now: datetime, tz: str) -> list[tuple[int, int, datetime | None]]:
        return [(w.span[0], w.span[1], w.start) for w in search_when(text, now=now, tz=tz)]

    return find


def dateparser_finder() -> Finder:
    """Plain dateparser.parse over the whole text (its span is the whole text)."""
    import dateparser

    def find(text: str, now: datetime, tz: str) -> list[tuple[int, int, datetime | None]]:
        settings = {
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "TIMEZONE": tz,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "future",
        }
        got = dateparser.parse(text, settings=settings)  # type: ignore[arg-type]
        return [(0, len(text), got)] if got else []

    return find


def search_dates_finder() -> Finder:
    """dateparser.search.search_dates (substring spans)."""
    from dateparser.search import search_dates

    def find(text: str, now: datetime, tz: str) -> list[tuple[int, int, datetime | None]]:
        settings = {
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "TIMEZONE": tz,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "future",
        }
        got = search_dates(text, languages=["en"], settings=settings) or []  # type: ignore[arg-type]
        out: list[tuple[int, int, datetime | None]] = []
        pos = 0
        for sub, dt in got:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i >= 0:
                out.append((i, i + len(sub), dt))
                pos = i + len(sub)
        return out

    return find


def duckling_finder() -> Finder | None:
    """Duckling through pyduckling-native-phihos, or None when it cannot be imported."""
    try:
        import duckling
    except Exception:
        return None
    tzdb = duckling.load_time_zones("/usr/share/zoneinfo")
    lang = duckling.parse_lang("EN")
    locale = duckling.default_locale_lang(lang)
    dims = duckling.parse_dimensions(["time"])

    def find(text: str, now: datetime, tz: str) -> list[tuple[int, int, datetime | None]]:
        ref = duckling.parse_ref_time(tzdb, tz, int(now.timestamp()))
        ctx = duckling.Context(ref, locale)
        out: list[tuple[int, int, datetime | None]] = []
        for r in duckling.parse(text, ctx, dims, False):
            v = r.get("value", {})
            iso = v.get("value") or (v.get("from") or v.get("to") or {}).get("value")
            out.append((r["start"], r["end"], datetime.fromisoformat(iso) if iso else None))
        return out

    return find


# ---------------------------------------------------------------- evaluation


def eval_duckling(find: Finder, rows: list[Row]) -> dict[str, Any]:
    """Accuracy on Duckling's corpus: overall, by category, conventions and misses."""
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    conv: Counter[str] = Counter()
    misses: list[tuple[Row, datetime | None]] = []
    ok = pos = neg_ok = neg = conv_n = 0
    for row in rows:
        now = datetime.fromisoformat(row["ref"])
        try:
            found = find(row["text"], now, DUCK_TZ)
        except Exception:
            found = []
        pred = found[0][2] if found else None
        cat = category(row)
        good = correct(pred, row)
        if row["kind"] == "negative":
            neg += 1
            neg_ok += good
            by_cat[cat][0] += good
            by_cat[cat][1] += 1
            if not good:
                misses.append((row, pred))
            continue
        pos += 1
        ok += good
        by_cat[cat][0] += good
        by_cat[cat][1] += 1
        if not good:
            rule = convention(pred, row)  # may explain a None too ("now")
            if rule:
                conv[rule] += 1
                conv_n += 1
                by_cat[cat][2] += 1
            else:
                misses.append((row, pred))
    return {
        "ok": ok,
        "pos": pos,
        "neg_ok": neg_ok,
        "neg": neg,
        "by_cat": dict(by_cat),
        "conv": conv,
        "conv_n": conv_n,
        "misses": misses,
    }


def eval_hwu(find: Finder, rows: list[Row]) -> dict[str, Any]:
    """Share of gold temporal spans overlapped by a prediction; false positives on the rest."""
    found = gold = fp = clean = 0
    missed: list[tuple[str, str]] = []
    fps: list[tuple[str, str]] = []
    for row in rows:
        try:
            spans = find(row["text"], HWU_NOW, HWU_TZ)
        except Exception:
            spans = []
        temporal = [row["slots"][i] for i in row["temporal"]]
        if not temporal:
            clean += 1
            if spans:
                fp += 1
                fps.append((row["text"], row["text"][spans[0][0] : spans[0][1]]))
            continue
        for s in temporal:
            gold += 1
            if any(a < s["end"] and s["start"] < b for a, b, _ in spans):
                found += 1
            else:
                missed.append((row["text"], s["text"]))
    return {"found": found, "gold": gold, "fp": fp, "clean": clean, "missed": missed, "fps": fps}


def _sample(rows: list[Row], n: int) -> list[Row]:
    if len(rows) <= n:
        return rows
    step = len(rows) / n
    return [rows[int(i * step)] for i in range(n)]


def _rss_in_subprocess(system: str) -> str:
    """Peak RSS (MB) of a fresh interpreter that loads `system` and parses 300 phrases."""
    code = (
        f"import sys; sys.path.insert(0, {str(REPO)!r})\n"
        f"from bench.nlp_time import _rss_probe; _rss_probe({system!r})\n"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=str(REPO),
            check=False,
        )
        return out.stdout.strip().splitlines()[-1] if out.stdout.strip() else "error"
    except Exception:
        return "error"


def _rss_probe(system: str) -> None:
    warnings.simplefilter("ignore")
    find = _systems()[system]()
    if find is None:
        print("not installed")
        return
    rows = load("time_en_duckling.jsonl")[:300]
    for row in rows:
        with contextlib.suppress(Exception):
            find(row["text"], datetime.fromisoformat(row["ref"]), DUCK_TZ)
    print(f"{peak_rss_mb():.0f}")


def _systems() -> dict[str, Callable[[], Finder | None]]:
    return {
        "FlowHub parse_when": flowhub_finder,
        "dateparser.parse": dateparser_finder,
        "dateparser search_dates": search_dates_finder,
        "Duckling (pyduckling)": duckling_finder,
    }


def main() -> None:
    """Print the comparison tables."""
    warnings.simplefilter("ignore")
    pinned = pin_one_core()
    duck = load("time_en_duckling.jsonl")
    hwu = load("tasks_en_hwu64.jsonl")
    phrases = [r["text"] for r in duck] + [r["text"] for r in hwu]
    results: dict[str, dict[str, Any]] = {}
    summary: list[list[object]] = []
    notes: list[str] = []
    for name, factory in _systems().items():
        find = factory()
        if find is None:
            summary.append([name] + ["not installed"] * 8)
            continue
        slow = name in SLOW_SAMPLES
        n_duck, n_hwu = SLOW_SAMPLES.get(name, (len(duck), len(hwu)))
        drows, hrows = _sample(duck, n_duck), _sample(hwu, n_hwu)
        if len(drows) < len(duck) or len(hrows) < len(hwu):
            notes.append(
                f"{name}: evaluated on {len(drows)} of {len(duck)} Duckling rows and "
                f"{len(hrows)} of {len(hwu)} HWU64 rows (even subsample) to keep the "
                "run short."
            )
        d = eval_duckling(find, drows)
        h = eval_hwu(find, hrows)
        results[name] = d
        bound = find
        now = datetime.fromisoformat("2013-02-12T04:30:00-02:00")
        speed_items = phrases if not slow else _sample([{"t": p} for p in phrases], 600)
        items = [p if isinstance(p, str) else p["t"] for p in speed_items]
        per_s, p50, p99, n = latency(
            lambda t, f=bound, now=now: f(t, now, DUCK_TZ),
            items,
            budget_s=6.0 if slow else 10.0,
            passes=1 if slow else 3,
        )
        rss = _rss_in_subprocess(name)
        summary.append(
            [
                name,
                pct(d["ok"] + d["neg_ok"], d["pos"] + d["neg"]),
                f"{pct(d['ok'], d['pos'])} (+{d['conv_n']} conv.)",
                pct(h["found"], h["gold"]),
                pct(h["fp"], h["clean"]),
                f"{per_s:,.0f}",
                f"{p50:.3f}",
                f"{p99:.3f}",
                rss,
            ]
        )
        if n < len(items):
            notes.append(f"{name}: speed measured on the first {n} phrases (time budget).")
    print("### Accuracy, speed and memory (one core)\n")
    print(
        table(
            [
                "system",
                "Duckling corpus (all rows)",
                "positive rows",
                "HWU64 spans found",
                "HWU64 false pos.",
                "phrases/s",
                "p50 ms",
                "p99 ms",
                "peak RSS MB",
            ],
            summary,
        )
    )
    print(
        f"\nSpeed: one core ({pinned}); every corpus phrase through each system's finder "
        "(FlowHub: search_when, which is what parse_when runs); per-call CPU time of the "
        "calling thread, best of 3 passes for the fast systems. Peak RSS: a fresh interpreter "
        "that loads the system and parses 300 phrases."
    )
    print(
        "\nScoring: start truncated to the row's grain (SOURCES.md); negative rows must yield "
        "nothing. 'conv.' = misses explained by a documented FlowHub convention (listed "
        "below); they are counted as misses in the percentages."
    )
    for n_ in notes:
        print(f"- {n_}")
    fh = results.get("FlowHub parse_when")
    if fh:
        cats = sorted(fh["by_cat"].items(), key=lambda kv: -kv[1][1])
        print("\n### FlowHub accuracy by category (Duckling corpus)\n")
        rows = []
        for cat, (good, total, conv_n) in cats:
            rows.append([cat, total, pct(good, total), conv_n, pct(good + conv_n, total)])
        print(
            table(
                ["category", "rows", "correct", "convention diffs", "correct + conventions"], rows
            )
        )
        others = [k for k in results if k != "FlowHub parse_when"]
        if others:
            print("\n### Baselines by category (correct)\n")
            head = ["category", *others]
            body = []
            for cat, _ in cats:
                line: list[object] = [cat]
                for k in others:
                    g, t, _c = results[k]["by_cat"].get(cat, [0, 0, 0])
                    line.append(f"{pct(g, t)} of {t}")
                body.append(line)
            print(table(head, body))
        print("\n### FlowHub convention differences (deliberate, counted as misses above)\n")
        print(table(["rule", "rows"], sorted(fh["conv"].items(), key=lambda kv: -kv[1])))
        print(f"\nReal misses left: {len(fh['misses'])} rows.")


def show_misses() -> None:
    """Print FlowHub's misses on both corpora."""
    find = flowhub_finder()
    d = eval_duckling(find, load("time_en_duckling.jsonl"))
    for row, pred in d["misses"]:
        exp = row["expected"] and row["expected"][:16]
        print(
            f"MISS {row['id'][-4:]} {category(row):20} {row['text']!r:45} exp={exp} "
            f"{row['grain']:7} got={pred and pred.isoformat()[:16]}"
        )
    print(f"duckling ok {d['ok']}/{d['pos']} neg {d['neg_ok']}/{d['neg']} conv {d['conv_n']}")
    for k, v in d["conv"].items():
        print("  conv", v, k)
    h = eval_hwu(find, load("tasks_en_hwu64.jsonl"))
    for text, gold in h["missed"]:
        print(f"HWU-MISS {gold!r:25} in {text!r}")
    for text, span in h["fps"]:
        print(f"HWU-FP {span!r:25} in {text!r}")
    print(f"hwu found {h['found']}/{h['gold']} fp {h['fp']}/{h['clean']}")


if __name__ == "__main__":
    if "--misses" in sys.argv:
        show_misses()
    else:
        main()
