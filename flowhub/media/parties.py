"""Lines of minutes and checklists that are not our team's own tasks, and lines that date them.

"TOP 4: Nächster Termin 15.12.2026" / "Item 3: next meeting 14 Jan" only set the next meeting;
"Herr Weber liefert die Pläne bis Freitag", "the contractor sends the quote", "Mr Smith will
send the drawings" are someone else's deliverable (not a teammate's), so they make no card;
"Signed: S. Miller" closes a sheet. "Contractor to complete by 18/12/2026" or "Alle Punkte bis
15.12." under (or over) a list, or a last line "até sexta!", gives every item on it that date.
An agenda label ("TOP 2:", "Punkt 3:", "Item 4:", "Pto. 2:") opening a line is no part of what
it says.
"""

from __future__ import annotations

import re

_AGENDA = re.compile(
    r"^\s*(?:TOP|Tagesordnungspunkt|Punkt|Pkt\.?|Item|Agenda\s+item|Point|Pto\.?|Punto|Ponto"
    r"|Agendapunt|Madde|Пункт|بند)\s*\d{1,2}(?:\.\d{1,2})?\s*[:.)\-–—]\s*",
    re.I,
)
# "Nächster Termin 15.12.2026", "next meeting: 14 Jan", "prochaine réunion le 3 mars".
_NEXT_MEETING = re.compile(
    r"^(?:n[äa]chste[rsn]?\s+(?:termin|besprechung|sitzung|treffen|baubesprechung|jour\s+fixe)"
    r"|next\s+(?:meeting|session|call|site\s+meeting|review|catch[\s-]?up)"
    r"|pr[óo]xima\s+(?:reuni[óo]n|reuni[ãa]o|sesi[óo]n|visita)|prochaine\s+(?:r[ée]union|s[ée]ance)"
    r"|prossim[oa]\s+(?:riunione|incontro|sopralluogo)|volgende\s+(?:vergadering|bespreking)"
    r"|sonraki\s+toplant[ıi]|следующ\w+\s+(?:встреча|совещание)|الاجتماع\s+القادم)\b",
    re.I,
)
_SIGNED = re.compile(
    r"^(?:signed|signature|unterschrift|unterzeichnet|firma(?:do)?|sign[ée]|assinado|getekend"
    r"|imza|подпись|التوقيع)\s*(?:[:：]|by\b)",
    re.I,
)
# Someone outside the team, said by their title ("Herr Weber", "Mr Smith", "Sra. Gómez") or
# their role ("the contractor", "der Statiker", "el cliente").
_TITLE = (
    r"(?:herr|frau|hr\.|fr\.|mr\.?|mrs\.?|ms\.?|dr\.?|sr\.?|sra\.?|sig\.?(?:ra)?|dott\.?|m\.|mme"
    r"|dhr\.?|mevr\.?|bay|bayan|г-н|г-жа)\s+[A-ZÀ-Þ][\w'’-]+"
)
_ROLE = (
    r"(?:the\s+)?(?:contractor|subcontractor|sub|client|owner|architect|engineer|supplier|vendor"
    r"|consultant|surveyor|landlord|developer|inspector|structural\s+engineer)"
    r"|(?:der|die|das)\s+(?:statiker(?:in)?|architekt(?:in)?|bauherr(?:in)?|auftraggeber(?:in)?"
    r"|lieferant|planer(?:in)?|gutachter(?:in)?|subunternehmer|firma|nachunternehmer|prüfer(?:in)?)"
    r"|(?:el|la)\s+(?:contratista|cliente|arquitect[oa]|proveedor|ingenier[oa]|propietari[oa])"
    r"|(?:le|la|l['’])\s*(?:entreprise|client|architecte|fournisseur|bureau\s+d['’][ée]tudes"
    r"|ma[iî]tre\s+d['’]ouvrage|g[ée]om[èe]tre)"
    r"|(?:il|la|l['’])\s*(?:cliente|architetto|fornitore|impresa|ingegnere|committente)"
    r"|(?:o|a)\s+(?:cliente|arquitet[oa]|fornecedor|empreiteir[oa]|engenheir[oa])"
    r"|(?:de|het)\s+(?:aannemer|klant|architect|leverancier|constructeur)"
    r"|(?:müteahhit|mimar|müşteri|tedarikçi|подрядчик|заказчик|архитектор|المقاول|المهندس)"
)
# What such a party is said to need or want is ours to do, not theirs.
_WANTS = (
    r"needs?|wants?|asks?|expects?|requests?|is\s+waiting|waits|braucht|benötigt|möchte|wartet"
    r"|erwartet|fordert|necesita|quiere|espera|pide|a\s+besoin|veut|attend|demande|ha\s+bisogno"
    r"|vuole|aspetta|chiede|precisa|quer|pede|heeft\s+nodig|wil|wacht|vraagt|istiyor|bekliyor"
    r"|ждёт|хочет|يريد|يحتاج"
)
_PARTY = re.compile(
    rf"^(?:{_TITLE}|{_ROLE})\s+(?!(?:{_WANTS})\b)(?:(?:will|to|shall|soll|wird|va|va\s+a|vai)\s+)?"
    r"[a-zà-ÿäöüßğışç]{3,}\b",
    re.I,
)
# "Contractor to complete by 18/12/2026", "all items by Friday", "Alle Punkte bis 15.12."
_ALL_BY = re.compile(
    rf"^(?:(?:{_ROLE}|[\w'’-]+)\s+to\s+(?:complete|finish|fix|close\s+out|do)(?:\s+(?:all|these|"
    r"the\s+items|everything|all\s+items))?|(?:to\s+be\s+)?(?:completed?|finished|done)"
    r"|all\s+(?:items?|points?|of\s+(?:this|these|the\s+above))|everything"
    r"|alle\s+(?:punkte|mängel|arbeiten)|fertigstellung|zu\s+erledigen"
    r"|todo|todos\s+los\s+puntos|tout|tous\s+les\s+points|tutti\s+i\s+punti|todos\s+os\s+itens"
    r"|alle\s+punten|tüm\s+maddeler)"
    r"\s+(?P<prep>by|until|before|bis(?:\s+zum)?|antes\s+del?|hasta\s+el|avant\s+le|d['’]ici\s+le"
    r"|entro\s+il|até|voor|kadar|до)\s+(?P<when>\S.{0,30})$",
    re.I,
)


# "até sexta!", "by friday!", "bis Freitag": a list's last line that only says when.
_ONLY_WHEN = re.compile(
    r"^(?P<prep>by|until|before|bis(?:\s+zum)?|hasta(?:\s+el)?|antes\s+del?|até|avant|d['’]ici"
    r"|entro|voor|uiterlijk|kadar|до|sampai|paling\s+lambat)\s+(?P<when>[^\s!.]+(?:\s+[^\s!.]+){0,4}?)"
    r"\s*[!.]*$",
    re.I,
)


def without_agenda_label(line: str) -> str:
    """The line without an agenda item's number opening it ("TOP 2: …" is "…")."""
    return _AGENDA.sub("", line, count=1)


def not_ours(line: str) -> bool:
    """Whether a line sets the next meeting, closes a sheet, or gives someone outside the team
    something to deliver."""
    said = line.strip()
    return bool(_NEXT_MEETING.match(said) or _SIGNED.match(said) or _PARTY.match(said))


def due_for_all(line: str) -> str | None:
    """The date a line gives every item of its list ("Contractor to complete by 18/12/2026")."""
    found = _ALL_BY.match(line.strip().rstrip(".")) or _ONLY_WHEN.match(line.strip())
    return f"{found.group('prep')} {found.group('when')}" if found else None
