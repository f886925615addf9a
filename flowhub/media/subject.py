"""A caption that asks to do something with the file itself: "need to expense this before month
end" on a receipt, "pay this by friday" on an invoice, "sign and send back" on a contract.

The file is then the task's object, said in a few words read from it ("the Copyshop Berlin
receipt (EUR 84.50)", "invoice 2026-77 from Printhaus (€1,200.00)", "the Service Agreement
Okafor House"), and its own lines make no cards: the receipt's date is not the task's.
"""

from __future__ import annotations

import re

_VERBS = (
    r"expense|pay|sign|countersign|approve|file|submit|forward|send|return|print|scan|check"
    r"|review|claim|reimburse|process|settle|book|log|enter|upload|read|go\s+over|look\s+at"
)
# "expense this", "pay it", "sign and return this one"
_POINTS = re.compile(
    rf"^(?P<lead>.*?\b(?:{_VERBS})\b(?:\s+(?:and|&)\s+(?:{_VERBS})(?:\s+back)?)?)\s+"
    r"(?P<it>this(?:\s+one)?|it|these|them)\b(?P<rest>.*)$",
    re.I,
)
# "sign and send back", "sign & return by monday": the file is the object left unsaid.
# "sign and send back", "expense pls", "pay by friday": the file is the object left unsaid.
_UNSAID = re.compile(
    r"^(?P<lead>(?:(?:pls|please|plz|need\s+to|have\s+to|to|can\s+you)\s+)*"
    r"(?:sign\s+(?:and|&)\s+(?:send\s+back|return|send)|expense|pay|approve|sign|countersign"
    r"|reimburse|file))(?:\s+(?:pls|please|plz))?"
    r"(?P<rest>(?:\s+(?:by|before|until|on|asap|today|tomorrow|tmrw|this|next|end|at)\b.*)?)$",
    re.I,
)

_KINDS = (
    ("invoice", r"invoice|rechnung|factura|facture|fattura|fatura|factuur|fatura|сч[её]т|فاتورة"),
    (
        "contract",
        r"contract|agreement|vertrag|contrato|contrat|contratto|overeenkomst|sözleşme|договор",
    ),
    (
        "receipt",
        r"receipt|quittung|beleg|kassenbon|recibo|re[çc]u|ricevuta|kassabon|fi[şs]|чек|total"
        r"|summe|gesamt|importe|montant|totale|toplam|итого",
    ),
)
_CURRENCY = r"(?:EUR|USD|GBP|CHF|INR|TRY|BRL|RUB|€|\$|£|₹|₺|R\$|руб\.?)"
_AMOUNT = re.compile(
    r"(?:total|summe|gesamt|betrag|amount(?:\s+due)?|balance(?:\s+due)?|importe|montant|totale"
    r"|toplam|итого|to\s+pay|zu\s+zahlen)\b[^\d\n]{0,20}?"
    rf"(?P<cur>{_CURRENCY})?\s*(?P<n>\d[\d.,' ]*\d)\s*(?P<cur2>{_CURRENCY})?",
    re.I,
)
_NUMBER = re.compile(
    r"\b(?:invoice|rechnung|factura|facture|fattura|fatura|factuur)\s*(?:no\.?|nr\.?|number"
    r"|num\.?|#|n[°º]\.?)?\s*[:#]?\s*(?P<n>[A-Z]{0,4}[-/]?\d[\w/-]*)",
    re.I,
)
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_DATEISH = re.compile(r"\d{1,2}[./-]\d{1,2}|\b\d{4}\b")
_DATES = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b")


def about_the_file(task: str) -> bool:
    """Whether a caption's task has the file as its object ("pay this by friday")."""
    said = " ".join(task.split())
    return bool(_POINTS.match(said) or _UNSAID.match(said))


def with_subject(task: str, text: str) -> str | None:
    """The caption's task with the file said in its place, or None when the file is not a
    receipt, an invoice or a contract (or the caption does not point at it)."""
    said = " ".join(task.split())
    kind = _kind(text, said)
    if kind is None:
        return None
    what = describe(text, kind)
    points = _POINTS.match(said)
    if points:
        return f"{points.group('lead')} {what}{points.group('rest')}"
    unsaid = _UNSAID.match(said)
    if unsaid:
        return f"{unsaid.group('lead')} {what}{unsaid.group('rest')}"
    return None


def describe(text: str, kind: str) -> str:
    """A receipt, invoice or contract in a few words, from its lines."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if kind == "contract":
        rx = re.compile(dict(_KINDS)["contract"], re.I)
        title = next((line for line in lines if rx.search(line) and len(line.split()) <= 8), "")
        return f"the {_plain(title)}" if title else "the contract"
    names = (_DATES.sub(" ", line).strip(" -,.") for line in lines)
    maker = next((name for name in names if _is_name_line(name)), "")
    amount = _amount(text)
    money = f" ({amount})" if amount else ""
    if kind == "invoice":
        number = _NUMBER.search(text)
        if number:
            return (
                f"invoice {number.group('n')}" + (f" from {_plain(maker)}" if maker else "") + money
            )
        return f"the {_plain(maker)} invoice{money}" if maker else f"the invoice{money}"
    return f"the {_plain(maker)} receipt{money}" if maker else f"the receipt{money}"


def paid_for(text: str) -> str | None:
    """The amount of a file that reads as a receipt or an invoice ("" when none is found), or
    None for any other file."""
    if _kind(text, "") not in ("receipt", "invoice"):
        return None
    return _amount(text) or ""


def _kind(text: str, task: str) -> str | None:
    for kind, words in _KINDS:
        if re.search(rf"\b(?:{words})", text, re.I):
            return kind
    if re.search(r"\b(?:expense|reimburse|claim)\b", task, re.I):
        return "receipt"
    return None


def _amount(text: str) -> str | None:
    totals = list(_AMOUNT.finditer(text))
    if not totals:
        return None
    found = totals[-1]  # the last total on a receipt is the one paid
    currency = found.group("cur") or found.group("cur2") or ""
    number = found.group("n").strip()
    return f"{currency} {number}".strip() if len(currency) > 1 else f"{currency}{number}"


def _is_name_line(line: str) -> bool:
    """Whether a line could name who issued the file: letters, no date, no kind word alone."""
    if _DATEISH.search(line) or not _LETTERS.search(line) or len(line.split()) > 5:
        return False
    kinds = "|".join(words for _, words in _KINDS)
    return not re.fullmatch(rf"(?:{kinds})\b.*", line, re.I)


def _plain(line: str) -> str:
    """A line in capitals ("COPYSHOP BERLIN") as a name is written ("Copyshop Berlin")."""
    return line.title() if line.isupper() else line
