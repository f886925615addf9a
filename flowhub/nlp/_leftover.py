"""What is left of a task title once the words that only talk to a card are taken out.

"evet bu da tamam" gives the title "Da tamam", "ah peraí, coloca 6 e meia" gives "Coloca" and
"turbot one: remind me 9:30 pls" gives "Turbot one: remind me": each names no new thing once its
agreeing words ("tamam"), change commands ("coloca", "remind"), references ("one", "ей", "onu"),
hesitations, corrections ("peraí", "lieber"), time words and the waiting card's own words are cut.
A real task keeps two words of its own ("Buy milk", "Позвонить маме", "Beli gas"); a single word
with nothing cut ("Dentist") stays a task too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from flowhub.nlp._lexicon import VERBS
from flowhub.nlp._time_lexicon import fold
from flowhub.nlp.detect import detect_language
from flowhub.nlp.lang import CHAT, REGISTRY
from flowhub.nlp.lang._hesitate import COMMANDS, HUM

__all__ = ["Leftover", "leftover"]


# Words that agree: "tamam", "passt", "давай", "yep".
_YES = {
    "en": "ok okay k yes yep yeah yup sure fine good great perfect correct right cool alright",
    "es": "si sí vale ok listo andale sale oki",
    "pt": "sim isso beleza blz pode fechou certo",
    "fr": "oui ouais ok parfait dac",
    "de": "ja jo joa jä jap passt okay gut genau gern gerne gärn klar",
    "it": "si ok va bene perfetto giusto",
    "nl": "ja oke prima top goed klopt",
    "id": "ya iya oke ok sip bener betul siap mantap",
    "hi": "haan han ha theek thik hai sahi chalo dunga karunga हाँ हां ठीक है सही चलो दूँगा दूंगा "
    "करूँगा करूंगा",
    "tr": "evet tamam tamamdir olur super peki hallederim yaparim aynen",
    "ru": "да ок окей давай норм нормально хорошо ладно",
    "ar": "تمام ماشي اوكي نعم ايوه ايوا خلاص كده كدا",
}
# Words that ask to save the card: "onayla", "simpen", "speichern", "подтверди".
_SAVE = {
    "en": "confirm confirmed save keep done",
    "es": "confirma confirmalo confirmo guarda guardalo",
    "pt": "confirma confirmar salva salvar",
    "fr": "valide valider enregistre enregistrer enregistrez confirme garde",
    "de": "speichern speicher speichere bestatigen bestatige",
    "it": "conferma confermo salva salvala",
    "nl": "opslaan bevestig bevestigen",
    "id": "simpan simpen",
    "hi": "save karo done सेव",
    "tr": "onayla onaylar kaydet ekle",
    "ru": "сохраняй сохрани подтверди подтверждаю",
    "ar": "احفظ احفظها اكد",
}
# A message that opens with one of these corrects or refuses: "no", "nee", "yok ya", "नहीं यार".
_NO = {
    "en": "no nope nah not actually wait",
    "es": "no nel espera",
    "pt": "nao não nem pera perai peraí espera",
    "fr": "non nan pas attends",
    "de": "nein ne nee nö no nicht doch",
    "it": "no non aspetta anzi",
    "nl": "nee neen niet wacht",
    "id": "gak nggak enggak ga gk bukan tidak jangan bentar",
    "hi": "nahi nahin na nai नहीं नही मत",
    "tr": "hayir yok degil dur",
    "ru": "нет не неа стоп",
    "ar": "لا مش مو لحظه لحظة استنى استني",
}
# Words that change a card rather than name a task: "coloca", "mets", "поставь", "خليها".
_CHANGE = {
    "en": "put set make change move give assign add mark bump switch remind ping tick send rename",
    "es": "pon ponle ponlo ponla cambia cambiale mueve muevelo pasa pasale dale quita quitale",
    "pt": "coloca coloque poe põe bota muda mude passa adia manda deixa troca",
    "fr": "mets met change deplace file donne assigne passe rappelle envoie valide annule supprime "
    "vire",
    "de": "mach setz setze stell verschieb gib ander leg schick wegwerfen wegwerfe losche verwirf",
    "it": "metti mettila mettilo sposta spostala cambia dai dalla passa fai fallo",
    "nl": "zet doe maak verzet geef verander stuur",
    "id": "ganti pindah pindahin kasih taruh tunda ingetin ingatkan jadiin jadikan kirim hapus",
    "hi": "kar karo kardo kar do rakh rakho daal dalo laga lagao bhej bhejo hata hatao बताना bolna "
    "batana "
    "कर करो दो रखो रख भेज भेजो डाल लगा",
    "tr": "yap koy degistir ver ata hatirlat olsun ertele gonder sil",
    "ru": "поставь сделай перенеси поменяй отдай передай назначь напомни отправь отложи",
    "ar": "خليها خلها خليه حطها حط غيرها غير حولها حول فكرني ذكرني اجلها ابعت ابعتها",
}
# References to the card itself: "it", "that one", "ей", "onu", "esse aí", "उसे".
_REFS = {
    "en": "it that this one them thing card task",
    "es": "lo la eso esa ese esto esta este",
    "pt": "isso esse essa este esta aí ai",
    "fr": "le la ca ça cela celle celui",
    "de": "das es ihn sie ihm dran",
    "it": "lo la quello quella questo questa",
    "nl": "het dat deze er",
    "id": "itu ini yg yang dia nya",
    "hi": "ye yeh woh wo वो ये इसे उसे इसको उसको",
    "tr": "onu bunu sunu bu su o olani olan",
    "ru": "ей его её ее им это эту этот ему",
    "ar": "دي ده دا هذا هذه",
}
# The word for the card itself: "die karte kannst du wegwerfen".
_CARD = "card karte carte kart kartu tarjeta cartao cartão kaart карточка карточку कार्ड بطاقة"
# "Not now, I'm busy": said to a reminder that just went off.
_BUSY = {
    "en": "busy now later phone meeting",
    "es": "ahorita ahora ocupado ocupada",
    "pt": "agora ocupado ocupada caixa",
    "fr": "suis occupe occupee tel",
    "de": "grad gerade schlecht beschaftigt",
    "it": "ora adesso occupato occupata",
    "nl": "nu bezig zo meteen",
    "id": "lagi lg sibuk repot",
    "hi": "abhi busy hu hoon अभी बिज़ी बिजी हूँ हूं फिर",
    "tr": "simdi musait mesgul degilim",
    "ru": "щас сейчас занят занята",
    "ar": "دلوقتي مشغول الحين",
}
# Words that carry nothing here: joins, fillers, politeness, words for time, title and repeat.
_WEAK = {
    "en": "the a an to for of on at in me my pls please plz thanks thx and also then just so "
    "oh ah hmm um time day title repeat about priority prio high low urgent",
    "es": "por para que q con del pero tmb xfa porfa mejor hora dia nombre mmm",
    "pt": "pra para que pq com mas tipo umas uns na vdd hora dia nome é e",
    "fr": "pour que mais alors juste comme merci bon pff en fait plutot plutôt heure jour titre et "
    "au laisse tomber euh",
    "de": "und aber dann halt bitte soll nicht statt lieber eher fruh mal noch kannst erst so um "
    "uhr tag titel wiederholen ahm die der den machen ich isch kein kei keis problem",
    "it": "per che pero però solo grazie meglio ora giorno titolo alle e",
    "nl": "maar ook wel aub ipv dan nog even laat tijd dag titel hoge prio en op aan doen",
    "id": "aja deh dong sih lah trus terus juga jam hari judul eh",
    "hi": "aur bhi bas yaar toh ki ka ke wala wali और भी बस टाइम यार दिन time din",
    "tr": "ya da de bi bir arada saat gun baslik",
    "ru": "и а но ну на в плз пж уже тогда время день название",
    "ar": "و بس بدل يوم الساعة الساعه",
}


@dataclass(frozen=True)
class Leftover:
    """A title read against a waiting card: the words of its own, and what was cut."""

    content: tuple[str, ...]  # words that name something
    about: tuple[str, ...]  # of those, the ones the waiting card's title has too
    strong: int  # agreeing, correcting, change-command, reference or busy words cut
    yes: bool  # a word that agrees or saves
    save: bool  # a word that asks to save ("onayla", "speichern"), not only to agree
    no: bool  # the message opens with a negation or a correction
    busy: bool  # "not now, I'm busy"
    names: tuple[str, ...]  # people named, not right after a negation

    @property
    def new(self) -> tuple[str, ...]:
        """The words that name something the waiting card does not."""
        return tuple(w for w in self.content if w not in self.about)

    @property
    def junk(self) -> bool:
        """Whether the title names no new thing: fewer than two words of its own beside words
        that only talk to a card ("Dentist" or "Comprar pão" with nothing such cut stay tasks)."""
        return len(self.new) < 2 and bool(self.strong or self.no)


_SPLIT = re.compile(r"[\s,.!?;:…'\"“”‘’«»()\[\]/\\|*~_+=<>@#%&^`،؛-]+")


def _tokens(text: str) -> list[str]:
    return [t for t in _SPLIT.split(fold(text)) if t and any(ch.isalnum() for ch in t)]


_CARD_WORDS = frozenset(fold(w) for w in _CARD.split())


@cache
def _words(table: str, code: str) -> frozenset[str]:
    source = {
        "yes": _YES,
        "save": _SAVE,
        "no": _NO,
        "change": _CHANGE,
        "refs": _REFS,
        "busy": _BUSY,
        "weak": _WEAK,
    }[table]
    return frozenset(fold(w) for w in source.get(code, "").split())


@cache
def _lexicon_weak(code: str) -> frozenset[str]:
    """A language's own words that carry nothing in a title: its card fillers, its time words."""
    found: set[str] = set()
    module = COMMANDS.get(code)
    for phrase in getattr(module, "CARD_SOFT", ()):
        found.update(fold(phrase).split())
    chat = CHAT.get(code)
    if chat is not None:
        for phrase in (*chat.trail_fillers, *chat.priority):
            found.update(_tokens(phrase))
    language = REGISTRY.get(code)
    if language is not None:
        for table in (language.weekdays, language.months, language.units, language.numbers):
            found.update(fold(w) for w in table if " " not in w)
        found.update(fold(w) for w in language.words if " " not in w)
    return frozenset(found)


def _codes(text: str, locale: str | None) -> tuple[str, ...]:
    said = detect_language(text, hint=locale)
    codes = ["en"]
    for code in (said, (locale or "").replace("_", "-").split("-")[0].lower()):
        if code and code not in codes and (code in _YES):
            codes.append(code)
    return tuple(codes)


def _has_object(rest: list[str], weak: frozenset[str], stops: frozenset[str]) -> bool:
    """Whether a word that names a thing follows, before any reference or other command."""
    for word in rest:
        if word in stops:
            return False
        if word not in weak and len(word) > 1 and not any(ch.isdigit() for ch in word):
            return True
    return False


def _same(word: str, other: str) -> bool:
    """Whether two words are one word in another form ("steuer" and "steuererklarung")."""
    if word == other:
        return True
    size = min(len(word), len(other))
    return size >= 4 and word[: max(4, size - 2)] == other[: max(4, size - 2)]


def leftover(
    title: str,
    *,
    text: str,
    locale: str | None = None,
    card: str = "",
    names: tuple[str, ...] = (),
) -> Leftover:
    """`title` read against the waiting card's title `card`, in the languages of `text`."""
    codes = _codes(text, locale)

    def table(name: str) -> frozenset[str]:
        return frozenset().union(*(_words(name, code) for code in codes))

    yes, no, change, refs = table("yes"), table("no"), table("change"), table("refs")
    save = table("save")
    busy, weak = table("busy"), table("weak")
    weak = weak | frozenset().union(*(_lexicon_weak(code) for code in codes))
    people = {fold(n) for n in names}
    card_words = [w for w in _tokens(card) if w not in weak and len(w) > 2]
    content: list[str] = []
    about: list[str] = []
    found_names: list[str] = []
    strong = 0
    said_yes = said_save = said_busy = False
    title_words = _tokens(title)
    for i, word in enumerate(title_words):
        if word in people:
            if i == 0 or title_words[i - 1] not in no:
                found_names.append(word)
            continue
        if word in save:
            said_yes = said_save = True
            strong += 1
        elif word in yes:
            said_yes, strong = True, strong + 1
        elif word in change and _has_object(title_words[i + 1 :], weak, refs | change):
            continue  # "send the rent": a verb with a thing of its own, not a change to the card
        elif word in no or word in change or word in refs or word in _CARD_WORDS:
            strong += 1
        elif word in busy:
            said_busy, strong = True, strong + 1
        elif word in weak or len(word) < 2 or any(ch.isdigit() for ch in word):
            continue
        else:
            content.append(word)
            if word not in VERBS and any(_same(word, c) for c in card_words):
                about.append(word)
    opened = _tokens(re.sub(rf"^\W*{HUM}", "", text.strip(), flags=re.I))
    said_no = bool(opened and opened[0] in no) or bool(title_words and title_words[0] in no)
    return Leftover(
        content=tuple(content),
        about=tuple(about),
        strong=strong,
        yes=said_yes,
        save=said_save,
        no=said_no,
        busy=said_busy,
        names=tuple(found_names),
    )
