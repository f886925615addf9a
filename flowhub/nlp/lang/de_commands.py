"""German command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

_ART = r"(?:(?:die|der|das|den|nr\.?|nummer|aufgabe|punkt|#)\s*)*"
_DONE_WORD = r"(?:erledigt|fertig|gemacht|abgehakt|done)"
_SNOOZE = r"(?:schlummern|schlummer|verschieb(?:e|en)?|sp[aä]ter\s+erinnern|snooze)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "erledigt 2", "die zweite ist fertig".
COMMANDS = {
    "done {n}": (
        rf"{_DONE_WORD}:?\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:ist\s+|sind\s+)?(?:schon\s+)?{_DONE_WORD}",
        rf"(?:hake|hak)\s+{_ART}{{n}}\s+ab|(?:markiere|markier)\s+{_ART}{{n}}\s+als\s+{_DONE_WORD}",
        rf"(?:hab(?:e)?\s+)?{_ART}{{n}}\s+(?:erledigt|gemacht|abgehakt)",
    ),
    "done with {rest}": (
        r"(?:erledigt|abgehakt)\s*(?::\s*|\s+(?!(?:den|die|das|der|dem|des|ein|eine|einen|bis|mein|meine)\b)){rest}"
        r"|fertig\s+mit\s+{rest}",
    ),
    "done": (r"erledigt|fertig|gemacht|(?:hab(?:e)?\s+ich\s+)?erledigt|ist\s+erledigt",),
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
    "discard": (r"verwerfen|verwirf(?:\s+(?:es|das))?",),
    "snooze {n} {unit}": (
        rf"{_SNOOZE}\s+(?:(?:um|f[uü]r|auf)\s+)?{{n}}\s*{{unit}}",
        r"(?:in|noch)\s+{n}\s*{unit}\s+(?:nochmal|erneut|wieder)(?:\s+erinnern)?",
        r"erinnere?\s+mich\s+in\s+{n}\s*{unit}\s+(?:nochmal|erneut|wieder)",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:um\s+)?(?:eine\s+)?halbe\s+stunde",),
    "snooze until tomorrow": (rf"{_SNOOZE}\s+(?:auf\s+)?morgen",),
    "snooze": (rf"{_SNOOZE}|sp[aä]ter|jetzt\s+nicht",),
    "skip": (r"[uü]berspringen|[uü]berspring(?:e)?|auslassen|diesmal\s+nicht",),
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
    "no, {when}": (r"(?:nein|n[oö]|ne|lieber|doch\s+lieber)[\s,]+(?:lieber\s+)?{when}",),
    "move it to {when}": (r"(?:verschieb|leg)e?\s+(?:es|das|ihn|sie)\s+auf\s+{when}",),
    "yes": (
        r"passt(?:\s+so)?|passt,?\s+speichern|ok\s+speichern|speichern|perfekt|gut\s+so",
        r"ja+|jo|jep|jawohl|ja\s+bitte",
    ),
    "no": (r"nein|n[oö]|noe",),
    "assign to {rest}": (
        r"(?:weise?\s+(?:es\s+)?|gib\s+(?:es|das)\s+)(?:an\s+)?(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}(?:\s+zu)?",
    ),
    "title: {rest}": (r"titel\s*:\s*{rest}", r"nenn(?:e)?\s+(?:es|das)\s+{rest}"),
    "priority high": (r"priorit[aä]t\s+hoch|hohe\s+priorit[aä]t",),
    "priority low": (r"priorit[aä]t\s+niedrig|niedrige\s+priorit[aä]t",),
    "no date": (r"kein\s+(?:datum|termin)|ohne\s+(?:datum|termin)",),
    "digest off": (r"(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)\s+aus(?:schalten)?",),
    "digest {rest}": (
        r"(?:zusammenfassung|tages[uü]bersicht|[uü]bersicht)\s+(?:um\s+)?(?=\d){rest}",
    ),
    "remind me {n} {unit} before": (
        r"erinnere?\s+mich\s+{n}\s*{unit}\s+(?:vorher|davor|vor\s+f[aä]lligkeit)",
    ),
    "I'm in {rest}": (r"ich\s+bin\s+(?:in|gerade\s+in)\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",),
    "save {n}": (rf"(?:speichere?|best[aä]tige|behalte?)\s+(?:nur\s+)?{_ART}{{n}}",),
    "discard {n}": (rf"(?:verwirf|verwerfe)\s+{_ART}{{n}}",),
    "reopen {rest}": (r"[oö]ffne\s+{rest}\s+wieder",),
    "move {what} to {when}": (r"(?:verschieb|leg)e?\s+{what}\s+auf\s+{when}",),
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
