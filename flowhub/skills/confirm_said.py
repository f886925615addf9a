"""A yes to the newest waiting card said in casual words of any language, as a save.

"ok c bon, confirme stp", "tamam onayla", "हाँ ठीक है, सेव कर दो", "ja passt, speichern": every
part of the message is a yes, a confirm word or a please, so the newest card is saved instead of
becoming a task of its own. "ok et aussi acheter du lait demain" says more, so it is not one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import english_command
from flowhub.skills import reply_words
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.reply_words import agrees
from flowhub.storage import Proposal, id_of, proposals

_YES_COMMANDS = frozenset(["yes", "confirm", "ok", "save"])
_SAVE_COMMANDS = frozenset(["confirm", "save"])
_SAVES = 3
# Words that only soften or agree, which the command tables don't list on their own.
_SOFT = frozenset(
    [
        "stp", "svp", "pls", "plz", "please", "porfa", "porfis", "bitte", "per favore", "perfavore",
        "alsjeblieft", "aub", "tolong", "ya", "dong", "aja", "lütfen", "lutfen", "пожалуйста",
        "плиз", "пж", "من فضلك", "لو سمحت", "ठीक है", "ठीक", "theek hai", "thik hai", "bhai",
        "yaar", "ji", "जी", "merci", "danke", "grazie", "gracias", "obrigado", "obrigada",
        "спасибо", "شكرا", "makasih", "teşekkürler", "sağol", "dank je", "bedankt", "thanks",
    ]
)  # fmt: skip
# Stems of "save" and "confirm" inside a yes that the command tables read as a plain yes.
_SAVE_STEM = re.compile(
    r"save|salv|simpan|speicher|opslaan|enregistr|guard|confirm|conferm|bevestig|konfirm"
    r"|best[aä]tig|onayla|kaydet|сохран|подтвер|सेव|पक्का|pakka|احفظ|حفظ|اكد|أكد|تأكيد",
    re.I,
)
# "but" between a yes and a change: "да, подтверждаю, но отдай это Ане", "oui, mais donne-le à Sam".
_BUT = re.compile(
    r"[,;]\s*(?:but|mais|aber|pero|ma|maar|tapi|ama|ancak|но|a|mas|par|lekin|लेकिन|पर|لكن|بس)\s+",
    re.I,
)
# A yes that answers the card, beside which more may be said ("sì, e ricordami …"), unlike an
# "ok" that may only say the card was heard ("ok, and also buy milk"). English "yes and …" is
# read by the skills that know what may follow it ("yes and remind me an hour before").
_YES_WORDS = frozenset(
    [
        "sì", "si", "sí", "ja", "jawel", "jazeker", "jep", "oui",
        "ouais", "sim", "да", "ага", "угу", "evet", "haan", "haa", "han", "ha", "हाँ", "हां", "हा",
        "iya", "ya", "yoi", "نعم", "ايوه", "ايوا", "أيوه", "اه", "آه", "claro", "certo", "genau",
        "klopt", "jup", "exacto", "esatto", "tamam",
    ]
)  # fmt: skip
_WORD = re.compile(r"[^\s,.!?;:…]+")
_MOST_WORDS = 10


def _covered(words: list[str], locale: str | None) -> int:
    """How far `words` split into yes/confirm phrases and soft words say yes (see `_SAVES`)."""
    n = len(words)
    # reach[i]: 0 = unreachable, 1 = soft words only, 2 = a yes in it, 3 = a save word in it
    reach = [0] * (n + 1)
    reach[0] = 1
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, n + 1):
            part = " ".join(words[i:j])
            if part.casefold() in _SOFT:
                reach[j] = max(reach[j], reach[i])
            elif (said := english_command(part, locale=locale)) in _YES_COMMANDS:
                reach[j] = max(reach[j], _SAVES if said in _SAVE_COMMANDS else 2)
    return reach[n]


def says_yes(text: str, locale: str | None) -> bool:
    """Whether `text` is only a yes or a "save it", in any language ("tamam onayla")."""
    words = _WORD.findall(text)
    if not words or len(words) > _MOST_WORDS:
        return False
    return _covered(words, locale) >= 2


def says_save(text: str, locale: str | None) -> bool:
    """Whether `text` is a yes that says to save or confirm ("oke simpan"), not a bare "ok"."""
    words = _WORD.findall(text)
    if not words or len(words) > _MOST_WORDS:
        return False
    level = _covered(words, locale)
    return level == _SAVES or (level == 2 and bool(_SAVE_STEM.search(text)))


def without_yes_words(text: str) -> str:
    """`text` after the yes words it starts with, in any language ("haan sure will do": "sure
    will do"); `text` itself when it starts with none."""
    rest = text.strip()
    while (m := _WORD.match(rest)) is not None and m.group().casefold() in _YES_WORDS | _SOFT:
        rest = rest[m.end() :].lstrip(" ,.!;:…")
    return rest


def agrees_after_yes(text: str) -> bool:
    """Whether `text` only agrees, after yes words of any language ("haan sure will do 👍")."""
    rest = without_yes_words(text)
    return reply_words.agrees(text) or (rest != text.strip() and (not rest or agrees(rest)))


def says_plain_yes(text: str) -> bool:
    """Whether `text` is a yes word said to the card ("sì", "ja", "haan"), not only an "ok"."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return (
        bool(words) and words[0] in _YES_WORDS and all(w in _YES_WORDS or w in _SOFT for w in words)
    )


def save_over_offer(ctx: Context) -> list[Reply] | None:
    """ "oke simpan" unreplied in a private chat saves the sender's own card, not an offer."""
    if ctx.event.reply_to or ctx.chat.kind != "direct":
        return None
    card = newest_card(ctx)
    text = ctx.event.text
    if card is None or reply_words.takes(text) or not says_save(text, ctx.person.locale):
        return None
    return confirm_proposal(ctx, card)


def yes_then_change(ctx: Context) -> list[Reply] | None:
    """ "да, подтверждаю, но отдай это Ане": make the change to the newest card, then save it."""
    text = ctx.event.text
    joined = _BUT.search(text)
    card = newest_card(ctx)
    if joined is None or card is None or not says_yes(text[: joined.start()], ctx.person.locale):
        return None
    change = english_command(text[joined.end() :], locale=ctx.person.locale)
    if change is None or change in _YES_COMMANDS:
        return None
    from flowhub.skills import edit  # edit reaches back into the skills that import this

    changed = edit.handle(replace(ctx, text=change, intent="edit"))
    card = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
    if not changed or card is None or card.status != "pending":
        return changed or None
    return [*changed, *confirm_proposal(ctx, card)]


def newest_card(ctx: Context) -> Proposal | None:
    """The sender's newest card still waiting in this chat."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return max(pending, key=lambda p: (p.created_at, p.id or 0)) if pending else None
