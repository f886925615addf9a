"""Spanish chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

MADRID = "Europe/Madrid"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(MADRID))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("recuérdame el jueves a las 6 sacar la basura", "remind"),
        ("todos los martes a las 19 clase de yoga", "remind"),
        ("los viernes a las 5 mandar el reporte semanal", "remind"),
        ("de lunes a viernes a las 9 revisar el correo", "remind"),
        ("el último día de cada mes pagar la tarjeta", "remind"),
        ("qué tengo que hacer esta semana?", "query"),
        ("q tiene Lucía para mañana", "query"),
        ("mis pendientes", "query"),
        ("hay algo atrasado?", "query"),
        ("ya pagué la luz", "done"),
        ("ya está hecho", "done"),
        ("márcala como hecha", "done"),
        ("ayuda", "help"),
        ("qué sabes hacer?", "help"),
        ("cambia la zona horaria a Madrid", "settings"),
        ("háblame en español", "settings"),
        ("envíame el resumen todos los días a las 8", "settings"),
        ("hola, buenos días!", "other"),
        ("muchas gracias!!", "other"),
        ("vale, perfecto", "other"),
        ("quién tiene que llamar al proveedor?", "query"),
        ("mañana no puedo, tengo dentista", "other"),
        ("factura pagada 👍", "done"),
        ("tareas de hoy", "query"),
        ("recordar comprar pilas", "capture"),
        ("lo del seguro ya está", "done"),
        ("alguien puede recoger a los niños hoy?", "capture"),
        ("comprar pañales y toallitas", "capture"),
        ("me ayudas a mover el sofá el domingo?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Diego puedes llamar al fontanero mañana?", "Llamar al fontanero", "Diego", "2026-04-11"),
        ("Nico, podrías enviar las fotos antes del viernes?", "Enviar las fotos", "Nico",
         "2026-04-17"),
        ("Pablo tiene que entregar el informe el martes", "Entregar el informe", "Pablo",
         "2026-04-14"),
        ("no te olvides de pagar el alquiler el día 5", "Pagar el alquiler", None, "2026-05-05"),
        ("hay que llevar al gato al veterinario el lunes", "Llevar al gato al veterinario", None,
         "2026-04-13"),
        ("avísame mañana a las 8 de llamar a mi abuela", "Llamar a mi abuela", None,
         "2026-04-11T08:00"),
        ("Martín, mandá el presupuesto hoy porfa", "Mandá el presupuesto", "Martín", "2026-04-10"),
        ("anotá: llamar al contador el lunes", "Llamar al contador", None, "2026-04-13"),
        ("reservar la cancha pal sábado", "Reservar la cancha", None, "2026-04-11"),
        ("oye Sofi, me ayudas a pintar la valla el domingo?", "Pintar la valla", "Sofi",
         "2026-04-12"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=MADRID, sender="Lucía")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


def test_priority_words() -> None:
    (task,) = extract_tasks("arreglar el horno, es urgente", now=NOW, tz=MADRID)
    assert (task.title, task.priority) == ("Arreglar el horno", "urgent")
