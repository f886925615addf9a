"""Turkish words for things a task is about, said the English way (endings come off: "otelini"
is "otel"), and words that name nothing."""

from __future__ import annotations

# Folded words (endings off) -> the English word other languages share.
SAME = {
    # a hall and a dinner booked: "gala için salonu ayarladım" names "la salle … dîner de gala"
    "salon": "hall",
    "viyana": "vienna",
    "lucerne": "lucerne",
    "zurih": "zurich",
    "cenevre": "geneva",
    "munih": "munich",
    "venedik": "venice",
    "milano": "milan",
    "prag": "prague",
    "lizbon": "lisbon",
    "bruksel": "brussels",
    "kapadokya": "cappadocia",
    "otel": "hotel",
    "vize": "visa",
    "grup": "group",
    "grub": "group",
    "ucus": "flight",
    "sigorta": "insurance",
    "fatura": "invoice",
    "teklif": "quote",
    "sozlesme": "contract",
    "gemi": "cruise",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    [
        "bugun",
        "arada",
        "bitti",
        "hallettim",
        "tamam",
        "tamamdir",
        "icin",
        "gibi",
        "daha",
        "simdi",
        "sonra",
        "zaten",
        "artik",
    ]
)
