"""Russian as many Russians type it in Latin letters on phones ("zavtra v 11 pozvonit").

Words here are the informal spellings people use; the letter table turns them into Cyrillic.
"""

from __future__ import annotations

# Words only Russian spells so: one of them (and enough Russian around it) marks the message.
_STRONG_TEXT = """
    zavtra zavtro poslezavtra segodnya sevodnya sehodnya vchera napomni napomnite napominai
    napominay napomnit napomnish pozvoni pozvonit pozvonite pozvonyu pozvonil pozvonila
    gotovo gotova sdelal sdelala sdelano sdelat sdelayu nado nuzhno mne menya menia mnoy
    chto shto chego kogda gde pochemu kakie kakoy kakaya skolko seychas sejchas sechas potom
    uzhe eshche eshe yeshche esche ischo poka spasibo pozhaluysta pozhalujsta pzhl
    khorosho horosho xorosho ladno davay davai otmeni otmenit udali udalit perenesi perenesti
    ponedelnik ponedelnika vtornik vtornika sreda sredu sredy chetverg chetverga pyatnitsa
    pyatnitsu pyatnitsy pyatnicu subbota subbotu subboty voskresenye voskresene voskresenie
    utrom vecherom dnem dnyom nochyu nedelyu nedeli nedelya mesyats mesyatsa chasa chasov minut
    kupit kupi otpravit otprav otpravil oplatit oplati oplatil zaplatit vstrecha vstrechu
    vstretitsya sobranie zadacha zadachi zadachu spisok otchet otchyot schet schyot
    postavshchiku postavshchik klientu nachalnik nachalniku kollega kollege
    moy moya moyi tvoi tvoy nashi nash vse vsyo vsego sdelay pomogi zakonchil zakonchila
    zakonchit zabyl zabyla skazhi pokazhi napishi posmotri proverit prover budet
    mozhno mozhesh mozhesh' khochu hochu xochu nichego privet poluchilos zakryt zakroi
    tolko tol'ko postav postav' postavit postavte sdvin sdvin' peredvin peredvin' izmeni
    pomenyay pomenyai nazovi pereimenuy utra vechera nochi obeda
    """
# Short words Russian writes everywhere that other languages write too ("na", "ya", "do"):
# they count beside a strong word, never alone.
_WEAK_TEXT = """
    v vo na u s so k ko i a no ne ni po do za iz ot ya ty my vy on ona oni ego ee eyo ikh
    eto etot eta to tak kak uzhe est nu da net vot tut tam chas minut den dnya dlya pro
    gotov gotovy
    """
STRONG: frozenset[str] = frozenset(_STRONG_TEXT.split())
WEAK: frozenset[str] = frozenset(_WEAK_TEXT.split())
# Letter groups English and the other Latin-script languages here rarely write: such a word
# counts as a Russian one beside a strong word ("novyy otchet dlya klienta").
LOOKS_RUSSIAN = r"shch|zh|kh|yy|iy\b|ovat|yu\b|ogo\b|ego\b|sya\b|tsa\b|tsu\b"

# Whole words whose Latin spelling the letter table would get wrong.
WORDS: dict[str, str] = {
    "schet": "счет", "schyot": "счет", "schetu": "счету", "scheta": "счета",
    "eshche": "еще", "eshe": "еще", "yeshche": "еще", "esche": "еще", "ischo": "еще",
    "seychas": "сейчас", "sejchas": "сейчас", "sechas": "сейчас", "pzhl": "пожалуйста",
    "plz": "пожалуйста", "pliz": "пожалуйста", "vsyo": "все", "ee": "ее", "eyo": "ее",
    "den": "день", "dnem": "днем", "dnyom": "днем", "nochyu": "ночью",
    "ponedelnik": "понедельник", "ponedelnika": "понедельника", "ponedelnikam": "понедельникам",
    "voskresene": "воскресенье", "voskresenie": "воскресенье", "mesyats": "месяц",
    "mesyatsa": "месяца", "sobranie": "собрание", "otchyot": "отчет", "nachalnik": "начальник",
    "nachalniku": "начальнику", "poluchilos": "получилось", "ikh": "их", "shto": "что",
    "sevodnya": "сегодня", "sehodnya": "сегодня", "zavtro": "завтра", "menia": "меня",
    "moyi": "мои", "mozhesh": "можешь", "hochu": "хочу", "xochu": "хочу", "zakroi": "закрой",
    "napominai": "напоминай", "davai": "давай", "moi": "мои", "tvoi": "твои",
    "pyatnicu": "пятницу", "den'": "день", "tolko": "только", "tol'ko": "только",
    "postav": "поставь", "postav'": "поставь", "sdvin": "сдвинь", "sdvin'": "сдвинь",
    "peredvin": "передвинь", "peredvin'": "передвинь", "pomenyay": "поменяй", "pomenyai": "поменяй",
}  # fmt: skip

# Letter groups, longest first; "y" and "e" depend on the letter before them (see the reader).
LETTERS: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "щ"), ("tsya", "ться"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"),
    ("sh", "ш"), ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "е"), ("ja", "я"), ("ju", "ю"),
    ("jo", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"),
    ("z", "з"), ("i", "и"), ("j", "й"), ("k", "к"), ("q", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("h", "х"), ("x", "х"), ("c", "ц"), ("'", "ь"),
)  # fmt: skip
VOWELS = frozenset("аеиоуыэюяё")
# Verbs people type without the soft sign: "oplatit" is "оплатить", "sdelat" "сделать".
INFINITIVE_ENDS: tuple[str, ...] = ("ат", "ят", "ит")
INFINITIVE_MIN = 5
