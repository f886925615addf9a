"""Spanish dates and times in chat messages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when

MADRID = "Europe/Madrid"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(MADRID))  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # relative days
        ("llámame hoy", "2026-03-04T00:00"),
        ("mañana reviso el informe", "2026-03-05T00:00"),
        ("pasado mañana vamos al médico", "2026-03-06T00:00"),
        ("ayer mandé la factura", "2026-03-03T00:00"),
        ("anteayer hablé con ella", "2026-03-02T00:00"),
        ("mañana por la mañana llamo al banco", "2026-03-05T09:00"),
        ("mañana en la tarde paso por tu casa", "2026-03-05T15:00"),
        # weekdays
        ("el viernes entregamos el proyecto", "2026-03-06T00:00"),
        ("nos vemos el lunes", "2026-03-09T00:00"),
        ("el próximo lunes pago la tarjeta", "2026-03-09T00:00"),
        ("el martes que viene hay reunión", "2026-03-10T00:00"),
        ("el jueves de la semana que viene", "2026-03-12T00:00"),
        ("el lunes pasado cerramos la venta", "2026-03-02T00:00"),
        ("el sábado por la mañana limpiar el garaje", "2026-03-07T09:00"),
        # clock times
        ("mañana a las 10 llamar al dentista", "2026-03-05T10:00"),
        ("a las tres y media de la tarde", "2026-03-04T15:30"),
        ("hoy a las 8 de la noche cena", "2026-03-04T20:00"),
        ("esta noche salimos", "2026-03-04T18:00"),
        ("mañana por la noche", "2026-03-05T18:00"),
        ("a las doce menos cuarto", "2026-03-04T11:45"),
        ("el viernes a las 9 y cuarto", "2026-03-06T09:15"),
        ("mañana a las 15:30 entrevista", "2026-03-05T15:30"),
        ("a la una de la tarde comemos", "2026-03-04T13:00"),
        ("el último mes de 2025", "2025-12-01T00:00"),
        ("el segundo trimestre", "2026-04-01T00:00"),
        ("mañana al mediodía", "2026-03-05T12:00"),
        # offsets
        ("en dos horas te aviso", "2026-03-04T12:00"),
        ("dentro de 15 minutos empieza", "2026-03-04T10:15"),
        ("en media hora salgo", "2026-03-04T10:30"),
        ("en una hora y media", "2026-03-04T11:30"),
        ("hace tres días me escribió", "2026-03-01T10:00"),
        ("en una semana vuelvo", "2026-03-11T10:00"),
        # dates
        ("el 5 de mayo es el cumple de Ana", "2026-05-05T00:00"),
        ("el cinco de mayo", "2026-05-05T00:00"),
        ("el primero de abril", "2026-04-01T00:00"),
        ("el 20 de diciembre de 2026", "2026-12-20T00:00"),
        ("pagar el alquiler el día 10", "2026-03-10T00:00"),
        ("hasta el 15 tengo tiempo", "2026-03-15T00:00"),
        ("vence el 28", "2026-03-28T00:00"),
        # periods
        ("hay q renovar el pasaporte la semana q viene", "2026-03-09T00:00"),
        ("la próxima semana lo vemos", "2026-03-09T00:00"),
        ("el mes que viene empiezo", "2026-04-01T00:00"),
        ("este fin de semana descanso", "2026-03-07T00:00"),
        ("a fin de mes cobro", "2026-03-31T00:00"),
        ("la semana que viene el martes", "2026-03-10T00:00"),
        ("a principios de la semana que viene", "2026-03-09T00:00"),
        ("a finales del mes que viene", "2026-04-30T00:00"),
        ("en enero empiezo el curso", "2027-01-01T00:00"),
        ("mañana a primera hora enviar el presupuesto", "2026-03-05T09:00"),
        ("a eso de las 7 de la tarde", "2026-03-04T19:00"),
        ("mañana a las 3pm llamar al cliente", "2026-03-05T15:00"),
        ("el jueves a las 9h", "2026-03-05T09:00"),
        ("a las ocho cero cinco de la noche", "2026-03-04T20:05"),
        ("mañana a 11", "2026-03-05T11:00"),
        ("es hora de comer, las doce!", "2026-03-04T12:00"),
        ("de 14h a 16h reunión", "2026-03-04T14:00"),
        ("terminar el reporte antes del viernes", "2026-03-06T00:00"),
        ("el 17/2 vence el seguro", "2027-02-17T00:00"),
        ("al final del día te lo mando", "2026-03-04T17:00"),
        ("la semana que entra", "2026-03-09T00:00"),
        # ranges
        ("del 13 al 15 de julio estoy fuera", "2026-07-13T00:00"),
        ("entre el lunes y el miércoles", "2026-03-09T00:00"),
        ("de 3 a 5 de la tarde", "2026-03-04T15:00"),
    ],
)
def test_spanish_dates(text: str, start: str) -> None:
    when = parse_when(text, now=NOW, tz=MADRID)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text


@pytest.mark.parametrize(
    ("text", "start", "rrule"),
    [
        ("todos los días a las 7 de la mañana tomar la pastilla", "2026-03-05T07:00", "DAILY"),
        ("todos los lunes reunión de equipo", "2026-03-09T00:00", "BYDAY=MO"),
        ("cada viernes a las 5 de la tarde", "2026-03-06T17:00", "BYDAY=FR"),
        ("los martes y jueves voy al gimnasio", "2026-03-05T00:00", "BYDAY=TU,TH"),
        ("cada mes el día 5 pagar el alquiler", "2026-03-05T00:00", "BYMONTHDAY=5"),
        ("el primer lunes de cada mes enviar el informe", "2026-04-06T00:00", "BYDAY=+1MO"),
        ("el último viernes de cada mes hacer backup", "2026-03-27T00:00", "BYDAY=-1FR"),
        ("cada dos semanas revisar el stock", "2026-03-04T00:00", "INTERVAL=2"),
        ("de lunes a viernes a las 8 revisar el tablero", "2026-03-05T08:00", "MO,TU,WE,TH,FR"),
        ("el 1 de cada mes pagar la luz", "2026-04-01T00:00", "BYMONTHDAY=1"),
        ("una vez por semana llamar a la abuela", "2026-03-04T00:00", "WEEKLY"),
        ("todas las noches a las 10 sacar al perro", "2026-03-04T22:00", "DAILY"),
    ],
)
def test_spanish_recurrence(text: str, start: str, rrule: str) -> None:
    when = parse_when(text, now=NOW, tz=MADRID)
    assert when is not None and when.rrule is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert rrule in when.rrule, (text, when.rrule)


@pytest.mark.parametrize(
    "text",
    [
        "buenas noches a todos",
        "buenos días equipo",
        "gracias por todo",
        "tengo dos preguntas sobre el contrato",
        "hay que comprar las tres cajas",
        "el 20 por ciento de descuento",
        "voy a 2 reuniones",
        "la segunda vez que pasa",
    ],
)
def test_spanish_without_a_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=MADRID) is None, text
