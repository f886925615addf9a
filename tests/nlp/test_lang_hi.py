"""Hindi dates and times in chat messages, Hinglish and Devanagari."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when

TZ = "Asia/Kolkata"
NOW = datetime(2026, 9, 9, 10, 0, tzinfo=ZoneInfo(TZ))  # a Wednesday


def _when(text: str):  # type: ignore[no-untyped-def]
    when = parse_when(text, now=NOW, tz=TZ, locale="hi")
    assert when is not None, text
    return when


# (message, expected start: "YYYY-MM-DD" compares the day, "YYYY-MM-DD HH:MM" the minute)
CASES = [
    # kal, parso and aaj, with parts of day.
    ("kal meeting hai office mein", "2026-09-10"),
    ("Rahul ko bolo kal tak invoice bhej de", "2026-09-10"),
    ("parso mummy ka birthday hai", "2026-09-11"),
    ("aaj shaam tak report bhej do", "2026-09-09"),
    ("aaj raat kooda bahar rakhna hai", "2026-09-09 20:00"),
    ("kal subah yaad dilana gaadi ki chabi deni hai", "2026-09-10"),
    ("परसों माँ का जन्मदिन है, केक ऑर्डर करना है 🎂", "2026-09-11"),
    # kal and parso with a past verb are yesterday and the day before.
    ("kal maine bill bhar diya tha", "2026-09-08"),
    ("kal wali meeting miss ho gayi", "2026-09-08"),
    ("parso bank gaya tha", "2026-09-07"),
    ("कल मैंने बिल भर दिया था", "2026-09-08"),
    # Clock times: baje with subah, dopahar, shaam, raat; saade, sawa, paune, dedh, dhai.
    ("kal subah 10 baje doctor ko call karna hai yaad dila dena", "2026-09-10 10:00"),
    ("kal 5 baje call karna", "2026-09-10 17:00"),
    ("kal shaam 7 baje party hai", "2026-09-10 19:00"),
    ("kal raat 10 baje train hai", "2026-09-10 22:00"),
    ("parso dopahar 2 baje interview hai", "2026-09-11 14:00"),
    ("subah 6 baje uthna hai", "2026-09-10 06:00"),
    ("shaam ko 5 baje dawai leni hai", "2026-09-09 17:00"),
    ("raat 11 baje so jana", "2026-09-09 23:00"),
    ("saade 5 baje nikalna hai", "2026-09-09 17:30"),
    ("paune 11 baje call", "2026-09-09 10:45"),
    ("dedh baje lunch karenge", "2026-09-09 13:30"),
    ("dhai baje meeting", "2026-09-09 14:30"),
    ("mangalvar ko 11 baje bank jana hai", "2026-09-15 11:00"),
    ("कल सुबह 10 बजे डॉक्टर को फोन करना है", "2026-09-10 10:00"),
    ("मुझे याद दिलाना शाम 5 बजे दवाई लेनी है", "2026-09-09 17:00"),
    ("आज रात 9 बजे फिल्म", "2026-09-09 21:00"),
    ("साढ़े 5 बजे निकलना है", "2026-09-09 17:30"),
    ("Monday ko 3 baje call karna", "2026-09-14 15:00"),
    ("ravivar ko subah 8 baje", "2026-09-13 08:00"),
    ("kal 3:30 baje", "2026-09-10 15:30"),
    ("next monday ko deadline hai", "2026-09-14"),
    ("agle hafte ke somvar ko audit", "2026-09-14"),
    ("kl subah 10 bje call", "2026-09-10 10:00"),
    ("2 baje ke baad aana", "2026-09-09 14:00"),
    ("is mahine ke end tak", "2026-09-30"),
    ("agle mahine ke end tak", "2026-10-31"),
    ("aaj raat 12 baje tak khatam", "2026-09-10 00:00"),
    ("15 min mein aa raha hu", "2026-09-09 10:15"),
    ("dhai ghante mein", "2026-09-09 12:30"),
    ("डेढ़ घंटे बाद", "2026-09-09 11:30"),
    ("डेढ़ बजे खाना", "2026-09-09 13:30"),
    # Deadlines with a clock time.
    ("shaam 6 baje tak bhej dena", "2026-09-09 18:00"),
    ("kal subah 10 baje tak report chahiye", "2026-09-10 10:00"),
    ("5 baje se pehle bhej dena", "2026-09-09 17:00"),
    # Weekdays, with agle, pichle, is.
    ("somvar ko bijli ka bill bharna hai", "2026-09-14"),
    ("guruvar ko client ko quotation bhejna hai", "2026-09-10"),
    ("agle somvar presentation hai", "2026-09-14"),
    ("is shukravar ko party hai", "2026-09-11"),
    ("pichle ravivar ko gaye the", "2026-09-06"),
    ("shanivar se pehle kar dena", "2026-09-12"),
    ("सोमवार को बिजली का बिल भरना है", "2026-09-14"),
    # Offsets.
    ("2 din baad yaad dilana", "2026-09-11"),
    ("10 min baad yaad dilana chai banana hai ☕", "2026-09-09 10:10"),
    ("2 ghante baad yaad dilana gas band karni hai", "2026-09-09 12:00"),
    ("30 min mein yaad dilana pizza lena hai 🍕", "2026-09-09 10:30"),
    ("aadhe ghante mein aata hoon", "2026-09-09 10:30"),
    ("ek hafte baad", "2026-09-16"),
    ("do din baad milte hain", "2026-09-11"),
    ("5 din pehle", "2026-09-04"),
    ("3 घंटे में याद दिलाना", "2026-09-09 13:00"),
    # Periods.
    ("agle hafte car service karwani hai", "2026-09-14"),
    ("agle mahine rent badhega", "2026-10-01"),
    ("is hafte khatam karna hai", "2026-09-07"),
    ("agle saal shaadi hai", "2027-01-01"),
    ("अगले हफ्ते पासपोर्ट रिन्यू करवाना है", "2026-09-14"),
    ("अगले हफ़्ते पासपोर्ट रिन्यू करवाना है", "2026-09-14"),
    ("mahine ke end tak report", "2026-09-30"),
    # Dates.
    ("15 september ko insurance renew karna hai", "2026-09-15"),
    ("Vikram tu 25 december tak cake ka order de dena", "2026-12-25"),
    ("5 tarikh ko rent dena hai", "2026-10-05"),
    ("agle mahine ki 5 tarikh", "2026-10-05"),
    ("15 अगस्त को झंडा", "2027-08-15"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_start(text: str, expected: str) -> None:
    when = _when(text)
    fmt = "%Y-%m-%d %H:%M" if " " in expected else "%Y-%m-%d"
    assert when.start.strftime(fmt) == expected, text


@pytest.mark.parametrize(
    ("text", "grain"),
    [("agle hafte car service", "week"), ("agle mahine", "month"), ("parso", "day")],
)
def test_grain(text: str, grain: str) -> None:
    assert _when(text).grain == grain


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("kal shaam 5 se 7 baje tak party", "2026-09-10 17:00", "2026-09-10 19:00"),
        ("subah 9 se shaam 5 baje tak office", "2026-09-10 09:00", "2026-09-10 17:00"),
        ("somvar se budhvar tak chutti", "2026-09-14 00:00", "2026-09-17 00:00"),
        ("5 se 7 october tak chutti", "2026-10-05 00:00", "2026-10-08 00:00"),
        ("2 se 4 baje tak meeting", "2026-09-09 14:00", "2026-09-09 16:00"),
        ("shaam 5 aur 7 baje ke beech call karna", "2026-09-09 17:00", "2026-09-09 19:00"),
    ],
)
def test_range(text: str, start: str, end: str) -> None:
    when = _when(text)
    assert when.end is not None
    assert when.start.strftime("%Y-%m-%d %H:%M") == start
    assert when.end.strftime("%Y-%m-%d %H:%M") == end


@pytest.mark.parametrize(
    ("text", "start", "rule"),
    [
        ("har somvar subah 9 baje team meeting", "2026-09-14 09:00", "FREQ=WEEKLY;BYDAY=MO"),
        ("roz raat 10 baje dawai leni hai", "2026-09-09 22:00", "FREQ=DAILY"),
        ("har roz subah 7 baje yoga", "2026-09-10 07:00", "FREQ=DAILY"),
        ("हर रोज़ सुबह 7 बजे योगा", "2026-09-10 07:00", "FREQ=DAILY"),
        ("har mahine 5 tarikh ko rent dena hai", "2026-10-05 00:00", "BYMONTHDAY=5"),
        ("har dusre shukravar paudhon ko paani dena", "2026-09-11 00:00", "INTERVAL=2;BYDAY=FR"),
        ("mahine ke aakhri shukravar ko backup lena", "2026-09-25 00:00", "BYDAY=-1FR"),
        ("somvar se shukravar subah 6 baje jogging", "2026-09-10 06:00", "BYDAY=MO,TU,WE,TH,FR"),
        ("har hafte safai", "2026-09-09 00:00", "FREQ=WEEKLY"),
        ("har 2 din paani dena", "2026-09-09 00:00", "FREQ=DAILY;INTERVAL=2"),
        ("हर सोमवार मीटिंग", "2026-09-14 00:00", "FREQ=WEEKLY;BYDAY=MO"),
        ("har shanivar subah 8 baje", "2026-09-12 08:00", "BYDAY=SA;BYHOUR=8"),
        ("har ravivar ko subah 10 baje", "2026-09-13 10:00", "BYDAY=SU;BYHOUR=10"),
        ("हर महीने की पहली तारीख", "2026-10-01 00:00", "BYMONTHDAY=1"),
        ("har somvar se shukravar gym", "2026-09-09 00:00", "BYDAY=MO,TU,WE,TH,FR"),
    ],
)
def test_recurrence(text: str, start: str, rule: str) -> None:
    when = _when(text)
    assert when.rrule is not None and rule in when.rrule, (text, when.rrule)
    assert when.start.strftime("%Y-%m-%d %H:%M") == start


@pytest.mark.parametrize(
    "text",
    [
        "doodh aur bread lana hai",
        "bhai urgent hai server restart karo 🔥",
        "2 log aayenge shaadi mein",
        "raat bhar kaam kiya",
        "din bhar meeting thi",
        "राहुल को बोलो रिपोर्ट भेज दे",
        "ok done",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None
