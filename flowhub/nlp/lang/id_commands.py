"""Indonesian command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.id_settings import SETTINGS

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
# Interjections before a correction or an undo: "eh salah, ...", "aduh, ...", "bentar, ...".
_OOPS = (
    r"(?:(?:eh+|ehh|aduh|waduh|duh|ups|oops|sori|sorry|maaf|wah|lho|loh|bentar|tunggu|salah|eh\s+salah"
    r"|bukan|ga|gak|nggak|jangan)[\s,.!]+)"
)
_TAIL = r"(?:\s+(?:ya+|aja|saja|dong|deh|kok|sih|yaa|nih))*"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_DID = r"(?:udah|udh|sudah|dah|sdh)"
# Verbs said of a thing done by me ("kukirim", "aku kirim") or by someone ("dikirim").
_DONE_VERBS = (
    r"(?:kirim|bayar|telpon|telepon|beli|ambil|kerjain|kerjakan|cek|urus|beresin|selesaiin"
    r"|email|submit|print|cetak|transfer|antar|anterin|upload|isi|tanda\s*tangani|balas|bales)"
)
_DONE_PAST = (
    r"(?:selesai|beres|kelar|dikerjain|dikerjakan|dibayar|dikirim|ditelpon|dibeli|diambil|done"
    rf"|ku{_DONE_VERBS}|di{_DONE_VERBS}|(?:aku|saya|gue|gw)\s+{_DONE_VERBS})"
    r"(?:\s+ke\s+\w+)?"
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
        rf"{_OOPS}*(?:[^.!?]{{0,40}}\b(?:salah|kepencet|keliru)\b[^.!?]{{0,20}}[.!?,]+\s*)?(?:tolong\s+)?"
        rf"(?:batalin|batalkan|urungkan|balikin|kembalikan|undo)(?:\s+(?:yang\s+tadi|tadi|itu|lagi))?{_TAIL}",
        r"(?:eh\s+)?batalin.*",
        # "aduh salah lagi 🙄 batalin, meeting nya belum": a wrong one taken back, and why
        r".{0,30}\b(?:salah|keliru|kepencet)\b.{0,20}\b(?:batalin|batalkan|balikin)\b.*",
        r".*salah\s+pencet.*",
        r"(?:tolong\s+)?(?:urungkan|batalkan|batalkan\s+(?:yang\s+tadi|tadi)|balikin|kembalikan)(?:\s+(?:yang\s+tadi|itu|dong))?",
    ),
    "what did I give {rest}?": (
        r"(?:aku|saya|gue|gw)\s+(?:udah\s+|udh\s+)?(?:kasih|ngasih|nyerahin)\s+(?:tugas\s+)?apa\s+(?:aja\s+|saja\s+)?(?:ke|kepada)\s+{rest}",
        r"apa\s+(?:aja|saja)\s+(?:yang|yg)\s+(?:aku|saya|gue|gw)\s+(?:kasih|serahin|tugaskan)\s+(?:ke|kepada)\s+{rest}",
    ),
    "what does {rest} have?": (
        # "Sam punya tugas apa?"
        r"(?!(?:aku|saya|gue|gw|hari|besok|kamu)\b)(?=[^\s]+\s+(?:punya|ada)\s){rest}\s+(?:punya|ada)"
        r"\s+(?:tugas|kerjaan)\s+apa(?:\s+(?:aja|saja))?",
        r"(?:tugas|kerjaan)(?:nya)?\s+(?!(?:aku|saya|gue|gw|ku|hari|besok|minggu)\b){rest}\s+apa\s+(?:aja|saja)",
        r"(?!(?:aku|saya|gue|gw|hari|besok)\b){rest}\s+(?:punya|ada|lagi\s+pegang)\s+(?:tugas|kerjaan)\s+apa\s+(?:aja|saja)",
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
    "snooze until tomorrow": (
        rf"{_SNOOZE}\s+(?:sampai\s+|sampe\s+|ke\s+)?besok",
        r"(?:(?:nanti|ntar|jangan\s+sekarang)[\s,]+)?(?:ingetin|ingatkan)\s+(?:lagi\s+)?besok(?:\s+(?:pagi|aja))?(?:\s+lagi)?"
        + _TAIL,
    ),
    "snooze": (rf"{_SNOOZE}|nanti(?:\s+aja)?|jangan\s+sekarang",),
    "skip": (r"lewati|lewatin|skip(?:\s+aja)?|kali\s+ini\s+(?:ga|gak|tidak)",),
    "try again": (r"coba\s+(?:lagi|ulang)|ulangi(?:\s+lagi)?",),
    "help": (r"bantuan|tolong\s+bantu|bantu(?:in)?\s+(?:aku|saya)|perintah",),
    "settings": (r"pengaturan|setelan|setting(?:an)?",),
    "stop the reminders": (
        r"(?:hentikan|stop|matikan|berhenti(?:kan)?)\s+(?:semua\s+)?pengingat(?:nya)?",
        r"(?:jangan|ga\s+usah|gak\s+usah)\s+ingatkan\s+lagi",
    ),
    "what's due today": (
        r"(?:hari\s+ini\s+)?(?:ada\s+)?apa\s+(?:aja|saja)\s+(?:yg|yang)\s+(?:hrs|harus|hours)\s+(?:dikerjain|dikerjakan|dilakuin|dilakukan|dikerjain\s+hari\s+ini)(?:\s+hari\s+ini)?",
        r"hari\s+ini\s+ada\s+apa\s+(?:aja|saja)(?:\s+(?:yg|yang)\s+(?:hrs|harus|hours)\s+(?:dikerjain|dikerjakan|dilakuin|dilakukan))?",
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
        rf"{_OOPS}+(?:(?:jadi|ganti|mending)\s+)?(?:hari\s+)?{{when}}{_TAIL}",
        r"(?:eh\s+)?(?:bukan|ga|gak|nggak|jangan)[\s,]+(?:hari\s+)?{when}(?:\s+(?:aja|saja|deh|ya))?",
        r"(?:eh\s+)?bukan\s+(?:jam\s+|hari\s+)?[^\s,]+[\s,]+(?:tapi\s+)?{when}(?:\s+(?:aja|saja|deh|ya))?",
        r"(?:hari\s+)?{when}\s+(?:aja|saja|deh)",
    ),
    "move it to {when}": (
        r"(?:ganti|ubah|pindah(?:in)?|geser)\s+(?:jadi|ke)\s+(?:hari\s+)?{when}(?:\s+aja)?",
    ),
    "move {what} to {when}": (
        r"(?!(?:ganti|ubah|pindah|geser|eh+|ehh|duh|aduh|waduh|wah|lho|loh|oh)\b){what}\s+(?:pindah(?:in|kan)?|geser(?:in)?|undur(?:in)?|majuin|ganti(?:in)?|ubah)\s+(?:jadi\s+|ke\s+)?(?:hari\s+)?{when}(?:\s+(?:ya+|aja|dong|deh))*",
        r"(?:pindah(?:in|kan)?|geser|undur)\s+{what}\s+ke\s+(?:hari\s+)?{when}",
    ),
    "delete {rest}": (r"(?:hapus|buang)\s+{rest},\s*.+",),
    "done with {rest}": (
        r"{rest}\s+(?:udah|udh|sudah)\s+(?:selesai|beres|kelar)",
        rf"(?!(?:aku|saya|gue|gw|udah|udh|sudah)\b){{rest}}\s+{_DID}\s+{_DONE_PAST}"
        rf"(?:\s+(?:tadi|td|barusan|kemarin|kmrn)(?:\s+(?:pagi|siang|sore|malam))?)?{_TAIL}",
        rf"(?:aku\s+|saya\s+|gue\s+|gw\s+)?{_DID}\s+(?:selesai|beres|kelar)(?:in)?\s+{{rest}}"
        rf"(?:\s+(?:tadi|td|barusan)(?:\s+(?:pagi|siang|sore|malam))?)?{_TAIL}",
        rf"(?:aku\s+|saya\s+|gue\s+|gw\s+)?{_DID}\s+(?!(?:di|ke|dari|mau|belum|bisa)\b){{rest}}"
        rf"\s+(?:tadi|td|barusan|kemarin|kmrn)(?:\s+(?:pagi|siang|sore|malam))?{_TAIL}",
    ),
    # "masukin yg barusan ke tugas": the message just above, as tasks.
    "capture those": (
        r"(?:tolong\s+|coba\s+)?(?:masukin|masukkan|masukan|catat|catet|simpan|simpen|tambahin"
        r"|tambahkan|jadiin|jadikan|bikinin)\s+(?:(?:yg|yang)\s+)?(?:barusan|tadi|di\s*atas|itu)"
        r"(?:\s+(?:barusan|tadi|di\s*atas))?(?:\s+(?:ke|jadi|sebagai|di)\s+(?:dalam\s+)?"
        r"(?:tugas|task|todo|to-do|list|daftar)(?:\s+(?:aku|saya|ku|gue))?)?(?:\s+(?:ya+|dong|aja|deh"
        r"|pls|please))*",
        r"(?:jadiin|jadikan|bikin)\s+(?:tugas|task)\s+(?:(?:dari\s+)?(?:yg|yang)\s+)?(?:barusan|tadi"
        r"|di\s*atas|itu)(?:\s+(?:ya+|dong|aja|deh))*",
    ),
    "yes": (
        r"(?:(?:ok(?:e|ay)?|sip|iya+|ya+|yup|mantap)[\s,!]+)+(?:sip|simpan(?:\s+aja)?|bener|benar|betul|mantap|boleh|gas|lanjut|udah\s+bener)",
        r"(?:udah\s+)?(?:bener|benar|betul)(?:\s+(?:kok|itu|gitu))?|mantap|gas|boleh|lanjut",
        r"ok(?:e|ay)?\s+(?:sip|siap|deh)|sip|siap|oke|oke\s+simpan|simpan(?:\s+aja)?",
        r"iya+|ya+|yup|yoi|iya\s+(?:simpan|boleh)",
    ),
    "no": (r"tidak|nggak|gak|enggak|engga|ndak",),
    "assign to {rest}": (
        rf"{_OOPS}*(?:itu|ini|yang\s+ini|yg\s+ini)\s+(?:buat|untuk|utk|punya|bagian)\s+{{rest}}(?:\s+(?:ya+|aja|dong))?"
        r"(?:[\s,]+(?:kasih|serahin|kasihin)(?:\s+(?:ke|aja\s+ke))?\s+dia(?:\s+aja)?)?",
        rf"{_OOPS}*(?:kasih|serahin|kasihin|oper)\s+(?:ke\s+)?{{rest}}\s+(?:aja|saja)(?:\s+(?:ya|deh|dong))*",
        rf"{_OOPS}*(?:kasih|serahin|kasihin|oper)(?:\s+(?:ke|aja\s+ke))\s+{_NAME}{{rest}}",
        rf"{_OOPS}*{{rest}}\s+(?:aja\s+)?(?:yang|yg)\s+(?:ngerjain|pegang|urus|handle)(?:\s+(?:ya|aja|dong))*",
        r"(?:tugaskan|serahkan|kasih(?:kan)?|berikan)(?:\s+(?:ke|kepada|ini\s+ke))\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "title: {rest}": (r"judul\s*:\s*{rest}", r"ganti\s+judul(?:nya)?\s+(?:jadi|menjadi)\s+{rest}"),
    "priority high": (r"prioritas\s+tinggi",),
    "priority low": (r"prioritas\s+rendah",),
    "no date": (r"tanpa\s+tanggal|hapus\s+tanggal(?:nya)?|gak\s+usah\s+tanggal",),
    "digest off": (r"(?:matikan|stop)\s+ringkasan|ringkasan\s+(?:off|mati)",),
    "digest at {n}pm": (
        r"(?:kirim(?:in)?\s+)?ringkasan(?:\s+harian)?\s+(?:nya\s+)?(?:jam|pukul)\s+{n}\s+(?:malam|malem|sore)",
    ),
    "digest at {n}:00": (
        rf"(?:kirim(?:in)?\s+)?ringkasan(?:\s+harian)?(?:nya)?\s+(?:tiap\s+hari\s+|setiap\s+hari\s+)?(?:jam|pukul)\s+{{n}}(?:\s+pagi)?{_TAIL}",
    ),
    "digest {rest}": (r"ringkasan\s+(?:jam\s+|pukul\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (
        r"(?:ingatkan|ingetin)\s+(?:aku|saya)\s+{n}\s*{unit}\s+sebelum(?:nya)?",
    ),
    "I'm in {rest}": (
        rf"(?:aku|saya|gue|gw)\s+(?:sekarang|skrg)\s+(?:tinggal\s+|lagi\s+)?(?:di|ada\s+di)\s+{_NAME}{{rest}}",
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
_NO_DAY = (
    r"(?!(?:besok|lusa|hari|minggu|senin|selasa|rabu|kamis|jumat|sabtu|nanti|jam|tgl|tanggal)\b)"
)
# Casual answers to a waiting card ("simpen", "hapus aja", "judulnya …"), beside those above.
_CARD = {
    "confirm": (r"simpen(?:\s+aja)?|konfirm|save|catet\s+aja",),
    "discard": (
        r"hapus(?:\s+(?:aja|saja|ya|deh))?|(?:gak|ga|nggak|enggak)\s+(?:jadi|usah)|batal|jangan\s+disimpan",
    ),
    "title: {rest}": (
        r"judul(?:nya)?\s+(?:(?:ganti|diganti|ubah|diubah|jadi|jadiin)\s+)*{rest}",
        r"ganti\s+nama(?:nya)?\s+(?:jadi|menjadi)\s+{rest}",
        r"namain\s+{rest}",
        r"kasih\s+judul\s+{rest}",
    ),
    "assign to {rest}": (
        rf"(?:buat|untuk|utk)\s+{_NO_DAY}(?=[^\s]+[\s.!?]*$){{rest}}",
        r"(?=[^\s]+\s+yang\s){rest}\s+yang\s+(?:ngerjain|kerjain|urus|ngurus|handle)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority said casually to a card ("urgent banget", "penting").
_CARD_MORE = {
    "priority urgent": (
        r"(?:urgent|urgen|mendesak|darurat)(?:\s+(?:banget|bgt|sekali|bngt))?",
        r"(?:jadiin|bikin|tandai|kasih)\s+(?:jadi\s+)?(?:urgent|urgen|mendesak)",
    ),
    "priority high": (
        r"penting(?:\s+(?:banget|bgt|sekali|bngt))?|prioritas\s+tinggi",
        r"(?:jadiin|bikin|tandai|kasih)\s+(?:jadi\s+)?(?:penting|prioritas\s+tinggi)",
    ),
    "priority low": (r"prioritas\s+rendah|(?:gak|ga|nggak|tidak|gk)\s+penting",),
    "priority normal": (r"(?:gak|ga|nggak|tidak|gk)\s+(?:urgent|urgen|mendesak)",),
    "yes": (
        r"(?:(?:sip|oke|ok|iya)[\s,]+)*(?:yg|yang)\s+(?:ini|itu)\s+(?:oke|ok|bener|benar|sip|udah\s+bener)",
    ),
    'remove "{rest}" from the title': (
        r"(?:hapus|buang)\s+{rest}\s+dari\s+(?:judul|nama)(?:nya)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "that one" thrown away, "not Ana, Sam" as a person, the hour said with
# "jam(nya)", and "gas" as a go.
_CARD_ALSO = {
    "confirm all": (
        r"(?:simpan|simpen|save|oke(?:in)?|konfirm(?:asi)?)\s+(?:dua[\s-]*duanya|keduanya|dua2nya|duanya)",
        r"(?:dua[\s-]*duanya|keduanya|dua2nya)\s+(?:oke|simpan|simpen|bener)",
    ),
    "discard": (
        r"(?:hapus|buang|delete|batalin|batalkan|apus)\s+(?:(?:yg|yang|kartu)\s*(?:itu|ini|tadi|td|nya)?|aja|itu|ini)(?:\s+(?:aja|ya|deh))*",
        r"(?:hapus|buang|apus)(?:in)?(?:\s+(?:aja|ya|deh))*",
    ),
    "assign to {rest}": (
        r"(?:jgn|jangan|bukan)\s+[^\s,]+(?:\s+(?:deh|dong|ya))?[\s,]+(?=[^\s]+\s+aja){rest}\s+aja",
        r"(?:buat|ke|sama)\s+(?=[^\s]+\s+aja){rest}\s+aja",
    ),
    "move it to {when}": (r"jam(?:nya)?\s+(?:jadi\s+)?{when}",),
    "yes": (r"(?:(?:oke|ok|sip|yuk|ayo)\s+)?gas(?:s+|keun|in)?",),
    "title: {rest}": (
        r"(?:judul|nama)(?:nya)?\s+(?:jadi(?:in)?|ganti\s+(?:jadi|ke)|aja)\s*:?\s*{rest}",
    ),
    "priority high": (r"(?:ini\s+)?penting(?:\s+(?:banget|bgt))?|prioritas(?:nya)?\s+tinggi",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("aja", "dong", "sip").
CARD_SOFT = (
    "aja", "ya", "yah", "dong", "deh", "sih", "nih", "tuh", "kok", "please", "pls", "tolong",
    "itu", "ini", "oke", "ok", "sip", "udah", "udh", "dah", "mantap", "bener", "benar", "betul",
    "eh", "nah", "gitu", "kak", "iya", "bentar", "eh bentar", "trus", "terus", "lg", "yg ini",
    "maksudnya", "maksud aku", "hehe",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("salah", "jamnya sama").
CARD_ASIDES = (
    r"salah(?:\s+(?:ketik|input|catat))?", r"keliru", r"bukan\s+itu",
    r"jam(?:nya)?\s+(?:sama|tetap)", r"jam\s+yang\s+sama", r"(?:gak|ga|nggak)\s+sengaja",
    r"(?:ini\s+|itu\s+)?(?:bukan|gak|ga|nggak)\s+(?:tugas|task|kerjaan)",
    r"(?:soalnya|karena|krn|karna|abisnya)\s.*",  # the reason given beside a change
    # why that time, beside the change: "banknya baru buka", "kantornya udah tutup"
    r"[^\s,;]+nya\s+(?:baru|belum|udah|sudah|masih|lagi|tutup|penuh)\b[^,;]*",
    r"bukan(?:\s+gitu)?", r"(?:td|tadi)\s+(?:aku|gue|gw|saya)\s.*",
    r"(?:he){2,}|(?:ha){2,}|wk+(?:wk)*",
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("yg listrik").
CARD_REFS = (r"(?:yg|yang)\s+{ref}(?:\s+(?:itu|ini|tadi|td))?",)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"bukan",
    r"bukannya",
    r"jangan",
    r"gak",
    r"nggak",
    r"tidak",
    r"ganti\s+dari",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# This time skipped in longer words: "minggu ini skip aja dulu", "lewati review google minggu ini".
_ONCE = r"(?:(?:minggu|hari|bulan|kali)\s+ini)"
_SOFT = r"(?:\s+(?:aja|saja|dulu|deh|ya|yah|dong))*"
_DROPPED = {
    "skip": (
        rf"(?:{_ONCE}\s+)?(?:skip|lewati|lewatin|lompati|lompatin){_SOFT}(?:\s+{_ONCE}){_SOFT}",
        rf"{_ONCE}\s+(?:skip|lewati|lewatin|lompati|lompatin){_SOFT}",
        rf"(?:skip|lewati|lewatin)\s+(?:[^\s,]+\s+){{1,3}}?{_ONCE}{_SOFT}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _DROPPED)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A time brought forward or pushed back in one word: "eh majuin jadi jam 2 siang deh",
# "mundurin ke jumat aja".
_SHIFTED = {
    "move it to {when}": (
        rf"{_OOPS}*(?:(?:tolong|coba)\s+)?(?:majuin|majukan|mundurin|mundurkan|undurin|undurkan|maju|mundur)"
        rf"(?:\s+(?:aja|dong|deh|ya))?\s+(?:jadi\s+|ke\s+)?(?:hari\s+|jam\s+(?=jam))?{{when}}{_TAIL}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SHIFTED)
# A listed task renamed by its number: "ganti nama nomor 2 jadi …", "nomor 2 namanya jadi …".
_Q = r"[\"'“”‘’«»]?\s*"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"(?:ganti|ubah)\s+(?:nama|judul)\s+{_ART}{{n}}\s+(?:jadi|ke|menjadi)\s*:?\s*{_Q}{{rest}}",
        rf"{_ART}{{n}}\s+(?:nama|judul)(?:nya)?\s+(?:ganti\s+)?(?:jadi|jadiin)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
