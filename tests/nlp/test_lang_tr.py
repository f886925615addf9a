"""Turkish dates and times in chat messages, suffixes and missing Turkish letters included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bench import nlp_time
from flowhub.nlp import parse_when

TZ = "Europe/Istanbul"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=ZoneInfo(TZ))  # a Wednesday morning

# fmt: off
CASES = [
    # Relative days and parts of day.
    ("bugün öğleden sonra 3te ara beni", "2026-03-04T15:00", "hour"),
    ("yarın sabah 9'da toplantı var", "2026-03-05T09:00", "hour"),
    ("yarin aksam 8de sinemaya gidelim", "2026-03-05T20:00", "hour"),
    ("yarın öğlen arabayı servise götür", "2026-03-05T12:00", "hour"),
    ("yarına kadar sözleşmeyi düzelt", "2026-03-05T00:00", "day"),
    ("öbür gün kargoyu al", "2026-03-06T00:00", "day"),
    ("yarından sonra bankaya git", "2026-03-06T00:00", "day"),
    ("dün akşam aradı", "2026-03-03T18:00", "hour"),
    ("evvelsi gün ödedim", "2026-03-02T00:00", "day"),
    ("bu akşam çöpü çıkar", "2026-03-04T18:00", "hour"),
    ("bu gece 11de maç var", "2026-03-04T23:00", "hour"),
    # Weekdays, bare and with this/next/last.
    ("cuma günü raporu gönder", "2026-03-06T00:00", "day"),
    ("raporu cumaya kadar bitir", "2026-03-06T00:00", "day"),
    ("sunumu perşembeye hazırla", "2026-03-05T00:00", "day"),
    ("carsamba toplanti var", "2026-03-11T00:00", "day"),
    ("pazartesi saat 10da ekip toplantısı", "2026-03-09T10:00", "hour"),
    ("perşembe saat 14:30'da doktor randevusu", "2026-03-05T14:30", "minute"),
    ("cumartesi sabah 10da kahvaltı", "2026-03-07T10:00", "hour"),
    ("cuma akşamı 7de halı saha", "2026-03-06T19:00", "hour"),
    ("pazar günü anneme git", "2026-03-08T00:00", "day"),
    ("bu cuma izinliyim", "2026-03-06T00:00", "day"),
    ("önümüzdeki cuma buluşalım", "2026-03-06T00:00", "day"),
    ("gelecek cuma sınav var", "2026-03-13T00:00", "day"),
    ("geçen salı konuşmuştuk", "2026-03-03T00:00", "day"),
    ("haftaya salı dişçi", "2026-03-10T00:00", "day"),
    ("gelecek hafta çarşamba müşteriyle görüş", "2026-03-11T00:00", "day"),
    ("gelecek haftanın salısı sunum", "2026-03-10T00:00", "day"),
    ("geçen haftanın perşembesi konuştuk", "2026-02-26T00:00", "day"),
    # Offsets.
    ("3 gün sonra hatırlat", "2026-03-07T10:00", "day"),
    ("2 saat sonra fırını kapat", "2026-03-04T12:00", "minute"),
    ("15 dk sonra çamaşırları as", "2026-03-04T10:15", "minute"),
    ("yarım saat sonra annemi ara", "2026-03-04T10:30", "minute"),
    ("bir buçuk saat sonra çıkıyoruz", "2026-03-04T11:30", "minute"),
    ("on dakika içinde geliyorum", "2026-03-04T10:10", "minute"),
    ("iki hafta sonra tatil", "2026-03-18T10:00", "day"),
    ("1 hafta önce gönderdim", "2026-02-25T10:00", "day"),
    ("20 dakikaya çıkıyorum", "2026-03-04T10:20", "minute"),
    ("2 haftaya döneriz", "2026-03-18T10:00", "day"),
    ("gelecek ayın 5inde aidat", "2026-04-05T00:00", "day"),
    ("yarın öğleden önce uğra", "2026-03-05T09:00", "hour"),
    ("cuma mesai bitiminde rapor", "2026-03-06T17:00", "hour"),
    ("salı akşamına kadar gönder", "2026-03-10T18:00", "hour"),
    ("üç gün önce ödedim", "2026-03-01T10:00", "day"),
    # Dates.
    ("5 Nisan'da vergi son gün", "2026-04-05T00:00", "day"),
    ("12 mayısta düğün var", "2026-05-12T00:00", "day"),
    ("1 ağustosta sigortayı yenile", "2026-08-01T00:00", "day"),
    ("20 Mart 2027 nikah", "2027-03-20T00:00", "day"),
    ("martın 15'i", "2026-03-15T00:00", "day"),
    ("ayın 20sinde kirayı öde", "2026-03-20T00:00", "day"),
    ("5 kasım saat 10:30da veli toplantısı", "2026-11-05T10:30", "minute"),
    ("ekim ayında taşınıyoruz", "2026-10-01T00:00", "month"),
    ("mart sonu vize başvurusu", "2026-03-31T00:00", "day"),
    ("29 ekim cumhuriyet bayramı", "2026-10-29T00:00", "day"),
    ("kurban bayramında köye gideceğiz", "2026-05-27T00:00", "day"),
    # Clock times.
    ("saat 3 buçukta gel", "2026-03-04T15:30", "minute"),
    ("saat dörde çeyrek kala çık", "2026-03-04T15:45", "minute"),
    ("saat 5'i 10 geçe ara", "2026-03-04T17:10", "minute"),
    ("akşam 7de yemek", "2026-03-04T19:00", "hour"),
    ("gece 11de uyu", "2026-03-04T23:00", "hour"),
    ("sabah 7:45te servis", "2026-03-05T07:45", "minute"),
    ("15:30'da arayacağım", "2026-03-04T15:30", "minute"),
    ("yarın 09:15te servis kalkıyor", "2026-03-05T09:15", "minute"),
    ("Yarın saat 10:00'da toplantı", "2026-03-05T10:00", "minute"),
    ("bugün saat 17:00'ye kadar gönder", "2026-03-04T17:00", "minute"),
    ("yarın ikide uğrarım", "2026-03-05T14:00", "hour"),
    ("üçte buluşalım", "2026-03-04T15:00", "hour"),
    ("öğlen 1de yemek", "2026-03-04T13:00", "hour"),
    ("yarin 3 gibi uğrarım", "2026-03-05T15:00", "hour"),
    ("saat 5 civarında ara", "2026-03-04T17:00", "hour"),
    ("öğlene kadar bitir", "2026-03-04T12:00", "hour"),
    ("bi saat sonra çıkarız", "2026-03-04T11:00", "minute"),
    ("YARIN SAAT 5TE", "2026-03-05T17:00", "hour"),
    # Periods.
    ("bu hafta sonu pikniğe gidelim", "2026-03-07T00:00", "day"),
    ("gelecek hafta pasaportu yenile", "2026-03-09T00:00", "week"),
    ("haftaya pasaportu yenile", "2026-03-09T00:00", "week"),
    ("gelecek ay lastikleri değiştir", "2026-04-01T00:00", "month"),
    ("seneye ev alacağız", "2027-01-01T00:00", "year"),
    ("ay sonuna kadar faturayı öde", "2026-03-31T00:00", "day"),
    ("bu yıl sonunda emekli oluyor", "2026-12-31T00:00", "day"),
    ("gelecek ay sonu vize bitiyor", "2026-04-30T00:00", "day"),
    ("gelecek hafta başı ara", "2026-03-09T00:00", "day"),
    ("Mart başında kayıt", "2026-03-01T00:00", "day"),
    ("birkaç gün sonra tekrar sor", "2026-03-07T10:00", "day"),
    ("nisanda taşınıyoruz", "2026-04-01T00:00", "month"),
    ("1 ocakta yeni yıl", "2027-01-01T00:00", "day"),
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "grain"), CASES)
def test_turkish_dates(text: str, start: str, grain: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert when.grain == grain, text


# fmt: off
RULES = [
    ("her pazartesi saat 9da haftalık rapor", "2026-03-09T09:00", "FREQ=WEEKLY;BYDAY=MO"),
    ("her gün akşam 9da ilaç iç", "2026-03-04T21:00", "FREQ=DAILY"),
    ("her sabah 7de özet gönder", "2026-03-05T07:00", "FREQ=DAILY"),
    ("her ayın 1inde kirayı öde", "2026-04-01T00:00", "FREQ=MONTHLY;BYMONTHDAY=1"),
    ("her ayın son cuması yedek al", "2026-03-27T00:00", "FREQ=MONTHLY;BYDAY=-1FR"),
    ("salıları yoga", "2026-03-10T00:00", "FREQ=WEEKLY;BYDAY=TU"),
    ("hafta içi her gün sabah 7de koşu", "2026-03-05T07:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("iki haftada bir cuma çiçekleri sula", "2026-03-06T00:00", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"),
    ("her 3 günde bir filtreyi kontrol et", "2026-03-04T00:00", "FREQ=DAILY;INTERVAL=3"),
    ("her salı ve perşembe spor", "2026-03-05T00:00", "FREQ=WEEKLY;BYDAY=TU,TH"),
    ("her 2 saatte bir su iç", "2026-03-04T12:00", "FREQ=HOURLY;INTERVAL=2"),
    ("pazartesileri çöp günü", "2026-03-09T00:00", "FREQ=WEEKLY;BYDAY=MO"),
    ("her hafta sonu ev temizliği", "2026-03-07T00:00", "FREQ=WEEKLY;BYDAY=SA,SU"),
    ("hafta içi her sabah 8de servis", "2026-03-05T08:00", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("her cuma akşam 8de maç", "2026-03-06T20:00", "FREQ=WEEKLY;BYDAY=FR"),
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "rule"), RULES)
def test_turkish_recurrence(text: str, start: str, rule: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.rrule is not None, text
    assert when.rrule.startswith(rule), (text, when.rrule)
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("saat 14-16 arası toplantı", "2026-03-04T14:00", "2026-03-04T16:00"),
        ("yarın 9dan 11e kadar eğitim", "2026-03-05T09:00", "2026-03-05T11:00"),
        ("perşembe saat 9-11 arası müsaitim", "2026-03-05T09:00", "2026-03-05T11:00"),
        ("pazartesiden cumaya kadar izindeyim", "2026-03-09T00:00", "2026-03-14T00:00"),
        ("salıdan perşembeye ofisteyim", "2026-03-10T00:00", "2026-03-13T00:00"),
        ("3 nisan - 7 nisan tatil", "2026-04-03T00:00", "2026-04-08T00:00"),
    ],
)
def test_turkish_ranges(text: str, start: str, end: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.end is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert when.end.strftime("%Y-%m-%dT%H:%M") == end, text


@pytest.mark.parametrize(
    "text",
    [
        "süt ve ekmek al",
        "Martin'e mesaj at",
        "pazardan domates al",
        "bir toplantı ayarla",
        "Nisan'ı ara, haber versin",
        "saat kaç oldu",
        "bu yazıyı düzelt",
        "ondan haber var mı",
        "Ahmet gelecek mi",
        "son gün neydi hatırlamıyorum",
        "ocakta çaydanlık var",
        "pazar alışverişi yap",
        "ikide bir arıyor",
        "birde şunu al",
        "günde 3 kez su iç",
        "akşam yemeği ne yapalım",
        "2 gibi sorun var",
        "sabah kahvaltısı hazır",
        "3 gün sürer bu iş",
    ],
)
def test_ordinary_turkish_sentences_have_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


@pytest.mark.parametrize(
    ("text", "start", "grain"),
    [
        # A weekday's short form that is a word too, said alone or before a clock time.
        ("sal", "2026-03-10T00:00", "day"),
        ("Cum", "2026-03-06T00:00", "day"),
        ("Sal.", "2026-03-10T00:00", "day"),
        ("sal 14:30", "2026-03-10T14:30", "minute"),
        ("cum saat 10", "2026-03-06T10:00", "hour"),
    ],
)
def test_turkish_weekday_short_forms(text: str, start: str, grain: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert when.grain == grain, text


@pytest.mark.parametrize("text", ["sal onu", "sal beni rahat", "cum 3 tane", "ipi sal gitsin"])
def test_turkish_short_form_words_are_not_weekdays(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("geçen kış kar yağdı", "2024-12-21T00:00", "2025-03-21T00:00"),
        ("önceki kış", "2024-12-21T00:00", "2025-03-21T00:00"),
        ("gelecek yaz tatil", "2026-06-21T00:00", "2026-09-24T00:00"),
    ],
)
def test_turkish_seasons(text: str, start: str, end: str) -> None:
    when = parse_when(text, now=NOW, tz=TZ)
    assert when is not None and when.end is not None, text
    assert when.start.strftime("%Y-%m-%dT%H:%M") == start, text
    assert when.end.strftime("%Y-%m-%dT%H:%M") == end, text


def test_turkish_duckling_corpus_floor() -> None:
    rows = nlp_time.load("time_tr_duckling.jsonl")
    r = nlp_time.eval_duckling(nlp_time.flowhub_finder(), rows)
    assert (r["ok"] + r["neg_ok"]) / (r["pos"] + r["neg"]) >= 0.9
