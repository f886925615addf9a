"""One part of an answer to several waiting cards: a verb, and the cards it points at.

"save the first two" keeps, "the others can go" drops, "just the plumber one" keeps with no verb
said, and "1 and 3" names cards by position only, so the verb comes from the rest of the message.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flowhub.skills import picks_words as pw
from flowhub.skills.picks_position import position_key

_FEW_WORDS = 4


@dataclass(frozen=True)
class Clause:
    """One "verb + cards" part of a message; `verb` is "keep", "drop", "hold" (left waiting) or
    None (not said)."""

    verb: str | None
    what: str
    too: bool = False
    only: bool = False
    said: bool = False  # the verb is a word of the clause, not guessed from "just" or "yes"
    weak: bool = False  # "add", "take", "ok": a card by position, never by title words
    word: str = ""  # the verb as said ("not", "bin")


def pieces(text: str) -> list[str]:
    """The clauses of a message: split at punctuation, "but", "then", and "and" before a verb.

    Cards listed before a verb that follows them stay one clause: "preorder, rota and fridge are
    fine".
    """
    out: list[str] = []
    commas: list[bool] = []  # whether a comma ends the piece
    at = 0
    for cut in [*pw.CLAUSES.finditer(text), None]:
        piece = text[at : cut.start() if cut else len(text)]
        parts = [p.strip() for p in pw.AND_VERB.split(piece) if p and p.strip()]
        out.extend(parts)
        if parts:
            commas.extend([*([False] * (len(parts) - 1)), bool(cut and cut.group().strip() == ",")])
        at = cut.end() if cut else len(text)
    for i in range(len(out) - 2, -1, -1):
        if commas[i] and _names_only(out[i]) and pw.POST_VERB.match(pw.TAIL.sub("", out[i + 1])):
            out[i : i + 2] = [f"{out[i]}, {out[i + 1]}"]
    return out


def _names_only(piece: str) -> bool:
    """Whether `piece` is a few words with no verb of a pick ("preorder", "the rota")."""
    return (
        len(piece.split()) <= _FEW_WORDS
        and not pw.VERB_FIRST.match(pw.LEAD.sub("", piece))
        and not pw.POST_VERB.match(piece)
        and not pw.AFFIRM.match(piece)
        and not pw.FILLER.match(piece)
        and not pw.OWNER.search(piece)
    )


def clause(piece: str, mood: str | None) -> Clause | None:
    """A "verb + cards" clause; leading yes / no words count as the verb when none is said."""
    found = _verb_clause(piece)
    if found is not None:
        return found
    bare = pw.LEAD.sub("", piece)
    if bare != piece:
        lead = piece[: len(piece) - len(bare)]
        mood = "keep" if pw.YES_LEAD.search(lead) else "drop" if pw.NO_LEAD.search(lead) else mood
        found = _verb_clause(bare)
        if found is not None:
            return found
    return _bare_clause(bare or piece, mood)


def _verb_clause(piece: str) -> Clause | None:
    only = bool(pw.ONLY.match(piece))
    core = pw.ONLY.sub("", piece)
    too = bool(pw.TOO.search(core))
    core = pw.TAIL.sub("", core).strip()
    if m := pw.VERB_FIRST.match(core) or pw.POST_VERB.match(core):
        weak = bool(m.group("keep") and pw.WEAK_KEEP.fullmatch(m.group("keep")))
        what = pw.LEAD.sub("", m.group("what")) or m.group("what")
        if weak and (inner := _verb_clause(what)) is not None:
            return inner  # "ok go ahead with all three", "yes discard both"
        verb = "keep" if m.group("keep") else "drop" if m.group("drop") else "hold"
        if verb == "hold":
            what = pw.HOLD_WHY.sub("", what).strip() or what
        word = " ".join(m.group(verb).casefold().split())
        return Clause(verb, what, too, only, True, weak, word)
    return None


def _bare_clause(piece: str, mood: str | None) -> Clause | None:
    """Cards with no verb: "just the first one", "the plumber one too", "1 and 3"."""
    only = bool(pw.ONLY.match(piece))
    core = pw.ONLY.sub("", piece)
    too = bool(pw.TOO.search(core))
    core = pw.TAIL.sub("", core).strip()
    if not core:
        return None
    verb = "keep" if only else mood
    if verb is None and not too and not looks_like_ref(core):
        return None  # maybe an edit ("make it friday") or a task
    return Clause(verb, core, too, only)


def looks_like_ref(what: str) -> bool:
    """Whether every part of `what` points at cards by position or as a group."""
    if m := pw.EXCEPT.match(plain(what)):
        return looks_like_ref(m.group("base"))
    parts = [p for p in pw.PARTS.split(plain(what)) if p]
    return bool(parts) and all(
        pw.ALL.match(p) or pw.REST.match(p) or position_key(p) is not None for p in parts
    )


def it_named(clauses: list[Clause]) -> list[Clause]:
    """`clauses` with an "it" after a card named in the same message read as that card: "the
    third one is junk, bin it"."""
    out: list[Clause] = []
    for c in clauses:
        if out and pw.THIS.match(plain(c.what)) and not pw.THIS.match(plain(out[-1].what)):
            c = replace(c, what=out[-1].what)
        out.append(c)
    return out


def settle(clauses: list[Clause]) -> list[Clause]:
    """`clauses` with a "not 3" beside saves read as leaving that card waiting, not dropping it."""
    if not any(c.verb == "keep" and c.said for c in clauses):
        return clauses
    return [
        replace(c, verb="hold") if c.verb == "drop" and pw.LEAVE_OUT.match(c.word) else c
        for c in clauses
    ]


def plain(what: str) -> str:
    """`what` folded, with its spaces made single."""
    return " ".join(what.strip().casefold().split())
