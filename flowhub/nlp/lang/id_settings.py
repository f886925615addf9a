"""Indonesian settings said in plain words: the digest time ("kirimin ringkasannya jam 7.30 aja,
jangan jam 8"), the digest off and the time zone ("ganti zona waktu ke jakarta")."""

from __future__ import annotations

__all__ = ["SETTINGS"]

_ASK = (
    r"(?:(?:tolong|bisa|minta|mulai\s+besok|mulai\s+sekarang)\s+)*"
    r"(?:(?:kirim(?:in|kan)?|ganti|ubah|pindah(?:in|kan)?|geser|set|atur|majuin|mundurin)\s+)?"
)
_DIGEST = (
    r"(?:(?:ringkasan|rangkuman|rekap|digest|summary)(?:nya)?(?:\s+(?:harian|pagi)(?:nya|ku)?)?"
    r"|ringkasanku)"
)
_AT = r"(?:\s+(?:ke|jadi|di))?\s+(?:(?:jam|pukul)\s+)?(?=\d){rest}"
_INSTEAD = r"(?:[\s,]+(?:bukan|jangan|daripada|bkn)\s+(?:jam\s+)?\d{1,2}(?:[:.]\d{2})?)?"
_TAIL = r"(?:\s+(?:aja|saja|deh|ya|yah|dong|tiap\s+hari|setiap\s+hari|tolong|pagi|yg\s+pagi))*"
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
}
