"""Indonesian words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.id_commands import COMMANDS, COUNTED

_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
_VERBS = """
    beli beliin membeli kirim kirimin kirimkan ngirim mengirim bayar bayarin membayar
    telpon telepon telponin teleponin nelpon menelepon hubungi hubungin ngehubungin kontak
    cek ngecek mengecek periksa periksain memeriksa bikin bikinin membuat buatin
    beresin beresi bereskan membereskan benerin betulin perbaiki memperbaiki
    siapin siapkan menyiapkan persiapkan selesain selesaikan menyelesaikan kelarin
    perpanjang perpanjangan memperpanjang anter anterin antar antarkan mengantar nganter
    jemput jemputin menjemput ambil ambilin mengambil bawa bawain membawa buang buangin
    membuang siram siramin menyiram angkat angkatin mengangkat matiin matikan mematikan
    nyalain nyalakan menyalakan cuci cuciin mencuci nyuci masak masakin memasak
    pesan pesen pesenin memesan orderin reservasi revisi merevisi urus urusin
    mengurus ngurus tulis tulisin menulis nulis baca bacain membaca isi isiin mengisi
    daftar daftarin mendaftar lapor laporin melaporkan balas bales balesin membalas
    cari cariin mencari nyari temui temuin menemui ketemu ketemuan datang datangi
    pergi jual jualin menjual kumpulin kumpulkan mengumpulkan setor setorin
    tandatangani ttd unggah unduh cetak cetakin mencetak
    rapikan rapiin merapikan bersihin bersihkan membersihkan sapu ngepel pel setrika
    nyetrika jemur ganti gantiin mengganti tukar tukerin servis tanya tanyain
    tanyakan nanya menanyakan konfirmasi konfirmasiin ingatkan kabari kabarin ngabarin
    mengabari infoin undang undangin mengundang atur aturin mengatur jadwalin
    jadwalkan susun susunin menyusun hitung hitungin menghitung rekap rekapin
    belanja belanjain beli-beli transferin tf kasih kasihin ngasih berikan kasi
    simpan simpen simpenin sewa sewain tagih tagihin nagih pinjam pinjem balikin
    kembalikan mengembalikan tebus tebusin urus-urus pasang pasangin memasang
    instal perbarui memperbarui hapus hapusin coba cobain
    latihan belajar ngerjain kerjain mengerjakan garap garapin rapat presentasi
    fotokopi fotokopiin fotocopy scanin minum makan olahraga
    tunggu tungguin nunggu temenin nemenin antri ngantri pindahin pindahkan mindahin geser
    geserin ubah ubahin batalin batalkan tunda tundain undur undurin majuin bagiin bagikan
    teruskan terusin pelajari pelajarin lengkapi lengkapin koreksi koreksiin setujui ajukan
    ajuin bungkus bungkusin kemas kemasin antarin tarik potong cukur tambahin tambah kurangi
    kurangin cas ngecas tambal tambalin pompa renovasi ngecat copot copotin lepas
    bongkar rakit nyapu ngepel goreng rebus panasin panaskan angetin lipat lipetin sortir
    arsipkan printin ketik ketikin ngetik diskusikan diskusiin bahas bahasin omongin
    ngomongin obrolin japri ajak ajakin lunasi lunasin cicil nyicil tabung nabung jaga
    jagain rawat mandiin mandikan titip titipin nitip kembaliin cairkan cairin legalisir
    kirimin beresin rapihin rapiin sapuin pelin cuciin setrikain jemurin angkatin ambilkan
    belikan bayarkan pesankan pesanin carikan cariin bacakan dengerin dengarkan tonton
    nonton latih latihin ajarin ajari ajarkan jelasin jelaskan presentasiin tesin
    uji ujicoba cobain survei ukur ukurin timbang timbangin hitungin
    catat catatin nyatet rangkum rangkumin terjemahin terjemahkan desainin
    gambarin fotoin rekam rekamin suruh nyuruh minta mintain
"""
_GREETINGS = """
    terima trims trimakasih makasi tengkyu thx ya yaa kakak
    makasih makasi makasiih trims trimakasih terimakasih terima kasih thanks tengkyu
    oke oce okey okee sip sipp siap siapp mantap mantul mantep wkwk wkwkwk wkwkwkwk
    haha hahaha hehe hihi ya yaa yaaa iya iyaa yoi yup betul bener baik halo hai
    semua semuanya pagi siang sore malam selamat sama-sama samasama noted otw
    gan kak bos ditunggu
    dadah
"""

_PLEASE = r"(?:(?:tolong|tlg|bisa|bisakah|mohon)\s+)?"
_ME = r"(?:aku|saya|gue|gw|sy|aq|ak|kami|kita)\b"
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = r"\s*,?\s*(?:apa|kapan|di\s*mana|siapa|yang\s+mana|bagaimana|gimana)\b"
# "ingatkan aku besok jam 9 untuk menelepon dokter gigi", "ingatkan Sam untuk pesan ruangan"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:ingatkan|ingetin|ingatin|ingetkan)\s+{_ME}(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:ingatkan|ingetin|ingatin|ingetkan)\s+(?!{_ME})(?-i:(?=[A-Z]))(?P<who>\w+)\b"
    rf"(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:ingatkan|ingetin|ingatin|ingetkan)\b(?!\s+{_ME})(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (r"untuk\b", r"utk\b", r"buat\b", r"bahwa\b", r"kalau\b", r"klo\b")

WORDS = ChatWords(
    code="id",
    # "minta Ana buat ...", "suruh Sam ...", "bilang ke Sam untuk ...", "ana tolong ...": the
    # person asked, then the task; a pronoun or a time word before "tolong" is no person.
    ask_openers=(
        r"(?:minta(?:in)?|suruh|mintain)\s+{name}\s+(?:(?:untuk|buat|utk|supaya|biar)\s+)?",
        r"(?:bilang(?:in)?|kasih\s+tau|kabarin)\s+(?:ke\s+|sama\s+|kepada\s+)?{name}\s*,?\s*"
        r"(?:(?:untuk|buat|utk|supaya|biar|suruh)\s+)?(?=\w)",
        r"(?!(?:aku|saya|gue|gw|kamu|lu|lo|kalian|kita|kami|dia|mereka|yang|ini|itu|eh|oh|halo|hai"
        r"|besok|lusa|nanti|sekarang|hari|tadi|pagi|siang|sore|malam|minggu|tolong|mohon|pak|bu"
        r"|mas|mbak|kak|bang|jangan|please|pls)\b){name}\s*,?\s+(?:tolong|tlg|mohon)\s+",
    ),
    commands=COMMANDS,
    counted=COUNTED,
    verbs=words(_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"^(?:(?:tolong|bisa|bisa\s+tolong|please)\s+)?(?:ingetin|ingatin|ingatkan"
            r"|ingetan|inget\s+ya|pengingat|setel\s+pengingat|pasang\s+pengingat)\b",
            r"^(?:tiap|setiap|saban)\s+\S+",
            r"\b(?:ingetin|ingatin|ingatkan)\s+(?:aku|saya|gue|gw|kita|ya)\b",
            rf"^{_WEEKDAY}(?:\s*(?:-|–|s/d|s\.d\.)\s*|\s+(?:sampai|sampe|hingga|ke)\s+){_WEEKDAY}\b",
            rf"^{_WEEKDAY}\s+terakhir\s+(?:tiap|setiap)\s+bulan\b",
            r"^(?!.*\b(?:ringkasan|rangkuman|rekap\s+harian)\b)(?:.*\s)?(?:tiap|setiap)"
            r"\s+(?:hari|pagi|siang|sore|malam|minggu|bulan|tahun|tanggal|tgl|\d+\s+"
            r"(?:hari|minggu|bulan|jam))\b",
            rf"^(?!.*\b(?:ringkasan|rangkuman)\b)(?:.*\s)?(?:tiap|setiap)\s+{_WEEKDAY}\b",
        ),
        "query": (
            r"^(?:daftar|list)\s+(?:tugas|kerjaan|to-?do|agenda|jadwal)(?:ku|\s+aku|\s+saya)?"
            r"[\s?!.]*$",
            r"\bada\s+(?:tugas\s+|kerjaan\s+|acara\s+|jadwal\s+|agenda\s+)?apa(?:\s+(?:aja|saja"
            r"|lagi|ya))?[\s?!.]*$",
            r"^(?:\S+\s+){0,3}ada\s+(?:tugas|kerjaan|acara|jadwal|agenda|rapat)\s+apa\b",
            r"^apa\s+(?:aja|saja)\s+(?:tugas|kerjaan|jadwal|agenda|acara)",
            # "ada yang telat?", "ada tugas aku yang telat gak?", "ada kerjaanku yg belum?"
            r"^ada\s+(?:(?:tugas|kerjaan)(?:ku|\s+aku|\s+saya|\s+gue|\s+gw)?\s+)?(?:yang|yg)\s+"
            r"(?:telat|terlambat|lewat|belum|pending|overdue)\b",
            r"^(?:jadwal|agenda|tugas|kerjaan)(?:ku|nya|\s+aku|\s+saya)?\b.*\b(?:gimana|bagaimana"
            r"|apa(?:\s+(?:aja|saja))?)[\s?!.]*$",
            r"\b(?:belum\s+(?:selesai|beres|kelar)|telat|terlambat)\s+apa(?:\s+(?:aja|saja))?\b",
            r"\b(?:punya|ada)\s+(?:tugas|kerjaan|jadwal)\s+apa\b",
            r"^(?:tugas|kerjaan)(?:ku|nya|\s+aku|\s+saya)?\s+yang\s+(?:belum|telat|terlambat|pending"
            r"|lewat|overdue)\b",
            r"^yang\s+(?:overdue|telat|terlambat|pending|lewat\s+deadline|belum\s+\w+)\s+apa\b",
            r"^ada\s+apa\s+(?:aja|saja)\b",
            r"\b(?:ngapain|ngerjain\s+apa|kerjain\s+apa)(?:\s+(?:aja|saja))?[\s?!.]*$",
            r"^apa\s+(?:aja|saja|yang)\b.*\b(?:telat|lewat|terlambat|belum|pending|overdue"
            r"|deadline|tenggat|harus|tugas)\b",
            r"^(?:yang\s+)?(?:telat|terlambat|lewat\s+deadline|belum\s+(?:selesai|beres|kelar))"
            r"\s+apa(?:\s+(?:aja|saja))?\b",
            r"^tugas(?:ku|nya|\s+aku|\s+saya)?\b.*\bapa(?:\s+(?:aja|saja))?[\s?!.]*$",
            r"^(?:tugas|jadwal|agenda|kerjaan)(?:ku|\s+aku|\s+saya|\s+hari\s+ini|\s+besok"
            r"|\s+minggu\s+ini)[\s?!.]*$",
            r"^(?:lihat|liat|tampilkan|tampilin|tunjukin|tunjukkan|cek)\s+(?:semua\s+)?"
            r"(?:tugas|jadwal|agenda|daftar|kerjaan)\b",
            r"^(?:hari\s+ini|besok|bsk|lusa|minggu\s+(?:ini|depan)|nanti)\s+(?:aku|saya|gue|gw)?"
            r"\s*(?:harus\s+)?(?:ngapain|ngerjain\s+apa)\b",
        ),
        "done": (
            r"^(?:(?:sip|oke|ok|siap|nah|yes)\s+)?(?:udah|udh|sudah|sdh|dah|udeh)(?:\s+(?:aku|saya|gue|gw))?\s*(?:beres|selesai"
            r"|kelar|kok|dong|ya|yaa|aman|done|beres\s+semua|ku\w+|di\w+)?(?:\s+(?:bos|kak|gan|pak|bu|mas"
            r"|mbak|ya|yaa|kok|dong))*[\s!.✅👍]*$",
            r"^(?:udah|udh|sudah|sdh|dah)\s+(?:aku|saya|gue|gw|ku)\s+\w+",
            r"^(?:aku|saya|gue|gw)\s+(?:udah|udh|sudah|sdh)\s+(?!(?:di|ke|sampai|sampe|otw|mau|siap"
            r"|tau|tahu|bilang|harus|bisa|pernah|lama)\b)\w+",
            r"\b(?:udah|udh|sudah|sdh|dah)\s+(?:beres|selesai|kelar|dikirim|dibayar|diurus"
            r"|dikerjain|dikerjakan|dibeli|ditelpon|dicek|ku(?:kirim|bayar|telpon|telepon|beli"
            r"|ambil|kerjain|cek|urus|beresin|selesaiin|email|submit|transfer|isi|balas|bales))\b",
            r"^(?:beres|selesai|kelar|rampung|done)(?:\s+(?:ya|kok|semua|bos))?[\s!.✅👍]*$",
        ),
        "help": (
            r"^(?:bantuan|tolong\s+bantu|bantu(?:in)?\s+(?:aku|saya|dong))[\s?!.]*$",
            r"\bcara\s+(?:pakai|pake|make|menggunakan)(?:nya)?\b",
            r"^(?:gimana|bagaimana)\s+(?:cara\s+)?(?:pakai|pake|make|menggunakan)(?:nya)?\b",
            r"^(?:kamu|bot\s+ini|ini)\s+bisa\s+(?:apa|ngapain)(?:\s+(?:aja|saja))?\b",
            r"^bisa\s+(?:apa|ngapain)\s+(?:aja|saja)\b",
            r"^apa\s+(?:aja|saja)\s+yang\s+(?:bisa\s+(?:kamu|km)|(?:kamu|km)\s+bisa)\s+"
            r"(?:lakuin|lakukan|kerjain|bantu)\b",
            r"\bcara\s+(?:bikin|buat|pasang|setel|hapus|atur|nambah|tambah)\s+(?:pengingat"
            r"|reminder|tugas)\b",
        ),
        "settings": (
            r"^(?:zona\s+waktu|bahasa|pengaturan|setelan)",
            r"^(?:ganti|ubah|atur|set|setel|pakai|pake)\s+(?:ke\s+)?(?:zona\s+waktu|timezone"
            r"|time\s*zone|bahasa"
            r"|ringkasan|rangkuman|pengaturan)\b",
            r"^(?:tolong\s+)?(?:kirim|kirimin|kirimkan)\s+(?:aku\s+|saya\s+)?(?:ringkasan"
            r"|rangkuman)\b",
            r"^(?:ringkasan|rangkuman)\s+(?:harian|mingguan|tiap|setiap)\b",
        ),
        "chitchat": (
            r"^(?:(?:selamat|met|slamat)\s+(?:pagi|siang|sore|malam|tidur|istirahat)"
            r"|(?:pagi|siang|sore|malam)\s+(?:semua|semuanya|all|guys|gan|bos|kak)"
            r"|makasih|terima\s+kasih|trims|apa\s+kabar|halo|hai|otw|oke\s+siap|siap|sip"
            r"|mantap|wkwk\w*|hahaha\w*)\b",
        ),
    },
    name_modals=(
        r"bisa\s+tolong",
        r"tolong",
        r"tlg",
        r"bisa(?:\s+(?:gak|nggak|ga|ngga|enggak))?",
        r"jangan\s+lupa",
        r"jgn\s+lupa",
        r"harus",
        r"mohon",
    ),
    request_markers=(r"tolong", r"tlg", r"mohon", r"bisa\s+tolong", r"minta\s+tolong", r"bisa"),
    own_needs=("aku harus", "harus", "aku perlu", "perlu", "mesti", "aku mesti"),
    assign_after=(r"(?:itu|ini)\s+(?:tugas(?:nya)?|bagian(?:nya)?|urusan)\s+",),
    deadline_leads=(
        "sebelum",
        "sampai",
        "sampe",
        "paling lambat",
        "maksimal",
        "maks",
        "batas",
        "deadline",
    ),
    date_leads=(
        "sebelum",
        "sampai",
        "sampe",
        "paling lambat",
        "maksimal",
        "maks",
        "batas",
        "buat",
        "untuk",
        "utk",
        "pada",
        "hari",
        "pada hari",
        "di hari",
        "mulai",
    ),
    lead_fillers=(
        # "und luftballons kaufen": the word that joins it to the task before.
        "dan",
        "terus",
        "trus",
        # "tolong catat ya, bayar ...": asking for a note is no task of its own.
        "tolong catat ya",
        "tolong catet ya",
        "tolong dicatat ya",
        "tolong dicatat",
        "tolong dicatet",
        "catat ya",
        "catet ya",
        "dicatat ya",
        "tolong catat:",
        "catat:",
        "jangan lupa untuk",
        "jangan lupa",
        "jgn lupa",
        "jangan sampai lupa",
        "jangan lupa ingetin aku",
        "ingetin aku buat",
        "ingetin aku untuk",
        "ingetin aku",
        "ingetin gw",
        "ingetin gue",
        "tolong ingetin aku buat",
        "tolong ingetin aku untuk",
        "bisa ingetin aku",
        "tolong ingetin aku",
        "pengingat",
        "ingetin saya",
        "ingetin",
        "ingatkan aku untuk",
        "ingatkan aku",
        "ingatkan saya untuk",
        "ingatkan saya",
        "ingatkan",
        "minta tolong",
        "tolong",
        "tlg",
        "mohon segera",
        "mohon",
        "segera",
        "kapan2 aja",
        "kapan-kapan aja",
        "kapan-kapan",
        "kapan2",
        "penting",
        "pak",
        "bu",
        "mas",
        "mbak",
        "prioritas tinggi",
        "aku harus",
        "saya harus",
        "harus",
        "tlg catet ya",
        "aku hrs",
        "aku mesti",
        "hrs",
    ),
    trail_fillers=(
        "ya",
        "yaa",
        "ya tolong",
        "dong",
        "deh",
        "ya makasih",
        "makasih",
        "tolong",
        "tolong ingetin",
        "tolong diingetin",
        "ingetin ya",
        "ingetin",
        "jangan lupa",
        "jgn lupa",
        "tolong catet ya",
        "catet ya",
        "tolong ya",
    ),
    priority={
        "urgent": "urgent",
        "mendesak": "urgent",
        "segera": "urgent",
        "asap": "urgent",
        "penting": "high",
        "prioritas tinggi": "high",
        "gak buru2": "low",
        "ga buru-buru": "low",
        "tidak mendesak": "low",
        "santai aja": "low",
        "kapan2 aja": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "lg": "lagi",
        "lgi": "lagi",
        "tlg": "tolong",
        "tolongin": "tolong",
        "hrs": "harus",
        "yg": "yang",
        "sdh": "sudah",
        "udh": "udah",
        "blm": "belum",
        "bsk": "besok",
        "skrg": "sekarang",
        "jgn": "jangan",
        "dgn": "dengan",
        "utk": "untuk",
        "krn": "karena",
        "tdk": "tidak",
        "gk": "gak",
        "jd": "jadi",
        "dr": "dari",
        "sm": "sama",
        "dl": "dulu",
        "mnt": "menit",
        "jm": "jam",
        "bs": "bisa",
        "org": "orang",
        "kl": "kalau",
        "klo": "kalau",
    },
)
