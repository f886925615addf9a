"""A title asking for something to be sent to its writer reads from the owner's side."""

from __future__ import annotations

import pytest

from flowhub.nlp import classify_intent, sent_to_writer


@pytest.mark.parametrize(
    ("title", "own", "other"),
    [
        ("Mandame el presupuesto", "Presupuesto", "Mandar el presupuesto a Ana"),
        ("Me manda o contrato", "Contrato", "Mandar o contrato para Ana"),
        ("Schick mir die Liste", "Liste", "Ana die Liste schicken"),
        ("Mir die Liste schicken", "Liste", "Ana die Liste schicken"),
        ("Envoie-moi le devis", "Devis", "Envoyer le devis à Ana"),
        ("Mandami il listino", "Listino", "Mandare il listino ad Ana"),
        ("Stuur me even de offerte", "Offerte", "Ana de offerte sturen"),
        ("Send me the quote", "Get the quote", "Send Ana the quote"),
        (
            "Send brightline billing details to me",
            "Get brightline billing details",
            "Send brightline billing details to Ana",
        ),
        ("Forward the invoice over to me", "Get the invoice", "Forward the invoice to Ana"),
        ("Bring the keys back to me", "Get the keys back", "Bring the keys back to Ana"),
        ("bana teklifi gönder", "Teklifi al", "Teklifi Ana'ya gönder"),
        ("Kirimin aku laporannya", "Laporannya", "Kirim laporannya ke Ana"),
    ],
)
def test_sent_to_writer(title: str, own: str, other: str) -> None:
    assert sent_to_writer(title, writer="Ana Lopez", own=True) == own
    assert sent_to_writer(title, writer="Ana Lopez", own=False) == other


def test_other_titles_stay() -> None:
    for title in (
        "Mandar el presupuesto a Rossi",
        "Send the deck to Sam",
        "Die Liste an Weber schicken",
    ):
        assert sent_to_writer(title, writer="Ana", own=True) == title


def test_hinglish_needs_the_me_of_the_message() -> None:
    assert sent_to_writer(
        "Quote bhej do", writer="Ana", own=True, said="mujhe quote kal bhej do"
    ) == ("Quote mangwana")
    assert sent_to_writer(
        "Quote bhej do", writer="Ana", own=True, said="client ko quote bhej do"
    ) == ("Quote bhej do")


@pytest.mark.parametrize(
    "text",
    [
        "kannst du mir sagen was ich noch machen muss?",
        "tu peux me dire ce que j'ai ?",
        "kun je kijken wat ik nog moet doen?",
        "можешь показать мои задачи?",
        "bana yapacaklarımı söyler misin?",
        "bisa cek tugas aku?",
        "ممكن تشوف ايش عندي؟",
        "can you check what i have?",
        "yarın bir şey var mı?",
    ],
)
def test_you_asked_lists_are_questions(text: str) -> None:
    assert classify_intent(text) == "query"


@pytest.mark.parametrize(
    "text",
    [
        "puedes revisar el contrato mañana?",
        "kun je de offerte morgen checken",
        "raporu yarın gösterir misin",
    ],
)
def test_you_asked_things_stay_tasks(text: str) -> None:
    assert classify_intent(text) == "capture"
