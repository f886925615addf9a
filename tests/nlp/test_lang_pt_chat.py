"""Portuguese chat (Brazil and Portugal): intents, task titles, assignees and dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

SAO_PAULO = "America/Sao_Paulo"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(SAO_PAULO))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("me lembra amanhã às 9 de ligar pro banco", "remind"),
        ("toda segunda às 8 reunião de equipe", "remind"),
        ("às terças e quintas academia às 7", "remind"),
        ("de 3 em 3 meses trocar o filtro", "remind"),
        ("daqui a 20 minutos me avisa de desligar o forno", "remind"),
        ("o que eu tenho pra amanhã?", "query"),
        ("o que é que a Carla tem esta semana", "query"),
        ("minhas pendências", "query"),
        ("tem alguma coisa vencida?", "query"),
        ("já paguei o boleto", "done"),
        ("tá feito", "done"),
        ("terminei o relatório", "done"),
        ("como é que isto funciona?", "help"),
        ("o que você sabe fazer?", "help"),
        ("muda o fuso horário para Lisboa", "settings"),
        ("troca a língua para inglês", "settings"),
        ("me manda o resumo às 8", "settings"),
        ("oi, bom dia!", "other"),
        ("valeu, obrigado!", "other"),
        ("beleza", "other"),
        ("quem tem que ligar pro fornecedor?", "query"),
        ("hoje não consigo, estou doente", "other"),
        ("conta de luz paga", "done"),
        ("agenda de amanhã?", "query"),
        ("resolvido!", "done"),
        ("muda a hora do resumo para as 9", "settings"),
        ("Carol, dá pra você mandar o link da reunião?", "capture"),
        ("comprar ração pro cachorro", "capture"),
        ("Joana, consegues enviar a fatura até sexta?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Pedro pode buscar as crianças na escola amanhã?", "Buscar as crianças na escola",
         "Pedro", "2026-04-11"),
        ("Joana, consegues enviar a fatura até sexta?", "Enviar a fatura", "Joana", "2026-04-17"),
        ("Ana vai levar o bolo no sábado", "Levar o bolo", "Ana", "2026-04-11"),
        ("Rita vc consegue revisar a planilha até segunda?", "Revisar a planilha", "Rita",
         "2026-04-13"),
        ("precisamos de atualizar o site até quinta", "Atualizar o site", None, "2026-04-16"),
        ("não esquecer de pagar a conta de luz dia 15", "Pagar a conta de luz", None,
         "2026-04-15"),
        ("me ajuda a arrumar a sala amanhã?", "Arrumar a sala", None, "2026-04-11"),
        ("preciso comprar remédio hoje", "Comprar remédio", None, "2026-04-10"),
        ("Rui, vê lá se consegues marcar o hotel para sábado", "Marcar o hotel", "Rui",
         "2026-04-11"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=SAO_PAULO, sender="Bruno")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


def test_priority_words() -> None:
    (task,) = extract_tasks("consertar o chuveiro, é urgente", now=NOW, tz=SAO_PAULO)
    assert (task.title, task.priority) == ("Consertar o chuveiro", "urgent")
