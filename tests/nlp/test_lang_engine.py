"""The per-language rewrite engine: phrases, words, spans back into the message, English kept."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when
from flowhub.nlp._time_translate import _Compiled, _gate, _translate, translate
from flowhub.nlp.lang import REGISTRY

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
CHAT = Path(__file__).resolve().parents[1] / "data"
BERLIN = "Europe/Berlin"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(BERLIN))  # a Wednesday


def test_phrase_reorders_words_and_maps_spans_back() -> None:
    fixed = translate("Termin vor 3 Tagen")
    assert fixed.text == "Termin 3 day ago"
    when = parse_when("Termin vor 3 Tagen", now=NOW, tz=BERLIN)
    assert when is not None
    assert when.start.date().isoformat() == "2026-03-01"
    assert "Termin vor 3 Tagen"[when.span[0] : when.span[1]] == "vor 3 Tagen"


def test_template_arithmetic_and_padding() -> None:
    assert translate("um halb 3").text == "2:30"
    assert translate("um 9 Uhr 5").text == "at 9:05"


def test_english_is_left_alone() -> None:
    for text in ("7 days ago", "a week ago", "set a reminder for dec 3", "12 to 16 september"):
        assert translate(text).text == text


def test_english_corpus_reaches_the_grammar_unchanged() -> None:
    rows = [json.loads(line) for line in (DATA / "time_en_duckling.jsonl").open(encoding="utf-8")]
    changed = [r["text"] for r in rows if translate(r["text"]).text != r["text"]]
    assert changed == []


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_every_language_compiles_and_reads_a_weekday(code: str) -> None:
    lang = REGISTRY[code]
    word = next(w for w, i in lang.weekdays.items() if i == 4 and w not in lang.ambiguous)
    when = parse_when(word, now=NOW, tz=BERLIN, locale=code)
    assert when is not None, (code, word)
    assert when.start.weekday() == 4


def test_hint_decides_a_word_two_languages_spell_alike() -> None:
    # Dutch and German both write "morgen" for tomorrow; a hint never changes that answer.
    for hint in (None, "de", "nl"):
        when = parse_when("morgen", now=NOW, tz=BERLIN, locale=hint)
        assert when is not None and when.start.date().isoformat() == "2026-03-05"


def test_a_phrase_needs_only_what_every_match_holds() -> None:
    gate = _gate(re.compile(r"(?:am\s+)?(?:nachsten|nachste)\s+(?P<wd>montag|dienstag)"))
    assert gate == frozenset({"nachste"})  # "am" is optional; "nachste" starts both spellings
    assert _gate(re.compile(r"(?:in|vor)\s+(?P<n>\d+)")) == frozenset({"#n"})
    assert _gate(re.compile(r"(?:heute|morgen)?\s*\d")) == frozenset({"#digit"})
    assert _gate(re.compile(r"[a-z]+uhr?")) == frozenset({"uh"})  # the "r" may be missing
    assert _gate(re.compile(r"[a-z]+\s*-")) is None  # a match may hold no word at all


def test_skipping_phrases_never_changes_a_rewrite(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        json.loads(line)["text"]
        for path in [*DATA.glob("time_*_duckling.jsonl"), *CHAT.glob("chat_*.jsonl")]
        for line in path.open(encoding="utf-8")
    ]
    gated = [_translate(t, None).text for t in texts]

    def every_phrase(self: _Compiled, low: str, digit: bool) -> Iterator[tuple[object, object]]:
        for rx, rep in self.phrases:
            for m in rx.finditer(low):
                yield m, rep

    monkeypatch.setattr(_Compiled, "phrase_matches", every_phrase)
    assert [_translate(t, None).text for t in texts] == gated
