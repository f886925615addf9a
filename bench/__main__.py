"""Run the benchmarks: `python -m bench` for all, `python -m bench nlp_time` for one."""

from __future__ import annotations

import importlib
import sys

MODULES: tuple[str, ...] = (
    "bench.nlp_time",
    "bench.nlp_chat",
    "bench.nlp_languages",
    "bench.whatsapp_ingest",
    "bench.e2e",
    "bench.reminders",
    "bench.fuzz",
    "bench.long_text",
    "bench.dialogues",
    "bench.media",
    "bench.insights",
)


def main(argv: list[str]) -> None:
    """Import each selected bench module by name and run its main()."""
    if any(a in ("-h", "--help") for a in argv):
        names = ", ".join(m.removeprefix("bench.") for m in MODULES)
        print(f"usage: python -m bench [NAME ...] [--OPTION ...]\nbenchmarks: {names}")
        return
    # Options (`insights --quick`, `--runs=50`) go to every benchmark named.
    options = [a for a in argv if a.startswith("-")]
    names = [a for a in argv if not a.startswith("-")]
    wanted = [a if a.startswith("bench.") else f"bench.{a}" for a in names] or list(MODULES)
    for name in wanted:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            print(f"\n(skipping {name}: not present)\n")
            continue
        print(f"\n## {name}\n")
        if options:
            mod.main(options)
        else:
            mod.main()


if __name__ == "__main__":
    main(sys.argv[1:])
