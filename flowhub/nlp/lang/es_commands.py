"""Spanish command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

_ART = r"(?:(?:la|el|lo|los|las|tarea|n[uú]mero|nro|n)\s+)*"
_DONE_WORD = r"(?:hech[oa]s?|list[oa]s?|terminad[oa]s?|completad[oa]s?|acabad[oa]s?)"
_SNOOZE = r"(?:posp[oó]n(?:er|lo|la|elo|ela)?|pospon[eé]|aplaza(?:r|lo|la)?|retrasa(?:r|lo|la)?)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "hecho 2", "ya terminé la segunda", "mis tareas".
COMMANDS = {
    "done {n}": (
        rf"(?:ya\s+)?{_DONE_WORD}\s+{_ART}{{n}}",
        rf"(?:ya\s+)?(?:termin[eé]|acab[eé]|hice|complet[eé]|cumpl[ií])\s+(?:con\s+)?{_ART}{{n}}",
        rf"(?:marca|marcar|m[aá]rcame|marque)\s+{_ART}{{n}}\s+como\s+{_DONE_WORD}",
        rf"{_ART}{{n}}\s+(?:ya\s+)?(?:est[aá]\s+)?(?:hech[oa]|list[oa]|terminad[oa]|completad[oa])",
    ),
    "done with {rest}": (r"(?:hech[oa]|list[oa]|termin[eé])\s*(?:con|:)\s*{rest}",),
    "done": (
        r"(?:ya\s+)?(?:hech[oa]|terminad[oa]|completad[oa])|ya\s+(?:est[aá](?:\s+hech[oa])?|lo\s+hice|termin[eé])",
    ),
    "reopen {n}": (rf"(?:reabr(?:e|ir|i)|reactiva(?:r)?|desmarca(?:r)?)\s+{_ART}{{n}}",),
    "delete {n}": (rf"(?:borra(?:r)?|elimina(?:r)?|quita(?:r)?|suprime)\s+{_ART}{{n}}",),
    "cancel {n}": (r"(?:cancela(?:r)?|anula(?:r)?)\s+(?:(?:el|la|recordatorio)\s+)*{n}",),
    "undo": (
        r"(?:por\s+favor\s+|porfa\s+)?(?:deshacer|deshaz(?:lo)?|desh[aá]celo|revertir|revi[eé]rtelo"
        r"|revert[ií])(?:\s+(?:eso|lo\s+[uú]ltimo|por\s+favor|porfa))?",
    ),
    "my tasks": (
        r"(?:(?:ver|ens[eé][ñn]ame|mu[eé]strame|dame|listar?)\s+)?mis\s+(?:tareas|pendientes)",
        r"(?:(?:ver|ens[eé][ñn]ame|mu[eé]strame|dame)\s+)?(?:mi\s+)?lista\s+de\s+tareas",
        r"(?:qu[eé]|cu[aá]les)\s+tareas\s+tengo",
    ),
    "my reminders": (
        r"(?:(?:ver|ens[eé][ñn]ame|mu[eé]strame|dame|listar?)\s+)?(?:mis\s+)?recordatorios",
        r"(?:qu[eé]|cu[aá]les)\s+recordatorios\s+tengo",
    ),
    "cancel": (r"cancela(?:r|lo|la)?|an[uú]la(?:r|lo|la)?",),
    "confirm all": (
        r"(?:confirm(?:a|ar|o)|guarda(?:r)?|acepta(?:r)?)\s+(?:tod[oa]s?|tod[oa]s\s+las\s+tareas)",
        r"s[ií]\s+a\s+todo|tod[oa]s\s+s[ií]",
    ),
    "discard all": (
        r"(?:descarta(?:r)?|borra(?:r)?|elimina(?:r)?|rechaza(?:r)?)\s+(?:tod[oa]s?)",
        r"no\s+a\s+todo",
    ),
    "confirm": (r"confirm(?:a|ar|o|ado|ada|ala|alo)|gu[aá]rdal[oa]",),
    "discard": (r"descarta(?:r|lo|la)?|desc[aá]rtal[oa]",),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:por|en|otr[oa]s?|un|una)\s+)?{{n}}\s*{{unit}}(?:\s+m[aá]s)?",
        r"(?:recu[eé]rdamelo|av[ií]same)\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?en\s+{n}\s*{unit}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:por\s+)?media\s+hora",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:hasta|para)\s+ma[ñn]ana",),
    "snooze": (rf"{_SNOOZE}|m[aá]s\s+tarde|ahora\s+no",),
    "skip": (r"salta(?:r|lo|la)?|s[aá]lta(?:lo|la)|omit(?:ir|e|elo|ela)|esta\s+vez\s+no",),
    "help": (r"ayuda|ay[uú]dame|necesito\s+ayuda|comandos",),
    "settings": (r"(?:mis\s+|mi\s+)?(?:ajustes|configuraci[oó]n|preferencias|opciones)",),
    "stop the reminders": (
        r"(?:para|par[aá]|parar|det[eé]n|detener|apaga(?:r)?|desactiva(?:r)?|silencia(?:r)?|quita"
        r"|cancela(?:r)?)\s+(?:(?:los|todos\s+los|mis)\s+)*(?:recordatorios|avisos)",
        r"no\s+m[aá]s\s+(?:recordatorios|avisos)|basta\s+de\s+(?:recordatorios|avisos)",
    ),
    "what's due today": (
        r"(?:q|qu[eé])\s+(?:tengo|hay|vence|toca)\s+(?:para\s+|pa\s+)?hoy",
        r"(?:tareas|pendientes)\s+(?:de|para|pa)\s+hoy",
    ),
    "what's due tomorrow": (
        r"(?:q|qu[eé])\s+(?:tengo|hay|vence|toca)\s+(?:para\s+|pa\s+)?ma[ñn]ana",
        r"(?:tareas|pendientes)\s+(?:de|para|pa)\s+ma[ñn]ana",
    ),
    "this week": (r"(?:(?:q|qu[eé])\s+(?:tengo|hay)\s+)?(?:para\s+)?esta\s+semana",),
    "overdue": (
        r"(?:(?:mis\s+)?(?:tareas|pendientes)\s+)?(?:vencid[oa]s|atrasad[oa]s)",
        r"(?:q|qu[eé])\s+(?:tengo|hay)\s+(?:vencido|atrasado|pendiente\s+de\s+antes)",
    ),
    "hi": (r"hola+|holi|buenas|buen[oa]s\s+(?:d[ií]as|tardes|noches)|qu[eé]\s+tal|saludos",),
    "thanks": (
        r"(?:muchas\s+|mil\s+)?gracias(?:\s+(?:de\s+nuevo|mil|totales))?|grax|te\s+lo\s+agradezco",
    ),
    "no, {when}": (r"(?:no+|mejor|no\s+mejor|perd[oó]n)[\s,]+(?:mejor\s+)?{when}",),
    "move it to {when}": (
        r"(?:p[aá]sal[oa]|mu[eé]vel[oa]|c[aá]mbial[oa]|ponl[oa])\s+(?:a|al|para\s+el|para)\s+{when}",
    ),
    "yes": (
        r"(?:vale|dale|ok)(?:\s+gu[aá]rdal[oa]|\s+guarda)?|gu[aá]rdal[oa]|perfecto",
        r"s[ií]+|sip|s[ií],?\s+(?:porfa|por\s+favor|gracias)",
    ),
    "no": (r"no+|nop|nel",),
    "assign to {rest}": (
        r"(?:as[ií]gna(?:la|lo|sela|selo)?|d[aá](?:se)?la|d[aá](?:se)?lo)\s+a\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "title: {rest}": (r"t[ií]tulo\s*:\s*{rest}",),
    "priority high": (r"prioridad\s+alta",),
    "priority low": (r"prioridad\s+baja",),
    "no date": (r"sin\s+fecha|quita(?:r)?\s+la\s+fecha",),
    "digest off": (
        r"(?:desactiva|apaga|quita)\s+el\s+resumen|resumen\s+(?:off|desactivado|apagado)",
    ),
    "digest {rest}": (r"resumen\s+(?:a\s+las\s+|a\s+la\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (r"(?:recu[eé]rdame|av[ií]same)(?:lo)?\s+{n}\s*{unit}\s+antes",),
    "I'm in {rest}": (r"estoy\s+en\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",),
    "save {n}": (rf"(?:guarda|confirma|qu[eé]date\s+con)\s+(?:solo\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"descarta\s+{_ART}{{n}}",),
    "reopen {rest}": (r"reabre\s+{rest}",),
    "move {what} to {when}": (
        r"(?:mueve|aplaza|pospón|pospon)\s+{what}\s+(?:a|al|para\s+el|para)\s+{when}",
    ),
    "remind me at due time": (
        r"(?:recu[eé]rdame|av[ií]same)(?:lo)?\s+(?:al\s+vencer|a\s+la\s+hora\s+(?:de\s+vencimiento|l[ií]mite))",
    ),
    "disconnect {rest}": (r"desconecta(?:r)?\s+" + _TOOL + r"{rest}",),
    "connect {rest}": (r"conecta(?:r)?\s+(?:con\s+)?" + _TOOL + r"{rest}",),
    "my tools": (r"mis\s+(?:herramientas|conexiones)",),
    "retry pushes": (r"reintenta(?:r)?\s+(?:los\s+)?env[ií]os|vuelve\s+a\s+enviar",),
    "make {rest} the default": (
        r"(?:usa|pon)\s+" + _TOOL + r"{rest}\s+(?:como|por)\s+(?:predeterminad[oa]|defecto)",
    ),
    "push {n} to {rest}": (r"(?:env[ií]a|manda)\s+(?:la\s+)?{n}\s+a\s+" + _TOOL + r"{rest}",),
    "push to {rest}": (r"(?:env[ií]a|manda)(?:la|lo)\s+a\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (r"(?:pon|marca)\s+{rest}\s+(?:con|en|como)\s+prioridad\s+baja",),
}
