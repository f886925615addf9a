"""A contract's two parties and what each owes, from a PDF's text layer and from a scan."""

from __future__ import annotations

import pytest

from flowhub.media import MediaConfig, read
from flowhub.media.sides import duties
from tests.media.drawings import paper, pdf, scanned_pdf

CONFIG = MediaConfig()
CONTRACT = [
    "SERVICE AGREEMENT",
    'This agreement is made between Acme GmbH ("Client") and Studio Nord Ltd ("Contractor").',
    "1. The Client shall pay the deposit of EUR 2,000 by March 3, 2027.",
    "2. The Contractor shall deliver the first draft by March 20, 2027.",
    "3. The Client shall provide the brand guidelines by February 25, 2027.",
]


def test_a_contracts_pdf_names_what_each_party_owes() -> None:
    reading = read(pdf([CONTRACT]), kind="document", config=CONFIG)
    assert reading.duties == (
        ("Client", "pay the deposit of EUR 2,000 by March 3, 2027."),
        ("Contractor", "deliver the first draft by March 20, 2027."),
        ("Client", "provide the brand guidelines by February 25, 2027."),
    )


def test_a_scanned_contract_read_by_tesseract_names_its_parties_duties() -> None:
    lines = [
        "SUPPLY CONTRACT",
        "The Buyer shall pay each invoice within 30 days.",
        "The Supplier shall deliver 200 chairs by April 2.",
    ]
    reading = read(scanned_pdf([paper(lines, width=1400)]), kind="document", config=CONFIG)
    assert [party for party, _ in reading.duties] == ["Buyer", "Supplier"]
    assert "200 chairs" in reading.duties[1][1]


@pytest.mark.parametrize(
    ("lines", "parties"),
    [
        (
            [
                "El Cliente deberá pagar el anticipo antes del 3 de marzo",
                "El Proveedor deberá entregar las sillas antes del 20 de marzo",
            ],
            ["Cliente", "Proveedor"],
        ),
        (
            [
                "Le Client s'engage à payer l'acompte avant le 3 mars",
                "Le Prestataire doit livrer la maquette avant le 20 mars",
            ],
            ["Client", "Prestataire"],
        ),
        (
            [
                "Der Mieter muss die Kaution bis 3. März zahlen",
                "Der Vermieter verpflichtet sich, die Wohnung bis 1. April zu übergeben",
            ],
            ["Mieter", "Vermieter"],
        ),
        (
            [
                "O Contratante deverá pagar o sinal até 3 de março",
                "A Contratada deverá entregar o projeto até 20 de março",
            ],
            ["Contratante", "Contratada"],
        ),
    ],
)
def test_duties_are_read_in_other_languages(lines: list[str], parties: list[str]) -> None:
    assert [party for party, _ in duties(lines)] == parties


@pytest.mark.parametrize(
    "lines",
    [
        ["The contractor sends the quote", "order the tiles by friday"],
        ["The Client shall pay the deposit by March 3.", "Client shall sign the form."],
        ["call the client about the deposit", "the supplier is late again"],
    ],
)
def test_one_party_or_none_binds_no_sides(lines: list[str]) -> None:
    assert duties(lines) == ()
