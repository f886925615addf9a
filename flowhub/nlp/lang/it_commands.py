"""Italian command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words, with_phrases_first
from flowhub.nlp.lang.it_settings import SETTINGS

_ART = r"(?:(?:la|il|lo|l'|le|i|attivit[aà]|compito|numero|n\.?)\s*)*"
_DONE_WORD = r"(?:fatt[oaie]|finit[oaie]|complet(?:at[oaie]|o|a)|terminat[oaie])"
_SNOOZE = r"(?:posticipa(?:re)?|rimanda(?:re|lo|la)?|rinvia(?:re)?|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "ops no aspetta, ...", "anzi ...".
_OOPS = (
    r"(?:(?:no+|ops|oops|ah+|oh+|uff+|mannaggia|aspetta|aspe|scusa|anzi|in\s+realt[aà]|ehm+|mi\s+sono\s+sbagliat[oa]"
    r"|ho\s+sbagliato)[\s,.!]+)*"
)
_INSTEAD = r"(?:(?:meglio|piuttosto|invece|allora|anzi|facciamo)\b[\s,]*)"
_PLEASE = r"(?:[\s,]+(?:pls|please|per\s+favore|perfavore|x\s+favore|grazie|dai|allora))*"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_NOT_DAY = (
    r"(?!(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|domani|oggi"
    r"|dopodomani|stasera|la\s+settimana|\d)\b)"
)
_NAME0 = r"(?!(?:oggi|domani|questa|io|che|cosa)\b)(?=[^\s]+(?:\s+[^\s]+)?\s)"
# "il report", "la spesa", "quella delle slide": a saved task named.
_THE = r"(?:(?:il|lo|la|l'|i|gli|le)\s*|quell[ao]\s+(?:del|della|dello|dei|delle|di)\s+)?"
_DONE_LEAD = r"(?:(?:ok|okay|ecco|bene|allora|finalmente|gi[aà]|s[iì])[\s,!]+)+"
# A place named alone: up to three words, not "una riunione" or "casa".
_NOT_PLACE = r"(?!(?:un|una|il|la|lo|l'|casa|riunione|lezione|mio|mia)\b)"
_PLACE = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}[\s.!?]*$)"
_PLACE_FOR = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}\s+(?:per|fino|questa|questo)\b)"
_SAME_TIME = r"(?:(?:alla\s+)?stess[ao]\s+or(?:a|ario)|sempre\s+alla\s+stessa\s+ora)"
# A command said instead of the English one: "fatto 2", "ho finito la seconda", "le mie attività".
COMMANDS = {
    "done {n}": (
        rf"{_DONE_WORD}\s+{_ART}{{n}}",
        rf"(?:ho\s+)?(?:finito|fatto|completato|terminato)\s+{_ART}{{n}}",
        rf"(?:segna|spunta|segnami)\s+{_ART}{{n}}(?:\s+come\s+{_DONE_WORD})?",
        rf"{_ART}{{n}}\s+(?:[eè]\s+)?(?:fatt[oa]|finit[oa]|completat[oa])",
    ),
    "done": (r"fatto|finito|completato|(?:l\'ho\s+)?fatto",),
    "reopen {n}": (rf"(?:riapri(?:re)?|togli\s+la\s+spunta\s+a)\s+{_ART}{{n}}",),
    "delete {n}": (rf"(?:cancella(?:re)?|elimina(?:re)?|togli(?:ere)?|rimuovi)\s+{_ART}{{n}}",),
    "cancel {n}": (r"annulla(?:re)?\s+(?:(?:il|promemoria)\s+)*{n}",),
    "undo": (
        r"annulla[,!]+\s+.*",
        r"(?:oops|ops|ah\s+no)[\s,]+(?:annulla|torna\s+indietro).*",
        r"(?:per\s+favore\s+)?(?:annulla(?:re)?(?:\s+(?:l'ultima(?:\s+cosa)?|l'ultimo|quello|ci[oò]))?|torna\s+indietro|disfa(?:re)?|ripristina)",
        rf"{_OOPS}(?:annulla(?:re)?|torna\s+indietro|disfa(?:re)?|ripristina|rimetti\s+com\'era)(?:\s+(?:tutto|quello|ci[oò]|l\'ultima))?{_PLEASE}",
    ),
    "my tasks": (
        r"(?:(?:mostra(?:mi)?|fammi\s+vedere|vedi|elenca)\s+)?(?:le\s+)?mie\s+(?:attivit[aà]|cose\s+da\s+fare|task|compiti)",
        r"(?:la\s+)?(?:mia\s+)?lista(?:\s+delle\s+(?:attivit[aà]|cose\s+da\s+fare))?",
        r"(?:quali|che)\s+(?:attivit[aà]|cose)\s+ho(?:\s+da\s+fare)?",
    ),
    "my reminders": (
        r"(?:(?:mostra(?:mi)?|fammi\s+vedere|elenca)\s+)?(?:i\s+)?(?:miei\s+)?promemoria",
    ),
    "cancel": (r"lascia\s+perdere|lascia\s+stare|annulla\s+(?:la\s+)?modifica",),
    "confirm all": (r"(?:conferma(?:re)?|salva(?:re)?|accetta)\s+tutt[oei]|s[iì]\s+a\s+tutto",),
    "discard all": (r"(?:scarta(?:re)?|cancella(?:re)?|elimina(?:re)?|butta(?:re)?)\s+tutt[oei]",),
    "confirm": (r"conferma(?:re|to)?|confermo|salva(?:lo|la)?",),
    "discard": (
        r"scarta(?:re|lo|la)?",
        rf"{_OOPS}(?:lascia\s+(?:perdere|stare)|dimentica(?:lo|la)?|scarta(?:lo|la)?|buttala|buttalo|cancellala|cancellalo)(?:\s+(?:allora|pure))?{_PLEASE}",
    ),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:di|tra|fra|per)\s+)?(?:un(?:'|\s+)?\s*)?{{n}}\s*{{unit}}",
        rf"{_SNOOZE}\s+(?:di|tra|fra|per)\s+un(?:'|\s+)?\s*{{unit}}",
        r"(?:ricordamelo|ricordami)\s+(?:di\s+nuovo\s+)?(?:tra|fra)\s+{n}\s*{unit}",
        rf"{_OOPS}(?:(?:ora|adesso)\s+non\s+(?:posso|riesco)[\s,.]+)?(?:ricordamelo|ricordami|avvisami)\s+(?:di\s+nuovo\s+)?(?:tra|fra)\s+(?:un(?:\'|\s+)?\s*)?{{n}}\s*{{unit}}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:di\s+)?mezz'?\s*ora",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:a\s+)?domani",),
    "snooze": (rf"{_SNOOZE}|pi[uù]\s+tardi|non\s+ora|dopo",),
    "skip": (r"salta(?:re|lo|la)?|questa\s+volta\s+no",),
    "try again": (r"riprova(?:ci)?|prova\s+(?:di\s+nuovo|ancora)",),
    "help": (r"aiuto|aiutami|comandi|ho\s+bisogno\s+di\s+aiuto",),
    "settings": (r"(?:le\s+mie\s+)?impostazioni|preferenze|opzioni",),
    "stop the reminders": (
        r"(?:ferma(?:re)?|basta|disattiva(?:re)?|spegni|annulla(?:re)?|stop)\s+(?:(?:i|tutti\s+i|i\s+miei|con\s+i)\s+)*promemoria",
        r"niente\s+pi[uù]\s+promemoria",
    ),
    "what's due today": (
        r"(?:cosa|che)\s+(?:ho|c'[eè]|devo\s+fare)\s+(?:da\s+fare\s+)?oggi",
        r"(?:attivit[aà]|cose\s+da\s+fare|scadenze)\s+(?:di|per)\s+oggi",
    ),
    "what's due tomorrow": (
        r"(?:cosa|che)\s+(?:ho|c'[eè]|devo\s+fare)\s+(?:da\s+fare\s+)?domani",
        r"(?:attivit[aà]|cose\s+da\s+fare|scadenze)\s+(?:di|per)\s+domani",
    ),
    "this week": (r"(?:(?:cosa|che)\s+ho\s+)?questa\s+settimana",),
    "overdue": (r"(?:(?:attivit[aà]|cose)\s+)?(?:scadut[ei]|in\s+ritardo)",),
    "hi": (r"ciao|buongiorno|buonasera|salve|ehi|hey|buon\s+pomeriggio",),
    "thanks": (r"grazie(?:\s+mille|\s+tante)?|ti\s+ringrazio|grazie\s+di\s+tutto",),
    "no, {when}": (
        r"(?:no+|anzi|no\s+aspetta|aspetta|meglio|no\s+meglio|no\s+anzi)[\s,]+(?:facciamo\s+|mettila\s+|mettilo\s+|meglio\s+)?{when}(?:\s+(?:allora|invece|meglio))?",
        rf"{_OOPS}{_INSTEAD}*(?:(?:per|a|al|alle)\s+)?{{when}}(?:[\s,]+(?:meglio|allora|invece|piuttosto))+{_PLEASE}",
        rf"(?:no+|ops|aspetta|scusa|anzi|in\s+realt[aà])[\s,.!]+{_OOPS}{_INSTEAD}*(?:(?:per|a|al|alle)\s+)?{{when}}{_PLEASE}",
    ),
    "move it to {when}": (
        r"(?:spostal[oa]|mettil[oa]|rimandal[oa]|fall[oa]|spostiamol[oa])\s+(?:a|al|alle|per|ad|di)?\s*{when}",
    ),
    # "sposta la quinta a martedì": the fifth line of the list just shown
    "move {n} to {when}": (
        rf"{_OOPS}(?:sposta(?:re)?|rimanda(?:re)?)\s+{_ART}{{n}}\s+(?:a|al|alla|alle|per|ad)\s+{{when}}"
        rf"(?:[\s,]+{_SAME_TIME})?",
    ),
    "move {what} to {when}": (
        # "sposta la 5 a martedì": the article before a number is no part of what is named
        rf"{_OOPS}(?:sposta(?:re)?|rimanda(?:re)?|metti)\s+{_ART}{{what}}\s+(?:a|al|alla|alle|per|ad)\s+"
        rf"{{when}}(?:[\s,]+{_SAME_TIME})?",
        rf"{_OOPS}{_THE}{{what}}\s+(?:spostal[ao]|mettil[ao]|rimandal[ao])\s+(?:a|al|alle|per)?\s*{{when}}"
        rf"(?:[\s,]+{_SAME_TIME})?",
        rf"(?:(?:puoi|mi)\s+)?(?:sposta(?:re)?|rimanda(?:re)?)\s+{_THE}{{what}}\s+(?:a|al|alla|alle|per|ad|di)\s+{{when}}{_PLEASE}",
    ),
    "delete it": (
        rf"{_OOPS}(?:cancellala|cancellalo|eliminala|eliminalo|toglila|toglilo)(?:\s+(?:pure|allora))?{_PLEASE}",
    ),
    "delete {rest}": (
        r"(?:elimina|cancella|togli|rimuovi)\s+{rest},\s*.+",
        rf"{_OOPS}(?:(?:puoi|mi)\s+)?(?:cancella(?:re)?|elimina(?:re)?)\s+(?:l\'attivit[aà]\s+(?:d(?:i|el|ella|ello|ei|elle)\s+)?|il\s+promemoria\s+(?:d(?:i|el|ella|ello|ei|elle)\s+)?|quell[ao]\s+(?:del|della|di)\s+)(?:(?:il|lo|la|l\')\s*)?{{rest}}{_PLEASE}",
    ),
    "done with {rest}": (
        r"(?:(?:ok|ecco|allora)[\s,]+)?(?:(?:il|lo|la|l\')\s*)?{rest}\s+l\'ho\s+(?:gi[aà]\s+)?(?:fatt[oa]|finit[oa]|pagat[oa]|chiamat[oa]|mandat[oa])",
        rf"{_DONE_LEAD}(?:(?:ho\s+)?(?:fatto|finito|completato|pagato|chiamato|mandato|inviato|prenotato|comprato))\s+{_THE}{{rest}}{_PLEASE}",
        rf"{_THE}{{rest}}\s+(?:[eè]\s+)?(?:gi[aà]\s+)?(?:fatt[oa]|finit[oa]|pagat[oa]|prenotat[oa]|mandat[oa]|inviat[oa]|sistemat[oa])(?:\s+(?:ormai|finalmente))?",
        r"{rest},?\s+(?:fatto|finito|fatta)",
        # "i preventivi ai Rossi li ho mandati stamattina"
        rf"(?:{_DONE_LEAD})?{_THE}{{rest}}\s+(?:li|le|lo|la|l')\s*ho\s+(?:gi[aà]\s+)?(?:fatt|finit|pagat|chiamat"
        r"|mandat|inviat|spedit|prenotat|stampat|sistemat|comprat)[oaie](?:\s+(?:stamattina|stamane|ieri"
        r"|oggi|prima|poco\s+fa|adesso|gi[aà]|finalmente))*",
    ),
    "yes": (
        r"ok(?:\s+va)?\s+bene|va\s+bene|ok\s+perfetto|perfetto|s[iì],?\s+salva(?:lo|la)?|ok\s+salva(?:lo|la)?|ok\s+grazie",
        r"s[iì]+|s[iì]\s+grazie|esatto",
        r"(?:(?:s[iì]+|ok|okay|va\s+bene|perfetto|certo|esatto|top|ottimo|giusto|vabb?[eè]|dai)[\s,!.]+)*(?:s[iì]+|va\s+bene"
        r"|perfetto|certo|esatto|top|ottimo|giusto|salva(?:la|lo)?|conferma(?:la|lo)?|va\s+benissimo|benissimo|ok\s+cos[iì]"
        r"|cos[iì]\s+va\s+bene|va\s+bene\s+cos[iì]|procedi|vai)",
    ),
    "no": (r"no+",),
    "assign to {rest}": (
        r"(?:assegna(?:la|lo)?|affida(?:la|lo)?|dalla|dallo|passala|passalo|girala|giralo)\s+ad?\s+"
        + _NOT_DAY
        + r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"{_OOPS}{_INSTEAD}*(?:[eè]\s+)?(?:x|per)\s+{_NOT_DAY}{{rest}}[\s,]+(?:assegnala|assegnalo|dalla|dallo|passala|passalo)\s+a\s+(?:lui|lei)",
        rf"{_OOPS}{_INSTEAD}*(?:passala|passalo|girala|giralo|dalla|dallo|assegnala|assegnalo)\s+(?:piuttosto\s+|invece\s+)?ad?\s+{_NOT_DAY}{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*(?:se\s+ne\s+occupa|la\s+fa|lo\s+fa|ci\s+pensa)\s+{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*(?:[eè]\s+)?(?:x|per)\s+{_NOT_DAY}(?=[^\s]+[\s.!?]*$){{rest}}",
    ),
    "what does {rest} have?": (
        r"(?:e\s+)?(?:cosa|che\s+cosa|che)\s+(?:ha|deve\s+fare|ha\s+da\s+fare)\s+(?:ancora\s+)?(?!(?:oggi|domani|questa|io)\b)(?=[^\s]+(?:\s+[^\s]+)?(?:\s+(?:ancora|da\s+fare|in\s+sospeso))*[\s.!?]*$){rest}(?:\s+(?:ancora|da\s+fare|in\s+sospeso))*",
        rf"(?:e\s+)?{_NAME0}{{rest}}\s+(?:cosa|che)\s+(?:ha|deve\s+fare)(?:\s+(?:ancora|da\s+fare|in\s+sospeso))*",
    ),
    "what did I give {rest}?": (
        rf"(?:e\s+)?(?:cosa|che\s+cosa|che)\s+(?:ho\s+)?(?:dato|passato|assegnato|affidato)\s+a\s+{_NAME}{{rest}}",
    ),
    "title: {rest}": (r"titolo\s*:\s*{rest}", r"rinomina(?:la|lo)?\s+(?:in\s+)?{rest}"),
    "priority high": (r"priorit[aà]\s+alta",),
    "priority low": (r"priorit[aà]\s+bassa",),
    "no date": (r"(?:senza|nessuna)\s+(?:data|scadenza)|togli\s+la\s+(?:data|scadenza)",),
    "digest off": (
        r"(?:disattiva|spegni|togli)\s+(?:il\s+)?riepilogo|riepilogo\s+(?:off|spento|disattivato)",
    ),
    "digest at {n}:00": (
        r"(?:(?:mandami|inviami|voglio)\s+)?(?:il\s+)?(?:riepilogo|riassunto)(?:\s+(?:giornaliero|quotidiano|del\s+giorno))?\s+(?:(?:pls|please|meglio)\s+)*"
        r"(?:alle|all'|a)\s*{n}(?:\s*(?:h|:00|di\s+mattina|del\s+mattino))?(?:[\s,]+(?:pls|please|per\s+favore|grazie))*",
    ),
    "digest {rest}": (
        r"(?:(?:mandami|inviami|voglio|vorrei)\s+)?(?:il\s+)?(?:riepilogo|riassunto)(?:\s+(?:giornaliero"
        r"|quotidiano|del\s+giorno|del\s+mattino|mattutino))?(?:\s+(?:mandamelo|mandalo|inviamelo"
        r"|me\s+lo\s+mandi|lo\s+voglio))?\s+(?:alle\s+|all'|a\s+)?(?=\d){rest}",
    ),
    "remind me {n} {unit} before": (
        r"(?:ricordamelo|ricordami|avvisami)\s+{n}\s*{unit}\s+prima(?:\s+(?:delle|della|di\s+ogni)"
        r"\s+(?:scadenz[ae]|attivit[aà]))?",
    ),
    "I'm in {rest}": (
        rf"(?:(?:ora|adesso)\s+)?(?:sono|mi\s+trovo|vivo|abito|sto)\s+(?:ora\s+|adesso\s+)?a\s+{_PLACE}{{rest}}",
        rf"(?:(?:ora|adesso)\s+)?(?:sono|mi\s+trovo|vivo|abito|sto)\s+(?:ora\s+|adesso\s+)?a\s+{_PLACE_FOR}{{rest}}\s+(?:per|fino|questa|questo)\b.*",
        rf"mi\s+sono\s+trasferit[oa]\s+a\s+{_PLACE}{{rest}}",
    ),
    "save {n}": (rf"(?:conferma|salva|tieni)\s+(?:solo\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"(?:scarta|butta)\s+{_ART}{{n}}",),
    "reopen {rest}": (r"riapri\s+{rest}",),
    "remind me at due time": (
        r"(?:ricordamelo|ricordami|avvisami)\s+(?:alla|all'ora\s+della)\s+scadenza",
    ),
    "disconnect {rest}": (r"scollega\s+" + _TOOL + r"{rest}",),
    "connect {rest}": (r"collega\s+" + _TOOL + r"{rest}",),
    "my tools": (r"(?:i\s+)?miei\s+strumenti|strumenti\s+collegati",),
    "retry pushes": (r"riprova\s+(?:gli\s+)?invii|riprova\s+a\s+inviare",),
    "make {rest} the default": (r"usa\s+" + _TOOL + r"{rest}\s+come\s+predefinito",),
    "push {n} to {rest}": (r"(?:invia|manda)\s+(?:la\s+|il\s+)?{n}\s+a\s+" + _TOOL + r"{rest}",),
    "push to {rest}": (r"(?:invialo|inviala|mandalo|mandala)\s+a\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (
        r"(?:metti|imposta)\s+{rest}\s+(?:a\s+|con\s+)?priorit[aà]\s+bassa",
    ),
}
# Casual answers to a waiting card ("chiamala …", "cancellala"), beside those above.
_CARD = {
    "title: {rest}": (
        r"chiamal[ao]\s+(?!(?:domani|oggi|dopo|stasera|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|alle|a|al|il)\b)(?=[^\s]+\s+[^\s]){rest}",
        r"(?:cambia|metti)\s+(?:il\s+)?(?:titolo|nome)\s+(?:in\s+|a\s+)?{rest}",
        r"il\s+(?:titolo|nome)\s+[eè]\s+{rest}",
    ),
    "confirm": (r"salva(?:la|lo)?|segna(?:la|lo)|tienil[ao]",),
    "discard": (r"cancella(?:la|lo)?|elimina(?:la|lo)?|togli(?:la|lo)|non\s+salvar(?:la|lo|e)",),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority said casually to a card ("è urgente", "mettila urgente").
_CARD_MORE = {
    "priority urgent": (
        r"(?:[eè]\s+)?(?:molto\s+)?urgente",
        r"(?:mettila|mettilo|segnala|segnalo|falla|fallo|metti)\s+(?:come\s+)?urgente",
    ),
    "priority high": (
        r"(?:[eè]\s+)?(?:molto\s+)?importante|priorit[aà]\s+alta|alta\s+priorit[aà]",
        r"(?:mettila|mettilo|metti)\s+(?:ad\s+|in\s+|come\s+)?(?:alta\s+priorit[aà]|priorit[aà]\s+alta|importante)",
    ),
    "priority low": (
        r"priorit[aà]\s+bassa|bassa\s+priorit[aà]|non\s+[eè]\s+(?:cos[iì]\s+)?importante",
    ),
    "priority normal": (r"non\s+[eè]\s+(?:cos[iì]\s+)?urgente",),
    "confirm": (r"(?:salva|salvala|salvalo|conferma|confermala)\s+(?:cos[iì]|pure)",),
    "move it to {when}": (
        r"(?:mettila|mettilo|spostala|spostalo|fai|facciamo|falla|fallo)\s+(?:a\s+|per\s+|il\s+|di\s+)?{when}",
    ),
    "title: {rest}": (
        r"il\s+(?:titolo|nome)\s+(?:per[oò]\s+)?(?:mettilo|mettila|fallo|cambialo|solo|soltanto)\s+(?:solo\s+)?{rest}",
    ),
    'remove "{rest}" from the title': (r"(?:togli|leva)\s+{rest}\s+dal\s+(?:titolo|nome)",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "this card" thrown away, and a priority said in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:salva|conferma|tieni)\s+(?:entrambe|entrambi|tutte\s+e\s+due|tutti\s+e\s+due)",
    ),
    "discard": (
        r"(?:butta|cancella|elimina|togli)\s+(?:quella|questa|la\s+scheda|quella\s+scheda)",
    ),
    "priority high": (r"(?:[eè]\s+)?importante|priorit[aà]\s+alta",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("dai", "pure", "grazie").
CARD_SOFT = (
    "dai", "pure", "grazie", "per favore", "pf", "ok", "allora", "boh", "ecco", "quindi", "cmq",
    "invece", "si", "perfetto", "va bene", "vabbè", "vabbe", "vabbeh", "aspetta", "meglio", "anzi",
    "ah no aspetta", "sisi", "cosi", "così", "ma",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("stessa ora", "ho sbagliato").
CARD_ASIDES = (
    r"(?:alla\s+)?stessa\s+ora",
    r"stesso\s+orario",
    r"(?:lo\s+)?stesso\s+giorno",
    r"stessa\s+data",
    r"ho\s+sbagliato",
    r"sbagliato",
    r"errore",
    r"(?:no+\s+)?(?:ma\s+)?che\s+(?:fai|stai\s+facendo|hai\s+fatto)",
    r"(?:quest[ao]\s+)?non\s+[eè]\s+(?:un\s+compito|un'?\s*attivit[aà]|un\s+task|un\s+promemoria|niente)",
    r"(?:perch[eé]|xk[eè]?|visto\s+che|dato\s+che)\s.*",  # the reason given beside a change
    # why that time, beside the change: "prima c'è il treno", "dopo ho il dentista"
    r"(?:prima|dopo|poi|quel\s+giorno|la\s+mattina|il\s+pomeriggio)\s+(?:c'?\s*[eè]|ho|sono|non)\b[^,;]*",
)
# How a clause names the card it is about, `{ref}` being a word of its title ("quella della banca").
CARD_REFS = (r"quell[oa]\s+(?:del|della|dei|delle|di|dello)\s+{ref}",)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"non",
    r"no",
    r"invece\s+(?:di|del|della|dei)",
    r"anzich[eé]",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# Snoozes and asks said with a reason first ("ora non posso, rimandalo di un'oretta"), and a
# declined task handed on ("allora chiedilo a Priya").
_NOT_NOW = r"(?:(?:ora|adesso|al\s+momento)\s+non\s+(?:posso|riesco|ce\s+la\s+faccio)[\s,.!]+)?"
_AGAIN = (
    r"(?:ricordamel[oa]|ricordami|avvisami|rimanda(?:lo|la|mi)?|posticipa(?:lo|la)?"
    r"|rinvia(?:lo|la)?)"
)
_CHAT_MORE = {
    "snooze 1 hour": (
        rf"{_OOPS}{_NOT_NOW}{_AGAIN}\s+(?:di\s+nuovo\s+)?(?:di|tra|fra|per)\s+un(?:'|\s+)?\s*or(?:a|etta){_PLEASE}",
    ),
    "snooze 30 minutes": (
        rf"{_OOPS}{_NOT_NOW}{_AGAIN}\s+(?:di\s+nuovo\s+)?(?:di|tra|fra|per)\s+mezz'?\s*ora(?:etta)?{_PLEASE}",
    ),
    "snooze {n} {unit}": (
        rf"{_OOPS}{_NOT_NOW}{_AGAIN}\s+(?:di\s+nuovo\s+)?(?:di|tra|fra|per)\s+(?:un\s+paio\s+d(?:i\s+|')?)?{{n}}\s*{{unit}}{_PLEASE}",
    ),
    "snooze 2 hours": (
        rf"{_OOPS}{_NOT_NOW}{_AGAIN}\s+(?:di\s+nuovo\s+)?(?:di|tra|fra|per)\s+un\s+paio\s+d(?:i\s+|')?\s*ore{_PLEASE}",
    ),
    "what's due today": (
        r"(?:e\s+)?(?:cosa|che\s+cosa|che)\s+(?:mi\s+)?(?:resta|rimane|manca)\s+(?:ancora\s+)?(?:da\s+fare\s+)?(?:per\s+)?oggi",
        r"(?:e\s+)?(?:cosa|che\s+cosa|che)\s+devo\s+ancora\s+fare\s+oggi",
        r"(?:e\s+)?(?:cosa|che\s+cosa|che)\s+(?:c'[eè]|ho)\s+(?:ancora\s+)?in\s+(?:programma|agenda)\s+(?:per\s+)?oggi",
    ),
    "give it to {rest}": (
        rf"{_OOPS}{_INSTEAD}*(?:chiedil[oa]|chiedi|dall[oa]|passal[oa]|giral[oa]|dagliel[oa])\s+(?:a|ad)\s+{_NOT_DAY}{_NAME}{{rest}}{_PLEASE}",
    ),
    "ok, I'll do it myself": (
        rf"{_OOPS}{_INSTEAD}*(?:(?:ok|va\s+bene|vabb[eè]|pazienza)[\s,!.]+)*(?:(?:lo|la)\s+faccio\s+io|me\s+ne\s+occupo\s+io|ci\s+penso\s+io|(?:la|lo)\s+tengo\s+io){_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CHAT_MORE)
# Cards answered in passing: "ok confermale tutte e due", "si tutto ok, salva tutto", "e anche
# quella dei Rossi confermala pure", "nooo questa è sbagliata, buttala", "questa è mia".
_FINE = (
    r"(?:(?:s[iì]+|ok+|okay|perfetto|bene|benissimo|ottimo|giusto|esatto|certo|dai|allora|e"
    r"|(?:va\s+)?tutto\s+(?:ok|bene|giusto|a\s+posto)|va\s+(?:tutto\s+)?bene|sono\s+giuste)[\s,!.]+)*"
)
_KEEP = r"(?:conferma(?:le|li)?|confermo|salva(?:le|li)?|tieni(?:le|li)?|approva(?:le|li)?)"
_WRONG = (
    r"(?:(?:no+|nooo+|ma\s+no|macch[eé])[\s,!.]+)*(?:(?:quest[ao]|quell[ao])\s+(?:[eè]\s+)?"
    r"(?:sbagliat[ao]|inutile|doppi[ao]|un\s+errore|non\s+serve)[\s,!.]+)?"
)
_SAID_TOO = {
    "confirm both": (
        rf"{_FINE}{_KEEP}\s+(?:pure\s+)?(?:tutt[ei]\s+e\s+due|entramb[ei]|(?:le|i)\s+due(?:\s+di\s+prima)?)"
        rf"(?:\s+pure)?{_PLEASE}",
    ),
    "confirm all 3": (
        rf"{_FINE}{_KEEP}\s+(?:pure\s+)?(?:tutt[ei]\s+e\s+tre|(?:le|i)\s+tre){_PLEASE}",
    ),
    "confirm all": (
        rf"{_FINE}{_KEEP}\s+(?:pure\s+)?tutt[eoi](?:\s+quant[ei])?(?:\s+pure)?{_PLEASE}",
        rf"{_FINE}(?:confermale|confermali|salvale|salvali)(?:\s+pure)?(?:\s+tutte|\s+tutti)?{_PLEASE}",
    ),
    "confirm the {rest} one": (
        rf"{_FINE}(?:anche\s+)?quell[ao]\s+(?:del|della|dei|delle|di|dello|degli)\s+{{rest}}\s+"
        rf"(?:confermal[ao]|salval[ao]|tienil[ao])(?:\s+(?:pure|anche))*{_PLEASE}",
        rf"{_FINE}(?:confermal[ao]|salval[ao]|conferma|salva)\s+(?:anche\s+)?quell[ao]\s+"
        rf"(?:del|della|dei|delle|di|dello|degli)\s+{{rest}}{_PLEASE}",
    ),
    "discard": (
        rf"{_WRONG}(?:buttal[ao]|scartal[ao]|cancellal[ao]|eliminal[ao]|toglil[ao])(?:\s+via)?{_PLEASE}",
    ),
    "assign to me": (
        r"(?:(?:no+|ah|anzi|ma)[\s,!.]+)*(?:quest[ao]|quell[ao]|la|lo)\s+(?:[eè]\s+)?(?:mia|mio)"
        r"(?:[\s,!.]+(?:non\s+(?:di|del|della|dello)\s+.+|la\s+faccio\s+io|lo\s+faccio\s+io))?",
        r"(?:(?:no+|anzi)[\s,!.]+)*(?:[eè]\s+)?(?:roba|compito)\s+mi[ao]",
    ),
    "give it to {rest}": (
        rf"{_OOPS}{_INSTEAD}*(?:(?:ok|va\s+bene|s[iì])[\s,!.]+)*(?:mandal[ao]|inviala|invialo)\s+(?:a|ad)\s+"
        rf"{_NOT_DAY}{_NAME}{{rest}}{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SAID_TOO)
# Two cards saved or dropped at once ("cancella entrambi", "butta le ultime due", "cancella anche
# l'altra"); first, so that "tutte e due" is both cards, never card number 2.
_DROP_VERB = r"(?:cancella|elimina|butta|scarta|togli)(?:re)?"
_TWO = r"(?:entrambi|entrambe|tutti\s+e\s+due|tutte\s+e\s+due|questi\s+due|queste\s+due)"
_BOTH = {
    "confirm both": (
        rf"(?:(?:ok|s[iì]|va\s+bene)[\s,!]+)*(?:puoi\s+)?(?:conferma|salva|confermare|salvare)(?:le|li)?\s+{_TWO}{_PLEASE}",
    ),
    "discard the last two": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:gli|le)\s+ultim[ie]\s+(?:due|2){_PLEASE}",
    ),
    "discard both": (rf"{_OOPS}{_DROP_VERB}(?:le|li)?\s+{_TWO}{_PLEASE}",),
    "discard the other one too": (
        rf"{_OOPS}(?:e\s+)?{_DROP_VERB}\s+(?:anche\s+)?(?:l['’]\s*altr[oa])(?:\s+anche)?{_PLEASE}",
    ),
}
COMMANDS = {**_BOTH, **COMMANDS}
# A move said with why after it ("sposta la chiamata all'hotel alle 10:30, le 9 di domenica è
# troppo presto"); the aside after the comma changes nothing.
_WHY = r"\s*[,;.]\s*(?:troppo|[eè]|le|alle|perch[eé]|che|ahah+|haha+|\d+)\b.*"
_MOVED = {"move {what} to {when}": tuple(p + _WHY for p in COMMANDS["move {what} to {when}"])}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A waiting card named by its place and given a day ("il secondo anche venerdì", "la 2 è per
# domani"), and one named in quotes dropped with the other kept ("cancella 'menu', tieni l'altro").
_ALSO = r"(?:anche|pure)"
_OTHER = r"l['’]\s*altr[oa]"
_PLACED = {
    "move {n} to {when}": (
        # "anche" or "per" is needed: "il secondo venerdì" is a date
        rf"{_OOPS}(?:il|la|lo|l['’])\s*{{n}}\s+(?:(?:[eè]|va)\s+)?{_ALSO}\s+(?:(?:per|a|al|ad)\s+)?{{when}}"
        rf"(?:\s+{_ALSO})?{_PLEASE}",
        rf"{_OOPS}(?:il|la|lo|l['’])\s*{{n}}\s+(?:(?:[eè]|va)\s+)?per\s+{{when}}(?:\s+{_ALSO})?{_PLEASE}",
    ),
    "discard '{rest}', save the other": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:(?:quello|quella|il|la|lo)\s+)?['\"‘“«]{{rest}}['\"’”»][\s,;.]+(?:e\s+)?"
        rf"(?:(?:tieni|salva|conferma|tenete)\s+{_OTHER}|{_OTHER}\s+(?:puoi\s+)?(?:tenerl[oa]|salvarl[oa]"
        r"|confermarl[oa]|salvala|salvalo|tienila|tienilo|va\s+bene|resta))" + _PLEASE,
    ),
}
COMMANDS = with_card_words(COMMANDS, _PLACED)
# One reminder cancelled in words ("cancella questo promemoria"); said in reply it is the one
# replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        rf"{_OOPS}(?:cancella|elimina|togli|annulla)(?:re)?\s+(?:questo|quel|il)\s+(?:promemoria|avviso)"
        rf"{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# A quarter of an hour: "rimandalo di un quarto d'ora", "posticipa di un quarto d'ora".
_QUARTER = {
    "snooze 15 minutes": (
        rf"{_SNOOZE}\s+(?:di\s+|tra\s+|fra\s+|per\s+)?un\s+quarto\s+d'?\s*ora(?:\s+(?:ancora|per\s+favore))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _QUARTER)
# Wishes and reminder leads said casually to a card: "che sia pronto per venerdì",
# "ricordamelo un'ora prima", "avvisami mezz'ora prima".
_CASUAL = {
    "move it to {when}": (
        r"(?:e\s+)?che\s+(?:sia|venga|finisca|stia|arrivi)(?:\s+(?:pront[oa]|fatt[oa]|finit[oa]|chius[oa]))?\s+"
        r"(?:per|entro|a)\s+{when}",
    ),
    "remind me 30 minutes before": (
        r"(?:ricordamelo|ricordamela|ricordami|avvisami)\s+(?:una\s+)?mezz['’]?\s*ora\s+prima",
    ),
    "remind me {n} {unit} before": (
        r"(?:ricordamelo|ricordamela|ricordami|avvisami)\s+un['’]\s*{unit}\s+prima",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
# Quiet hours are read first: the corrections would take the time they name as a new due time.
COMMANDS = {**SETTINGS, **COMMANDS}
# A new name for a task named by its number or its words: "rinomina la 2 in …", "la 2 ora si
# chiama …", "rinomina l'attività del report in …". First, before "title: …".
_Q = r"[\"'“”‘’«»]?\s*"
_RENAME = r"(?:rinomina|rinominare|cambia\s+(?:il\s+)?nome\s+(?:a|al|alla|del|della))"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+{_ART}{{n}}\s+(?:in|come|con)\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}(?:la|il|l['’])\s*(?:(?:attivit[aà]|numero)\s+)?{{n}}\s+(?:ora\s+)?si\s+chiama(?:\s+ora)?\s*:?\s*{_Q}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"{_OOPS}{_RENAME}\s+(?:l['’]\s*attivit[aà]|il\s+promemoria|quella|quello)\s+(?:del(?:la|l['’])?|di)\s*(?!\d)"
        rf"{{what}}\s+(?:in|come)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
# A task moved by naming its date: "sposta la scadenza del report a lunedì".
_DUE_MOVED = {
    "move {what} to {when}": (
        rf"{_OOPS}(?:sposta|cambia|anticipa|posticipa|rimanda)\s+(?:la\s+scadenza|la\s+data|l['’]\s*orario)\s+"
        r"(?:del(?:la|l['’]|lo)?|di)\s*(?:attivit[aà]\s+(?:del(?:la|l['’]|lo)?\s*)?)?{what}\s+(?:a|al|alla|per|in)\s+{when}",
    ),
}
COMMANDS = with_phrases_first(COMMANDS, _DUE_MOVED)
