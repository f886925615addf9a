"""Asking what someone else has to do, as a follow-up, in each language.

"e a priya, o q ela tem pra fazer?", "und priya, was hat sie zu tun?", "kalau priya, dia ada
tugas apa?" read as the English "what does priya have?".
"""

from __future__ import annotations

from collections.abc import Mapping

# The person asked about: one or two words before the comma or the question.
_WHO = r"(?=[^\s,?]+(?:\s+[^\s,?]+)?\s*[,\s])"

ABOUT: Mapping[str, tuple[str, ...]] = {
    "pt": (
        # "e a Ana, tá com o que?", "com o que a Ana tá?", "a Ana tá fazendo o que?"
        rf"(?:e\s+)?(?:[ao]\s+)?{_WHO}{{rest}}\s*,?\s+(?:t[aá]|est[aá]|anda)\s+com\s+(?:o\s+)?(?:que|q|oq)",
        r"(?:e\s+)?com\s+(?:o\s+)?(?:que|q|oq)\s+(?:[ao]\s+)?{rest}\s+(?:t[aá]|est[aá]|anda)",
        rf"(?:e\s+)?(?:[ao]\s+)?{_WHO}{{rest}}\s*,?\s+(?:t[aá]|est[aá])\s+fazendo\s+o\s+(?:que|q)",
        rf"(?:e\s+)?(?:[ao]\s+)?{_WHO}{{rest}}\s*,?\s+(?:o\s+)?(?:que|q|oq)\s+(?:ela|ele)\s+tem"
        r"(?:\s+(?:pra|para|de|que|q)\s+fazer|\s+pendente)",
        r"(?:e\s+)?(?:o\s+)?(?:que|q|oq)\s+(?:[ao]\s+)?{rest}\s+tem\s+(?:(?:pra|para|de|que|q)\s+fazer|pendente)",
    ),
    "es": (
        rf"(?:y\s+)?{_WHO}{{rest}}\s*,?\s*¿?\s*qu[eé]\s+tiene\s+(?:que\s+hacer|pendiente|por\s+hacer)",
        r"(?:y\s+)?qu[eé]\s+tiene\s+(?:que\s+hacer|pendiente)\s+{rest}",
    ),
    "de": (
        rf"(?:und\s+)?{_WHO}{{rest}}\s*,?\s+was\s+(?:hat|muss)\s+(?:sie|er)\s+(?:noch\s+|so\s+)*"
        r"(?:zu\s+tun|offen|machen|erledigen|auf\s+dem\s+zettel)",
    ),
    "fr": (
        rf"(?:et\s+)?{_WHO}{{rest}}\s*,?\s+(?:elle|il)\s+a\s+quoi\s+(?:[àa]\s+faire|de\s+pr[eé]vu)",
        rf"(?:et\s+)?{_WHO}{{rest}}\s*,?\s+qu'?est-ce\s+qu'(?:elle|il)\s+a\s+[àa]\s+faire",
    ),
    "it": (rf"(?:e\s+)?{_WHO}{{rest}}\s*,?\s+(?:cosa|che\s+cosa|che)\s+(?:deve|ha\s+da)\s+fare",),
    "nl": (
        rf"(?:en\s+)?{_WHO}{{rest}}\s*,?\s+wat\s+moet\s+(?:zij|hij|ze)\s+(?:nog\s+)?doen",
        r"(?:en\s+)?wat\s+moet\s+{rest}\s+(?:nog\s+)?doen",
    ),
    "tr": (
        r"(?:peki\s+|ya\s+)?{rest}(?:'?n[ıi]n)?\s+(?:ne(?:yi)?\s+(?:var|i[sş]i\s+var)|i[sş]leri\s+ne"
        r"|ne\s+yapacak|g[oö]revleri\s+ne|neleri\s+var|nesi\s+var)",
    ),
    "id": (
        rf"(?:kalau|kalo|klo|terus|trus|nah)\s+{_WHO}{{rest}}\s*,?\s+(?:dia\s+)?(?:ada\s+)?"
        r"(?:tugas|kerjaan)\s+apa(?:\s+aja)?",
        r"(?:tugas|kerjaan)(?:nya)?\s+{rest}\s+apa(?:\s+aja)?",
    ),
    "hi": (
        r"(?:aur\s+)?{rest}\s+(?:ke\s+paas|ka|ki)\s+kya\s+(?:hai|kaam\s+hai|pending\s+hai)",
        r"(?:aur\s+)?{rest}\s+ko\s+kya\s+karna\s+hai",
    ),
    "ar": (r"(?:و\s*)?{rest}\s*[،,]?\s*(?:عندها|عنده)\s+(?:ايه|إيه|ايش|شو|ماذا)",),
}
ENGLISH = "what does {rest} have?"
