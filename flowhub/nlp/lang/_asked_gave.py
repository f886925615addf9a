"""Asking what one handed to the others, in each language.

"o que eu passei pros outros até agora?", "was hab ich den anderen gegeben?", "¿qué les pasé a
los demás?", "başkalarına neler verdim?" read as the English "what did I delegate?".
"""

from __future__ import annotations

from collections.abc import Mapping

# "so far": words after the question that change nothing.
_SO_FAR = {
    "pt": r"(?:\s+(?:at[eé]\s+agora|at[eé]\s+hoje|por\s+enquanto))?",
    "es": r"(?:\s+(?:hasta\s+ahora|hasta\s+hoy|por\s+ahora))?",
    "de": r"(?:\s+(?:bis\s+jetzt|bisher|so\s+weit|bislang))?",
    "fr": r"(?:\s+(?:jusqu'?ici|jusqu'?[àa]\s+pr[eé]sent|pour\s+l'?instant))?",
    "it": r"(?:\s+(?:finora|fino\s+ad\s+ora|per\s+ora))?",
    "nl": r"(?:\s+(?:tot\s+nu\s+toe|tot\s+nu|tot\s+zover))?",
    "ru": r"(?:\s+(?:пока|до\s+сих\s+пор|на\s+данный\s+момент))?",
    "tr": r"(?:\s+(?:[sş]imdiye\s+kadar|[sş]u\s+ana\s+kadar))?",
    "id": r"(?:\s+(?:sejauh\s+ini|sampai\s+sekarang|sampe\s+sekarang))?",
    "hi": r"(?:\s+(?:ab\s+tak|abhi\s+tak))?",
}
GAVE: Mapping[str, tuple[str, ...]] = {
    "pt": (
        r"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:eu\s+)?(?:passei|repassei|dei|deleguei|atribu[ií])"
        r"\s+(?:pr[oa]s|para\s+[oa]s|a[oa]s|pra\s+galera|pro\s+pessoal|pra\s+equipe)"
        r"(?:\s+(?:outr[oa]s|demais|pessoal|galera|equipe))?" + _SO_FAR["pt"],
        r"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:eu\s+)?(?:deleguei|repassei)" + _SO_FAR["pt"],
    ),
    "es": (
        r"(?:y\s+)?(?:q|qu[eé])\s+(?:les?\s+)?(?:he\s+)?(?:di|dado|pas[eé]|pasado|delegu[eé]|delegado"
        r"|asign[eé]|asignado)\s+a\s+(?:los\s+)?(?:dem[aá]s|otros|resto|equipo)" + _SO_FAR["es"],
        r"(?:y\s+)?(?:q|qu[eé])\s+(?:he\s+)?(?:delegu[eé]|delegado)" + _SO_FAR["es"],
    ),
    "de": (
        r"(?:und\s+)?was\s+(?:hab|habe)\s+ich\s+(?:(?:den\s+)?andere?n|dem\s+team)\s+"
        r"(?:gegeben|zugewiesen|weitergegeben|[uü]bergeben|aufgetragen)" + _SO_FAR["de"],
        r"(?:und\s+)?was\s+(?:hab|habe)\s+ich\s+(?:alles\s+)?(?:delegiert|abgegeben|weitergegeben)"
        + _SO_FAR["de"],
    ),
    "fr": (
        r"(?:et\s+)?(?:qu'?est[\s-]+ce\s+que\s+j'?\s*ai|qu'?ai[\s-]je|j'?\s*ai)\s+(?:donn[eé]"
        r"|d[eé]l[eé]gu[eé]|confi[eé]|pass[eé]|refil[eé])\s+(?:aux\s+autres|[àa]\s+l'?\s*[eé]quipe)"
        r"(?:\s+quoi)?" + _SO_FAR["fr"],
        r"(?:et\s+)?(?:qu'?est[\s-]+ce\s+que\s+j'?\s*ai|qu'?ai[\s-]je)\s+d[eé]l[eé]gu[eé]"
        + _SO_FAR["fr"],
        r"(?:et\s+)?j'?\s*ai\s+(?:donn[eé]|d[eé]l[eé]gu[eé]|confi[eé]|pass[eé]|refil[eé])\s+quoi"
        r"(?:\s+(?:aux\s+autres|[àa]\s+l'?\s*[eé]quipe))?" + _SO_FAR["fr"],
    ),
    "it": (
        r"(?:e\s+)?(?:che\s+)?(?:cosa|cos')\s*ho\s+(?:dato|passato|delegato|assegnato)\s+"
        r"(?:agli\s+altri|al\s+team|alla\s+squadra)" + _SO_FAR["it"],
        r"(?:e\s+)?(?:che\s+)?(?:cosa|cos')\s*ho\s+delegato" + _SO_FAR["it"],
    ),
    "nl": (
        r"(?:en\s+)?wat\s+heb\s+ik\s+(?:aan\s+(?:de\s+)?anderen|aan\s+het\s+team)\s+"
        r"(?:gegeven|gedelegeerd|overgedragen|doorgegeven)" + _SO_FAR["nl"],
        r"(?:en\s+)?wat\s+heb\s+ik\s+(?:gedelegeerd|doorgegeven|uitbesteed)" + _SO_FAR["nl"],
    ),
    "ru": (
        r"(?:а\s+)?что\s+я\s+(?:отдал|отдала|поручил|поручила|передал|передала|делегировал|делегировала)"
        r"(?:\s+(?:другим|остальным|команде))?" + _SO_FAR["ru"],
    ),
    "tr": (
        r"(?:peki\s+)?(?:ba[sş]kalar[ıi]na|di[gğ]erlerine|ekibe)\s+(?:ne(?:ler)?|hangi\s+i[sş]leri)\s+"
        r"(?:verdim|devrettim|atad[ıi]m)" + _SO_FAR["tr"],
        r"(?:peki\s+)?(?:ne(?:ler)?|hangi\s+i[sş]leri)\s+(?:devrettim|atad[ıi]m)" + _SO_FAR["tr"],
    ),
    "id": (
        r"(?:aku|saya|gue|gw)\s+(?:udah\s+|sudah\s+)?(?:ngasih|kasih|delegasiin|oper|lempar)\s+"
        r"(?:tugas\s+)?apa\s+(?:aja\s+)?(?:ke|buat)\s+(?:yang\s+lain|orang\s+lain|tim)"
        + _SO_FAR["id"],
        r"tugas\s+(?:apa\s+aja\s+)?yang\s+(?:aku|saya|gue)\s+(?:kasih|oper|delegasiin|lempar)\s+"
        r"(?:ke|buat)\s+(?:yang\s+lain|orang\s+lain|tim)" + _SO_FAR["id"],
    ),
    "hi": (
        r"(?:maine|mene|मैंने)\s+(?:dusron|doosron|baaki\s+logon|team|दूसरों|बाकी\s+लोगों|टीम)\s+"
        r"(?:ko|को)\s+(?:kya|क्या)\s+(?:kya\s+|क्या\s+)?(?:diya|de\s+diya|assign\s+kiya|दिया|सौंपा)"
        + _SO_FAR["hi"],
    ),
}
ENGLISH = "what did I delegate?"
