"""French command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.fr_settings import SETTINGS

_ART = r"(?:(?:la|le|les|l'|t[aâ]che|num[eé]ro|n[°o]?)\s*)*"
_DONE_WORD = r"(?:fait(?:e|es|s)?|termin[eé](?:e|es|s)?|fini(?:e|es|s)?|r[eé]gl[eé](?:e|es|s)?)"
_SNOOZE = r"(?:report(?:e|er|e-le|e-la)|repousse(?:r)?|d[eé]cale(?:r)?|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "oups non pas encore, ...", "en fait ...".
_OOPS = (
    r"(?:(?:non+|oups+|oops|oh+|ah+|a[iï]e|zut|mince|pardon|d[eé]sol[eé]e?|attends|att|euh+|bon"
    r"|en\s+fait|finalement|pas\s+encore|non\s+pas\s+encore|je\s+me\s+suis\s+tromp[eé]e?)[\s,.!]+)*"
)
_INSTEAD = r"(?:(?:plut[oô]t|finalement|en\s+fait|alors|vers|stp|svp)\b[\s,]*)"
_PLEASE = r"(?:[\s,]+(?:stp|svp|please|s'il\s+te\s+pla[iî]t|merci|alors|plut[oô]t))*"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
# Not a person: "c'est pour demain" names a day.
_NOT_WHEN = (
    r"(?!(?:demain|aujourd|ce|cette|ce\s+soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|la|le|les|l'|dans|avant|apr[eè]s)\b)"
)
_NAME0 = r"(?!(?:aujourd'hui|demain|cette|je|j'ai|on)\b)(?=[^\s]+(?:\s+[^\s]+)?\s)"
_DONE_PAST = (
    r"(?:rappel[eé]|appel[eé]|pay[eé]|envoy[eé]|achet[eé]|r[eé]serv[eé]|fini|termin[eé]|fait"
    r"|r[eé]gl[eé]|rendu|d[eé]pos[eé]|sorti|nettoy[eé]|sign[eé]|renouvel[eé]|r[eé]pondu|pris)"
)
# A place named alone: up to three words, not "la maison" or "une réunion".
_NOT_PLACE = r"(?!(?:un|une|la|le|les|l'|mon|ma|la\s+maison|r[eé]union|table)\b)"
_PLACE = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}[\s.!?]*$)"
_PLACE_FOR = _NOT_PLACE + r"(?=[^\s,]+(?:\s+[^\s,]+){0,2}\s+(?:pour|jusqu|cette|ce)\b)"
# A command said instead of the English one: "fait 2", "j'ai fini la deuxième", "mes tâches".
COMMANDS = {
    "done {n}": (
        rf"(?:c'est\s+)?{_DONE_WORD}\s+(?:pour\s+)?{_ART}{{n}}",
        rf"(?:j'ai\s+)?(?:fini|termin[eé]|fait|boucl[eé])\s+{_ART}{{n}}",
        rf"(?:marque|coche|marquer|cocher)\s+{_ART}{{n}}\s+(?:comme\s+)?{_DONE_WORD}",
        rf"(?:coche|cocher)\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:est\s+)?(?:faite?|termin[eé]e?|finie?|r[eé]gl[eé]e?)",
    ),
    "done with {rest}": (
        r"(?:fait|termin[eé]|fini)\s*(?::\s*|\s+(?!(?:de|du|des|les?|la|une?|mon|ma|mes)\b|d'|l')){rest}",
        rf"(?:(?:c\s+bon|c\'est\s+bon|ok|bon|voil[aà]|yes)[\s,!]+)+j\'ai\s+(?:bien\s+)?{_DONE_PAST}\s+{{rest}}",
        r"(?:(?:c\s+bon|c\'est\s+bon|ok|bon|voil[aà])[\s,!]+)*{rest}\s+(?:c\'est\s+|c\s+)(?:fait|r[eé]gl[eé])",
    ),
    "done": (r"(?:c'est\s+)?fait|(?:c'est\s+)?termin[eé]|(?:j'ai\s+)?fini",),
    "reopen {n}": (rf"(?:rouvr(?:e|ir)|r[eé]ouvr(?:e|ir)|d[eé]coche(?:r)?)\s+{_ART}{{n}}",),
    "delete {n}": (rf"(?:supprime(?:r)?|efface(?:r)?|enl[eè]ve|retire(?:r)?)\s+{_ART}{{n}}",),
    "cancel {n}": (r"annule(?:r)?\s+(?:(?:le|la|rappel)\s+)*{n}",),
    "undo": (
        r"(?:stp\s+|s'il\s+te\s+pla[iî]t\s+)?(?:annule(?:r)?(?:\s+(?:[cç]a|la\s+derni[eè]re\s+action))?|d[eé]faire|d[eé]fais(?:\s+[cç]a)?|reviens\s+en\s+arri[eè]re)",
        rf"{_OOPS}(?:annule(?:r)?|d[eé]fais|d[eé]faire|reviens\s+en\s+arri[eè]re|remets\s+comme\s+avant)"
        r"(?:\s+(?:[cç]a|tout))?" + _PLEASE,
    ),
    "my tasks": (
        r"(?:(?:voir|montre(?:-moi)?|affiche(?:r)?|liste(?:r)?)\s+)?mes\s+t[aâ]ches",
        r"(?:(?:voir|montre(?:-moi)?|affiche)\s+)?(?:ma\s+)?liste\s+de\s+t[aâ]ches|ma\s+liste",
        r"(?:quelles|c'est\s+quoi)\s+(?:sont\s+)?mes\s+t[aâ]ches",
    ),
    "my reminders": (
        r"(?:(?:voir|montre(?:-moi)?|affiche(?:r)?|liste(?:r)?)\s+)?(?:mes\s+)?rappels",
        r"quels\s+(?:sont\s+)?mes\s+rappels",
    ),
    "cancel": (r"laisse\s+tomber|annule(?:r)?\s+(?:la\s+)?modif(?:ication)?",),
    "confirm all": (
        r"(?:confirme(?:r)?|valide(?:r)?|enregistre(?:r)?|garde(?:r)?)\s+tout(?:es|e)?(?:\s+les\s+(?:t[aâ]ches|deux|trois))?",
        r"tout\s+(?:confirmer|valider|enregistrer|garder)|oui\s+(?:pour|à|a)\s+tout",
    ),
    "discard all": (
        r"(?:jette(?:r)?|rejette(?:r)?|supprime(?:r)?|efface(?:r)?|ignore(?:r)?)\s+tout(?:es|e)?",
        r"tout\s+(?:jeter|rejeter|supprimer|effacer)",
    ),
    "confirm": (r"confirme(?:r)?|valide(?:r)?|je\s+confirme",),
    "discard": (
        r"jette(?:r)?|rejette(?:r)?|ignore(?:r)?",
        rf"{_OOPS}(?:laisse\s+tomber|oublie(?:\s+[cç]a)?|jette(?:\s+[cç]a)?|supprime\s+[cç]a)(?:\s+(?:alors|finalement))?{_PLEASE}",
    ),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:de|dans|encore)\s+|d')?{{n}}\s*{{unit}}",
        r"(?:rappelle-?moi|redis-?moi)\s+(?:[cç]a\s+)?dans\s+{n}\s*{unit}",
        rf"{_OOPS}(?:pas\s+maintenant[\s,.]+)?(?:rappelle-?moi|redis-?moi)\s+(?:[cç]a\s+)?dans\s+{{n}}\s*{{unit}}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:d'une\s+|dans\s+une\s+)?demi-?\s*heure",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:[aà]\s+)?demain",),
    "snooze": (rf"{_SNOOZE}|plus\s+tard|pas\s+maintenant",),
    "skip": (r"passe(?:r)?|saute(?:r)?|pas\s+cette\s+fois",),
    "try again": (
        r"r[eé]essaie",
        r"r[eé]essaye[rz]?",
        r"essaie\s+(?:encore|[aà]\s+nouveau|de\s+nouveau)",
        r"recommence",
    ),
    "help": (r"aide|aide-?moi|au\s+secours|j'ai\s+besoin\s+d'aide|commandes",),
    "settings": (r"(?:mes\s+)?(?:param[eè]tres|r[eé]glages|pr[eé]f[eé]rences|options)",),
    "stop the reminders": (
        r"(?:arr[eê]te(?:r)?|stop(?:pe)?|d[eé]sactive(?:r)?|coupe(?:r)?|annule(?:r)?)\s+(?:(?:les|tous\s+les|mes)\s+)*rappels",
        r"plus\s+de\s+rappels",
    ),
    "what's due today": (
        r"(?:qu'est-ce\s+que\s+j'ai|j'ai\s+quoi|qu'ai-je)\s+(?:[aà]\s+faire\s+)?aujourd'hui",
        r"(?:t[aâ]ches|programme)\s+(?:d'|du\s+jour|de\s+)?aujourd'hui|t[aâ]ches\s+du\s+jour",
    ),
    "what's due tomorrow": (
        r"(?:qu'est-ce\s+que\s+j'ai|j'ai\s+quoi|qu'ai-je)\s+(?:[aà]\s+faire\s+)?demain",
        r"(?:t[aâ]ches|programme)\s+(?:de\s+|pour\s+)?demain",
    ),
    "this week": (r"(?:(?:qu'est-ce\s+que\s+j'ai|j'ai\s+quoi)\s+)?cette\s+semaine",),
    "overdue": (r"(?:(?:mes\s+)?t[aâ]ches\s+)?en\s+retard|(?:t[aâ]ches\s+)?[eé]chues",),
    "hi": (r"bonjour|salut|coucou|bonsoir|slt|bjr|hello",),
    "thanks": (r"merci(?:\s+(?:beaucoup|bcp|bien|mille\s+fois))?|mercii+|je\s+te\s+remercie",),
    "no, {when}": (
        r"(?:non|plut[oô]t|finalement)[\s,]+(?:plut[oô]t\s+)?{when}",
        rf"{_OOPS}{_INSTEAD}+(?:(?:pour|au|le)\s+)?{{when}}{_PLEASE}",
        rf"(?:non+|oups|oh|ah|attends|en\s+fait|finalement)[\s,.!]+{_OOPS}{_INSTEAD}*(?:(?:pour|au|le)\s+)?{{when}}{_PLEASE}",
        rf"{_OOPS}(?:plut[oô]t\s+)?{{when}}\s+plut[oô]t{_PLEASE}",
    ),
    "move {what} to {when}": (
        r"(?:d[eé]cale|reporte|repousse|recule|remets)\s+(?!(?:[aà]|au|pour|jusqu|[cç]a)\b)(?:(?:le|la|les)\s+|l')?{what}\s+(?:[aà]|au|pour)\s+{when}",
        rf"(?:(?:tu\s+peux|peux-tu)\s+)?(?:d[eé]cale|reporte|d[eé]place)(?:r)?\s+(?:le|la|les|l\')\s*{{what}}\s+(?:[aà]|au|pour|vers)\s+{{when}}{_PLEASE}",
    ),
    "move it to {when}": (
        r"(?:d[eé]place|mets|d[eé]cale)(?:-le|-la|\s+le|\s+la)?\s+(?:a|à|au|pour)?\s*{when}",
        # "repousse à demain 10h", "reporte-le à lundi", "recule ça à jeudi"
        r"(?:repousse|reporte|recule|remets)(?:-le|-la|-les|\s+[cç]a|\s+le|\s+la)?\s+(?:[aà]|au|pour"
        rf"|jusqu'?[aà])?\s*{{when}}{_PLEASE}",
        rf"(?:(?:ah\s+|oh\s+)?non\b[^,.!?]{{0,40}}[,.!]+\s*)?{_OOPS}(?:mets|d[eé]place|d[eé]cale)(?:-le|-la)?\s+(?:au\s+|pour\s+)?(?=le\s+\d){{when}}{_PLEASE}",
    ),
    "yes": (
        r"(?:ok\s+)?(?:c'est\s+bon|parfait|nickel|vas-y|enregistre)",
        r"oui+|ouais|ouep|oui\s+merci",
        r"(?:(?:oui+|ouais|ok|okay|d\'ac|dac|yes|parfait|nickel|top|super|impec)[\s,!.]+)*(?:c\s+bon|c\'est\s+bon|c\'est\s+parfait"
        r"|[cç]a\s+marche|[cç]a\s+me\s+va|[cç]a\s+roule|nickel|parfait|top|impec|d'ac|dac|go|valid[eé]|enregistre(?:\s+[cç]a)?"
        r"|vas-?y|oui+|ouais)",
    ),
    "no": (r"non+",),
    "assign to {rest}": (
        r"(?:assigne(?:-la|-le)?|attribue(?:-la|-le)?|donne-la|donne-le)\s+[aà]\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
        rf"{_OOPS}{_INSTEAD}*c\'est\s+{_NAME0}{{rest}}\s+qui\s+(?:s\'en\s+occupe|le\s+fait|la\s+fait|g[eè]re)",
        # "en fait c'est Priya qui doit le faire", "c'est Sam qui va s'en charger"
        rf"{_OOPS}{_INSTEAD}*c\'est\s+(?:plut[oô]t\s+)?{_NAME0}{{rest}}\s+qui\s+(?:(?:doit|va|devrait|peut)\s+)?"
        r"(?:le\s+faire|la\s+faire|s\'en\s+(?:occuper|charger)|g[eé]rer|le\s+fera|la\s+fera"
        r"|s\'en\s+chargera|s\'en\s+occupera|s\'en\s+charge)",
        rf"{_OOPS}{_INSTEAD}*(?:donne|file|passe|refile)(?:-la|-le)?\s+(?:plut[oô]t\s+)?[aà]\s+{_NAME}{{rest}}",
        rf"{_OOPS}{_INSTEAD}*c\'est\s+pour\s+{_NOT_WHEN}{_NAME}{{rest}}",
    ),
    "delete {rest}": (
        rf"{_OOPS}(?:tu\s+peux|peux-tu|tu\s+pourrais|pourrais-tu)\s+(?:supprimer|effacer|virer)\s+(?:la\s+t[aâ]che\s+|le\s+rappel\s+)?"
        r"(?:le|la|les|l')\s*{rest}" + _PLEASE,
        rf"{_OOPS}(?:supprime|efface|vire)\s+(?:la\s+t[aâ]che|le\s+rappel)\s+(?:(?:de|du|des)\s+)?(?:(?:le|la|les|l')\s*)?{{rest}}{_PLEASE}",
        rf"{_OOPS}(?:supprime|efface|vire)\s+(?:le|la|les|l')\s*{{rest}},\s*.+",
    ),
    "what does {rest} have?": (
        # "qu'est-ce que Sam a ?", "et Priya, elle a quoi ?"
        r"(?:et\s+)?(?:qu'est-ce\s+qu[e']|qu'est\s+ce\s+qu[e'])\s*(?!(?:il|elle|on|j|tu)\b)"
        r"(?=[^\s]+\s+a[\s?!.]*$){rest}\s+a",
        r"(?:et\s+)?(?=[^\s,]+,?\s+(?:il|elle)\s+a\s+quoi[\s?!.]*$){rest},?\s+(?:il|elle)\s+a\s+quoi",
        rf"(?:et\s+)?(?:qu\'est-ce\s+que?|qu\'est\s+ce\s+que?|qu\'est-ce\s+qu\'il\s+reste\s+[aà]|qu\')\s*{_NAME0}{{rest}}\s+a\s+(?:encore\s+)?(?:[aà]\s+faire|en\s+cours)",
        rf"(?:et\s+)?{_NAME0}{{rest}}\s+(?:a\s+quoi|il\s+a\s+quoi|elle\s+a\s+quoi)\s+(?:[aà]\s+faire|en\s+cours)",
    ),
    "title: {rest}": (
        r"titre\s*:\s*{rest}",
        r"renomme(?:-la|-le)?\s+(?:en\s+)?{rest}",
        r"le\s+titre\s+(?:c\'est|c|est|:)\s+(?:juste\s+|plut[oô]t\s+|simplement\s+)?{rest}",
    ),
    "priority high": (r"priorit[eé]\s+haute|haute\s+priorit[eé]",),
    "priority low": (r"priorit[eé]\s+basse|basse\s+priorit[eé]",),
    "no date": (r"(?:pas\s+de|sans)\s+date|enl[eè]ve\s+la\s+date",),
    "digest off": (
        r"(?:d[eé]sactive|coupe|arr[eê]te)\s+le\s+r[eé]sum[eé]|r[eé]sum[eé]\s+(?:off|d[eé]sactiv[eé])",
    ),
    "digest at {n}:00": (
        r"(?:(?:envoie|envoies|mets)[\s-]*moi\s+)?(?:le\s+|mon\s+)?(?:r[eé]cap|r[eé]sum[eé])(?:\s+du\s+(?:jour|matin)|\s+quotidien)?"
        r"\s+(?:(?:plut[oô]t|stp|chaque\s+matin|tous\s+les\s+jours)\s+)*[aà]\s+{n}\s*h(?:eures?)?(?:00)?"
        r"(?:\s+au\s+lieu\s+de\s+\d{1,2}\s*h(?:eures?)?)?(?:[\s,]+(?:stp|svp|merci))*",
    ),
    "digest {rest}": (
        r"r[eé]sum[eé]\s+(?:[aà]\s+)?(?=\d){rest}",
        # "récap du matin à 7h30", "mets-moi le résumé quotidien à 8h15"
        r"(?:(?:envoie|envoies|mets)[\s-]*moi\s+)?(?:le\s+|mon\s+)?(?:r[eé]cap(?:itulatif)?|r[eé]sum[eé])"
        r"(?:\s+du\s+(?:jour|matin)|\s+quotidien)?\s+(?:(?:plut[oô]t|chaque\s+matin|tous\s+les\s+jours)\s+)*"
        r"[aà]\s+(?=\d{1,2}\s*h\s*\d\d){rest}(?:[\s,]+(?:stp|svp|merci))*",
    ),
    "remind me {n} {unit} before": (
        r"(?:rappelle|pr[eé]viens)[\s-]*(?:le\s+)?moi\s+{n}\s*{unit}\s+avant",
    ),
    "I'm in {rest}": (
        rf"(?:je\s+suis|j\'habite|je\s+vis)\s+(?:maintenant\s+)?[aà]\s+{_PLACE}{{rest}}",
        rf"(?:je\s+suis|j\'habite|je\s+vis)\s+(?:maintenant\s+)?[aà]\s+{_PLACE_FOR}{{rest}}\s+(?:pour|jusqu|cette|ce)\b.*",
    ),
    "save {n}": (rf"(?:garde|enregistre|valide|confirme)\s+(?:juste\s+|seulement\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"(?:jette|rejette)\s+{_ART}{{n}}",),
    "reopen {rest}": (r"rouvre\s+{rest}",),
    "remind me at due time": (r"(?:rappelle|pr[eé]viens)[\s-]*moi\s+[aà]\s+l'[eé]ch[eé]ance",),
    "disconnect {rest}": (r"d[eé]connecte(?:r)?\s+" + _TOOL + r"{rest}",),
    "connect {rest}": (r"connecte(?:r)?\s+" + _TOOL + r"{rest}",),
    "my tools": (r"mes\s+(?:outils|connexions)",),
    "retry pushes": (r"r[eé]essaie\s+(?:les\s+)?envois|renvoie\s+tout",),
    "make {rest} the default": (r"(?:mets|utilise)\s+" + _TOOL + r"{rest}\s+par\s+d[eé]faut",),
    "push {n} to {rest}": (
        r"envoie\s+(?:la\s+|le\s+)?{n}\s+(?:[aà]|vers|dans)\s+" + _TOOL + r"{rest}",
    ),
    "push to {rest}": (r"envoie[\s-](?:la|le)\s+(?:[aà]|vers|dans)\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (
        r"(?:mets|passe)\s+{rest}\s+en\s+(?:priorit[eé]\s+basse|basse\s+priorit[eé])",
    ),
}
_CARD_NAME = (
    r"(?!(?:demain|aujourd|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|la)\b)"
    r"(?=[^\s]+[\s.!?]*$)"
)
# Casual answers to a waiting card ("appelle-la …", "c'est pour Sam"), beside those above.
_CARD = {
    "title: {rest}": (
        r"appelle(?:-la|-le)?\s+(?:[cç]a\s+)?(?!(?:demain|ce|cet|cette|apr[eè]s|plus|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|[aà]|au|le)\b)(?=[^\s]+\s+[^\s]){rest}",
        r"nomme(?:-la|-le)?\s+{rest}",
        r"change\s+le\s+titre\s+(?:en|pour|par)\s+{rest}",
    ),
    "assign to {rest}": (rf"(?:[cç]a\s+)?(?:c'est\s+)?pour\s+{_CARD_NAME}{{rest}}",),
    "confirm": (r"(?:enregistre|garde|valide|note)(?:-la|-le)?",),
    "discard": (r"(?:supprime|efface)(?:-la|-le)?|n'enregistre\s+pas|pas\s+[cç]a",),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority, people and saves said casually to a card ("mets le en urgent", "file le à Sam").
_CARD_MORE = {
    "move it to {when}": (r"(?:c'?est\s+|c\s+|[cç]a\s+)?pour\s+{when}",),
    "priority urgent": (
        r"(?:c'?est\s+|c\s+)?(?:tr[eè]s\s+)?urgent(?:e)?",
        r"(?:mets|mettre|passe|marque)(?:[\s-](?:le|la|l[ae]s))?\s+(?:en\s+)?urgen(?:t|te|ce)",
    ),
    "priority high": (
        r"(?:c'?est\s+|c\s+)?(?:tr[eè]s\s+)?(?:important|prioritaire)(?:e)?",
        r"(?:mets|passe)(?:[\s-](?:le|la))?\s+en\s+(?:priorit[eé]\s+haute|haute\s+priorit[eé]|prioritaire)",
    ),
    "priority low": (
        r"(?:c'?est\s+)?pas\s+(?:tr[eè]s\s+)?important(?:e)?",
        r"(?:mets|passe)(?:[\s-](?:le|la))?\s+en\s+(?:priorit[eé]\s+basse|basse\s+priorit[eé])",
    ),
    "priority normal": (
        r"(?:c'?est\s+|c\s+)?pas\s+(?:si\s+|tr[eè]s\s+)?(?:urgent|press[eé])(?:e)?",
    ),
    "assign to {rest}": (
        r"(?:assigne|attribue|donne|file|passe|refile|confie)[\s-](?:la|le|l[ae]s)\s+(?:plut[oô]t\s+)?[aà]\s+(?=[^\s]+[\s.!?]*$){rest}",
        r"(?:assigne|attribue|confie)\s+[aà]\s+(?=[^\s]+[\s.!?]*$){rest}",
    ),
    "confirm": (
        r"(?:valide|enregistre|garde|confirme|note)(?:[\s-](?:la|le))?\s+(?:comme\s+[cç]a|tel\s+quel(?:le)?|quand\s+m[eê]me)",
    ),
    'remove "{rest}" from the title': (
        r"(?:enl[eè]ve|retire|vire)(?:[\s-]moi)?\s+{rest}\s+du\s+(?:titre|nom)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "the card" thrown away, a title said as "juste …", and a priority in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:(?:c'?est\s+bon|ok|oui|bon|parfait|nickel)[\s,]+)?(?:confirme|valide|enregistre|garde|sauvegarde)r?"
        r"\s+(?:les\s+deux|tous\s+les\s+deux|toutes\s+les\s+deux|les\s+2)(?:\s*\(.*\))?",
        r"(?:les\s+deux|tous\s+les\s+deux)\s+(?:c'?est\s+bon|sont\s+bons?|ok)",
    ),
    "discard": (
        r"(?:vire|jette|supprime|efface|d[eé]gage|balance)(?:[\s-]+(?:la|le|ca|ça|cette\s+carte|la\s+carte|le\s+truc|celle-la|celle-ci|celle\s+la))?",
        r"(?:la\s+carte|le\s+truc|celle-la|ca|ça)\s+(?:tu\s+peux\s+)?(?:la\s+|le\s+)?(?:virer|jeter|supprimer|effacer)",
    ),
    "confirm": (
        r"garde(?:[\s-]+(?:la|le|ca|ça|celle-la|celle-ci|celle\s+la))?",
        r"tu\s+peux\s+(?:l'?\s*)?(?:enregistrer|garder|valider|sauvegarder)",
    ),
    "title: {rest}": (
        r"(?:le\s+)?titre\s+(?:juste|seulement|plut[oô]t)\s*:?\s*{rest}",
        r"(?:appelle|nomme)[\s-]+(?:la|le|ca|ça)\s+(?:juste\s+|plut[oô]t\s+|simplement\s+)?{rest}",
    ),
    "priority high": (
        r"(?:c'?est\s+|c\s+)?(?:tr[eè]s\s+)?important|prio(?:rit[eé])?\s*:?\s*haute|haute\s+prio(?:rit[eé])?",
    ),
    "priority urgent": (
        r"(?:c'?est\s+|c\s+)?(?:tr[eè]s\s+)?urgent|mets?[\s-]+(?:la|le)\s+en\s+urgent",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("stp", "du coup", "bon").
CARD_SOFT = (
    "stp", "svp", "s'il te plait", "s'il vous plait", "merci", "ok", "d'accord", "dac", "bon",
    "alors", "ben", "bah", "ouais", "oui", "ca", "du coup", "juste", "finalement", "allez",
    "vas-y", "parfait", "pff", "pfff", "non", "attends", "att", "en fait", "c", "euh", "bref",
    "aussi", "nickel", "c'est bon", "c bon",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("je me suis trompée", "même heure").
CARD_ASIDES = (
    r"je\s+me\s+suis\s+tromp[eé]e?", r"(?:a\s+|à\s+)?la\s+m[eê]me\s+heure", r"m[eê]me\s+heure",
    r"c'est\s+faux", r"erreur", r"pas\s+ce(?:lle|lui)-l[aà]",
    r"(?:(?:c'est|c|ce\s+n'est)\s+)?pas\s+une\s+(?:t[aâ]che|vraie\s+t[aâ]che)",
    r"pas(?:\s+(?:ca|ça|comme\s+(?:ca|ça)))?",
    r"(?:parce\s+que?|parce\s+qu\'|car|vu\s+que|pcq|psk)\s.*",  # the reason given beside a change
    r"(?:c\'?est\s+)?pas\s+(?:pour\s+)?moi",  # not mine
    # there is still some, or someone already did it: why the card is dropped
    r"(?:il|elle|on)\s+(?:m'en|m\s+en|en|nous\s+en)\s+reste.*",
    r"j'en\s+ai\s+(?:encore|d[eé]j[aà]).*",
    r"(?:\w+\s+){0,3}(?:l'a|a|ai|l'ai|les\s+a)\s+d[eé]j[aà]\s+\w+.*",
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("celle du devis").
CARD_REFS = (
    r"cel(?:le|ui)\s+(?:du|de\s+la|des|de|d')\s*{ref}",
    r"(?:la\s+t[aâ]che|le\s+truc)\s+(?:du|de\s+la|des|de)\s+{ref}",
    r"(?:la\s+carte|le\s+truc)\s+(?!(?:tu|je|on|il|elle|c|ca|ça|du|de|des)\b){ref}",
    r"(?:le|la|les|l\')\s*(?!(?:titre|nom|date|heure|jour)\b){ref}(?=\s+c(?:\'?est)?\s)",
)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"pas",
    r"non",
    r"au\s+lieu\s+(?:de|du|d')",
    r"plut[oô]t\s+que",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# After a decline, the task kept ("bon ok je m'en occupe moi-même alors", "je la reprends"); two
# cards dropped at once ("supprime les deux", "jette l'autre aussi").
_MYSELF = r"moi[\s-]*m[eê]me"
_DROP_VERB = r"(?:supprime|efface|jette|vire|balance|d[eé]gage|annule)r?"
_KEPT = {
    "ok, I'll do it myself": (
        rf"{_OOPS}(?:(?:ok|d'accord|dac|bah|ben|tant\s+pis|alors|ouais|oui|bref)[\s,!.]+)*"
        rf"(?:je\s+m['’]\s*en\s+(?:occupe|charge)\s+{_MYSELF}|je\s+(?:le|la|les)\s+(?:reprends|garde)"
        rf"|je\s+(?:vais\s+)?(?:le|la|les)\s+faire\s+{_MYSELF}|je\s+(?:le|la|les)\s+fais\s+{_MYSELF}"
        r"|je\s+reprends(?:\s+(?:[cç]a|la\s+t[aâ]che))?|c'?est\s+moi\s+qui\s+(?:le|la)\s+fais)"
        r"(?:\s+(?:alors|du\s+coup|finalement|moi|tout\s+seul|toute\s+seule))*" + _PLEASE,
    ),
    "discard the last two": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:les\s+deux|les\s+2)\s+derni[eè]re?s(?:\s+cartes)?" + _PLEASE,
    ),
    "discard both": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:les\s+deux|tous\s+les\s+deux|toutes\s+les\s+deux|les\s+2|ces\s+deux)"
        r"(?:\s+(?:cartes|brouillons|trucs))?(?:\s+(?:l[aà]|aussi))?" + _PLEASE,
    ),
    "discard the other one too": (
        rf"{_OOPS}(?:et\s+)?{_DROP_VERB}\s+(?:l['’]\s*autre|l['’]\s*autre\s+carte)(?:\s+aussi)?"
        + _PLEASE,
        r"(?:et\s+)?l['’]\s*autre\s+aussi" + _PLEASE,
    ),
}
# First, so that "jette les deux" is both cards, never card number 2.
COMMANDS = {**_KEPT, **COMMANDS}
# A move said with why after it ("décale l'appel à l'hôtel à 10h30, 9h c'est trop tôt un
# dimanche"); the aside after the comma changes nothing.
_WHY = r"\s*[,;.]\s*(?:c'?est|c|trop|parce|car|vu|mdr|lol|haha+|\d+h?\d*)\b.*"
_MOVED = {"move {what} to {when}": tuple(p + _WHY for p in COMMANDS["move {what} to {when}"])}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# The task named first, then the move: "le resto de porto, décale à jeudi même heure",
# "le contrat de bus à lisbonne, repousse-le à lundi prochain".
_SAME_HOUR = r"(?:[\s,]+(?:[aà]\s+la\s+)?m[eê]me\s+heure)?"
# What someone did, said before the move ("le garage a décalé"): "à" folds to "a", so the verb
# is known by the participle after it.
_HAS_DONE = (
    r"(?:(?:a|ont|m['’]a|nous\s+a)\s+(?:tout\s+)?(?:d[eé]cal[eé]|annul[eé]|repouss[eé]|report[eé]"
    r"|chang[eé]|modifi[eé]|avanc[eé]|recul[eé]|bloqu[eé]|appel[eé]|rappel[eé]|dit|fait|[eé]crit"
    r"|pr[eé]venu|r[eé]pondu|propos[eé]|ferm[eé]|oubli[eé])|(?:est|sont)\s+(?:malade|ferm[eé]e?s?"
    r"|complet|compl[eè]te|absente?s?|en\s+retard|pris|prise))\b"
)
_TOPIC_FIRST = {
    "move {what} to {when}": (
        # a clause with its own verb ("le garage a décalé") is why, never the task named
        rf"(?:(?:et|pour)\s+)?(?:le|la|les|l')\s*(?![^,]*\s{_HAS_DONE}){{what}}\s*,\s*(?:d[eé]cale|reporte|repousse|recule|remets"
        r"|d[eé]place|mets|passe|bouge)(?:-le|-la|-les)?\s+(?:[aà]|au|pour)\s+{when}"
        rf"{_SAME_HOUR}{_PLEASE}(?:{_WHY})?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _TOPIC_FIRST)
# A waiting card named by its place and given a day ("le deuxième aussi vendredi", "le 2 c'est
# pour jeudi"), and one named in quotes dropped with the other kept ("jette le 'menu', garde
# l'autre").
_TOO = r"(?:\s+aussi)"
_FOR = r"(?:(?:c['’]\s*est|c\s+est|est|sera)\s+)?(?:pour|[aà])\s+(?:le\s+)?"
_OTHER = r"l['’]\s*autre(?:\s+carte)?"
# A saved task moved in words: "mets le devis croisière à aujourd'hui 16h", "passe le 2 à demain",
# "le 1 tu peux le décaler à lundi même heure ?" (a new day keeps the time anyway).
_SAME = r"(?:[\s,]+(?:(?:[aà]\s+)?la\s+)?m[eê]me\s+heure|[\s,]+(?:au\s+)?m[eê]me\s+horaire)?"
_MOVE_VERB = r"(?:d[eé]cale|d[eé]place|reporte|repousse|recule|passe|mets|remets|mettre|remettre)r?"
_CAN = r"(?:(?:tu\s+(?:peux|pourrais)|peux[\s-]tu|pourrais[\s-]tu)\s+)?"
_MOVE_TO = r"\s+(?:[aà]|au|pour|vers)\s+{when}" + _SAME + _PLEASE
_PLACED = {
    "move {n} to {when}": (
        rf"{_OOPS}{_CAN}{_MOVE_VERB}\s+(?:le|la|l['’])\s*(?:(?:t[aâ]che|num[eé]ro)\s+)?{{n}}{_MOVE_TO}",
        rf"{_OOPS}(?:le|la|l['’])\s*{{n}}[\s,]+{_CAN}(?:le|la|l['’])\s*(?:d[eé]caler|d[eé]placer|reporter"
        rf"|repousser|passer|mettre|remettre){_MOVE_TO}",
        # "aussi" or "pour" is needed: "le deuxième vendredi" is a date
        rf"{_OOPS}(?:le|la|l['’])\s*{{n}}{_TOO}\s+(?:{_FOR})?{{when}}{_TOO}?{_PLEASE}",
        rf"{_OOPS}(?:le|la|l['’])\s*{{n}}\s+{_FOR}{{when}}{_TOO}?{_PLEASE}",
    ),
    "move {what} to {when}": (
        rf"{_OOPS}{_CAN}{_MOVE_VERB}\s+(?:le|la|les|l['’])\s*(?!\d)(?!(?:[aà]|au|pour)\s){{what}}{_MOVE_TO}",
    ),
    "discard '{rest}', save the other": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:(?:ce|cette|celui|celle|le|la)\s+)?['\"‘“«]\s*{{rest}}\s*['\"’”»][\s,;.]+"
        rf"(?:et\s+)?(?:(?:garde|gardes|enregistre|confirme|valide|sauvegarde)\s+{_OTHER}"
        rf"|{_OTHER}\s+(?:tu\s+(?:peux\s+)?(?:la|le)\s+)?(?:garder|gardes|enregistrer|confirmer|valider"
        r"|reste|c['’]\s*est\s+bon|est\s+bon))" + _PLEASE,
    ),
    # the newest card pointed at: "supprime celui-là", "vire celle-ci"
    "discard": (
        rf"{_OOPS}{_DROP_VERB}\s+(?:celui|celle)[\s-]*(?:l[aà]|ci)(?:\s+aussi)?" + _PLEASE,
    ),
}
COMMANDS = with_card_words(COMMANDS, _PLACED)
# One reminder cancelled in words ("annule ce rappel"); said in reply it is the one replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        rf"{_OOPS}(?:annule|supprime|efface|enl[eè]ve|vire)r?\s+(?:ce|le)\s+rappel(?:\s+l[aà])?{_PLEASE}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A new name for a task named by its number or its words: "renomme la 3 en …", "la 3 s'appelle
# maintenant …", "renomme la tâche des invités en « … »". First, before "title: …".
_Q = r"[\"'“”‘’«»]?\s*"
_NOW = r"(?:\s+(?:maintenant|d[eé]sormais|dor[eé]navant|plut[oô]t))?"
_RENAME = r"(?:renomme|rebaptise)r?"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_OOPS}{_CAN}{_RENAME}\s+{_ART}{{n}}\s+(?:en|:)\s*{_Q}{{rest}}",
        rf"{_OOPS}(?:le|la|l['’])\s*(?:(?:t[aâ]che|num[eé]ro)\s+)?{{n}}\s+s['’]\s*appelle{_NOW}\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}{_CAN}(?:change|modifie)r?\s+le\s+(?:titre|nom)\s+(?:de\s+|du\s+)?{_ART}{{n}}\s+(?:en|pour|par)\s*:?\s*{_Q}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"{_OOPS}{_CAN}{_RENAME}\s+(?:la\s+t[aâ]che|le\s+rappel|celle|celui)\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?"
        rf"(?!\d){{what}}\s+en\s*:?\s*{_Q}{{rest}}",
        rf"{_OOPS}{_CAN}(?:change|modifie)r?\s+le\s+(?:titre|nom)\s+(?:de\s+la\s+t[aâ]che|du\s+rappel)\s+"
        rf"(?:de\s+la|de\s+l['’]|des|du|de|d['’])?\s*(?!\d){{what}}\s+(?:en|pour|par)\s*:?\s*{_Q}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
# A move with what someone did said first: "le garage a décalé, mets-le à jeudi même heure".
_WHY_FIRST = rf"(?:[^,;]{{0,40}}\s{_HAS_DONE}[^,;]{{0,30}}[,;]\s*)?"
_MOVED_IT = {
    "move it to {when}": (
        rf"{_WHY_FIRST}{_OOPS}{_CAN}{_MOVE_VERB}[\s-]+(?:le|la|l['’])?{_MOVE_TO}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _MOVED_IT)
# The same move said at the same hour: a reminder keeps its own time on the new day.
_SAME_SAID = r"[\s,]+(?:(?:[aà]\s+)?la\s+)?m[eê]me\s+heure|[\s,]+(?:au\s+)?m[eê]me\s+horaire"
_SAME_HOUR_KEPT = {
    "move it to {when} same time": (
        rf"{_WHY_FIRST}{_OOPS}{_CAN}{_MOVE_VERB}(?:[\s-]+(?:le|la|l['’]))?\s+(?:[aà]|au|pour|vers)\s+{{when}}"
        rf"(?:{_SAME_SAID}){_PLEASE}",
    ),
}
COMMANDS = with_card_words(_SAME_HOUR_KEPT, COMMANDS)
