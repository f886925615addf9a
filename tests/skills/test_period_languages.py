"""Status questions read their period in every language FlowHub speaks, and name it in that
language."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.i18n import use_locale
from flowhub.skills.status_period import read_period

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # a Thursday
TZ = "Europe/Berlin"


@pytest.mark.parametrize(
    ("lang", "question", "first", "days"),
    [
        ("pt", "o que tenho esta semana?", "2026-11-30", 7),
        ("es", "¿qué tengo mañana?", "2026-12-04", 1),
        ("fr", "qu'est-ce que j'ai la semaine prochaine ?", "2026-12-07", 7),
        ("de", "was steht nächsten Monat an?", "2027-01-01", 31),
        ("it", "cosa ho domani?", "2026-12-04", 1),
        ("nl", "wat heb ik volgende week?", "2026-12-07", 7),
        ("ru", "что у меня на этой неделе?", "2026-11-30", 7),
        ("tr", "yarın ne var?", "2026-12-04", 1),
        ("en", "what's on next week?", "2026-12-07", 7),
    ],
)
def test_the_period_is_read_in_the_persons_language(
    lang: str, question: str, first: str, days: int
) -> None:
    with use_locale(lang):
        period = read_period(question, now=NOW, tz=TZ)
    assert period is not None
    assert period.start.astimezone().date().isoformat() <= first
    local = period.start.astimezone(period.start.tzinfo)
    assert (period.end - period.start).days == days, period
    assert local.isoformat()


def test_the_label_is_said_in_the_persons_language() -> None:
    with use_locale("de"):
        label = read_period("was habe ich morgen?", now=NOW, tz=TZ)
    with use_locale("en"):
        english = read_period("what do I have tomorrow?", now=NOW, tz=TZ)
    assert label is not None and english is not None
    assert english.label == "tomorrow (Fri 4 Dec)"
    assert "Fr" in label.label and "tomorrow" not in label.label
