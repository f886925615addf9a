"""Questions about one's own list put to the bot as "can you …", in each language.

"can you check what i have?", "puedes revisar qué me falta?", "kannst du mir sagen was ich noch
machen muss?", "tu peux me dire ce que j'ai ?", "kun je kijken wat ik nog moet doen?", "можешь
показать мои задачи?", "bana yapacaklarımı söyler misin?", "bisa cek tugas aku?", "ممكن تشوف
ايش عندي؟": the bot is asked to look, tell or show; what follows is the asker's list (or a day
of it), so the message is a question, never a task "Check what I have". A few short questions
that ask whether one has anything on a day ("j'ai des trucs demain ?", "yarın bir şey var mı?")
are here too. Each source is matched without case against the message as the intent reader tidies
it; what is looked at must be the asker's own ("mis tareas", "was ich …"), so "puedes revisar el
contrato?" stays a task.
"""

from __future__ import annotations

__all__ = ["YOU_ASK", "you_ask_patterns"]


# Words said before the question: "oye, me dices …", "e aí, o q tenho …", "ну, покажи …".
_LEAD = (
    r"(?:(?:oye|hey|hola|a\s+ver|bueno|pues|e\s+a[ií]|oi|ei|ol[aá]|na|also|sag\s+mal|hallo|hoi"
    r"|dis|bon|alors|ну|слушай|hani|peki|eh|dai|senti|allora|yaar|acha|accha|ok|okay|so|yo"
    r"|يا\s+\S+|طيب|هلا)[\s,!.]+)?"
)


def _ask(wrap: str, what: str) -> str:
    """`wrap` (the request to look or tell) at the start, then what is looked at."""
    return rf"^{_LEAD}(?:{wrap})\s*[,:]?\s*(?:{what})"


def _bare(question: str) -> str:
    """A question about one's list said without "can you", after a lead word or none."""
    return rf"^{_LEAD}(?:{question})"


_EN_WRAP = (
    r"(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|quickly\s+|just\s+)*)?"
    r"(?:check|look\s+(?:at|up)|pull\s+up|go\s+through|read(?:\s+out)?|remind\s+me\s+of"
    r"|show|list|tell|give|see|send)(?:\s+(?:me|us))?"
)
_EN_WHAT = (
    r"what(?:'s|\s+is)?\s+(?:i|i've|ive|i'm|im|on\s+my|left\s+for\s+me|due|open|pending)\b"
    r"|(?:all\s+)?(?:my|our)\s+(?:tasks|to-?dos|list|agenda|plate|day|week|stuff|reminders)\b"
    r"|(?:if|whether)\s+i\s+(?:have|got)\s+(?:anything|something|any\s+tasks)\b"
)
_ES_WRAP = (
    r"(?:me\s+)?(?:puedes|pod[eé]s|podr[ií]as|puede|podr[ií]a|podr[ií]as)\s+(?:me\s+)?"
    r"(?:decir|ver|revisar|mirar|checar|chequear|mostrar|ense[ñn]ar|pasar|dar|buscar|listar"
    r"|contar|fijarte\s+(?:en\s+)?)(?:me)?"
    r"|me\s+(?:dices|dec[ií]s|dice|cuentas)"
    r"|(?:dime|decime|d[ií]game|mu[eé]strame|ens[eé][ñn]ame|p[aá]same|cu[eé]ntame|checa|revisa"
    r"|mira|f[ií]jate(?:\s+en)?)"
)
_ES_WHAT = (
    r"(?:qu[eé]|q|k|lo\s+que|todo\s+lo\s+que)\s+(?:tengo|me\s+toca|me\s+falta|me\s+queda|hay\s+(?:para|pa)"
    r"|debo|tenemos|nos\s+toca|nos\s+falta)\b"
    r"|(?:mis|todas\s+mis)\s+(?:tareas|pendientes|recordatorios|agenda)\b"
    r"|si\s+tengo\s+(?:algo|tareas|pendientes)\b"
)
_PT_WRAP = (
    r"(?:(?:vc|voc[eê]|tu)\s+)?(?:pode|podes|consegue|consegues|poderia|podia)\s+(?:me\s+)?"
    r"(?:ver|dizer|falar|mostrar|checar|olhar|conferir|listar|passar|dar\s+uma\s+olhada\s+(?:n[oa]s?|em))"
    r"(?:-me|\s+pra\s+mim)?"
    r"|(?:me\s+)?(?:diz|diga|fala|fale|mostra|mostre|passa|conta|lista)(?:-me)?"
    r"|d[aá]\s+uma\s+olhada\s+(?:n[oa]s?|em)"
)
_PT_WHAT = (
    r"(?:o\s+)?(?:q|que|oq)\s+(?:eu\s+)?(?:tenho|preciso|devo|falta|me\s+falta|tem\s+pra\s+mim"
    r"|t[aá]\s+pendente|tem\s+pendente)\b"
    r"|(?:as\s+|os\s+)?(?:minhas|meus)\s+(?:tarefas|pend[eê]ncias|lembretes|compromissos)\b"
    r"|(?:a\s+)?minha\s+(?:agenda|lista)\b|se\s+(?:eu\s+)?tenho\s+(?:algo|alguma|tarefas?)\b"
)
_DE_CAN = (
    r"(?:kannst|k[öo]nntest|koenntest)\s+du\s+(?:mir\s+|uns\s+)?"
    r"(?:(?:mal|bitte|kurz|eben|schnell)\s+)*"
)
_DE_WRAP = (
    _DE_CAN + r"(?:sagen|zeigen|schauen|nachschauen|nachsehen|gucken|checken|auflisten|vorlesen"
    r"|raussuchen|nennen)"
    r"|(?:sag|zeig|nenn)\s+(?:mir\s+|uns\s+)?(?:(?:mal|bitte|kurz)\s+)*"
    r"|schau\s+(?:mal\s+)?(?:bitte\s+)?nach"
)
_DE_WHAT = (
    r"was\s+(?:ich|bei\s+mir|f[üu]r\s+mich|mir|heute|morgen|noch|diese\s+woche|n[äa]chste\s+woche"
    r"|ansteht|anliegt)\b"
    r"|welche\s+(?:aufgaben|termine|to-?dos|sachen)\b|(?:alle\s+)?meine\s+(?:aufgaben|termine|to-?dos|liste)\b"
    r"|ob\s+ich\s+(?:(?:heute|morgen|noch|diese\s+woche)\s+)?(?:was|etwas|aufgaben|termine)\b"
)
_DE_LIST = (
    r"(?:alle\s+)?meine\s+(?:aufgaben|termine|to-?dos|liste|sachen)(?:\s+\w+){0,3}\s+(?:zeigen|sagen"
    r"|schicken|auflisten|vorlesen|nennen)\b"
)
_FR_WRAP = (
    r"(?:tu\s+(?:peux|pourrais)|peux[\s-]tu|pourrais[\s-]tu|vous\s+pouvez|pouvez[\s-]vous"
    r"|pourriez[\s-]vous|est[\s-]ce\s+que\s+tu\s+peux)\s+(?:me\s+|m')?(?:dire|montrer|regarder|voir"
    r"|v[ée]rifier|checker|lister|donner|afficher|rappeler)"
    r"|(?:dis|montre|donne|rappelle)[\s-]moi|regarde|v[ée]rifie"
)
_FR_WHAT = (
    r"ce\s+qu(?:e|')\s*(?:j'?\s?ai|je\s+dois|il\s+me\s+reste|il\s+y\s+a\s+pour\s+moi)"
    r"|ce\s+qui\s+(?:me\s+reste|reste|est\s+pr[ée]vu|m'attend)"
    r"|(?:(?:la\s+liste\s+de\s+)?mes|tous\s+mes|toutes\s+mes)\s+(?:t[âa]ches|rappels|to-?dos?|trucs\s+[àa]\s+faire|choses\s+[àa]\s+faire)\b"
    r"|ma\s+liste\b|mon\s+(?:programme|planning|agenda)\b"
    r"|si\s+j'?\s?ai\s+(?:quelque\s+chose|des\s+(?:trucs|t[âa]ches|choses)|un\s+truc|rien)\b"
)
_FR_ANY = (
    r"^(?:est[\s-]ce\s+que\s+)?(?:j'?\s?ai|ai[\s-]je)\s+(?:des\s+trucs|quelque\s+chose|qqch|qqc"
    r"|un\s+truc|des\s+t[âa]ches|des\s+choses|du\s+boulot|des\s+rdv|des\s+rendez[\s-]vous)\b"
    r"(?:\s+\S+){0,4}\s*\?\s*$"
)
_NL_CAN = r"(?:kun|kan|kunt|wil)\s+(?:je|jij|u)\s+(?:me\s+|mij\s+)?(?:(?:even|ff|eens|nog)\s+)*"
_NL_WRAP = (
    _NL_CAN + r"(?:zeggen|vertellen|laten\s+zien|tonen|kijken|zien|checken|nakijken|opzoeken"
    r"|opnoemen)"
    r"|(?:zeg|vertel)\s+(?:me|mij)\s+(?:(?:even|ff|eens)\s+)*|(?:check|kijk)\s+(?:(?:even|ff)\s+)?"
)
_NL_WHAT = (
    r"wat\s+(?:ik|er\s+(?:voor\s+mij|morgen|vandaag|nog|deze\s+week)|voor\s+mij)\b"
    r"|welke\s+(?:taken|afspraken|to-?do'?s)\b|(?:mijn|m'n)\s+(?:taken|lijst|lijstje|to-?do'?s"
    r"|agenda|planning)\b"
    r"|of\s+ik\s+(?:(?:vandaag|morgen|nog|deze\s+week)\s+)?(?:iets|wat|taken|afspraken)\b"
)
_NL_LIST = (
    _NL_CAN + r"(?:al\s+)?(?:mijn|m'n)\s+(?:taken|lijst|lijstje|to-?do'?s|agenda|planning)\s+"
    r"(?:laten\s+zien|tonen|sturen|geven|opnoemen)\b"
)
_RU_WRAP = (
    r"(?:(?:ты\s+)?(?:можешь|можете|сможешь|(?:не\s+)?мог(?:ла|ли)?\s+бы|можно)\s+(?:мне\s+)?"
    r"(?:показать|сказать|посмотреть|глянуть|проверить|перечислить|скинуть|прислать|подсказать"
    r"|рассказать)(?:\s+мне)?"
    r"|(?:покажи|скажи|подскажи|глянь|посмотри|проверь|перечисли)(?:те)?(?:\s+мне)?)"
)
_RU_WHAT = (
    r"(?:что|чё|че|чего)\s+(?:у\s+меня|мне\s+(?:надо|нужно)|я\s+должн|осталось|на\s+(?:сегодня"
    r"|завтра))"
    r"|(?:все\s+)?(?:мои|мой)\s+(?:задачи|дела|напоминания|планы|таски|список)"
    r"|какие\s+(?:у\s+меня\s+)?(?:задачи|дела|планы)|есть\s+ли\s+у\s+меня"
    r"|список\s+(?:моих\s+)?(?:задач|дел)"
)
_TR_MINE = (
    r"(?:(?:bug[üu]n|bug[üu]nk[üu]|yar[ıi]n|yar[ıi]nk[ıi]|bu\s+haftaki|bu\s+hafta)\s+)?"
    r"(?:neyim\s+oldu[ğg]unu|nelerim\s+oldu[ğg]unu|ne(?:ler)?\s+yapmam\s+gerekti[ğg]ini"
    r"|yapacaklar[ıi]m[ıi]|yap[ıi]lacaklar[ıi]m[ıi]|g[öo]revlerimi|i[şs]lerimi|listemi"
    r"|program[ıi]m[ıi]|plan[ıi]m[ıi]|ajandam[ıi]|neyim\s+var|nelerim\s+var|ne\s+var)"
)
_TR_ASK = (
    r"(?:s[öo]yler|g[öo]sterir|listeler|kontrol\s+eder|bakar|bakabilir|s[öo]yleyebilir"
    r"|g[öo]sterebilir|atar|atabilir|yazar|yazabilir)\s+m[iı]s[iı]n(?:[ıi]z)?|s[öo]yle|g[öo]ster"
    r"|listele|s[öo]yler\s+misin"
)
_TR_ANY = (
    r"^(?:\S+\s+){0,3}(?:bir\s+[şs]ey(?:im)?|bi\s*[şs]ey(?:im)?|bir\s+i[şs](?:im)?|i[şs]im"
    r"|bir\s+g[öo]rev(?:im)?|g[öo]revim)\s+var\s+m[ıi][\s?!.]*$"
)
_ID_WRAP = (
    r"(?:(?:bisa|boleh|tolong|coba|minta)\s+(?:tolong\s+|dong\s+)?)?"
    r"(?:di)?(?:cek|cekin|liat|liatin|lihat|lihatin|kasih\s+tau|kasi\s+tau|kasitau|kastau"
    r"|tunjukin|tunjukkan|sebutin|sebutkan|tampilin|tampilkan|kirimin)(?:\s+(?:dong|ya|aku|saya))?"
)
_ID_WHAT = (
    r"(?:semua\s+)?(?:tugas|kerjaan|jadwal|agenda|daftar\s+tugas|list|to-?do)(?:ku|\s+(?:aku|saya"
    r"|gue|gw))\b"
    r"|(?:aku|saya|gue|gw)\s+(?:ada|punya)\s+(?:apa|tugas|kerjaan)\b"
    r"|apa\s+(?:aja|saja)\s+(?:tugas|kerjaan|yang)\b|(?:aku|saya|gue|gw)\s+harus\s+ngapain\b"
)
_HI_ASK = (
    r"(?:check|dekh|pata)\s+(?:karke|kar\s+ke|ke|kar)\s+(?:batao|bata\s+do|bataiye)"
    r"|(?:batao|bata\s+do|bataiye|dikhao|dikha\s+do|bata\s+sakte\s+ho|dikha\s+sakte\s+ho"
    r"|bata\s+sakti\s+ho|dikha\s+sakti\s+ho)"
)
_HI_WHAT = (
    r"(?:mere|meri|mera|mujhe)\s+(?:\S+\s+){0,2}(?:tasks?|kaam|pending|list|schedule|kya)\b"
    r"|(?:aaj|kal|is\s+hafte)\s+(?:ka|ke|ki)?\s*(?:kya|schedule|plan|kaam)\b"
)
_A = "[اأإآ]"
_AR_WRAP = (
    r"(?:(?:ممكن|بتقدر|تقدر|تقدري|لو\s+سمحت|من\s+فضلك|ياريت|بليز)\s+)?"
    r"(?:تشوف|تشوفلي|تشوف\s+لي|تقولي|تقول\s+لي|تقوللي|تعرضلي|تعرض\s+لي|توريني|تورني|تفرجيني"
    r"|تشيك|تشيكلي|تبعتلي|تبعت\s+لي|ترسل\s+لي|ترسلي|تطلعلي|تطلع\s+لي|قولي|قول\s+لي|شوف|شوفلي"
    r"|شيك|وريني|تخبرني|تعطيني|عطني)"
)
_AR_WHAT = (
    rf"(?:{_A}يش|وش|شو|{_A}يه|ماذا|شنو|ما)\s+(?:في\s+)?(?:عندي|عليا|علي|ورايا|المهام|مهامي|باقي"
    r"|اللي\s+عندي|اللي\s+عليا|اللي\s+ورايا)"
    r"|(?:مهامي|المهام\s+(?:اللي\s+عندي|حقتي|تبعي|بتاعتي)|قائمتي|قايمتي|جدولي|مواعيدي|تذكيراتي|شغلي)"
    rf"|(?:{_A}ذا|لو)\s+(?:عندي|علي)\s+(?:شي|شيء|حاج|مهام)"
)

_BARE = {
    "es": r"(?:q|k|qu[eé])\s+(?:tengo|me\s+toca|me\s+falta"
    r"|hay\s+(?:pa|para)\s+(?:hoy|ma[nñ]ana|m[ií]))\b",
    "pt": r"(?:o\s+)?(?:q|que|oq)\s+(?:eu\s+)?(?:tenho|tem\s+pra\s+mim|me\s+falta)\b",
    "de": r"(?:gibt'?s|gibt\s+es)\s+(?:(?:heute|morgen|diese\s+woche|noch)\s+)*"
    r"(?:was|etwas|irgendwas)\s+(?:f[üu]r\s+mich|zu\s+tun)\b|was\s+(?:hab|habe)\s+ich\b",
    "fr": r"(?:j'?\s?ai\s+quoi|qu'?est[\s-]ce\s+que\s+j'?\s?ai|il\s+me\s+reste\s+quoi)\b",
    "nl": r"wat\s+(?:heb|moet)\s+ik\b",
    "ru": r"(?:а\s+)?есть\s+(?:ли\s+)?(?:что|что-то|что-нибудь|чё|че)\s+(?:у\s+меня\s+)?на\s+"
    r"(?:сегодня|завтра|неделю|выходные)|(?:что|чё|че)\s+у\s+меня\b",
    "hi_Latn": r"(?:(?:aaj|aj|kal|kl|parso)\s+)?(?:kuch|koi\s+(?:task|kaam))\s+(?:hai|he|h)\s+kya"
    r"(?:\s+(?:mera|mere|meri))?(?:\s+(?:aaj|aj|kal|kl|parso))?[\s?!.]*$",
}

YOU_ASK: dict[str, tuple[str, ...]] = {
    # "show me what i sent sam" asks about a message, not the list.
    "en": (_ask(_EN_WRAP, _EN_WHAT) + r"(?!.*\b(?:said|say|meant|mean|sent|wrote|told|asked)\b)",),
    "es": (_ask(_ES_WRAP, _ES_WHAT),),
    "pt": (_ask(_PT_WRAP, _PT_WHAT),),
    "de": (_ask(_DE_WRAP, _DE_WHAT), "^" + _DE_CAN + _DE_LIST),
    "fr": (_ask(_FR_WRAP, _FR_WHAT), _FR_ANY),
    "nl": (_ask(_NL_WRAP, _NL_WHAT), "^" + _NL_LIST),
    "it": (
        _ask(
            r"(?:mi\s+)?(?:puoi|potresti|riesci\s+a)\s+(?:mi\s+)?(?:dire|vedere|controllare"
            r"|mostrare|guardare|elencare)(?:mi)?|(?:dimmi|mostrami|fammi\s+vedere|controlla"
            r"|guarda)|mi\s+fai\s+vedere",
            r"(?:cosa|che\s+cosa|che|quello\s+che)\s+(?:ho|devo|mi\s+resta|mi\s+manca|c'[eè]\s+per\s+me)\b"
            r"|(?:le\s+mie|i\s+miei|tutte\s+le\s+mie)\s+(?:attivit[aà]|cose|task|impegni|scadenze"
            r"|promemoria)\b",
        ),
    ),
    "ru": (_ask(_RU_WRAP, _RU_WHAT),),
    "tr": (
        rf"^(?:bana\s+)?{_TR_MINE}\s+(?:bana\s+)?(?:{_TR_ASK})\b",
        rf"^(?:bir\s+)?(?:bakabilir|bakar)\s+m[ıi]s[ıi]n\s*,?\s*{_TR_MINE}\b",
        _TR_ANY,
    ),
    "id": (_ask(_ID_WRAP, _ID_WHAT),),
    "hi_Latn": (
        _ask(r"(?:(?:zara|please|plz)\s+)?(?:(?:mujhe|muje)\s+)?(?:" + _HI_ASK + ")", _HI_WHAT),
        r"^(?:mere|meri|mera)\s+(?:tasks?|kaam|list|pending\s+kaam)\s+(?:check\s+kar(?:ke|o)\s+)?"
        rf"(?:{_HI_ASK})\b",
        r"^(?:(?:mera|meri|mere)\s+)?(?:aaj|aj|kal|kl|parso|is\s+hafte)\s+(?:ka|ke|ki)\s+kya\s+"
        r"(?:scene|plan|schedule|program|haal)\b",
    ),
    "ar": (_ask(_AR_WRAP, _AR_WHAT),),
}


def you_ask_patterns() -> tuple[str, ...]:
    """Every language's sources for a "can you show me my list" question."""
    bare = tuple(_bare(q) for q in _BARE.values())
    return tuple(p for said in YOU_ASK.values() for p in said) + bare
