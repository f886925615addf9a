"""A person named first, then asked whether they can do the task, in each language.

"priya, vc consegue mandar o inventario até sexta?", "sam, ¿puedes llamar al técnico?", "priya,
tu peux envoyer la facture ?", "прия, можешь отправить отчёт?": the name is who does it, even in
lower case, and what follows the asking words is the task.
"""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang.hi_asked import ASKED as HI_ASKED

# Greetings said before a comma, never a name: "oye, ¿puedes …?", "hey, kannst du …?".
_NOT_A_NAME = (
    r"(?!(?:oye|oiga|oi|ei|hey|hola|ola|olá|salut|coucou|ciao|hallo|hoi|hi|эй|привет|слушай|يا"
    r"|ok|okay|bueno|bom|bon|allora|also|dan|и|e|y|et|und|en)\b)"
)
ASKED: Mapping[str, tuple[str, ...]] = {
    "es": (
        _NOT_A_NAME + r"{name}\s*,\s*¿?\s*(?:me\s+|nos\s+)?(?:puedes|podr[ií]as|pod[eé]s|podr[ií]a)"
        r"\s+(?:me\s+)?",
    ),
    "pt": (
        _NOT_A_NAME
        + r"{name}\s*,?\s+(?:voc[eê]|vc|tu)\s+(?:consegue|consegues|pode|podes|poderia|podia)"
        r"\s+(?:me\s+)?",
        _NOT_A_NAME + r"{name}\s*,\s*(?:consegue|consegues|pode|podes|poderia|podia)\s+(?:me\s+)?",
    ),
    "fr": (
        _NOT_A_NAME + r"{name}\s*,\s*(?:tu\s+(?:peux|pourrais)|peux-tu|pourrais-tu|vous\s+pouvez"
        r"|pouvez-vous|pourriez-vous)\s+(?:me\s+|m')?",
    ),
    "it": (_NOT_A_NAME + r"{name}\s*,\s*(?:mi\s+)?(?:puoi|potresti|riesci\s+a)\s+",),
    "nl": (_NOT_A_NAME + r"{name}\s*,\s*(?:kun|kan|wil)\s+(?:je|jij|u)\s+",),
    "de": (_NOT_A_NAME + r"{name}\s*,\s*(?:kannst|k[oö]nntest|magst)\s+du\s+(?:mal\s+|bitte\s+)*",),
    "ru": (_NOT_A_NAME + r"{name}\s*,\s*(?:можешь|сможешь|можете|сможете)\s+",),
    "ar": (_NOT_A_NAME + r"{name}\s*[،,]?\s*(?:ممكن|تقدر|تقدري|بتقدر|تقدرين)\s+",),
    "id": (_NOT_A_NAME + r"{name}\s*,\s*(?:bisa|bs|tolong)\s+",),
    "hi": HI_ASKED,
}
