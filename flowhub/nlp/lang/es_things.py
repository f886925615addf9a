"""Spanish words for things a task is about, said the English way, and words that name nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    "viena": "vienna",
    "lucerna": "lucerne",
    "zurich": "zurich",
    "ginebra": "geneva",
    "munich": "munich",
    "venecia": "venice",
    "lisboa": "lisbon",
    "bruselas": "brussels",
    "capadocia": "cappadocia",
    "hotel": "hotel",
    "visa": "visa",
    "visado": "visa",
    "grupo": "group",
    "vuelos": "flight",
    "seguro": "insurance",
    "factura": "invoice",
    "presupuesto": "quote",
    "contrato": "contract",
    "crucero": "cruise",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    ["para", "esto", "esta", "todo", "ahora", "hecho", "listo", "tambien", "despues", "gracias"]
)
