"""The words said before a bare day to ask for it instead: "naar maandag", "al lunes", "на
понедельник", per language; a reply of only these and a day offers that day."""

from __future__ import annotations

__all__ = ["DAY_LEADS"]

# fmt: off
_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("to", "for", "on", "till", "until", "move it to", "make it", "push it to"),
    "nl": ("naar", "op", "tot", "verzet naar", "zet op", "zet het op", "zet hem op", "maak er"),
    "de": ("auf", "am", "bis", "lieber", "verschieb auf"),
    "es": ("al", "a", "para el", "para", "pásala al", "pasala al", "mejor el", "mejor"),
    "it": ("a", "per", "spostalo a", "spostala a", "meglio"),
    "pt": ("pra", "para", "pro", "pro dia", "melhor"),
    "fr": ("à", "a", "au", "pour", "plutôt"),
    "ru": ("на", "лучше на", "давай на", "перенеси на"),
    "id": ("ke", "jadi", "pindah ke"),
    "tr": ("yerine",),
    "hi": ("को", "ko"),
    "ar": ("الى", "إلى", "ل", "خليها", "خليه"),
}
# fmt: on

DAY_LEADS: tuple[str, ...] = tuple(
    sorted({w for ws in _LEADS.values() for w in ws}, key=len, reverse=True)
)
