"""Every word list the task and intent rules read, in one place (en, es, pt, fr, de)."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that open an imperative task clause ("send ...", "book ...", "envía ...", "schick ...").
# Words that are far more often nouns in chat ("dip", "order" is kept: "order pizza") are left out.
VERBS_EN = _words(
    """
    add adjust answer apply approve archive arrange ask attach attend backup bake bring book
    buy calculate call cancel change charge chase check clean clear close collect come
    comment compare compile complete confirm contact continue convert copy correct create
    cut debug decide delete deliver deploy design discuss do double-check download draft
    drop edit email e-mail enable enroll estimate evaluate file fill finalise finalize find
    finish fix follow forward get give go grab hand handle help hire host implement import
    install invite invoice iron join look mail make merge message migrate move mow negotiate
    note notify nudge open order organise organize pack paint pay phone pick ping plan post
    prep prepare present print proofread publish purchase push put read reach rebook
    reconcile record refactor refill register reimburse release remove renew reply report
    request reschedule research reserve resolve respond return review rewrite run schedule
    scan sell send set setup share ship sign sort start submit summarise summarize swap sync
    take talk tell test text think tidy track transfer translate update upgrade upload
    vacuum validate verify visit wash water wipe wrap write let inform order restore store
    recharge reorganise reorganize rename replace repair refund resend retry revert rollback
    roll rotate sweep shop pickup drive feed walk cook dust fold hang empty unload load
    brainstorm outline sketch prototype benchmark profile measure audit monitor investigate
    troubleshoot diagnose patch bump tag label triage assign onboard offboard welcome thank
    congratulate apologize apologise remind warn alert brief debrief interview promote train
    teach learn study practice practise memorize memorise photocopy laminate staple shred
    fax bookmark subscribe unsubscribe postpone defer delay prebook reconfirm decline accept
    uninvite close reopen lock unlock reset uninstall reinstall configure provision document
    log claim expense bill quote price budget forecast dispatch courier fetch rent lease
    sublet donate recycle dispose throw toss declutter mop extend downgrade export back
    polish tweak fine-tune optimize optimise clarify align escalate delegate circle loop
    carve plant bathe brush chop decorate install charge grill bake boil water pickup
    trim rake shovel scrub prune weed fertilize fertilise repaint hoover defrost thaw marinate
    peel serve circulate distribute collate compile pitch demo
    """
)
VERBS_ES = _words(
    """
    ir envía envia enviar manda mandar llama llamar compra comprar reserva reservar revisa
    revisar paga pagar prepara preparar escribe escribir haz hacer termina terminar agendar
    saca sacar limpia limpiar trae traer busca buscar recoge recoger actualiza actualizar
    confirma confirmar lleva llevar pide pedir organiza organizar imprime imprimir firma
    firmar renueva renovar contesta contestar responde responder sube subir
    """
)
VERBS_PT = _words(
    """
    envie enviar manda mandar ligue liga ligar compre compra comprar reserve reservar revise
    revisar pague pagar prepare preparar escreva escrever faça fazer termine terminar marque
    marcar leve levar busque buscar pegue pegar atualize atualizar confirme confirmar peça
    pedir organize organizar imprima imprimir assine assinar renove renovar responda
    responder agende agendar limpe limpar
    """
)
VERBS_FR = _words(
    """
    envoie envoyez envoyer appelle appelez appeler achète achete achetez acheter réserve
    réservez réserver reserve vérifie vérifiez vérifier paie payez payer prépare préparez
    préparer fais faites faire finis finissez finir termine terminez terminer prends prenez
    prendre écris écrivez écrire relis relire confirme confirmez confirmer nettoie nettoyer
    range ranger apporte apporter cherche chercher imprime imprimer signe signer renouvelle
    renouveler réponds répondre organise organiser commande commander
    """
)
VERBS_DE = _words(
    """
    schick schicke schicken sende senden ruf rufe anrufen kauf kaufe kaufen einkaufen buch
    buche buchen prüf prüfe prüfen bezahl bezahle bezahlen zahlen bereite vorbereiten mach
    mache machen schreib schreibe schreiben erledige erledigen hol hole holen abholen
    reservier reserviere reservieren bestell bestelle bestellen druck drucke drucken
    unterschreib unterschreiben verlängern verlängere antworte antworten aktualisiere
    aktualisieren bestätige bestätigen putzen putze aufräumen räum räume organisieren
    organisiere
    """
)
VERBS = VERBS_EN | VERBS_ES | VERBS_PT | VERBS_FR | VERBS_DE
# German puts the infinitive last ("bitte morgen den Bericht schicken").
VERBS_FINAL = VERBS_DE

# Leading filler removed from a task clause, longest first; applied repeatedly.
LEAD_FILLERS = (
    "don't let me forget to",
    "dont let me forget to",
    "don't let me forget",
    "dont let me forget",
    "do not forget to",
    "don't forget to",
    "dont forget to",
    "don't forget",
    "dont forget",
    "remember to",
    "make sure to",
    "make sure you",
    "remind me to",
    "remind me about",
    "remind me of",
    "remind me",
    "remind us to",
    "remind us",
    "set a reminder to",
    "set a reminder for",
    "set a reminder",
    "a reminder for",
    "reminder for",
    "reminder to",
    "ping me to",
    "ping me about",
    "ping me",
    "nudge me to",
    "nudge me about",
    "nudge me",
    "alert me to",
    "alert me about",
    "alert me",
    "would you mind",
    "would you please",
    "could you please",
    "can you please",
    "can u pls",
    "can you guys",
    "could you guys",
    "can you all",
    "can y'all",
    "can you",
    "could you",
    "would you",
    "will you",
    "can u",
    "could u",
    "cn u",
    "guys",
    "folks",
    "y'all",
    "you guys",
    "can someone",
    "could someone",
    "someone needs to",
    "somebody needs to",
    "someone pls",
    "i need to",
    "i have to",
    "i must",
    "i should",
    "we need to",
    "we have to",
    "we must",
    "we should",
    "you need to",
    "you should",
    "need to",
    "needs to",
    "have to",
    "has to",
    "gotta",
    "we need someone to",
    "i need someone to",
    "need someone to",
    "ich muss noch",
    "wir müssen noch",
    "we gotta",
    "i gotta",
    "we've got to",
    "i need you to",
    "i need u to",
    "need you to",
    "need u to",
    "got to",
    "must",
    "should",
    "let's",
    "lets",
    "kindly",
    "please",
    "pls",
    "plz",
    "pl0x",
    "todo:",
    "to-do:",
    "to do:",
    "todo",
    "reminder:",
    "note to self:",
    "note:",
    "task:",
    "action item:",
    "ai:",
    "fyi",
    "hey team",
    "hey all",
    "hi team",
    "hey",
    "hi",
    "hello",
    "yo",
    "ok so",
    "okay so",
    "ok",
    "okay",
    "so",
    "also",
    "and then",
    "and",
    "then",
    "oh and",
    "oh",
    "btw",
    "quick one:",
    "quick favor",
    "quick favour",
    "small favor",
    "quick question",
    "whoever is free",
    "whoever's free",
    "if anyone is free",
    "will you be able to",
    "would you be able to",
    "are you able to",
    "quick one",
    "one more thing:",
    "one more:",
    "por favor",
    "porfa",
    "no olvides",
    "no te olvides de",
    "recuérdame",
    "recordame",
    "acordate de",
    "lembra de",
    "podés",
    "podrías",
    "recuerdame",
    "recordarme",
    "tengo que",
    "hay que",
    "necesito",
    "puedes",
    "podrías",
    "podrias",
    "não esqueça de",
    "nao esqueca de",
    "não esquecer de",
    "lembra-me de",
    "lembra-me",
    "lembre-me de",
    "lembre-me",
    "me lembra de",
    "me lembre de",
    "me lembra",
    "lembrar de",
    "preciso",
    "tenho que",
    "podes",
    "podias",
    "consegues",
    "você pode",
    "voce pode",
    "pode",
    "s'il te plaît",
    "s'il vous plaît",
    "stp",
    "svp",
    "n'oublie pas de",
    "n'oublie pas d'",
    "rappelle-moi de",
    "rappelle-moi d'",
    "rappelle-moi",
    "rappelez-moi de",
    "rappelez-moi d'",
    "il faut",
    "je dois",
    "peux-tu",
    "pouvez-vous",
    "tu peux",
    "bitte",
    "vergiss nicht",
    "erinnere mich an",
    "erinnere mich daran",
    "erinnere mich",
    "erinner mich an",
    "erinner mich",
    "ich muss",
    "wir müssen",
    "kannst du",
    "könntest du",
    "denk dran",
    "daran denken",
)
TRAIL_FILLERS = (
    "lol",
    "haha",
    "lmao",
    ":)",
    ":-)",
    ";)",
    "xx",
    "please",
    "pls",
    "plz",
    "thanks",
    "thx",
    "ty",
    "thank you",
    "thank u",
    "if you can",
    "if possible",
    "por favor",
    "gracias",
    "obrigado",
    "obrigada",
    "merci",
    "danke",
    "bitte",
    "s'il te plaît",
    "stp",
    "svp",
    "for me",
    "ok",
    "okay",
)

# Priority cues: (regex, priority). Checked in order; the first hit wins and is removed.
PRIORITY_CUES: tuple[tuple[str, str], ...] = (
    (
        r"not\s+urgent|no\s+rush|whenever(?:\s+you\s+(?:can|get\s+a\s+chance))?|someday|low[\s-]+prio(?:rity)?"
        r"|\bp4\b|sin\s+prisa|sem\s+pressa|pas\s+urgent|keine\s+eile|when\s+you\s+get\s+a\s+chance",
        "low",
    ),
    (
        r"urgent(?:ly)?|asap|a\.s\.a\.p\.?|!{2,}|\bp1\b|\bp0\b|top\s+priority|critical|emergency"
        r"|urgente|dringend|sofort|lo\s+antes\s+posible|o\s+quanto\s+antes",
        "urgent",
    ),
    (
        r"high[\s-]+prio(?:rity)?|\bp2\b|important|importante|wichtig|prioritário|prioritario",
        "high",
    ),
    (r"\bp3\b|normal\s+priority|medium\s+priority", "normal"),
)

# Substrings one of which every priority cue contains: a cheap test before the regexes.
PRIORITY_TRIGGERS = (
    "urgent", "asap", "a.s.a.p", "!!", "p0", "p1", "p2", "p3", "p4", "prio", "critical",
    "emergency", "dringend", "sofort", "posible", "quanto", "important", "wichtig", "normal",
    "medium", "rush", "whenever", "someday", "chance", "prisa", "pressa", "eile",
)  # fmt: skip

# Words before a date expression that belong to it ("by friday", "for next week").
DATE_LEADS = (
    "no later than",
    "at the latest",
    "due by",
    "due on",
    "due",
    "by",
    "b4",
    "até",
    "ate",
    "hasta",
    "hasta el",
    "jusqu'à",
    "jusqu'au",
    "für",
    "fur",
    "on",
    "at",
    "for",
    "before",
    "until",
    "till",
    "til",
    "around",
    "from",
    "starting",
    "in",
    "this",
    "el",
    "la",
    "le",
    "em",
    "no",
    "na",
    "am",
    "um",
    "bis",
    "vor",
    "avant",
    "pour",
    "para",
    "antes del",
    "antes de",
    "à",
    "a",
    "ab",
)

# Capitalised words that look like names at the start of a message but are not.
NOT_NAMES = (
    _words(
        """
    i i'm i'll im ill we you he she they it this that these those there here the a an and or
    but so also then ok okay hey hi hello yo thanks thank pls please plz todo reminder note
    fyi btw oh well yes no yeah yep nope sure cool great guys team everyone all someone
    somebody anyone monday tuesday wednesday thursday friday saturday sunday mon tue tues
    wed thu thur thurs fri sat sun today tomorrow tonight tmrw tmr tmw yesterday next last
    every each january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening
    urgent asap important quick just maybe what when where who why how which can could would
    will should shall must might let lets let's them him her us someone everybody
    everyone folks y'all ya people anybody nobody hola oi olá ola salut bonjour hallo
    gracias obrigado merci danke bitte por favor
    """
    )
    | VERBS
)


GREETINGS = _words(
    """
    hi hello hey yo hiya howdy sup morning evening gm gn thanks thank thx ty cheers ok okay
    k kk cool nice great awesome perfect lol lmao haha hahaha hehe rofl sure yep yes no nope
    yeah nah bye cya later np welcome wow oops sorry hmm hm ah oh noted gotcha understood
    alright right hola gracias vale buenas oi olá ola obrigado obrigada valeu beleza tchau
    salut bonjour merci coucou hallo danke tschüss tschuss moin servus super genial bien
    good night fine ugh meh argh sigh omg wow yay oof phew brb nvm lmk ikr smh
    """
)

# How people address the assistant itself; never an assignee.
BOT_NAMES = ("flowhub_bot", "flowhubbot", "flowhub")
# Chat-wide mentions: they notify everyone and assign no one.
BROADCAST_HANDLES = ("here", "channel", "everyone", "all", "team", "group")

# Words that mark a clause as a statement about the world rather than a thing to do.
STATEMENT_WORDS = _words(
    """
    i we you he she they it i'm im we're he's she's it's they're is are was were am be been
    got moved went had has have did does do will won't can't cannot isn't wasn't aren't
    don't doesn't didn't just already never think thought looks seems feel love like hate
    what when where why how who which that's there's here's needs wants needed wanted said says
    """
)

# Words after which the next word is a noun phrase, so the word before them may be a verb.
DETERMINERS = _words(
    """
    the a an my our your his her their this that these those some all every each any
    """
)

# A date right after these names an event ("my 2pm", "the Christmas party", "prendas de Natal").
POSSESSIVES = _words(
    "my our your his her their mi mis tu nuestro meu minha nosso mon ma mes notre mein meine unser"
)
OF_WORDS = _words("of de do da del von vom")

# Labels before a colon that are list headers or tags, not a speaker in a pasted transcript.
NOT_SPEAKERS = _words(
    """
    todo to-do reminder note task tasks action ai fyi re fwd fw tomorrow today monday
    tuesday wednesday thursday friday saturday sunday urgent important also ps p.s. update
    for para pour für fur asap low high p1 p2 p3 p4
    """
)

# Words that may ride along with a greeting or thanks without making it a request.
ACK_FILLERS = _words(
    """
    you so much a lot guys team all everyone man mate there again very too bot for that the
    it that's this is was
    """
)

# Openers of a notice, not a request ("please note the server will be down tonight").
INFO_OPENERS = (
    r"^(?:(?:please|pls|just\s+a)\s+)?(?:note|be\s+aware|heads\s+up|fyi|just\s+so\s+you\s+know"
    r"|reminder\s+that|remember\s+(?:that|we|you|i)|btw|for\s+the\s+record)\b|^update\s*:"
)

# "I'll ...": the sender commits to the task.
SELF_OPENERS = (
    r"^(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+can"
    r"|let\s+me(?!\s+know\b)|i\s+shall|i'll\s+go\s+ahead\s+and|voy\s+a|vou|je\s+vais|ich\s+werde)\s+"
)

# "ask Priya to ...": the named person is asked.
ASK_VERBS = (
    r"(?:ask|tell|get|remind|have|pedir\s+a|pide\s+a|pídele\s+a|peça\s+(?:ao?|para)|demande\s+à"
    r"|sag|bitte)"
)

# "Sam will ...", "Sam to ...", "Lisa's going to ...": the named person does it.
NAME_MODALS = (
    r"(?:\s+(?:will|to|should|needs\s+to|has\s+to|must|is\s+going\s+to|is\s+gonna|can\s+you"
    r"|could\s+you|would\s+you|pls|please|plz|can\s+u)|'s\s+going\s+to|'s\s+gonna|'ll)"
)

# "team, ...", "guys, ...": addressing everyone assigns nobody.
GROUP_VOCATIVES = (
    r"(?:team|guys|all|everyone|everybody|folks|y'all|people|gang|equipo|gente|pessoal|galera"
    r"|équipe|tout\s+le\s+monde|leute|zusammen|kids|children|niños|crianças|enfants|kinder)"
)

# ", it's down", ", because ...": a reason after the task, not part of its title.
REASON_OPENERS = (
    r"(?:it'?s|it\s+is|its|this\s+is|that'?s|since|because|bc|cause|as\s+it|they'?re|we'?re|i'?m"
    r"|he'?s|she'?s|it\s+\w+s)"
)

# A question carrying one of these is a request ("can you send ...?"), not a status question.
REQUEST_MARKERS = (
    r"\b(?:can|could|would|will|wanna|mind)\s+(?:you|u|someone|somebody|anyone|we)\b|\bpls\b"
    r"|\bplease\b|\bplz\b|\bpuedes\b|\bpodrías\b|\bpode\b|\bpodes\b|\bpeux-tu\b|\bkannst\s+du\b"
    r"|\bkönntest\s+du\b|\bpodés\b|\bpodrias\b|\bpodria\b|\btu\s+peux\b|\bvous\s+pouvez\b"
    r"|\bpourrais-tu\b|\btu\s+pourrais\b|\bpouvez-vous\b"
)

# Connectors left hanging at the end of a title once the date is cut out ("call Jo on").
DANGLING_WORDS = _words(
    "and or by on at for due before until till the to with from in @ y e et und para pour am is are"
)

# "cancel task 3", "snooze 2 until tomorrow": edits of a numbered task, never a new one.
EDIT_VERBS = (
    r"(?:cancel|delete|remove|drop|snooze|move|postpone|reschedule|edit|rename|undo|reopen"
    r"|unassign|reassign)"
)

# "hey Sam!" on its own: the greeting names who the following requests are for.
HELLO_WORDS = r"(?:hey|hi|hello|hiya|yo|dear|morning|hola|oi|olá|salut|coucou|hallo|servus|moin)"

_FORWARD_WORDS = (
    r"(?:fwd?|fw|forwarded(?:\s+message)?|begin\s+forwarded\s+message|reenviado|encaminhad[ao]"
    r"|transféré|weitergeleitet)"
)
# A line that only says the text below was forwarded ("---------- Forwarded message ----------").
FORWARD_HEADER = re.compile(
    r"^\s*(?:-{2,}\s*)?"
    + _FORWARD_WORDS
    + r"(?:\s+(?:from|de|von)\s+[^:\]]{1,60})?\s*:?\s*(?:-{2,})?\s*$",
    re.IGNORECASE,
)
# The same label opening a line that goes on with the forwarded text itself.
FORWARD_PREFIX = re.compile(
    r"^\s*\[?" + _FORWARD_WORDS + r"(?:\s+(?:from|de|von)\s+[^:\]]{1,60})?\s*[:\]]\s*",
    re.IGNORECASE,
)

# Intent phrases (regex sources, matched case-insensitively against the normalised message).
HELP_PATTERNS = (
    r"^(?:help|h[ae]lp me|\?+|halp|commands?|menu|start|/help|/start|info|how to use)[\s!.?]*$",
    r"^(?:(?:so\s+)?what\s+(?:can|do)\s+you\s+do|what\s+are\s+you|who\s+are\s+you"
    r"|what\s+(?:can|does)\s+(?:this|the)\s+(?:bot|app|thing|assistant)\s+do"
    r"|how\s+(?:does|do)\s+(?:this|it|you)\s+work|how\s+(?:do|can|should)\s+i\s+(?:use|start|add|create|make|delete|remove|edit|change"
    r"|set|assign|mark|complete|see|list|get\s+started|undo)"
    r"|what\s+commands|how\s+does\s+this\s+thing\s+work|show\s+(?:me\s+)?(?:the\s+)?commands)\b",
    r"^(?:ayuda|aide|hilfe|ajuda|socorro|au\s+secours)\b[\s!.?]*",
    r"^(?:qué\s+puedes\s+hacer|que\s+puedes\s+hacer|cómo\s+funciona|como\s+funciona"
    r"|o\s+que\s+(?:você|voce)\s+(?:pode|faz)|que\s+peux-tu\s+faire|comment\s+ça\s+marche"
    r"|comment\s+ca\s+marche|was\s+kannst\s+du|wie\s+funktioniert)\b",
)
SETTINGS_PATTERNS = (
    r"^(?:set\s+(?:my\s+)?)?(?:time\s*zone|timezone|tz)\b",
    r"\b(?:change|set|update|switch)\s+(?:my\s+)?(?:daily\s+|morning\s+|evening\s+)?(?:time\s*zone|timezone|tz|language|lang|digest"
    r"|summary|notifications?|quiet\s+hours|working\s+hours|reminders?\s+(?:time|settings))\b",
    r"^(?:i'?m|i\s+am|im)\s+(?:now\s+|currently\s+)?(?:in|based\s+in|living\s+in|located\s+in)"
    r"\s+[A-Za-zÀ-ÿ/_ ]+[.!]?$",
    r"^i\s+(?:live|moved)\s+(?:in|to)\s+[A-Za-zÀ-ÿ/_ ]+[.!]?$",
    r"^(?:language|lang|idioma|langue|sprache|língua|lingua)\b",
    r"^(?:(?:please\s+)?(?:reply|answer|talk|speak|write)\s+(?:to\s+me\s+)?in|switch\s+to)\s+"
    r"(?:english|spanish|portuguese|french|german|español|espanol|português|portugues|français"
    r"|francais|deutsch)\b",
    r"^(?:daily\s+)?(?:digest|summary|briefing)\b.*\b(?:at|to|@|off|on)\b",
    r"\b(?:send|move)\s+(?:me\s+)?(?:my\s+|the\s+)?(?:daily\s+)?(?:digest|summary)\s+(?:at|to)\b",
    r"\b(?:mute|unmute|turn\s+(?:off|on))\s+(?:the\s+)?(?:daily\s+)?(?:digest|notifications?|reminders)\b",
    r"^(?:settings|preferences|config|/settings)\b",
    r"\b(?:zona\s+horaria|fuso\s+horário|fuso\s+horario|fuseau\s+horaire|zeitzone)\b",
    r"^(?:estoy|estou|je\s+suis|ich\s+bin)\s+(?:en|em|à|a|in)\s+[A-Za-zÀ-ÿ ]+[.!]?$",
    r"^(?:cambia|cambiar|mudar|muda|change|changer|ändere|ändern)\s+(?:el\s+|o\s+|la\s+|die\s+)?"
    r"(?:idioma|língua|langue|sprache)\b",
)
DONE_PATTERNS = (
    r"^(?:done|did|finished|completed|complete|closed|close|check(?:ed)?\s+off|tick(?:ed)?\s+off"
    r"|✅|✔️?|☑️?|x)\s*:?\s*#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*[\s!.]*$",
    r"^#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*\s+(?:done|finished|completed|is\s+done|✅)[\s!.]*$",
    r"^(?:mark|set)\s+#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*\s+(?:as\s+)?(?:done|complete|completed|finished)\b",
    r"^(?:mark|set)\s+(?:the\s+)?.+\s+(?:as\s+)?(?:done|complete|completed|finished)[\s!.]*$",
    r"^(?:i\s+|we\s+|just\s+|i\s+just\s+|we\s+just\s+|i've\s+|ive\s+|i\s+have\s+)?"
    r"(?:finished|completed|done\s+with|wrapped\s+up|sent|paid|submitted|booked|called"
    r"|bought|fixed|handled|took\s+care\s+of|dealt\s+with)\b(?!.*\b(?:by|before|until|tomorrow|next)\b)",
    r"^(?:done|finished|completed|all\s+done|that's\s+done|it's\s+done|done\s+and\s+dusted)[\s!.✅👍]*$",
    # ("a month after it's done" repeats a task counted from completion; it ticks nothing off)
    r"^(?!(?:pls\s+|please\s+)?(?:make\s+sure|ensure|check|verify|confirm|see\s+if|ask\s+if)\b)"
    r"(?!.*\bafter\s+(?:it|they|this|that)(?:'s|\s+is|\s+are)\s)"
    r".*\b(?:is|are|'s)\s+(?:all\s+)?(?:done|finished|complete|completed|sorted)[\s!.✅👍]*$",
    r"^(?:✅|✔️|☑️)",
    r"^(?:c'est\s+fait|ya\s+está|ya\s+esta|já\s+está|ja\s+esta|ist\s+erledigt)\b",
    r"\b(?:já\s+fiz|ja\s+fiz|ya\s+lo\s+hice|ya\s+está\s+hecho|j'ai\s+fini|c'est\s+réglé"
    r"|hab(?:e|')?s?\s+erledigt|hab's\s+gemacht)\b",
    r"^(?:hecho|listo|terminado|terminé|termine|completado|feito|pronto|concluído|concluido"
    r"|terminei|fini|fait|terminé|erledigt|fertig|gemacht|abgehakt)\b",
)
REMIND_PATTERNS = (
    r"^(?:(?:please|pls|plz|hey|can\s+you|could\s+you)\s+)*remind\s+(?:me|us|@?\w+)\b",
    r"^(?:set|add|create|make)\s+(?:a|an|me\s+a)?\s*(?:reminder|alarm)\b",
    r"^(?:ping|nudge|alert|notify|text|buzz)\s+me\b",
    r"^(?:reminder|remind)\b(?!\s+that\b)",
    # "every monday 9am standup" sets a reminder; "every time I log in it crashes" does not.
    r"^(?:every|each)\s+(?:\d+|other|second|third|first|last|single|day|days|week|weeks|month|months"
    r"|year|quarter|morning|afternoon|evening|night|weekday|weekend|hour|hours|minute|minutes"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|sprint|payday|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b",
    r"^(?:don'?t|do\s+not)\s+let\s+me\s+forget\b",
    r"^(?:recuérdame|recuerdame|recordame|recordarme|recuérdanos|acordate|avísame|avisame|lembre-me"
    r"|lembra-me|lembra\s+de|lembrar\s+de"
    r"|me\s+lembre|me\s+lembra|lembrete|rappelle-moi|rappelle\s+moi|rappelez-moi|erinnere\s+mich"
    r"|erinner\s+mich|erinnerung)\b",
    r"^(?:cada|todos\s+los|todas\s+las|toda|todos\s+os|todas\s+as|chaque|tous\s+les|toutes\s+les"
    r"|jeden|jede|jedes|alle)\s+\S+",
)
QUERY_PATTERNS = (
    # "what's due", "what's on my plate", but not "what's the wifi password" or "what's up".
    r"^(?:what'?s|what\s+is|whats|what\s+are|anything|is\s+there\s+anything|how\s+many)\b"
    r"(?=.*\b(?:due|overdue|left|open|pending|on\s+my|my|mine|planned|scheduled|today|tonight"
    r"|tomorrow|this\s+week|next\s+week|assigned|tasks?|todos?|to-dos|list|agenda|deadlines?"
    r"|plate|status|doing|working|fri|friday|monday|tuesday|wednesday|thursday|weekend|next)\b)",
    r"^(?:what\s+do\s+i|what\s+have\s+i|what\s+did\s+i|what\s+does|what\s+do|what\s+else"
    r"|what\s+(?:tasks|is\s+left)|do\s+i\s+have|which\s+tasks|who\s+(?:has|is\s+doing|owns)"
    r"|where\s+are\s+we)\b",
    r"^(?:show|list|display|view|see)(?:\s+me)?\b.*\b(?:tasks?|todos?|to-dos|items|stuff|everything"
    r"|agenda|reminders?|overdue|due|open|pending|done|completed|list|plate|working\s+on|doing|assigned)\b",
    r"^(?:show|list|display)(?:\s+(?:me|all|everything|mine))?[\s?!.]*$",
    r"^(?:my|open|pending|overdue|today'?s|upcoming|all|team)\s+(?:tasks|todos|to-dos|list|items|stuff)\b",
    r"^(?:tasks|todos|to-dos|list|agenda|overdue|today|tomorrow|this\s+week|next\s+week|status"
    r"|my\s+day|my\s+week|open|pending|inbox)[\s?!.]*$",
    r"\b(?:due|overdue|on\s+my\s+plate|left\s+to\s+do|still\s+open|outstanding|on\s+the\s+list)\s*"
    r"(?:today|tomorrow|this\s+week|next\s+week)?\s*\?\s*$",
    r"^(?:qué|que|o\s+que|qu'est-ce\s+que|was)\s+(?:yo\s+|eu\s+)?(?:tengo|hay|tenho|j'ai|il\s+y\s+a"
    r"|habe\s+ich|steht"
    r"|ist\s+(?:heute|morgen|fällig|offen))\b",
    r"^(?:mis|mes|minhas|meine)\s+(?:tareas|tâches|taches|tarefas|aufgaben)\b",
    r"^(?:o\s+que|qué|que|what|was|qu'est-ce\s+qui|quelles?|quels?)\b.*\b(?:atrasad|vencid|pendient"
    r"|pendent|überfällig|fällig|retard|overdue)",
    r"^(?:quais|cuáles|cuales|quelles|quels|welche|qué|que)\b.*\b(?:tarefas|tareas|tâches|taches"
    r"|aufgaben|pendientes?|pendentes?)\b",
    r"^(?:upcoming|next)\s+(?:deadlines?|tasks?|todos?|items?)\b",
    r"^(?:muéstrame|muestrame|mostra|mostre|montre|affiche|zeig|zeige)\b",
)
CHITCHAT_PATTERNS = (
    r"^(?:how\s+are\s+you|how\s+r\s+u|how'?s\s+it\s+going|what'?s\s+up|wassup|sup|good\s+(?:morning"
    r"|night|evening|afternoon|job|work|one)|see\s+you|talk\s+later|ttyl|have\s+a\s+good|nice\s+one"
    r"|well\s+done|you'?re\s+(?:the\s+best|awesome|welcome)|thank(?:s|\s+you)|love\s+(?:it|you)"
    r"|no\s+worries|no\s+problem|sounds\s+good|all\s+good|makes\s+sense|got\s+it|will\s+do"
    r"|on\s+it|nice|cool|great|awesome|perfect|lol|haha|ok|okay|k|kk|yes|no|sure|yep|nope"
    r"|cómo\s+estás|como\s+estas|qué\s+tal|que\s+tal|tudo\s+bem|como\s+vai|ça\s+va|ca\s+va"
    r"|wie\s+geht'?s|buenos\s+días|buenas\s+noches|bom\s+dia|boa\s+noite|bonne\s+nuit"
    r"|guten\s+(?:morgen|tag|abend))\b",
)
