"""Whether a word is a task verb: "books", "sorting", "resend", or an unknown one before "the"."""

from __future__ import annotations

from flowhub.nlp._lexicon import DETERMINERS, NOT_NAMES, STATEMENT_WORDS, VERBS

__all__ = ["is_verb", "verb_base", "verb_shaped"]


def verb_base(form: str) -> str | None:
    """The known verb that "books", "fixes", "carries", "sorting" or "shipping" is a form of."""
    form = form.lower()
    if form.endswith("ing"):
        stem = form[:-3]
        doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
        options = [stem, stem + "e", doubled]
    elif form.endswith("s"):
        options = [form[:-1], form[:-2] if form.endswith("es") else "", form[:-3] + "y"]
    else:
        options = [form]
    return next((o for o in options if o and o in VERBS), None)


def is_verb(word: str) -> bool:
    """A known task verb, also with a "re-" prefix ("resend", "recharge")."""
    return word in VERBS or (word.startswith("re") and word[2:].lstrip("-") in VERBS)


# Words before "the" that are never verbs: "for the wedding cakes" says what a task is for
# ("before that: feed the cat" still leads a task).
_PREPOSITIONS_TEXT = "for to from with about of into via like as"
_PREPOSITIONS = frozenset(_PREPOSITIONS_TEXT.split())


def verb_shaped(words: list[str]) -> bool:
    """An unknown first word followed by a determiner ("carve the pumpkins") reads as a verb."""
    if len(words) < 3 or words[1] not in DETERMINERS:
        return False
    first = words[0]
    if first in _PREPOSITIONS or first in STATEMENT_WORDS or first in NOT_NAMES:
        return False
    if first.endswith(("ing", "ed", "'s")):
        return False
    return not any(w in STATEMENT_WORDS for w in words[1:])
