"""Status questions in each language, as patterns over the folded message (accents dropped).

Kinds: "all" (everything I have), "one" (how a task stands), "saved" (was it saved), "person"
(what someone has), "topic" (what is left on a subject). `{what}` is the task or subject named,
`{name}` a person. A pattern must cover the whole message, give or take greetings and marks.
"""

from __future__ import annotations

KINDS = ("saved", "one", "person", "topic", "all")

# Words said before the question: "morning!", "oye", "e", "ну".
LEAD = (
    r"(?:good\s+)?(?:morning|afternoon|evening)|hi+|he+y+|hello+|yo|ok(?:ay)?|so|and|btw|quick\s+q"
    r"|oye|hola|buen(?:os|as)\s+(?:dias|tardes)|y|bom\s+dia|oi|e|ai|hallo|moin|und|salut|bonjour"
    r"|et|hoi|en|ciao|allora|e\s+poi|halo|eh|terus|selam|merhaba|peki|bi\s+de|привет|ну|а|и"
    r"|слушай|नमस्ते|और|aur|arre|अरे|yaar|مرحبا|و|super|harika|tamam|guzel|peki|cool|nice|great"
    r"|genial|top|prima|perfetto|perfecto|perfeito|otimo|parfait|super|klasse|mantap|sip|oke"
)
# One's own list in English idiom: "my plate", "my list", "my to-do list", "my desk".
_MY_LIST = r"my\s+(?:plate|list|to-?do(?:\s+list)?|todos|agenda|desk|radar)"
_NOT_MY_LIST = rf"(?!{_MY_LIST}\b)"
# Words said after it: "o q", "ne", "ya", "pls".
TAIL = (
    r"o\s+(?:q|que|no)|ou\s+nao|ne|ya|yaa|dong|sih|pls|please|plz|porfa|por\s+favor|xfa|mi|mı"
    r"|ли|плз|пожалуйста|na|yaar|क्या|kya|bhai|abhi|अभी|su\s+an|simdi|again|now|then|atm|rn|lol"
    r"|skrg|skg|sekarang|sekarang\s+ini|still"
)

PATTERNS: dict[str, dict[str, list[str]]] = {
    "en": {
        "all": [
            r"(?:show|list|give|tell)(?:\s+me)?\s+(?:all|everything)(?:\s+(?:of\s+)?my\s+(?:tasks|"
            r"stuff|todos|to-dos))?(?:\s+i\s+have)?",
            r"(?:what\s+(?:do\s+i\s+have|have\s+i\s+got)|what's\s+on\s+my\s+list)\s+"
            r"(?:in\s+total|overall|all\s+together|altogether|saved|noted|written\s+down)",
            r"everything\s+i\s+(?:have|got)(?:\s+on)?",
            # "what's left on my plate", "anything still on my list?": one's own list, no topic.
            r"(?:what(?:'s|’s|s|\s+is)|(?:is\s+there\s+)?anything)\s+(?:still\s+|else\s+)?"
            r"(?:left\s+|open\s+)?on\s+" + _MY_LIST,
        ],
        "one": [
            r"what(?:'s|’s|s|\s+is)\s+the\s+(?:status|state|news|latest|update)\s+(?:of|on|with)"
            r"\s+{what}",
            r"(?:any\s+)?(?:news|updates?|status)\s+(?:of|on)\s+{what}",
            r"how(?:'s|’s|s|\s+is|\s+are)\s+(?!(?:my|your|our|the|this|next)\s+(?:day|week|weekend"
            r"|month|schedule|plate|morning|afternoon|evening)\b){what}\s+(?:going|coming\s+along"
            r"|looking|doing)",
            r"where\s+(?:are\s+we|do\s+we\s+stand|is|'s|’s)\s+(?:with|on)\s+{what}",
            r"how\s+(?:are\s+we|is\s+everyone|are\s+things|is\s+it)\s+(?:doing|going|looking)?"
            r"\s*(?:on|with)\s+{what}",
        ],
        "saved": [
            r"(?:did|has)\s+(?:it|that|this)\s+(?:get\s+|been\s+)?(?:saved|noted)",
            r"(?:is|was)\s+(?:it|that|this)\s+saved",
            r"did\s+you\s+(?:save|note)\s+(?:it|that|this)",
            r"(?:did|has|have)\s+{what}\s+(?:get\s+|been\s+)?(?:saved|noted|logged|stored)",
            r"(?:is|was|are|were)\s+{what}\s+(?:saved|noted|logged|stored)(?:\s+(?:yet|now))?",
            r"did\s+you\s+(?:save|note|log|store|get)\s+{what}",
            r"{what},?\s+(?:is|was|did)\s+(?:it|that)\s+(?:get\s+)?(?:saved|noted|logged)",
        ],
        "person": [],
        "topic": [
            r"(?:is\s+there\s+)?anything\s+(?:still\s+)?(?:left|open|pending|outstanding|to\s+do)"
            r"\s+(?:on|with|re|regarding)\s+" + _NOT_MY_LIST + "{what}",
            r"what(?:'s|’s|s|\s+is)\s+(?:still\s+)?(?:left|open|pending)\s+(?:on|with)\s+"
            + _NOT_MY_LIST
            + "{what}",
        ],
    },
    "es": {
        "all": [
            r"(?:q|que|k)\s+me\s+(?:queda|falta)(?:\s+(?:por\s+hacer|pendiente))?",
            r"(?:en\s+total\s+)?(?:q|que|k)\s+(?:tengo|tenia)\s+(?:anotado|apuntado|guardado"
            r"|pendiente)(?:\s+en\s+total)?",
            r"en\s+total\s+(?:q|que|k)\s+tengo(?:\s+anotado|\s+pendiente)?",
            r"(?:muestrame|mostrame|ensename|dame|pasame|ver|lista(?:me)?)\s+(?:todas\s+)?"
            r"(?:mis|las)\s+(?:tareas|pendientes|cosas)(?:\s+pendientes)?",
            r"todas?\s+(?:mis\s+tareas|lo\s+(?:q|que)\s+tengo(?:\s+anotado|\s+pendiente)?)",
        ],
        "one": [
            r"(?:como|q\s+tal|que\s+tal)\s+va(?:n)?\s+(?!a\s)(?:lo\s+de\s+)?{what}",
            r"en\s+(?:q|que)\s+(?:quedo|va|esta|anda)\s+(?:lo\s+de\s+)?{what}",
            r"(?:cual\s+es\s+el\s+)?estado\s+de\s+{what}",
            r"(?:hay\s+)?novedades\s+(?:de|sobre|con)\s+{what}",
        ],
        "saved": [
            r"(?:eso\s+|esto\s+)?se\s+(?:guardo|anoto|apunto)",
            r"(?:lo\s+)?guardaste",
            r"{what}\s+(?:se\s+)?(?:guardo|anoto|apunto|agrego|quedo\s+(?:guardad|anotad)[oa])",
            r"(?:se\s+(?:guardo|anoto|apunto)|guardaste|anotaste|apuntaste)\s+{what}",
            r"(?:esta|quedo)\s+(?:guardad|anotad)[oa]\s+{what}",
        ],
        "person": [
            # "¿cómo va sam con los vuelos?", "en qué anda priya", "¿qué tal va ana con el hotel?"
            r"(?:como|q\s+tal|que\s+tal)\s+(?:va|anda|lleva|vamos\s+con)\s+{name}"
            r"(?:\s+(?:con|en)\s+{what})?",
            r"en\s+(?:q|que)\s+(?:anda|esta|va)\s+{name}(?:\s+con\s+{what})?",
            r"(?:q|que|k)\s+(?:tiene|le\s+toca\s+a|le\s+queda\s+a)\s+{name}(?:\s+(?:pendiente|"
            r"anotado|abierto|por\s+hacer))?",
            r"(?:las\s+)?tareas\s+de\s+{name}",
            r"(?:q|que|k)\s+pendientes\s+tiene\s+{name}",
        ],
        "topic": [
            r"(?:queda|hay|falta)\s+algo\s+(?:pendiente\s+)?(?:de|sobre|con|del)\s+{what}",
            r"(?:q|que|k)\s+(?:queda|falta|hay\s+pendiente)\s+(?:de|sobre|con|del)\s+{what}",
        ],
    },
    "pt": {
        "all": [
            r"(?:o\s+)?(?:q|que)\s+(?:me\s+)?(?:falta|sobrou)(?:\s+(?:pra|para)\s+(?:mim|fazer|eu\s+fazer))?",
            r"(?:me\s+)?(?:mostra|mostre|lista|ver)\s+(?:todas\s+)?(?:as\s+)?minhas\s+tarefas",
            r"o?\s*(?:q|que)\s+(?:eu\s+)?tenho\s+(?:anotado|salvo|pendente|(?:pra|para)\s+fazer)"
            r"(?:\s+no\s+total)?",
            r"no\s+total\s+(?:o\s+)?(?:q|que)\s+(?:eu\s+)?tenho(?:\s+anotado)?",
            r"todas\s+(?:as\s+)?minhas\s+tarefas",
            # "oq tá pendente na minha lista?", "o que ainda tem na minha lista"
            r"o?\s*(?:q|que|oq)(?:\s+(?:q|que))?\s+(?:(?:ta|esta|tem|ficou|falta)\s+)?(?:ainda\s+)?"
            r"(?:(?:ta|esta|tem|ficou)\s+)?(?:pendente|aberto|em\s+aberto|sobrando)?\s*"
            r"(?:na|da)\s+minha\s+lista",
        ],
        "one": [
            r"como\s+(?:ta|esta|anda|vai|fica)\s+{what}",
            r"(?:qual\s+(?:e\s+)?o\s+)?status\s+d[oae]s?\s+{what}",
            r"(?:alguma\s+)?novidade\s+(?:sobre|d[oae]s?)\s+{what}",
        ],
        "saved": [
            r"(?:isso\s+)?(?:ficou|foi)\s+(?:salv|anotad)[oa]",
            r"(?:vc\s+|voce\s+)?(?:salvou|anotou)(?:\s+isso)?",
            r"{what},?\s+(?:ficou|foi|ta|esta)\s+(?:salv|anotad|guardad|registrad)[oa]s?",
            r"(?:voce\s+|vc\s+)?(?:salvou|anotou|guardou|registrou)\s+{what}",
            r"(?:ficou|foi)\s+(?:salv|anotad|guardad)[oa]\s+{what}",
        ],
        "person": [
            # "como tá a priya com o hotel", "e o sam, como anda com os voos?"
            r"como\s+(?:ta|esta|anda|vai)\s+(?:[ao]\s+)?{name}\s+(?:com|n[oa]s?)\s+{what}",
            r"(?:[ao]\s+)?{name},?\s+como\s+(?:ta|esta|anda|vai)(?:\s+(?:com|n[oa]s?)\s+{what})?",
            r"(?:o\s+)?(?:q|que)\s+(?:a\s+|o\s+)?{name}\s+tem(?:\s+(?:pendente|aberto|pra\s+fazer"
            r"|anotado))?",
            r"(?:as\s+)?tarefas\s+d[ao]s?\s+{name}",
        ],
        "topic": [
            r"(?:tem|sobrou|falta|ficou)\s+algo\s+(?:pendente\s+)?(?:de|sobre|d[oa]s?)\s+{what}",
            r"(?:o\s+)?(?:q|que)\s+(?:falta|sobrou|ta\s+pendente)\s+(?:de|sobre|d[oa]s?)\s+{what}",
        ],
    },
    "ru": {
        "all": [
            r"(?:что|чё|че)\s+(?:мне\s+)?(?:осталось|ещё\s+надо|еще\s+надо)(?:\s+сделать)?",
            r"(?:покажи|выведи|дай|скинь|перечисли)(?:\s+мне)?\s+(?:все\s+)?(?:мои\s+)?"
            r"(?:задачи|дела)(?:\s+все)?",
            r"(?:все\s+)?мои\s+(?:задачи|дела)\s+(?:все|целиком)",
            r"(?:что|чё|че|шо)\s+у\s+меня\s+(?:всего|вообще|в\s+целом|по\s+задачам|по\s+делам)"
            r"(?:\s+(?:записано|есть))?",
        ],
        "one": [
            r"как\s+(?:там\s+)?(?:дела\s+)?(?:с|со)\s+{what}",
            r"что\s+(?:там\s+)?(?:с|со)\s+{what}",
            r"(?:какои\s+)?статус\s+(?:у\s+)?{what}",
        ],
        "saved": [
            r"(?:это\s+)?(?:сохранилось|записалось|сохранено|записано)",
            r"(?:ты\s+)?(?:это\s+)?(?:сохранил|записал)(?:а|и)?(?:\s+это)?",
            r"{what}\s+(?:сохранил(?:ось|ся|ась|ись|и)?|записал(?:ось|ся|ась|ись|и)?"
            r"|сохранен[оаы]?|записан[оаы]?)",
            r"(?:ты\s+)?(?:сохранил|записал)(?:а|и)?\s+{what}",
        ],
        "person": [
            # "как там у сэма с билетами", "как дела у прии с отелем"
            r"как\s+(?:там\s+)?(?:дела\s+)?у\s+{name}(?:\s+(?:с|со)\s+{what})?",
            r"что\s+(?:есть\s+)?у\s+{name}(?:\s+(?:открыто|висит|по\s+задачам|в\s+работе))?",
            r"(?:какие\s+)?задачи\s+(?:у\s+)?{name}",
        ],
        "topic": [
            r"(?:что-то|что-нибудь|чего|что)\s+(?:еще\s+)?осталось\s+(?:по|с|про)\s+{what}",
            r"(?:есть\s+)?(?:еще\s+)?что-(?:то|нибудь)\s+(?:открытое\s+)?по\s+{what}",
        ],
    },
    "de": {
        "all": [
            r"was\s+(?:hab|habe)\s+ich\s+noch(?:\s+(?:offen|zu\s+tun|auf\s+der\s+liste))?",
            r"was\s+(?:muss|soll)\s+ich\s+noch(?:\s+(?:machen|tun|erledigen))?",
            r"zeig(?:e)?\s+mir\s+(?:alle\s+)?meine\s+aufgaben",
            r"was\s+hab(?:e)?\s+ich\s+(?:insgesamt|alles|uberhaupt)(?:\s+(?:offen|notiert))?",
        ],
        "one": [
            r"wie\s+(?:steht\s+es|sieht\s+es\s+aus|ist\s+der\s+stand)\s+(?:mit|bei)\s+{what}",
            r"(?:was\s+ist\s+)?(?:der\s+)?(?:status|stand)\s+(?:von|bei|zu|zum|zur)\s+{what}",
            r"was\s+macht\s+{what}",
        ],
        "saved": [
            r"(?:ist|wurde)\s+(?:das|es)\s+gespeichert(?:\s+worden)?",
            r"hast\s+du\s+(?:das|es)\s+gespeichert",
            r"(?:ist|wurde)\s+{what}\s+(?:gespeichert|notiert|eingetragen)(?:\s+worden)?",
            r"hast\s+du\s+{what}\s+(?:gespeichert|notiert|eingetragen)",
        ],
        "person": [
            # "wie weit ist sam mit den flügen", "wie läuft's bei priya mit dem hotel"
            r"wie\s+weit\s+(?:ist|sind)\s+{name}(?:\s+(?:mit|bei)\s+{what})?",
            r"wie\s+(?:lauft'?s|lauft\s+es|sieht'?s|sieht\s+es\s+aus)\s+bei\s+{name}"
            r"(?:\s+(?:mit|bei)\s+{what})?(?:\s+aus)?",
            r"was\s+hat\s+{name}(?:\s+noch)?\s+(?:offen|zu\s+tun|alles)",
            r"(?:die\s+)?aufgaben\s+von\s+{name}",
        ],
        "topic": [
            r"(?:ist\s+)?(?:noch\s+)?(?:was|etwas)\s+offen\s+(?:bei|beim|zu|zum|zur|fur)\s+{what}",
            r"was\s+ist\s+(?:noch\s+)?offen\s+(?:bei|beim|zu|zum|zur|fur)\s+{what}",
        ],
    },
    "fr": {
        "all": [
            r"qu'?est[\s-]+ce\s+qu(?:'?il|i)\s+(?:me\s+)?reste(?:\s+a\s+faire)?",
            r"(?:il\s+)?(?:me\s+)?reste\s+quoi(?:\s+a\s+faire)?",
            r"qu'?(?:est[\s-]+ce\s+que\s+j'?ai|ai[\s-]+je)\s+encore(?:\s+a\s+faire)?",
            r"montre[\s-]*moi\s+(?:toutes\s+)?mes\s+taches",
            r"(?:j'?ai\s+)?quoi\s+en\s+tout",
            r"qu'?est[\s-]+ce\s+que\s+j'?ai\s+(?:en\s+tout|de\s+note)",
        ],
        "one": [
            r"ou\s+en\s+(?:est|sont|sommes[\s-]nous\s+avec)\s+{what}",
            r"(?:quel\s+est\s+)?le\s+statut\s+(?:de|du|des)\s+{what}",
            r"(?:des\s+)?nouvelles\s+(?:de|du|pour)\s+{what}",
        ],
        "saved": [
            r"(?:c\'?est|ca\s+a\s+ete)\s+(?:bien\s+)?enregistre",
            r"tu\s+l\'?as\s+(?:bien\s+)?(?:enregistre|note)",
            r"(?:est[\s-]ce\s+que\s+)?{what}\s+(?:a\s+ete|est)\s+(?:enregistre|note|sauvegarde)e?s?",
            r"tu\s+as\s+(?:bien\s+)?(?:enregistre|note|sauvegarde)\s+{what}",
        ],
        "person": [
            # "et sam il en est où avec les vols", "priya en est où avec l'hôtel ?"
            r"{name},?\s+(?:il\s+|elle\s+)?en\s+est\s+ou(?:\s+(?:avec|pour|sur|de)\s+{what})?",
            r"ou\s+en\s+est\s+{name}\s+(?:avec|pour|sur|de)\s+{what}",
            r"ou\s+(?:il|elle)\s+en\s+est\s+{name}(?:\s+(?:avec|pour|sur)\s+{what})?",
            r"qu'?est[\s-]+ce\s+qu'?(?:a|il\s+reste\s+a)\s+{name}",
            r"{name}\s+a\s+quoi(?:\s+(?:en\s+cours|a\s+faire))?",
            # "et Sam, il a quoi sur sa liste ?", "Priya, elle a quoi a faire"
            r"{name},?\s+(?:il|elle)\s+a\s+quoi(?:\s+(?:sur\s+sa\s+liste|en\s+cours|a\s+faire"
            r"|de\s+prevu))?",
            r"qu'?est[\s-]+ce\s+(?:que|qu'?)\s*{name}\s+a\s+(?:sur\s+sa\s+liste|a\s+faire)",
            r"les\s+taches\s+de\s+{name}",
        ],
        "topic": [
            r"(?:il\s+)?reste\s+(?:quelque\s+chose|qqch|quoi)\s+(?:sur|pour|de|du)\s+{what}",
        ],
    },
    "nl": {
        "all": [
            r"wat\s+moet\s+ik\s+nog(?:\s+doen)?",
            r"wat\s+staat\s+er\s+nog\s+open",
            r"(?:laat|toon)\s+(?:me\s+)?(?:al\s+)?mijn\s+taken(?:\s+zien)?",
            r"wat\s+heb\s+ik\s+(?:allemaal|in\s+totaal)(?:\s+(?:staan|open))?",
        ],
        "one": [
            r"hoe\s+(?:staat|zit|gaat)\s+het\s+met\s+{what}",
            r"(?:wat\s+is\s+)?de\s+status\s+van\s+{what}",
        ],
        "saved": [
            r"is\s+(?:het|dat)\s+opgeslagen",
            r"is\s+{what}\s+(?:opgeslagen|genoteerd|bewaard)",
            r"heb\s+je\s+{what}\s+(?:opgeslagen|genoteerd)",
        ],
        "person": [
            # "hoe ver is sam met de vluchten", "hoe staat priya ervoor met het hotel"
            r"hoe\s+ver\s+is\s+{name}(?:\s+met\s+{what})?",
            r"hoe\s+staat\s+{name}\s+ervoor(?:\s+met\s+{what})?",
            r"wat\s+heeft\s+{name}(?:\s+nog)?\s+(?:open|staan|te\s+doen)",
            r"(?:de\s+)?taken\s+van\s+{name}",
        ],
        "topic": [r"(?:is\s+er\s+)?nog\s+iets\s+open\s+(?:voor|over|bij)\s+{what}"],
    },
    "it": {
        "all": [
            r"(?:che\s+)?(?:cosa|cos)\s*(?:mi\s+)?(?:resta|rimane|manca)(?:\s+da\s+fare)?",
            r"(?:che\s+)?cosa\s+devo\s+ancora\s+fare",
            r"mostrami\s+(?:tutti\s+)?i\s+miei\s+(?:compiti|task|impegni)",
            r"(?:che\s+)?cosa\s+ho\s+(?:in\s+tutto|segnato)",
        ],
        "one": [
            r"a\s+che\s+punto\s+(?:e|siamo\s+con)\s+{what}",
            r"(?:qual\s+e\s+)?lo\s+stato\s+d(?:i|el|ella)\s+{what}",
            r"come\s+va\s+(?:con\s+)?{what}",
        ],
        "saved": [
            r"(?:l\'?hai\s+salvat[oa]|e\s+stat[oa]\s+salvat[oa])",
            r"{what}\s+(?:e\s+stat[oa]|l'?hai)\s+(?:salvat|segnat|registrat)[oa]",
            r"hai\s+(?:salvato|segnato|registrato)\s+{what}",
        ],
        "person": [
            # "a che punto è sam con i voli", "come va priya con l'hotel"
            r"a\s+che\s+punto\s+e\s+{name}(?:\s+con\s+{what})?",
            r"come\s+(?:va|sta\s+andando|procede)\s+{name}\s+con\s+{what}",
            r"(?:che\s+)?cosa\s+ha\s+(?:in\s+ballo\s+|da\s+fare\s+)?{name}"
            r"(?:\s+(?:da\s+fare|aperto|in\s+sospeso|in\s+ballo|in\s+corso|in\s+programma))?",
            r"{name}\s+(?:che\s+)?(?:cosa\s+)?(?:ha|deve\s+fare)(?:\s+(?:da\s+fare|aperto"
            r"|in\s+sospeso|in\s+ballo|in\s+corso|in\s+programma))?",
            r"(?:che\s+)?(?:cosa\s+)?deve\s+fare\s+{name}",
            r"(?:i\s+)?compiti\s+di\s+{name}",
        ],
        "topic": [
            r"(?:c'?e\s+)?(?:ancora\s+)?qualcosa\s+(?:in\s+sospeso\s+|aperto\s+)?"
            r"(?:su|per|sul|sulla|sui|sulle)\s+{what}",
        ],
    },
    "id": {
        "all": [
            r"(?:list|daftar|tugas|kerjaan)(?:ku|\s+(?:aku|saya|gue|gw))?\s+(?:apa\s+(?:aja|saja)|ada\s+apa(?:\s+(?:aja|saja))?)",
            r"(?:aku|saya|gue|gw)\s+(?:masih\s+)?(?:ada\s+)?(?:tugas|kerjaan)\s+apa\s+(?:aja|saja)",
            r"(?:liat|tampilkan|tunjukin|lihat|kasih\s+liat)(?:in)?\s+(?:semua\s+)?"
            r"(?:tugas|kerjaan)(?:ku|\s+aku|\s+saya|\s+gue|\s+gw)?",
            r"(?:semua\s+)?tugas(?:ku|\s+aku|\s+saya)\s+(?:apa\s+aja|semua)",
            r"total\s+(?:aku|saya|gue|gw)\s+(?:ada\s+)?(?:tugas\s+)?apa\s+aja",
        ],
        "one": [
            r"(?:gimana|bagaimana)\s+(?!kalau|kalo|klo|kl\s|kalo)(?:dengan\s+|soal\s+|kabar\s+)?{what}",
            r"status\s+{what}",
            r"{what}\s+(?:gimana|udah\s+sampai\s+mana)",
        ],
        "saved": [
            r"(?:udah|sudah|udh)\s+(?:disimpan|kesimpen|disimpen|tersimpan|dicatat)(?:\s+(?:belum|blm))?",
            r"{what}\s+(?:udah|sudah|udh)\s+(?:disimpan|kesimpen|disimpen|dicatat|kecatat|tersimpan)"
            r"(?:\s+(?:belum|blm))?",
            r"(?:udah|sudah|udh)\s+(?:kamu\s+)?(?:simpan|simpen|catat)\s+{what}",
        ],
        "person": [
            # "gimana sam soal tiketnya", "priya udah sampai mana sama hotelnya"
            r"(?:gimana|bagaimana)\s+{name}\s+(?:soal|sama|dengan)\s+{what}",
            r"{name}\s+(?:udah|sudah)\s+sampai\s+mana(?:\s+(?:soal|sama|dengan)\s+{what})?",
            r"(?:tugas|kerjaan)(?:nya)?\s+{name}(?:\s+apa\s+aja)?",
            r"{name}\s+(?:ada\s+)?(?:tugas\s+)?apa\s+aja",
        ],
        "topic": [
            r"(?:masih\s+)?ada\s+(?:yang\s+)?(?:sisa|tersisa|belum\s+beres)\s+"
            r"(?:soal|tentang|buat|untuk)\s+{what}",
        ],
    },
    "tr": {
        "all": [
            r"(?:bende|benim)\s+ne(?:ler)?\s+kaldi",
            r"ne(?:ler)?\s+kaldi(?:\s+bende)?",
            r"(?:yapacak|yapilacak)\s+ne(?:ler)?\s+(?:var|kaldi)",
            r"(?:tum\s+|butun\s+)?(?:gorevlerimi|islerimi)\s+(?:goster|listele)",
            r"(?:tum\s+|butun\s+)?(?:gorevlerim|islerim)\s+neler",
            r"listemde\s+(?:daha\s+|hala\s+)?ne(?:ler)?\s+(?:var|kaldi)",
            r"(?:listemde|bende)\s+(?:daha\s+|hala\s+)?(?:neler|ne)\s+(?:acik|bekliyor|duruyor)",
            r"(?:toplamda|hepsi)\s+ne(?:ler)?\s+var",
            # "peki benim neyim var", "bende nelerim var": what I have, a period cut out before
            r"(?:benim|bende)\s+(?:neyim|nelerim|ne\s+islerim)\s+var",
        ],
        "one": [
            r"{what}\s+(?:ne\s+durumda|ne\s+oldu|nasil\s+gidiyor)",
            r"{what}\s+durumu\s+(?:ne|nedir)",
        ],
        "saved": [
            r"(?:kaydedildi|kaydettin|kaydoldu)",
            r"{what}\s+(?:kaydedildi|kaydoldu|kaydettin|kayitli|not\s+edildi|not\s+aldin)",
        ],
        "person": [
            # "sam uçuşlarda ne durumda", "priya otelde ne durumda"
            r"{name}\s+{what}(?:da|de|ta|te)\s+ne\s+durumda",
            r"{name}(?:'?(?:nin|in|un|nun))?\s+(?:gorevleri|isleri)(?:\s+(?:neler|ne))?",
            r"{name}(?:'?(?:da|de|ta|te))?\s+ne(?:ler)?\s+var",
        ],
        "topic": [
            r"{what}\s+(?:ile\s+ilgili|hakkinda|konusunda)\s+(?:ne(?:ler)?\s+kaldi"
            r"|bir\s+sey\s+kaldi|kalan\s+var)",
        ],
    },
    "hi": {
        "all": [
            r"(?:मेरा|मेरे)\s+क्या\s+(?:बाकी|पेंडिंग)\s+है",
            r"(?:मेरे\s+)?(?:सारे\s+|सभी\s+)?(?:काम|टास्क)\s+(?:दिखाओ|दिखा\s+दो|बताओ)",
            r"मेरे\s+पास\s+कुल\s+क्या\s+(?:क्या\s+)?है",
        ],
        "one": [
            r"{what}\s+का\s+(?:क्या\s+)?(?:स्टेटस|हाल)\s+(?:क्या\s+)?है",
            r"{what}\s+का\s+क्या\s+हुआ",
        ],
        "saved": [
            r"(?:ये\s+)?(?:सेव|नोट)\s+(?:हुआ|हो\s+गया)",
            r"{what}\s+(?:सेव|नोट)\s+(?:हुआ|हो\s+गया)(?:\s+या\s+नहीं)?",
            r"क्या\s+{what}\s+(?:सेव|नोट)\s+(?:हुआ|हो\s+गया)",
        ],
        "person": [
            r"{name}\s+(?:के\s+पास|का|के)\s+(?:क्या\s+(?:क्या\s+)?है|काम|टास्क|tasks?)(?:\s+क्या\s+हैं)?",
            # "Sam के पास अभी कौन कौन से काम हैं", "Sam के कितने टास्क बाकी हैं"
            r"{name}\s+(?:के\s+पास|के|पर)\s+(?:अभी\s+)?(?:कौन\s+(?:कौन\s+)?से|कौनसे|क्या(?:\s+क्या)?"
            r"|कितने)\s+(?:काम|टास्क|tasks?)\s+(?:बाकी\s+|पेंडिंग\s+|pending\s+)?(?:हैं|है)",
        ],
        "topic": [r"{what}\s+(?:का|के\s+बारे\s+में)\s+कुछ\s+बचा\s+है"],
    },
    "hi_Latn": {
        "all": [
            r"(?:mera|mere|meri)\s+(?:kya\s+)?(?:kya\s+)?(?:pending|baaki|baki|bacha)(?:\s+kya)?\s+hai",
            r"(?:mere\s+)?(?:saare\s+|sare\s+|sab\s+)?(?:kaam|tasks?)\s+(?:dikhao|dikha\s+do|batao)",
        ],
        "one": [
            r"{what}\s+ka\s+(?:kya\s+)?(?:status|haal)\s+(?:kya\s+)?hai",
            r"{what}\s+ka\s+kya\s+hua",
        ],
        "saved": [
            r"(?:ye\s+)?(?:save|note)\s+(?:hua|ho\s+gaya)",
            r"{what}\s+(?:save|note)\s+(?:hua|ho\s+gaya)(?:\s+ya\s+nahi)?",
        ],
        "person": [
            r"{name}\s+(?:ke\s+paas|ka|ke)\s+(?:kya\s+(?:kya\s+)?hai|kaam|tasks?)",
            r"{name}\s+(?:ke\s+paas|ke|pe|par)\s+(?:abhi\s+)?(?:kaun\s+(?:kaun\s+)?se|kaunse|konse"
            r"|kon\s+se|kya(?:\s+kya)?|kitne)\s+(?:kaam|kam|tasks?)\s+(?:baaki\s+|baki\s+"
            r"|pending\s+)?(?:hain|hai|h)",
        ],
        "topic": [r"{what}\s+(?:ka|ke\s+baare\s+mein)\s+kuch\s+bacha\s+hai"],
    },
    "ar": {
        "all": [
            r"(?:ماذا|ما|شو|ايش|إيش)\s+(?:تبقى|بقي|باقي)\s+(?:لي|علي|عليّ)",
            r"(?:اعرض|أرني|ارني|وريني|فرجيني)\s+(?:كل\s+)?مهامي",
            r"كل\s+مهامي",
        ],
        "one": [
            r"(?:ما|ايش|شو)\s+(?:هي\s+)?حالة\s+{what}",
            r"(?:وين|فين)\s+وصل(?:ت)?\s+{what}",
        ],
        "saved": [
            r"(?:هل\s+)?(?:تم\s+)?(?:حفظها|حفظه|انحفظت|انحفظ)",
            r"(?:هل\s+)?(?:تم\s+)?حفظ\s+{what}",
            r"{what}\s+(?:انحفظ|اتحفظ|محفوظ)(?:ة)?",
        ],
        "person": [r"(?:ما|ايش|شو)\s+(?:عند|عندها|عنده)\s+{name}", r"مهام\s+{name}"],
        "topic": [r"(?:باقي|بقي)\s+(?:شي|شيء)\s+(?:عن|بخصوص)\s+{what}"],
    },
}

# Words of a question about what is late, beside the English ones: "ada yg telat ga?".
OVERDUE = (
    r"telat|terlambat|lewat\s+deadline|gecikm\w*|geciken|suresi\s+gecmis|atrasad\w*|vencid\w*"
    r"|en\s+retard|überfällig|ueberfaellig|achterstallig|te\s+laat|in\s+ritardo|scadut\w*"
    r"|просроч\w*|متأخر\w*"
)

# Words that name the state asked about: a question with one says it found nothing named.
STATE_WORDS = (
    r"status|state|update|news|estado|novedades|novidade|statut|nouvelles|stand|stato|staat"
    r"|статус|durum|स्टेटस|haal|حالة|saved|noted|guard|anot|apunt|salv|gespeichert|notiert"
    r"|enregistr|opgeslagen|salvat|segnat|simpan|simpen|catat|kaydet|kayit|сохран|запис|सेव|save|حفظ"
)

# Words that only lead into the thing named: "lo del dentista", "o contrato da ana".
_FILLER_WORDS = """
    the a an my our that this of for about with on re lo la el los las del de da do das dos
    o os as um uma le les du des un une het een die der das den dem il lo gli i di del della
    yang itu soal ini nya bu pak с со по про у का के की ka ke ki thing stuff one task tasks card
    cosa coisa thingy tarea tarefa aufgabe tache taak compito tugas gorev задача काम
    वाला वाले वाली wala wale wali for fur pour para per voor для icin untuk buat liye"""
FILLER = frozenset(_FILLER_WORDS.split())

# Words after a person's name that ask for all their tasks: "sam'in işleri", "ana's stuff".
_THEIR_TASKS_WORDS = """
    isleri isi gorevleri gorevi tasks stuff things work list todos sachen aufgaben liste taches
    trucs choses liste tareas cosas pendientes tarefas coisas pendencias compiti cose lavori taken
    dingen werk задачи дела kerjaan tugas tugasnya kerjaannya kaam kam काम"""
THEIR_TASKS = frozenset(_THEIR_TASKS_WORDS.split())

# Words that ask about everyone's tasks rather than name the subject: "open on the wedding for
# everyone", "was ist beim umzug für alle offen".
_TEAM_WORDS = """
    everyone everybody team all us group folks guys
    todos todas equipo mundo grupo gente
    equipe pessoal galera
    все всех всем команда команды команде
    alle jeder jeden team teams gruppe
    tous toutes equipe monde groupe
    iedereen allemaal groep
    tutti tutte squadra gruppo
    semua tim kita grup
    herkes ekip ekibin grup
    सब सबके सबका टीम
    sab sabke sabka sabhi
    الكل الجميع الفريق"""
TEAM = frozenset(_TEAM_WORDS.split())

# A question about the team's tasks in each language other than English (read by
# `status_team`): who ("das team", "tout le monde"), a question word, and the words of done.
TEAM_PHRASES = {
    "es": r"(?:el\s+)?equipo|todos|todo\s+el\s+mundo|(?:el\s+)?grupo",
    "pt": r"(?:a\s+)?equipe|(?:o\s+)?time|todos|todo\s+mundo|(?:o\s+)?pessoal|(?:a\s+)?galera",
    "fr": r"(?:l'\s*)?equipe|tout\s+le\s+monde|(?:le\s+)?groupe",
    "de": r"(?:das\s+)?team|alle|jede[rn]?|(?:die\s+)?gruppe",
    "nl": r"(?:het\s+)?team|iedereen|(?:de\s+)?groep",
    "it": r"(?:il\s+)?team|(?:la\s+)?squadra|tutti|(?:il\s+)?gruppo",
    "ru": r"команда|команды|команде|все|всех",
    "tr": r"ekip|ekibin|ekipte|herkes|herkesin|takim|takimin",
    "id": r"tim|semua\s+orang|semua|kita",
    "hi": r"टीम|सब|सबके|सबने|सबका",
    "hi_Latn": r"team|sab|sabke|sabne|sabka|sabhi",
    "ar": r"الفريق|الكل|الجميع",
}
TEAM_ASKS = {
    "es": r"que|cual(?:es)?|hay|tiene[n]?",
    "pt": r"o\s+que|que|qual|quais|tem",
    "fr": r"qu'?est[\s-]+ce|que|quoi|quel(?:le)?s?|a\s+quoi",
    "de": r"was|welche|hat|haben",
    "nl": r"wat|welke|heeft|hebben",
    "it": r"cosa|che|quali|ha|hanno",
    "ru": r"что|че|чё|какие|есть",
    "tr": r"ne|neler|hangi|var",
    "id": r"apa|ada",
    "hi": r"क्या|कौन",
    "hi_Latn": r"kya|kaun",
    "ar": r"ماذا|ما|ايش|شو|وش|ايه",
}
TEAM_DONE = (
    r"termin|hech[oa]s?|hizo|hicieron|complet|acab|cerr|feit[oa]s?|fez|fizeram|conclu|fech"
    r"|fini|fait|achev|erledigt|fertig|geschafft|abgeschlossen|gemacht|afgerond|gedaan|klaar"
    r"|finit|fatt[oi]|chius|сделал|сделано|выполн|закрыл|законч|готов|bitir|bitti|tamamla"
    r"|yapti|kapat|(?:di)?selesai|(?:me)?nyelesai|beres|kelar|किया|पूरा|ख़त्म|खत्म|हो\s+गया|kiya|kiye"
    r"|pura|khatam|ho\s+gaya|أنجز|انجز|خلص|اكمل|أكمل|أنهى|انهى"
)

# What a team question is about: "para la boda", "für den umzug", "düğün için", "shaadi ke liye".
TEAM_ABOUT_BEFORE = (
    r"para|pra|sobre|pour|sur|concernant|fur|zum|zur|beim|uber|voor|over|per|sul|sulla|sui"
    r"|по|для|про|untuk|buat|soal|tentang|عن|بخصوص"
)
TEAM_ABOUT_AFTER = r"icin|hakkinda|ke\s+liye|ke\s+baare\s+mein|के\s+लिए|के\s+बारे\s+में"
# Words after "for" that name the period, not the subject: "para esta semana".
_TEAM_NOT_ABOUT = """
    esta este estos estas esse essa cette ce cet diese diesen dieser dieses deze dit questa
    questo эту этой этот bu ini is iss इस هذا هذه semana semaine woche week settimana неделю
    неделе hafta minggu hafte हफ्ते الأسبوع hoy manana aujourd'hui demain heute morgen vandaag
    oggi domani сегодня завтра bugun yarin hari besok aaj kal आज कल اليوم غدا mes mois monat
    maand mese месяц ay bulan mahina महीने الشهر offen open abierto abierta abiertas pendiente
    pendientes aberto aberta pendente pendentes ouvert ouverte ouverts aperto aperti открыто
    открытые acik terbuka baaki bacha بقي باقي"""
TEAM_NOT_ABOUT = frozenset(_TEAM_NOT_ABOUT.split())

# "since friday" in each language, after its weekday is said in English: "depuis friday",
# "seit friday", "friday beri", "friday se"; "since" words before the day, and after it.
SINCE_BEFORE = r"since|depuis|seit|desde(?:\s+(?:el|o|a|la))?|sinds|с|со|sejak|semenjak|منذ"
SINCE_AFTER = r"beri|(?:se|से)(?!\s+(?:pehle|pahle|पहले))|sampai\s+sekarang"
