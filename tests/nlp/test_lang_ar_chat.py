"""Arabic chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

RIYADH = "Asia/Riyadh"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(RIYADH))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ذكّرني بكرة الساعة ٨ اتصل على أمي", "remind"),
        ("فكريني بعد ساعة أطفي الغسالة", "remind"),
        ("حط لي تذكير الساعة ٥ اروح النادي", "remind"),
        ("أرجو تذكيري غداً الساعة التاسعة بالاتصال بالعميل", "remind"),
        ("كل صباح الساعة ٧ امشي نص ساعة", "remind"),
        ("أول يوم في كل شهر ادفع الإيجار", "remind"),
        ("من السبت الى الأربعاء الساعة ٦ الصبح رياضة", "remind"),
        ("وش عندي هالأسبوع؟", "query"),
        ("فين المهام بتاعتي؟", "query"),
        ("ايه اللي ورايا بكرة", "query"),
        ("ماهي مهامي اليوم", "query"),
        ("هل لدي مهام متأخرة؟", "query"),
        ("أريد رؤية مهامي", "query"),
        ("خلصت التقرير", "done"),
        ("خلاص بعتها", "done"),
        ("الحمد لله خلصت الشغل", "done"),
        ("الفاتورة اتدفعت", "done"),
        ("لقد دفعت الفاتورة", "done"),
        ("كيف استخدم البوت؟", "help"),
        ("ايش تقدر تسوي؟", "help"),
        ("تقدر تساعدني في ايه؟", "help"),
        ("كيف يمكنني إضافة مهمة؟", "help"),
        ("غير اللغة للإنجليزي", "settings"),
        ("أريد تغيير اللغة إلى الإنجليزية", "settings"),
        ("ابعتلي الملخص كل يوم الساعة ٨", "settings"),
        ("السلام عليكم", "other"),
        ("شكراً جزيلاً", "other"),
        ("الحمد لله", "other"),
        ("إشتري خبز وبيض", "capture"),
        ("ارسل لي ملخص الاجتماع", "capture"),
        ("اكتب الملخص اليومي للاجتماع", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("ذكّرني بكرة الساعة ٨ اتصل على أمي", "اتصل على أمي", None, "2026-04-11T08:00"),
        ("من فضلك ذكرني يوم السبت أدفع الفاتورة", "أدفع الفاتورة", None, "2026-04-11"),
        ("سويلي تذكير بعد ساعتين اشيل الكيك من الفرن", "اشيل الكيك من الفرن", None,
         "2026-04-10T13:00"),
        ("ممكن ترسل العرض قبل الخميس؟", "ترسل العرض", None, "2026-04-16"),
        ("لازم أجدد الجواز الشهر الجاي", "أجدد الجواز", None, "2026-05"),
        ("مش مستعجل، رتب المكتب يوم الأحد", "رتب المكتب", None, "2026-04-12"),
        ("لا تنسى تجيب الأغراض من البقالة بكرة", "تجيب الأغراض من البقالة", None,
         "2026-04-11"),
        ("@reem ممكن تحجزين المطعم يوم الأحد؟", "تحجزين المطعم", "@reem", "2026-04-12"),
        ("أحتاج أن أشتري هدية لأمي يوم الخميس", "أشتري هدية لأمي", None, "2026-04-16"),
        ("ذكرني بعد نص ساعة إني أطلع الغسيل", "أطلع الغسيل", None, "2026-04-10T11:30"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=RIYADH, sender="سارة")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


@pytest.mark.parametrize(
    "text",
    ["الاجتماع اتأجل", "أنا رحت السوق أمس", "خلصت التقرير؟", "هههه والله", "الجو حر اليوم"],
)
def test_no_task(text: str) -> None:
    assert extract_tasks(text, now=NOW, tz=RIYADH, sender="سارة") == []
