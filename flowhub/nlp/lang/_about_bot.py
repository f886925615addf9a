"""Asking the bot what it can do or how it works, in each language other than English.

"¿cómo funciona esto?", "o que você pode fazer?", "tu sers à quoi ?", "was kannst du alles?",
"come funziona?", "wat kun je allemaal?", "что ты умеешь?", "neler yapabilirsin?", "kamu bisa
apa aja?", "tum kya kar sakte ho?", "ايش تقدر تسوي؟": a clause that asks this, alone or after a
greeting and an introduction ("hola, soy Marta, ¿cómo funciona esto?"), wants the short help.
Each source must match a whole clause, without case, with its question marks taken off.
"""

from __future__ import annotations

__all__ = ["ABOUT_BOT"]

ABOUT_BOT: dict[str, tuple[str, ...]] = {
    "es": (
        r"(?:y\s+)?c[oó]mo\s+(?:funciona(?:s)?|se\s+usa|te\s+uso|va\s+esto)(?:\s+(?:esto|esta\s+app"
        r"|este\s+bot|el\s+bot))?",
        r"(?:y\s+)?qu[eé]\s+(?:puedes|sabes|podr[ií]as)\s+hacer(?:\s+(?:t[uú]|exactamente))?",
        r"(?:y\s+)?(?:para\s+qu[eé]|pa\s+qu[eé])\s+sirves",
        r"qu[eé]\s+haces(?:\s+exactamente)?",
    ),
    "pt": (
        r"(?:e\s+)?como\s+(?:(?:isso|isto|voc[eê]|vc|o\s+bot)\s+)?funciona(?:\s+(?:isso|isto|aqui))?",
        r"(?:e\s+)?como\s+(?:eu\s+)?(?:uso|usa|te\s+uso)(?:\s+(?:isso|isto|voc[eê]|vc))?",
        r"(?:e\s+)?o\s*(?:que|q)\s+(?:voc[eê]|vc|tu)\s+(?:pode|consegue|sabe|faz)(?:\s+fazer)?",
        r"(?:e\s+)?(?:pra|para)\s+(?:que|q)\s+(?:voc[eê]|vc|tu)\s+serve",
    ),
    "fr": (
        r"(?:et\s+)?comment\s+(?:[çc]a|tu|vous|le\s+bot)\s+(?:marche|fonctionne)s?",
        r"(?:et\s+)?comment\s+on\s+(?:t'|l')?utilise(?:\s+(?:[çc]a|le\s+bot))?",
        r"(?:et\s+)?(?:qu'?est[\s-]+ce\s+que\s+tu|que\s+peux[\s-]+tu|tu)\s+(?:peux|sais|fais)"
        r"(?:\s+faire)?(?:\s+exactement)?",
        r"(?:et\s+)?que\s+(?:peux|sais)[\s-]+tu\s+faire",
        r"(?:et\s+)?(?:tu\s+sers\s+[àa]\s+quoi|[àa]\s+quoi\s+(?:tu\s+sers|sers[\s-]+tu))",
    ),
    "de": (
        r"(?:und\s+)?wie\s+funktionier(?:t|st)\s+(?:das|du|der\s+bot|das\s+hier)(?:\s+(?:genau|hier))*",
        r"(?:und\s+)?was\s+kannst\s+du(?:\s+(?:alles|so|denn|genau|eigentlich))*(?:\s+(?:machen|tun))?",
        r"(?:und\s+)?wof[üu]r\s+bist\s+du(?:\s+(?:da|gut))?",
        r"(?:und\s+)?was\s+machst\s+du(?:\s+(?:genau|eigentlich|so))*",
    ),
    "it": (
        r"(?:e\s+)?come\s+funzion(?:a|i)(?:\s+(?:questo|questa\s+cosa|il\s+bot))?",
        r"(?:e\s+)?(?:che\s+)?cosa\s+(?:puoi|sai)\s+fare(?:\s+esattamente)?",
        r"(?:e\s+)?a\s+(?:che\s+)?cosa\s+servi",
        r"(?:e\s+)?come\s+ti\s+(?:uso|si\s+usa)",
    ),
    "nl": (
        r"(?:en\s+)?hoe\s+werkt\s+(?:dit|het|jij|deze\s+bot)(?:\s+(?:precies|eigenlijk))*",
        r"(?:en\s+)?wat\s+kun\s+(?:je|jij)(?:\s+(?:allemaal|precies|eigenlijk))*(?:\s+doen)?",
        r"(?:en\s+)?waar\s+ben\s+(?:je|jij)\s+voor",
    ),
    "ru": (
        r"(?:а\s+)?как\s+(?:это|ты|бот)\s+работае(?:т|шь)",
        r"(?:а\s+)?что\s+ты\s+(?:умеешь|можешь)(?:\s+делать)?",
        r"(?:а\s+)?как\s+(?:тобой|этим)\s+пользоваться",
    ),
    "tr": (
        r"(?:bu\s+)?nas[ıi]l\s+(?:[çc]al[ıi][şs][ıi]yor|[çc]al[ıi][şs][ıi]r|kullan[ıi]l[ıi]r)",
        r"(?:sen\s+)?ne(?:ler)?\s+yapabilirsin",
        r"(?:sen\s+)?ne\s+i[şs]e\s+yar[ıi]yorsun",
    ),
    "id": (
        r"(?:ini\s+)?(?:gimana|bagaimana)\s+cara\s+(?:kerja|pakai|pake|makai)(?:nya)?",
        r"(?:kamu|km|lo|lu)\s+bisa\s+(?:ngapain|apa)(?:\s+(?:aja|saja))?",
        r"(?:ini\s+)?(?:gimana|bagaimana)\s+(?:pakainya|makenya|kerjanya)",
    ),
    "hi_Latn": (
        r"(?:tum|aap|tu)\s+kya\s+(?:kya\s+)?kar\s+(?:sakte|sakti|sakta)\s+(?:ho|hain|hai)",
        r"(?:ye|yeh)\s+kaise\s+(?:kaam\s+karta|chalta|use\s+karte)\s+hai",
    ),
    "hi": (
        r"(?:तुम|आप)\s+क्या\s+(?:क्या\s+)?कर\s+(?:सकते|सकती)\s+(?:हो|हैं)",
        r"(?:ये|यह)\s+कैसे\s+(?:काम\s+करता|चलता)\s+है",
    ),
    "ar": (
        r"(?:ايش|إيش|شو|ماذا|وش)\s+(?:تقدر|تقدري|يمكنك)\s+(?:تسوي|تعمل|أن\s+تفعل|تساعد)",
        r"كيف\s+(?:يشتغل|تشتغل|يعمل|تعمل)(?:\s+(?:هذا|البوت))?",
    ),
}
