"""Dutch words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.nl_commands import COMMANDS

_WD = r"(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\.?"
_WDS = r"(?:maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags|doordeweeks)"
# Infinitives (which also close a clause: "melk halen") and the imperatives people type.
_INFINITIVES = """
    halen ophalen afhalen bellen terugbellen opbellen sturen versturen opsturen doorsturen
    verzenden kopen inkopen maken doen regelen bestellen betalen overmaken boeken reserveren
    plannen inplannen checken controleren nakijken schrijven opschrijven lezen doorlezen
    mailen e-mailen appen printen uitprinten tekenen ondertekenen vragen navragen zeggen
    geven brengen wegbrengen terugbrengen meenemen nemen innemen opruimen zetten neerzetten
    klaarzetten buitenzetten openzetten leggen hangen ophangen stofzuigen koken poetsen
    schoonmaken dweilen zoeken opzoeken vinden voorbereiden bijwerken updaten leveren
    inleveren annuleren afzeggen opzeggen verzetten verplaatsen verlengen vernieuwen
    antwoorden beantwoorden reageren bevestigen organiseren repareren maken fiksen fixen
    testen uploaden downloaden bekijken reviewen leren oefenen studeren invullen aanvragen
    aanmelden afmelden inschrijven uitschrijven storten wassen afwassen strijken
    schilderen maaien snoeien sparen afspreken vergaderen bespreken overleggen
    informeren melden doorgeven afronden afmaken uitzoeken uitwerken opstellen sorteren
    installeren starten herstarten opstarten deployen vertalen berekenen huren verhuren
    wisselen vervangen verversen ruilen terugsturen retourneren inpakken uitpakken
    tanken legen buitenzetten verzetten aanpassen veranderen wijzigen
    ophangen langsgaan langskomen ophalen nabellen opvolgen laten
    bijbestellen nabestellen ontluchten uitruimen inruimen afruimen sporten
    uitlaten voeren omboeken doorzetten nasturen inscannen scannen kopiëren
    kopieren faxen posten publiceren delen opslaan bewaren verwijderen wissen archiveren
    nalopen debuggen instellen configureren inrichten klaarmaken opzetten beginnen stoppen
    beëindigen beeindigen indienen insturen langsbrengen terugbetalen declareren factureren
    sms'en smsen uitnodigen corrigeren bakken vouwen opvouwen wieden harken behangen boren
    monteren weggooien wegdoen binnenzetten binnenhalen opladen keuren bijwerken
    afstemmen navragen uitzoeken opruimen doorsturen verschonen lappen
"""
_IMPERATIVES = """
    haal bel stuur verstuur koop maak doe regel bestel betaal boek reserveer plan check
    controleer schrijf lees mail print teken onderteken vraag zeg geef breng neem ruim zet
    kook poets zoek vind bereid werk annuleer verzet verplaats verleng vernieuw
    antwoord reageer beantwoord bevestig organiseer repareer fiks test bekijk oefen studeer
    vul meld informeer regel pak ga kom zorg denk stofzuig dweil strijk spoel veeg
    wissel vervang ververs huur bereken vertaal installeer start herstart deel
"""
_GREETINGS = """
    je wel u dag hee hai goeiedag thanks merci toppie top
    hoi hallo hey goedemorgen goedemiddag goedenavond goeiemorgen goeiemiddag welterusten doei
    bedankt dank dankje dankjewel dankuwel oké oke prima mooi goed ja nee jep jup tof
    helemaal lekker fijn zeker prima perfect geweldig tot ziens straks
"""

_PLEASE = r"(?:(?:kun\s+je|kan\s+je|wil\s+je|graag)\s+)?"
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = r"\s*,?\s*(?:wat|wanneer|waar|wie|welke|hoe|of)\b"
# "herinner me morgen om 9 aan de tandarts bellen", "herinner Sam eraan de zaal te boeken"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:herinner|herinnert)\s+(?:me|mij|ons)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}herinner\s+(?!me\b|mij\b|ons\b)(?-i:(?=[A-Z]))(?P<who>\w+)\b(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (r"eraan\b\s*,?(?:\s*(?:om|dat)\b)?", r"aan\b", r"om\b", r"dat\b")

WORDS = ChatWords(
    code="nl",
    # "vraag Ana om de notulen te sturen", "zeg tegen Sam dat hij ...", "priya moet ...": the
    # person asked, then the task; a pronoun or article before "moet" is no person.
    ask_openers=(
        r"(?:vraag|vraagt)\s+(?:even\s+|aan\s+)?{name}\s+(?:of\s+(?:hij|zij|ze)\s+|om\s+)?",
        r"(?:zeg|zegt)\s+(?:even\s+)?(?:tegen\s+)?{name}\s*,?\s*(?:dat\s+(?:hij|zij|ze)\s+)?",
        r"(?!(?:ik|je|jij|we|wij|ze|zij|hij|het|dat|dit|er|die|deze|wie|men|u|jullie|iemand|alles"
        r"|de|een|dan|nu|morgen|vandaag|straks|eerst|dit|wat|hier|daar|alleen|ook)\b)"
        r"{name}\s+(?:moet|gaat)(?:\s+(?:nog|even|wel))*\s+",
    ),
    english_lookalikes=frozenset(["de was", "met"]),  # the laundry, and "with"
    commands=COMMANDS,
    verbs=words(_INFINITIVES) | words(_IMPERATIVES),
    final_verbs=words(_INFINITIVES),
    greetings=words(_GREETINGS),
    intents={
        "help": (
            r"^(?:hulp|helpen)\b[\s!.?]*$",
            r"^(?:hoe\s+werkt\s+(?:dit|het|deze\s+bot|dat|jij|flowhub)|hoe\s+gebruik\s+ik"
            r"|welke\s+commando'?s|wat\s+zijn\s+de\s+commando'?s)\b",
            r"^(?:wat|what)\s+(?:kun|kan)\s+(?:je|jij|deze\s+bot|dit\s+ding)(?:\s+allemaal)?"
            r"(?:\s+(?:doen|voor\s+me\s+doen|voor\s+mij\s+doen))?[\s?!.]*$",
            r"^(?:wat|what)\s+doe\s+(?:je|jij)\s+(?:eigenlijk|precies|allemaal)?[\s?!.]*$",
        ),
        "remind": (
            r"^(?:(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+)?(?:mij\s+|me\s+)?(?:herinner|herinneren"
            r"|herinneer)\s+(?:me|mij|ons|\w+)\b",
            r"^herinnering\b",
            r"^(?:kun|kan|wil|zou)\s+(?:je|jij|u)\s+(?:me|mij|ons)\b.*\bherinneren\b",
            r"^(?:stuur|geef)\s+(?:me|mij)\s+(?:een\s+)?(?:herinnering|seintje|berichtje|reminder)\b",
            r"^(?:zet|maak)\s+(?:een\s+)?(?:herinnering|wekker|alarm|reminder)\b",
            r"^(?:stuur|geef)\s+(?:me|mij|ons)\s+(?:\S+\s+){0,6}(?:een\s+)?(?:herinnering|seintje"
            r"|reminder)\b",
            r"^(?:laat\s+me\s+(?:\S+\s+){0,3}niet\s+vergeten|wek\s+(?:me|mij))\b",
            r"^(?:elke|elk|iedere|ieder)\s+\S+",
            r"^om\s+de\s+(?:\d+\s+|twee\s+|drie\s+|vier\s+|andere\s+)?(?:dag|dagen|week|weken"
            r"|maand|maanden|jaar)\b",
            r"^(?:dagelijks|wekelijks|maandelijks|jaarlijks|werkdagen|op\s+werkdagen)\b",
            rf"^{_WDS}\b",
            rf"^{_WD}\s*(?:t/m|tm|tot\s+en\s+met|-|–)\s*{_WD}(?=\s|$)",
            r"^(?:een|één|eens|twee|drie|\d+)\s*(?:keer|maal|x)?\s+per\s+(?:dag|week|maand|jaar)\b",
        ),
        "settings": (
            r"\btijdzone\b",
            r"^(?:taal|instellingen|voorkeuren)\b",
            r"^(?:verander|wijzig|zet|stel|pas)\s+(?:de\s+|mijn\s+|m'n\s+)?(?:taal|tijdzone"
            r"|samenvatting|dagoverzicht|overzicht|meldingen|notificaties)\b",
            r"^(?=.*\b(?:elke|iedere|dagelijks|om|voortaan)\b)(?:stuur|geef)\s+(?:me|mij)\s+"
            r"(?:\S+\s+){0,5}(?:het|de|mijn|m'n|een)\s+(?:dagelijkse\s+)?(?:overzicht"
            r"|samenvatting|dagoverzicht)\b",
            r"^(?:(?:de\s+)?dagelijkse\s+)?(?:samenvatting|dagoverzicht|meldingen|notificaties)"
            r"\s+(?:om|uit|aan|uitzetten|aanzetten)\b",
            r"^(?:antwoord|praat|spreek|schrijf)\s+(?:voortaan\s+)?(?:in\s+het\s+|maar\s+)?"
            r"(?:nederlands|engels|duits)\b",
            r"^(?:in\s+het\s+)?(?:nederlands|engels)\s+(?:graag|alsjeblieft|aub)[\s!.]*$",
            r"^ik\s+(?:zit|ben|woon)\s+(?:nu\s+|tegenwoordig\s+|momenteel\s+|sinds\s+kort\s+)?in\s+"
            r"(?!(?:een|de|het|m'n|mijn|bespreking|vergadering|overleg|de\s+auto|de\s+trein"
            r"|bed|de\s+file)\b)[A-Za-zÀ-ÿ ]+[.!]?$",
            r"^ik\s+ben\s+verhuisd\s+naar\b",
        ),
        "done": (
            r"^(?:helemaal\s+|eindelijk\s+|al\s+)?(?:gedaan|klaar|afgerond|voltooid|geregeld|gelukt"
            r"|afgevinkt)\b",
            r"^af(?!\s+en\s+toe)\b[\s!.✅👍💪]*",
            r"^(?:alles|allemaal|al)\s+(?:af|gedaan|klaar|geregeld|afgerond)\b",
            r"^(?!.*\b(?:niet|geen|morgen)\b)(?:ik\s+|we\s+|wij\s+)?(?:heb|hebben|hebt)\s+"
            r"(?:\S+\s+){0,6}"
            r"(?:betaald|gedaan|gebeld|gestuurd|verstuurd|opgestuurd|gemaild|geboekt|besteld"
            r"|gekocht|geregeld|afgerond|opgehaald|ingeleverd|getekend|ondertekend|opgeruimd"
            r"|gemaakt|gefikst|gefixt|overgemaakt|gereserveerd|afgezegd|beantwoord|geschreven"
            r"|geprint|bevestigd|gecheckt|gecontroleerd|gewassen|gestofzuigd|gepoetst"
            r"|aangevraagd|ingevuld|afgemaakt|opgezegd|\w*ge\w{2,}[dt])[\s!.✅👍💪]*$",
            r"^(?:\S+\s+){0,6}(?:is|zijn)\s+(?:nu\s+|al\s+|inmiddels\s+)*(?:gedaan|af|klaar"
            r"|geregeld|betaald|verstuurd|afgerond|gelukt|opgelost)[\s!.✅👍💪]*$",
            r"^#?\d+(?:\s*(?:,|en|&)\s*#?\d+)*\s+(?:is\s+)?(?:gedaan|klaar|af|afgerond)\b",
            r"^(?:gedaan|klaar|af|afgerond|afvinken)\s*:?\s*#?\d+",
        ),
        "query": (
            r"^(?:wat|what)\s+(?:heb|moet|moeten|hebben|hebt|staat|staan|doe|ga)\s+(?:ik|we|wij|er|jij|je)"
            r"\b(?!\s+(?:aan|mee)\s*[?!.]*$)",
            r"^(?:wat|what)\s+(?:is|zijn)\s+er\s+(?:nog\s+)?(?:te\s+laat|verlopen|open|achterstallig|te\s+doen"
            r"|vandaag|morgen|deze\s+week|gepland)\b",
            r"^(?:waar|waarmee)\s+(?:is|zijn|ben)\s+\S+\s+(?:nu\s+|nog\s+|eigenlijk\s+)?"
            r"(?:mee\s+)?bezig\b",
            r"^(?:wat|what)\s+(?:doet|heeft|moet)\s+\S+\s+(?:nu|nog|vandaag|morgen|deze\s+week"
            r"|op\s+de\s+planning|te\s+doen|open\s+staan)\b",
            r"^(?:mijn|m'n|onze|open|openstaande|alle)\s+(?:taken|to-?do'?s|todo'?s|lijst|agenda"
            r"|planning|afspraken|klussen)\b",
            r"^(?:laat|toon)\s+(?:me|mij)\s+(?!weten\b)(?:\S+\s+){0,3}(?:zien|taken|lijst|agenda"
            r"|planning|to-?do'?s)\b",
            r"^toon\s+(?:mijn|m'n|alle|de|onze)\b",
            r"^(?:zijn|is|staan)\s+er\s+(?:nog\s+)?(?:open|openstaande|verlopen|achterstallige)"
            r"\s+(?:taken|to-?do'?s|klussen|punten)\b",
            r"^(?:is|zijn)\s+er\s+(?:nog\s+)?(?:iets|wat|taken|dingen)\s+(?:verlopen|te\s+laat"
            r"|open|achterstallig|blijven\s+liggen|voor\s+vandaag|voor\s+morgen)\b",
            r"^(?:welke|hoeveel)\s+(?:taken|afspraken|to-?do'?s|klussen)\b",
            r"^heb\s+ik\s+(?:vandaag|morgen|deze\s+week|nog)\b.*\?\s*$",
            r"^(?:taken|agenda|planning|vandaag|morgen|deze\s+week|te\s+laat|verlopen)[\s?!.]*$",
        ),
        "chitchat": (
            r"^(?:goedemorgen|goedemiddag|goedenavond|goeiemorgen|goeiemiddag|goeienavond"
            r"|goede\s+(?:morgen|middag|avond)|welterusten|hoi|hallo|doei|tot\s+(?:straks|zo|later"
            r"|morgen|ziens)|hoe\s+gaat\s+het|hoe\s+is\s+het|alles\s+goed|bedankt|dank\s+je(?:\s+wel)?"
            r"|dank\s+u(?:\s+wel)?|dankjewel|dankje|prima|oké|oke|helemaal\s+goed|klinkt\s+goed"
            r"|lekker\s+bezig|goed\s+(?:zo|gedaan|bezig)|fijne\s+(?:dag|avond|weekend)|ok\s+prima"
            r"|top[\s!.👍]*$)\b",
            r"^(?:graag\s+gedaan|geen\s+probleem|geen\s+dank|komt\s+goed|succes|sterkte"
            r"|gefeliciteerd|sorry|excuses|lekker\s+weer|ik\s+kom\s+eraan|ben\s+onderweg"
            r"|ik\s+ben\s+er\s+zo)\b",
            r"^(?:ik\s+)?(?:kom|ben)\s+(?:\S+\s+){0,3}(?:later|te\s+laat|onderweg)\b",
            r"^(?:morgen|vandaag|vanavond|dan|dat)\s+(?:kan|lukt)\s+(?:ik\s+|het\s+)?(?:helaas\s+)?"
            r"niet\b",
        ),
    },
    name_modals=(
        r"(?:kun|kan|wil|zou|moet|ga|mag)\s+(?:je|jij)(?:\s+(?:even|misschien|alsjeblieft"
        r"|nog))*",
        r"(?:kunt|wilt|zou)\s+u(?:\s+even)?",
        r"(?:doe|regel|neem|pak|haal|bel)\s+(?:je|jij)",
        # "Sanne moet ...", but not "Dat moet ..." or "Ik moet ...".
        r"(?<!dat\s)(?<!het\s)(?<!\bik\s)(?<!\ber\s)(?<!wie\s)(?<!\bje\s)(?<!\bwe\s)(?<!wij\s)"
        r"(?<!\bze\s)(?<!zij\s)(?:moet|gaat|zou)(?:\s+(?:even|nog))*",
        # "Daan regelt de boodschappen": the task is what follows.
        r"(?<!dat\s)(?<!dit\s)(?<!het\s)(?<!\ber\s)(?<!wie\s)(?<!\bze\s)(?<!zij\s)(?<!hij\s)"
        r"(?:regelt|doet|neemt|pakt)",
        r"(?:alsjeblieft|aub|graag)",
    ),
    request_markers=(
        r"alsjeblieft",
        r"alsjeblief",
        r"alstublieft",
        r"aub",
        r"a\.u\.b",
        r"(?:kun|kan|wil|zou)\s+(?:je|jij)",
        r"(?:kunt|wilt)\s+u",
        r"(?:doe|regel|neem|pak|haal|bel)\s+jij",
        r"(?:kan|wil)\s+iemand",
    ),
    own_needs=("ik moet", "moet ik", "ik zou moeten"),
    deadline_leads=(
        "voor",
        "vóór",
        "uiterlijk",
        "uiterlijk op",
        "uiterlijk voor",
        "ten laatste",
        "nog voor",
        "tot",
    ),
    date_leads=(
        "voor",
        "vóór",
        "uiterlijk",
        "uiterlijk op",
        "uiterlijk voor",
        "ten laatste",
        "op",
        "om",
        "tegen",
        "rond",
        "vanaf",
        "tot",
        "tot en met",
        "nog voor",
    ),
    lead_fillers=(
        # "dus, morgen de bank bellen": a word that only opens the message
        "dus",
        "nou",
        "trouwens",
        "me eraan herinneren om",
        "me eraan herinneren dat ik",
        "me eraan herinneren",
        "me herinneren aan",
        "mij herinneren aan",
        "me herinneren om",
        "herinner me eraan om",
        "herinner me eraan dat ik",
        "herinner me eraan",
        "herinner mij eraan om",
        "herinner me aan",
        "herinner mij aan",
        "herinner me om",
        "herinner mij om",
        "herinner me",
        "herinner mij",
        "vergeet niet om",
        "vergeet niet te",
        "vergeet niet",
        "niet vergeten om",
        "niet vergeten",
        "denk eraan om",
        "denk erom",
        "denk aan",
        "ik moet nog",
        "ik moet",
        "we moeten nog",
        "we moeten",
        "wij moeten nog",
        "wij moeten",
        "moet nog",
        # "morgen moet ik de haven bellen": the time first, then "moet ik", then the task.
        "moet ik nog",
        "moet ik",
        "moeten we nog",
        "moeten we",
        "moeten wij",
        "moet",
        "nog even",
        "eventjes",
        "effe",
        "ff",
        "zsm",
        "graag",
        "alsjeblieft",
        "kun je even",
        "kun je",
        "kun jij",
        "kan je",
        "kan jij",
        "wil je even",
        "wil je",
        "wil jij",
        "zou je",
        "doe jij",
        "regel jij",
        "geen haast",
        "belangrijk",
        "ooit",
    ),
    trail_fillers=(
        "niet vergeten",
        "niet vergeten hè",
        "alsjeblieft",
        "alsjeblief",
        "alstublieft",
        "aub",
        "a.u.b.",
        "graag",
        "bedankt",
        "dank je",
        "dank je wel",
        "dankjewel",
        "als je tijd hebt",
        "als het lukt",
        "als je kan",
        "als je kunt",
        "ooit",
        "geen haast",
    ),
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "wss": "waarschijnlijk",
        "mss": "misschien",
        "idd": "inderdaad",
        "aub": "alsjeblieft",
        "ajb": "alsjeblieft",
        "zsm": "zo snel mogelijk",
        "mn": "mijn",
    },
)
