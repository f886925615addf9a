"""Settings phrases tried before a language's other commands, so "digest 9 baje kar do" or "mets
le récap à 9h" sets the digest instead of moving a task to 9."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["with_settings_first"]


def with_settings_first(
    commands: Mapping[str, tuple[str, ...]], said: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """`commands` with the digest commands and the settings phrases of `said` tried first; a
    language's own digest phrases keep their place before those of `said`."""
    first = [english for english in commands if english.startswith("digest")]
    merged = {english: tuple(commands[english]) + tuple(said.get(english, ())) for english in first}
    merged.update({english: tuple(s) for english, s in said.items() if english not in merged})
    merged.update({english: tuple(s) for english, s in commands.items() if english not in merged})
    return merged
