"""German command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words, with_phrases_first
from flowhub.nlp.lang._settings_first import with_settings_first
from flowhub.nlp.lang.de_settings import SETTINGS

_ART = r"(?:(?:die|der|das|den|nr\.?|nummer|aufgabe|punkt|#)\s*)*"
_DONE_WORD = r"(?:erledigt|fertig|gemacht|abgehakt|done)"
_SNOOZE = r"(?:schlummern|schlummer|verschieb(?:e|en)?|sp[aä]ter\s+erinnern|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# Interjections before a correction or an undo: "ne, ...", "hoppla, ...", "warte, ...".
_OOPS = (
    r"(?:(?:ne+|nein|n[oö]|hoppla|huch|ups|uups|oops|mist|sorry|sorri|ach|och|oh|warte|moment|halt"
    r"|stopp?|doch|also)[\s,.!]+)*"
)
_OOPS1 = _OOPS[:-1] + "+"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_NOT_ME = r"(?!(?:ich|wir|hab|habe|haben|du|er|es)\b)"
_PASTDONE = (
    r"(?:erledigt|gemacht|abgehakt|fertig|bezahlt|[uü]berwiesen|abgeschickt|verschickt"
    r"|angerufen|gekauft|besorgt|abgeholt|gebucht|bestellt|abgegeben|eingereicht)"
)
# A command said instead of the English one: "erledigt 2", "die zweite ist fertig".
COMMANDS = {
    "done {n}": (
        rf"{_DONE_WORD}:?\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:ist\s+|sind\s+)?(?:schon\s+)?{_DONE_WORD}",
        rf"(?:hake|hak)\s+{_ART}{{n}}\s+ab|(?:markiere|markier)\s+{_ART}{{n}}\s+als\s+{_DONE_WORD}",
        rf"(?:hab(?:e)?\s+)?{_ART}{{n}}\s+(?:erledigt|gemacht|abgehakt)",
        rf"{_ART}{{n}}\s+(?:hab(?:e)?|hat|haben)\s+(?:ich|wir|er|sie)\s+(?:schon\s+|jetzt\s+)?"
        r"(?:erledigt|gemacht|abgehakt|fertig(?:\s+gemacht)?)",
    ),
    "done with {rest}": (
        r"(?:erledigt|abgehakt)\s*(?::\s*|\s+(?!(?:den|die|das|der|dem|des|ein|eine|einen|bis|mein|meine)\b)){rest}"
        r"|fertig\s+mit\s+{rest}",
        rf"(?:(?:ok|okay|so|also|gut)[\s,]+)?{_NOT_ME}(?:(?:die|der|das|den)\s+)?{{rest}}\s+(?:ist\s+|sind\s+)?(?:jetzt\s+|schon\s+|endlich\s+)?"
        rf"{_PASTDONE}(?:\s+(?:hab(?:e)?\s+ich|haben\s+wir))?",
        rf"(?:(?:ok|okay|so|also|gut)[\s,]+)?{_NOT_ME}(?:(?:die|der|das|den)\s+)?{{rest}}\s+(?:hab(?:e)?\s+ich|haben\s+wir)\s+(?:jetzt\s+|schon\s+|endlich\s+)?"
        rf"{_PASTDONE}",
    ),
    "done": (
        r"erledigt|fertig|gemacht|(?:hab(?:e)?\s+ich\s+)?erledigt|ist\s+erledigt",
        r"(?:(?:hab(?:e)?|hat)(?:'?s)?\s+(?:ich\s+)?(?:es\s+|das\s+)?|ist\s+)(?:schon\s+)?(?:gemacht|erledigt)",
    ),
    "delete it": (
        rf"{_OOPS}(?:l[oö]sch(?:e)?|entfern(?:e)?|streich(?:e)?)\s+(?:das|es|den|die|ihn|sie)(?:\s+(?:bitte|weg|ganz))*",
        r"(?:das|den|die)\s+(?:kannst\s+du\s+|bitte\s+)?(?:l[oö]schen|streichen|entfernen)(?:\s+bitte)?",
    ),
    "delete {rest}": (
        r"(?:l[oö]sch(?:e)?|entfern(?:e)?|streich(?:e)?)\s+(?:(?:den|die|das|dem)\s+)?{rest}(?:\s+(?:bitte|weg))?,\s*.+",
        r"(?:l[oö]sch(?:e)?|streich(?:e)?)\s+(?:bitte\s+)?(?:(?:den|die|das|dem)\s+)?{rest}\s+(?:aus\s+der\s+liste|von\s+der\s+liste|raus)(?:\s+bitte)?",
        r"(?:(?:den|die|das)\s+)?{rest}\s+(?:kannst\s+du|bitte)\s+(?:(?:ruhig|einfach|auch)\s+)*(?:l[oö]schen|streichen|entfernen)(?:\s+bitte)?(?:,\s*.*)?",
    ),
    "reopen {n}": (
        rf"{_ART}{{n}}\s+(?:wieder\s+)?(?:[oö]ffnen|offen)|(?:[oö]ffne|[oö]ffnen)\s+{_ART}{{n}}\s+wieder",
    ),
    "delete {n}": (
        rf"(?:l[oö]sche(?:n)?|l[oö]sch|entferne(?:n)?|streiche(?:n)?|streich)\s+{_ART}{{n}}",
    ),
    "cancel {n}": (
        rf"(?:storniere|stornier|abbrechen)\s+{_ART}{{n}}|erinnerung\s+{{n}}\s+(?:l[oö]schen|absagen|abbrechen)",
    ),
    "undo": (
        rf"{_OOPS}(?:[^.!?]{{0,60}}\b(?:falsch|fehler|versehen|versehentlich|vertippt|verklickt)\b[^.!?]{{0,30}}[.!?,]+\s*)?"
        r"(?:bitte\s+)?(?:r[uü]ckg[aä]ngig(?:\s+machen)?|mach\s+(?:das\s+)?(?:bitte\s+)?r[uü]ckg[aä]ngig"
        r"|nimm\s+(?:das|es)\s+(?:bitte\s+)?zur[uü]ck)(?:\s+bitte)?",
        r"(?:bitte\s+)?(?:r[uü]ckg[aä]ngig(?:\s+machen)?|mach\s+(?:das\s+)?r[uü]ckg[aä]ngig|zur[uü]ck(?:nehmen)?|nimm\s+das\s+zur[uü]ck)(?:\s+bitte)?",
    ),
    "my tasks": (
        r"(?:(?:zeig(?:e)?(?:\s+mir)?|liste)\s+)?meine\s+(?:aufgaben|todos|to-?dos|liste)",
        r"(?:welche|was\s+f[uü]r)\s+aufgaben\s+habe?\s+ich",
        r"aufgabenliste|to-?do-?liste",
    ),
    "my reminders": (
        r"(?:(?:zeig(?:e)?(?:\s+mir)?|liste)\s+)?(?:meine\s+)?erinnerungen",
        r"welche\s+erinnerungen\s+habe?\s+ich",
    ),
    "cancel": (r"abbrechen|abbruch|vergiss\s+es|lass\s+(?:es|gut\s+sein)",),
    "confirm all": (
        r"(?:alle|alles)\s+(?:best[aä]tigen|speichern|übernehmen|ok)|(?:best[aä]tige|speicher(?:e)?)\s+(?:alle|alles)|ja\s+zu\s+allen?",
    ),
    "discard all": (
        r"(?:alle|alles)\s+(?:verwerfen|l[oö]schen|weg(?:werfen)?)|(?:verwirf|l[oö]sche)\s+(?:alle|alles)",
    ),
    "confirm": (r"best[aä]tigen|best[aä]tige|speichern",),
    "discard": (
        r"verwerfen|verwirf(?:\s+(?:es|das))?",
        rf"{_OOPS}(?:(?:das\s+ist\s+)?quatsch[\s,]+)?weg\s+damit|vergiss\s+(?:das|es)(?:\s+(?:wieder|bitte))*",
    ),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:es|das|den|die|ihn|sie)\s+)?(?:(?:um|f[uü]r|auf)\s+)?{{n}}\s*{{unit}}",
        r"(?:in|noch)\s+{n}\s*{unit}\s+(?:nochmal|erneut|wieder)(?:\s+erinnern)?",
        r"erinnere?\s+mich\s+in\s+{n}\s*{unit}\s+(?:nochmal|erneut|wieder)",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:um\s+)?(?:eine\s+)?halbe\s+stunde",),
    "snooze until tomorrow": (
        rf"{_SNOOZE}\s+(?:auf\s+)?morgen",
        r"(?:(?:sp[aä]ter|jetzt\s+nicht|grad\s+nicht|gerade\s+nicht)[\s,]+)?(?:erinner(?:e)?\s+mich\s+)?(?:bitte\s+)?morgen(?:\s+fr[uü]h)?\s+(?:nochmal|erneut|wieder|noch\s+einmal)",
    ),
    "snooze": (rf"{_SNOOZE}|sp[aä]ter|jetzt\s+nicht",),
    "skip": (r"[uü]berspringen|[uü]berspring(?:e)?|auslassen|diesmal\s+nicht",),
    "try again": (
        r"(?:nochmal|noch\s+einmal|erneut)\s+(?:versuchen|probieren|lesen)",
        r"versuch(?:'?s)?\s+(?:es\s+)?(?:nochmal|noch\s+einmal|erneut)",
        r"probier(?:'?s)?\s+(?:es\s+)?(?:nochmal|noch\s+einmal)",
    ),
    "help": (r"hilfe|hilf\s+mir|befehle",),
    "settings": (r"(?:meine\s+)?(?:einstellungen|optionen)",),
    "stop the reminders": (
        r"(?:stopp?e?|beende|deaktiviere|schalte)\s+(?:(?:die|alle|meine)\s+)*erinnerungen(?:\s+aus)?",
        r"erinnerungen\s+(?:stoppen|aus(?:schalten)?|deaktivieren|beenden)|keine\s+erinnerungen\s+mehr",
    ),
    "what's due today": (
        r"was\s+(?:habe?\s+ich|steht|ist)\s+heute(?:\s+(?:an|f[aä]llig|zu\s+tun))?",
        r"was\s+ist\s+heute\s+f[aä]llig|(?:aufgaben|todos)\s+(?:f[uü]r\s+)?heute",
    ),
    "what's due tomorrow": (
        r"was\s+(?:habe?\s+ich|steht|ist)\s+morgen(?:\s+(?:an|f[aä]llig|zu\s+tun))?",
        r"(?:aufgaben|todos)\s+(?:f[uü]r\s+)?morgen",
    ),
    "what did I give {rest}?": (
        r"(?:und\s+)?was\s+(?:hab(?:e)?\s+ich|haben\s+wir)\s+{rest}\s+(?:alles\s+|so\s+)?(?:gegeben|zugeteilt|zugewiesen|aufgetragen|delegiert)",
        r"welche\s+aufgaben\s+(?:hab(?:e)?\s+ich|haben\s+wir)\s+{rest}\s+(?:gegeben|zugeteilt|zugewiesen)",
    ),
    "what does {rest} have?": (
        # "was hat Sam?", "und was hat Priya noch?"
        r"(?:und\s+)?was\s+hat\s+(?!(?:sich|es|er|sie|man|das|der|die|ich|du)\b)"
        r"(?=[^\s]+(?:\s+noch)?[\s?!.]*$){rest}(?:\s+noch)?",
        r"(?:und\s+)?was\s+(?:hat|muss)\s+(?!(?:sich|es|er|sie|man|das|der|die|ich|du)\b){rest}\s+"
        r"(?:(?:noch|gerade|alles|so)\s+)*(?:offen|zu\s+tun|auf\s+dem\s+zettel|an\s+aufgaben|am\s+laufen)",
        r"(?:und\s+)?welche\s+aufgaben\s+hat\s+{rest}(?:\s+(?:noch|gerade|offen))*",
        r"(?:und\s+)?was\s+liegt\s+(?:noch\s+)?bei\s+{rest}",
    ),
    "this week": (r"(?:was\s+(?:habe?\s+ich|steht)\s+)?diese\s+woche(?:\s+an)?",),
    "overdue": (
        r"(?:(?:meine\s+)?aufgaben\s+)?(?:[uü]berf[aä]llig(?:e)?|was\s+ist\s+[uü]berf[aä]llig)",
    ),
    "hi": (
        r"hallo|hi|hey|moin(?:\s+moin)?|servus|gr[uü](?:ß|ss)\s+(?:dich|gott)|guten\s+(?:morgen|tag|abend)",
    ),
    "thanks": (
        r"danke(?:\s+(?:sch[oö]n|dir|sehr|vielmals))?|dankesch[oö]n|vielen\s+dank|merci|thx",
    ),
    "no, {when}": (
        r"(?:nein|n[oö]|ne|lieber|doch\s+lieber)[\s,]+(?:lieber\s+)?{when}",
        rf"{_OOPS1}(?:(?:lieber|besser|doch|dann|eher)\s+)*(?:am\s+|auf\s+)?{{when}}(?:\s+(?:lieber|besser|dann|bitte))*",
        r"(?:am\s+)?{when}\s+(?:lieber|besser)(?:\s+bitte)?",
        rf"{_OOPS}(?:mach|nimm)\s+(?:(?:lieber|doch|besser|dann)\s+)*{{when}}\s+(?:draus|daraus)(?:\s+bitte)?",
    ),
    "move {n} to {when}": (
        rf"(?:verschieb|leg)e?\s+{_ART}{{n}}\s+(?:bitte\s+)?auf\s+{{when}}",
        rf"{_ART}{{n}}\s+(?:bitte\s+)?auf\s+{{when}}(?:\s+(?:verschieben|legen|bitte))?",
    ),
    "move it to {when}": (
        r"(?:verschieb|leg)(?:e|en)?\s+(?:(?:es|das|ihn|sie|die|den)\s+)?(?:(?:bitte|mal|doch)\s+)*(?=auf\s){when}",
        r"auf\s+{when}\s+(?:verschieben|schieben|legen)",
        r"(?:(?:lieber|doch|besser|dann|eher|schon)\s+)*auf\s+(?=\w){when}",
    ),
    "yes": (
        r"(?:(?:ja+|jo|jup|jep|ok|okay|oki|gut|klar|yes|genau)[\s,!]+)+(?:passt(?:\s+(?:so|scho|schon))?|speichern|speicher\s+(?:es|das|ab)"
        r"|gut\s+so|so\s+lassen|perfekt|stimmt(?:\s+so)?|richtig|genau|passt\s+so,?\s+speichern|kannst\s+du\s+speichern)",
        r"passt\s+(?:scho|schon)|genau\s+so|stimmt\s+so|sieht\s+gut\s+aus|alles\s+(?:richtig|korrekt)|so\s+passt(?:'?s|\s+es)",
        r"passt(?:\s+so)?|passt,?\s+speichern|ok\s+speichern|speichern|perfekt|gut\s+so",
        r"ja+|jo|jep|jawohl|ja\s+bitte",
    ),
    "no": (r"nein|n[oö]|noe",),
    "assign to {rest}": (
        rf"{_OOPS}(?:gib|geb)\s+(?:es|das|die|den|ihn|sie)\s+(?:(?:lieber|doch|besser|bitte|dann|stattdessen)\s+)*(?:an\s+)?{_NAME}{{rest}}",
        rf"{_OOPS}(?:das\s+)?(?:macht|[uü]bernimmt)\s+(?:(?:lieber|doch|besser|dann)\s+)*{_NAME}{{rest}}",
        rf"{_OOPS}(?:das\s+ist\s+|ist\s+)?(?:(?:lieber|doch|eher)\s+)*f[uü]r\s+{_NAME}{{rest}}",
        rf"{_OOPS}{{rest}}\s+(?:soll\s+(?:das|es)\s+(?:machen|[uü]bernehmen|erledigen)|k[uü]mmert\s+sich\s+(?:darum|drum)|macht\s+(?:das|es))",
        r"(?:weise?\s+(?:es\s+)?|gib\s+(?:es|das)\s+)(?:an\s+)?(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}(?:\s+zu)?",
    ),
    "title: {rest}": (r"titel\s*:\s*{rest}", r"nenn(?:e)?\s+(?:es|das)\s+{rest}"),
    "priority high": (r"priorit[aä]t\s+hoch|hohe\s+priorit[aä]t",),
    "priority low": (r"priorit[aä]t\s+niedrig|niedrige\s+priorit[aä]t",),
    "no date": (r"kein\s+(?:datum|termin)|ohne\s+(?:datum|termin)",),
    "digest off": (r"(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)\s+aus(?:schalten)?",),
    "digest at {n}:00": (
        r"(?:(?:schick|sende)e?\s+mir\s+)?(?:die\s+|meine\s+)?(?:t[aä]gliche\s+)?(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)"
        r"\s+(?:(?:lieber|bitte|ab\s+jetzt|immer|morgens|jeden\s+morgen|t[aä]glich)\s+)*um\s+{n}(?:\s*uhr)?(?:\s+(?:bitte|schicken|senden))?",
    ),
    "digest at {rest}": (
        r"(?:(?:schick|sende)e?\s+mir\s+)(?:die\s+|meine\s+)?(?:t[aä]gliche\s+)?(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)"
        r"\s+(?:(?:lieber|bitte|ab\s+jetzt|immer|t[aä]glich)\s+)*um\s+(?=\d){rest}(?:\s*uhr)?",
    ),
    "digest {rest}": (
        r"(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)\s+(?:um\s+)?(?=\d){rest}",
    ),
    "remind me {n} {unit} before": (
        r"erinnere?\s+mich\s+{n}\s*{unit}\s+(?:vorher|davor|vor\s+f[aä]lligkeit)",
    ),
    "I'm in {rest}": (
        rf"(?:ich\s+)?(?:bin|wohne|lebe)\s+(?:jetzt|gerade|grad|nun|momentan|ab\s+jetzt|seit\s+kurzem)\s+in\s+{_NAME}{{rest}}",
        rf"(?:ich\s+)?(?:wohne|lebe)\s+in\s+{_NAME}{{rest}}",
        r"ich\s+bin\s+(?:in|gerade\s+in)\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "save {n}": (rf"(?:speichere?|best[aä]tige|behalte?)\s+(?:nur\s+)?{_ART}{{n}}",),
    "discard {n}": (
        rf"(?:verwirf|verwerfe)\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:ist\s+)?(?:quatsch|unsinn|falsch|m[uü]ll|nix)(?:[\s,]+(?:weg\s+damit|weg|verwerfen|l[oö]schen))?",
        rf"{_ART}{{n}}\s+(?:weg|verwerfen|wegwerfen)(?:\s+damit)?",
    ),
    "reopen {rest}": (
        r"[oö]ffne\s+{rest}\s+wieder",
        r"mach(?:e)?\s+{rest}\s+wieder\s+(?:auf|offen)",
        r"{rest}\s+(?:ist\s+)?(?:doch\s+)?(?:noch\s+)?nicht\s+(?:erledigt|fertig|gemacht)",
        r"{rest}\s+wieder\s+(?:[oö]ffnen|aufmachen)",
    ),
    "move {what} to {when} at {n}": (
        r"(?:(?:den|die|das)\s+)?{what}\s+(?:mach|nimm)\s+(?:(?:lieber|doch|besser|bitte)\s+)*{when}\s+(?:draus|daraus)[\s,]+(?:um\s+)?{n}(?:\s*uhr)?",
    ),
    "move {what} to {when}": (
        r"(?:verschieb|leg)e?\s+(?:(?:den|die|das)\s+)?{what}\s+auf\s+{when}",
        r"(?:(?:den|die|das)\s+)?{what}\s+(?:mach|nimm)\s+(?:(?:lieber|doch|besser|bitte)\s+)*{when}\s+(?:draus|daraus)",
        # the task named runs up to "auf" with no clause break in it
        r"(?:(?:den|die|das)\s+)?(?=[^,;.!?]+\s(?:auf|nach)\s){what}\s+(?:bitte\s+|lieber\s+)*(?:auf|nach)\s+{when}\s+(?:verschieben|legen|schieben)(?:\s+bitte)?",
    ),
    "remind me at due time": (
        r"erinnere?\s+mich\s+(?:bei|zur)\s+f[aä]lligkeit|erinnere?\s+mich\s+p[uü]nktlich",
    ),
    "disconnect {rest}": (r"trenne?\s+" + _TOOL + r"{rest}|" + _TOOL + r"{rest}\s+trennen",),
    "connect {rest}": (
        r"verbinde?\s+(?:mit\s+)?" + _TOOL + r"{rest}|" + _TOOL + r"{rest}\s+verbinden",
    ),
    "my tools": (r"meine\s+(?:tools|verbindungen)",),
    "retry pushes": (r"(?:erneut|nochmal|noch\s+einmal)\s+senden|senden\s+wiederholen",),
    "make {rest} the default": (
        r"mach(?:e)?\s+" + _TOOL + r"{rest}\s+zum\s+standard|" + _TOOL + r"{rest}\s+als\s+standard",
    ),
    "push {n} to {rest}": (r"(?:schick|sende)e?\s+{n}\s+(?:an|zu|nach)\s+" + _TOOL + r"{rest}",),
    "push to {rest}": (r"(?:schick|sende)e?\s+(?:es|das)\s+(?:an|zu|nach)\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (
        r"(?:setze?|mach(?:e)?)\s+{rest}\s+auf\s+(?:niedrige\s+priorit[aä]t|priorit[aä]t\s+niedrig)",
    ),
}
# Casual answers to a waiting card ("lösch das", "Titel ist …"), beside those above.
_CARD = {
    "title: {rest}": (
        r"(?:der\s+)?(?:titel|name)\s+(?:ist|soll\s+sein|lautet)\s+{rest}",
        r"(?:umbenennen|benenn(?:e)?\s+(?:es|das|sie|ihn)\s+um)\s+in\s+{rest}",
        r"nenn(?:e)?\s+(?:sie|ihn)\s+{rest}",
    ),
    "confirm": (r"speicher(?:\s+(?:es|das|ab))?|so\s+speichern|trag\s+(?:es|das)\s+ein",),
    "discard": (
        r"l[oö]schen|weg(?:\s+damit)?|nicht\s+speichern|brauch(?:e|en)?\s+(?:ich|wir)\s+nicht",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority, people and saves said casually to a card ("mach wichtig dran", "kannst speichern").
_CARD_MORE = {
    "priority urgent": (
        r"(?:(?:ist|das\s+ist|es\s+ist|ist\s+aber)\s+)?(?:sehr\s+)?(?:dringend|eilig)",
        r"(?:mach|setz|markier)(?:e)?\s+(?:es\s+|das\s+|sie\s+|ihn\s+)?(?:auf\s+|als\s+)?(?:dringend|eilig)(?:\s+dran)?",
        r"eilt",
    ),
    "priority high": (
        r"(?:(?:ist|das\s+ist|es\s+ist|ist\s+aber)\s+)?(?:sehr\s+)?wichtig",
        r"(?:mach|setz|markier)(?:e)?\s+(?:es\s+|das\s+|sie\s+|ihn\s+)?(?:auf\s+|als\s+)?(?:wichtig|hohe\s+priorit[aä]t|hoch)(?:\s+dran)?",
        r"hohe\s+priorit[aä]t|priorit[aä]t\s+hoch",
    ),
    "priority low": (
        r"(?:(?:ist|das\s+ist)\s+)?nicht\s+(?:so\s+)?wichtig|niedrige\s+priorit[aä]t|priorit[aä]t\s+niedrig",
    ),
    "priority normal": (r"(?:(?:ist|das\s+ist)\s+)?nicht\s+(?:so\s+)?dringend|eilt\s+nicht",),
    "assign to {rest}": (
        r"(?=[^\s]+\s+soll\s)(?!(?:das|es|er|sie|ich)\s){rest}\s+soll\s+(?:das|es)\s+(?:machen|[uü]bernehmen|erledigen)",
        r"(?=[^\s]+\s+soll\s)(?!(?:das|es|er|sie|ich)\s){rest}\s+soll\s+(?:das|es)\s+(?:machen|[uü]bernehmen|erledigen)\s+(?:nicht|statt)\s+[^\s]+",
    ),
    "confirm": (
        r"(?:du\s+)?kannst\s+(?:es\s+|das\s+)?(?:speichern|abspeichern|eintragen|best[aä]tigen)",
        r"(?:so\s+)?(?:speichern|abspeichern)",
    ),
    'remove "{rest}" from the title': (
        r"(?:nimm|streich|entfern(?:e)?|l[oö]sch(?:e)?)\s+[\"'„“‚‘»]?{rest}[\"'“”‘’«]?\s+aus\s+dem\s+(?:titel|namen)"
        r"(?:\s+(?:raus|weg))?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, the card itself thrown away, a title said as "only …" or "… heißt das", and a
# priority said in passing ("is wichtig", "prio hoch").
_CARD_ALSO = {
    "confirm all": (
        r"(?:beide|die\s+beiden|alle\s+beide)\s+(?:speichern|best[aä]tigen|behalten|nehmen|passen)",
        r"(?:speicher(?:e)?|best[aä]tige|behalte?|nimm)\s+(?:beide|die\s+beiden|alle\s+beide)",
    ),
    "discard": (
        r"(?:die\s+karte|das\s+ding|die|das|es|sie)\s+(?:kannst\s+du\s+|bitte\s+)?(?:(?:ruhig|einfach|auch|gleich)\s+)*"
        r"(?:wegwerfen|wegschmei(?:ß|ss)en|weghauen|verwerfen|l[oö]schen)(?:\s+bitte)?",
        r"(?:wirf|schmei(?:ß|ss))\s+(?:die\s+karte|das|es|sie)\s+(?:bitte\s+)?weg|(?:die\s+)?karte\s+weg(?:werfen)?",
        r"(?:die|das|der|den|es|sie|diese|dieses)(?:\s+(?:auch|bitte|einfach|ruhig|gleich|noch))*\s+weg(?:\s+damit)?",
    ),
    "title: {rest}": (
        r"(?:der\s+)?titel\s+(?:nur|einfach|blo(?:ß|ss)|lieber)\s*:?\s*{rest}",
        r"(?!(?:das|es|sie|er)\s){rest}\s+hei(?:ß|ss)t\s+(?:das|es|sie|die\s+karte)",
    ),
    "priority high": (
        r"(?:is|isses|ist\s+es|is\s+aber)\s+(?:sehr\s+|echt\s+|schon\s+)?wichtig",
        r"prio(?:rit[aä]t)?\s*:?\s*(?:hoch|high)|prio\s+rauf",
    ),
    "priority urgent": (
        r"(?:is|isses)\s+(?:sehr\s+)?(?:dringend|eilig)|prio(?:rit[aä]t)?\s*:?\s*dringend",
    ),
    "priority low": (r"prio(?:rit[aä]t)?\s*:?\s*(?:niedrig|low)",),
    "assign to {rest}": (
        r"(?:soll|sollte|kann)\s+(?!(?:das|es|er|sie|ich|man)\s)(?=[^\s]+\s+[^\s]+$){rest}\s+(?:besorgen|kaufen|holen|machen|erledigen|[uü]bernehmen|bestellen)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("bitte", "halt", "mal").
CARD_SOFT = (
    "bitte", "danke", "ok", "okay", "ja", "gut", "also", "na", "halt", "mal", "doch", "dann", "so",
    "einfach", "lieber", "passt", "genau", "ach", "jo", "ne", "nee", "ähm", "äh", "eher", "erst",
    "aber", "okay dann", "schon", "oh mann", "mann",

)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("gleiche Uhrzeit", "falsch").
CARD_ASIDES = (
    r"(?:zur\s+|um\s+die\s+)?gleichen?\s+(?:zeit|uhrzeit)", r"falsch", r"war\s+ein\s+fehler",
    r"hab\s+mich\s+vertan", r"sorry",
    r"(?:das\s+ist\s+|ist\s+)?(?:doch\s+)?keine\s+(?:aufgabe|task|erinnerung)",
    r"(?:weil|denn)\s.*",  # the reason given beside a change
    r"sonst\s.*",  # what would happen otherwise ("sonst vergess ichs")
    # why that time, beside the change: "danach hab ich termine", "ich bin vorher beim kunden"
    r"(?:danach|davor|vorher|nachher|da|dann|morgens|abends|mittags)\s+(?:hab|habe|bin|ist|sind|geht|kann)\b.*",
    r"ich\s+(?:hab|habe|bin)\s+(?:da|dann|danach|davor|vorher|schon)\b.*",
    r"(?:nicht|net)\s+(?:f[uü]r\s+)?mich",  # not mine
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("das mit der Bank").
CARD_REFS = (
    r"(?:das|die|der|den)\s+mit\s+(?:dem\s+|der\s+|den\s+)?{ref}",
    r"(?:das|die|der|den)\s+{ref}(?=\s+(?:erst|lieber|doch|dann|besser)\s)",
    r"(?:das|die|der|den)\s+{ref}(?=\s+soll(?:te)?\s)",
)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"nicht",
    r"statt",
    r"anstatt",
    r"anstelle\s+von",
    r"kein",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# A move said with why after it ("verschieb den Anruf beim Hotel auf 10:30, 9 ist zu früh am
# Sonntag"); the aside after the comma changes nothing.
_WHY = r"\s*[,;.]\s*(?:ist|das|es|zu|weil|da|denn|viel|haha+|lol|\d+)\b.*"
_MOVED = {"move {what} to {when}": tuple(p + _WHY for p in COMMANDS["move {what} to {when}"])}
COMMANDS = with_card_words(COMMANDS, _MOVED)
# A saved task renamed in words: "1 umbenennen: …" after a list, "benenn die um in '…'" replied
# to it.
_QUOTE = r"[\"'“”‘’„]?"
_RENAMED = {
    "rename {n} to {rest}": (
        rf"{_ART}{{n}}\s+umbenennen\s*(?::|in\s+)?\s*{_QUOTE}{{rest}}",
        rf"(?:benenn|nenn)(?:e)?\s+{_ART}{{n}}\s+um\s+in\s*:?\s*{_QUOTE}{{rest}}",
    ),
    "rename it to {rest}": (
        rf"(?:benenn|nenn)(?:e)?\s+(?:die|den|das|sie|ihn|es)\s+um\s+in\s*:?\s*{_QUOTE}{{rest}}",
    ),
}
COMMANDS = with_card_words(COMMANDS, _RENAMED)
# A new name for a task named by its number or its words: "nr 2 heißt ab jetzt: …", "benenn
# die chennai-aufgabe um in '…'", "chennai umbenennen in …". First, before "title: …".
_FROM_NOW = r"(?:\s+(?:ab\s+jetzt|ab\s+sofort|jetzt|nun|k[uü]nftig|neu|ab\s+heute))?"
_TASK_WORD = r"(?:[\s-]?(?:aufgabe|task|karte|sache|termin|erinnerung))?"
_NOT_IT = r"(?!(?:die|den|das|sie|ihn|es|\d+)\s+um\b)"
_NAMED_ANEW = {
    "rename {n} to {rest}": (
        rf"{_ART}{{n}}\s+hei(?:ß|ss)t{_FROM_NOW}\s*:?\s*{_QUOTE}{{rest}}",
        rf"{_ART}{{n}}\s+(?:bitte\s+)?umbenennen\s+(?:in|zu)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:benenn|nenn)(?:e)?\s+{_ART}{{n}}{_FROM_NOW}\s+{_QUOTE}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"(?:benenn|nenn)(?:e)?\s+{_NOT_IT}(?:die|den|das)\s+(?!\d){{what}}{_TASK_WORD}\s+um\s+"
        rf"(?:in|zu)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:die|den|das)\s+(?!\d){{what}}{_TASK_WORD}\s+(?:bitte\s+)?umbenennen\s+(?:in|zu)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?!(?:die|den|das|es|sie|ihn|bitte)\s)(?!\d){{what}}{_TASK_WORD}\s+(?:bitte\s+)?umbenennen\s+"
        rf"(?:in|zu)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:die|den|das)\s+(?!\d){{what}}{_TASK_WORD}\s+hei(?:ß|ss)t{_FROM_NOW}\s*:\s*{_QUOTE}{{rest}}",
    ),
}
COMMANDS = with_card_words(_NAMED_ANEW, COMMANDS)
# A waiting card named by its place and given a day ("der zweite auch freitag", "die 2 ist für
# morgen"), and one named in quotes dropped with the other kept ("lösch 'Menü', behalt die andere").
_OTHER = r"(?:die|das|den)\s+andere[nrs]?(?:\s+karte)?"
_PLACED = {
    "move {n} to {when}": (
        # "auch" or "für" is needed: "der zweite freitag" is a date
        rf"{_OOPS}(?:der|die|das|den)\s+{{n}}\s+(?:ist\s+|soll\s+|kommt\s+)?(?:auch|ebenfalls)\s+"
        rf"(?:(?:f[uü]r|auf|am|an)\s+(?:den\s+)?)?{{when}}(?:\s+(?:bitte|auch))?",
        rf"{_OOPS}(?:der|die|das|den)\s+{{n}}\s+(?:ist\s+|soll\s+|kommt\s+)?(?:f[uü]r|auf|am)\s+(?:den\s+)?"
        r"{when}(?:\s+(?:bitte|auch))?",
    ),
    "discard '{rest}', save the other": (
        rf"{_OOPS}(?:l[oö]sch(?:e)?|verwirf|wirf|streich(?:e)?|schmei(?:ß|ss))\s+(?:(?:die|das|den)\s+)?"
        r"['\"‘“„]{rest}['\"’”“](?:\s+weg)?[\s,;.]+(?:und\s+)?(?:(?:behalt(?:e)?|speicher(?:e)?|nimm|best[aä]tige)"
        rf"\s+{_OTHER}|{_OTHER}\s+(?:kannst\s+du\s+)?(?:behalten|speichern|bleibt|passt|ist\s+gut))(?:\s+bitte)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _PLACED)
# One reminder cancelled in words ("lösch die Erinnerung"); said in reply it is the one replied to.
_THIS_REMINDER = {
    "cancel this reminder": (
        rf"{_OOPS}(?:l[oö]sch|stornier|streich|entfern)e?\s+(?:die|diese)\s+erinnerung(?:\s+(?:bitte|wieder))*",
        rf"{_OOPS}(?:die|diese)\s+erinnerung\s+(?:bitte\s+)?(?:l[oö]schen|stornieren|abbrechen|entfernen"
        r"|streichen|weg)(?:\s+bitte)?",
        rf"{_OOPS}brich\s+(?:die|diese)\s+erinnerung\s+ab(?:\s+bitte)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _THIS_REMINDER)
# One firing of a repeating reminder let go by its date ("diese woche überspringen", "lass die
# von morgen aus").
_SKIP_ONE = {
    "skip {when}": (
        rf"{_OOPS}{{when}}(?:\s+(?:bitte|auch))*\s+(?:[uü]berspringen|auslassen|ausfallen\s+lassen)"
        r"(?:\s+bitte)?",
        rf"{_OOPS}(?:[uü]berspring(?:e)?|lass)\s+(?:(?:die|den|das)\s+(?:von|f[uü]r)\s+)?{{when}}"
        r"(?:\s+aus)?(?:\s+bitte)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SKIP_ONE)
# A card dropped in longer words: "nee, das war keine aufgabe 😅 weg damit", "die letzte karte
# verwerfen", "das ist doch kein task, löschen".
_PAUSE = r"[\s,.!;:-]*(?:[^\w\s]+[\s,.!;:-]*)*"
_NOT_A_TASK = (
    r"das\s+(?:war|ist)\s+(?:doch\s+|gar\s+|echt\s+)?(?:keine\s+aufgabe|kein\s+task|nix|nichts)"
)
_DROPPED = {
    "discard": (
        rf"{_OOPS}{_NOT_A_TASK}{_PAUSE}(?:(?:weg\s+damit|weg|verwerfen|l[oö]schen|wegwerfen)"
        r"(?:\s+bitte)?)?",
        r"(?:(?:die|diese)\s+)?(?:letzte|neueste|neue|obere)\s+(?:karte|aufgabe)\s+(?:bitte\s+)?"
        r"(?:verwerfen|l[oö]schen|wegwerfen|weg)(?:\s+bitte)?",
        r"(?:verwirf|l[oö]sch(?:e)?|wirf)\s+(?:bitte\s+)?(?:die\s+)?(?:letzte|neueste|neue)\s+karte"
        r"(?:\s+(?:bitte\s+)?weg)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _DROPPED)
# Edits, wishes and reminder leads said casually to a card: "mach daraus Freitag 10 Uhr", "soll bis
# Donnerstag fertig sein", "erinnere mich eine Stunde vor", "erinner mich ne halbe Stunde vorher".
_CASUAL = {
    "no, {when}": (
        rf"{_OOPS}(?:mach|nimm)(?:'?s|\s+es|\s+das)?\s+(?:draus|daraus)\s+(?:(?:lieber|doch|besser|dann|bitte)\s+)*"
        r"{when}(?:\s+bitte)?",
        rf"{_OOPS}mach(?:e)?(?:'s|s|\s+es|\s+das)\s+(?:(?:lieber|doch|besser|dann|bitte)\s+)*(?:auf\s+|am\s+|um\s+)?"
        r"{when}(?:\s+bitte)?",
    ),
    "move it to {when}": (
        r"(?:(?:es|das)\s+)?(?:soll|muss|sollte|m[uü]sste)\s+(?:(?:bis|sp[aä]testens|schon)\s+)*{when}\s+"
        r"(?:fertig|erledigt|durch|raus|da)(?:\s+sein)?",
    ),
    "remind me 30 minutes before": (
        r"erinnere?\s+mich\s+(?:(?:eine|ne|'ne)\s+)?halbe\s+stunde\s+(?:vorher|davor|vor|fr[uü]her)",
    ),
    "remind me {n} {unit} before": (
        r"erinnere?\s+mich\s+(?:dran\s+|daran\s+)?{n}\s*{unit}\s+(?:vorher|davor|vor|fr[uü]her)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
COMMANDS = with_settings_first(COMMANDS, SETTINGS)
# A task moved by naming its date: "verschieb die frist für den bericht auf montag".
_DUE_MOVED = {
    "move {what} to {when}": (
        r"(?:verschieb|verleg|[aä]nder)(?:e)?\s+(?:die\s+frist|den\s+termin|die\s+deadline|das\s+datum"
        r"|die\s+f[aä]lligkeit)\s+(?:f[uü]r\s+(?:den|die|das)|von\s+(?:dem|der|den)|vom|der|des)\s+{what}"
        r"\s+auf\s+{when}",
    ),
}
COMMANDS = with_phrases_first(COMMANDS, _DUE_MOVED)
