"""Indonesian dates and times in chat messages, read through the Indonesian data module."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import parse_when

TZ = "Asia/Jakarta"
NOW = datetime(2026, 5, 12, 8, 0, tzinfo=ZoneInfo(TZ))  # a Tuesday


def _when(text: str):  # type: ignore[no-untyped-def]
    when = parse_when(text, now=NOW, tz=TZ, locale="id")
    assert when is not None, text
    return when


# (message, expected start: "YYYY-MM-DD" compares the day, "YYYY-MM-DD HH:MM" the minute)
CASES = [
    # Relative days and parts of day.
    ("besok aku ke dokter", "2026-05-13"),
    ("bsk kirim laporannya ya", "2026-05-13"),
    ("lusa ada ujian", "2026-05-14"),
    ("kemarin udah transfer", "2026-05-11"),
    ("kemarin lusa dia datang", "2026-05-10"),
    ("hari ini harus beres", "2026-05-12"),
    ("besok pagi anter anak ke sekolah", "2026-05-13"),
    ("nanti sore jemput ibu", "2026-05-12 15:00"),
    ("nanti malam buang sampah", "2026-05-12"),
    ("besok malam nonton bareng", "2026-05-13 20:00"),
    ("besok siang makan sama klien", "2026-05-13 12:00"),
    ("kamis malam futsal", "2026-05-14 20:00"),
    ("minggu pagi lari di GBK", "2026-05-17 09:00"),
    # Clock times with the part of day after or before the hour.
    ("ingetin aku besok jam 9 pagi telpon dokter", "2026-05-13 09:00"),
    ("jam 5 sore ketemu Budi", "2026-05-12 17:00"),
    ("rapat pukul 19.00", "2026-05-12 19:00"),
    ("besok jam 10.30 presentasi", "2026-05-13 10:30"),
    ("jam setengah 8 pagi berangkat", "2026-05-13 07:30"),
    ("jam 9 kurang seperempat", "2026-05-12 08:45"),
    ("jam 8 lewat 15 malam", "2026-05-12 20:15"),
    ("lusa jam 2 siang interview kerja", "2026-05-14 14:00"),
    ("hari ini jam 3 sore", "2026-05-12 15:00"),
    ("nanti malam jam 8 makan", "2026-05-12 20:00"),
    ("besok pagi jam 9 setor uang", "2026-05-13 09:00"),
    ("senin jam 10 meeting sama tim", "2026-05-18 10:00"),
    ("jumat jam 4 sore arisan 🎉", "2026-05-15 16:00"),
    ("sabtu ini jam 7 malam", "2026-05-16 19:00"),
    ("jam 12 malam", "2026-05-13 00:00"),
    ("ntar malem ketemuan", "2026-05-12 20:00"),
    ("jam 4 subuh berangkat", "2026-05-13 04:00"),
    ("selasa, 19 mei jam 2 siang", "2026-05-19 14:00"),
    # Deadlines with a clock time.
    ("sebelum jam 5 sore kirim ya", "2026-05-12 17:00"),
    ("paling lambat besok jam 12 siang", "2026-05-13 12:00"),
    ("besok sebelum jam 10 pagi", "2026-05-13 10:00"),
    ("sampai jumat kerjain", "2026-05-15"),
    ("rapat direksi hari kamis jam 09.00", "2026-05-14 09:00"),
    ("malam minggu nonton", "2026-05-16 20:00"),
    ("malam jumat yasinan", "2026-05-14 20:00"),
    ("sabtu minggu libur", "2026-05-16"),
    ("entar sore ke bengkel", "2026-05-12 15:00"),
    ("ntr malam ketemu", "2026-05-12 20:00"),
    ("pk 10 rapat", "2026-05-12 10:00"),
    ("weekend ini ke puncak", "2026-05-16"),
    ("minggu depan hari selasa rapat", "2026-05-19"),
    # Weekdays, with next, last and this.
    ("rabu beli kado buat Putri", "2026-05-13"),
    ("ingetin aku senin depan bayar iuran", "2026-05-18"),
    ("jumat ini kumpul", "2026-05-15"),
    ("selasa lalu rapatnya batal", "2026-05-05"),
    ("hari minggu ke gereja", "2026-05-17"),
    ("hari minggu depan", "2026-05-24"),
    ("sebelum jumat kirim proposal", "2026-05-15"),
    ("Jum'at jam 1 siang", "2026-05-15 13:00"),
    # Offsets.
    ("3 hari lagi deadline", "2026-05-15"),
    ("ingetin 15 menit lagi angkat jemuran", "2026-05-12 08:15"),
    ("ingetin aku 2 jam lagi matiin kompor", "2026-05-12 10:00"),
    ("setengah jam lagi telpon mama", "2026-05-12 08:30"),
    ("satu setengah jam lagi sampai", "2026-05-12 09:30"),
    ("jam tiga sore", "2026-05-12 15:00"),
    ("dua hari lagi", "2026-05-14"),
    ("dalam 30 menit kirim email", "2026-05-12 08:30"),
    ("sejam lagi berangkat", "2026-05-12 09:00"),
    ("seminggu lagi pindahan", "2026-05-19"),
    ("2 minggu lagi wisuda", "2026-05-26"),
    ("sebulan lagi nikahan", "2026-06-12"),
    ("3 hari yang lalu", "2026-05-09"),
    # Periods.
    ("minggu depan perpanjang SIM", "2026-05-18"),
    ("bulan depan bayar pajak", "2026-06-01"),
    ("minggu ini harus selesai", "2026-05-11"),
    ("tahun depan liburan ke Bali", "2027-01-01"),
    ("akhir bulan tutup buku", "2026-05-31"),
    ("akhir pekan ini", "2026-05-16"),
    ("awal bulan depan", "2026-06-01"),
    # Dates.
    ("tanggal 3 maret", "2027-03-03"),
    ("tgl 17 agustus upacara", "2026-08-17"),
    ("tanggal 5 desember jam 10.30 rapat RT", "2026-12-05 10:30"),
    ("tgl 25 bayar kos", "2026-05-25"),
    ("tanggal 10 bulan depan", "2026-06-10"),
    ("1 juni 2027", "2027-06-01"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_start(text: str, expected: str) -> None:
    when = _when(text)
    fmt = "%Y-%m-%d %H:%M" if " " in expected else "%Y-%m-%d"
    assert when.start.strftime(fmt) == expected, text


@pytest.mark.parametrize(
    ("text", "grain"),
    [("minggu depan perpanjang SIM", "week"), ("bulan depan", "month"), ("lusa", "day")],
)
def test_grain(text: str, grain: str) -> None:
    assert _when(text).grain == grain


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("dari jam 2 sampai jam 4 sore", "2026-05-12 14:00", "2026-05-12 16:00"),
        ("dari senin sampai rabu cuti", "2026-05-18 00:00", "2026-05-21 00:00"),
        ("tanggal 5 sampai 7 juni cuti", "2026-06-05 00:00", "2026-06-08 00:00"),
        ("besok jam 10-12 rapat", "2026-05-13 10:00", "2026-05-13 12:00"),
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
        ("tiap senin jam 9 bikin laporan", "2026-05-18 09:00", "FREQ=WEEKLY;BYDAY=MO"),
        ("setiap hari jam 7 malam minum obat", "2026-05-12 19:00", "FREQ=DAILY"),
        ("setiap pagi jam 6 lari", "2026-05-13 06:00", "FREQ=DAILY"),
        ("tiap tanggal 25 bayar kos", "2026-05-25 00:00", "FREQ=MONTHLY;BYMONTHDAY=25"),
        ("tiap 2 minggu hari jumat siram tanaman", "2026-05-15 00:00", "INTERVAL=2;BYDAY=FR"),
        ("jumat terakhir tiap bulan tutup buku", "2026-05-29 00:00", "BYDAY=-1FR"),
        ("senin sampai jumat jam 5 pagi sahur", "2026-05-13 05:00", "BYDAY=MO,TU,WE,TH,FR"),
        ("tiap hari minggu ke gereja", "2026-05-17 00:00", "FREQ=WEEKLY;BYDAY=SU"),
        ("setiap senin dan kamis puasa", "2026-05-14 00:00", "BYDAY=MO,TH"),
        ("tiap minggu belanja bulanan", "2026-05-12 00:00", "FREQ=WEEKLY"),
        ("seminggu sekali bersihin kamar", "2026-05-12 00:00", "FREQ=WEEKLY"),
        ("tiap sabtu malam futsal", "2026-05-16 20:00", "BYDAY=SA;BYHOUR=20"),
        ("tiap sabtu malam jam 9 futsal", "2026-05-16 21:00", "BYDAY=SA;BYHOUR=21"),
        ("tiap 3 hari siram kaktus", "2026-05-12 00:00", "FREQ=DAILY;INTERVAL=3"),
        ("tiap bulan tanggal 1 bayar listrik", "2026-06-01 00:00", "BYMONTHDAY=1"),
        ("tiap malam minggu ngapel", "2026-05-16 20:00", "BYDAY=SA;BYHOUR=20"),
        ("tiap senin-jumat olahraga", "2026-05-12 00:00", "BYDAY=MO,TU,WE,TH,FR"),
        ("tiap hari senin-jumat jam 8 pagi", "2026-05-13 08:00", "BYDAY=MO,TU,WE,TH,FR;BYHOUR=8"),
        ("tiap sabtu minggu les", "2026-05-16 00:00", "BYDAY=SA,SU"),
        ("tiap akhir bulan bayar gaji", "2026-05-31 00:00", "BYMONTHDAY=-1"),
        ("tiap awal bulan bayar kos", "2026-06-01 00:00", "BYMONTHDAY=1"),
    ],
)
def test_recurrence(text: str, start: str, rule: str) -> None:
    when = _when(text)
    assert when.rrule is not None and rule in when.rrule, (text, when.rrule)
    assert when.start.strftime("%Y-%m-%d %H:%M") == start


def test_weekly_without_a_weekday_has_no_byday() -> None:
    assert "BYDAY" not in (_when("tiap minggu belanja bulanan").rrule or "")


@pytest.mark.parametrize(
    "text",
    [
        "pagi semua ☀️",
        "selamat malam",
        "beli susu sama roti",
        "mau beli 2 jam tangan",
        "rapatnya 2 jam, capek banget",
        "makasih yaa 🙏",
        "kapan2 aja beresin lemari",
        "besok-besok aja deh",
    ],
)
def test_no_date(text: str) -> None:
    assert parse_when(text, now=NOW, tz=TZ) is None
