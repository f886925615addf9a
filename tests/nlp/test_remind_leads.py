"""Reminder requests in every language FlowHub reads, said with the English lead."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import english_remind_lead, extract_tasks

LISBON = "Europe/Lisbon"
NOW = datetime(2026, 12, 3, 19, 0, tzinfo=ZoneInfo(LISBON))  # a Thursday

CASES = [
    # Portuguese
    ("me lembra amanhã às 9 de pagar o aluguel", "remind me amanhã às 9 to pagar o aluguel"),
    ("me lembra de pagar a luz sexta", "remind me to pagar a luz sexta"),
    ("lembra-me que tenho de ir ao banco amanhã", "remind me to tenho de ir ao banco amanhã"),
    ("pode me lembrar... ", "pode me lembrar... "),
    (
        "lembra o Sam de ligar pro buffet amanhã às 10",
        "remind Sam to ligar pro buffet amanhã às 10",
    ),
    ("lembra a priya de mandar o orçamento", "remind priya to mandar o orçamento"),
    (
        "vc pode me lembrar amanhã às 8 de levar o carro na oficina",
        "remind me amanhã às 8 to levar o carro na oficina",
    ),
    # Spanish
    (
        "recuérdame mañana a las 9 llamar al dentista",
        "remind me mañana a las 9 to llamar al dentista",
    ),
    ("acuérdame de comprar pan el sábado", "remind me to comprar pan el sábado"),
    ("por favor recuérdame que pague la luz el lunes", "remind me to pague la luz el lunes"),
    (
        "recuérdale a Sam que llame al proveedor el viernes",
        "remind Sam to llame al proveedor el viernes",
    ),
    # French
    (
        "rappelle-moi demain à 9h d'appeler le dentiste",
        "remind me demain à 9h to appeler le dentiste",
    ),
    ("rappelle moi de payer le loyer vendredi", "remind me to payer le loyer vendredi"),
    (
        "stp rappelle-moi lundi à 8h de sortir les poubelles",
        "remind me lundi à 8h to sortir les poubelles",
    ),
    ("rappelle à Sam de réserver la salle vendredi", "remind Sam to réserver la salle vendredi"),
    # German
    (
        "erinnere mich morgen um 9, den Zahnarzt anzurufen",
        "remind me morgen um 9 to den Zahnarzt anzurufen",
    ),
    ("erinnere mich daran, Milch zu kaufen", "remind me to Milch zu kaufen"),
    ("bitte erinnere mich am Freitag an die Miete", "remind me am Freitag to die Miete"),
    ("erinnere Sam daran, morgen den Saal zu buchen", "remind Sam morgen to den Saal zu buchen"),
    # Italian
    (
        "ricordami domani alle 9 di chiamare il dentista",
        "remind me domani alle 9 to chiamare il dentista",
    ),
    ("ricordami di comprare il latte", "remind me to comprare il latte"),
    ("mi ricordi venerdì di pagare l'affitto", "remind me venerdì to pagare l'affitto"),
    ("ricorda a Sam di prenotare la sala venerdì", "remind Sam to prenotare la sala venerdì"),
    # Dutch
    (
        "herinner me morgen om 9 aan de tandarts bellen",
        "remind me morgen om 9 to de tandarts bellen",
    ),
    ("herinner me eraan om de huur te betalen", "remind me to de huur te betalen"),
    ("kun je me vrijdag herinneren", "kun je me vrijdag herinneren"),
    ("herinner mij maandag aan de vuilnis", "remind me maandag to de vuilnis"),
    ("herinner Sam eraan om vrijdag de zaal te boeken", "remind Sam to vrijdag de zaal te boeken"),
    # Indonesian
    (
        "ingatkan aku besok jam 9 untuk menelepon dokter gigi",
        "remind me besok jam 9 to menelepon dokter gigi",
    ),
    (
        "tolong ingatkan saya untuk bayar listrik hari jumat",
        "remind me to bayar listrik hari jumat",
    ),
    ("ingetin gue besok jam 7 buat olahraga", "remind me besok jam 7 to olahraga"),
    ("ingatkan Sam untuk pesan ruangan jumat jam 3", "remind Sam to pesan ruangan jumat jam 3"),
    # Hindi (romanized)
    (
        "mujhe kal 9 baje dentist ko call karna yaad dilana",
        "remind me kal 9 baje to dentist ko call karna",
    ),
    ("mujhe yaad dilana ki kal 5 baje gym jana hai", "remind me kal 5 baje to gym jana hai"),
    (
        "kal subah 8 baje mujhe doodh lana yaad dila dena",
        "remind me kal subah 8 baje to doodh lana",
    ),
    ("Sam ko yaad dilana ki kal hall book kare", "remind Sam kal to hall book kare"),
    # Turkish: the verb closes the sentence
    ("yarın 9'da dişçiyi aramayı hatırlat", "remind me yarın 9'da to dişçiyi aramayı"),
    ("bana cuma kirayı ödemeyi hatırlatır mısın", "remind me cuma to kirayı ödemeyi"),
    ("hatırlat: pazartesi 8'de çöpü çıkarmak", "remind me pazartesi 8'de to çöpü çıkarmak"),
    ("Sam'e cuma salonu ayırtmasını hatırlat", "remind Sam cuma to salonu ayırtmasını"),
    # Russian
    ("напомни завтра в 9 позвонить стоматологу", "remind me завтра в 9 to позвонить стоматологу"),
    ("напомни мне купить молоко в субботу", "remind me to купить молоко в субботу"),
    ("напомни, пожалуйста, завтра в 8 выпить таблетки", "remind me завтра в 8 to выпить таблетки"),
    ("напомни Sam в пятницу забронировать зал", "remind Sam в пятницу to забронировать зал"),
    # Arabic
    (
        "ذكرني غدا الساعة 9 بالاتصال بطبيب الأسنان",
        "remind me غدا الساعة 9 to الاتصال بطبيب الأسنان",
    ),
    ("ذكرني بدفع الإيجار يوم الجمعة", "remind me to دفع الإيجار يوم الجمعة"),
    ("من فضلك ذكرني أن أشتري الخبز غدا", "remind me to أشتري الخبز غدا"),
    ("ذكر سام بحجز القاعة يوم الجمعة", "remind سام to حجز القاعة يوم الجمعة"),
]


@pytest.mark.parametrize(("text", "english"), CASES)
def test_foreign_lead_is_said_the_english_way(text: str, english: str) -> None:
    assert english_remind_lead(text) == english


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("me lembra amanhã às 9 de pagar o aluguel", "Pagar o aluguel"),
        ("recuérdame mañana a las 9 llamar al dentista", "Llamar al dentista"),
        ("rappelle-moi demain à 9h d'appeler le dentiste", "Appeler le dentiste"),
        ("ricordami domani alle 9 di chiamare il dentista", "Chiamare il dentista"),
        ("herinner me morgen om 9 aan de tandarts bellen", "De tandarts bellen"),
        ("ingatkan aku besok jam 9 untuk menelepon dokter gigi", "Menelepon dokter gigi"),
        ("mujhe kal 9 baje dentist ko call karna yaad dilana", "Dentist ko call karna"),
        ("yarın 9'da dişçiyi aramayı hatırlat", "Dişçiyi ara"),
        ("напомни завтра в 9 позвонить стоматологу", "Позвонить стоматологу"),
        ("ذكرني غدا الساعة 9 بالاتصال بطبيب الأسنان", "الاتصال بطبيب الأسنان"),
    ],
)
def test_title_keeps_the_persons_words_and_the_time_is_read(text: str, title: str) -> None:
    (draft,) = extract_tasks(english_remind_lead(text), now=NOW, tz=LISBON)
    assert draft.title == title
    assert draft.due is not None
    assert (draft.due.start.day, draft.due.start.hour) == (4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "remind me tomorrow at 9 to call the dentist",
        "remind sam to book the venue friday",
        "can you remind me what's due?",
        "call the dentist tomorrow at 9",
        "me lembra o que tenho amanhã?",
        "recuérdame qué tengo mañana",
        "rappelle-moi ce que j'ai demain",
        "erinnere mich, was morgen ansteht",
        "напомни, что у меня завтра?",
        "ذكرني ايش عندي بكرة",
        "ingatkan aku apa yang harus dikerjakan besok",
        "hatırlatmaları kapat",
        "ingatkan aku",
        "lembra a reunião amanhã",
        "comprar pão amanhã",
    ],
)
def test_english_questions_and_other_messages_stay_as_written(text: str) -> None:
    assert english_remind_lead(text) == text


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("ffs 😂 ok. remind me at 10 to start the caramel", "remind me at 10 to start the caramel"),
        ("ok. remind me at 11 to call the vet", "remind me at 11 to call the vet"),
        ("ugh, FlowHub, remind me at 9 to ring Tom", "remind me at 9 to ring Tom"),
        ("lol, remind me at 5 to book it", "remind me at 5 to book it"),
        ("haha ok! ping me at 5 about the van", "ping me at 5 about the van"),
    ],
)
def test_chatter_before_a_reminder_request_is_left_out(text: str, reads: str) -> None:
    assert english_remind_lead(text) == reads


@pytest.mark.parametrize(
    "text",
    [
        "okay so remind me to call",
        "Sam ok remind me at 5",
        "yes and remind me an hour before",
        "ok remind me 30 min before",
        "fine, remind me at 5",
    ],
)
def test_words_that_say_something_before_remind_stay(text: str) -> None:
    assert english_remind_lead(text) == text
