"""The words of insight questions in each language the bot reads, as regex fragments.

Each table maps a language to an alternation written as people type it; `_insights` folds it
(lower case, no accents) before use, so the fragments hold no upper-case escapes. `{name}`
stands for a person's name.
"""

# fmt: off
# "how am I doing", "how did I do": the asker's own numbers.
ME = {
    "en": r"how\s+(?:am|was|have)\s+i\s+(?:been\s+)?doing|how\s+did\s+i\s+do|how'?m\s+i\s+doing"
          r"|how\s+(?:am|was)\s+i\s+getting\s+on|how\s+productive\s+(?:am|was|have)\s+i"
          r"|how\s+(?:is|was|has)\s+my\s+(?:week|month|year|progress)\s+(?:been\s+)?going"
          r"|how'?s\s+my\s+(?:week|month)\s+(?:been\s+)?going"
          r"|how'?s\s+my\s+progress|my\s+(?:progress|performance|productivity)",
    "de": r"wie\s+l(?:a|ä)uft(?:'?s|\s+es)(?:\s+[^\s]+){0,3}?\s+bei\s+mir"
          r"|wie\s+(?:schlage|mache)\s+ich\s+mich|wie\s+(?:stehe|bin)\s+ich\s+(?:da|dran)"
          r"|wie\s+(?:war|ist)\s+meine\s+(?:woche|bilanz)|wie\s+gut\s+war\s+ich|meine\s+bilanz",
    "es": r"(?:como|que\s+tal)\s+voy|como\s+me\s+(?:va|fue|ha\s+ido)|que\s+tal\s+me\s+(?:va|fue)"
          r"|como\s+(?:estoy|lo\s+estoy)\s+haciendo|mi\s+(?:progreso|rendimiento|balance)",
    "pt": r"como\s+(?:eu\s+)?(?:estou|to|tô|t[aá])\s+(?:indo|me\s+saindo)|como\s+(?:eu\s+)?fui"
          r"|como\s+me\s+sa[ií]|meu\s+(?:progresso|desempenho|rendimento)",
    "fr": r"comment\s+je\s+m'?en\s+sors|o[uù]\s+j'?en\s+suis|comment\s+(?:ca|ça)\s+va\s+pour\s+moi"
          r"|comment\s+(?:s'est\s+passee|se\s+passe)\s+ma\s+(?:semaine|journee)"
          r"|mon\s+(?:bilan|avancement|rendement)|ma\s+progression",
    "it": r"come\s+(?:sto\s+andando|vado|sono\s+andat[oa]|me\s+la\s+cavo)"
          r"|com'?e\s+andata\s+la\s+mia\s+settimana|il\s+mio\s+(?:andamento|rendimento|bilancio)",
    "nl": r"hoe\s+doe\s+ik\s+het|hoe\s+deed\s+ik\s+het|hoe\s+gaat\s+het\s+met\s+mijn\s+taken"
          r"|hoe\s+sta\s+ik\s+ervoor|mijn\s+(?:voortgang|prestaties)",
    "tr": r"nasil\s+gidiyorum|nasil\s+gitti(?:m)?|performansim|ilerlemem|durumum\s+nasil",
    "id": r"(?:bagaimana|gimana)\s+(?:kinerja|progres|performa|perkembangan)\s+(?:saya|aku|ku)"
          r"|(?:kinerja|progres|performa)\s+(?:saya|aku)|(?:saya|aku)\s+gimana",
    "ru": r"как\s+(?:у\s+меня\s+)?(?:мои\s+)?дела|как\s+я\s+(?:справляюсь|работаю|поработал[а]?)"
          r"|мой\s+(?:прогресс|результат)|мои\s+успехи",
    "hi": r"(?:मेरा|मेरी)\s+(?:काम|प्रगति|परफॉर्मेंस)\s+(?:कैसा|कैसी)|मैं\s+कैसा\s+कर\s+रहा"
          r"|मैं\s+कैसी\s+कर\s+रही|मेरा\s+हाल",
    "hi_Latn": r"(?:main|mai|me)\s+kaisa\s+kar\s+raha|(?:main|mai|me)\s+kaisi\s+kar\s+rahi"
               r"|mera\s+(?:kaam|progress|performance)\s+kaisa|meri\s+progress\s+kaisi",
    "ar": r"كيف\s+(?:ادائي|أدائي|حالي\s+مع\s+المهام|تقدمي)|ما\s+(?:هو\s+)?(?:ادائي|أدائي)|تقدمي",
}

# "how's the team doing", "how are we doing".
TEAM = {
    "en": r"how'?s\s+(?:the\s+)?(?:team|group)\s+doing"
          r"|how\s+(?:is|was|has)\s+(?:the\s+)?(?:team|group)\s+(?:been\s+)?"
          r"(?:doing|getting\s+on)|how\s+did\s+(?:the\s+)?(?:team|group|we|everyone)\s+do"
          r"|how\s+(?:are|were|have)\s+(?:we|you\s+guys|y'?all)\s+(?:been\s+)?doing"
          r"|(?:the\s+)?team'?s\s+(?:progress|performance)",
    "de": r"wie\s+l(?:a|ä)uft(?:'?s|\s+es)(?:\s+[^\s]+){0,3}?\s+(?:im|beim)\s+team"
          r"|wie\s+(?:macht|schlägt|schlagt)\s+sich\s+das\s+team"
          r"|wie\s+stehen\s+wir|wie\s+machen\s+wir\s+uns|wie\s+war\s+(?:die|unsere)\s+woche"
          r"|bilanz\s+des\s+teams|wie\s+l(?:a|ä)uft(?:'?s|\s+es)(?:\s+[^\s]+){0,3}?\s+bei\s+uns"
          r"|(?:das\s+)?team\s+wie\s+l(?:a|ä)uft(?:'?s|\s+es)"
          r"|wie\s+sieht(?:'?s|\s+es)\s+bei\s+uns\s+aus|wie\s+(?:war|ist)\s+unser\s+monat"
          r"|^(?:und\s+)?(?:wie\s+(?:ist|sieht)\s+)?(?:die\s+|unsere\s+)?"
          r"(?:monatsbilanz|bilanz\s+(?:des|dieses)\s+monats)",
    "es": r"(?:como|que\s+tal)\s+(?:va|le\s+va\s+al|fue\s+al|anda)\s+(?:el\s+)?(?:equipo|grupo)"
          r"|(?:el\s+)?(?:equipo|grupo)\s+(?:como|que\s+tal)\s+(?:va|anda)"
          r"|(?:como|que\s+tal)\s+(?:vamos|nos\s+va|nos\s+fue|estamos|andamos)|como\s+va\s+todo\s+el\s+mundo"
          r"|^(?:y\s+)?(?:(?:cual|como)\s+(?:es\s+|fue\s+|va\s+)?)?(?:el\s+)?(?:resumen|balance)\s+del\s+mes",
    "pt": r"como\s+(?:esta|está|ta|vai|anda|foi)\s+(?:indo\s+)?(?:a\s+|o\s+)?(?:equipe|time|galera)"
          r"|(?:a\s+equipe|o\s+time|a\s+galera)\s+(?:como\s+)?(?:ta|esta|vai|anda)\s+(?:indo|como)"
          r"|como\s+(?:(?:estamos|a\s+gente\s+(?:esta|ta|vai))\s+indo|a\s+gente\s+(?:ta|esta))"
          r"|(?:a\s+gente|nos)\s+(?:ta|esta|estamos)\s+indo\s+bem|como\s+fomos|como\s+(?:esta|ta|foi)\s+(?:indo\s+)?(?:o\s+nosso|nosso)\s+(?:mes|semana)"
          r"|^(?:e\s+)?(?:(?:qual|como)\s+(?:e\s+|foi\s+|ta\s+|esta\s+)?)?(?:o\s+)?(?:resumo|balanco)"
          r"\s+(?:do|deste|desse)\s+mes",
    "fr": r"comment\s+(?:va|s'en\s+sort|avance)\s+l'?\s*equipe|comment\s+on\s+s'en\s+sort"
          r"|comment\s+(?:allons|avancons)[\s-]+nous|comment\s+va\s+le\s+groupe"
          r"|comment\s+(?:ca\s+)?(?:se\s+passe|va)\s+pour\s+(?:l'?\s*equipe|nous|le\s+groupe)"
          r"|on\s+en\s+est\s+ou|ou\s+(?:en\s+est[\s-]on|on\s+en\s+est|en\s+sommes[\s-]nous)"
          # "et l'équipe, ça avance comment ?", "le groupe avance comment"
          r"|(?:l'?\s*equipe|le\s+groupe)\s+(?:ca\s+)?avance\s+comment"
          r"|comment\s+(?:ca\s+)?avance\s+(?:l'?\s*equipe|le\s+groupe)"
          r"|^(?:et\s+)?(?:quel\s+est\s+|c'est\s+quoi\s+)?(?:le\s+)?bilan\s+(?:du|de\s+ce)\s+mois",
    "it": r"come\s+(?:sta\s+andando|va|e\s+andat[oa])\s+(?:il\s+team|la\s+squadra|il\s+gruppo)"
          r"|(?:il\s+team|la\s+squadra|il\s+gruppo)\s+come\s+(?:va|sta\s+andando|procede)"
          r"|com'?\s*e\s+andat[oa]\s+(?:il\s+(?:nostro\s+)?mese|la\s+(?:nostra\s+)?settimana)"
          r"|come\s+stiamo\s+andando|come\s+siamo\s+andati|come\s+(?:va|sta\s+andando)\s+da\s+noi"
          r"|^(?:e\s+)?(?:(?:qual\s+e|com'?e)\s+)?(?:il\s+)?(?:riepilogo|bilancio)\s+(?:del|di\s+questo)\s+mese",
    "nl": r"hoe\s+(?:doet|deed)\s+het\s+team\s+het|hoe\s+(?:gaat|ging)\s+het\s+met\s+het\s+team"
          r"|(?:het\s+)?team\s+hoe\s+(?:gaat|staat)\s+het"
          r"|hoe\s+doen\s+we\s+het|hoe\s+staan\s+we\s+ervoor"
          r"|hoe\s+(?:gaat|ging)\s+het(?:\s+[^\s]+){0,2}?\s+met\s+ons"
          r"|^(?:en\s+)?(?:wat\s+is\s+)?(?:het\s+|de\s+)?(?:overzicht|balans)\s+van\s+de(?:ze)?\s+maand",
    "tr": r"(?:ekip|takim|ekibimiz|takimimiz)(?:\s+[^\s]+){0,3}?\s+nasil(?:\s+gidiyor)?"
          r"|nasil\s+gidiyoruz|^bu\s+ayin\s+ozeti",
    "id": r"(?:bagaimana|gimana)\s+(?:kinerja\s+|progres\s+)?tim|tim\s+(?:bagaimana|gimana)"
          r"|tim\s+(?:[^\s]+\s+){1,3}?(?:bagaimana|gimana)"
          r"|kita\s+(?:gimana|bagaimana)|(?:gimana|bagaimana)\s+(?:progres\s+|kinerja\s+)?kita"
          r"|^(?:minta\s+)?(?:rekap|ringkasan)\s+bulan\s+ini",
    "ru": r"как\s+(?:дела\s+)?у\s+команды|как\s+(?:работает|справляется)\s+команда"
          r"|команда\s+как\s+(?:дела|успехи|справляется)"
          r"|как\s+команда\s+(?:работает|справляется|(?:от|по)работала|справилась)|как\s+(?:у\s+нас|наши)\s+дела|как\s+мы\s+(?:справляемся|работаем)"
          r"|^(?:какие\s+)?итоги\s+(?:месяца|за\s+месяц)",
    "hi": r"टीम\s+(?:का\s+काम\s+)?(?:कैसा|कैसी|कैसे)|हम\s+कैसा\s+कर\s+रहे"
          r"|टीम\s+ने\s+(?:[^\s]+\s+){0,3}?(?:कैसा|कितना)\s+काम\s+किया",
    "hi_Latn": r"team\s+(?:ka\s+(?:kaam\s+)?)?(?:kaisa|kaisi|kaise)|hum\s+kaisa\s+kar\s+rahe"
               r"|(?:hamara|apna)\s+(?:kaam\s+)?kaisa\s+chal|team\s+ka(?:\s+[^\s]+){0,3}?\s+kya\s+haal"
               r"|^(?:is\s+)?mahine\s+ka\s+(?:summary|hisaab|hisab)",
    "ar": r"(?:كيف|شلون|ازاي|إزاي)\s+(?:كان\s+|كانت\s+|صار\s+)?(?:اداء|أداء|حال|شغل)\s+الفريق"
          r"|كيف\s+(?:الفريق|ادائنا|أداؤنا|حالنا)"
          r"|^(?:ما\s+)?ملخص\s+الشهر",
}

# "how is our work going", "احنا ماشيين ازاي": the team, said as "we" or "our work".
_OUR_WORK = {
    "ar": r"(?:احنا|حنا|نحن)\s+(?:ماشيين|ماشين|عاملين)\s+(?:ازاي|كيف|شلون)|ماشيين\s+ازاي"
          r"|(?:شلوننا|كيفنا)|(?:شغلنا|الشغل)\s+(?:ماشي|عامل|رايح)\s+(?:ازاي|كيف|شلون)"
          r"|(?:شلون|كيف|ازاي)\s+(?:شغلنا|احوالنا|امورنا)",
    "hi": r"(?:हमारा|अपना|टीम\s+का)\s+काम\s+(?:कैसा|कैसे)\s+(?:चल|जा)"
          r"|हम\s+(?:[^\s]+\s+){0,2}?(?:कैसा|कैसे)\s+(?:कर|चल)\s+रहे",
    "hi_Latn": r"hum\s+(?:[^\s]+\s+){0,2}?(?:kaisa|kaise)\s+(?:kar|chal)\s+rahe",
    "es": r"como\s+(?:nos\s+)?va\s+(?:con\s+)?(?:nuestra\s+chamba|nuestro\s+trabajo)",
    "it": r"come\s+(?:va|sta\s+andando)\s+il\s+nostro\s+lavoro",
    "ru": r"как\s+(?:идут\s+)?(?:наши\s+дела|наша\s+работа)",
    "id": r"(?:kerjaan|pekerjaan)\s+(?:kita\s+)?(?:bulan|minggu)\s+ini\s+(?:gimana|bagaimana)",
}
# "how's work going this month": work said plainly asks only with its period beside it.
_WORK = {
    "ar": (r"(?:شلون|كيف|ازاي|وش\s+اخبار|ايش\s+اخبار|ايه\s+اخبار|شو\s+اخبار)\s+الشغل"
           r"|الشغل\s+(?:ماشي|عامل)\s+(?:ازاي|كيف)",
           r"(?:ال|ه|هال|هذا\s+ال)(?:شهر|اسبوع)(?:\s+ده|\s+دا|\s+هذا)?"),
    "hi": (r"काम\s+(?:कैसा|कैसे)\s+(?:चल|जा)\s+रहा", r"इस\s+(?:महीने|हफ्ते|हफ़्ते)"),
    "hi_Latn": (r"kaam\s+(?:kaisa|kaise)\s+(?:chal|ja)\s+raha", r"is\s+(?:mahine|hafte)"),
    "es": (r"(?:como|que\s+tal)\s+va\s+(?:la\s+chamba|el\s+trabajo|la\s+cosa)",
           r"este\s+mes|esta\s+semana"),
    "it": (r"come\s+(?:va|sta\s+andando)\s+(?:il\s+lavoro|la\s+baracca)",
           r"questo\s+mese|questa\s+settimana"),
    "pt": (r"como\s+(?:ta|esta|vai)\s+(?:indo\s+)?o\s+trabalho|o\s+trabalho\s+(?:ta|esta)\s+como"
           r"|como\s+(?:ta|esta|tao|estao)\s+indo(?:\s+as\s+coisas)?",
           r"(?:esse|este)\s+(?:mes|semana)|essa\s+semana"),
    "fr": (r"comment\s+(?:va|avance|se\s+passe)\s+(?:le\s+boulot|le\s+travail)"
           r"|(?:ca|tout)\s+avance\s+comment|comment\s+(?:ca|tout)\s+avance",
           r"ce\s+mois(?:-ci)?|cette\s+semaine"),
    "de": (r"wie\s+l(?:a|ä)uft\s+(?:die\s+arbeit|der\s+laden)|wie\s+l(?:a|ä)uft(?:'?s|\s+es)",
           r"diesen\s+monat|diese\s+woche"),
    "nl": (r"hoe\s+gaat\s+het\s+(?:werk|met\s+het\s+werk)", r"deze\s+(?:maand|week)"),
    "ru": (r"как\s+(?:идет\s+|идёт\s+)?работа", r"в\s+этом\s+месяце|на\s+этой\s+неделе"),
    "id": (r"(?:kerjaan|pekerjaan)\s+(?:gimana|bagaimana)|(?:gimana|bagaimana)\s+kerjaan",
           r"bulan\s+ini|minggu\s+ini"),
    "tr": (r"isler\s+nasil(?:\s+gidiyor)?", r"bu\s+ay|bu\s+hafta"),
}


def _with_work(code: str) -> str:
    """The team forms of `code`, with "our work" and "work, this month" added."""
    forms = [TEAM.get(code, ""), _OUR_WORK.get(code, "")]
    if code in _WORK:
        work, period = _WORK[code]
        forms += [rf"(?:{work})\s+(?:{period})", rf"(?:{period})\s+(?:{work})"]
    return "|".join(f for f in forms if f)


TEAM = {code: _with_work(code) for code in {*TEAM, *_OUR_WORK, *_WORK}}

# "how many tasks did I finish this week?": a count of one's own, or the team's.
COUNT_ME = {
    "en": r"how\s+many\s+(?:tasks\s+|things\s+|to-?dos\s+)?(?:did|have)\s+i\s+(?:done|do|complete"
          r"|completed|finish|finished|close|closed|tick(?:ed)?\s+off|get\s+done|got\s+done)",
    "de": r"wie\s+viele\s+(?:aufgaben\s+)?(?:habe|hab)\s+ich",
    "es": r"cuantas\s+(?:tareas\s+)?(?:he\s+(?:hecho|terminado|completado)|hice|termine|complete)",
    "pt": r"quantas\s+(?:tarefas\s+)?(?:eu\s+)?(?:fiz|conclui|terminei|completei)",
    "fr": r"combien\s+de\s+taches\s+(?:j'?\s*ai|ai[\s-]je)",
    "it": r"quant[ei]\s+(?:attivita\s+|task\s+|compiti\s+)?ho\s+(?:finito|completato|fatto)",
    "nl": r"hoeveel\s+(?:taken\s+)?heb\s+ik",
    "tr": r"kac\s+(?:gorev|is)\s+(?:bitirdim|tamamladim|yaptim)",
    "id": r"berapa\s+(?:tugas\s+)?(?:yang\s+)?(?:saya|aku)\s+(?:selesaikan|selesai|kerjakan)",
    "ru": r"сколько\s+(?:задач\s+)?я\s+(?:сделал|сделала|выполнил|выполнила|закрыл|закрыла)",
    "hi": r"(?:मैंने|मैने)\s+(?:[^\s]+\s+){0,3}?कितने\s+(?:काम|टास्क)",
    "hi_Latn": r"(?:maine|mene)\s+(?:[^\s]+\s+){0,3}?kitne\s+(?:kaam|tasks?)",
    "ar": r"كم\s+مهمة\s+(?:انجزت|أنجزت|اكملت|أكملت)",
}
COUNT_TEAM = {
    "en": r"how\s+many\s+(?:tasks\s+|things\s+)?(?:did|have|has)\s+(?:we|the\s+team|the\s+group)"
          r"\s+(?:done|do|complete|completed|finish|finished|close|closed|get\s+done|got\s+done)",
    "de": r"wie\s+viele\s+(?:aufgaben\s+)?(?:haben\s+wir|hat\s+das\s+team)",
    "es": r"cuantas\s+(?:tareas\s+)?(?:hemos|hicimos|terminamos"
          r"|ha\s+(?:hecho|terminado)\s+el\s+equipo)",
    "pt": r"quantas\s+(?:tarefas\s+)?(?:fizemos|concluimos|terminamos|fechamos"
          r"|(?:a\s+equipe|a\s+gente|o\s+time)\s+(?:fez|concluiu|fechou|terminou|entregou))",
    "fr": r"combien\s+de\s+taches\s+(?:avons[\s-]nous|on\s+a|l'?\s*equipe\s+a)",
    "it": r"quant[ei]\s+(?:attivita\s+|task\s+|compiti\s+)?abbiamo",
    "nl": r"hoeveel\s+(?:taken\s+)?hebben\s+we|hoeveel\s+(?:taken\s+)?heeft\s+het\s+team",
    "tr": r"kac\s+(?:gorev|is)\s+(?:bitirdik|tamamladik|yaptik)",
    "id": r"berapa\s+(?:tugas\s+)?(?:yang\s+)?(?:kita|tim)\s+(?:selesaikan|selesai|kerjakan)",
    "ru": r"сколько\s+(?:задач\s+)?(?:мы|команда)\s+"
          r"(?:сделали|сделала|выполнили|выполнила|закрыли)",
    "hi": r"(?:हमने|टीम\s+ने)\s+(?:[^\s]+\s+){0,3}?कितने\s+(?:काम|टास्क)",
    "hi_Latn": r"(?:humne|hamne|team\s+ne)\s+(?:[^\s]+\s+){0,3}?kitne\s+(?:kaam|tasks?)",
    "ar": r"كم\s+مهمة\s+(?:انجزنا|أنجزنا|انجز\s+الفريق|أنجز\s+الفريق)",
}

# "how is {name} doing".
PERSON = {
    "en": r"how'?s\s+{name}\s+doing|how\s+(?:is|was|has)\s+{name}\s+(?:been\s+)?doing"
          r"|how\s+did\s+{name}\s+do|{name}'s\s+(?:stats|numbers|progress|performance)"
          r"|(?:stats|numbers|progress)\s+(?:for|of)\s+{name}",
    "de": r"wie\s+l(?:a|ä)uft'?s\s+bei\s+{name}|wie\s+macht\s+sich\s+{name}"
          r"|(?:statistik|zahlen)\s+(?:von|f(?:u|ü)r)\s+{name}",
    "es": r"como\s+(?:va|le\s+va\s+a)\s+{name}|estadisticas\s+de\s+{name}",
    "pt": r"como\s+(?:esta|está|vai)\s+(?:indo\s+)?(?:a\s+|o\s+)?{name}"
          r"|estatisticas\s+(?:da|do|de)\s+{name}",
    "fr": r"comment\s+s'en\s+sort\s+{name}|(?:stats|statistiques)\s+de\s+{name}",
    "it": r"come\s+sta\s+andando\s+{name}|statistiche\s+di\s+{name}",
    "nl": r"hoe\s+doet\s+{name}\s+het|statistieken\s+van\s+{name}",
    "ru": r"как\s+дела\s+у\s+{name}|статистика\s+{name}",
    "tr": r"{name}\s+nasil\s+gidiyor",
    "id": r"(?:bagaimana|gimana)\s+(?:kinerja\s+)?{name}|statistik\s+{name}",
    "hi_Latn": r"{name}\s+kaisa\s+kar\s+(?:raha|rahi)",
}

# The nouns of "stats", said alone or with a period or a name.
STATS = {
    "en": r"stats|statistics|numbers|metrics|insights|kpis?|analytics|scorecard"
          r"|on[\s-]?time\s+rate|completion\s+rate|throughput",
    "de": r"statistik(?:en)?|zahlen|kennzahlen|auswertung",
    "es": r"estadisticas?|numeros|metricas",
    "pt": r"estatisticas?|numeros|metricas",
    "fr": r"stats|statistiques|chiffres|indicateurs",
    "it": r"statistiche|numeri|metriche",
    "nl": r"statistieken|cijfers",
    "tr": r"istatistik(?:ler)?(?:im)?|rakamlar(?:im)?",
    "id": r"statistik|angka",
    "ru": r"статистика|статистику|цифры|показатели",
    "hi": r"आँकड़े|आंकड़े|आंकड़ें|स्टैट्स",
    "hi_Latn": r"stats|aankde|aankade|numbers",
    "ar": r"احصائياتي|احصائيات|الاحصائيات|احصاءات|ارقامي|ارقام|الارقام",
}
# What may come before those nouns: "show me my", "what are the team's".
STATS_LEAD = {
    "en": r"(?:(?:show|send|give|get)\s+(?:me|us)\s+|(?:what\s+are|what'?re|what'?s|what\s+is)\s+"
          r"|can\s+i\s+"
          r"(?:see|get|have)\s+|let'?s\s+see\s+|pull\s+up\s+)?(?:the\s+)?(?:my|our|team'?s?|"
          r"group'?s?|the\s+team'?s|weekly|monthly)?",
    "de": r"(?:zeig\s+mir\s+|schick\s+mir\s+|gib\s+mir\s+)?(?:meine|unsere|die|team)?",
    "es": r"(?:muestrame\s+|ensename\s+|dame\s+|mandame\s+)?(?:mis|nuestras|nuestros|las|los)?",
    "pt": r"(?:mostra(?:r|-me)?\s+|me\s+mostra\s+|manda\s+)?(?:minhas|meus|nossas|nossos|as|os)?",
    "fr": r"(?:montre[\s-]moi\s+|envoie[\s-]moi\s+|donne[\s-]moi\s+)?(?:mes|nos|les)?",
    "it": r"(?:mostrami\s+|fammi\s+vedere\s+|dammi\s+)?(?:le\s+mie|i\s+miei|le\s+nostre|le|i)?",
    "nl": r"(?:laat\s+(?:me\s+)?(?:mijn|de)\s+)?(?:mijn|onze|de)?",
    "tr": r"(?:benim|ekibin|takimin)?",
    "id": r"(?:tunjukkan\s+|lihat\s+)?",
    "ru": r"(?:покажи\s+|пришли\s+)?(?:мою|мои|моя|нашу|наши|наша)?",
    "hi": r"(?:मेरे|हमारे|टीम\s+के)?",
    "hi_Latn": r"(?:meri|mere|hamare|team\s+ke)?",
    "ar": r"",
}
# Words after the noun that still leave a question: "stats please", "stats for me".
STATS_TAIL = (
    r"please|pls|plz|for|me|us|the|team|group|bitte|f(?:u|ü)r|mich|por\s+favor|favor|para|mi|"
    r"del|de|do|da|s'il\s+te\s+pla[iî]t|stp|pour|moi|per\s+favore|per|alsjeblieft|van|voor|"
    r"lutfen|tolong|dong|pozhaluysta|пожалуйста|за|для|दिखाओ|दिखाइए|dikhao|batao|من|فضلك"
)

# "what's been overdue the longest", "oldest overdue".
OVERDUE_LONGEST = {
    "en": r"overdue\s+(?:the\s+|for\s+the\s+)?longest|(?:oldest|longest|most)\s+overdue"
          r"|late\s+(?:the\s+)?longest|longest[\s-]+(?:running\s+)?(?:late|overdue)",
    "de": r"am\s+l(?:a|ä)ngsten\s+(?:(?:u|ü)berf(?:a|ä)llig|versp(?:a|ä)tet|liegen|offen)"
          r"|(?:a|ä)ltesten?\s+(?:u|ü)berf(?:a|ä)llig",
    "es": r"(?:vencid[oa]|atrasad[oa]|retrasad[oa])\s+(?:hace\s+)?mas\s+tiempo"
          r"|(?:lleva|llevan)\s+mas\s+tiempo\s+(?:vencid|atrasad|retrasad)[oa]s?|mas\s+atrasad[oa]s?",
    "pt": r"(?:atrasad[oa]|vencid[oa])\s+h(?:a|á)\s+mais\s+tempo|mais\s+atrasad[oa]s?"
          r"|atrasad[oa]s?\s+(?:a|à)\s+mais\s+tempo",
    "fr": r"en\s+retard\s+depuis\s+le\s+plus\s+longtemps|le\s+plus\s+en\s+retard"
          r"|plus\s+ancien(?:ne)?s?\s+en\s+retard",
    "it": r"in\s+ritardo\s+da\s+pi(?:u|ù)\s+tempo|scadut[oa]\s+da\s+pi(?:u|ù)\s+tempo"
          r"|pi(?:u|ù)\s+in\s+ritardo",
    "nl": r"het\s+langst\s+(?:over\s+tijd|te\s+laat|achterstallig|verlopen)",
    "tr": r"en\s+uzun\s+sured(?:ir|en)\s+gecik|en\s+cok\s+geciken|en\s+eski\s+geciken",
    "id": r"paling\s+lama\s+(?:terlambat|telat|lewat)",
    "ru": r"просроч\w*\s+дольше\s+всего|дольше\s+всего\s+просроч|самые\s+старые\s+просроч",
    "hi": r"सबसे\s+(?:ज़्यादा|ज्यादा|लंबे\s+समय\s+से|पुराना|पुराने)\s+(?:ओवरड्यू|लेट|बाकी|अटका)",
    "hi_Latn": r"sabse\s+(?:purana|zyada|jyada|lambe\s+time\s+se)\s+(?:overdue|late|pending)",
    "ar": r"متاخر\w*\s+منذ\s+اطول|اقدم\s+(?:المهام\s+)?المتاخرة|الاكثر\s+تاخيرا",
}

# "who has the most open tasks", "who's most loaded".
MOST_OPEN = {
    "en": r"who\s+(?:has|'?s\s+got|got|is\s+carrying|carries)\s+(?:the\s+)?most"
          r"|who'?s\s+(?:the\s+)?(?:most\s+(?:loaded|swamped|overloaded|busy)|busiest)"
          r"|who\s+is\s+(?:the\s+)?(?:most\s+(?:loaded|swamped|overloaded|busy)|busiest)"
          r"|(?:work)?load\s+(?:per|by)\s+person|who'?s\s+overloaded|who\s+is\s+overloaded"
          r"|(?:everyone'?s|team'?s?)\s+(?:work)?load",
    "de": r"wer\s+hat\s+(?:die\s+)?meisten|wer\s+ist\s+am\s+(?:meisten\s+)?"
          r"(?:ausgelastet|beschäftigt|beschaftigt|vollsten)|auslastung",
    "es": r"quien\s+tiene\s+mas\s+(?:tareas|pendientes|trabajo|cosas)"
          r"|quien\s+esta\s+mas\s+(?:cargad[oa]|ocupad[oa]|saturad[oa])|carga\s+por\s+persona",
    "pt": r"quem\s+tem\s+mais\s+(?:tarefas|pendencias|trabalho|coisas)"
          r"|quem\s+(?:esta|ta)\s+mais\s+(?:sobrecarregad[oa]|carregad[oa]|ocupad[oa])",
    "fr": r"qui\s+a\s+le\s+plus\s+de\s+(?:taches|travail|choses)|qui\s+est\s+le\s+plus\s+"
          r"(?:charge|occupe|deborde)|charge\s+par\s+personne",
    "it": r"chi\s+ha\s+pi(?:u|ù)\s+(?:attivita|compiti|lavoro|cose|task)"
          r"|chi\s+(?:e|è)\s+pi(?:u|ù)\s+(?:carico|impegnat[oa]|oberat[oa])",
    "nl": r"wie\s+heeft\s+de\s+meeste|wie\s+is\s+het\s+drukst|wie\s+heeft\s+het\s+drukst",
    "tr": r"en\s+(?:cok|fazla)\s+(?:acik\s+)?(?:gorev|is)\w*\s+(?:kimde|kimin)"
          r"|kimde\s+en\s+(?:cok|fazla)|kim\s+en\s+yogun",
    "id": r"siapa\s+(?:yang\s+)?(?:punya\s+)?(?:tugas\s+)?paling\s+banyak|siapa\s+(?:yang\s+)?"
          r"paling\s+sibuk|tugas\s+terbanyak",
    "ru": r"у\s+кого\s+(?:больше\s+всего|больше\s+всех|самое\s+большое)|кто\s+(?:больше\s+всех|"
          r"сильнее\s+всех)\s+загружен|кто\s+самый\s+загруженный|загрузка\s+по\s+людям",
    "hi": r"किसके\s+पास\s+सबसे\s+(?:ज़्यादा|ज्यादा)|सबसे\s+(?:ज़्यादा|ज्यादा)\s+काम\s+किसके",
    "hi_Latn": r"kiske\s+paas\s+sabse\s+(?:zyada|jyada|jada)"
               r"|sabse\s+(?:zyada|jyada)\s+kaam\s+kiske",
    "ar": r"من\s+(?:لديه|عنده)\s+(?:اكثر|أكثر)|من\s+الاكثر\s+انشغالا",
}

# "when will we clear the backlog", "when will I be done at this pace".
FORECAST = {
    "en": r"when\s+will\s+(?:we|i|the\s+team|everyone)\s+(?:be\s+)?(?:clear|clearing|finish|done|"
          r"get\s+through|be\s+through|through|catch\s+up|caught\s+up|empty)"
          r"|at\s+this\s+(?:pace|rate)|when\s+(?:is|will)\s+(?:the|my|our)\s+backlog"
          r"|(?:clear|finish)\s+(?:the|my|our)\s+backlog\s+when",
    "de": r"wann\s+(?:sind|haben|werden)\s+(?:wir|ich)\s+(?:mit\s+)?(?:dem|den)\s+"
          r"(?:r(?:u|ü)ckstand|backlog)|bei\s+diesem\s+tempo",
    "es": r"cuando\s+(?:terminaremos|acabaremos|vamos\s+a\s+(?:terminar|acabar|salir)|"
          r"saldremos)|a\s+este\s+ritmo",
    "pt": r"quando\s+(?:vamos|vou)\s+(?:zerar|acabar|terminar|limpar)|nesse\s+ritmo|neste\s+ritmo",
    "fr": r"quand\s+(?:aurons|aurai|aura)[\s-]*(?:nous|je|on)?\s*(?:fini|termine|rattrape)"
          r"|quand\s+(?:est[\s-]ce\s+qu'on|allons[\s-]nous)\s+(?:finir|rattraper)|a\s+ce\s+rythme",
    "it": r"quando\s+(?:finiremo|smaltiremo|avremo\s+finito)|a\s+questo\s+ritmo",
    "nl": r"wanneer\s+(?:zijn|hebben)\s+we\s+(?:de\s+)?(?:achterstand|backlog)"
          r"|in\s+dit\s+tempo",
    "tr": r"ne\s+zaman\s+(?:bitiririz|bitecek|biter)|bu\s+hizla",
    "id": r"kapan\s+(?:backlog|tunggakan|semua\s+tugas)\s+(?:selesai|beres|habis)"
          r"|dengan\s+kecepatan\s+ini",
    "ru": r"когда\s+(?:мы\s+|я\s+)?(?:разбер[её]м|закроем|закончим|разгреб[её]м|справимся)"
          r"|такими\s+темпами|в\s+таком\s+темпе",
    "hi": r"(?:बैकलॉग|बाकी\s+काम)\s+कब\s+(?:खत्म|ख़त्म|पूरा)|इस\s+रफ़्तार\s+से|इस\s+रफ्तार\s+से",
    "hi_Latn": r"backlog\s+kab\s+(?:khatam|khatm|clear|pura)|is\s+speed\s+se|is\s+raftaar\s+se",
    "ar": r"متى\s+(?:سننتهي|ننتهي|سننجز|ننجز)|بهذا\s+المعدل|بهذه\s+الوتيرة",
}

# "when will {name} be done", "when will {name} clear her list": one person's forecast.
FORECAST_PERSON = {
    "en": r"when(?:'s|\s+(?:will|would|is|does))\s+{name}\s+"
          r"(?:be\s+|going\s+to\s+be\s+|gonna\s+be\s+)?(?:done|finished|through|clear|free|caught\s+up|finish|clear|get\s+through|catch\s+up"
          r"|empty)(?:\s+(?:with\s+)?(?:his|her|their|all\s+(?:his|her|their)|all(?:\s+the)?)"
          r"\s+(?:list|tasks|backlog|work|stuff|things|to-?dos|plate))?"
          r"|when\s+(?:will|would)\s+{name}\s+(?:clear|finish|empty|get\s+through)\s+"
          r"(?:his|her|their)\s+(?:list|tasks|backlog|work|plate|to-?dos)"
          r"|{name}'?s\s+forecast|forecast\s+for\s+{name}",
    "de": r"wann\s+(?:ist|wird)\s+{name}\s+"
          r"(?:mit\s+(?:allem|seinen\s+aufgaben|ihren\s+aufgaben)\s+)?fertig(?:\s+sein)?|wann\s+hat\s+{name}\s+(?:alles|seine\s+aufgaben|ihre\s+aufgaben)"
          r"\s+(?:erledigt|geschafft|abgearbeitet)",
    "es": r"cuando\s+(?:terminara|acabara|va\s+a\s+(?:terminar|acabar))\s+{name}"
          r"(?:\s+(?:sus\s+tareas|su\s+lista|todo))?"
          r"|cuando\s+{name}\s+(?:terminara|acabara|va\s+a\s+(?:terminar|acabar))"
          r"(?:\s+(?:sus\s+tareas|su\s+lista|todo))?",
    "pt": r"quando\s+(?:o\s+|a\s+)?{name}\s+(?:vai\s+(?:terminar|acabar|zerar)|termina|acaba)"
          r"(?:\s+(?:as\s+tarefas|a\s+lista|tudo))?",
    "fr": r"quand\s+(?:est[\s-]ce\s+que\s+)?{name}\s+(?:aura|va)\s+(?:fini|termine|finir|terminer)"
          r"(?:\s+(?:ses\s+taches|sa\s+liste|tout))?",
    "it": r"quando\s+(?:finira|avra\s+finito)\s+{name}|quando\s+{name}\s+(?:finira|avra\s+finito)"
          r"(?:\s+(?:i\s+suoi\s+compiti|le\s+sue\s+attivita|tutto))?",
    "nl": r"wanneer\s+(?:is|heeft)\s+{name}\s+(?:klaar|alles\s+af|alles\s+klaar)",
    "tr": r"{name}\s+(?:islerini\s+|gorevlerini\s+)?ne\s+zaman\s+(?:bitirir|bitirecek|biter)",
    "id": r"kapan\s+(?:tugas\s+)?{name}\s+(?:akan\s+)?(?:selesai|beres)",
    "ru": r"когда\s+{name}\s+(?:закончит|освободится|разгребет|разгребёт|справится|всё\s+сделает"
          r"|все\s+сделает)",
    "hi": r"{name}\s+(?:का\s+काम\s+)?कब\s+(?:खत्म|ख़त्म|पूरा)\s+(?:करेगा|करेगी|होगा)",
    "hi_Latn": r"{name}\s+(?:ka\s+kaam\s+)?kab\s+(?:khatam|khatm|pura|done|free)"
               r"\s+(?:karega|karegi|hoga|hogi|hoga\s+uska|hogi\s+uski)",
    "ar": r"متى\s+(?:سينتهي|ينتهي|ستنتهي|تنتهي)\s+{name}",
}

# "what did {name} finish": the done list, with its count.
FINISHED = {
    "en": r"what\s+(?:did|has)\s+{name}\s+(?:finish|finished|complete|completed|close|closed|"
          r"get\s+done|got\s+done|tick\s+off|ticked\s+off|do|done)",
    "de": r"was\s+hat\s+{name}(?:\s+[^\s]+){0,3}?\s+(?:erledigt|geschafft|abgeschlossen|fertig)",
    "es": r"que\s+(?:termino|completo|hizo|ha\s+terminado)\s+{name}",
    "pt": r"o\s+que\s+(?:a\s+|o\s+)?{name}\s+(?:terminou|concluiu|fez)",
    "fr": r"qu'?est[\s-]ce\s+que\s+{name}\s+a\s+(?:fini|termine|fait)",
    "it": r"cosa\s+ha\s+(?:finito|completato|fatto)\s+{name}",
}

# "a chart", "graph": a picture was asked for.
CHART = {
    "en": r"charts?|graphs?|plots?|diagram|visual(?:i[sz]ation)?|picture",
    "de": r"diagramm|grafik|schaubild|chart",
    "es": r"grafic[oa]s?|diagrama",
    "pt": r"grafic[oa]s?|diagrama",
    "fr": r"graphique|diagramme|graphe",
    "it": r"grafico|diagramma",
    "nl": r"grafiek|diagram",
    "tr": r"grafik|grafigi|cizelge",
    "id": r"grafik|diagram|bagan",
    "ru": r"график|диаграмм\w*",
    "hi": r"चार्ट|ग्राफ",
    "hi_Latn": r"chart|graph",
    "ar": r"رسم\s+بياني|مخطط|رسم",
}
# What may come before a chart word: "show me", "can I get"; an article may follow.
CHART_LEAD = {
    "en": r"(?:please\s+)?(?:show|send|give|get)\s+(?:me|us)|can\s+(?:i|you|we)\s+(?:see|get|have"
          r"|show\s+me|send\s+me)|could\s+you\s+(?:show|send)(?:\s+me)?|i'?d\s+like|i\s+want"
          r"|let\s+me\s+see|draw\s+me|pull\s+up|show",
    "de": r"zeig(?:e|en\s+sie)?(?:\s+mir|\s+uns)?|schick(?:\s+mir)?|gib\s+mir|ich\s+m(?:o|ö)chte",
    "es": r"muestrame|ensename|mandame|dame|quiero\s+ver|quiero|envia(?:me)?",
    "pt": r"me\s+mostra|mostra(?:r|-me)?|me\s+manda|manda|quero\s+ver|quero",
    "fr": r"montre[\s-]moi|envoie[\s-]moi|donne[\s-]moi|je\s+veux(?:\s+voir)?",
    "it": r"mostrami|fammi\s+vedere|mandami|dammi|voglio(?:\s+vedere)?",
    "nl": r"laat(?:\s+me)?\s+(?:\w+\s+)?zien|stuur(?:\s+me)?|geef(?:\s+me)?|toon",
    "tr": r"goster|gonder|bana",
    "id": r"tunjukkan|kirim(?:kan)?|lihat|minta",
    "ru": r"покажи(?:те)?(?:\s+мне)?|пришли(?:те)?(?:\s+мне)?|нарисуй",
    "hi": r"दिखाओ|दिखाइए|भेजो|मुझे",
    "hi_Latn": r"dikhao|bhejo|mujhe",
    "ar": r"ارني|اعرض(?:\s+لي)?|ارسل(?:\s+لي)?|اريد",
}
ARTICLES = (
    r"a|an|the|my|our|ein|eine|einen|das|die|mein|meine|un|una|el|la|mi|um|uma|o|meu|une|le"
    r"|mon|il|il\s+mio|een|de|het|mijn|мне|мой"
)
# Words that make "… a chart" a task rather than a question: "make a chart of sales".
NOT_CHART_LEAD = (
    r"make|prepare|create|build|buy|print|update|finish|fix|do|review|check|draw\s+up|redo"
    r"|mach|erstell|erstelle|prepara|preparar|haz|hacer|faz|fazer|prepare[rz]?|faire|fais"
    r"|crea|fare|maak|hazirla|buat|сделать|сделай|подготовь|बनाओ|banao|اعد|جهز"
)
# Which chart: the words of each kind.
CHART_KINDS = {
    "age": r"by\s+age|age|aging|ageing|how\s+old|alter|edad|antiguedade|idade|anciennete|eta"
           r"|leeftijd|yas|umur|возраст|उम्र|umar|عمر|اعمار",
    "load": r"load|per\s+person|by\s+person|who\s+has|auslastung|pro\s+person|carga|por\s+persona"
            r"|charge|par\s+personne|carico|per\s+persona|per\s+persoon|kisi\s+basina|per\s+orang"
            r"|загрузк|по\s+людям|लोड|har\s+vyakti|لكل\s+شخص|الحمل",
    "on_time": r"on[\s-]?time|punctual|punktlich|puntual|no\s+prazo|a\s+temps|a\s+l'heure"
               r"|puntuali|op\s+tijd|zamaninda|tepat\s+waktu|вовремя|समय\s+पर|time\s+par"
               r"|في\s+الوقت",
    "hours": r"hours?|time\s+of\s+day|what\s+time|uhrzeit|stunden|horas?|heures?|ore|orari"
             r"|uren|saat|jam|час|घंटे|ghante|ساعات|الساعة",
    "progress": r"created\s+vs|vs\.?\s+(?:done|created|completed)|done\s+vs|completed\s+vs"
                r"|progress|per\s+day|daily|fortschritt|progreso|progresso|progression"
                r"|avanzamento|voortgang|ilerleme|kemajuan|прогресс|प्रगति|pragati|التقدم",
}

# Words after "how are we doing" that make it about one thing: "… on the invoices?".
TOPIC_AFTER = (
    r"on|with|about|regarding|re|at|for|mit|an|bei|beim|zum|zur|con|en|sobre|com|no|na|avec|sur|su|sul"
    r"|sulla|met|op|ile|dengan|soal|с|по|над|ke\s+saath|par|पर|के\s+साथ|مع|في|بخصوص"
)
# The team or the group as the subject.
TEAM_WORDS = (
    r"team|group|we|us|our|everyone|everybody|y'?all|equipo|grupo|nosotros|equipe|o\s+time|galera"
    r"|l'equipe|groupe|nous|squadra|gruppo|noi|groep|wij|ekip\w*|takim\w*|tim|kita|unser\w*"
    r"|команд\w*|мы|нас|все|टीम|हम|hum|hamari|فريق|الفريق|نحن"
)
# Words a name capture can land on that name no one.
_NOT_NAMES = (
    "i me my we us our you your the team group everyone everybody it this that things stuff "
    "work everything all he she they them his her their mir mich ich wir uns das die der "
    "yo mi nosotros el la eu nos o a je moi nous le les io noi il ik wij het ben biz ben "
    "saya aku kita progres kinerja performa tugas я мы он она меня нас них main hum"
)
NOT_NAMES = frozenset(_NOT_NAMES.split())
# fmt: on
