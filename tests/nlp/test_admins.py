"""Group admin requests read in each language; sentences that only mention an admin are none."""

from __future__ import annotations

import pytest

from flowhub.nlp import AdminAsk, read_admin

ASKED = [
    ("make Sam an admin", AdminAsk("add", "sam")),
    ("Sam is an admin too", AdminAsk("add", "sam")),
    ("can you make @Sam an admin please", AdminAsk("add", "sam")),
    ("add priya as admin", AdminAsk("add", "priya")),
    ("give sam admin rights", AdminAsk("add", "sam")),
    ("Sam should also be admin", AdminAsk("add", "sam")),
    ("let Sam be an admin", AdminAsk("add", "sam")),
    ("make me an admin", AdminAsk("add", "")),
    ("remove Priya as admin", AdminAsk("remove", "priya")),
    ("priya isn't an admin anymore", AdminAsk("remove", "priya")),
    ("revoke priya's admin rights", AdminAsk("remove", "priya")),
    ("remove me as admin", AdminAsk("remove", "")),
    ("who are the admins?", AdminAsk("list")),
    ("who's admin here?", AdminAsk("list")),
    ("is sam an admin?", AdminAsk("list")),
    ("mach Sam zum Admin", AdminAsk("add", "sam")),
    ("entferne Priya als Admin", AdminAsk("remove", "priya")),
    ("wer sind die Admins?", AdminAsk("list")),
    ("haz a Sam admin", AdminAsk("add", "sam")),
    ("Sam también es admin", AdminAsk("add", "sam")),
    ("quita a Priya como admin", AdminAsk("remove", "priya")),
    ("¿quiénes son los admins?", AdminAsk("list")),
    ("fais de Sam un admin", AdminAsk("add", "sam")),
    ("retire Priya des admins", AdminAsk("remove", "priya")),
    ("qui sont les admins ?", AdminAsk("list")),
    ("torna o Sam admin", AdminAsk("add", "sam")),
    ("quem são os admins?", AdminAsk("list")),
    ("rendi Sam admin", AdminAsk("add", "sam")),
    ("togli Priya dagli admin", AdminAsk("remove", "priya")),
    ("maak Sam admin", AdminAsk("add", "sam")),
    ("wie zijn de admins?", AdminAsk("list")),
    ("Sam'i admin yap", AdminAsk("add", "sam")),
    ("Priya'yı adminlikten çıkar", AdminAsk("remove", "priya")),
    ("jadikan Sam admin", AdminAsk("add", "sam")),
    ("siapa adminnya?", AdminAsk("list")),
    ("сделай Сэма админом", AdminAsk("add", "сэма")),
    ("кто админы?", AdminAsk("list")),
    ("Sam को एडमिन बनाओ", AdminAsk("add", "sam")),
    ("Sam ko admin banao", AdminAsk("add", "sam")),
    ("Priya ko admin se hatao", AdminAsk("remove", "priya")),
    ("admin kaun hai?", AdminAsk("list")),
    ("اجعل Sam مشرفا", AdminAsk("add", "sam")),
    ("من هم المشرفون؟", AdminAsk("list")),
]

NOT_ASKED = [
    "make the admin dashboard friday",
    "Sam is an admin at the gym, call him",
    "reset the admin password tomorrow",
    "make it an admin task",
    "how's the team doing this week?",
    "who has the most open tasks?",
]


@pytest.mark.parametrize(("text", "asked"), ASKED)
def test_admin_requests_are_read(text: str, asked: AdminAsk) -> None:
    assert read_admin(text) == asked


@pytest.mark.parametrize("text", NOT_ASKED)
def test_other_messages_are_no_admin_request(text: str) -> None:
    assert read_admin(text) is None
