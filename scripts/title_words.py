"""Write flowhub/nlp/_english_words.txt: English words, most frequent first, for title spelling.

The words and counts come from the English frequency dictionary pyspellchecker ships (MIT; built
from the OpenSubtitles word counts and SCOWL); only plain ASCII words are kept. Line order is the
frequency rank, which the title speller uses to choose between candidate corrections:

    pip download pyspellchecker --no-deps -d /tmp/spk && unzip -o /tmp/spk/*.whl -d /tmp/spk
    python scripts/title_words.py /tmp/spk/spellchecker/resources
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

_OUT = Path(__file__).resolve().parents[1] / "flowhub" / "nlp" / "_english_words.txt"
_HEADER = (
    "# English words, most frequent first (the line order is the rank).\n"
    "# Made by scripts/title_words.py from pyspellchecker's English frequency dictionary.\n"
)


def main(resources: str) -> None:
    """Read the English counts in `resources` and write the ranked word list."""
    with gzip.open(Path(resources) / "en.json.gz") as fh:
        counts: dict[str, int] = json.loads(fh.read())
    ranked = sorted(
        ((c, w.lower()) for w, c in counts.items() if w.isalpha() and w.isascii()),
        key=lambda cw: (-cw[0], cw[1]),
    )
    words = list(dict.fromkeys(w for _, w in ranked))
    _OUT.write_text(_HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {_OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
