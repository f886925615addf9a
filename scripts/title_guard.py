"""Write flowhub/nlp/_title_guard.txt: words of other languages the title speller must not respell.

The words come from the frequency dictionaries pyspellchecker ships (de, es, fr, pt, it, nl),
count 50 or more; only those the speller would otherwise turn into a common English word
("stollen" -> "stolen") are kept, so the list stays small. Run again after changing the
speller's reach:

    pip download pyspellchecker --no-deps -d /tmp/spk && unzip -o /tmp/spk/*.whl -d /tmp/spk
    python scripts/title_guard.py /tmp/spk/spellchecker/resources
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from flowhub.nlp import _title_spelling

_LANGUAGES = ("de", "es", "fr", "pt", "it", "nl")
_LOWEST = 50  # the lowest frequency kept
_OUT = Path(__file__).resolve().parents[1] / "flowhub" / "nlp" / "_title_guard.txt"
_HEADER = (
    "# Words of de, es, fr, pt, it and nl one slip from a common English word: never respelt in a "
    "title\n# ('stollen' is not 'stolen'). Made by scripts/title_guard.py from pyspellchecker's "
    "frequency dictionaries, count 50 or more.\n"
)


def main(resources: str) -> None:
    """Collect the guarded words from the dictionaries in `resources` and write the list."""
    _title_spelling._foreign = lambda: frozenset()  # judge every word as if unguarded
    guarded: set[str] = set()
    for lang in _LANGUAGES:
        with gzip.open(Path(resources) / f"{lang}.json.gz") as fh:
            counts = json.loads(fh.read())
        for word, count in counts.items():
            low = word.lower()
            if count < _LOWEST or not low.isalpha() or not low.isascii() or len(low) < 4:
                continue
            if not _title_spelling._is_word(low, _title_spelling._ranks()) and _title_spelling._fix(
                low
            ):
                guarded.add(low)
    _OUT.write_text(_HEADER + "\n".join(sorted(guarded)) + "\n", encoding="utf-8")
    print(f"{len(guarded)} words -> {_OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
