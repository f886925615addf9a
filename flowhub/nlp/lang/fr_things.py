"""French words for things a task is about, said the English way, and words that name nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    # a hall and a dinner booked: "gala için salonu ayarladım" names "la salle … dîner de gala"
    "salle": "hall",
    "diner": "dinner",
    "vienne": "vienna",
    "lucerne": "lucerne",
    "zurich": "zurich",
    "geneve": "geneva",
    "munich": "munich",
    "cologne": "cologne",
    "venise": "venice",
    "milan": "milan",
    "prague": "prague",
    "lisbonne": "lisbon",
    "bruxelles": "brussels",
    "cappadoce": "cappadocia",
    "hotel": "hotel",
    "visa": "visa",
    "visas": "visa",
    "groupe": "group",
    "vols": "flight",
    "assurance": "insurance",
    "facture": "invoice",
    "devis": "quote",
    "contrat": "contract",
    "croisiere": "cruise",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    [
        "pour",
        "avec",
        "dans",
        "sont",
        "cest",
        "tout",
        "tous",
        "ils",
        "elles",
        "confirme",
        "confirmer",
        "fait",
        "deja",
        "bien",
        "aussi",
        "encore",
        "mais",
        "voila",
        "merci",
        "enfin",
        "juste",
    ]
)
