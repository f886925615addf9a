"""Indonesian command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

_ART = r"(?:(?:yang|tugas|nomor|no\.?|nmr|#)\s*)*"
_DONE_WORD = (
    r"(?:selesai|beres|udah\s+beres|sudah\s+selesai|udah\s+selesai|done|kelar|udah\s+kelar)"
)
_SNOOZE = r"(?:tunda|tunda(?:in|kan)|undur|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "selesai 2", "yang kedua udah beres", "tugasku".
COMMANDS = {
    "done {n}": (
        r"(?:yg|yang)\s+(?:no\.?|nomor)\s*{n}\s+(?:udah|udh|sudah)\s+(?:selesai|beres|kelar)",
        rf"{_DONE_WORD}:?\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:udah|sudah|dah)?\s*(?:selesai|beres|kelar|done)",
        rf"(?:tandai|centang)\s+{_ART}{{n}}(?:\s+(?:sudah\s+|udah\s+)?(?:selesai|beres))?",
    ),
    "done": (r"selesai|(?:udah|sudah)\s+(?:selesai|beres|kelar)|beres|kelar",),
    "reopen {n}": (rf"(?:buka\s+lagi|buka\s+kembali)\s+{_ART}{{n}}",),
    "delete {n}": (rf"(?:hapus|buang)\s+{_ART}{{n}}",),
    "cancel {n}": (r"batal(?:kan)?\s+(?:pengingat\s+)?{n}",),
    "undo": (
        r"(?:eh\s+)?batalin.*",
        r".*salah\s+pencet.*",
        r"(?:tolong\s+)?(?:urungkan|batalkan|batalkan\s+(?:yang\s+tadi|tadi)|balikin|kembalikan)(?:\s+(?:yang\s+tadi|itu|dong))?",
    ),
    "my tasks": (
        r"(?:(?:lihat|tampilkan|tunjukkan|liat)\s+)?(?:tugas(?:-tugas)?(?:ku|\s+saya|\s+aku|\s+gue)|daftar\s+tugas(?:ku|\s+saya)?)",
        r"tugas\s+(?:saya|aku)\s+apa\s+aja|apa\s+aja\s+tugas(?:ku|\s+saya)",
    ),
    "my reminders": (
        r"(?:(?:lihat|tampilkan|liat)\s+)?(?:pengingat(?:ku|\s+saya|\s+aku)|daftar\s+pengingat)",
    ),
    "cancel": (r"batal|ga\s+jadi|gak\s+jadi|nggak\s+jadi|tidak\s+jadi",),
    "confirm all": (
        r"(?:konfirmasi|simpan|oke(?:in)?|setuju)\s+semua(?:nya)?|semua(?:nya)?\s+(?:oke|setuju|simpan)",
    ),
    "discard all": (r"(?:buang|hapus|tolak|abaikan)\s+semua(?:nya)?",),
    "confirm": (r"konfirmasi|simpan",),
    "discard": (r"buang|abaikan|tolak",),
    "snooze {n} {unit}": (
        r"nanti(?:\s+aja)?\s+{n}\s*{unit}(?:\s+lagi)?",
        rf"{_SNOOZE}\s+{{n}}\s*{{unit}}(?:\s+lagi)?",
        r"(?:ingatkan|ingetin)\s+(?:lagi\s+)?(?:dalam\s+)?{n}\s*{unit}\s+lagi",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+setengah\s+jam",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:sampai\s+|sampe\s+|ke\s+)?besok",),
    "snooze": (rf"{_SNOOZE}|nanti(?:\s+aja)?|jangan\s+sekarang",),
    "skip": (r"lewati|lewatin|skip(?:\s+aja)?|kali\s+ini\s+(?:ga|gak|tidak)",),
    "help": (r"bantuan|tolong\s+bantu|bantu(?:in)?\s+(?:aku|saya)|perintah",),
    "settings": (r"pengaturan|setelan|setting(?:an)?",),
    "stop the reminders": (
        r"(?:hentikan|stop|matikan|berhenti(?:kan)?)\s+(?:semua\s+)?pengingat(?:nya)?",
        r"(?:jangan|ga\s+usah|gak\s+usah)\s+ingatkan\s+lagi",
    ),
    "what's due today": (
        r"(?:hari\s+ini\s+(?:ada\s+)?(?:tugas\s+)?apa(?:\s+aja)?|tugas\s+hari\s+ini|apa\s+(?:aja\s+)?(?:tugas(?:ku)?\s+)?hari\s+ini)",
    ),
    "what's due tomorrow": (
        r"(?:besok\s+(?:ada\s+)?(?:tugas\s+)?apa(?:\s+aja)?|tugas\s+besok|apa\s+(?:aja\s+)?(?:tugas(?:ku)?\s+)?besok)",
    ),
    "this week": (r"(?:tugas\s+)?minggu\s+ini",),
    "overdue": (r"(?:tugas\s+(?:yang\s+)?)?(?:terlambat|lewat\s+tenggat|telat|lewat\s+deadline)",),
    "hi": (
        r"halo|hai|hallo|hei|pagi|siang|sore|malam|selamat\s+(?:pagi|siang|sore|malam)|assalamualaikum",
    ),
    "thanks": (
        r"(?:terima\s+kasih|makasih|trims|thx|tengkyu|trima\s+kasih|makasi)(?:\s+(?:banyak|ya|yaa|ya\s+kak))?",
    ),
    "no, {when}": (
        r"(?:eh\s+)?(?:bukan|ga|gak|nggak|jangan)[\s,]+(?:hari\s+)?{when}(?:\s+(?:aja|saja|deh|ya))?",
        r"(?:hari\s+)?{when}\s+(?:aja|saja|deh)",
    ),
    "move it to {when}": (
        r"(?:ganti|ubah|pindah(?:in)?|geser)\s+(?:jadi|ke)\s+(?:hari\s+)?{when}(?:\s+aja)?",
    ),
    "move {what} to {when}": (
        r"(?:pindah(?:in|kan)?|geser|undur)\s+{what}\s+ke\s+(?:hari\s+)?{when}",
    ),
    "delete {rest}": (r"(?:hapus|buang)\s+{rest},\s*.+",),
    "done with {rest}": (r"{rest}\s+(?:udah|udh|sudah)\s+(?:selesai|beres|kelar)",),
    "yes": (
        r"ok(?:e|ay)?\s+(?:sip|siap|deh)|sip|siap|oke|oke\s+simpan|simpan(?:\s+aja)?",
        r"iya+|ya+|yup|yoi|iya\s+(?:simpan|boleh)",
    ),
    "no": (r"tidak|nggak|gak|enggak|engga|ndak",),
    "assign to {rest}": (
        r"(?:tugaskan|serahkan|kasih(?:kan)?|berikan)(?:\s+(?:ke|kepada|ini\s+ke))\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "title: {rest}": (r"judul\s*:\s*{rest}", r"ganti\s+judul(?:nya)?\s+(?:jadi|menjadi)\s+{rest}"),
    "priority high": (r"prioritas\s+tinggi",),
    "priority low": (r"prioritas\s+rendah",),
    "no date": (r"tanpa\s+tanggal|hapus\s+tanggal(?:nya)?|gak\s+usah\s+tanggal",),
    "digest off": (r"(?:matikan|stop)\s+ringkasan|ringkasan\s+(?:off|mati)",),
    "digest {rest}": (r"ringkasan\s+(?:jam\s+|pukul\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (
        r"(?:ingatkan|ingetin)\s+(?:aku|saya)\s+{n}\s*{unit}\s+sebelum(?:nya)?",
    ),
    "I'm in {rest}": (
        r"(?:aku|saya)\s+(?:lagi\s+|sedang\s+)?(?:di|tinggal\s+di)\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "save {n}": (rf"(?:simpan|konfirmasi)\s+(?:cuma\s+|hanya\s+)?{_ART}{{n}}(?:\s+aja)?",),
    "discard {n}": (rf"(?:buang|abaikan|tolak)\s+{_ART}{{n}}",),
    "reopen {rest}": (r"buka\s+(?:lagi|kembali)\s+{rest}",),
    "remind me at due time": (
        r"(?:ingatkan|ingetin)\s+(?:aku|saya)\s+(?:pas|saat|tepat\s+saat)\s+(?:tenggat|deadline|jatuh\s+tempo)(?:nya)?",
    ),
    "disconnect {rest}": (r"(?:putuskan|putus(?:in)?)\s+" + _TOOL + r"{rest}",),
    "connect {rest}": (r"(?:hubungkan|sambungkan|konekin)\s+(?:ke\s+)?" + _TOOL + r"{rest}",),
    "my tools": (r"(?:tools|alat)(?:ku|\s+saya|\s+aku)|koneksi(?:ku|\s+saya)",),
    "retry pushes": (r"(?:coba\s+)?kirim\s+ulang|coba\s+lagi\s+kirim",),
    "make {rest} the default": (
        r"jadikan\s+"
        + _TOOL
        + r"{rest}\s+(?:sebagai\s+)?default|jadikan\s+"
        + _TOOL
        + r"{rest}\s+utama",
    ),
    "push {n} to {rest}": (r"kirim\s+{n}\s+ke\s+" + _TOOL + r"{rest}",),
    "push to {rest}": (r"kirim(?:kan)?\s+(?:ini\s+)?ke\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (r"(?:jadikan|set)\s+{rest}\s+prioritas\s+rendah",),
}
COUNTED = {
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
}
