"""Colloquial day names, leave-it-to-me, how-are-you and a yes before "save both"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import english_command, english_time_words, extract_tasks, parse_when

CAIRO = "Africa/Cairo"
NOW = datetime(2026, 12, 4, 20, 0, tzinfo=ZoneInfo(CAIRO))  # a Friday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("اكلم الدكتور التلات", 8),
        ("يوم التلات الصبح", 8),
        ("الاتنين", 7),
        ("الخميس الجاي", 10),
        ("الاربع", 9),
        ("بكرة الصبح", 5),
    ],
)
def test_egyptian_day_names(text: str, day: int) -> None:
    found = parse_when(text, now=NOW, tz=CAIRO)
    assert found is not None and found.start.day == day


def test_egyptian_tuesday_reads_as_tuesday() -> None:
    assert english_time_words("التلات") == "tuesday"
    assert english_time_words("الاربع") == "wednesday"


@pytest.mark.parametrize(
    "text", ["خليها ليا", "خليها عليا", "خليها لي", "سيبها عليا", "انا هعملها", "دي ليا"]
)
def test_leave_it_to_me(text: str) -> None:
    assert english_command(text) == "assign to me"


def test_leave_it_to_a_colleague_still_names_them() -> None:
    assert english_command("خليها لسام") == "assign to سام"


@pytest.mark.parametrize("text", ["ازيك", "عامل ايه", "ازيك عامل ايه", "كيف حالك"])
def test_how_are_you(text: str) -> None:
    assert english_command(text) == "how are you"


@pytest.mark.parametrize(
    "text", ["ازيك لازم تبعت التقرير بكرة", "عامل ايه، لازم تبعت التقرير بكرة"]
)
def test_greeting_is_no_assignee(text: str) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz=CAIRO, sender="Ana")
    assert draft.assignee is None
    assert draft.title == "تبعت التقرير"


@pytest.mark.parametrize(
    "text",
    [
        "ok, salva entrambe",
        "sì, salva entrambi",
        "sim, salva as duas",
        "oui, garde les deux",
        "ja, beide opslaan",
        "да, сохрани обе",
        "evet ikisini de kaydet",
        "evet ikisini kaydet",
    ],
)
def test_yes_then_save_both(text: str) -> None:
    # "both" may be read as both (two cards) or as all of them; either saves the two shown.
    assert english_command(text) in ("confirm all", "confirm both")


@pytest.mark.parametrize("text", ["no, salva entrambe", "sì, e ricordami di chiamare Luca domani"])
def test_no_or_more_before_save_both_is_not_save_both(text: str) -> None:
    assert english_command(text) not in ("confirm all", "confirm both")


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("om half 11", "10:30"),
        ("om half 1", "12:30"),
        ("tien over half 1", "12:40"),
        ("5 voor half 1", "12:25"),
        ("half 3 's middags", "14:30"),
        ("kwart voor 5 's middags", "16:45"),
    ],
)
def test_dutch_half_hours(text: str, clock: str) -> None:
    now = datetime(2026, 12, 4, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    found = parse_when(text, now=now, tz="Europe/Amsterdam")
    assert found is not None and found.start.strftime("%H:%M") == clock


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Süt ve ekmek al", "Süt ve ekmek al"),
        ("hediye kartını al", "Hediye kartını al"),
        ("yarın annemi aramam lazım", "Annemi ara"),
        ("faturaları ödemem gerekiyor", "Faturaları öde"),
        ("cuma raporu göndermeliyim", "Raporu gönder"),
    ],
)
def test_turkish_titles_keep_the_imperative(text: str, title: str) -> None:
    (draft,) = extract_tasks(text, now=NOW, tz=CAIRO)
    assert draft.title == title


@pytest.mark.parametrize("text", ["ik heb het al", "talking to Al", "ich weiß es al"])
def test_al_closes_no_clause_in_other_languages(text: str) -> None:
    assert extract_tasks(text, now=NOW, tz=CAIRO) == []
