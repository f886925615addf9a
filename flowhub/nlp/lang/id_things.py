"""Indonesian words for things a task is about, said the English way, and words that name
nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    # a hall and a dinner booked: "gala için salonu ayarladım" names "la salle … dîner de gala"
    "aula": "hall",
    "gedung": "hall",
    "wina": "vienna",
    "swiss": "switzerland",
    "swis": "switzerland",
    "hotel": "hotel",
    "visa": "visa",
    "grup": "group",
    "rombongan": "group",
    "penerbangan": "flight",
    "asuransi": "insurance",
    "tagihan": "invoice",
    "penawaran": "quote",
    "kontrak": "contract",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    [
        "udah",
        "sudah",
        "beres",
        "kelar",
        "selesai",
        "yang",
        "sama",
        "untuk",
        "buat",
        "juga",
        "dong",
        "deh",
        "nya",
        "barusan",
        "tadi",
        "makasih",
    ]
)
