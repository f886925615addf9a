"""Questions about what someone else still has open, in the languages the bot reads.

"e o Sam, tá com o quê pendente?", "was hat Sam noch offen?", "et Sam, il a quoi en cours ?":
each is a status question; the status reader then finds the person named in it.
"""

from __future__ import annotations

# What may come first: "and", or the person named before a comma ("e o Sam, …").
_AT = r"^(?:[^,،.!?]{1,30}[,،]\s*)?(?:(?:and|so|e|und|et|y|en|dan|aur|ve|а|и|و)\s+)?[¿¡]?\s*"

# fmt: off
_ASKS: tuple[str, ...] = (
    # pt: "tá com o quê pendente", "o que o Sam tem pendente", "quais as pendências da Priya"
    r"\b(?:t[aá]|est[aá])\s+com\s+o\s+qu[eê]\s+(?:de\s+)?(?:pendente|em\s+aberto|aberto"
    r"|pra\s+fazer|para\s+fazer|a\s+fazer|na\s+m[aã]o)\b",
    r"\bo\s+qu[eê]\s+(?:(?:o|a)\s+\w+|el[ea])\s+(?:tem|t[aá])\s+(?:de\s+|com\s+)?"
    r"(?:pendente|em\s+aberto|aberto|pra\s+fazer|para\s+fazer|a\s+fazer)\b",
    r"(?:(?:(?:o|a)\s+)?\w+\s+)?(?:t[aá]|est[aá])\s+com\s+o\s+qu[eê]\s*[?!.]*$",
    r"\b(?:quais|que)\s+(?:s[aã]o\s+)?as\s+pend[eê]ncias\s+d[oa]\s+\w+",
    # de: "was hat Sam noch offen", "was liegt bei Sam an"
    r"\bwas\s+hat\s+(?:\w+\s+){1,2}(?:noch\s+)?(?:offen|an(?:stehen)?|zu\s+tun|auf\s+dem\s+tisch)\b",
    r"\bwas\s+(?:liegt|steht)\s+(?:noch\s+)?bei\s+\w+\s+an\b",
    # fr: "il a quoi en cours", "qu'est-ce que Sam a en cours"
    r"(?:\w+\s+)?a\s+quoi\s+(?:en\s+cours|en\s+attente|de\s+pr[eé]vu|sur\s+le\s+feu|[aà]\s+faire)\b",
    r"\bqu'?est[\s-]ce\s+qu'?(?:il|elle|\w+)\s+a\s+(?:en\s+cours|en\s+attente|[aà]\s+faire)\b",
    # es: "qué tiene pendiente", "qué le queda a Sam"
    r"\bqu[eé]\s+tiene\s+(?:\w+\s+)?(?:pendiente|por\s+hacer|abierto)\b",
    r"(?:\w+\s+)?qu[eé]\s+tiene(?:\s+\w+)?\s*[?!.]*$",
    r"\bqu[eé]\s+le\s+queda\s+(?:pendiente\s+)?a\s+\w+",
    # it: "cos'ha in sospeso", "cosa ha Sam da fare"
    r"\bcos(?:a\s+|')\s*ha\s+(?:\w+\s+)?(?:in\s+sospeso|da\s+fare|in\s+corso|aperto)\b",
    # nl: "wat heeft Sam nog open(staan)"
    r"\bwat\s+heeft\s+\w+\s+(?:nog\s+)?(?:open(?:staan)?|te\s+doen|liggen)\b",
    # id: "Sam lagi pegang apa aja", "tugas Sam apa aja"
    r"\b\w+\s+(?:lagi\s+)?(?:pegang|punya)\s+(?:tugas\s+)?apa\s+(?:aja|saja)\b",
    r"\btugas\s+\w+\s+apa\s+(?:aja|saja)\b",
    # tr: "Sam'in bekleyen işleri ne", "Sam'de ne var"
    r"\w+['’](?:in|ın|un|ün|nin|nın)\s+(?:bekleyen|açık|acik)\s+(?:işleri|isleri|görevleri"
    r"|gorevleri)",
    r"\w+['’](?:de|da|te|ta)\s+(?:neler|ne)\s+(?:var|bekliyor)",
    # ru: "что висит у Сэма", "что у Сэма в работе"
    r"что\s+(?:ещё\s+|еще\s+)?(?:висит|осталось)\s+у\s+\w+",
    r"что\s+у\s+\w+\s+(?:в\s+работе|висит|осталось)",
    # hi: "Sam ke paas kya pending hai", "सैम के पास क्या बाकी है"
    r"\w+\s+(?:ke\s+paas|ka|ki)\s+kya\s+(?:kya\s+)?(?:pending|baaki|baki|bacha)\b",
    r"\w+\s+ke\s+paas\s+kya\s+(?:kya\s+)?(?:hai|h|he)\b",
    r"\S+\s+के\s+पास\s+क्या\s+(?:क्या\s+)?(?:पेंडिंग|बाकी|बचा)",
    # ar: "ماذا لدى سام من مهام"
    r"ماذا\s+(?:لدى|عند)\s+\S+\s+من\s+مهام",
)
# fmt: on

PERSON_PENDING: tuple[str, ...] = tuple(_AT + asked for asked in _ASKS)
