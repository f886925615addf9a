"""Reading status questions said in any language: everything, one task, saved, person, topic."""

from __future__ import annotations

import pytest

from flowhub.skills.status_said import Asked, fold, read, readings


@pytest.mark.parametrize(
    ("text", "kind", "what"),
    [
        ("what's the status of the braun pano?", "one", "the braun pano"),
        ("any update on the hotel booking?", "one", "the hotel booking"),
        ("did the dentist call get saved?", "saved", "the dentist call"),
        ("anything left on insurance claims?", "topic", "insurance claims"),
        ("show me everything", "all", ""),
        ("покажи все мои задачи", "all", ""),
        ("чё у меня по задачам?", "all", ""),
        ("презентация сохранилась?", "saved", "презентация"),
        ("что у Прии?", "person", "Прии"),
        ("y en total q tengo anotado?", "all", ""),
        ("y lo del dentista se guardo o q?", "saved", "lo del dentista"),
        ("se guardó lo del dentista?", "saved", "lo del dentista"),
        ("q tiene ana pendiente?", "person", "ana"),
        ("queda algo del seguro?", "topic", "seguro"),
        ("e o contrato da ana, ficou salvo?", "saved", "o contrato da ana"),
        ("oq eu tenho pra fazer?", "all", ""),
        ("ist der zahnarzt gespeichert?", "saved", "der zahnarzt"),
        ("tu as bien noté le dentiste ?", "saved", "le dentiste"),
        ("is de tandarts opgeslagen?", "saved", "de tandarts"),
        ("hai salvato il dentista?", "saved", "il dentista"),
        ("tagihan listrik udah disimpan belum?", "saved", "tagihan listrik"),
        ("dişçi randevusu kaydedildi mi?", "saved", "dişçi randevusu"),
        ("Ana'nın görevleri neler?", "person", "Ana"),
        ("बैंक वाला काम सेव हुआ?", "saved", "बैंक वाला काम"),
        ("priya ke paas kya hai?", "person", "priya"),
        ("هل تم حفظ الفاتورة؟", "saved", "الفاتورة"),
        ("y eso se guardó?", "saved", ""),
        ("сохранилось?", "saved", ""),
        ("udah disimpan belum?", "saved", ""),
        ("did it get saved?", "saved", ""),
    ],
)
def test_reads_each_kind(text: str, kind: str, what: str) -> None:
    assert read(text) == Asked(kind, what)


@pytest.mark.parametrize(
    "text",
    [
        "update the status of the client report",
        "show the client the plan",
        "check the status page tomorrow",
        "the status report is due friday",
        "how's my day looking?",
        "gimana kalau besok aja?",
        "como va a ser eso",
        "guardalo",
        "сохрани",
        "kaydet",
        "what's the status of",
    ],
)
def test_a_task_or_an_edit_is_no_status_question(text: str) -> None:
    assert read(text) is None


def test_a_name_that_is_no_person_leaves_the_other_readings() -> None:
    assert [a.kind for a in readings("listemde neler var?")] == ["person", "all"]


def test_fold_keeps_one_character_each() -> None:
    assert fold("Guardó DİŞÇİ Straße") == "guardo disci straße"
    assert len(fold("बैंक वाला")) == len("बैंक वाला")
