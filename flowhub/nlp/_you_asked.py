"""A request asked as a "you" question to someone named: "Priya me mandas el certificado el
martes? gracias!", "Sam, mi mandi il listino entro venerdì?".

The task reader reads orders ("Priya, mándame …", "Sam, mandami …"); such a question says the
same, so it is said as that order: the verb in the present, with "me" before it, becomes the
order with "me" after it.
"""

from __future__ import annotations

import re

__all__ = ["you_asked"]

_NAME = r"(?P<name>@?[A-ZÀ-Ý][\w'’-]+)"
# A question, or a request ending in thanks.
_ASKING = r"(?=.*(?:\?|\b(?:gracias|grazie|porfa|por\s+favor|per\s+favore)\b))"
_ES = re.compile(
    rf"^{_NAME}\s*,?\s+¿?\s*(?P<me>me|nos)\s+(?P<verb>[a-záéíóúñ]{{2,}}?[ae])s\s+{_ASKING}"
    r"(?P<rest>\S.*)$",
    re.S,
)
_IT = re.compile(
    rf"^{_NAME}\s*,?\s+(?P<me>mi|ci)\s+(?P<verb>[a-zàèéìòù]{{2,}}?)i\s+{_ASKING}(?P<rest>\S.*)$",
    re.S,
)
# Italian verbs whose order is said as the question's verb ("scrivi" -> "scrivimi").
_IT_SAME = frozenset(
    ["scriv", "prend", "mett", "chied", "legg", "spedisc", "finisc", "ved", "ripet", "chiud"]
)
_NOT_NAMES = frozenset(["Oye", "Ey", "Hola", "Bueno", "Ciao", "Senti", "Allora", "Dai", "Ok"])
# The question mark and the thanks after it go: the order is what is left.
_THANKS = re.compile(
    r"[\s?¿!.,]*(?:(?:muchas\s+|mil\s+)?gracias|grazie(?:\s+mille)?|porfa|por\s+favor"
    r"|per\s+favore|please|pls)?[\s?!.,🙏]*$",
    re.I,
)


def you_asked(text: str) -> str:
    """`text` with a "you" question to someone named said as the order it asks for."""
    said = text.strip()
    m = _ES.match(said)
    if m is not None and m["name"] not in _NOT_NAMES:
        return f"{m['name']}, {m['verb']}{m['me']} {_THANKS.sub('', m['rest'])}"
    m = _IT.match(said)
    if m is not None and m["name"] not in _NOT_NAMES:
        stem = m["verb"]
        order = f"{stem}i" if stem in _IT_SAME else f"{stem}a"
        return f"{m['name']}, {order}{m['me']} {_THANKS.sub('', m['rest'])}"
    return text
