"""Portuguese words for things a task is about, said the English way, and words that name
nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    # a hall and a dinner booked: "gala için salonu ayarladım" names "la salle … dîner de gala"
    "salao": "hall",
    "jantar": "dinner",
    "viena": "vienna",
    "lucerna": "lucerne",
    "zurique": "zurich",
    "genebra": "geneva",
    "munique": "munich",
    "colonia": "cologne",
    "veneza": "venice",
    "milao": "milan",
    "praga": "prague",
    "lisboa": "lisbon",
    "bruxelas": "brussels",
    "capadocia": "cappadocia",
    "hotel": "hotel",
    "visto": "visa",
    "vistos": "visa",
    "grupo": "group",
    "voos": "flight",
    "seguro": "insurance",
    "fatura": "invoice",
    "orcamento": "quote",
    "contrato": "contract",
    "cruzeiro": "cruise",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    [
        "para",
        "isso",
        "esse",
        "essa",
        "tudo",
        "agora",
        "feito",
        "pronto",
        "tambem",
        "depois",
        "ainda",
        "mais",
        "valeu",
        "obrigado",
    ]
)
