"""Indonesian chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

JAKARTA = "Asia/Jakarta"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(JAKARTA))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ingetin aku nanti sore jam 4 jemput adek", "remind"),
        ("tolong ingatkan saya besok bayar cicilan", "remind"),
        ("setiap sabtu pagi cuci mobil", "remind"),
        ("bayar wifi tiap tanggal 10", "remind"),
        ("senin sampai kamis jam 6 pagi lari pagi", "remind"),
        ("besok aku ada acara apa aja?", "query"),
        ("daftar tugasku", "query"),
        ("ada yang telat gak?", "query"),
        ("tugas yang belum selesai", "query"),
        ("besok pagi ingetin aku bawa laptop", "remind"),
        ("ganti timezone ke WIT", "settings"),
        ("senin-jumat jam 7 absen", "remind"),
        ("sip udah", "done"),
        ("apa aja yang belum beres?", "query"),
        ("liat jadwal minggu ini", "query"),
        ("udah kelar kok", "done"),
        ("tagihan air udah dibayar", "done"),
        ("sdh aku kirim", "done"),
        ("bantuan", "help"),
        ("gimana cara pakenya?", "help"),
        ("ubah zona waktu ke WITA", "settings"),
        ("kirimin ringkasan tiap malam jam 9", "settings"),
        ("selamat pagi semuanya", "other"),
        ("makasih banyak ya", "other"),
        ("siap bos", "other"),
        ("pesen tiket kereta buat lebaran", "capture"),
        ("Tono bisa cek stok gudang hari ini?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Sinta bisa tolong rekap absensi sebelum senin?", "Rekap absensi", "Sinta",
         "2026-04-13"),
        ("Bayu bisa kirim invoice ke vendor besok?", "Kirim invoice ke vendor", "Bayu",
         "2026-04-11"),
        ("jangan lupa perpanjang STNK paling lambat tanggal 20", "Perpanjang STNK", None,
         "2026-04-20"),
        ("pak Joko bisa kirim proposal hari ini?", "Kirim proposal", "Joko", "2026-04-10"),
        ("tlg kirim file presentasinya besok", "Kirim file presentasinya", None, "2026-04-11"),
        ("jgn lupa bsk beli gas", "Beli gas", None, "2026-04-11"),
        ("ingetin aku besok jam 8 pagi siram tanaman", "Siram tanaman", None,
         "2026-04-11T08:00"),
        ("siapin bahan rapat buat rabu ya", "Siapin bahan rapat", None, "2026-04-15"),
        ("lusa ambil jas di laundry dong", "Ambil jas di laundry", None, "2026-04-12"),
        ("penting: bayar pajak motor minggu depan", "Bayar pajak motor", None, "2026-04-13"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=JAKARTA, sender="Rina")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)
