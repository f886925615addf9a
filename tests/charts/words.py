"""Chart words in each tested language, as a caller would pass them after translating."""

from __future__ import annotations

from flowhub.charts import Labels

LOCALES = ("en", "de", "ar", "hi", "ru")

TITLES = {
    "en": "Created and completed this week",
    "de": "Erstellt und erledigt, diese Woche",
    "ar": "المهام المنشأة والمنجزة هذا الأسبوع",
    "hi": "इस हफ़्ते बनाए और पूरे किए गए काम",
    "ru": "Создано и выполнено за неделю",
}
TASKS = {"en": "Tasks", "de": "Aufgaben", "ar": "المهام", "hi": "काम", "ru": "Задачи"}
TWO = {
    "en": ("Created", "Completed"),
    "de": ("Erstellt", "Erledigt"),
    "ar": ("منشأة", "منجزة"),
    "hi": ("बनाए गए", "पूरे किए"),
    "ru": ("Создано", "Выполнено"),
}


def labels(locale: str, *, x_axis: str = "") -> Labels:
    """A title, a value axis and two series names in the locale."""
    return Labels(TITLES[locale], x_axis, TASKS[locale], TWO[locale])
