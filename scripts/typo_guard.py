"""Write flowhub/nlp/_typo_guard.txt: the real words that the typo matcher must leave alone.

The words come from the frequency dictionaries pyspellchecker ships (en, es, fr, de, pt, it, nl); only
those within the matcher's reach of a target word are kept, so the list stays small. Run again
after changing `TARGETS`:

    pip download pyspellchecker --no-deps -d /tmp/spk && unzip -o /tmp/spk/*.whl -d /tmp/spk
    python scripts/typo_guard.py /tmp/spk/spellchecker/resources
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from flowhub.nlp._typos import ABBREVIATIONS, TARGETS, nearest

_LANGUAGES = {"en": 1, "es": 5, "fr": 5, "de": 5, "pt": 5, "it": 5, "nl": 5}  # language: lowest frequency kept
# Chat misspellings that slipped into the frequency lists are never guarded.
_TYPOS = frozenset(
    """
    tomorow tommorow tommorrow tomorrw wensday wendesday wednsday thrusday thursdy febuary
    feburary janurary apirl agust septmber novmber decmber remidn remnid reminer tonite
    satruday saterday munday tuseday tusday fridy firday
    """.split()  # noqa: SIM905
)
_OUT = Path(__file__).resolve().parents[1] / "flowhub" / "nlp" / "_typo_guard.txt"
_HEADER = (
    "# Real words (en, es, fr, de, pt, it, nl) close to a typo target: never rewritten.\n"
    "# Made by scripts/typo_guard.py from pyspellchecker's dictionaries.\n"
)


def main(resources: str) -> None:
    """Collect the guarded words from the dictionaries in `resources` and write the list."""
    guarded: set[str] = set()
    for lang, lowest in _LANGUAGES.items():
        with gzip.open(Path(resources) / f"{lang}.json.gz") as fh:
            counts = json.loads(fh.read())
        for word, count in counts.items():
            if count < lowest or not word.isalpha() or not word.isascii():
                continue
            word = word.lower()
            if word in TARGETS or word in ABBREVIATIONS or word in _TYPOS:
                continue
            if nearest(word) is not None:
                guarded.add(word)
    body = "\n".join(sorted(guarded))
    _OUT.write_text(_HEADER + body + "\n", encoding="utf-8")
    print(f"{len(guarded)} words -> {_OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
