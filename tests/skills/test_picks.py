"""Reading answers to several cards, and the guard's word classes."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from flowhub.skills import picks, picks_position
from flowhub.skills import picks_words as pw


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("save the first two, ditch the others", ["save the first two", "ditch the others"]),
        ("keep 1 and 3 and bin the rest", ["keep 1 and 3", "bin the rest"]),
        ("ok but make it friday", ["ok", "make it friday"]),
        ("save all but the last", ["save all but the last"]),
        ("the stamps one is fine but scrap the rest", ["the stamps one is fine", "scrap the rest"]),
    ],
)
def test_pieces_split_at_punctuation_and_before_a_verb(text: str, pieces: list[str]) -> None:
    assert picks._pieces(text) == pieces


@pytest.mark.parametrize(
    ("piece", "verb", "what"),
    [
        ("only keep the hiring plan and the review", "keep", "the hiring plan and the review"),
        ("get rid of the remaining ones", "drop", "the remaining ones"),
        ("both look good", "keep", "both"),
        ("the first one's fine", "keep", "the first one"),
        ("the others can go", "drop", "the others"),
        ("nah scrap that card", "drop", "that card"),
        ("no no discard those last two", "drop", "those last two"),
        ("just the first one", "keep", "the first one"),
        ("not the bank", "drop", "the bank"),
    ],
)  # fmt: skip
def test_clauses_read_verb_and_cards(piece: str, verb: str, what: str) -> None:
    clause = picks._clause(piece, None)
    assert clause is not None
    assert (clause.verb, clause.what) == (verb, what)


def test_too_repeats_the_last_answer_and_names_no_verb() -> None:
    clause = picks._clause("the plumber one too pls", None)
    assert clause is not None
    assert (clause.verb, clause.what, clause.too) == (None, "the plumber one", True)


@pytest.mark.parametrize("piece", ["make it friday", "the weather is nice", "call the bank"])
def test_other_text_is_no_clause(piece: str) -> None:
    assert picks._clause(piece, None) is None


@pytest.mark.parametrize(
    ("part", "size", "positions"),
    [
        ("the 2nd", 4, [1]),
        ("the first two", 4, [0, 1]),
        ("those last two", 4, [2, 3]),
        ("the last one", 3, [2]),
        ("number 3", 3, [2]),
        ("1-3", 4, [0, 1, 2]),
        ("the last 2 cards", 4, [2, 3]),
        ("the plumber one", 4, None),
    ],
)
def test_positions_count_in_display_order(
    part: str, size: int, positions: list[int] | None
) -> None:
    assert picks_position.positions(part, size) == positions


def test_a_position_past_the_end_is_unclear_and_sure() -> None:
    with pytest.raises(picks_position.Unclear) as raised:
        picks_position.positions("the 5th", 3)
    assert raised.value.sure and "5" in (raised.value.said or "")


def test_title_words_must_all_be_in_one_title() -> None:
    cards = [
        SimpleNamespace(id=1, title="Send the revised hiring plan to Meera"),
        SimpleNamespace(id=2, title="Finish the access review"),
        SimpleNamespace(id=3, title="Take the bins out"),
    ]
    assert picks_position.title_match("the access review", cards) is cards[1]  # type: ignore[arg-type]
    assert picks_position.title_match("the hiring plan and the access review", cards) is None  # type: ignore[arg-type]
    assert picks_position.title_match("the bins out tonight", cards) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("discard the rest", True),
        ("scrap that card", True),
        ("delete 2", True),
        ("undo that", True),
        ("reopen it", True),
        ("drop the kids at school", False),
        ("remove the old printer from the office", False),
        ("delete the test accounts by friday", False),
    ],
)
def test_guard_knows_commands_about_references(text: str, matches: bool) -> None:
    m = pw.REF_COMMAND.match(text)
    assert bool(m and (m.group("ref") or pw.UNDO_VERB.match(m.group("verb")))) is matches


@pytest.mark.parametrize(
    "text", ["put that back on my list", "bring the dentist back to my list", "put back the gym"]
)
def test_guard_knows_put_back(text: str) -> None:
    assert pw.PUT_BACK.match(text)


@pytest.mark.parametrize(
    "text", ["lower the priority", "raise its priority", "bump up the priority"]
)
def test_guard_knows_priority_steps(text: str) -> None:
    assert pw.PRIORITY_STEP.match(text)
