"""Casual answers to a waiting card in each language: a send, "fine as it is", a throw-away.

"jo schicks raus", "vale, perfecto así", "pode mandar" save the card; "nee die weg, quatsch",
"gajadi, hapus aja", "забей, удаляй" drop it. A title said as "only …" keeps only what follows:
"başlık sadece 'X' olsun", "título solo X", "titel alleen X" name the card X.
"""

from __future__ import annotations

from collections.abc import Mapping

# "only", "just": said before a new title, never part of it.
ONLY = (
    r"(?:sadece|yaln[ıi]zca|sade|nur|blo(?:ß|ss)|s[oó]|somente|apenas|solo|solamente|nom[aá]s"
    r"|juste|seulement|simplement|soltanto|solamente|alleen|gewoon|hanya|cuma|cuman|saja"
    r"|только|просто|bas|sirf|सिर्फ|बस|فقط|بس)"
)

_DE = {
    "confirm": (
        r"(?:(?:jo|ja|ok|okay|gut|passt(?:\s+so)?)[\s,!]+)*(?:schick(?:'?s)?|sende?)\s+(?:(?:es|das|sie|die)\s+)?"
        r"(?:(?:bitte|ruhig|einfach|mal)\s+)*(?:raus|ab|los|weg)",
        r"(?:(?:jo|ja|ok|okay|gut|passt(?:\s+so)?)[\s,!]+)*(?:abschicken|rausschicken|losschicken|raus\s+damit)",
        r"(?:du\s+)?kannst\s+(?:(?:es|das|sie)\s+)?(?:ab|raus|los)?schicken",
        # "ich mein die karte für sam, passt so, abschicken": the card named by its person
        r"(?:ich\s+)?mein(?:e|t)?\s+(?:die|den|das)\s+(?:karte|aufgabe)\s+f[uü]r\s+[^\s,]+[\s,]+"
        r"(?:(?:passt|so|ja|ok|gut)[\s,]+)*(?:abschicken|speichern|best[aä]tigen|raus\s+damit)",
    ),
    "yes": (
        r"(?:ist\s+)?(?:perfekt|super|top|prima)\s+so|so\s+(?:ist\s+(?:es|das)\s+)?(?:gut|perfekt|richtig)",
        # "ja genau so", "jo genau so passt's", "ja, so ist es richtig"
        r"(?:(?:ja+|jo|jap|jup|jep|ok|okay|klar)[\s,!]+)+(?:genau\s+so|exakt\s+so|so\s+(?:ist\s+(?:es|das)\s+)?(?:richtig|korrekt|gut))"
        r"(?:[\s,!]+(?:passt(?:'?s|\s+es|\s+das)?|ist\s+(?:es|das)\s+(?:richtig|gut)|danke))?",
        r"(?:(?:ja+|jo|jap|jup|jep|ok)[\s,!]+)+(?:so\s+passt(?:'?s|\s+es|\s+das)|genau(?:\s+so)?)",
        r"genau\s+so\s+(?:passt(?:'?s|\s+es)?|ist\s+(?:es|das)\s+(?:richtig|gut)|machen\s+wir'?s)",
    ),
    "title: {rest}": (
        r"(?:der\s+)?(?:titel|name)\s+soll\s+(?:nur\s+|einfach\s+)?{rest}\s+(?:sein|hei(?:ß|ss)en|lauten)",
    ),
    "discard": (
        r"(?:lass\s+(?:mal|es|gut\s+sein)[\s,]+)?(?:die|das|den|sie|es)\s+weg(?:[\s,]+(?:quatsch|unsinn|m[uü]ll))?",
        r"(?:lass\s+mal|vergiss\s+es)[\s,]+(?:weg|l[oö]schen|verwerfen)",
    ),
}
_ES = {
    "confirm": (
        r"(?:(?:vale|ok|dale|listo|bueno|perfecto)[\s,!]+)*(?:m[aá]nd(?:a|alo|ala)|env[ií](?:a|alo|ala)"
        r"|p[aá]sal[oa])(?:\s+(?:ya|as[ií]))?",
        r"(?:puedes|ya\s+puedes)\s+(?:mandarlo|mandarla|enviarlo|enviarla|guardarlo|guardarla)",
    ),
    "yes": (
        r"(?:(?:vale|ok|bueno|s[ií])[\s,!]+)*(?:perfecto|genial|bien|estupendo|ideal)\s+as[ií]",
        r"as[ií]\s+(?:est[aá]\s+)?(?:perfecto|genial|ideal|estupendo)|d[eé]jal[oa]\s+as[ií]",
    ),
    "title: {rest}": (rf"(?:el\s+)?(?:t[ií]tulo|nombre)\s+{ONLY}(?:\s*:\s*|\s+){{rest}}",),
    "discard": (r"(?:no+|nah|bah)[\s,]+(?:mejor\s+)?(?:b[oó]rral[oa]|qu[ií]tal[oa]|t[ií]ral[oa])",),
}
_PT = {
    "confirm": (
        r"(?:(?:pode|podes|ja\s+pode)\s+)(?:mandar|enviar|salvar|confirmar)(?:\s+(?:a[ií]|j[aá]))?",
        r"(?:(?:beleza|blz|ok|isso|fechou|show)[\s,!]+)*(?:manda|envia)(?:\s+(?:a[ií]|j[aá]|ver))?",
    ),
    "yes": (
        r"(?:(?:t[aá]|est[aá]|fica)\s+)?(?:perfeito|[oó]timo|bom|certo|beleza)\s+assim",
        r"(?:deixa|pode\s+deixar)\s+assim|assim\s+t[aá]\s+(?:bom|[oó]timo|perfeito)",
    ),
    "title: {rest}": (r"(?:s[oó]|apenas|somente)\s+{rest}\s+no\s+(?:t[ií]tulo|nome)",),
    "discard": (
        r"(?:n[aã]o+[\s,]+)+(?:apaga|exclui|deleta|tira|descarta)(?:\s+(?:ess[ea]|iss[oa])(?:\s+[uú]ltim[oa])?)?",
        r"(?:apaga|exclui|deleta|descarta)\s+(?:ess[ea]|o|a)\s+[uú]ltim[oa]",
    ),
}
_FR = {
    "confirm": (
        r"(?:(?:ok|nickel|parfait|top|bon|ouais|oui)[\s,!]+)*(?:envoie|envoies|balance)(?:[\s-]+(?:la|le|[cç]a))?",
        # sent on to the person the card is for: "c'est bon, envoie-lui", "vas-y, transmets-lui"
        r"(?:(?:ok|nickel|parfait|top|bon|ouais|oui|c'?est\s+bon|c'?est\s+parfait|vas[\s-]y)[\s,!]+)*"
        r"(?:envoie|envoies|transmets|balance|file)[\s-]+(?:(?:la|le)[\s-]+)?(?:lui|leur)",
        r"(?:(?:ok|c'?est\s+bon|vas[\s-]y)[\s,!]+)*tu\s+peux\s+(?:(?:la|le)\s+)?(?:lui|leur)\s+(?:envoyer|transmettre)",
    ),
    "yes": (
        r"(?:c'?est\s+|c\s+)?(?:parfait|nickel|top|bon|tr[eè]s\s+bien)\s+comme\s+[cç]a",
        r"(?:laisse|garde)[\s-]+(?:la|le)\s+comme\s+[cç]a|nickel",
    ),
}
_IT = {
    "confirm": (
        r"(?:(?:ok|va\s+bene|perfetto|dai)[\s,!]+)*(?:mandala|mandalo|inviala|invialo|manda(?:\s+pure)?)",
    ),
    "yes": (
        r"(?:va\s+)?(?:perfetto|benissimo|bene|ottimo)\s+cos[iì]|lasciala\s+cos[iì]|lascialo\s+cos[iì]",
    ),
    "title: {rest}": (rf"(?:il\s+)?(?:titolo|nome)\s+{ONLY}(?:\s*:\s*|\s+){{rest}}",),
    "discard": (
        r"(?:no+[\s,]+)*butta(?:la|lo)?(?:\s+via)?(?:\s+(?:questa|questo|quella|quello))?",
    ),
}
_NL = {
    "title: {rest}": (rf"(?:de\s+)?(?:titel|naam)\s+{ONLY}(?:\s*:\s*|\s+){{rest}}",),
    "confirm": (
        r"(?:(?:ja|ok|prima|top)[\s,!]+)*(?:stuur|verstuur)\s+(?:(?:het|hem|maar|m)\s+)*(?:maar\s+)?(?:door|op|weg)?",
        r"(?:verstuur|verzend)\s+(?:het|hem|maar)",
    ),
    "yes": (
        r"zo\s+is\s+(?:het\s+)?(?:goed|prima|perfect)|(?:perfect|prima|goed)\s+zo|laat\s+(?:het|maar)\s+zo",
    ),
}
_TR = {
    "confirm": (
        r"(?:(?:tamam|ok|olur|evet)[\s,!]+)*(?:g[oö]nder|yolla)(?:\s+(?:gitsin|bunu|onu|hadi))?",
    ),
    "yes": (
        r"(?:(?:tamam|ok|evet)[\s,!]+)*(?:b[oö]yle|bu\s+[sş]ekilde)\s+(?:kals[ıi]n|iyi|g[uü]zel|tamam|olur)",
        r"(?:b[oö]yle|bu\s+[sş]ekilde)\s+(?:[cç]ok\s+)?(?:iyi|g[uü]zel)",
    ),
    "discard": (
        r"(?:(?:of|off|ya|yok|hay[ıi]r|neyse)[\s,!]+)*(?:vazge[cç]|bo[sş]ver)\s+(?:bundan|ondan|bunu|onu)",
    ),
}
_ID = {
    "confirm": (r"(?:(?:oke|ok|sip|yaudah|iya)[\s,!]+)*kirim(?:in)?(?:\s+(?:aja|sekarang|dong))*",),
    "yes": (
        r"(?:udah|udh|dah)\s+(?:pas|bener|oke)(?:\s+gitu)?|gitu\s+aja\s+(?:udah\s+)?(?:oke|pas)",
    ),
    "discard": (
        r"(?:ga|gak|nggak|ngga|g)\s*jadi(?:[\s,]+(?:hapus|buang|batal)(?:in)?)?(?:\s+aja)?",
        r"(?:hapus|buang)(?:in)?\s+(?:aja|yg\s+itu|yang\s+itu)",
    ),
}
_RU = {
    "confirm": (r"(?:(?:ок|норм|да|давай)[\s,!]+)*(?:отправляй|отправь|шли)(?:\s+(?:её|ее|его))?",),
    "yes": (r"(?:так\s+)?(?:отлично|идеально|хорошо|нормально)\s+так|так\s+норм",),
    "title: {rest}": (rf"(?:название|заголовок)\s+{ONLY}\s*:?\s*{{rest}}",),
    "discard": (r"(?:забей|забудь)(?:[\s,]+(?:удаляй|удали|сотри|это))?",),
}
_HI = {
    "confirm": (
        r"(?:(?:haan|han|ha|ok|theek\s+hai|thik\s+hai|sahi\s+hai)[\s,!]+)*bhej\s+(?:do|de|dena)",
        r"(?:(?:हाँ|हां|ठीक\s+है)[\s,!]+)*भेज\s+(?:दो|दे|देना)",
    ),
    "yes": (
        r"(?:sahi|theek|thik|badhiya)\s+hai\s+(?:aise\s+hi|aisa\s+hi)|aise\s+hi\s+(?:theek|thik|sahi)\s+hai",
        r"ऐसे\s+ही\s+(?:ठीक|सही)\s+है",
    ),
    "discard": (
        r"(?:(?:nahi|nahin|na)[\s,]+)*(?:ye|yeh|woh|wo)\s+wala\s+(?:delete|hata|cancel)\s+(?:karo|kar\s+do|do)",
    ),
}
_AR = {
    "confirm": (r"(?:ابعت|ابعث|ارسل|أرسل)(?:ها|ه)?",),
    "yes": (r"كده\s+(?:تمام|كويس|حلو)|(?:خليها|خليه)\s+كده",),
}

CASUAL: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "de": _DE, "es": _ES, "pt": _PT, "fr": _FR, "it": _IT, "nl": _NL, "tr": _TR, "id": _ID,
    "ru": _RU, "hi": _HI, "ar": _AR,
}  # fmt: skip
