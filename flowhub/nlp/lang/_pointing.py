"""Words that point at a saved task without being part of its title, per language.

"कल वाली meeting" is the meeting, "die call met de haven" the call, "la llamada con Lupita" the
call with Lupita: the pointer words ("वाली", "die", "la") are left out when matching titles.
"""

from __future__ import annotations

__all__ = ["POINTING"]

# fmt: off
_WORDS: dict[str, str] = {
    "hi": "वाला वाली वाले वाल को पर wala wali wale waala waali waale vala vali ko pe par",
    "nl": "die dat het de deze dit",
    "de": "die der das den dem",
    "es": "el la los las lo",
    "it": "il lo la le gli quel quella quello",
    "pt": "o os as aquele aquela",
    "fr": "le la les ce cette",
    "ru": "этот эту эта тот ту та",
    "tr": "şu su bu o",
    "id": "yang itu ini",
}
# fmt: on

POINTING: frozenset[str] = frozenset(w for words in _WORDS.values() for w in words.split())
