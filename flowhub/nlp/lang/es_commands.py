"""Spanish command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words, with_phrases_first
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.es_settings import SETTINGS

_ART = r"(?:(?:la|el|lo|los|las|tarea|n[uú]mero|nro|n)\s+)*"
_DONE_WORD = r"(?:hech[oa]s?|list[oa]s?|terminad[oa]s?|completad[oa]s?|acabad[oa]s?)"
_SNOOZE = r"(?:posp[oó]n(?:er|lo|la|elo|ela)?|pospon[eé]|aplaza(?:r|lo|la)?|retrasa(?:r|lo|la)?)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "no espera, ...", "ay no me equivoqué, ...".
_OOPS = (
    r"(?:(?:no+|ay+|ah+|uy+|ups|oops|perd[oó]n|espera|esp[eé]rate|oye|mmm+|eh+|chin|rayos|ya"
    r"|me\s+equivoqu[eé]|me\s+confund[ií]|siempre\s+no|en\s+realidad|mejor\s+dicho)[\s,.!]+)*"
)
_INSTEAD = r"(?:(?:mejor|m[aá]s\s+bien|entonces|mejor\s+as[ií]|porfa|por\s+favor|pls)\b[\s,]*)"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
# "lo de la luz", "la de los pañales", "la tarea de": words that point at a saved task.
_THE = (
    r"(?:(?:lo|la|el|eso)\s+de(?:l)?\s+(?:(?:la|el|los|las)\s+)?"
    r"|(?:la|el|los|las)\s+(?:tarea\s+de\s+)?)?"
)
# The same, said outright: "borra lo de los pañales" names a task, "borra la pizarra" is a chore.
_THE_TASK = (
    r"(?:(?:lo|la|el|eso)\s+de(?:l)?\s+(?:(?:la|el|los|las)\s+)?"
    r"|(?:la|el)\s+(?:tarea|recordatorio|pendiente)\s+(?:de(?:l)?\s+)?(?:(?:la|el|los|las)\s+)?)"
)
_PAID = (
    r"(?:pagu[eé]|mand[eé]|envi[eé]|llam[eé]|compr[eé]|reserv[eé]|termin[eé]|acab[eé]|revis[eé]|arregl[eé]"
    r"|entregu[eé]|recog[ií]|saqu[eé]|limpi[eé]|llev[eé]|hice|renov[eé]|contest[eé]|firm[eé])"
)
# A place named alone: up to three words, not "una reunión" or "casa".
_NOT_PLACE = r"(?!(?:un|una|el|la|los|las|mi|casa|camino|reuni[oó]n|clase)\b)"
_PLACE = _NOT_PLACE + r"(?=[^\s]+(?:\s+[^\s]+){0,2}[\s.!?]*$)"
_PLACE_AT = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}[\s,.]+\w)"
_NAME0 = r"(?!(?:hoy|ma[ñn]ana|esta|este|la|el|que|q|yo)\b)(?=[^\s]+(?:\s+[^\s]+)?\s)"
_PLEASE = (
    r"(?:[\s,]+(?:porfa|por\s+favor|pls|please|plis|gracias"
    r"|ya\s+no\s+(?:va|hace\s+falta)|no\s+va))*"
)
# A command said instead of the English one: "hecho 2", "ya terminé la segunda", "mis tareas".
COMMANDS = {
    "done {n}": (
        rf"(?:ya\s+)?{_DONE_WORD}\s+{_ART}{{n}}",
        rf"(?:ya\s+)?(?:termin[eé]|acab[eé]|hice|complet[eé]|cumpl[ií])\s+(?:con\s+)?{_ART}{{n}}",
        rf"(?:marca|marcar|m[aá]rcame|marque)\s+{_ART}{{n}}\s+como\s+{_DONE_WORD}",
        rf"{_ART}{{n}}\s+(?:ya\s+)?(?:est[aá]\s+)?(?:hech[oa]|list[oa]|terminad[oa]|completad[oa])",
        rf"{_ART}{{n}}\s+ya\s+(?:la|lo|las|los)\s+(?:hice|termin[eé]|acab[eé]|pagu[eé]|mand[eé])",
    ),
    "done with {rest}": (
        r"(?:hech[oa]|list[oa]|termin[eé])\s*(?:con|:)\s*{rest}",
        rf"{_OOPS}ya\s+{_PAID}\s+{_THE}{{rest}}{_PLEASE}",
        rf"{_OOPS}(?:ya\s+)?(?:list[oa]|hech[oa]|terminad[oa])\s+lo\s+de\s+(?:(?:la|el|los|las)\s+)?{{rest}}{_PLEASE}",
        rf"{_OOPS}{_THE}{{rest}}\s+ya\s+(?:est[aá]|qued[oó])(?:\s+(?:hech[oa]|list[oa]|pagad[oa]|terminad[oa]))?",
        rf"(?:marca(?:r)?|m[aá]rcame)\s+como\s+(?:hech[oa]|terminad[oa]|list[oa])\s+{_THE}{{rest}}",
        rf"(?:marca(?:r)?|m[aá]rcame)\s+{_THE}{{rest}}\s+como\s+(?:hech[oa]|terminad[oa]|list[oa])",
    ),
    "done": (
        r"(?:ya\s+)?(?:hech[oa]|terminad[oa]|completad[oa])|ya\s+(?:est[aá](?:\s+hech[oa])?|lo\s+hice|termin[eé])",
        r"ya\s+qued[oó]|ya\s+(?:lo|la)\s+(?:pagu[eé]|mand[eé]|hice)",
    ),
    "reopen {n}": (rf"(?:reabr(?:e|ir|i)|reactiva(?:r)?|desmarca(?:r)?)\s+{_ART}{{n}}",),
    "delete {n}": (rf"(?:borra(?:r)?|elimina(?:r)?|quita(?:r)?|suprime)\s+{_ART}{{n}}",),
    "cancel {n}": (r"(?:cancela(?:r)?|anula(?:r)?)\s+(?:(?:el|la|recordatorio)\s+)*{n}",),
    "undo": (
        r"(?:por\s+favor\s+|porfa\s+)?(?:deshacer|deshaz(?:lo)?|desh[aá]celo|revertir|revi[eé]rtelo"
        r"|revert[ií])(?:\s+(?:eso|lo\s+[uú]ltimo|por\s+favor|porfa))?",
        rf"{_OOPS}(?:deshacer|deshaz(?:lo|la)?|desh[aá]z(?:lo|la)|desh[aá]celo|revertir|revi[eé]rte(?:lo|la)"
        r"|revert[ií]|regr[eé]sal[oa]|regresa(?:lo|la)?|vu[eé]lvel[oa]\s+(?:a\s+)?(?:como\s+estaba|atr[aá]s)"
        r"|anula\s+eso|cancela\s+eso)(?:\s+(?:eso|lo\s+[uú]ltimo))?" + _PLEASE,
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
    "discard": (
        r"descarta(?:r|lo|la)?|desc[aá]rtal[oa]",
        rf"{_OOPS}(?:descarta(?:r|lo|la)?|desc[aá]rtal[oa]|olv[ií]dal[oa]|olvida\s+eso|mejor\s+no)(?:\s+(?:eso|mejor))?{_PLEASE}",
    ),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:por|en|otr[oa]s?|un|una)\s+)?{{n}}\s*{{unit}}(?:\s+m[aá]s)?",
        r"(?:recu[eé]rdamelo|av[ií]same)\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?en\s+{n}\s*{unit}",
        rf"{_OOPS}(?:(?:ahorita|ahora)\s+no(?:\s+(?:puedo|se\s+puede))?[\s,.]+)?(?:recu[eé]rdame(?:lo)?|av[ií]same)\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?en\s+{{n}}\s*{{unit}}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:por\s+)?media\s+hora",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:hasta|para)\s+ma[ñn]ana",),
    "snooze": (rf"{_SNOOZE}|m[aá]s\s+tarde|ahora\s+no",),
    "skip": (r"salta(?:r|lo|la)?|s[aá]lta(?:lo|la)|omit(?:ir|e|elo|ela)|esta\s+vez\s+no",),
    "try again": (
        r"int[eé]ntalo\s+(?:de\s+nuevo|otra\s+vez)",
        r"vuelve\s+a\s+intentarlo",
        r"reint[eé]ntalo",
        r"reintentar",
        r"prueba\s+(?:de\s+nuevo|otra\s+vez)",
    ),
    "help": (r"ayuda|ay[uú]dame|necesito\s+ayuda|comandos",),
    "settings": (r"(?:mis\s+|mi\s+)?(?:ajustes|configuraci[oó]n|preferencias|opciones)",),
    "stop the reminders": (
        r"(?:para|par[aá]|parar|det[eé]n|detener|apaga(?:r)?|desactiva(?:r)?|silencia(?:r)?|quita"
        r"|cancela(?:r)?)\s+(?:(?:los|todos\s+los|mis)\s+)*(?:recordatorios|avisos)",
        r"no\s+m[aá]s\s+(?:recordatorios|avisos)|basta\s+de\s+(?:recordatorios|avisos)",
    ),
    "what's due today": (
        r"(?:y\s+)?(?:pa|para)\s+hoy\s+(?:q|qu[eé])\s+(?:onda|hay|tengo|toca)",
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
    "no, {when}": (
        r"(?:no+|mejor|no\s+mejor|perd[oó]n)[\s,]+(?:mejor\s+)?{when}",
        r"(?:no+[\s,]+)?(?:mejor\s+)?(?:q|que)\s+sea\s+(?:mejor\s+)?(?:(?:para|pa|pal)\s+)?(?:el\s+)?{when}",
        r"(?:no+|mejor)[\s,]+(?:mejor\s+)?{when}[\s,]+(?:a\s+la\s+misma\s+hora|misma\s+hora)",
        rf"{_OOPS}{_INSTEAD}*(?:(?:para\s+)?(?:el|pal|pa(?:ra)?)\s+)?{{when}}(?:[\s,]+(?:mejor|porfa|por\s+favor|entonces))+",
        rf"(?:no+|ay+|uy+|ups|perd[oó]n|espera|esp[eé]rate|en\s+realidad|mejor\s+dicho|siempre\s+no)[\s,.!]+{_OOPS}{_INSTEAD}*"
        r"(?:(?:para\s+)?(?:el|pal|pa(?:ra)?)\s+)?{when}",
    ),
    "move it to {when}": (
        r"(?:p[aá]sal[oa]|mu[eé]vel[oa]|c[aá]mbial[oa]|ponl[oa])\s+(?:a|al|para\s+el|para)\s+{when}",
    ),
    "yes": (
        r"(?:vale|dale|ok)(?:\s+gu[aá]rdal[oa]|\s+guarda)?|gu[aá]rdal[oa]|perfecto",
        r"s[ií]+|sip|s[ií],?\s+(?:porfa|por\s+favor|gracias)",
        r"(?:(?:s[ií]+|sip|simon|va|dale|ok|okey|oki|vale|[oó]rale|sale|bueno|perfecto|claro|de\s+una|est[aá]\s+bien"
        r"|as[ií]\s+est[aá]\s+bien|as[ií]\s+(?:mero|mismo))[\s,!.]+)*(?:s[ií]+|sip|simon|va|dale|[oó]rale|sale|de\s+una"
        r"|est[aá]\s+bien|as[ií]\s+est[aá]\s+bien|as[ií]\s+(?:mero|mismo)|gu[aá]rdal[oa]s?|guarda(?:r)?(?:l[oa]s?)?|conf[ií]rmal[oa]"
        r"|perfecto)(?:[\s,!.]+(?:porfa|por\s+favor|gracias))?",
    ),
    "no": (r"no+|nop|nel",),
    "assign to {rest}": (
        r"(?:as[ií]gna(?:la|lo|sela|selo)?|d[aá](?:se)?la|d[aá](?:se)?lo)\s+a\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"{_OOPS}{_INSTEAD}*(?:p[aá]sa(?:l[oa]|sel[oa]|le)?|d[aá](?:se)?l[oa]|d[aá]le|as[ií]gna(?:l[oa]|sel[oa]|le)?)\s+a\s+{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*(?:(?:es|era)\s+(?:para|pa)|(?:que\s+)?(?:lo|la)\s+haga|que\s+se\s+encargue)\s+{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*{{rest}}\s+se\s+(?:encarga|ocupa)(?:\s+de\s+(?:eso|esa|esto))?",
    ),
    "what does {rest} have?": (
        # "qué tiene Sam?", "y q tiene pendiente Priya?", "y Sam q trae pendiente?"
        r"(?:y\s+)?(?:q|qu[eé])\s+(?:tiene|trae|lleva|le\s+queda|le\s+falta)(?:\s+pendiente)?\s+"
        r"(?!(?:pendiente|hoy|ma[ñn]ana|que|q|yo|el|la)\b)(?=[^\s]+[\s?!.]*$){rest}",
        rf"(?:y\s+)?{_NAME0}{{rest}}\s+(?:q|qu[eé])\s+(?:tiene|trae|lleva)(?:\s+(?:pendiente|pendientes|por\s+hacer|abierto))?",
        rf"(?:y\s+)?(?:q|qu[eé])\s+(?:tiene|trae|lleva|le\s+queda|le\s+falta)\s+(?:pendiente\s+)?{_NAME0}{{rest}}(?:\s+pendiente)?",
    ),
    "what did I give {rest}?": (
        rf"(?:y\s+)?(?:q|qu[eé])\s+(?:le\s+)?(?:di|pas[eé]|asign[eé]|encargu[eé])\s+a\s+{_NAME}{{rest}}",
    ),
    "delete it": (
        rf"{_OOPS}(?:b[oó]rra(?:l[oa]|r)|b[oó]rralo|elim[ií]nal[oa]|borra\s+(?:eso|esa|esta))(?:\s+(?:ya|mejor))?{_PLEASE}",
    ),
    "delete {rest}": (
        rf"{_OOPS}(?:(?:me\s+)?(?:puedes|podr[ií]as)\s+)?(?:b[oó]rra(?:me)?|borrar|elimina(?:r)?|suprime)\s+{_THE_TASK}{{rest}}{_PLEASE}(?:,\s*.*)?",
    ),
    "title: {rest}": (r"t[ií]tulo\s*:\s*{rest}",),
    "priority high": (r"prioridad\s+alta",),
    "priority low": (r"prioridad\s+baja",),
    "no date": (r"sin\s+fecha|quita(?:r)?\s+la\s+fecha",),
    "digest off": (
        r"(?:desactiva|apaga|quita)\s+el\s+resumen|resumen\s+(?:off|desactivado|apagado)",
    ),
    "digest at {n}:00": (
        r"(?:(?:el\s+)?resumen(?:\s+diario|\s+del\s+d[ií]a)?\s+(?:(?:porfa|mejor)\s+)*"
        r"(?:m[aá]nd(?:a|e)melo|env[ií](?:a|e)melo|(?:me\s+)?lo\s+mandas)"
        r"|(?:(?:m[aá]ndame|env[ií]ame|quiero)\s+)?(?:el\s+)?resumen(?:\s+diario|\s+del\s+d[ií]a)?)"
        r"\s+(?:(?:mejor|porfa|todos\s+los\s+d[ií]as)\s+)*"
        r"a\s+las?\s+{n}(?:\s*(?:h|hrs?|am|de\s+la\s+ma[ñn]ana|en\s+punto))?" + _PLEASE,
    ),
    "digest {rest}": (
        r"resumen\s+(?:a\s+las\s+|a\s+la\s+)?(?=\d){rest}",
        r"(?:el\s+)?resumen\s+(?:diario\s+|del\s+d[ií]a\s+)?a\s+las?\s+(?=\d+[:h]\d){rest}",
        r"(?:el\s+)?resumen\s+(?:diario|del\s+d[ií]a)\s+(?:a\s+las\s+|a\s+la\s+)?(?=\d+:\d){rest}",
    ),
    "remind me {n} {unit} before": (r"(?:recu[eé]rdame|av[ií]same)(?:lo)?\s+{n}\s*{unit}\s+antes",),
    "I'm in {rest}": (
        rf"(?:oye\s+)?(?:ahora\s+)?(?:vivo|ando|estoy)\s+(?:ahora\s+)?en\s+{_PLACE}{{rest}}",
        rf"(?:oye\s+)?(?:ahora\s+)?(?:vivo|ando|estoy)\s+(?:ahora\s+)?en\s+{_PLACE_AT}{{rest}}[\s,.]+"
        r"(?:cambia|actualiza|ajusta)\s+(?:mi\s+)?(?:zona\s+horaria|hora)",
        rf"(?:oye\s+)?(?:me\s+mud[eé]|me\s+fui\s+a\s+vivir)\s+a\s+{_PLACE}{{rest}}",
        rf"(?:cambia\s+)?mi\s+zona\s+horaria\s+(?:es|a)\s+(?:la\s+de\s+)?{_PLACE}{{rest}}",
    ),
    "save {n}": (rf"(?:guarda|confirma|qu[eé]date\s+con)\s+(?:solo\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"descarta\s+{_ART}{{n}}",),
    "reopen {rest}": (
        r"reabre\s+{rest}",
        r"(?:reabre|reactiva|desmarca|abre\s+de\s+nuevo)\s+(?:lo\s+de\s+)?{rest}",
        r"(?:lo\s+de\s+)?{rest}\s+(?:todav[ií]a|a[uú]n)\s+no\s+est[aá]\s+(?:hech[oa]|list[oa])",
    ),
    "move {what} to {when}": (
        r"(?:mueve|aplaza|pospón|pospon)\s+{what}\s+(?:a|al|para\s+el|para)\s+{when}",
        rf"{_THE}{{what}}\s+(?:c[aá]mbial[oa]|mu[eé]vel[oa]|p[aá]sal[oa]|p[oó]nl[oa])\s+(?:a|al|para\s+el|para|pal|pa)\s+{{when}}{_PLEASE}",
        rf"(?:c[aá]mbia|mueve|pasa|pon)\s+{_THE_TASK}{{what}}\s+(?:a|al|para\s+el|para|pal|pa)\s+{{when}}{_PLEASE}",
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
_CARD_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_NO_FIELD = r"(?!(?:prioridad|fecha|hora|para|pa|al?|el|la|una?|de\s+fecha)\b)"
# Casual answers to a waiting card ("ponle revisar presupuesto", "bórralo"), beside those above.
_CARD = {
    "title: {rest}": (
        rf"p[oó]nle\s+(?:(?:de\s+|el\s+|como\s+)?(?:nombre|t[ií]tulo)\s+)?{_NO_FIELD}{{rest}}",
        r"ll[aá]mal[oa]\s+(?!(?:ma[ñn]ana|hoy|luego|ahora|despu[eé]s|el|al|a|en)\b)(?=[^\s]+\s+[^\s]){rest}",
        r"(?:c[aá]mbiale|cambia)\s+el\s+(?:nombre|t[ií]tulo)\s+(?:a|por)\s+{rest}",
        r"(?:que\s+)?se\s+llame\s+{rest}",
        r"renombr(?:a|al[oa])\s+(?:a|como)\s+{rest}",
        r"el\s+(?:nombre|t[ií]tulo)\s+es\s+{rest}",
    ),
    "assign to {rest}": (
        rf"(?:p[oó]nsel[oa]|enc[aá]rgasel[oa]|m[aá]ndasel[oa])\s+a\s+{_CARD_NAME}{{rest}}",
        rf"(?:que\s+)?(?:lo|la)\s+(?:hace|haga|lleva|lleve)\s+{_CARD_NAME}{{rest}}",
    ),
    "confirm": (
        r"(?:gu[aá]rdal[oa]|an[oó]tal[oa]|ap[uú]ntal[oa]|d[eé]jal[oa])(?:\s+(?:as[ií]|tal\s+cual))?",
        r"(?:gu[aá]rda|anota|apunta)(?:\s+(?:as[ií]|eso))?",
    ),
    "discard": (
        r"no\s+(?:lo|la)\s+(?:guardes|anotes|apuntes)|b[oó]rral[oa]|qu[ií]tal[oa]|eso\s+no|ya\s+no",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority and saves said casually to a card ("es urgente", "ponle prioridad alta").
_CARD_MORE = {
    "priority urgent": (
        r"(?:es\s+|(?:que|q|k)\s+sea\s+)?(?:muy\s+)?urgente",
        r"(?:p[oó]nle|ponla|ponlo|m[aá]rcal[oa])\s+(?:como\s+)?urgente",
    ),
    "priority high": (
        r"(?:es\s+|(?:que|q|k)\s+sea\s+)?(?:muy\s+)?importante|prioridad\s+alta|alta\s+prioridad",
        r"(?:p[oó]nle|ponla|ponlo|m[aá]rcal[oa])\s+(?:como\s+)?(?:prioridad\s+alta|alta\s+prioridad|importante)",
    ),
    "priority low": (r"prioridad\s+baja|baja\s+prioridad|no\s+es\s+(?:tan\s+|muy\s+)?importante",),
    "priority normal": (r"no\s+es\s+(?:tan\s+|muy\s+)?urgente",),
    "confirm": (r"(?:y\s+)?(?:ya\s+)?conf[ií]rmal[oa]|gu[aá]rdal[oa]\s+ya",),
    'remove "{rest}" from the title': (
        r"(?:y\s+)?qu[ií]tal[eo]\s+(?:lo\s+de\s+|la\s+parte\s+de\s+|eso\s+de\s+)?[\"'“‘«]{rest}[\"'”’»]"
        r"(?:\s+(?:del|al|de)\s+(?:nombre|t[ií]tulo))?(?:[\s,!.]+(?:jaja\w*|jeje\w*|jsjs\w*|porfa|pls))*",
        r"(?:y\s+)?qu[ií]tal[eo]\s+(?:lo\s+de\s+|la\s+parte\s+de\s+|eso\s+de\s+)?{rest}(?:\s+(?:del|al)\s+(?:nombre|t[ií]tulo))?",
        # "quita lo de 'urgente' del título", "sácale 'para el control' al nombre"
        r"(?:y\s+)?(?:quita|saca|s[aá]cale|borra|b[oó]rrale|elimina|elim[ií]nale)\s+(?:lo\s+de\s+|la\s+parte\s+de\s+"
        r"|eso\s+de\s+|la\s+palabra\s+)?[\"'“‘«]?{rest}[\"'”’»]?\s+(?:del|al|de)\s+(?:nombre|t[ií]tulo)",
    ),
    "confirm all": (
        r"(?:(?:oki?|ok|va|sale|si)\s+)*confirm[oa]\s+(?:las|los)\s+(?:dos|tres|todas|todos)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "this card" thrown away, and a priority said in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:guarda|confirma|gu[aá]rdalas|gu[aá]rdalos)\s+(?:las\s+dos|los\s+dos|ambas|ambos)",
    ),
    "discard": (
        r"(?:borra|tira|descarta|elimina|quita)\s+(?:esa|esta|eso|la\s+tarjeta|esa\s+tarjeta)",
    ),
    "priority high": (r"(?:es\s+)?importante|prioridad\s+alta",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("nomas", "porfa", "eso").
CARD_SOFT = (
    "nomas", "nada mas", "porfa", "porfis", "por favor", "pls", "plis", "xfa", "xf", "gracias",
    "ok", "okey", "oki", "listo", "bueno", "pues", "eso", "esto", "esa", "este", "oye", "ya",
    "entonces", "va", "vale", "dale", "perfecto", "mejor", "si", "sip", "ah", "ay", "mmm",
    "andale", "ándale", "sale", "na", "bueno pues",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("me equivoqué", "a la misma hora").
CARD_ASIDES = (
    r"me\s+equivoqu[eé]", r"(?:a\s+)?la\s+misma\s+hora", r"est[aá]\s+mal", r"no\s+era\s+eso",
    r"(?:fue\s+)?(?:un\s+)?error", r"me\s+confund[ií]", r"perd[oó]n", r"sorry",
    r"(?:eso\s+|esto\s+)?no\s+es\s+(?:una\s+)?(?:tarea|pendiente|recordatorio)",
    r"(?:porque|pq|xq|porq|ya\s+que)\s.*",  # the reason given beside a change
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("lo de la luz").
CARD_REFS = (
    r"(?:lo|la|el|eso)\s+de(?:l)?\s+(?:la\s+|el\s+|los\s+|las\s+)?{ref}",
    r"(?:la\s+tarea|el\s+pendiente|la\s+tarjeta)\s+de(?:l)?\s+(?:la\s+|el\s+)?{ref}",
)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"no",
    r"en\s+vez\s+del?",
    r"en\s+lugar\s+del?",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# Answers to a task given or handed back, lists asked for casually and edits to a card said
# with a filler ("sale, yo la mando", "dame mi lista porfa", "y ponle las 11 de la mañana").
_YEAH = (
    r"(?:(?:sale|va|vale|ok|okey|oki|dale|s[ií]|claro|bueno|pues|de\s+una|[oó]rale|listo|ya)"
    r"[\s,!.]+)"
)
_MINE = (
    r"(?:me\s+(?:la|lo)\s+quedo(?:\s+yo)?|(?:yo\s+)?me\s+encargo(?:\s+yo)?|(?:l[oa]|le)\s+hago\s+yo"
    r"|yo\s+(?:l[oa]|le)\s+hago)"
)
_CHAT_MORE = {
    "ok, I'll do it myself": (rf"{_OOPS}{_YEAH}*{_MINE}(?:\s+(?:entonces|pues|mejor))?{_PLEASE}",),
    "ok, I'll do it": (
        rf"{_YEAH}+(?:yo\s+)?(?:l[oa]s?|le)\s+(?!(?:hago|siento|lamento|dudo|creo|veo|pienso|digo)\b)[a-záéíóúñ]+o(?:\s+yo)?(?:\s+(?:hoy|ahorita|luego|al\s+rato))?{_PLEASE}",
    ),
    "give it to {rest}": (
        rf"{_OOPS}{_INSTEAD}*(?:p[ií]d(?:e|a)sel[oa]|p[ií]dele|d[aá]sel[oa]|p[aá]sasel[oa])\s+a\s+{_NAME}{{rest}}",
    ),
    "my tasks": (
        rf"(?:(?:a\s+ver|oye|y|entonces)[\s,]+)*(?:q|qu[eé])\s+(?:tengo|me\s+queda|me\s+falta)\s+(?:pendientes?|por\s+hacer){_PLEASE}",
        rf"(?:dame|p[aá]same|mu[eé]strame|ens[eé][ñn]ame|ver)\s+(?:mi|la)\s+lista(?:\s+de\s+(?:tareas|pendientes))?{_PLEASE}",
        rf"(?:y\s+)?mis\s+(?:tareas|pendientes){_PLEASE}",
    ),
    "snooze {n} {unit}": (
        rf"{_OOPS}(?:se\s+me\s+(?:pas[oó]|olvid[oó])[\s,.!]+)?(?:(?:ahorita|ahora)\s+no(?:\s+puedo)?[\s,.]+)?"
        rf"(?:recu[eé]rda(?:me|melo|mela)|av[ií]sa(?:me|melo|mela))\s+(?:otra\s+vez\s+|de\s+nuevo\s+)?"
        rf"(?:en|dentro\s+de)\s+(?:unas?\s+|unos\s+)?{{n}}\s*{{unit}}{_PLEASE}",
        rf"{_OOPS}(?:(?:ahorita|ahora)\s+no(?:\s+puedo)?[\s,.]+)?{_SNOOZE}\s+(?:(?:por|en|otr[oa]s?|unas?|unos)\s+)*{{n}}\s*{{unit}}(?:\s+m[aá]s)?{_PLEASE}",
    ),
    "confirm": (
        rf"{_YEAH}*(?:m[aá]ndasel[oa]|env[ií]asel[oa]|p[aá]sasel[oa]){_PLEASE}",
        rf"(?:ahora\s+s[ií]|ya\s+qued[oó]|ya\s+est[aá])[\s,!.]+(?:dale|va|sale|gu[aá]rdal[oa]|conf[ií]rmal[oa]|listo|ok){_PLEASE}",
    ),
    "move it to {when}": (
        r"(?:(?:y|mejor|entonces|ok|va|sale)[\s,]+)*(?:p[oó]nle|ponla|ponlo|c[aá]mbiala|c[aá]mbialo)\s+(?:a\s+)?(?:para\s+)?(?=las?\s|el\s|\d){when}",
        r"(?:y\s+)?(?:que\s+|q\s+)?sea\s+(?:a\s+)?(?=las?\s+\d|\d){when}",
    ),
    "title: {rest}": (
        r"(?:y\s+)?el\s+(?:t[ií]tulo|nombre)\s+(?:q|que)\s+sea\s*:?\s*{rest}",
        r"(?:y\s+)?(?:q|que)\s+el\s+(?:t[ií]tulo|nombre)\s+sea\s*:?\s*{rest}",
        r"(?:y\s+)?(?:de|como)\s+(?:t[ií]tulo|nombre)\s*(?::|pon(?:le)?)\s*{rest}",
    ),
    "no, {when}": (
        r"(?:no+[\s,]+)?{when}[\s,]+(?:el|la)\s+de\s+la\s+(?:otra|pr[oó]xima|siguiente)\s+semana",
        r"(?:no+[\s,]+)?{when}[\s,]+(?:el|la)\s+(?:de\s+)?(?:la\s+semana\s+)?que\s+viene",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CHAT_MORE)
# Two cards saved or dropped at once ("borra los dos", "descarta los dos últimos", "borra la otra
# también"); first, so that "los dos" is both cards, never card number 2.
_DROP_VERB = r"(?:borra|b[oó]rralos|b[oó]rralas|descarta|elimina|quita|tira|cancela)r?"
_TWO = r"(?:los\s+dos|las\s+dos|ambos|ambas|esos\s+dos|esas\s+dos|los\s+2|las\s+2)"
_BOTH = {
    "confirm both": (
        rf"{_YEAH}*(?:puedes\s+)?(?:confirma|guarda|guardar|confirmar|salva|salvar)\s+{_TWO}{_PLEASE}",
    ),
    "discard the last two": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:los|las)\s+(?:dos|2)\s+[uú]ltim[oa]s{_PLEASE}",
    ),
    "discard both": (rf"{_OOPS}{_DROP_VERB}\s+{_TWO}(?:\s+(?:tarjetas|borradores))?{_PLEASE}",),
    "discard the other one too": (
        rf"{_OOPS}(?:y\s+)?{_DROP_VERB}\s+(?:el\s+otro|la\s+otra)(?:\s+tambi[eé]n)?{_PLEASE}",
        r"(?:y\s+)?(?:el\s+otro|la\s+otra)\s+tambi[eé]n" + _PLEASE,
    ),
}
COMMANDS = {**_BOTH, **COMMANDS}
# A move to a time said plainly ("cambia la llamada al hotel a las 10:30"), or with why after it
# ("…, muy temprano 9 un domingo jaja"); the aside after the comma changes nothing.
_WHY = r"\s*[,;.]\s*(?:muy|demasiado|es|que|porque|pq|ya|jaja+|jeje+|\d+)\b.*"
_MOVE_PLAIN = (
    rf"{_OOPS}(?:mejor\s+)?(?:c[aá]mbia|mueve)\s+(?:la|el|las|los)\s+{{what}}\s+a\s+las?"
    r"\s+(?!.*\s(?:a|al|para)\s){when}" + _PLEASE
)
_MOVED = {
    "move {what} to {when}": (
        _MOVE_PLAIN,
        _MOVE_PLAIN + _WHY,
        *(p + _WHY for p in COMMANDS["move {what} to {when}"]),
    ),
}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A saved task handed on in chat words: "q la haga Priya", "pasale la 2 a Sam",
# "la del contrato q la haga Priya", "lo de la cotización pasáselo a Sam".
_HAND = r"(?:p[aá]sa(?:sel[oa]|le|l[oa])?|d[aá](?:sel[oa]|le|l[oa])|as[ií]gna(?:sel[oa]|le|l[oa])?)"
_DOES = (
    r"(?:(?:que|q|k)\s+)?(?:lo|la)\s+(?:haga|hace|lleve|lleva)"
    r"(?!\s+(?:ma[nñ]ana|hoy|luego|ahorita|despu[eé]s|pasado|el|la|este|esta|lunes|martes"
    r"|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|a\s+las|en)\b)"
)
_SAVED = {
    "give {n} to {rest}": (
        rf"{_OOPS}{_INSTEAD}*{_HAND}\s+(?:la\s+|el\s+|lo\s+)?{{n}}\s+a\s+{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*(?:la\s+|el\s+)?{{n}}\s+{_DOES}\s+{_NAME}{{rest}}",
    ),
    "give {what} to {rest}": (
        rf"{_OOPS}(?:la|el|lo)\s+(?:del?|de\s+la|de\s+los|de\s+las)\s+(?!\d){{what}}\s+{_DOES}\s+{_NAME}{{rest}}",
        rf"{_OOPS}(?:la|el|lo)\s+(?:del?|de\s+la|de\s+los|de\s+las)\s+(?!\d){{what}}[\s,]+{_HAND}\s+a\s+"
        rf"{_NAME}{{rest}}",
    ),
    "give it to {rest}": (rf"{_OOPS}{_INSTEAD}*{_DOES}\s+{_NAME}{{rest}}",),
}
COMMANDS = with_card_words(COMMANDS, _SAVED)
# A waiting card named by its place and given a day ("el segundo también para el viernes"), and
# one named in quotes dropped with the other saved ("borra el 'llamar al hotel', guarda el otro").
_TOO = r"(?:\s+(?:tambi[eé]n|tb|tmb))?"
_OTHER = r"(?:el\s+otro|la\s+otra)"
_KEEP_VERB = r"(?:puedes\s+)?(?:confirma|confirmar|guarda|guardar|salva|salvar|deja|dejar)"
_PLACED = {
    "move {n} to {when}": (
        rf"{_OOPS}(?:el|la)\s+(?:(?:tarea|tarjeta|n[uú]mero)\s+)?{{n}}{_TOO}\s+(?:(?:es|va|queda)\s+)?"
        rf"(?:para|pa)\s+(?:(?:el|la)\s+)?{{when}}{_TOO}{_PLEASE}",
        rf"{_OOPS}(?:el|la)\s+{{n}}\s+(?:tambi[eé]n|tb|tmb)\s+(?:(?:el|la)\s+)?{{when}}{_PLEASE}",
    ),
    "discard '{rest}', save the other": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:(?:ese|esa|el|la|aquel|aquella)\s+)?['\"‘“]{{rest}}['\"’”][\s,;.]+"
        rf"(?:y\s+)?(?:{_OTHER}\s+(?:lo\s+|la\s+)?(?:puedes\s+)?(?:guardar|guarda|confirmar|confirma|se\s+queda"
        rf"|queda|salvar)|{_KEEP_VERB}\s+{_OTHER}){_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _PLACED)
# One reminder cancelled in words ("cancela ese recordatorio"); said in reply it is the one
# replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        rf"{_OOPS}(?:cancela|borra|elimina|quita|desactiva)r?\s+(?:ese|este|el)\s+(?:recordatorio|aviso)"
        rf"{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# One firing of a repeating reminder let go by its date ("salta la de mañana", "sáltate esta
# semana").
_SKIP_ONE = {
    "skip {when}": (
        rf"{_OOPS}(?:s[aá]lta(?:te)?|omite|s[aá]ltate|saltar|omitir)\s+(?:(?:el|la|lo)\s+de(?:l|\s+la)?\s+)?"
        rf"{{when}}{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SKIP_ONE)
# Edits, wishes and reminder leads said casually to a card: "ponele de título X", "q termine
# el viernes", "avísame media hora antes".
_CASUAL = {
    "title: {rest}": (
        rf"p[oó]nele\s+(?:(?:de\s+|el\s+|como\s+)?(?:nombre|t[ií]tulo)\s+)?{_NO_FIELD}{{rest}}",
        r"c[aá]mbi[aá](?:le)?\s+el\s+(?:nombre|t[ií]tulo)\s+(?:a|por)\s+{rest}",
        r"renombr(?:a|al[oa])\s+(?!(?:a|como)\s){rest}",
    ),
    "move it to {when}": (
        r"(?:y\s+)?(?:porque|por\s*qu[eé]|xq|pq)\s+no\s+(?:lo|la)\s+(?:pasas|mueves|cambias|pones|dejas)\s+"
        r"(?:a|al|para\s+el|para|pa(?:l)?)\s+{when}",
        r"(?:y\s+)?(?:que|q|k)\s+(?:(?:se|lo|la|me|nos)\s+)?(?:termine|acabe|entregue|haga|quede|est[eé]|tenga"
        r"|mande|env[ií]e|cierre)n?(?:\s+(?:list[oa]|hech[oa]|terminad[oa]|cerrad[oa]))?\s+"
        r"(?:para\s+|antes\s+del?\s+|hasta\s+|a\s+m[aá]s\s+tardar\s+)?{when}",
    ),
    "remind me 30 minutes before": (
        r"(?:recu[eé]rd[ae]me(?:lo|la)?|recordame(?:lo|la)?|av[ií]same(?:lo|la)?)\s+media\s+hora\s+antes",
    ),
    "remind me {n} {unit} before": (
        r"(?:recu[eé]rd[ae]me(?:lo|la)?|recordame(?:lo|la)?|av[ií]same(?:lo|la)?)\s+{n}\s*{unit}\s+antes",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A new name for a task named by its number or its words: "renombra la 2 a …", "la 2 ahora se
# llama …", "cámbiale el nombre a la tarea del informe por …". First, before "title: …".
_Q = r"[\"'“”‘’«»]?\s*"
_RENAME = r"(?:renombra|renombrar|cambia\s+el\s+nombre\s+(?:de|a)|c[aá]mbiale\s+el\s+nombre\s+a)"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+{_ART}{{n}}\s+(?:a|como|por|en)\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}(?:la|el)\s+(?:(?:tarea|n[uú]mero)\s+)?{{n}}\s+(?:ahora\s+)?se\s+llama(?:\s+ahora)?\s*:?\s*{_Q}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+(?:la\s+tarea|el\s+recordatorio|la|el)\s+(?:de(?:l)?\s+(?:la\s+)?)?(?!\d){{what}}"
        rf"\s+(?:a|como|por)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
# A task moved by naming its date: "cambia la fecha del informe al lunes".
_DUE_MOVED = {
    "move {what} to {when}": (
        rf"{_OOPS}(?:cambia|mueve|pasa|mov[eé]|corre|cambi[aá])\s+(?:la\s+fecha|el\s+plazo|la\s+hora|el\s+vencimiento"
        r"|la\s+entrega)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+(?:tarea\s+(?:del?\s+)?)?{what}\s+(?:al|a|para(?:\s+el)?)\s+{when}",
    ),
}
COMMANDS = with_phrases_first(COMMANDS, _DUE_MOVED)
