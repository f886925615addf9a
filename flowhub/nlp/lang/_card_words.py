"""How each language's casual answers to a waiting card join its command table."""

from __future__ import annotations

from collections.abc import Mapping


def with_card_words(
    commands: Mapping[str, tuple[str, ...]], card: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """`commands` with the phrases of `card` added: after a command's own, new commands last."""
    merged = {
        english: sources + tuple(card.get(english, ())) for english, sources in commands.items()
    }
    merged.update({english: tuple(s) for english, s in card.items() if english not in commands})
    return merged


def with_phrases_first(
    commands: Mapping[str, tuple[str, ...]], first: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """`commands` with the phrases of `first` tried before a command's own, in the commands'
    order: a narrower phrase of a command goes before its wider ones, never before others."""
    merged = {
        english: tuple(first.get(english, ())) + sources for english, sources in commands.items()
    }
    merged.update({english: tuple(s) for english, s in first.items() if english not in commands})
    return merged
