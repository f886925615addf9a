"""Done and not-now said to a reminder that went off, in every language the bot speaks.

"c fait merci", "tirei, valeu!", "ले ली", "خلاص حجزت المطعم" say it is done; "nog niet, straks",
"ahorita no, en una hora", "позже" put it off. Each language's words sit in a dict by code; a
message is read against all of them, since a short reply rarely tells its language.
"""

from __future__ import annotations

import re

# Letters of any script, so a word edge holds in Devanagari and Arabic too; their own
# punctuation ("،", "؟", "।") ends a word.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"
_START = rf"(?<![{_L}])"
_END = rf"(?![{_L}])"

DONE: dict[str, list[str]] = {
    "fr": [
        r"c\s*fait",
        r"c'?est\s+fait",
        r"cest\s+fait",
        r"fait",
        r"fini",
        r"terminé",
        r"réglé",
        # "c bon jai eu la compta au tel": reached them, so done, whatever the phone words say
        r"c'?\s*(?:est\s+)?bon",
        r"cest\s+bon",
        r"j'?ai\s+(?:bien\s+|enfin\s+|déjà\s+)?(?:eu\s+(?:le|la|les|l'|l’)|pu)",
        # "le linge est sorti", "les factures sont parties": the thing said done, not "c'est joli"
        r"(?<!c')(?<!c’)(?<!ce\s)(?<!ça\s)(?<!ca\s)(?:est|sont)\s+(?:bien\s+|déjà\s+)?"
        r"(?!(?:ferm|occup|bloqu|fatigu|désol|press|débord|coinc|enrhum|absent|retard)\w*)"
        r"\w{3,}(?:é|ée|és|ées|ti|tie|tis|ties)",
        # "déjà envoyée tout à l'heure", "je l'ai déjà payée": done before the reminder came
        r"déjà\s+(?!(?:ferm|occup|pass)\w*)\w{3,}(?:é|ée|és|ées|is|ise|it|ite)",
    ],
    "nl": [
        r"gedaan",
        r"klaar",
        r"gelukt",
        r"geregeld",
        r"betaald",
        r"is\s+gebeurd",
        r"gesproken",
        r"bereikt",
        # "de offerte is ook de deur uit", "weekomzet is al verstuurd": a thing sent is out
        r"(?:is|zijn)\s+(?:ook\s+|al\s+|nu\s+|net\s+|inmiddels\s+)*(?:de\s+deur\s+)?uit",
        r"(?:is|zijn)\s+(?:ook\s+|al\s+|nu\s+|net\s+|inmiddels\s+)*(?:verstuurd|verzonden)",
    ],
    "de": [
        r"erledigt",
        r"gemacht",
        r"fertig",
        r"geschafft",
        r"bezahlt",
        r"ist\s+durch",
        r"erl\.",
        r"erreicht",
        r"telefoniert",
        # "wochenübersicht ist raus ans team": a thing sent is out
        r"(?:ist|sind)\s+(?:jetzt\s+|schon\s+|grad\s+|gerade\s+)?(?:raus|verschickt|rausgegangen)",
    ],
    "es": [
        r"hecho",
        r"listo",
        r"lista",
        r"ya\s+está",
        r"ya\s+quedó",
        r"ya\s+lo\s+hice",
        r"terminé",
        r"ya\s+(?:sali[oó]|salieron|se\s+envi[oó])",
    ],
    "pt": [
        r"feito",
        r"já\s+fiz",
        r"ja\s+fiz",
        r"fiz",
        r"resolvido",
        r"concluído",
        r"já\s+era",
        r"consegui",
        # "os vouchers já foram pro cliente", "o orçamento saiu": a thing sent is out
        r"(?:já|ja)\s+(?:foi|foram)\s+(?:pro|pra|pros|pras|para)",
        r"(?:já|ja)\s+(?:saiu|sa[ií]ram)",
    ],
    "it": [r"fatto", r"fatta", r"finito", r"sistemato", r"(?:l'|l’)ho\s+\w+"],
    "id": [r"sudah", r"udah", r"udh", r"sdh", r"dah", r"beres", r"selesai", r"kelar", r"terkirim"],
    "ru": [
        r"готово",
        r"сделал[аои]?",
        r"сделано",
        r"выполнил[аи]?",
        r"всё\s+сделал[аи]?",
        r"ушло",
        r"отправлен[оаы]?",
    ],
    "tr": [
        r"tamamdır",
        r"tamamdir",
        r"bitti",
        r"bitirdim",
        r"tamamlandı",
        r"oldu\s+bu",
        r"gönderildi",
    ],
    "hi": [
        r"(?:ले|कर|दे|भेज|हो)\s+(?:ली|लिया|दी|दिया|गया|गई|गयी)",
        r"ख़त्म",
        r"खत्म",
        r"पूरा\s+हो\s+गया",
    ],
    "hi_Latn": [
        r"ho\s+(?:gaya|gayi|gya|gyi|gai)",
        r"(?:kar|le|de|bhej|bhar|rakh|laga|dal|daal|nikal|kha|pi|utha|de)\s+"
        r"(?:diya|di|liya|li|dia|lia|aaya|aayi|aai|aya|ayi|aaye|chuka|chuki|chuke)",
        r"khatam",
        r"khatm",
    ],
    "ar": [r"خلاص", r"تم", r"خلصت", r"خلصته", r"خلصتها", r"عملته", r"عملتها", r"انتهيت"],
}
# First-person past verbs, by their endings: "pagué", "tirei", "yaptım", "позвонил", "حجزت".
_PAST_ENDINGS = [
    r"\w{2,}[éí]",  # es/fr: pagué, llamé, payé, envoyé
    r"\w{3,}ei",  # pt: tirei, paguei, levei
    r"\w{2,}(?:d|t)(?:ı|i|u|ü)m",  # tr: yaptım, aldım, ödedim
    # de/nl: gekauft, gebeld, gestuurd, and with a prefix: opgehaald, abgeholt, weggebracht
    r"(?:op|af|uit|aan|mee|terug|weg|door|ab|an|auf|aus|ein|mit|zur[üu]ck)?ge\w{3,}[dt]",
    r"ho\s+\w{2,}(?:at|it|ut)[oaie]",  # it: ho pagato, ho chiamato
    r"[а-яё]{2,}(?:ал|ала|ил|ила|ел|ела|ял|яла)",  # ru: купил, позвонила, сдала
    r"(?:حجزت|دفعت|عملت|اتصلت|كلمت|اشتريت|جبت|بعت|رحت|خلصت|سويت|رديت)",  # ar
]
_NOT_PAST = frozenset(
    ["café", "désolé", "bébé", "santé", "côté", "marché", "thé", "dabei", "polizei", "partei",
     "gesicht", "gewicht", "gedicht", "gehalt", "gebiet", "geburt", "gezond", "geduld", "gerät",
     "victim", "maxim", "aquí", "allí", "ahí", "así", "sí", "però", "perché", "più", "così"]
)  # fmt: skip

NOT_YET: dict[str, list[str]] = {
    "en": [r"not\s+yet", r"not\s+now", r"haven'?t", r"didn'?t", r"not\s+done", r"no", r"not"],
    "fr": [r"pas", r"non", r"pas\s+encore", r"pas\s+maintenant", r"pas\s+fait"],
    "nl": [
        r"nee",
        r"niet",
        r"nog\s+niet",
        r"niet\s+nu",
        r"niet\s+gedaan",
        r"moet\s+nog",
        r"worden",
    ],
    "de": [
        r"nein",
        r"nicht",
        r"noch\s+nicht",
        r"nicht\s+jetzt",
        r"nicht\s+erledigt",
        r"nicht\s+gemacht",
        r"muss\s+noch",
        r"werden",
    ],
    "es": [r"todav[ií]a\s+no", r"a[uú]n\s+no", r"ahorita\s+no", r"ahora\s+no", r"no\s+lo\s+hice"],
    "pt": [r"n[aã]o", r"ainda\s+n[aã]o", r"agora\s+n[aã]o", r"n[aã]o\s+fiz"],
    "it": [r"non", r"non\s+ancora", r"ancora\s+no", r"non\s+ora", r"non\s+adesso", r"adesso\s+no"],
    "id": [r"belum", r"blm", r"blom", r"gak", r"nggak", r"ngga", r"tidak", r"ga"],
    "ru": [r"не", r"нет", r"ещё", r"еще", r"пока\s+нет"],
    "tr": [r"henüz", r"değil", r"olmaz", r"\w+m[ae]d[ıi]m"],
    "hi": [r"नहीं", r"नही", r"अभी\s+नहीं"],
    "hi_Latn": [r"nahi", r"nahin", r"nhi", r"abhi\s+nahi"],
    "ar": [r"لسه", r"لسا", r"مش", r"ما\s+\w+ت", r"ليس", r"لم"],
}
LATER: dict[str, list[str]] = {
    "fr": [
        r"plus\s+tard",
        r"pas\s+maintenant",
        r"pas\s+encore",
        # "envoyée tout à l'heure" is earlier, not later
        r"(?<!é\s)(?<!ée\s)(?<!és\s)(?<!fait\s)tout\s+à\s+l'heure",
        r"tantôt",
        r"pas\s+avant",
        r"seulement\s+demain",
    ],
    "nl": [
        r"straks",
        r"later",
        r"nog\s+niet",
        r"niet\s+nu",
        r"zo\s*meteen",
        r"dadelijk",
        r"pas\s+morgen",
    ],
    "de": [r"später", r"nicht\s+jetzt", r"noch\s+nicht", r"nachher", r"gleich", r"erst\s+morgen"],
    "es": [
        r"ahorita\s+no",
        r"ahora\s+no",
        r"m[aá]s\s+tarde",
        r"luego",
        r"despu[eé]s",
        r"al\s+rato",
        r"al\s+ratito",
        r"(?:en|dentro\s+de)\s+un\s+rat(?:o|ito)",
        r"hasta\s+mañana\s+no",
    ],
    "pt": [
        r"agora\s+n[aã]o",
        r"mais\s+tarde",
        r"depois",
        r"daqui\s+a\s+pou(?:co|quinho)",
        r"j[áa]\s+j[áa]",
        r"mais\s+pr(?:a|o)\s+frente",
        r"ainda\s+n[aã]o",
        r"s[óo]\s+amanh[ãa]",
    ],
    "it": [
        r"pi[uù]\s+tardi",
        r"dopo",
        r"non\s+ora",
        r"non\s+adesso",
        r"adesso\s+no",
        r"(?:tra|fra)\s+(?:poco|pochino|un\s+po['’]?)",
        r"solo\s+domani",
    ],
    "id": [
        r"nanti",
        r"ntar",
        r"entar",
        r"bentar",
        r"sebentar\s+lagi",
        r"belum",
        r"b(?:e)?s(?:o)?k\s+aja",
    ],
    "ru": [
        r"позже",
        r"попозже",
        r"потом",
        r"не\s+сейчас",
        r"пока\s+нет",
        r"ещё\s+нет",
        r"еще\s+нет",
        r"только\s+завтра",
    ],
    "tr": [r"sonra", r"daha\s+sonra", r"şimdi\s+değil", r"şimdi\s+olmaz", r"birazdan", r"ertele"],
    "hi": [r"अभी\s+नहीं", r"बाद\s+में", r"बाद\s+मे", r"थोड़ी\s+देर", r"कुछ\s+देर", r"कल\s+ही"],
    "hi_Latn": [
        r"abhi\s+nahi",
        r"abhi\s+nahin",
        r"baad\s+mein",
        r"baad\s+me",
        r"thodi\s+der",
        r"kal\s+hi",
    ],
    "ar": [
        r"بعدين",
        r"(?:بعد|كمان)\s+شوي(?:ة|ه|ا)?",
        r"مش\s+دلوقتي",
        r"مش\s+الحين",
        r"مو\s+الحين",
        r"ليس\s+الآن",
        r"لاحقا",
        r"لاحقاً",
    ],
}


# "je suis au tel", "abhi busy hu", "щас занят": busy right now, so later, without a time said.
BUSY: dict[str, list[str]] = {
    "en": [
        r"(?:i'?m\s+|im\s+)?busy",
        r"(?:i'?m\s+|im\s+)?(?:on\s+(?:a|the)\s+(?:call|phone)|in\s+a\s+(?:meeting|call))",
        r"(?:i'?m\s+|im\s+)?(?:driving|swamped|tied\s+up)",
        r"can'?t\s+(?:right\s+)?now",
        r"cant\s+(?:right\s+)?now",
        r"(?:i'?m\s+|im\s+)?still\s+(?:at|in|on)\s+(?:the\s+|my\s+)?(?:office|work|road|train|bus|gym|shop)",
        r"(?:i'?m\s+|im\s+)?(?:out\s+and\s+about|on\s+the\s+road|stuck\s+in\s+traffic)",
    ],
    "fr": [
        r"(?:je\s+suis\s+|suis\s+|j'?suis\s+)?(?:au\s+tel|au\s+t[ée]l[ée]phone|en\s+r[ée]union|en\s+rdv)",
        r"(?:je\s+suis\s+|suis\s+)?(?:occup[ée]e?|d[ée]bord[ée]e?|pas\s+dispo)",
        r"(?:je\s+)?(?:peux|peut)\s+pas(?:\s+l[àa])?",
        r"je\s+conduis",
        r"(?:je\s+suis\s+|suis\s+)?(?:sur\s+la\s+route|en\s+route|dans\s+le\s+train|en\s+voiture)",
    ],
    "de": [
        r"gra?d(?:e)?\s+(?:schlecht|ungünstig|blöd)",
        r"passt\s+(?:gra?d(?:e)?\s+)?(?:nicht|net)",
        r"(?:bin\s+)?(?:beschäftigt|im\s+meeting|in\s+(?:einem|nem)\s+meeting|am\s+telefon)",
        r"keine\s+zeit",
        r"kann\s+(?:gra?d(?:e)?|jetzt)\s+nicht",
        r"(?:bin\s+)?(?:noch\s+)?unterwegs",
        r"(?:sitz(?:e)?\s+)?im\s+(?:auto|zug|bus)",
    ],
    "nl": [
        r"(?:ik\s+)?ben\s+(?:nog\s+)?bezig",
        r"(?:ik\s+)?ben\s+druk",
        r"(?:in\s+(?:een\s+)?(?:meeting|vergadering)|aan\s+de\s+telefoon)",
        r"kan\s+(?:nu\s+)?(?:(?:even|echt|eventjes)\s+)?niet",
        r"geen\s+tijd",
        r"(?:ik\s+)?(?:ben\s+)?(?:nog\s+)?onderweg",
    ],
    "es": [
        r"(?:estoy\s+|ando\s+)?ocupad[oa]",
        r"(?:estoy\s+)?(?:en\s+(?:una\s+)?(?:junta|reuni[oó]n|llamada)|manejando)",
        r"no\s+puedo",
        r"(?:estoy\s+)?(?:en\s+la\s+calle|en\s+camino|en\s+el\s+coche)",
    ],
    "pt": [
        r"(?:to|tô|estou)\s+(?:no|na|em)\s+\w+",
        r"(?:to|tô|estou\s+)?ocupad[oa]",
        r"(?:agora\s+)?n(?:[aã]o)?\s+d[aá]",
        r"n[aã]o\s+posso",
        r"sem\s+tempo",
    ],
    "it": [
        r"(?:sono\s+)?(?:impegnat[oa]|occupat[oa]|in\s+riunione|al\s+telefono)",
        r"non\s+posso",
        r"sto\s+guidando",
        r"(?:sono\s+)?(?:fuori|in\s+giro|in\s+macchina|in\s+treno)",
    ],
    "id": [
        r"(?:lagi|lg|lgi|masih|msh)\s+(?:repot|sibuk|rapat|meeting|nyetir|di\s+jalan)",
        r"sibuk",
        r"repot",
        r"(?:ga|gak|nggak|ngga|belum|blm)\s+bisa",
        r"(?:masih|msh|lagi|lg)\s+(?:di\s+)?(?:luar|kantor|jalan)",
    ],
    "ru": [
        r"(?:щас|сейчас|пока)\s+занят[аоы]?",
        r"занят[аоы]?",
        r"на\s+(?:совещании|встрече|созвоне|звонке)",
        r"за\s+рул[её]м",
        r"не\s+могу",
        r"некогда",
        r"в\s+дороге",
    ],
    "tr": [
        r"müsait\s+değilim",
        r"meşgul(?:üm)?",
        r"toplantıda(?:yım)?",
        r"yoğunum",
        r"telefonday(?:ım)?",
        r"işim\s+var",
        r"yoldayım",
        r"dışarıdayım",
    ],
    "hi": [
        r"(?:अभी\s+)?(?:बिज़ी|बिजी|व्यस्त)(?:\s+हूँ|\s+हूं|\s+हु)?",
        r"(?:मीटिंग|फ़ोन|फोन|कॉल)\s+(?:में|पर|पे)",
        r"टाइम\s+नहीं",
        r"रास्ते\s+में",
    ],
    "hi_Latn": [
        r"(?:abhi\s+)?busy(?:\s+(?:hu|hoon|hun|hu+n))?",
        r"(?:meeting|phone|call)\s+(?:mein|me|pe|par)",
        r"time\s+nahi",
        r"(?:raaste|raste)\s+(?:mein|me|mai)",
    ],
    "ar": [
        r"مشغول(?:ة)?",
        r"في\s+اجتماع",
        r"(?:مش|مو)\s+فاضي(?:ة)?",
        r"ما\s+(?:اقدر|أقدر)",
        r"مقدرش",
        r"بسوق",
        r"في\s+الطريق",
    ],
}
# "напомни через час", "me lembra amanhã cedo", "tunda 20 menit": asked to be reminded again,
# or to put it off; with only a time beside it, the reminder that went off is meant.
AGAIN: dict[str, list[str]] = {
    "fr": [
        r"rappel(?:le|lez)?[- ]?(?:moi|le[- ]moi)",
        r"relance[- ]moi",
        r"redis[- ]moi",
        r"fais[- ]moi\s+penser",
        r"report(?:e|er)",
        r"d[ée]cal(?:e|er)",
    ],
    "de": [
        r"erinner(?:e|n)?\s+(?:mich|uns)",
        r"sag\s+(?:mir|mirs)(?:\s+bescheid)?",
        r"verschieb(?:e|s|'s)?",
        r"gib\s+mir",
    ],
    "nl": [
        r"herinner\s+me",
        r"verzet(?:\s+het)?",
        r"stel\s+(?:het\s+)?uit",
        r"geef\s+me",
        r"ping\s+me",
        r"nog\s+(?:een\s+keer|eens|1\s+keer)",
    ],
    "es": [
        r"recu[ée]rd(?:a|e)(?:me|melo|mela|nos)",
        r"av[ií]s(?:a|e)me",
        r"p[oó]sp[oó]n(?:lo|la)?",
        r"dame",
    ],
    "pt": [
        r"me\s+lembr(?:a|e)",
        r"lembr(?:a|e)[- ]me",
        r"me\s+avis(?:a|e)",
        r"adi(?:a|e|ar)",
        r"me\s+d[aá]",
    ],
    "it": [r"ricordam(?:i|elo|ela)", r"rimand(?:a|alo|ala)", r"posticipa", r"dammi"],
    "id": [r"ingetin(?:\s+aku)?", r"ingatkan(?:\s+aku)?", r"tunda(?:in)?", r"undur", r"kasih"],
    "ru": [r"напомни(?:те)?", r"отложи(?:те)?", r"перенеси(?:те)?", r"дай(?:те)?"],
    "tr": [r"hatırlat(?:ır\s+mısın)?", r"ertele", r"söyle"],
    "hi": [r"याद\s+दिला(?:ना|ओ|इए|\s+देना)?", r"बता(?:ना|ओ|\s+देना)", r"टाल\s+दो"],
    "hi_Latn": [
        r"yaad\s+dila(?:na|o|\s+dena)?",
        r"bol(?:na|\s+dena)",
        r"bata(?:na|o|\s+dena)",
        r"taal\s+do",
    ],
    "ar": [r"فكرني", r"فكّرني", r"ذكرني", r"ذكّرني", r"نبهني", r"(?:أ|ا)جل(?:ها|ه)?", r"اديني"],
}
# Words said beside the time in such a clause: "erinner mich in ner stunde nochmal".
AGAIN_FILLER: dict[str, list[str]] = {
    "en": ["me", "again", "please", "pls", "plz", "then", "maybe", "ugh", "hmm", "ok", "okay"],
    "fr": ["moi", "encore", "stp", "svp", "plutôt", "alors", "dans", "jusqu", "au"],
    "de": ["mich", "mir", "nochmal", "noch", "mal", "bitte", "dann", "in", "bis", "auf"],
    "nl": ["me", "nog", "een", "keer", "aub", "even", "dan", "over", "tot", "naar"],
    "es": ["me", "otra", "vez", "porfa", "plis", "por", "favor", "mejor", "en", "hasta", "para"],
    "pt": ["me", "de", "novo", "pfv", "pf", "por", "favor", "pra", "para", "em", "até", "ate"],
    "it": ["mi", "di", "nuovo", "ancora", "per", "favore", "tra", "fra", "fino", "al"],
    "id": ["aku", "lagi", "lg", "aja", "dong", "ya", "deh", "tolong", "nanti", "lah", "sih", "yah"],
    "ru": ["мне", "ещё", "еще", "раз", "снова", "пожалуйста", "плз", "тогда", "через"],
    "tr": ["bana", "tekrar", "bi", "bir", "daha", "lütfen", "sonra", "kadar"],
    "hi": ["मुझे", "फिर", "से", "दोबारा", "प्लीज़", "बाद"],
    "hi_Latn": ["mujhe", "phir", "fir", "se", "dobara", "pls", "please", "yaar", "baad"],
    "ar": ["تاني", "تانى", "مرة", "كمان", "لو", "سمحت", "بعد"],
}


def _union(forms: dict[str, list[str]]) -> re.Pattern[str]:
    every = sorted({f for words in forms.values() for f in words}, key=len, reverse=True)
    return re.compile(rf"{_START}(?:{'|'.join(every)}){_END}", re.I)


_DONE = _union(DONE)
_NOT_YET = _union(NOT_YET)
_LATER = _union(LATER)
_BUSY = _union(BUSY)
_AGAIN = _union(AGAIN)
FILLER = frozenset(w for words in AGAIN_FILLER.values() for w in words)
_PAST = re.compile(rf"{_START}(?:{'|'.join(_PAST_ENDINGS)}){_END}", re.I)
_QUESTION = re.compile(r"[?؟]")
# A clause ends at punctuation in any script: "ah non laisse, c fait" is two.
_CLAUSE = re.compile(r"[,;.!\n،؛।]+|\s[-–—]\s")


def says_later(text: str) -> bool:
    """Whether a reply to a reminder that went off puts it off: "nog niet, straks", "позже"."""
    return _LATER.search(text) is not None and not _QUESTION.search(text)


def says_not_yet(text: str) -> bool:
    """Whether `text` says the thing is not done yet: "belum", "pas encore", "noch nicht"."""
    return _NOT_YET.search(text) is not None


def says_busy(text: str) -> bool:
    """Whether a reply to a reminder that went off says one is busy: "je suis au tel"."""
    return _BUSY.search(text) is not None and not _QUESTION.search(text)


def asks_again(text: str) -> list[tuple[int, int]]:
    """Where `text` asks to be reminded again or to put it off: "напомни", "tunda"."""
    return [m.span() for m in _AGAIN.finditer(text)]


def clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses of `text`, split at punctuation."""
    spans, start = [], 0
    for m in _CLAUSE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def says_done(text: str) -> bool:
    """Whether a reply to a reminder that went off says it is done, in any language.

    A "not yet" counts in its own clause: "ah non laisse, c fait" is done, "pas encore fait" not.
    """
    if _QUESTION.search(text) or says_later(text):
        return False
    for start, end in clauses(text):
        part = text[start:end]
        if _NOT_YET.search(part):
            continue
        if _DONE.search(part):
            return True
        if any(m.group().casefold() not in _NOT_PAST for m in _PAST.finditer(part)):
            return True
    return False
