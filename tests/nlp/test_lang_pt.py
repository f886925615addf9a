"""Portuguese (Brazil and Portugal) dates and times in chat messages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when

SAO_PAULO = "America/Sao_Paulo"
LISBON = "Europe/Lisbon"
NOW = datetime(2026, 1, 15, 9, 0, tzinfo=ZoneInfo(SAO_PAULO))  # a Thursday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # relative days
        ("urgente: mandar a proposta pro cliente hj", "2026-01-15T00:00"),
        ("amanhã eu vejo isso", "2026-01-16T00:00"),
        ("depois de amanhã tem prova", "2026-01-17T00:00"),
        ("ontem paguei a conta", "2026-01-14T00:00"),
        ("anteontem falei com ele", "2026-01-13T00:00"),
        ("amanhã de manhã levar o carro", "2026-01-16T09:00"),
        ("amanhã à tarde reunião", "2026-01-16T15:00"),
        ("hoje à noite jantar fora", "2026-01-15T18:00"),
        # weekdays
        ("pede pro João levar o carro na oficina segunda", "2026-01-19T00:00"),
        ("pagar o boleto da internet até sexta", "2026-01-16T00:00"),
        ("na terça-feira tem dentista", "2026-01-20T00:00"),
        ("quinta q vem entregar o relatório", "2026-01-22T00:00"),
        ("na próxima quarta", "2026-01-21T00:00"),
        ("sábado passado fui ao cinema", "2026-01-10T00:00"),
        ("quarta da semana que vem", "2026-01-21T00:00"),
        # clock times
        ("me lembra amanhã às 9h de ligar pro contador", "2026-01-16T09:00"),
        ("sexta às 18h jantar com os sogros", "2026-01-16T18:00"),
        ("terça às 9 e meia reunião com o banco", "2026-01-20T09:30"),
        ("às 3 da tarde", "2026-01-15T15:00"),
        ("amanhã às oito da noite", "2026-01-16T20:00"),
        ("hoje às 15h30", "2026-01-15T15:30"),
        ("quinze para as onze", "2026-01-15T10:45"),
        ("ao meio-dia almoço com a equipe", "2026-01-15T12:00"),
        ("até a meia-noite", "2026-01-16T00:00"),
        ("amanhã depois das 15h", "2026-01-16T15:00"),
        # offsets
        ("daqui 30 min me lembra de tirar o bolo do forno", "2026-01-15T09:30"),
        ("daqui a duas horas", "2026-01-15T11:00"),
        ("em meia hora eu saio", "2026-01-15T09:30"),
        ("há três dias", "2026-01-12T09:00"),
        ("duas semanas atrás", "2026-01-01T09:00"),
        # dates
        ("5 de maio é o aniversário dela", "2026-05-05T00:00"),
        ("no dia 25 pagar a fatura do cartão", "2026-01-25T00:00"),
        ("pagar a renda até dia 1", "2026-02-01T00:00"),
        ("primeiro de março", "2026-03-01T00:00"),
        ("1º de março", "2026-03-01T00:00"),
        ("reunião com o fornecedor dia 2/9 às 14h", "2026-09-02T14:00"),
        ("20 de dezembro de 2026", "2026-12-20T00:00"),
        # periods
        ("marcar dentista semana que vem", "2026-01-19T00:00"),
        ("na próxima semana", "2026-01-19T00:00"),
        ("mês que vem eu começo", "2026-02-01T00:00"),
        ("semana passada", "2026-01-05T00:00"),
        ("este fim de semana", "2026-01-17T00:00"),
        ("até o fim do mês", "2026-01-31T00:00"),
        ("último trimestre de 2025", "2025-10-01T00:00"),
        ("semana que vem na terça", "2026-01-20T00:00"),
        ("no começo do mês que vem", "2026-02-01T00:00"),
        ("no fim de semana vou à praia", "2026-01-17T00:00"),
        ("em março começa o curso", "2026-03-01T00:00"),
        ("às 10 vou ao banco", "2026-01-15T10:00"),
        ("amanhã às 10am reunião", "2026-01-16T10:00"),
        ("sábado às 8h corrida", "2026-01-17T08:00"),
        ("à uma da tarde", "2026-01-15T13:00"),
        ("reunião às 16h com o time", "2026-01-15T16:00"),
        # ranges
        ("de 13 a 15 de julho estou de férias", "2026-07-13T00:00"),
        ("das 14h às 16h", "2026-01-15T14:00"),
    ],
)
def test_portuguese_dates(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=SAO_PAULO)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text


@pytest.mark.parametrize(
    ("text", "start", "rrule"),
    [
        ("todo dia às 7h tomar o remédio", "2026-01-16T07:00", "DAILY"),
        ("todos os dias de manhã caminhar", "2026-01-16T09:00", "DAILY"),
        ("toda segunda reunião de equipe", "2026-01-19T00:00", "BYDAY=MO"),
        ("às sextas fechar o caixa", "2026-01-16T00:00", "BYDAY=FR"),
        ("todo dia 10 pagar o aluguel", "2026-02-10T00:00", "BYMONTHDAY=10"),
        ("toda última sexta do mês fechar o caixa", "2026-01-30T00:00", "BYDAY=-1FR"),
        ("a cada duas semanas limpar a piscina", "2026-01-15T00:00", "INTERVAL=2"),
        ("de 15 em 15 dias a partir de segunda", "2026-01-19T00:00", "INTERVAL=15"),
        ("todas as segundas às 9h", "2026-01-19T09:00", "BYDAY=MO"),
        ("uma vez por semana ligar pra vó", "2026-01-15T00:00", "WEEKLY"),
        ("toda noite às 22h", "2026-01-15T22:00", "DAILY"),
    ],
)
def test_portuguese_recurrence(text: str, start: str, rrule: str) -> None:
    when = parse_when(text, now=NOW, tz=SAO_PAULO)
    assert when is not None and when.rrule is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert rrule in when.rrule, (text, when.rrule)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("para a semana falamos", "2026-05-18T00:00"),
        ("na 6ª feira às 17h30", "2026-05-15T17:30"),
        ("3ª feira de manhã", "2026-05-19T09:00"),
        ("ao fim da tarde passo aí", "2026-05-12T18:00"),
        ("envio ao final do dia", "2026-05-12T17:00"),
        ("lembra-me daqui a 10 minutos", "2026-05-12T14:10"),
    ],
)
def test_portugal_forms(text: str, start: str) -> None:
    now = datetime(2026, 5, 12, 14, 0, tzinfo=ZoneInfo(LISBON))  # a Tuesday
    when = parse_when(text, now=now, tz=LISBON)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text


def test_portugal_hour_with_h_is_24_hour() -> None:
    now = datetime(2026, 5, 12, 22, 30, tzinfo=ZoneInfo(LISBON))
    when = parse_when("amanhã à 1h30 desligar o aquecedor", now=now, tz=LISBON)
    assert when is not None
    assert when.start.strftime("%Y-%m-%dT%H:%M") == "2026-05-13T01:30"


@pytest.mark.parametrize(
    "text",
    [
        "bom dia pessoal",
        "boa noite a todos",
        "muito bom, obrigado",
        "vou ter que sair mais cedo",
        "pela segunda vez ele esqueceu",
        "preciso fazer as 3 tarefas",
        "comprei dois quilos de arroz",
        "as 2 pessoas chegaram",
    ],
)
def test_portuguese_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=SAO_PAULO) is None, text
