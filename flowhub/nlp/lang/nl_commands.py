"""Dutch command phrases, read as the English command ("done {n}", "my tasks")."""

from __future__ import annotations

from flowhub.nlp.lang._card_words import with_card_words, with_phrases_first
from flowhub.nlp.lang.nl_settings import SETTINGS

_ART = r"(?:(?:de|het|die|dat|deze|taak|nummer|nr\.?|#)\s*)*"
# Interjections before a correction or an undo: "nee, ...", "oeps, ...", "wacht, ...".
_OOPS = (
    r"(?:(?:nee+|neen|nope|oeps|oops|sorry|sorrie|wacht|ho|stop|oh|ah|hm+|ai|shit|jeetje|even"
    r"|eh+|toch)[\s,.!]+)"
)
_ART_ = r"(?:(?:de|het|die|dat)\s+)?"
# A name said alone: one or two words and nothing after them.
_NAME = r"(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$)"
_PASTDONE = (
    r"(?:klaar|gedaan|geregeld|afgerond|betaald|overgemaakt|gebeld|gestuurd|verstuurd|gekocht"
    r"|opgehaald|geboekt|ingeleverd|gemaild|besteld|afgevinkt|gefixt|opgeruimd)"
)
# A question word first asks what was done ("wat is er deze week afgerond?"); it names no task.
_NOT_ASKED = r"(?!(?:wat|welke|wie|hoeveel|hoe|waar|wanneer|is\s+er|zijn\s+er)\b)"
_DONE_WORD = r"(?:klaar|gedaan|afgerond|af|voltooid|afgevinkt)"
_SNOOZE = r"(?:uitstellen|stel\s+uit|snooze|sluimer(?:en)?)"
# A tool's name, so "verbinde den Drucker mit dem WLAN" stays a task.
_TOOL = (
    r"(?=(?:jira|trello|todoist|notion|google(?:\s+calendar)?|github|asana|linear|monday(?:\.com)?"
    r"|clickup|microsoft(?:\s+to\s*do)?|to\s*do|webhook|ical)(?![\w]))"
)
# A command said instead of the English one: "klaar 2", "de tweede is af", "mijn taken".
COMMANDS = {
    "done {n}": (
        rf"{_DONE_WORD}:?\s+{_ART}{{n}}",
        rf"{_ART}{{n}}\s+(?:is\s+)?(?:al\s+)?{_DONE_WORD}",
        rf"(?:vink|markeer)\s+{_ART}{{n}}\s+(?:af|als\s+{_DONE_WORD})",
        rf"(?:ik\s+)?heb\s+{_ART}{{n}}\s+(?:gedaan|afgerond|afgevinkt)",
    ),
    "done with {rest}": (
        rf"(?:ok[eé]?[\s,]+|zo[\s,]+)?(?!(?:ik|we|wij|je|jij|het|dat|die|deze)\b){_NOT_ASKED}{_ART_}{{rest}}\s+(?:is\s+|zijn\s+)?(?:nu\s+|al\s+|eindelijk\s+)*{_PASTDONE}(?:,\s*.*)?",
        rf"{_NOT_ASKED}{{rest}}\s+(?:is\s+)?(?:klaar|geregeld|gedaan)(?:,\s*.*)?",
    ),
    "done": (r"klaar|gedaan|(?:is\s+)?af|afgerond",),
    "reopen {n}": (rf"(?:heropen|open)\s+{_ART}{{n}}(?:\s+weer|\s+opnieuw)?",),
    "delete {n}": (rf"(?:verwijder(?:en)?|wis|schrap)\s+{_ART}{{n}}",),
    "cancel {n}": (r"(?:annuleer|annuleren)\s+(?:herinnering\s+)?{n}",),
    "undo": (
        rf"{_OOPS}*(?:[^.!?]{{0,60}}\b(?:fout|verkeerd|per\s+ongeluk|vergissing)\b[^.!?]{{0,30}}[.!?,]+\s*)?"
        r"(?:maak\s+(?:dat|het|die)\s+(?:even\s+|maar\s+)?ongedaan|ongedaan\s+maken|terugdraaien"
        r"|draai\s+(?:dat|het|die)\s+(?:even\s+|maar\s+)?terug|zet\s+(?:het|dat|die)\s+(?:maar\s+)?terug)"
        r"(?:\s+(?:aub|alsjeblieft|pls|graag))?",
        r"(?:oeps|oops)[\s,]+.*(?:terug|ongedaan).*",
        r"draai\s+(?:dat\s+|het\s+)?terug.*",
        r"(?:ongedaan\s+maken|maak\s+(?:dat\s+|het\s+)?ongedaan|terugdraaien|draai\s+(?:dat|het)\s+terug)(?:\s+aub|\s+alsjeblieft)?",
    ),
    "what did I give {rest}?": (
        r"(?:en\s+)?wh?at\s+(?:heb\s+ik|hebben\s+we)\s+(?:aan\s+)?{rest}\s+(?:allemaal\s+)?(?:gegeven|toegewezen|gevraagd)",
        r"welke\s+taken\s+(?:heb\s+ik|hebben\s+we)\s+(?:aan\s+)?{rest}\s+(?:gegeven|toegewezen)",
    ),
    "what does {rest} have?": (
        # "wat heeft Sam?", "en wat heeft Priya nog?"
        r"(?:en\s+)?wh?at\s+heeft\s+(?!(?:er|het|dat|die|je|ik|we|hij|zij|ze|jij|u)\b)"
        r"(?=[^\s]+(?:\s+nog)?[\s?!.]*$){rest}(?:\s+nog)?",
        r"(?:en\s+)?wh?at\s+(?:heeft|moet)\s+(?!(?:er|het|dat|die|je|ik|we|hij|zij|ze)\b){rest}\s+"
        r"(?:(?:nog|allemaal|nu)\s+)*(?:open(?:staan)?|te\s+doen|doen|op\s+de\s+lijst)",
        r"(?:en\s+)?welke\s+taken\s+heeft\s+{rest}(?:\s+(?:nog|open))*",
    ),
    "my tasks": (
        r"(?:laat\s+(?:maar|eens|even|me)\s+(?:\w+\s+)?zien\s+)?wh?at\s+(?:er\s+)?(?:nog\s+)?open\s+staat",
        r"wh?at\s+staat\s+er\s+(?:allemaal\s+)?(?:nog\s+)?open|wh?at\s+moet\s+ik\s+(?:allemaal\s+)?nog(?:\s+doen)?",
        r"(?:(?:laat|toon)\s+(?:me\s+)?)?mijn\s+(?:taken|todo'?s|to-?do'?s|lijst)(?:\s+zien)?",
        r"welke\s+taken\s+heb\s+ik|takenlijst",
    ),
    "my reminders": (r"(?:(?:laat|toon)\s+(?:me\s+)?)?(?:mijn\s+)?herinneringen(?:\s+zien)?",),
    "cancel": (r"annuleer|annuleren|laat\s+maar|stop\s+maar",),
    "confirm all": (
        r"(?:alles|allemaal|alle)\s+(?:bevestigen|opslaan|goed)|(?:bevestig|bewaar|sla)\s+(?:alles|allemaal)(?:\s+op)?|ja\s+op\s+alles",
    ),
    "discard all": (
        r"(?:alles|allemaal|alle)\s+(?:weggooien|verwerpen|verwijderen)|(?:gooi|verwerp)\s+(?:alles|allemaal)(?:\s+weg)?",
    ),
    "confirm": (r"bevestig(?:en)?|opslaan",),
    "discard": (r"weggooien|gooi\s+(?:het\s+)?weg|verwerp(?:en)?",),
    "snooze {n} {unit}": (
        r"nog\s+{n}\s*{unit}(?:\s+(?:pls|aub|graag|please))?",
        rf"{_SNOOZE}\s+(?:(?:met|voor)\s+)?(?:een\s+)?{{n}}\s*{{unit}}",
        r"(?:herinner\s+me\s+)?over\s+{n}\s*{unit}\s+(?:nog\s+een\s+keer|opnieuw|weer)",
        rf"{_SNOOZE}\s+(?:met\s+|voor\s+)?een\s+{{unit}}",
    ),
    "snooze 30 minutes": (rf"{_SNOOZE}\s+(?:met\s+)?een\s+half\s+uur(?:tje)?",),
    "snooze until tomorrow": (
        rf"{_SNOOZE}\s+(?:tot\s+)?morgen",
        r"(?:(?:later|nu\s+(?:even\s+)?niet)[\s,]+)?(?:herinner\s+(?:me|mij)\s+)?morgen(?:ochtend|\s+vroeg)?\s+(?:nog\s+een\s+keer|opnieuw|weer)",
    ),
    "snooze": (rf"{_SNOOZE}|later|nu\s+niet",),
    "skip": (r"overslaan|sla\s+(?:deze|het)\s+over|deze\s+keer\s+niet",),
    "try again": (r"probeer\s+(?:het\s+)?(?:opnieuw|nog\s+eens)|opnieuw\s+proberen",),
    "help": (r"hulp|help\s+me|commando'?s",),
    "settings": (r"(?:mijn\s+)?(?:instellingen|voorkeuren|opties)",),
    "stop the reminders": (
        r"(?:stop|zet)\s+(?:(?:de|alle|mijn)\s+)*herinneringen(?:\s+uit)?",
        r"herinneringen\s+(?:uit(?:zetten)?|stoppen)|geen\s+herinneringen\s+meer",
    ),
    "what's due today": (
        r"wh?at\s+(?:heb\s+ik|moet\s+ik|staat\s+er)\s+(?:vandaag)(?:\s+(?:doen|op\s+de\s+planning))?",
        r"(?:taken\s+(?:voor\s+)?vandaag|wh?at\s+moet\s+er\s+vandaag)",
    ),
    "what's due tomorrow": (
        r"wh?at\s+(?:heb\s+ik|moet\s+ik|staat\s+er)\s+morgen(?:\s+(?:doen|op\s+de\s+planning))?",
        r"taken\s+(?:voor\s+)?morgen",
    ),
    "this week": (r"(?:wh?at\s+(?:heb\s+ik|staat\s+er)\s+)?deze\s+week",),
    "overdue": (r"(?:(?:mijn\s+)?taken\s+)?(?:te\s+laat|achterstallig|verlopen)",),
    "hi": (r"hallo|hoi|hey|hee|goedemorgen|goedemiddag|goedenavond|dag|hai|heey",),
    "thanks": (
        r"(?:heel\s+erg\s+)?bedankt|dank\s*je(?:\s+wel)?|dank\s+u(?:\s+wel)?|dankjewel|thanks|merci|top\s+bedankt",
    ),
    "no, {when}": (
        rf"{_OOPS}+(?:(?:liever|toch|maar|dan)\s+)*(?:op\s+)?{{when}}(?:\s+(?:dan|graag|maar|liever))*",
        r"(?:nee+|neen|nope|liever|toch)[\s,]+(?:liever\s+|toch\s+|maar\s+)?(?:op\s+)?{when}(?:\s+(?:dan|graag))?",
        r"(?:(?:nee+|neen|nope)[\s,]+)?maak\s+er\s+(?:maar\s+|toch\s+|liever\s+)*{when}\s+van",
    ),
    "move {n} to {when}": (
        rf"(?:verzet|verplaats|zet|schuif)\s+{_ART}{{n}}\s+(?:maar\s+)?(?:naar|op)\s+{{when}}",
        rf"{_ART}{{n}}\s+(?:maar\s+)?(?:naar|op)\s+{{when}}(?:\s+(?:zetten|verzetten|aub|graag))?",
    ),
    "move it to {when}": (r"(?:verzet|verplaats|zet)\s+(?:het|hem|'m|die)\s+(?:naar|op)\s+{when}",),
    "move {what} to {when}": (
        rf"(?:verzet|verplaats|zet|schuif)\s+{_ART_}{{what}}\s+(?:maar\s+)?(?:naar|op)\s+{{when}}",
        rf"{_ART_}{{what}}\s+(?:is\s+|wordt\s+)?(?:verzet|verplaatst|verschoven)\s+naar\s+{{when}}",
        rf"{_ART_}{{what}}\s+(?:moet\s+)?(?:naar|op)\s+{{when}}\s+(?:verzetten|verplaatsen|schuiven|zetten)",
    ),
    "delete it": (
        r"(?:verwijder|schrap|wis)\s+(?:die|dat|het|hem|'m)(?:\s+maar)?|(?:die|dat|het)\s+mag\s+weg|weg\s+ermee",
    ),
    "delete {rest}": (r"(?:verwijder|schrap|haal)\s+{rest}(?:\s+maar)?(?:\s+weg)?(?:,\s*.*)?",),
    "yes": (
        r"(?:(?:ja+|jep|ok[eé]?|oke|prima|top|goed)[\s,!]+)+(?:prima|top|is\s+goed|goed\s+zo|klopt(?:\s+zo)?|sla\s+(?:maar\s+)?op|opslaan|doe\s+maar|perfect)(?:\s+zo)?",
        r"(?:is\s+)?goed\s+zo|prima\s+zo|klopt\s+zo|doe\s+maar|sla\s+maar\s+op|perfect|helemaal\s+prima",
        # "top, doorsturen maar": great, send it on (to the one it is for).
        r"(?:(?:ja+|ok[eé]?|oke|prima|top|goed|mooi|perfect)[\s,!]+)*(?:doorsturen|versturen|verzenden"
        r"|stuur\s+(?:hem\s+|het\s+)?(?:maar\s+)?door|verstuur|verzend)(?:\s+maar)?(?:\s+naar\s+\w+)?",
        r"top|prima|klopt|ja,?\s+klopt(?:,?\s+opslaan)?|opslaan|ok[eé]?\s+(?:top|prima)|is\s+goed|ja\s+(?:top|prima|is\s+goed|opslaan)|helemaal\s+goed",
        r"ja+|jep|jazeker|ja\s+graag",
    ),
    "no": (r"nee+",),
    "assign to {rest}": (
        rf"{_OOPS}*(?:die|dat|deze|het)\s+is\s+(?:(?:eigenlijk|toch|juist)\s+)*voor\s+{{rest}}(?:[\s,]+(?:zet\s+(?:haar|hem)\s+erop|geef\s+(?:het|die)\s+(?:maar\s+)?aan\s+(?:haar|hem)))?",
        rf"{_OOPS}*geef\s+(?:het|die|dat|hem|'m)\s+(?:maar\s+|liever\s+|toch\s+)*aan\s+{_NAME}{{rest}}",
        rf"{_OOPS}*(?:zet|doe)\s+{_NAME}{{rest}}\s+erop",
        rf"{_OOPS}*{{rest}}\s+(?:doet|regelt|pakt)\s+(?:het|dat|die)(?:\s+wel)?",
        r"(?:wijs\s+(?:het\s+)?toe\s+aan|geef\s+(?:het|hem|'m)\s+aan)\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "title: {rest}": (r"titel\s*:\s*{rest}", r"noem\s+(?:het|hem)\s+{rest}"),
    "priority high": (r"prioriteit\s+hoog|hoge\s+prioriteit",),
    "priority low": (r"prioriteit\s+laag|lage\s+prioriteit",),
    "no date": (r"geen\s+(?:datum|deadline)|zonder\s+datum|haal\s+de\s+datum\s+weg",),
    "digest off": (
        r"(?:overzicht|samenvatting)\s+uit|zet\s+(?:het\s+)?(?:overzicht|samenvatting)\s+uit",
    ),
    "digest at {n}:00": (
        r"(?:stuur\s+(?:me|mij)\s+)?(?:het\s+|de\s+|mijn\s+)?(?:dagelijkse\s+)?(?:overzicht|samenvatting)"
        r"\s+(?:(?:liever|voortaan|graag|elke\s+ochtend|elke\s+dag)\s+)*om\s+{n}(?:\s*uur)?(?:\s+(?:sturen|aub|graag))?",
    ),
    "digest {rest}": (r"(?:overzicht|samenvatting)\s+(?:om\s+)?(?=\d){rest}",),
    "remind me {n} {unit} before": (
        r"(?:herinner|waarschuw)\s+me\s+{n}\s*{unit}\s+(?:van\s+)?tevoren|(?:herinner|waarschuw)\s+me\s+{n}\s*{unit}\s+ervoor",
    ),
    "I'm in {rest}": (
        rf"(?:ik\s+)?(?:ben|zit|woon)\s+(?:nu|tegenwoordig|momenteel|voortaan|sinds\s+kort)\s+in\s+{_NAME}{{rest}}",
        r"ik\s+(?:ben|zit|woon)\s+in\s+(?=[^\s]+(?:\s+[^\s]+)?[\s.!?]*$){rest}",
    ),
    "save {n}": (rf"(?:bevestig|bewaar|houd)\s+(?:alleen\s+)?{_ART}{{n}}|sla\s+{_ART}{{n}}\s+op",),
    "discard {n}": (rf"(?:verwerp|gooi)\s+{_ART}{{n}}(?:\s+weg)?",),
    "reopen {rest}": (
        r"heropen\s+{rest}",
        r"zet\s+{rest}\s+(?:weer\s+|terug\s+)+open",
        r"{rest}\s+is\s+(?:toch\s+)?(?:nog\s+)?niet\s+(?:klaar|gedaan|af)",
    ),
    "remind me at due time": (
        r"herinner\s+me\s+op\s+(?:de\s+)?deadline|herinner\s+me\s+als\s+het\s+(?:zover|af)\s+moet\s+zijn",
    ),
    "disconnect {rest}": (r"ontkoppel\s+" + _TOOL + r"{rest}|koppel\s+" + _TOOL + r"{rest}\s+los",),
    "connect {rest}": (r"koppel\s+" + _TOOL + r"{rest}|verbind\s+(?:met\s+)?" + _TOOL + r"{rest}",),
    "my tools": (r"mijn\s+(?:tools|koppelingen)",),
    "retry pushes": (
        r"(?:probeer\s+)?(?:het\s+)?versturen\s+opnieuw(?:\s+proberen)?|verstuur\s+opnieuw",
    ),
    "make {rest} the default": (r"maak\s+" + _TOOL + r"{rest}\s+(?:de\s+)?standaard",),
    "push {n} to {rest}": (r"(?:stuur|zet)\s+{n}\s+naar\s+" + _TOOL + r"{rest}",),
    "push to {rest}": (r"(?:stuur|zet)\s+(?:het|hem|'m)\s+naar\s+" + _TOOL + r"{rest}",),
    "make {rest} low priority": (
        r"(?:zet|maak)\s+{rest}\s+(?:op\s+)?(?:lage\s+prioriteit|prioriteit\s+laag)",
    ),
}
_CARD_NAME = (
    r"(?!(?:morgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende"
    r"|de|het)\b)(?=[^\s]+[\s.!?]*$)"
)
# Casual answers to a waiting card ("laat maar", "de titel is …"), beside those above.
_CARD = {
    "title: {rest}": (
        r"(?:de\s+)?titel\s+(?:is|wordt)\s+{rest}",
        r"hernoem\s+(?:het\s+|hem\s+)?(?:naar|tot)\s+{rest}",
    ),
    "assign to {rest}": (rf"(?:is\s+)?voor\s+{_CARD_NAME}{{rest}}",),
    "confirm": (r"sla\s+(?:het\s+|maar\s+)?op",),
    "discard": (
        r"verwijder(?:en)?|niet\s+opslaan|laat\s+maar(?:\s+zitten)?|hoeft\s+niet",
        r"gooi\s+(?:het\s+|maar\s+|die\s+|hem\s+)*weg",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CARD)
# Priority, people and days said casually to a card ("zet er hoge prio op", "sam doet het wel").
_CARD_MORE = {
    "priority urgent": (
        r"(?:het\s+is\s+|is\s+)?(?:heel\s+)?(?:dringend|urgent|spoed)",
        r"(?:zet|maak)\s+(?:er\s+|het\s+)?(?:op\s+)?(?:dringend|urgent|spoed)(?:\s+op)?",
    ),
    "priority high": (
        r"(?:het\s+is\s+|is\s+)?(?:heel\s+)?belangrijk|hoge\s+prio(?:riteit)?",
        r"(?:zet|geef|maak)\s+(?:er\s+|het\s+)?(?:een\s+)?(?:hoge\s+prio(?:riteit)?|belangrijk)(?:\s+op|\s+aan)?",
    ),
    "priority low": (
        r"lage\s+prio(?:riteit)?|niet\s+(?:zo\s+)?belangrijk",
        r"(?:zet|geef)\s+(?:er\s+|het\s+)?(?:een\s+)?lage\s+prio(?:riteit)?(?:\s+op|\s+aan)?",
    ),
    "priority normal": (r"niet\s+(?:zo\s+)?(?:dringend|urgent)",),
    "assign to {rest}": (
        r"laat\s+(?=[^\s]+\s+het\s)(?!(?:maar|het)\s){rest}\s+het\s+(?:maar\s+)?doen",
        r"(?=[^\s]+\s+doet\s)(?!(?:die|dat|het|ik|hij|zij)\s){rest}\s+doet\s+het(?:\s+wel)?",
        r"geef\s+(?:het\s+|hem\s+|die\s+|dat\s+)?(?:maar\s+)?aan\s+(?=[^\s]+[\s.!?]*$){rest}",
        r"geef\s+(?:die|dat|de|het)\s+[^\s]+\s+(?:maar\s+)?aan\s+(?=[^\s]+[\s.!?]*$){rest}",
    ),
    "no, {when}": (r"{when}\s+is\s+beter", r"doe\s+maar\s+{when}"),
    "confirm": (r"(?:sla\s+(?:het\s+)?(?:maar\s+)?op|opslaan)\s+(?:zo|zoals\s+het\s+is)",),
    "discard": (r"laat\s+(?:het\s+)?ook\s+maar",),
    "move it to {when}": (r"zet\s+(?:het\s+|hem\s+)?(?:op|naar)\s+{when}",),
    'remove "{rest}" from the title': (r"haal\s+{rest}\s+uit\s+de\s+(?:titel|naam)(?:\s+weg)?",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_MORE)
# Both cards saved, "this card" thrown away, and a priority said in passing.
_CARD_ALSO = {
    "confirm all": (
        r"(?:(?:ok|oke|okay|top|prima|ja|goed|mooi)[\s,!.]+)*(?:(?:sla|bewaar|bevestig)\s+(?:ze\s+)?"
        r"(?:allebei|beide)(?:\s+op)?|(?:ze\s+)?(?:allebei|beide)\s+(?:opslaan|bevestigen|bewaren))",
    ),
    "discard": (
        r"(?:die|deze|die\s+kaart)\s+(?:mag\s+weg|kan\s+weg|weggooien)|gooi\s+(?:die|deze|het)\s+weg",
    ),
    "priority high": (r"(?:is\s+)?belangrijk|prio\s+hoog",),
}
COMMANDS = with_card_words(COMMANDS, _CARD_ALSO)
# Words around an answer to a card that change nothing ("aub", "even", "hoor").
CARD_SOFT = (
    "aub", "graag", "pls", "alsjeblieft", "dank je", "bedankt", "ok", "oke", "maar", "even",
    "toch", "dan", "nou", "hoor", "gewoon", "ja", "prima", "wacht", "oh wacht", "hmm", "nee",
    "doe maar", "joh", "top", "ook", "nee joh",
)  # fmt: skip
# Clauses beside an answer to a card that change nothing ("zelfde tijd", "foutje").
CARD_ASIDES = (
    r"(?:op\s+)?(?:hetzelfde|het\s+zelfde|zelfde)\s+(?:tijd(?:stip)?|uur)", r"foutje", r"fout",
    r"vergissing",
    r"(?:dat|dit|het)\s+is\s+(?:helemaal\s+)?geen\s+(?:taak|klus|todo|herinnering)",
    r"(?:want|omdat|aangezien)\s.*",  # the reason given beside a change
)  # fmt: skip
# How a clause names the card it is about, `{ref}` being a word of its title ("die van de bank").
CARD_REFS = (r"(?:die|dat|de|het)\s+van\s+(?:de\s+|het\s+)?{ref}",)
# Words ruling out the day or time after them ("pas mardi"), or before them ("7 nahi").
CARD_NOT: tuple[str, ...] = (
    r"niet",
    r"in\s+plaats\s+van",
    r"ipv",
    r"i\.p\.v\.?",
    r"geen",
)
CARD_NOT_AFTER: tuple[str, ...] = ()
# Cards answered in passing: "ja klopt allemaal, sla ze maar op", "prima, bevestig ze allebei".
_FINE = (
    r"(?:(?:ja+|jawel|jep|ok|oke|okay|prima|top|mooi|perfect|goed|klopt(?:\s+allemaal)?|allemaal\s+goed"
    r"|alles\s+(?:klopt|is\s+goed|goed)|is\s+goed|helemaal\s+goed)[\s,!.]+)*"
)
_THEM = r"(?:ze|die|alles|ze\s+alle|ze\s+allemaal)"
_SAID_TOO = {
    "confirm both": (
        rf"{_FINE}(?:sla\s+{_THEM}\s+(?:maar\s+)?(?:allebei|beide)\s+(?:maar\s+)?op|bevestig\s+{_THEM}\s+(?:maar\s+)?"
        r"(?:allebei|beide)|(?:allebei|beide)\s+(?:opslaan|bevestigen))",
    ),
    "confirm all 3": (
        rf"{_FINE}(?:sla\s+(?:ze\s+)?(?:alle\s+)?drie\s+(?:maar\s+)?op|bevestig\s+(?:ze\s+)?(?:alle\s+)?drie|alle\s+drie\s+"
        r"(?:opslaan|bevestigen))",
    ),
    "confirm all": (
        rf"{_FINE}(?:sla\s+{_THEM}\s+(?:(?:maar|allemaal|gewoon)\s+)*op|bevestig\s+{_THEM}(?:\s+(?:maar|allemaal))*"
        r"|(?:ze\s+)?allemaal\s+(?:opslaan|bevestigen)|alles\s+opslaan)",
        r"(?:ja+[\s,!.]+)?(?:klopt\s+allemaal|alles\s+klopt)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _SAID_TOO)
# A saved task handed on, renamed or moved, and the digest hour said with more words:
# "wijs 1 toe aan Ana", "zet de junta weer op mijn naam", "4 heet voortaan: …",
# "de cijfers moeten toch eerder, zet ze op vrijdag",
# "stuur mijn dagoverzicht om 7 uur 's ochtends".
_ME = r"(?:mij|me|mezelf|mijzelf)"
_RENAME = r"(?:hernoem|noem)"
_QUOTE = r"[\"'“”‘’]?"
_WHY = (
    r"(?:moet(?:en)?|mag|kan|kunnen|wordt|worden)\s+(?:toch\s+|nou\s+|dus\s+|echt\s+)?"
    r"(?:eerder|later|verzet\w*|verschoven|anders)\b[^,]*"
)
_DIGEST = r"(?:(?:het|de|mijn)\s+)?(?:dagelijkse?\s+|ochtend)?(?:dag)?(?:overzicht|samenvatting)"
_SAVED = {
    "give {n} to me": (
        rf"wijs\s+{_ART}{{n}}\s+(?:toe\s+)?aan\s+{_ME}(?:\s+toe)?",
        rf"(?:zet|geef)\s+{_ART}{{n}}\s+(?:(?:maar|weer|terug)\s+)*(?:op\s+mijn\s+naam|aan\s+{_ME})",
    ),
    "give {n} to {rest}": (
        rf"wijs\s+{_ART}{{n}}\s+aan\s+(?=[^\s]+\s+toe[\s.!?]*$){{rest}}\s+toe",
        rf"wijs\s+{_ART}{{n}}\s+(?:toe\s+)?aan\s+{_NAME}{{rest}}",
        rf"(?:geef|zet)\s+{_ART}{{n}}\s+(?:maar\s+|toch\s+)*(?:aan|op)\s+(?!mijn\s){_NAME}{{rest}}",
    ),
    "give {what} to me": (
        r"(?:zet|wijs|geef)\s+(?!(?:het|hem|die|dat|'m)\s)(?!\d){what}\s+(?:(?:maar|weer|terug|toch)\s+)*"
        rf"(?:op\s+mijn\s+naam|(?:toe\s+)?aan\s+{_ME}(?:\s+toe)?)",
    ),
    "give {what} to {rest}": (
        r"wijs\s+(?!(?:het|hem|die|dat|'m)\s)(?!\d){what}\s+(?:toe\s+)?aan\s+(?!mij\b|me\b)"
        rf"{_NAME}{{rest}}",
    ),
    "rename {n} to {rest}": (
        rf"{_RENAME}\s+{_ART}{{n}}\s+(?:om\s+)?(?:naar|tot|in)?\s*:?\s*{_QUOTE}{{rest}}",
        rf"{_ART}{{n}}\s+(?:heet|noemt)\s+(?:voortaan|vanaf\s+nu|nu|gewoon)?\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:verander|wijzig)\s+de\s+(?:naam|titel)\s+van\s+{_ART}{{n}}\s+(?:in|naar)\s*:?\s*{_QUOTE}{{rest}}",
    ),
    "rename it to {rest}": (
        rf"{_RENAME}\s+(?:die|dat|het|hem|'m|deze)\s+(?:naar|tot|in)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:die|dat|deze)\s+(?:heet|noemt)\s+(?:voortaan|vanaf\s+nu|nu)\s*:?\s*{_QUOTE}{{rest}}",
    ),
    "rename {what} to {rest}": (
        rf"{_RENAME}\s+(?!(?:die|dat|het|hem|'m|deze)\s+(?:naar|tot|in)\s)(?!\d){_ART_}{{what}}(?:\s+(?:taak|klus|kaart))?"
        rf"\s+(?:naar\s+|tot\s+|in\s+)?[\"“‘']{{rest}}",
        rf"{_RENAME}\s+(?!(?:die|dat|het|hem|'m|deze)\s+(?:naar|tot|in)\s)(?!\d){_ART_}{{what}}(?:\s+(?:taak|klus|kaart))?"
        rf"\s+(?:om\s+)?(?:naar|tot)\s*:?\s*{_QUOTE}{{rest}}",
        rf"(?:verander|wijzig)\s+de\s+(?:naam|titel)\s+van\s+(?!\d){_ART_}{{what}}(?:\s+(?:taak|klus|kaart))?"
        rf"\s+(?:in|naar)\s*:?\s*{_QUOTE}{{rest}}",
    ),
    "move {what} to {when}": (
        rf"{_ART_}(?!(?:het|hem|die|dat|ze|'m)\s){{what}}\s+{_WHY},\s*(?:dus\s+)?(?:zet|verzet|verplaats|schuif)"
        r"\s+(?:ze|het|hem|'m|die|dat)\s+(?:maar\s+)?(?:naar|op)\s+{when}",
    ),
    "digest at {n}:00": (
        rf"(?:stuur|geef)\s+(?:me\s+|mij\s+)?{_DIGEST}\s+(?:(?:liever|voortaan|graag|vanaf\s+nu|elke\s+ochtend"
        r"|elke\s+dag)\s+)*om\s+{n}(?:\s*uur)?(?:\s+(?:'s\s+|s\s+)?(?:ochtends|morgens))?(?:\s+(?:sturen|aub|graag))?",
        rf"{_DIGEST}\s*:?\s*(?:(?:voortaan|graag|om)\s+)*{{n}}(?:\s*uur)?\s+(?:'s\s+|s\s+)?(?:ochtends|morgens)",
    ),
    "digest {rest}": (rf"(?:dagelijks(?:e)?\s+)?{_DIGEST}\s*:\s*(?:om\s+)?(?=\d){{rest}}",),
}
COMMANDS = with_card_words(COMMANDS, _SAVED)
# A quarter of an hour: "stel een kwartier uit", "een kwartiertje later".
_QUARTER = {
    "snooze 15 minutes": (
        rf"{_SNOOZE}\s+(?:met\s+)?een\s+kwartier(?:tje)?",
        r"(?:stel\s+)?(?:het\s+|hem\s+|'m\s+)?(?:met\s+)?een\s+kwartier(?:tje)?\s+(?:uit|later)",
    ),
}
COMMANDS = with_card_words(COMMANDS, _QUARTER)
# Wishes and reminder leads said casually to a card: "moet vrijdag af zijn", "een uur van tevoren",
# "herinner me een half uur ervoor".
_CASUAL = {
    "move it to {when}": (
        r"(?:het\s+)?(?:moet|mag)\s+(?:(?:uiterlijk|voor|op)\s+)?{when}\s+(?:af|klaar|gedaan|binnen|de\s+deur\s+uit)"
        r"(?:\s+zijn)?",
        r"(?:verzet|verplaats|schuif)\s+(?:het\s+|hem\s+|'m\s+)?(?:maar\s+)?naar\s+{when}",
    ),
    "remind me 30 minutes before": (
        r"(?:(?:herinner|waarschuw)\s+me\s+)?(?:een\s+)?half\s+uur\s+(?:van\s+)?(?:tevoren|ervoor|eerder)",
    ),
    "remind me {n} {unit} before": (
        r"(?:(?:herinner|waarschuw)\s+me\s+)?(?:er\s+)?{n}\s*{unit}\s+(?:van\s+)?(?:tevoren|ervoor|eerder)(?:\s+aan)?",
    ),
}
COMMANDS = with_card_words(COMMANDS, _CASUAL)
# Quiet hours are read first: the corrections would take the time they name as a new due time.
COMMANDS = {**SETTINGS, **COMMANDS}
# A task moved by naming its date: "verzet de deadline van het rapport naar maandag".
_DUE_MOVED = {
    "move {what} to {when}": (
        r"(?:verzet|verplaats|verschuif|zet)\s+(?:de\s+deadline|de\s+datum|de\s+termijn|de\s+einddatum)\s+van\s+"
        r"(?:de\s+|het\s+)?{what}\s+(?:naar|op)\s+{when}",
    ),
}
COMMANDS = with_phrases_first(COMMANDS, _DUE_MOVED)
