"""Portuguese command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

_ART = r"(?:(?:a|o|as|os|tarefa|n[uú]mero|n[ºo°]?)\s+)*"
_DONE_WORD = r"(?:feit[oa]s?|conclu[ií]d[oa]s?|terminad[oa]s?|completad[oa]s?|pront[oa]s?)"
_SNOOZE = r"(?:adia(?:r|e)?|adia-?(?:lo|la)|posterga(?:r)?|pospor|pospõe|pospoe|soneca)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "feito 2", "já terminei a segunda", "minhas tarefas".
COMMANDS = {
    "done {n}": (
        rf"(?:j[aá]\s+)?{_DONE_WORD}\s+{_ART}{{n}}",
        rf"(?:j[aá]\s+)?(?:terminei|acabei|fiz|completei|conclu[ií])\s+{_ART}{{n}}",
        rf"(?:marca|marcar|marque)\s+{_ART}{{n}}\s+como\s+{_DONE_WORD}",
        rf"{_ART}{{n}}\s+(?:j[aá]\s+)?(?:(?:est[aá]|t[aá])\s+)?(?:feit[oa]|pront[oa]|conclu[ií]d[oa])",
    ),
    "done with {rest}": (r"(?:feit[oa]|conclu[ií]d[oa]|terminei)\s*(?::|com)\s*{rest}",),
    "done": (r"feit[oa]|(?:j[aá]\s+)?fiz|conclu[ií]d[oa]|j[aá]\s+(?:est[aá]|t[aá])\s+feit[oa]",),
    "reopen {n}": (rf"(?:reabr(?:e|ir|a)|reativa(?:r)?|desmarca(?:r)?)\s+{_ART}{{n}}",),
    "delete {n}": (
        rf"(?:apaga(?:r)?|apague|exclui(?:r)?|remove(?:r)?|deleta(?:r)?|tira(?:r)?)\s+{_ART}{{n}}",
    ),
    "cancel {n}": (r"cancela(?:r)?\s+(?:(?:o|a|lembrete)\s+)*{n}",),
    "undo": (
        r"(?:por\s+favor\s+)?(?:desfazer|desfaz(?:er)?|desfa[cç]a|desfaz\s+isso|reverter|reverte)(?:\s+(?:isso|a[ií]|por\s+favor))?",
    ),
    "my tasks": (
        r"(?:(?:ver|mostra(?:r)?|me\s+mostra|lista(?:r)?)\s+)?(?:as\s+)?minhas\s+(?:tarefas|pend[eê]ncias)",
        r"(?:(?:ver|mostra(?:r)?)\s+)?(?:a\s+)?(?:minha\s+)?lista\s+de\s+tarefas",
        r"(?:quais|que)\s+tarefas\s+(?:eu\s+)?tenho",
    ),
    "my reminders": (
        r"(?:(?:ver|mostra(?:r)?|me\s+mostra|lista(?:r)?)\s+)?(?:(?:os\s+)?meus\s+)?lembretes",
        r"(?:quais|que)\s+lembretes\s+(?:eu\s+)?tenho",
    ),
    "cancel": (r"cancela(?:r)?|cancele",),
    "confirm all": (
        r"(?:confirma(?:r)?|confirme|salva(?:r)?|salve|aceita(?:r)?)\s+(?:tud[oa]|todas|todos)",
        r"sim\s+(?:pra|para\s+)?\s*tudo",
    ),
    "discard all": (
        r"(?:descarta(?:r)?|descarte|apaga(?:r)?|rejeita(?:r)?)\s+(?:tud[oa]|todas|todos)",
    ),
    "confirm": (r"confirma(?:r|do|da)?|confirme|salva(?:r)?",),
    "discard": (r"descarta(?:r)?|descarte",),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:por|em|mais)\s+)?{{n}}\s*{{unit}}(?:\s+mais)?",
        r"(?:me\s+lembra|lembra-?me)\s+(?:de\s+novo\s+)?(?:daqui\s+a|em)\s+{n}\s*{unit}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:por\s+)?meia\s+hora",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:at[eé]|para|pra)\s+amanh[aã]",),
    "snooze": (rf"{_SNOOZE}|mais\s+tarde|agora\s+n[aã]o",),
    "skip": (r"pula(?:r)?|pule|pular\s+essa|pula\s+essa|dessa\s+vez\s+n[aã]o",),
    "help": (r"ajuda|me\s+ajuda|socorro|preciso\s+de\s+ajuda|comandos",),
    "settings": (r"(?:minhas\s+)?(?:configura[cç][oõ]es|prefer[eê]ncias|op[cç][oõ]es|ajustes)",),
    "stop the reminders": (
        r"(?:para|parar|pare|desliga(?:r)?|desativa(?:r)?|silencia(?:r)?|cancela(?:r)?)\s+(?:(?:os|todos\s+os|meus)\s+)*(?:lembretes|avisos)",
        r"chega\s+de\s+lembretes|sem\s+mais\s+lembretes",
    ),
    "what's due today": (
        r"(?:o\s+)?que\s+(?:eu\s+)?(?:tenho|tem|vence)\s+(?:pra\s+|para\s+)?hoje",
        r"(?:tarefas|pend[eê]ncias)\s+(?:de|para|pra)\s+hoje",
    ),
    "what's due tomorrow": (
        r"(?:o\s+)?que\s+(?:eu\s+)?(?:tenho|tem|vence)\s+(?:pra\s+|para\s+)?amanh[aã]",
        r"(?:tarefas|pend[eê]ncias)\s+(?:de|para|pra)\s+amanh[aã]",
    ),
    "this week": (
        r"(?:(?:o\s+)?que\s+(?:eu\s+)?tenho\s+)?(?:pra\s+|para\s+)?essa\s+semana|esta\s+semana",
    ),
    "overdue": (r"(?:(?:minhas\s+)?tarefas\s+)?(?:atrasad[oa]s|vencid[oa]s)",),
    "hi": (r"oi+|ol[aá]|bom\s+dia|boa\s+(?:tarde|noite)|e\s+a[ií]|tudo\s+bem",),
    "thanks": (r"(?:muito\s+)?obrigad[oa]|obg|valeu|brigad[oa]|obrigad[aã]o",),
    "no, {when}": (r"(?:n[aã]o|melhor|na\s+verdade)[\s,]+(?:[eé]\s+)?{when}",),
    "yes": (
        r"beleza|blz|fechado|ok\s+salva|pode\s+salvar|salva",
        r"sim+|isso\s+mesmo|pode\s+ser",
    ),
    "no": (r"n[aã]o+",),
    "assign to {rest}": (
        r"(?:atribu[ai]|d[aáê]|entrega)(?:-a|-o|\s+isso)?\s+(?:para|pra|pro|ao|[aà]|a)\s+(?:o\s+|a\s+)?(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "title: {rest}": (r"t[ií]tulo\s*:\s*{rest}", r"renomei[ae]\s+(?:para\s+)?{rest}"),
    "priority high": (r"prioridade\s+alta",),
    "priority low": (r"prioridade\s+baixa",),
    "no date": (r"sem\s+data|tira(?:r)?\s+a\s+data",),
    "digest off": (
        r"(?:desativa(?:r)?|desliga(?:r)?)\s+o\s+resumo|resumo\s+(?:off|desligado|desativado)",
    ),
    "digest {rest}": (r"resumo\s+(?:[aà]s\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (
        r"(?:me\s+lembre|lembre-me|me\s+avise|avise-me)\s+{n}\s*{unit}\s+antes",
    ),
    "I'm in {rest}": (r"(?:estou|t[oô])\s+em\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",),
    "save {n}": (rf"(?:salva|salve|confirma|confirme|fica\s+com)\s+(?:s[oó]\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"(?:descarta|descarte)\s+{_ART}{{n}}",),
    "reopen {rest}": (r"reabr[ae]\s+{rest}",),
    "move it to {when}": (r"(?:passa|muda|move|joga)(?:-a|-o)?\s+(?:para|pra|pro)\s+{when}",),
    "move {what} to {when}": (
        r"(?:adia|adie|remarca|remarque|move)\s+{what}\s+(?:para|pra|pro)\s+{when}",
    ),
    "remind me at due time": (
        r"(?:me\s+lembre|lembre-me|me\s+avise|avise-me)\s+na\s+hora\s+(?:do\s+prazo|de\s+vencer)",
    ),
    "disconnect {rest}": (
        r"desconecta(?:r)?\s+" + _TOOL + r"{rest}|desconecte\s+" + _TOOL + r"{rest}",
    ),
    "connect {rest}": (r"conecta(?:r)?\s+" + _TOOL + r"{rest}|conecte\s+" + _TOOL + r"{rest}",),
    "my tools": (r"minhas\s+(?:ferramentas|conex[oõ]es)",),
    "retry pushes": (r"tenta(?:r)?\s+enviar\s+de\s+novo|reenvia(?:r)?(?:\s+tudo)?",),
    "make {rest} the default": (r"(?:usa|use|deixa)\s+" + _TOOL + r"{rest}\s+como\s+padr[aã]o",),
    "push {n} to {rest}": (
        r"(?:envia|manda)\s+(?:a\s+|o\s+)?{n}\s+(?:para|pro|pra)\s+(?:o\s+|a\s+)?"
        + _TOOL
        + r"{rest}",
    ),
    "push to {rest}": (
        r"(?:envia|manda)(?:-a|-o)?\s+(?:isso\s+)?(?:para|pro|pra)\s+(?:o\s+|a\s+)?"
        + _TOOL
        + r"{rest}",
    ),
    "make {rest} low priority": (
        r"(?:coloca|p[oõ]e|deixa)\s+{rest}\s+(?:com|em)\s+prioridade\s+baixa",
    ),
}
COUNTED = {"segunda": 2, "quarta": 4, "quinta": 5, "sexta": 6}
