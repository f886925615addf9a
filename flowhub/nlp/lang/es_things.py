"""Spanish words for things a task is about, said the English way, and words that name nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    # a hall and a dinner booked: "gala için salonu ayarladım" names "la salle … dîner de gala"
    "salon": "hall",
    "cena": "dinner",
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
