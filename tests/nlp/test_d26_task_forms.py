"""Titles said in a task's verb form in Turkish, Russian and Hindi, and words that only look so."""

from __future__ import annotations

import pytest

from flowhub.nlp._task_forms import said_as_task


@pytest.mark.parametrize(
    ("title", "said", "expected"),
    [
        ("Sunumu hazırlasın", "", "Sunumu hazırla"),
        ("Bütçeyi kontrol etsin", "", "Bütçeyi kontrol et"),
        ("Bana annemi aramamı", "", "Annemi ara"),
        ("Faturayı ödemeyi", "", "Faturayı öde"),
        ("Toplantı kesin", "", "Toplantı kesin"),
        ("Raporun tamamı", "", "Raporun tamamı"),
        ("Hamamı temizle", "", "Hamamı temizle"),
        ("Закажет пиццу", "пусть Прия закажет пиццу", "Заказать пиццу"),
        ("Оплатила счёт", "ask Прие to оплатила счёт", "Оплатить счёт"),
        ("Кредит оплатить", "кредит оплатить до пятницы", "Кредит оплатить"),
        ("Закажет пиццу", "он закажет пиццу", "Закажет пиццу"),
        ("रिपोर्ट भेज दे", "", "रिपोर्ट भेजना"),
        ("पैसे दो", "", "पैसे दो"),
        ("Send the deck", "", "Send the deck"),
    ],
)
def test_title_in_a_tasks_form(title: str, said: str, expected: str) -> None:
    assert said_as_task(title, said) == expected
