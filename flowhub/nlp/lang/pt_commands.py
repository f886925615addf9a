"""Portuguese command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.pt_settings import SETTINGS

_ART = r"(?:(?:a|o|as|os|tarefa|n[uú]mero|n[ºo°]?)\s+)*"
_DONE_WORD = r"(?:feit[oa]s?|conclu[ií]d[oa]s?|terminad[oa]s?|completad[oa]s?|pront[oa]s?)"
_SNOOZE = r"(?:adia(?:r|e)?|adia-?(?:lo|la)|posterga(?:r)?|pospor|pospõe|pospoe|soneca)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "opa, ...", "não, pera, ...", "na verdade ...".
_OOPS = (
    r"(?:(?:n[aã]o+|nao|opa|ops|oops|eita|ai|ah+|ih+|pera|peraí|perai|espera|desculpa|foi\s+mal|hmm+"
    r"|na\s+(?:verdade|vdd)|errei|me\s+enganei)[\s,.!]+)*"
)
_INSTEAD = r"(?:(?:melhor|ent[aã]o|na\s+verdade|na\s+vdd|pfv|pf|por\s+favor)\b[\s,]*)"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_NOT_DAY = (
    r"(?!(?:segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|domingo|amanh[aã]|hoje|hj|depois|semana"
    r"|m[eê]s|dia|l[aá]|\d)\b)"
)
_NAME0 = r"(?!(?:hoje|hj|amanh[aã]|essa|esta|eu|que|oq)\b)(?=[^\s]+(?:\s+[^\s]+)?\s)"
# "a academia", "a revisão do carro", "aquela do carro", "a tarefa de": a saved task named.
# "passa na farmácia": a place to stop at, so a task, never a move
_AT_PLACE = r"(?:na|no|nas|nos|em|pela|pelo|l[aá]|aqui|ali|a[ií])\b"
# "o prazo da fahrerliste", "a data do relatório": the task named by its date.
_DUE_OF = r"(?:o\s+|a\s+)?(?:prazo|vencimento|data|dia|hor[aá]rio|entrega)\s+d[aoe]s?\s+"
_THE = (
    rf"(?:{_DUE_OF}(?:tarefa\s+(?:de\s+|d[oa]\s+)?)?"
    r"|(?:a|o|as|os)\s+(?:tarefa\s+(?:de\s+|d[oa]\s+)?)?|aquel[ae]\s+d[oa]\s+|isso\s+d[oa]\s+)?"
)
_PLEASE = (
    r"(?:[\s,]+(?:pfv|pf|por\s+favor|pls|please|obrigad[oa]|valeu|n[aã]o\s+vai\s+(?:dar|rolar)|desisti"
    r"|n[aã]o\s+preciso\s+mais|ent[aã]o))*"
)
_DONE_PAST = (
    r"(?:paguei|mandei|enviei|liguei|comprei|reservei|terminei|acabei|revisei|consertei|entreguei"
    r"|busquei|levei|limpei|fiz|renovei|respondi|assinei|marquei|resolvi)"
)
# A place named alone: up to three words, not "uma reunião" or "casa".
_NOT_PLACE = r"(?!(?:um|uma|o|a|os|as|meu|minha|casa|reuni[aã]o|aula)\b)"
_PLACE = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}[\s.!?]*$)"
_PLACE_AT = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}[\s,.]+\w)"
# A command said instead of the English one: "feito 2", "já terminei a segunda", "minhas tarefas".
COMMANDS = {
    "done {n}": (
        rf"(?:j[aá]\s+)?{_DONE_WORD}\s+{_ART}{{n}}",
        rf"(?:j[aá]\s+)?(?:terminei|acabei|fiz|completei|conclu[ií])\s+{_ART}{{n}}",
        rf"(?:marca|marcar|marque)\s+{_ART}{{n}}\s+como\s+{_DONE_WORD}",
        rf"{_ART}{{n}}\s+(?:j[aá]\s+)?(?:(?:est[aá]|t[aá])\s+)?(?:feit[oa]|pront[oa]|conclu[ií]d[oa])",
        rf"{_ART}{{n}}\s+(?:j[aá]\s+)?(?:fiz|terminei|paguei|resolvi)",
    ),
    "done with {rest}": (
        r"(?:feit[oa]|conclu[ií]d[oa]|terminei)\s*(?::|com)\s*{rest}",
        rf"{_OOPS}j[aá]\s+{_DONE_PAST}\s+{_THE}{{rest}}{_PLEASE}",
        rf"{_THE}{{rest}}\s+j[aá]\s+(?:(?:est[aá]|t[aá])\s+)?(?:feit[oa]|pront[oa]|pag[oa]|resolvid[oa]|conclu[ií]d[oa])",
        rf"(?:marca|marque)\s+{_THE}{{rest}}\s+como\s+(?:feit[oa]|conclu[ií]d[oa]|pront[oa])",
    ),
    "done": (r"feit[oa]|(?:j[aá]\s+)?fiz|conclu[ií]d[oa]|j[aá]\s+(?:est[aá]|t[aá])\s+feit[oa]",),
    "reopen {n}": (rf"(?:reabr(?:e|ir|a)|reativa(?:r)?|desmarca(?:r)?)\s+{_ART}{{n}}",),
    "delete {n}": (
        rf"(?:apaga(?:r)?|apague|exclui(?:r)?|remove(?:r)?|deleta(?:r)?|tira(?:r)?)\s+{_ART}{{n}}",
    ),
    "cancel {n}": (r"cancela(?:r)?\s+(?:(?:o|a|lembrete)\s+)*{n}",),
    "undo": (
        r"(?:por\s+favor\s+)?(?:desfazer|desfaz(?:er)?|desfa[cç]a|desfaz\s+isso|reverter|reverte)(?:\s+(?:isso|a[ií]|por\s+favor))?",
        rf"{_OOPS}(?:desfaz(?:er)?|desfa[cç]a|reverte(?:r)?|volta(?:r)?\s+(?:atr[aá]s|como\s+estava)|cancela\s+isso)"
        r"(?:\s+(?:isso|a[ií]|o\s+[uú]ltimo))?" + _PLEASE,
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
    "discard": (
        r"descarta(?:r)?|descarte",
        rf"{_OOPS}(?:esquece(?:\s+(?:isso|essa|esse))?|deixa\s+(?:pra\s+l[aá]|quieto)|descarta(?:\s+(?:isso|essa|esse))?"
        r"|joga\s+fora|apaga\s+(?:isso|essa|esse))" + _PLEASE,
    ),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:por|em|mais)\s+)?{{n}}\s*{{unit}}(?:\s+mais)?",
        r"(?:me\s+lembra|lembra-?me)\s+(?:de\s+novo\s+)?(?:daqui\s+a|em)\s+{n}\s*{unit}",
        rf"{_OOPS}(?:(?:agora|agr)\s+n[aã]o\s+(?:d[aá]|posso|rola)[\s,.]+)?(?:me\s+lembra|lembra-?me|me\s+avisa)\s+(?:de\s+novo\s+)?(?:daqui\s+a?|em)\s+{{n}}\s*{{unit}}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:por\s+)?meia\s+hora",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:at[eé]|para|pra)\s+amanh[aã]",),
    "snooze": (rf"{_SNOOZE}|mais\s+tarde|agora\s+n[aã]o",),
    "skip": (r"pula(?:r)?|pule|pular\s+essa|pula\s+essa|dessa\s+vez\s+n[aã]o",),
    "try again": (r"tent[ae]\s+(?:de\s+novo|novamente|outra\s+vez)|tentar\s+de\s+novo",),
    "help": (r"ajuda|me\s+ajuda|socorro|preciso\s+de\s+ajuda|comandos",),
    "settings": (r"(?:minhas\s+)?(?:configura[cç][oõ]es|prefer[eê]ncias|op[cç][oõ]es|ajustes)",),
    "stop the reminders": (
        r"(?:para|parar|pare|desliga(?:r)?|desativa(?:r)?|silencia(?:r)?|cancela(?:r)?)\s+(?:(?:os|todos\s+os|meus)\s+)*(?:lembretes|avisos)",
        r"chega\s+de\s+lembretes|sem\s+mais\s+lembretes",
    ),
    "what's due today": (
        r"(?:o\s+)?que\s+(?:eu\s+)?(?:tenho|tem|vence)\s+(?:pra\s+|para\s+)?hoje",
        r"(?:tarefas|pend[eê]ncias)\s+(?:de|para|pra)\s+hoje",
        r"(?:o\s+)?(?:q|oq|o\s+q|que)\s+(?:eu\s+)?(?:tenho|tem)\s+(?:pra\s+|para\s+|p\s+)?(?:hj|hoje)",
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
    "no, {when}": (
        r"(?:n[aã]o|melhor|na\s+verdade)[\s,]+(?:[eé]\s+)?{when}",
        rf"{_OOPS}{_INSTEAD}*(?:(?:[eé]\s+)?(?:pra|para|na|no)\s+)?{{when}}(?:[\s,]+(?:melhor|ent[aã]o|pfv|pf))+",
        rf"(?:n[aã]o+|opa|ops|eita|pera|espera|na\s+(?:verdade|vdd)|errei)[\s,.!]+{_OOPS}{_INSTEAD}*"
        r"(?:(?:[eé]\s+)?(?:pra|para|na|no)\s+)?{when}(?:[\s,]+na\s+(?:verdade|vdd))?",
    ),
    "yes": (
        r"beleza|blz|fechado|ok\s+salva|pode\s+salvar|salva",
        r"sim+|isso\s+mesmo|pode\s+ser",
        r"(?:(?:sim+|s|ss|blz|beleza|ok|okay|t[aá]|ta\s+bom|t[aá]\s+[oó]timo|fechou|fechado|isso|perfeito|show|bora"
        r"|pode)[\s,!.]+)*(?:pode\s+salvar|pode\s+confirmar|pode\s+ser|salva(?:\s+a[ií])?|confirma|isso\s+(?:mesmo|msm|a[ií])"
        r"|t[aá]\s+(?:certo|[oó]timo|bom)|fechou|fechado|perfeito|show|blz|beleza|bora|sim+|ss)",
    ),
    "no": (r"n[aã]o+",),
    "assign to {rest}": (
        rf"{_OOPS}{_INSTEAD}*(?:passa|manda|d[aá])(?:-a|-o)?\s+(?:isso\s+)?(?:para|pra|pro|ao|[aà])\s+(?:o\s+|a\s+)?{_NOT_DAY}"
        r"(?=[^\s]+\s+(?:ent[aã]o|pfv|pf|a[ií])[\s.!?]*$){rest}\s+(?:ent[aã]o|pfv|pf|a[ií])",
        r"(?:atribu[ai]|d[aáê]|entrega)(?:-a|-o|\s+isso)?\s+(?:para|pra|pro|ao|[aà]|a)\s+(?:o\s+|a\s+)?(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"{_OOPS}{_INSTEAD}*(?:[eé]\s+)?(?:para|pra|pro|pr[oa])\s+(?:o\s+|a\s+)?(?=[^\s,]+\s*,?\s*n[aã]o\s+pr){{rest}}\s*,?\s*n[aã]o\s+(?:para|pra|pro|pr[oa])\s+.*",
        rf"{_OOPS}{_INSTEAD}*(?:passa|manda|d[aá]|deixa)(?:-a|-o)?\s+(?:isso\s+)?(?:para|pra|pro|pr[oa]|ao|[aà])\s+(?:o\s+|a\s+)?{_NOT_DAY}{_NAME}{{rest}}",
        r"respons[aá]vel\s*:\s*(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"{_OOPS}{_INSTEAD}*(?:quem\s+(?:vai\s+)?(?:faz(?:er)?|cuida)\s+(?:disso\s+)?[eé]\s+(?:o\s+|a\s+)?){_NAME}{{rest}}",
    ),
    "what does {rest} have?": (
        # "o que o Sam tem?", "e a Priya, tem o que?"
        r"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:o\s+|a\s+)?(?!(?:eu|voce|vc|tem|a|o)\b)"
        r"(?=[^\s]+\s+tem[\s?!.]*$){rest}\s+tem",
        rf"(?:e\s+)?(?:o\s+|a\s+)?{_NAME0}{{rest}}\s+tem\s+(?:o\s*q|oq|o\s+que|que)\s+(?:de\s+)?pendente",
        rf"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:o\s+|a\s+)?{_NAME0}{{rest}}\s+tem\s+(?:de\s+)?pendente",
        rf"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:tem\s+)?(?:de\s+)?pendente\s+(?:com|d[oa])\s+(?:o\s+|a\s+)?{_NAME}{{rest}}",
    ),
    "what did I give {rest}?": (
        rf"(?:e\s+)?(?:o\s*q|oq|o\s+que|que)\s+(?:eu\s+)?(?:passei|dei|deleguei)\s+(?:para|pra|pro|ao|[aà])\s+(?:o\s+|a\s+)?{_NAME}{{rest}}",
    ),
    "delete it": (rf"{_OOPS}(?:apaga|exclui|deleta)(?:-a|-o)?(?:\s+(?:isso|essa|esse))?{_PLEASE}",),
    "delete {rest}": (
        rf"{_OOPS}(?:(?:pode|d[aá]\s+pra)\s+)?(?:apaga(?:r)?|exclui(?:r)?|deleta(?:r)?)\s+(?:a\s+tarefa\s+(?:de\s+|d[oa]\s+)?"
        r"|o\s+lembrete\s+(?:de\s+|d[oa]\s+)?|aquel[ae]\s+d[oa]\s+){rest}" + _PLEASE,
        rf"{_OOPS}(?:(?:pode|d[aá]\s+pra)\s+)?(?:apaga(?:r)?|exclui(?:r)?|deleta(?:r)?)\s+(?:a|o|as|os)\s+{{rest}},\s*.+",
    ),
    "title: {rest}": (r"t[ií]tulo\s*:\s*{rest}", r"renomei[ae]\s+(?:para\s+|pra\s+)?{rest}"),
    "priority high": (
        r"prioridade\s+alta",
        r"(?:coloca|p[oõ]e|bota|deixa)\s+(?:com\s+|em\s+)?prioridade\s+alta(?:\s+(?:nisso|nessa|nesse|a[ií]))?",
    ),
    "priority low": (r"prioridade\s+baixa",),
    "no date": (r"sem\s+data|tira(?:r)?\s+a\s+data",),
    "digest off": (
        r"(?:desativa(?:r)?|desliga(?:r)?)\s+o\s+resumo|resumo\s+(?:off|desligado|desativado)",
    ),
    "digest at {n}:00": (
        r"(?:(?:eu\s+)?quero\s+(?:receber\s+)?|me\s+manda\s+|manda\s+)?o\s+resumo(?:\s+di[aá]rio|\s+do\s+dia)?\s+(?:(?:todo\s+dia|todos\s+os\s+dias)\s+)?"
        r"(?:[aà]s|as|pras?|para\s+as)\s+{n}(?:\s*(?:h|hs|horas?|da\s+manh[aã]))?",
        r"resumo(?:\s+di[aá]rio|\s+do\s+dia)?\s+(?:[aà]s\s+)?{n}\s*(?:h|hs|horas?|da\s+manh[aã])",
    ),
    "digest {rest}": (
        r"resumo\s+(?:[aà]s\s+)?(?=\d){rest}",
        # "o resumo diário às 7h30", "quero o resumo do dia às 8:15"
        r"(?:(?:eu\s+)?quero\s+(?:receber\s+)?|me\s+manda\s+|manda\s+)?o\s+resumo(?:\s+di[aá]rio|\s+do\s+dia)?"
        r"\s+(?:(?:todo\s+dia|todos\s+os\s+dias)\s+)?(?:[aà]s|as|pras?|para\s+as)\s+"
        r"(?=\d{1,2}\s*(?:h|:)\s*\d\d){rest}",
    ),
    "remind me {n} {unit} before": (
        r"(?:me\s+lembre|lembre-me|me\s+avise|avise-me)\s+{n}\s*{unit}\s+antes",
    ),
    "I'm in {rest}": (
        r"(?:estou|t[oô])\s+em\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"(?:(?:eu\s+)?(?:moro|vivo|estou|to|t[oô])\s+(?:agora\s+)?em|me\s+mudei\s+pra|me\s+mudei\s+para)\s+{_PLACE}{{rest}}",
        rf"(?:(?:eu\s+)?(?:moro|vivo|estou|to|t[oô])\s+(?:agora\s+)?em|me\s+mudei\s+pra|me\s+mudei\s+para)\s+{_PLACE_AT}{{rest}}"
        r"(?:\s+agora)?[\s,.]+(?:muda|troca|atualiza|ajusta)\s+(?:(?:o\s+)?meu\s+)?fuso(?:\s+hor[aá]rio)?",
        rf"(?:muda|troca)\s+(?:o\s+)?(?:meu\s+)?fuso(?:\s+hor[aá]rio)?\s+(?:para|pra)\s+{_PLACE}{{rest}}",
    ),
    "save {n}": (rf"(?:salva|salve|confirma|confirme|fica\s+com)\s+(?:s[oó]\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"(?:descarta|descarte)\s+{_ART}{{n}}",),
    "reopen {rest}": (
        r"reabr[ae]\s+{rest}",
        r"(?:reabr[ae]|desmarca)\s+(?:a\s+|o\s+)?{rest}",
        r"{rest}\s+(?:ainda\s+)?n[aã]o\s+(?:est[aá]\s+|t[aá]\s+)?(?:feit[oa]|pront[oa])",
    ),
    "move it to {when}": (r"(?:passa|muda|move|joga)(?:-a|-o)?\s+(?:para|pra|pro)\s+{when}",),
    "move {what} to {when}": (
        r"(?:adia|adie|remarca|remarque|move)\s+{what}\s+(?:para|pra|pro)\s+{when}",
        rf"(?:muda|joga|troca|remarca|adia)\s+{_THE}{{what}}\s+(?:para|pra|pro)\s+{{when}}{_PLEASE}",
        rf"{_THE}{{what}}\s+(?:passa|muda|joga)\s+(?:para|pra|pro)\s+{{when}}{_PLEASE}",
        # "passa a ligação pro dentista pra segunda": the verb first, the last "pra" says when
        rf"(?:passa|muda|joga|troca|empurra|adia|remarca|move)\s+(?!{_AT_PLACE}){_THE}{{what}}"
        r"\s+(?:para|pra|pro)\s+"
        rf"(?!.*\s(?:para|pra|pro)\s)(?:(?:a|o)\s+)?{{when}}{_PLEASE}",
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
_CARD_NAME = r"(?=[^\s]+[\s.!?]*$)"
# Casual answers to a waiting card ("é pra ana", "chama de revisar contrato"), beside those above.
_CARD = {
    "assign to {rest}": (
        rf"(?:[eé]\s+|fica\s+)?(?:pra|para|pro|com)\s+(?:a\s+|o\s+)?{_NOT_DAY}{_CARD_NAME}{{rest}}",
        rf"deixa\s+com\s+(?:a\s+|o\s+)?{_NOT_DAY}{_CARD_NAME}{{rest}}",
        rf"quem\s+faz\s+[eé]\s+(?:a\s+|o\s+)?{_CARD_NAME}{{rest}}",
    ),
    "title: {rest}": (
        r"(?:chama|chame|bota|p[oõ]e|coloca)(?:-a|-o)?\s+(?:de|o\s+nome\s+de|o\s+t[ií]tulo\s+de|como)\s+{rest}",
        r"(?:muda|troca)\s+o\s+(?:nome|t[ií]tulo)\s+(?:pra|para)\s+{rest}",
        r"o\s+(?:nome|t[ií]tulo)\s+[eé]\s+{rest}",
        r"renomeia\s+(?:pra|como)\s+{rest}",
    ),
    "confirm": (
        r"(?:confirma|salva|anota|guarda)(?:\s+(?:a[ií]|isso|pra\s+mim))?",
        r"pode\s+(?:salvar|confirmar|anotar|guardar)",
    ),
    "discard": (
        r"n[aã]o\s+(?:salva|precisa|quero)|apaga(?:-a|-o)?|tira\s+isso",
        r"pode\s+(?:descartar|apagar|jogar\s+fora|esquecer|tirar)(?:\s+(?:esse|essa|isso))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority, times and saves said casually to a card ("é urgente", "coloca 6 e meia", "salva assim").
_CARD_MORE = {
    "priority urgent": (
        r"(?:[eé]\s+)?(?:muito\s+)?urgente",
        r"(?:coloca|p[oõ]e|bota|marca)(?:-a|-o)?\s+(?:como\s+)?urgente",
    ),
    "priority high": (
        r"(?:[eé]\s+)?(?:muito\s+)?importante|prioridade\s+alta|alta\s+prioridade",
        r"(?:coloca|p[oõ]e|bota|marca)(?:-a|-o)?\s+(?:como\s+)?(?:prioridade\s+alta|alta\s+prioridade|importante)",
    ),
    "priority low": (
        r"prioridade\s+baixa|baixa\s+prioridade|n[aã]o\s+[eé]\s+(?:t[aã]o\s+)?importante",
    ),
    "priority normal": (r"n[aã]o\s+[eé]\s+(?:t[aã]o\s+)?urgente",),
    "move it to {when}": (
        r"(?:coloca|p[oõ]e|bota)(?:-a|-o)?\s+(?:pra\s+|para\s+|[aà]s\s+|na\s+|no\s+)?{when}",
    ),
    "confirm": (
        r"(?:confirma|salva|anota|guarda)(?:-a|-o)?\s+(?:assim|desse\s+jeito|assim\s+mesmo)",
    ),
    'remove "{rest}" from the title': (
        r"tira\s+(?:o\s+|a\s+)?(?:parte\s+)?(?:d[oe]\s+)?{rest}\s+do\s+(?:t[ií]tulo|nome)",
    ),
    "discard": (r"descarta(?:\s+(?:esse|essa|isso|esse\s+a[ií]))?(?:\s+(?:q|que)\s+eu\s+.*)?",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "this card" thrown away, a title said as "só …", and a priority in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:salva|confirma|pode\s+salvar|guarda)\s+(?:os\s+dois|as\s+duas|ambos|ambas|as\s+2|os\s+2)",
        r"(?:os\s+dois|as\s+duas)\s+(?:t[aá]\s+)?(?:certo|certos|certas|ok|beleza)",
        # "valeu, agora salva os dois pfv", "blz, pode salvar ambos por favor"
        r"(?:(?:valeu|vlw|blz|beleza|ok|show|perfeito|isso)[\s,!.]+)?(?:agora\s+|ent[aã]o\s+)?"
        r"(?:pode\s+)?(?:salva|salvar|salvem|confirma|confirmar|guarda|guardar)\s+"
        r"(?:os\s+dois|as\s+duas|ambos|ambas|os\s+2|as\s+2|tudo)"
        r"(?:\s+(?:pfv|pf|pfvr|por\s+favor|pls|a[ií]))*",
    ),
    "discard": (
        r"(?:apaga|joga\s+fora|descarta|tira|exclui|deleta)\s+(?:esse|essa|isso|o\s+card|esse\s+card|essa\s+tarefa|essa\s+a[ií])",
    ),
    "title: {rest}": (r"(?:o\s+)?t[ií]tulo\s+(?:s[oó]|apenas|somente)\s*:?\s*{rest}",),
    "priority high": (
        r"(?:[eé]\s+)?importante|prioridade\s+alta|coloca\s+(?:como\s+)?prioridade\s+alta",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("isso", "aí", "pfv").
CARD_SOFT = (
    "isso", "ai", "pfv", "pf", "por favor", "pls", "entao", "ok", "okay", "ta", "beleza", "blz",
    "show", "ne", "cara", "mano", "viu", "tipo", "agora", "ah", "opa", "sim", "perfeito", "fechou",
    "perai", "pera", "aff", "afff", "affff", "deixa", "é", "peraí", "na vdd", "na verdade",
    "entao tá", "vish", "tb", "tbm", "também", "esse aqui", "essa aqui", "esse tb", "kkk", "kkkk",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("errei", "no mesmo horário").
CARD_ASIDES = (
    r"errei", r"foi\s+mal", r"(?:no\s+|o\s+)?mesmo\s+hor[aá]rio", r"(?:na\s+)?mesma\s+hora",
    r"t[aá]\s+errado", r"n[aã]o\s+era\s+isso", r"me\s+enganei",
    r"(?:isso\s+)?n[aã]o\s+[eé]\s+(?:uma\s+)?(?:tarefa|lembrete)",
    r"(?:porque|pq|porq|ja\s+que|j[aá]\s+que)\s.*",  # the reason given beside a change
    r"(?:q|que)\s+eu\s+.*",  # what one will do instead
    # someone already did it or there is still some: why the card is dropped
    r"(?:\w+\s+){0,3}j[aá]\s+(?:comprou|comprei|fez|fiz|pagou|paguei|resolveu|resolvi|tem|tenho|trouxe|levou)\b.*",
    r"(?:ainda\s+)?(?:tem|tenho)\s+(?:ainda|bastante|sobrando).*",
    # why it changes, beside the change: "domingo ninguém trabalha kkk"
    r"(?:\w+\s+){0,3}(?:ningu[eé]m|ngm)\s[^,;]*", r"[^,;]*\s(?:kkk+|haha+|hehe+|rsrs+|rs)",
    r"(?:\w+\s+){0,3}(?:[eé]|t[aá]|fica)\s+(?:dia\s+de\s+)?(?:folga|feriado|fechado)[^,;]*",
    # what happens otherwise, beside the change: "sem a van não tem entrega sexta"
    r"sem\s+(?:a|o|as|os|ela|ele|isso|essa|esse)\s[^,;]*", r"sen[aã]o\s[^,;]*",
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("o do contrato").
CARD_REFS = (
    r"(?:o|a|aquel[ae]|aquilo)\s+d[oae]s?\s+{ref}",
    r"(?:a\s+tarefa|o\s+lembrete|o\s+card)\s+d[oae]s?\s+{ref}",
    # named after the wish to change it: "eu queria mudar o dos vouchers pra segunda"
    r"(?:(?:eu\s+)?(?:queria|quero|qria)\s+)?(?:mudar|muda|passar|passa|mover|move|jogar|joga"
    r"|remarcar|remarca|trocar|troca|adiar|adia)\s+(?:o|a)\s+d[oae]s?\s+{ref}",
)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"n[aã]o",
    r"em\s+vez\s+d[eao]",
    r"ao\s+inv[eé]s\s+d[eao]",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# Two cards saved or dropped at once ("pode confirmar os dois", "descarta os dois últimos",
# "apaga esses dois rascunhos aí que eu não pedi", "joga fora o outro tbm").
_DROP_VERB = (
    r"(?:pode\s+)?(?:descarta|descartar|descarte|apaga|apagar|apague|joga\s+fora|jogar\s+fora"
    r"|jogue\s+fora|exclui|excluir|exclua|deleta|deletar|tira|tirar|remove|remover|cancela)"
)
_TWO = r"(?:os\s+dois|as\s+duas|ambos|ambas|os\s+2|as\s+2|esses\s+dois|essas\s+duas|esses\s+2)"
_DRAFTS = r"(?:\s+(?:rascunhos|cards|cart[oõ]es|tarefas|lembretes))?"
_AFTER = r"(?:\s+a[ií])?(?:[\s,]+(?:q|que)\s+eu\s+n[aã]o\s+\w+.*)?(?:\s+(?:tbm|tb|tamb[eé]m))?"
_BOTH = {
    "confirm both": (
        rf"(?:pode\s+)?(?:confirmar|confirma|salvar|salva|guardar|guarda|anotar|anota)\s+{_TWO}"
        rf"{_DRAFTS}(?:\s+a[ií])?{_PLEASE}",
    ),
    "discard the last two": (
        rf"{_DROP_VERB}\s+(?:os|as|esses|essas)\s+(?:dois|duas|2)\s+[uú]ltim[oa]s{_DRAFTS}{_AFTER}{_PLEASE}",
    ),
    "discard both": (rf"{_DROP_VERB}\s+{_TWO}{_DRAFTS}{_AFTER}{_PLEASE}",),
    "discard the other one too": (
        rf"(?:e\s+)?{_DROP_VERB}\s+(?:o\s+outro|a\s+outra)(?:\s+(?:card|rascunho))?{_AFTER}{_PLEASE}",
        r"(?:e\s+)?(?:o\s+outro|a\s+outra)\s+(?:tbm|tb|tamb[eé]m)" + _PLEASE,
    ),
}
# First, so that "apaga os dois" is both cards, never card number 2.
COMMANDS = {**_BOTH, **COMMANDS}
# A move said with why after it: "na vdd muda a ligação pro hotel pra 10h30, cedo demais 9h num
# domingo kkk"; the aside after the comma changes nothing.
_WHY = (
    r"[\s,;.]+(?!.*\s(?:para|pra|pro)\s)(?:cedo|tarde|muito|mt|t[aáoô]|estou|[eé]|porque|pq|que|j[aá]"
    r"|kkk+|haha+|rs+)\b.*"
)
_MOVED = {
    "move {what} to {when}": (
        rf"{_OOPS}(?:muda|passa|joga|troca|empurra|adia|remarca)\s+(?!{_AT_PLACE}){_THE}{{what}}"
        rf"\s+(?:para|pra|pro)\s+(?!.*\s(?:para|pra|pro)\s)(?:(?:as|às|a|o)\s+)?{{when}}{_WHY}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A new name in quotes, maybe saved with it: "tira o 'até', deixa só 'Ligar pro hotel' e confirma".
_WRONG = r"(?:[^'\"‘“]{0,60}(?:['\"‘“][^'\"’”]{1,30}['\"’”][^'\"‘“,;]{0,30})?[,;.]\s*)?"
_QUOTED = (
    r"(?:deixa|coloca|p[oõ]e|bota|escreve|muda\s+(?:o\s+(?:nome|t[ií]tulo)\s+)?(?:pra|para)|chama\s+de)"
    r"\s+(?:s[oó]\s+|apenas\s+|somente\s+)?['\"‘“]{rest}['\"’”]"
)
_RENAMED = {
    "call it '{rest}' and confirm": (rf"{_WRONG}{_QUOTED}(?:\s+e|,)\s+(?:confirma|salva)",),
}
COMMANDS = with_card_words(COMMANDS, _RENAMED)
# The cards just listed dropped or saved by their count ("descarta esses 3 cartões não
# confirmados"), and one card saved with the others dropped ("confirma esse e joga fora os outros").
_COUNTED_DRAFTS = (
    r"(?:(?:esses|essas|estes|estas|todos\s+os|todas\s+as|os|as)\s+)?{n}"
    r"(?:\s+(?:rascunhos|cards|cart[oõ]es|cartoes|tarefas|lembretes))"
    r"(?:\s+(?:n[aã]o\s+confirmad[oa]s|pendentes|em\s+aberto|sem\s+confirmar|a[ií]))*"
    r"|(?:esses|essas|estes|estas|todos\s+os|todas\s+as)\s+{n}"
    r"|(?:os|as)\s+{n}\s+(?:n[aã]o\s+confirmad[oa]s|pendentes|em\s+aberto|sem\s+confirmar)"
)
_KEEP_VERB = r"(?:pode\s+)?(?:confirma|confirmar|salva|salvar|guarda|guardar|fica\s+com)"
_THIS = (
    r"(?:esse|essa|este|esta|isso|o\s+[uú]ltimo|a\s+[uú]ltima)(?:\s+(?:aqui|a[ií]|card|rascunho))?"
)
_OTHERS = r"(?:os\s+outros|as\s+outras)(?:\s+(?:dois|duas|2|tr[eê]s|3))?" + _DRAFTS
_YES_LEAD = r"(?:(?:beleza|blz|ok|okay|isso|fechou|show|sim|t[aá]|perfeito)[\s,!.]+)*"
_LISTED = {
    "discard all {n}": (rf"{_DROP_VERB}\s+(?:{_COUNTED_DRAFTS}){_AFTER}{_PLEASE}",),
    "confirm all {n}": (rf"{_KEEP_VERB}\s+(?:{_COUNTED_DRAFTS}){_PLEASE}",),
    "confirm this one and discard the others": (
        rf"{_YES_LEAD}{_KEEP_VERB}\s+{_THIS}[\s,;.!]+(?:e\s+)?(?:pode\s+)?{_DROP_VERB}\s+{_OTHERS}"
        rf"{_AFTER}{_PLEASE}",
        rf"{_YES_LEAD}{_DROP_VERB}\s+{_OTHERS}[\s,;.!]+(?:e\s+)?{_KEEP_VERB}\s+{_THIS}{_PLEASE}",
        rf"{_YES_LEAD}{_KEEP_VERB}\s+{_THIS}[\s,;.!]+(?:e\s+)?{_OTHERS}\s+(?:pode\s+)?(?:jogar\s+fora"
        rf"|apagar|descartar|excluir|deletar|tirar){_PLEASE}",
    ),
}
COMMANDS = {**_LISTED, **COMMANDS}
# A waiting card named by its place and given a day ("o segundo tb é pra sexta"), and one named
# in quotes dropped with the other saved ("descarta o 'passa pra ela', o outro pode salvar").
_TOO = r"(?:\s+(?:tb|tbm|tamb[eé]m))?"
_OTHER = r"(?:o\s+outro|a\s+outra)(?:\s+(?:card|rascunho))?"
_QUOTE = r"['\"‘“]{rest}['\"’”]"
_PLACED = {
    # "agora to em Sao Paulo": the "now" said first
    "I'm in {rest}": (
        rf"(?:agora|agr|hoje|atualmente)\s+(?:eu\s+)?(?:moro|vivo|estou|to|t[oô])\s+em\s+{_PLACE}{{rest}}",
    ),
    "move {n} to {when}": (
        # an article first, so "segunda pra sexta" stays two days
        rf"{_OOPS}(?:o|a)\s+(?:(?:tarefa|card|n[uú]mero)\s+)?{{n}}{_TOO}\s+(?:(?:[eé]|fica|vai|vai\s+ser)\s+)?"
        r"(?:pra|para|pro)\s+"
        rf"(?:(?:a|o)\s+)?{{when}}{_TOO}{_PLEASE}",
    ),
    "discard '{rest}', save the other": (
        rf"{_DROP_VERB}\s+(?:(?:esse|essa|o|a|aquele|aquela)\s+)?{_QUOTE}[\s,;.]+(?:e\s+)?"
        rf"(?:{_OTHER}\s+(?:pode\s+)?(?:salvar|salva|confirmar|confirma|ficar|fica|guardar)"
        rf"|{_KEEP_VERB}\s+{_OTHER}){_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _PLACED)
# One reminder cancelled in words ("cancela esse lembrete"); said in reply it is the one replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        rf"{_OOPS}(?:cancela|apaga|exclui|deleta|tira|desativa|desliga)r?\s+(?:ess[ea]|est[ea]|o|a)\s+"
        rf"(?:lembrete|alarme|aviso)(?:\s+a[ií])?{_PLEASE}",
        rf"{_OOPS}(?:ess[ea]|o)\s+lembrete\s+(?:pode\s+)?(?:cancelar|apagar|tirar|cancela|apaga){_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# One firing of a repeating reminder let go by its date ("pula essa semana", "pula o de amanhã").
_SKIP_ONE = {
    "skip {when}": (
        rf"{_OOPS}(?:pod[ei]\s+)?pul[ae]r?\s+(?:(?:o|a)\s+d[eao]s?\s+)?{{when}}{_PLEASE}",
        rf"{_OOPS}{{when}}\s+(?:pode\s+)?pul[ae]r?{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SKIP_ONE)
# A cancel with its reason after it: "cancela o 1, já fiz", "cancela o 2 que não precisa mais".
_DROPPED = {
    "cancel {n}": (
        r"cancela(?:r)?\s+(?:(?:o|a|lembrete)\s+)*{n}(?:[\s,.;-]+(?:que\s+|pq\s+|porque\s+)?"
        r"(?:j[aá]\s+(?:fiz|foi|era|resolvi|fizemos|mandei|paguei)|n[aã]o\s+precisa(?:\s+mais)?))",
    ),
}
COMMANDS = with_card_words(COMMANDS, _DROPPED)
# Wishes and reminder leads said casually to a card: "q fique pra sexta", "me avisa meia hora
# antes", "me lembra uma hora antes".
_CASUAL = {
    "move it to {when}": (
        r"(?:e\s+)?(?:porque|por\s*que|pq)\s+(?:voc[eê]\s+|vc\s+)?(?:n[aã]o|n)\s+(?:passa|muda|joga|coloca|bota)"
        r"(?:-a|-o)?\s+(?:pra|para|pro)\s+{when}",
        r"(?:e\s+)?(?:que|q)\s+(?:fique|termine|esteja|seja|acabe|entregue|saia)(?:\s+(?:pront[oa]|feit[oa]"
        r"|terminad[oa]))?\s+(?:pra\s+|para\s+|at[eé]\s+|na\s+|no\s+)?{when}",
    ),
    "remind me 30 minutes before": (
        r"(?:me\s+)?(?:lembr[ae]|avis[ae])(?:-me)?\s+(?:disso\s+)?meia\s+hora\s+antes",
    ),
    "remind me {n} {unit} before": (
        r"(?:me\s+)?(?:lembr[ae]|avis[ae])(?:-me)?\s+(?:disso\s+)?{n}\s*{unit}\s+antes",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A new name for a task named by its number or its words: "renomeia a 3 pra …", "a 3 agora se
# chama …", "muda o nome da tarefa da fahrerliste pra …". First, before "title: …".
_Q = r"[\"'“”‘’«»]?\s*"
_RENAME = r"(?:renomei[ae]|renomear)"
_NAME_OF = r"(?:muda|mude|troca|troque|mudar|trocar)\s+o\s+(?:nome|t[ií]tulo)\s+d[aoe]\s+"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+{_ART}{{n}}\s+(?:pra|para|como|de)\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}(?:a|o)\s+(?:(?:tarefa|n[uú]mero)\s+)?{{n}}\s+(?:agora\s+)?(?:se\s+)?chama(?:\s+agora)?\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}{_NAME_OF}{_ART}{{n}}\s+(?:pra|para)\s*:?\s*{_Q}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+(?:a\s+tarefa|o\s+lembrete|aquel[ae])\s+(?:d[aoe]s?\s+)?(?!\d){{what}}\s+(?:pra|para|como)"
        rf"\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}{_NAME_OF}(?:tarefa\s+|lembrete\s+)?(?:d[aoe]s?\s+)?(?!\d){{what}}\s+(?:pra|para)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
# A correction of the time with why after it: "na vdd 8h, ele abre cedo".
_REASON = (
    r"\s*[,;]\s*(?:ele|ela|eles|elas|a\s+gente|porque|pq|j[aá]\s+que|sen[aã]o|que|s[oó]|o\s+\w+|a\s+\w+)\s"
    r"(?!.*(?:lembr|avis|apaga|descarta|cancela|prioridade|urgente))[^,;]{2,60}"
)
_CORRECTED = {
    "no, {when}": (
        r"(?:n[aã]o+|opa|ops|eita|pera|espera|na\s+(?:verdade|vdd)|errei)[\s,.!]+"
        rf"{_OOPS}{_INSTEAD}*(?:(?:[eé]\s+)?(?:pra|para|na|no|[aà]s)\s+)?{{when}}{_REASON}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CORRECTED)
