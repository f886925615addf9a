"""Indonesian settings said in plain words: the digest time ("kirimin ringkasannya jam 7.30 aja,
jangan jam 8"), the digest off and the time zone ("ganti zona waktu ke jakarta")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_ASK = (
    r"(?:(?:tolong|bisa|minta|mulai\s+besok|mulai\s+sekarang|pengaturan\s*:?|setting(?:an)?\s*:?)\s+)*"
    r"(?:(?:kirim(?:in|kan)?|ganti|ubah|pindah(?:in|kan)?|geser|set|atur|majuin|mundurin)\s+)?"
)
_DIGEST = (
    r"(?:(?:ringkasan|rangkuman|rekap|digest|summary)(?:nya)?(?:\s+(?:harian|pagi)(?:nya|ku)?)?"
    r"|ringkasanku)"
)
_AT = (
    r"(?:\s+(?:tolong\s+)?(?:ke|jadi|di|kirim(?:in|kan)?|dikirim(?:in)?|dikirimkan))?"
    r"\s+(?:(?:jam|pukul)\s+)?(?=\d){rest}"
)
_INSTEAD = r"(?:[\s,]+(?:bukan|jangan|daripada|bkn)\s+(?:jam\s+)?\d{1,2}(?:[:.]\d{2})?)?"
_TAIL = r"(?:\s+(?:aja|saja|deh|ya|yah|dong|tiap\s+hari|setiap\s+hari|tolong|pagi|yg\s+pagi))*"
_QTIME = r"(?:jam\s+|pukul\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s+(?:malam|pagi|sore))?"
_QWHEN = (
    rf"(?:(?:setelah|sesudah|lewat|habis|abis|di\s+atas)\s+{_QTIME}|sebelum\s+{_QTIME}"
    r"|(?:di\s+)?(?:hari\s+|tiap\s+|setiap\s+|pas\s+)?(?:minggu|sabtu|weekend|akhir\s+pekan)"
    r"|(?:kalau\s+|pas\s+|tiap\s+)?malam(?:\s+hari)?)"
)
_QWHENS = rf"{_QWHEN}(?:\s+(?:dan|atau|sama)\s+{_QWHEN})*"
_QDONT = (
    r"(?:jangan|gak\s+usah|ga\s+usah|nggak\s+usah|tidak\s+usah)\s+(?:kirim(?:in|kan)?|ganggu|chat"
    r"|hubungi|spam|ngirim|nge-?chat)(?:\s+(?:aku|saya|gue|gw))?(?:\s+(?:pesan|notif(?:ikasi)?"
    r"|apa-apa|apapun|apa\s+pun|chat|reminder))?"
)
SETTINGS = {
    "digest at {rest}": (rf"{_ASK}{_DIGEST}{_AT}{_TAIL}{_INSTEAD}{_TAIL}",),
    "digest off": (
        rf"(?:(?:matikan|matiin|stop|berhenti)\s+(?:kirim(?:in)?\s+)?){_DIGEST}{_TAIL}",
        rf"(?:gak|ga|nggak|ngga|tidak|tak)\s+usah\s+(?:kirim(?:in)?\s+)?{_DIGEST}(?:\s+lagi)?{_TAIL}",
    ),
    "timezone: {rest}": (
        rf"{_ASK}zona\s+waktu(?:ku|nya)?\s*(?::|ke|jadi)?\s*{{rest}}{_TAIL}",
        r"(?:pakai|pake|ikut)\s+waktu\s+{rest}" + _TAIL,
    ),
    "quiet hours": (
        rf"(?:tolong\s+)?{_QDONT}\s+{_QWHENS}{_TAIL}",
        rf"{_QWHENS}\s+(?:tolong\s+)?{_QDONT}{_TAIL}",
        rf"(?:gak\s+ada|tanpa|no)\s+(?:pesan|notif(?:ikasi)?)\s+{_QWHENS}{_TAIL}",
    ),
}
