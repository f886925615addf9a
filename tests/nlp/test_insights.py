"""Insight questions read in every language, and the look-alikes that stay tasks or lists."""

from __future__ import annotations

import pytest

from flowhub.nlp import read_insight

MINE = [
    "how am I doing this week?",
    "how did I do last month",
    "stats",
    "my numbers",
    "my stats for last month",
    "numbers this week please",
    "¿cómo voy esta semana?",
    "¿qué tal me fue el mes pasado?",
    "wie läuft's bei mir diese Woche?",
    "wie läuft es diese Woche bei mir?",
    "meine Statistik",
    "estatísticas",
    "como estou indo este mês?",
    "comment je m'en sors cette semaine ?",
    "mes stats",
    "come sto andando questa settimana?",
    "hoe doe ik het deze week?",
    "bu hafta nasıl gidiyorum?",
    "istatistiklerim",
    "gimana progres saya minggu ini?",
    "как у меня дела на этой неделе?",
    "моя статистика",
    "इस हफ्ते मेरा काम कैसा रहा?",
    "main kaisa kar raha hoon is hafte?",
    "كيف أدائي هذا الأسبوع؟",
    "إحصائياتي",
    "how many tasks did I complete this week?",
    "wie viele Aufgaben habe ich diese Woche erledigt?",
    "¿cuántas tareas he terminado esta semana?",
    "сколько задач я сделал на этой неделе?",
    "maine is hafte kitne kaam kiye?",
    "كم مهمة أنجزت هذا الأسبوع؟",
    "what's my on-time rate?",
    "how's my week going?",
]
TEAM = [
    "how's the team doing this month?",
    "how are we doing?",
    "how many did we finish last month?",
    "team stats please",
    "wie läuft's im Team?",
    "wie läuft's diese Woche im Team?",
    "ekip bu hafta nasıl gidiyor?",
    "¿cómo va el equipo este mes?",
    "como está indo a equipe?",
    "comment va l'équipe ?",
    "come sta andando il team?",
    "hoe doet het team het?",
    "ekip nasıl gidiyor?",
    "gimana tim minggu ini?",
    "как дела у команды?",
    "टीम कैसा कर रही है?",
    "team kaisa kar rahi hai is mahine?",
    "كيف أداء الفريق هذا الشهر؟",
]
MOST_OPEN = [
    "who has the most open tasks?",
    "who's most loaded?",
    "who is the busiest?",
    "who has the most overdue?",
    "wer hat die meisten offenen Aufgaben?",
    "¿quién tiene más tareas pendientes?",
    "quem tem mais tarefas abertas?",
    "qui a le plus de tâches ?",
    "chi ha più attività aperte?",
    "wie heeft de meeste taken?",
    "en çok açık görev kimde?",
    "siapa yang punya tugas paling banyak?",
    "у кого больше всего задач?",
    "किसके पास सबसे ज़्यादा काम है?",
    "kiske paas sabse zyada tasks hain?",
    "من لديه أكثر المهام؟",
]
OVERDUE_LONGEST = [
    "what's overdue the longest?",
    "what's been overdue longest?",
    "oldest overdue tasks",
    "was ist am längsten überfällig?",
    "¿qué lleva más tiempo atrasado?",
    "o que está atrasado há mais tempo?",
    "qu'est-ce qui est en retard depuis le plus longtemps ?",
    "cosa è in ritardo da più tempo?",
    "wat is het langst over tijd?",
    "что просрочено дольше всего?",
    "sabse purana overdue kya hai?",
]
FORECAST = [
    "when will we clear the backlog?",
    "when will we be through the backlog?",
    "when will I be done at this pace?",
    "wann sind wir mit dem Rückstand durch?",
    "¿cuándo terminaremos el backlog?",
    "когда мы разберём бэклог?",
    "backlog kab khatam hoga?",
    "متى سننتهي من المهام المتراكمة؟",
]
NOT_INSIGHTS = [
    "prepare the stats for the board meeting friday",
    "stats for the board meeting friday",
    "call the numbers guy tomorrow",
    "what's overdue?",
    "what do I have this week?",
    "make a chart of sales for the board",
    "update the gantt chart by friday",
    "chart the course for next year",
    "buy a chart paper",
    "what did I finish last week?",
    "book the venue friday 4pm",
    "how are you?",
    "how's everyone doing?",
    "how's my week looking?",
    "how many meetings do I have this week?",
    "how's sam doing with his stuff",
    "numbers for q3 by friday",
    "how are we doing on the invoices?",
    "qu'est-ce que l'équipe a fini cette semaine ?",
    "o que a equipe terminou esta semana?",
]


@pytest.mark.parametrize("text", MINE)
def test_own_numbers(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and (asked.measure, asked.subject) == ("summary", "me"), asked


@pytest.mark.parametrize("text", TEAM)
def test_team_numbers(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and (asked.measure, asked.subject) == ("summary", "team"), asked


@pytest.mark.parametrize("text", MOST_OPEN)
def test_most_open(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and asked.measure == "most_open", asked


@pytest.mark.parametrize("text", OVERDUE_LONGEST)
def test_overdue_longest(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and asked.measure == "overdue_longest", asked


@pytest.mark.parametrize("text", FORECAST)
def test_forecast(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and asked.measure == "forecast", asked


@pytest.mark.parametrize("text", NOT_INSIGHTS)
def test_look_alikes_are_not_insights(text: str) -> None:
    assert read_insight(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("how's sam doing this week?", "sam"),
        ("sam's stats", "sam"),
        ("stats for Priya last month", "priya"),
        ("wie läuft's bei Sam?", "sam"),
        ("como está indo a Priya?", "priya"),
        ("как дела у Сэма?", "сэма"),
    ],
)
def test_a_named_person(text: str, name: str) -> None:
    asked = read_insight(text)
    assert asked is not None and (asked.subject, asked.name) == ("person", name), asked


@pytest.mark.parametrize(
    "text",
    [
        "what did Sam finish last week?",
        "was hat Sam letzte Woche erledigt?",
        "¿qué terminó Sam la semana pasada?",
        "qu'est-ce que Sam a fini la semaine dernière ?",
    ],
)
def test_finished_by_a_person(text: str) -> None:
    asked = read_insight(text)
    assert asked is not None and (asked.measure, asked.name) == ("finished", "sam")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("show me a chart of created vs done", "progress"),
        ("chart", "progress"),
        ("graph of open tasks by age", "age"),
        ("send me the on-time chart", "on_time"),
        ("hours chart", "hours"),
        ("zeig mir ein Diagramm der offenen Aufgaben nach Alter", "age"),
        ("muéstrame un gráfico", "progress"),
        ("покажи график", "progress"),
        ("chart dikhao", "progress"),
        ("ارسل لي رسم بياني", "progress"),
    ],
)
def test_chart_asked(text: str, kind: str) -> None:
    asked = read_insight(text)
    assert asked is not None and asked.chart == kind, asked


def test_a_chart_with_a_question() -> None:
    asked = read_insight("how am I doing this month, with a graph?")
    assert asked is not None and (asked.measure, asked.chart) == ("summary", "progress")
    load = read_insight("show me a chart of who has the most open tasks")
    assert load is not None and (load.measure, load.chart) == ("most_open", "load")
