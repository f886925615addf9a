"""The word lists the task and intent rules read (en, es, pt, fr, de): verbs, names, openers.

Phrases cut from around a task's title live in `_task_fillers`, the phrases that pick an
intent in `_intent_phrases`.
"""

from __future__ import annotations

import re

from flowhub.nlp.lang import chat_phrases, chat_words


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
    peel serve circulate distribute collate compile pitch demo reminisce
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
VERBS = VERBS_EN | VERBS_ES | VERBS_PT | VERBS_FR | VERBS_DE | chat_words("verbs")
# German puts the infinitive last ("bitte morgen den Bericht schicken").
VERBS_FINAL = VERBS_DE | chat_words("final_verbs")

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
    und aber oder doch y e et pero mais en maar ook dus
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
) | chat_words("greetings")

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

# "btw someone needs to call ...": a need said after the opener is still a request.
_SOMEONE_MUST = (
    r"[\s,]+(?:someone|somebody|anyone|anybody|one\s+of\s+us)\s+(?:needs|has|must|should"
    r"|gotta|got)\b"
)

# "btw tomorrow 8am I have to send ...", "btw besok aku hrs kirim ...": the writer's own need.
_OWN_NEED_AFTER = (
    r"[^.!?]*\b(?:i\s+(?:really\s+)?(?:need\s+to|have\s+to|gotta|must|got\s+to)"
    r"|(?:aku|saya|gue|gw)\s+hrs|"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in chat_phrases("own_needs"))
    + r")(?!\w)"
)

# Openers of a notice, not a request ("please note the server will be down tonight").
INFO_OPENERS = (
    r"^(?:(?:please|pls|just\s+a)\s+)?(?:note(?!\s+to\s+(?:self|myself)\b)|be\s+aware|heads\s+up|fyi|just\s+so\s+you\s+know"
    r"|reminder\s+that|remember\s+(?:that|we|you|i)|btw(?!" + _SOMEONE_MUST + r")"
    r"(?!" + _OWN_NEED_AFTER + r")"
    r"|for\s+the\s+record)\b|^update\s*:"
)

# "I'll ...": the sender commits to the task.
SELF_OPENERS = (
    r"^(?:i'll|ill(?=\s+(?:ask|call|check|do|send|talk|get|order|book|pay|pick|sort|email|text|fix))"
    r"|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i'm\s+gonna|im\s+gonna|i\s+can"
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
    r"|could\s+you|would\s+you|pls|please|plz|can\s+u"
    + "".join(f"|{p}" for p in chat_phrases("name_modals"))
    + r")|'s\s+going\s+to|'s\s+gonna|'ll)"
)

# "team, ...", "guys, ...": addressing everyone assigns nobody.
GROUP_VOCATIVES = (
    r"(?:team|guys|all|everyone|everybody|folks|y'all|people|gang|equipo|gente|pessoal|galera"
    r"|équipe|tout\s+le\s+monde|leute|zusammen|kids|children|niños|crianças|enfants|kinder"
    r"|teman2|teman-teman|temen2|temen-temen|rekan2|rekan-rekan|kawan2|gaes|gais|arkadaşlar)"
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
    + "".join(rf"|\b(?:{p})\b" for p in chat_phrases("request_markers"))
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
