"""The tolerant reading of command, weekday, month and time words, and its guard."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp import classify_intent, extract_tasks, fix_typos, parse_when
from flowhub.nlp._typos import damerau, fix_typos_mapped

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("remnid me tmrw 6pm to call mum", "remind me tomorrow 6pm to call mum"),
        ("dentist wendesday 3pm", "dentist wednesday 3pm"),
        ("send it by thrusday", "send it by thursday"),
        ("pay rent tomorow", "pay rent tomorrow"),
        ("due 10 febuary", "due 10 february"),
        ("at 7 tonite", "at 7 tonight"),
        ("nxt wk", "next week"),
        ("every munday", "every monday"),
        ("every wensday", "every wednesday"),
        ("tuesdy and thurdsay", "tuesday and thursday"),
        ("waht's due tday", "what's due today"),
        ("cancle the gym", "cancel the gym"),
        ("its dnoe", "its done"),
        ("confrim all", "confirm all"),
        ("in 20 mins pls", "in 20 minutes please"),
        ("b4 the mtg", "before the meeting"),
        ("see you Wendesday 9am", "see you Wednesday 9am"),
        ("by Thrusday", "by Thursday"),
        ("meet on Satruday", "meet on Saturday"),
        ("call mom wensday", "call mom wednesday"),
        ("call sundar on fridy", "call sundar on friday"),
    ],
)
def test_typos_are_fixed(text: str, fixed: str) -> None:
    assert fix_typos(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "reminisce with grandpa on sunday",  # a real word one letter from no target
        "call Friedman tomorrow",  # a name near Friday
        "Mandy will call on monday",  # a name near Monday, capitalised
        "ask Sundar on monday",  # a name one letter from Sunday
        "Fridah will send it",
        "the cancer walk on sunday",  # a real word one edit from "cancel"
        "the mouth guard and the moth trap",  # real words near "month"
        "lunes martes miércoles",  # other languages' weekdays
        "Ceci est pour octobre, mardi",
        "Montag um 9 Uhr, am Mittwoch",
        "see www.tmrw.com and @nxt",  # addresses and handles
        "prio: low, sort the photos",  # a 4-letter word two edits from April
        "monday sunday friday",  # real weekdays are never swapped for each other
        "call sundar tomorrow",  # a lower-case name beside a day of its own
        "email fridah the doc",  # a lower-case name after a verb
        "ping mandy on friday",
    ],
)
def test_real_words_and_names_stay(text: str) -> None:
    assert fix_typos(text) == text


def test_damerau_counts_a_swap_as_one() -> None:
    assert damerau("thrusday", "thursday") == 1
    assert damerau("wendesday", "wednesday") == 1
    assert damerau("prio", "april") == 2


def test_offsets_map_back_to_the_text_as_given() -> None:
    text = "remnid me tmrw 6pm to call mum"
    fixed = fix_typos_mapped(text)
    start = fixed.text.index("tomorrow")
    end = start + len("tomorrow 6pm")
    assert text[fixed.original(start) : fixed.original(end, end=True)] == "tmrw 6pm"


def test_parse_when_reads_typos_and_keeps_spans() -> None:
    text = "dentist wendesday 3pm"
    when = parse_when(text, now=NOW, tz="Europe/Berlin")
    assert when is not None
    assert when.start.strftime("%a %d %H:%M") == "Wed 11 15:00"
    assert text[when.span[0] : when.span[1]] == "wendesday 3pm"


def test_intents_and_tasks_read_typos() -> None:
    assert classify_intent("remnid me tmrw 6pm to call mum") == "remind"
    assert classify_intent("waht's due tday") == "query"
    (draft,) = extract_tasks("renew the lease by 3 apirl", now=NOW, tz="Europe/Berlin")
    assert draft.title == "Renew the lease"
    assert draft.due is not None and draft.due.start.strftime("%d %b") == "03 Apr"


def test_long_text_is_read_in_time() -> None:
    text = "pls send the deck tmrw and book the venue nxt wk. " * 1000
    fixed = fix_typos(text)
    assert fixed.count("tomorrow") == 1000 and "nxt" not in fixed
