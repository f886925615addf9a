"""A task said to someone by name with no comma after it: "Priya report bhej dena", "Sam raporu
gönder", "Sam send the report".

The name comes first and the rest reads as an order: a task verb opens it, or a verb that ends a
sentence in Hindi, Turkish or German closes it. Whether the name is a person of the workspace is
for the caller to say.
"""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import VERBS, VERBS_FINAL

__all__ = ["named_first"]

_NAME_FIRST = re.compile(r"^@?(?P<name>[^\W\d_][\w'’-]*)\s+(?P<rest>\S.*)$", re.S)
_FEWEST_WORDS = 2  # "Priya report bhej dena" is an order; "Priya tomorrow" is not
# A case word after the name makes it the one the task is for: "Sam ko report bhejni hai".
_CASE_WORDS = frozenset(
    [
        "ko",
        "se",
        "ka",
        "ki",
        "ke",
        "ne",
        "par",
        "pe",
        "wala",
        "wali",
        "wale",
        "को",
        "से",
        "का",
        "की",
        "के",
        "ने",
        "पर",
    ]
)
# Said with respect after the name ("Sam bhai report bhej do"): part of how one is spoken to.
_HONORIFICS = frozenset(["ji", "jee", "bhai", "bhaiya", "didi", "sahab", "saab", "sir", "bey"])
# A modal after the name says the task is theirs; it is no part of the title ("priya soll …").
_MODALS = frozenset(
    [
        "soll",
        "sollte",
        "muss",
        "müsste",
        "moet",
        "moeten",
        "moest",
        "should",
        "must",
        "shall",
        "debe",
        "deve",
        "doit",
        "devrait",
        "dovrebbe",
        "deveria",
        "harus",
        "perlu",
    ]
)
# A pronoun said before the verb: "Sam me manda o contrato", "Priya mi giri il file".
_CLITICS = frozenset(["me", "mi", "nos", "ci"])
# "priya needs to pay", "priya to pay the deposit": hers, with "to" no part of the title.
# What follows "to" when it goes somewhere rather than names a verb: "Ana to the station"
# ("Ana to Berlin" names a place: a verb after "to" is written in lower case).
_NOT_VERB_TEXT = "the a an my our your his her their this that these those me you us them him it"
_NOT_VERBS = frozenset(_NOT_VERB_TEXT.split())
_MODAL_TO = re.compile(r"^(?:(?:needs|has|ought|got)\s+)?to\s+(?=\S)", re.I)


def named_first(title: str) -> tuple[str, str] | None:
    """The name a title opens with and the order after it, or None when it opens otherwise."""
    m = _NAME_FIRST.match(title.strip())
    if m is None:
        return None
    rest = m["rest"].strip()
    said = rest.lower().split()
    to = None
    if said and said[0] in _HONORIFICS:
        rest, said = rest.split(maxsplit=1)[-1], said[1:]
    if len(said) > _FEWEST_WORDS and said[0] in _MODALS:
        rest, said = rest.split(maxsplit=1)[-1], said[1:]
    elif (to := _MODAL_TO.match(rest)) is not None:
        rest = rest[to.end() :]
        said = rest.lower().split()
    if len(said) < _FEWEST_WORDS or said[0] in _CASE_WORDS:
        return None
    if to is not None and rest[:1].islower() and said[0].isalpha() and said[0] not in _NOT_VERBS:
        return m["name"], rest[:1].upper() + rest[1:]  # "sam to service the boiler": any verb
    if said[0] in _CLITICS and said[1] in VERBS:  # "Sam me manda o contrato"
        return m["name"], rest[:1].upper() + rest[1:]
    if not (said[0] in VERBS or said[-1] in VERBS_FINAL):
        return None
    return m["name"], rest[:1].upper() + rest[1:]
