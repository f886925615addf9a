"""A title that asks for something to be sent to the writer, said from the task owner's side.

"Mandame el presupuesto", "schick mir die Liste", "me manda o contrato", "envoie-moi le devis":
the "me" is the writer. When the task is the writer's own, the title names what they are to get
("Presupuesto", "Liste", "Get the quote"); when it is someone else's, it says whom to send it to
("Mandar el presupuesto a Ana", "Ana die Liste schicken", "Send Ana the quote"). A title never
says "me" meaning the bot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["sent_to_writer"]


@dataclass(frozen=True)
class _Form:
    """One language's "send me" forms: the verbs said, and how the owner's title reads."""

    verbs: dict[str, str]  # the verb as said (with its "me" where it is one word) -> infinitive
    pattern: str  # regex source with `{verbs}`; groups `verb` and `what`
    articles: str = ""  # articles dropped before the thing got ("el", "die")
    own: str = "{What}"  # the title when the writer gets it themselves
    lead: str = ""  # words before the verb that a title may keep ("puoi mandarmi")
    other: str = "{Verb} {what} a {name}"  # the title for someone else sending it


_ES = _Form(
    verbs={
        "mándame": "mandar",
        "mandame": "mandar",
        "mándeme": "mandar",
        "mandeme": "mandar",
        "envíame": "enviar",
        "enviame": "enviar",
        "envíeme": "enviar",
        "envieme": "enviar",
        "pásame": "pasar",
        "pasame": "pasar",
        "páseme": "pasar",
        "paseme": "pasar",
        "tráeme": "traer",
        "traeme": "traer",
        "tráigame": "traer",
        "reenvíame": "reenviar",
        "reenviame": "reenviar",
        "compárteme": "compartir",
        "comparteme": "compartir",
        "consígueme": "conseguir",
        "conseguime": "conseguir",
        "mandarme": "mandar",
        "enviarme": "enviar",
        "pasarme": "pasar",
        "traerme": "traer",
        "me mandas": "mandar",
        "me mandás": "mandar",
        "me envías": "enviar",
        "me envias": "enviar",
        "me pasas": "pasar",
        "me pasás": "pasar",
        "me traes": "traer",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    articles=r"el|la|los|las|lo",
)
_PT = _Form(
    verbs={
        "me manda": "mandar",
        "me mande": "mandar",
        "me envia": "enviar",
        "me envie": "enviar",
        "me passa": "passar",
        "me passe": "passar",
        "me traz": "trazer",
        "me traga": "trazer",
        "me encaminha": "encaminhar",
        "me encaminhe": "encaminhar",
        "me repassa": "repassar",
        "manda-me": "mandar",
        "envia-me": "enviar",
        "passa-me": "passar",
        "mande-me": "mandar",
        "envie-me": "enviar",
        "me mandar": "mandar",
        "me enviar": "enviar",
        "me passar": "passar",
        "me mandas": "mandar",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    articles=r"o|a|os|as",
    other="{Verb} {what} para {name}",
)
_FR = _Form(
    verbs={
        "envoie-moi": "envoyer",
        "envoies-moi": "envoyer",
        "envoyez-moi": "envoyer",
        "passe-moi": "passer",
        "passez-moi": "passer",
        "donne-moi": "donner",
        "donnez-moi": "donner",
        "transmets-moi": "transmettre",
        "transmettez-moi": "transmettre",
        "renvoie-moi": "renvoyer",
        "renvoyez-moi": "renvoyer",
        "file-moi": "filer",
        "m'envoyer": "envoyer",
        "m'envoies": "envoyer",
        "m'envoie": "envoyer",
        "me passer": "passer",
        "me transmettre": "transmettre",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    articles=r"le|la|les|l'",
    other="{Verb} {what} à {name}",
)
_IT = _Form(
    verbs={
        "mandami": "mandare",
        "inviami": "inviare",
        "passami": "passare",
        "girami": "girare",
        "portami": "portare",
        "inoltrami": "inoltrare",
        "mandatemi": "mandare",
        "mi mandi": "mandare",
        "mi invii": "inviare",
        "mi passi": "passare",
        "mi giri": "girare",
        "mandarmi": "mandare",
        "inviarmi": "inviare",
        "passarmi": "passare",
        "girarmi": "girare",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    articles=r"il|lo|la|i|gli|le|l'",
    other="{Verb} {what} {a} {name}",
    lead=r"(?:puoi|potresti|riesci\s+a)\s+",
)
_DE = _Form(
    verbs={
        "schick mir": "schicken",
        "schicke mir": "schicken",
        "schickt mir": "schicken",
        "schickst du mir": "schicken",
        "schicken sie mir": "schicken",
        "send mir": "senden",
        "sende mir": "senden",
        "senden sie mir": "senden",
        "gib mir": "geben",
        "geben sie mir": "geben",
        "bring mir": "bringen",
        "bringe mir": "bringen",
        "mail mir": "mailen",
        "maile mir": "mailen",
    },
    pattern=r"^(?:(?P<verb>{verbs})\s+(?:(?:mal|bitte|noch|kurz|schnell)\s+)*(?P<what>\S.*)"
    r"|mir\s+(?P<what_>\S.*?)\s+(?P<verb_>schicken|senden|geben|bringen|mailen))$",
    articles=r"den|die|das",
    other="{name} {what} {verb}",
)
_NL = _Form(
    verbs={
        "stuur me": "sturen",
        "stuur mij": "sturen",
        "stuurt u mij": "sturen",
        "mail me": "mailen",
        "mail mij": "mailen",
        "geef me": "geven",
        "geef mij": "geven",
        "breng me": "brengen",
        "breng mij": "brengen",
        "app me": "appen",
    },
    pattern=r"^(?:(?P<verb>{verbs})\s+(?:(?:even|ff|eens|nog|snel)\s+)*(?P<what>\S.*)"
    r"|(?:me|mij)\s+(?P<what_>\S.*?)\s+(?P<verb_>sturen|mailen|geven|brengen|appen))$",
    articles=r"de|het",
    other="{name} {what} {verb}",
)
_EN = _Form(
    verbs={
        "send me": "send",
        "get me": "send",
        "forward me": "forward",
        "email me": "email",
        "e-mail me": "email",
        "bring me": "bring",
        "pass me": "pass",
        "mail me": "mail",
        "text me": "text",
        "shoot me": "send",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?:(?:over|across)\s+)?(?P<what>\S.*)$",
    own="Get {what}",
    other="{Verb} {name} {what}",
)
# "send the billing details to me", "forward the invoice over to me": the "me" said last.
_EN_TO = _Form(
    verbs={v: v for v in ("send", "forward", "email", "e-mail", "mail", "bring", "pass", "text")},
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*?)\s+(?:(?:over|across)\s+)?to\s+me$",
    own="Get {what}",
    other="{Verb} {what} to {name}",
)
_RU = _Form(
    verbs={
        "пришли мне": "прислать",
        "пришлите мне": "прислать",
        "скинь мне": "скинуть",
        "скиньте мне": "скинуть",
        "отправь мне": "отправить",
        "отправьте мне": "отправить",
        "перешли мне": "переслать",
        "перешлите мне": "переслать",
        "кинь мне": "скинуть",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?:(?:пожалуйста|плиз)\s+)?(?P<what>\S.*)$",
    other="{Verb} {what} для {name}",
)
_ID = _Form(
    verbs={
        "kirimin aku": "kirim",
        "kirimin saya": "kirim",
        "kirim ke aku": "kirim",
        "kirim ke saya": "kirim",
        "kirimkan saya": "kirim",
        "kirimkan aku": "kirim",
        "kirimin gue": "kirim",
        "kirimin gw": "kirim",
    },
    pattern=r"^(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    other="{Verb} {what} ke {name}",
)
_AR = _Form(
    verbs={
        "ابعتلي": "ابعت",
        "ابعت لي": "ابعت",
        "ابعثلي": "ابعث",
        "ابعث لي": "ابعث",
        "ارسلي": "ارسل",
        "ارسل لي": "ارسل",
        "أرسل لي": "أرسل",
        "طرشلي": "طرش",
        "دزلي": "دز",
        "تبعتلي": "ابعت",
        "تبعتيلي": "ابعت",
    },
    pattern=r"^(?:(?:ممكن|لو\s+سمحت)\s+)?(?P<verb>{verbs})\s+(?P<what>\S.*)$",
    other="{verb} {what} لـ{name}",
)
_FORMS = (_EN, _EN_TO, _ES, _PT, _FR, _IT, _DE, _NL, _RU, _ID, _AR)
_COMPILED = tuple(
    (
        form,
        re.compile(
            form.pattern.format(
                verbs="|".join(re.escape(v) for v in sorted(form.verbs, key=len, reverse=True))
            ).replace("^", f"^(?:{form.lead})?" if form.lead else "^", 1),
            re.I | re.S,
        ),
    )
    for form in _FORMS
)
# Turkish puts the thing and "bana" before the verb: "bana teklifi gönder", "teklifi bana at".
_TR = re.compile(
    r"^(?:bana\s+(?P<what1>.+?)|(?P<what2>.+?)\s+bana)\s+(?P<verb>g[öo]nder|at|yolla|ilet)"
    r"(?:\s*(?:misin|m[ıi]s[ıi]n|ir\s+misin|ebilir\s+misin))?$",
    re.I | re.S,
)
# Hinglish: "mujhe quote bhej do" (own: get it sent; someone else's: send it to the writer).
_HI = re.compile(
    r"^(?:(?:mujhe|muje|mereko|mujhko)\s+)?(?P<what>.+?)\s+bhej(?:\s*(?:do|dena|dijiye|dijiyega"
    r"|na))?$",
    re.I | re.S,
)
_HI_ME = re.compile(r"\b(?:mujhe|muje|mereko|mujhko)\b", re.I)
_TR_BACK = "aıou"
_TR_FRONT = "eiöü"


def sent_to_writer(title: str, *, writer: str | None, own: bool, said: str = "") -> str:
    """`title` said from its owner's side when it asks for something sent to `writer`.

    `said` is the message, for a "me" the title no longer shows ("mujhe quote bhej do").
    """
    text = title.strip()
    name = (writer or "").split(" ")[0]
    for form, pattern in _COMPILED:
        m = pattern.match(text)
        if m is None:
            continue
        said_what = (m["what"] or m.groupdict().get("what_") or "").strip()
        verb = form.verbs[m["verb"].lower()] if m["verb"] else m["verb_"].lower()
        what = _without_article(said_what, form.articles)
        if own or not name:
            return _capital(form.own.format(What=_capital(what), what=what))
        return _capital(
            form.other.format(
                Verb=verb.capitalize(), verb=verb, what=said_what, name=name,
                a="ad" if name[:1].lower() == "a" else "a",
            )
        )  # fmt: skip
    return _turkish(text, name, own) or _hinglish(text, said, name, own) or title


def _without_article(what: str, articles: str) -> str:
    if not articles:
        return what
    return re.sub(rf"^(?:{articles})(?:\s+|(?<=')\s*)", "", what, count=1, flags=re.I)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _turkish(said: str, name: str, own: bool) -> str | None:
    m = _TR.match(said)
    if m is None:
        return None
    what = (m["what1"] or m["what2"]).strip()
    if own or not name:
        return _capital(f"{what} al")
    return _capital(f"{what} {name}'{_dative(name)} {m['verb'].lower()}")


def _dative(name: str) -> str:
    """The Turkish dative ending after a name: Ana'ya, Sam'e, Priya'ya."""
    vowels = [c for c in name.lower() if c in _TR_BACK + _TR_FRONT]
    back = not vowels or vowels[-1] in _TR_BACK
    ending = "a" if back else "e"
    return f"y{ending}" if name[-1:].lower() in _TR_BACK + _TR_FRONT else ending


def _hinglish(title: str, said: str, name: str, own: bool) -> str | None:
    m = _HI.match(title)
    if m is None or not _HI_ME.search(f"{title} {said}"):
        return None
    what = m["what"].strip()
    if own or not name:
        return _capital(f"{what} mangwana")
    return f"{name} ko {what} bhejna"
