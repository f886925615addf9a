"""Russian chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

MOSCOW = "Europe/Moscow"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(MOSCOW))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("напомни в пятницу в 18 забрать костюм из химчистки", "remind"),
        ("напомните мне завтра утром про встречу с юристом", "remind"),
        ("каждый вторник в 19 тренировка", "remind"),
        ("ежедневно в 9 утра проверять почту", "remind"),
        ("по пятницам отправлять отчет", "remind"),
        ("чтобы я не забыл: завтра отнести документы", "remind"),
        ("что сегодня по плану?", "query"),
        ("всё, закрыл", "done"),
        ("позвонил Игорь, просил перезвонить", "capture"),
        ("ребята, кто может забрать посылку?", "capture"),
        ("что у меня завтра?", "query"),
        ("какие дела на выходные?", "query"),
        ("покажи мои задачи", "query"),
        ("что просрочено на этой неделе?", "query"),
        ("что у Лены на сегодня", "query"),
        ("готово", "done"),
        ("уже отправила", "done"),
        ("счет оплачен", "done"),
        ("помощь", "help"),
        ("что ты можешь?", "help"),
        ("поменяй часовой пояс на Екатеринбург", "settings"),
        ("переключи на английский", "settings"),
        ("спасибо большое", "other"),
        ("доброе утро всем", "other"),
        ("ок, понял", "other"),
        ("ты отправил документы?", "other"),
        ("купить корм коту", "capture"),
        ("хлеб купить", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("до среды сдать отчет", "Сдать отчет", None, "2026-04-15"),
        ("завтра в 10 позвонить в налоговую", "Позвонить в налоговую", None, "2026-04-11T10:00"),
        ("не забудь вынести мусор вечером", "Вынести мусор", None, "2026-04-10T18:00"),
        ("пожалуйста, закажи пиццу на 7 вечера", "Закажи пиццу", None, "2026-04-10T19:00"),
        ("Max, можешь проверить договор до пятницы?", "Проверить договор", "Max", "2026-04-17"),
        ("к понедельнику подготовить презентацию", "Подготовить презентацию", None,
         "2026-04-13"),
        ("напомни в пятницу в 18 забрать костюм из химчистки", "Забрать костюм из химчистки",
         None, "2026-04-17T18:00"),
        ("срочно: перезапустить сервер сегодня", "Перезапустить сервер", None, "2026-04-10"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=MOSCOW, sender="Ольга")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


def test_no_task_in_small_talk() -> None:
    assert extract_tasks("всем привет, как дела?", now=NOW, tz=MOSCOW) == []
