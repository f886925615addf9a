"""Saying where one is today, in each language: chat, never a task.

"ik zit vandaag in rotterdam", "heute bin ich in Hamburg", "oggi sono a Milano", "hoy estoy en
Monterrey": only today or now counts ("ik ben morgen bij de tandarts" may be an appointment).
Each pattern must match the whole message piece, like the other chatter.
"""

from __future__ import annotations

from collections.abc import Mapping

# A place of one to three words ("rotterdam", "de haven", "São Paulo").
_PLACE = r"[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,2}"
_END = r"[\s,;:.!?…~)(\-]*$"


def _whole(*forms: str) -> tuple[str, ...]:
    return tuple(rf"^(?:{f}){_END}" for f in forms)


# fmt: off
WHERE_I_AM: Mapping[str, tuple[str, ...]] = {
    "nl": _whole(
        rf"(?:ik\s+)?(?:zit|ben)\s+(?:(?:vandaag|nu|momenteel|even)\s+)+(?:in|op)\s+{_PLACE}",
        rf"(?:vandaag|nu|momenteel)\s+(?:zit|ben)\s+ik\s+(?:in|op)\s+{_PLACE}",
    ),
    "de": _whole(
        rf"(?:ich\s+)?bin\s+(?:(?:heute|gerade|jetzt|grad)\s+)+in\s+{_PLACE}",
        rf"(?:heute|gerade|jetzt)\s+bin\s+ich\s+in\s+{_PLACE}",
    ),
    "it": _whole(
        rf"(?:io\s+)?(?:oggi\s+)?sono\s+(?:oggi\s+)?(?:a|in)\s+{_PLACE}(?:\s+oggi)?",
    ),
    "es": _whole(
        rf"(?:hoy\s+)?(?:ahorita\s+)?estoy\s+(?:hoy\s+)?en\s+{_PLACE}(?:\s+hoy)?",
    ),
    "pt": _whole(
        rf"(?:hoje\s+)?(?:eu\s+)?(?:estou|to|tô|t[oô]\s+)\s*(?:hoje\s+)?em\s+{_PLACE}(?:\s+hoje)?",
    ),
    "fr": _whole(
        rf"(?:aujourd'hui\s+)?je\s+suis\s+(?:aujourd'hui\s+)?(?:à|a|en)\s+{_PLACE}(?:\s+aujourd'hui)?",
    ),
    "ru": _whole(rf"(?:я\s+)?(?:сегодня|сейчас)\s+(?:я\s+)?в\s+{_PLACE}"),
    "hi": _whole(
        rf"(?:aaj\s+)?(?:main|mai)\s+(?:aaj\s+)?{_PLACE}\s+(?:mein|me)\s+(?:hoon|hu|hun)",
        rf"(?:आज\s+)?मैं\s+(?:आज\s+)?{_PLACE}\s+में\s+(?:हूँ|हूं|हु)",
    ),
    "id": _whole(
        rf"(?:hari\s+ini\s+)?(?:aku|saya|gue|gw)\s+(?:lagi\s+|hari\s+ini\s+)?di\s+{_PLACE}",
    ),
    "tr": _whole(r"(?:bug[üu]n\s+)?[^\W\d_]+['’]?(?:day[ıi]m|dey[ıi]m|tay[ıi]m|tey[ıi]m)"),
}
# fmt: on
