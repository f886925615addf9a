"""German words for tasks and intents (beside the German already in the English-first rules)."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.de_asked import as_can_you
from flowhub.nlp.lang.de_commands import COMMANDS

_WD = r"(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?"
_WDS = r"(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|werktags|wochentags)"
# Imperatives (du, ihr) that open a task clause, and infinitives; without umlauts too. Only the
# imperatives open a clause: an infinitive there ("am Montag, die Miete zu überweisen") does not.
_VERBS = """
    schick schicke schicken sende verschick verschicke verschicken
    ruf rufe anrufen zurückrufen zurueckrufen telefonieren telefoniere
    kauf kaufe kaufen einkaufen besorg besorge besorgen
    buch buche buchen reservier reserviere reservieren
    prüf prüfe prüfen pruef pruefe pruefen überprüf überprüfe überprüfen ueberpruefen
    kontrollier kontrolliere kontrollieren check checke checken
    bezahl bezahle bezahlen zahl zahle zahlen überweis überweise überweisen
    ueberweise ueberweisen
    mach mache machen erledige erledigen bereite vorbereiten
    schreib schreibe schreiben aufschreiben notier notiere notieren
    hol hole holen abholen hol's
    bestell bestelle bestellen druck drucke drucken ausdrucken
    unterschreib unterschreibe unterschreiben unterzeichne unterzeichnen
    verlängere verlängern verlaengere verlaengern erneuere erneuern
    antworte antwortet antworten beantworte beantworten
    aktualisier aktualisiere aktualisieren bestätige bestätigen bestaetige bestaetigen
    putz putze putzen aufräumen aufraeumen räum räume raeum raeume
    organisier organisiere organisieren plan planen
    frag frage fragen nachfragen
    gib geben abgeben bring bringen mitbringen vorbeibringen
    nimm nehmen mitnehmen
    kümmer kümmere kuemmere kümmern kuemmern
    ändere ändern aendere aendern änder
    absagen abmelden anmelden melde meld melden
    kündige kündigen kuendige kuendigen vereinbare vereinbaren
    lesen durchlesen korrigier korrigiere korrigieren
    schau schaue schauen anschauen nachschauen guck gucke gucken
    such suche suchen finde finden
    lern lerne lernen üb übe üben ueben
    koch koche kochen back backe backen
    wasch wasche waschen spül spüle spülen spuelen abwaschen
    saug sauge saugen staubsaugen wisch wische wischen
    gieß gieße giessen gießen füttern fuettern
    repariere reparieren reparier fix fixe fixen
    tausch tausche tauschen austauschen
    mieten vermiete vermieten
    pack packe packen einpacken auspacken
    stell stelle stellen einstellen
    setz setze setzen
    bau baue bauen aufbauen abbauen
    räum räumen
    lade laden hochladen runterladen herunterladen
    teile teilen weiterleiten
    informier informiere informieren
    besprich besprechen kläre klären klaere klaeren
    übersetze übersetzen uebersetzen
    fahr fahre fahren
    geh gehe gehen
    starte starten neustarten
    installier installiere installieren
    aktualisier
    erstell erstelle erstellen
    sortier sortiere sortieren
    lüfte lüften lueften
    mäh mähe mähen maehen
    streich streiche streichen
    wirf werfen wegwerfen wegbringen rausbringen rausstellen
    abschicken einreichen einreiche
    beantrage beantragen
    vorbereite weck wecke trag trage lass richte richt bügel bügle buegel zieh
    vergleich vergleiche recherchier recherchiere triff besuch besuche lösch lösche loesch
    loesche entferne sichere speicher speichere teste merge kopier kopiere scanne
    schneid schneide wiederhole
"""
# Verbs that close a clause in German word order ("morgen den Müll rausbringen").
_FINAL = """
    schicken senden verschicken anrufen zurückrufen zurueckrufen telefonieren kaufen einkaufen
    besorgen buchen reservieren prüfen pruefen überprüfen ueberpruefen kontrollieren checken
    bezahlen zahlen überweisen ueberweisen machen erledigen vorbereiten schreiben aufschreiben
    notieren holen abholen bestellen drucken ausdrucken unterschreiben verlängern verlaengern
    erneuern beantworten antworten aktualisieren bestätigen bestaetigen putzen aufräumen
    aufraeumen organisieren planen fragen nachfragen abgeben bringen mitbringen vorbeibringen
    nehmen mitnehmen kümmern kuemmern ändern aendern absagen abmelden anmelden melden
    kündigen kuendigen vereinbaren lesen durchlesen korrigieren anschauen nachschauen suchen
    finden lernen üben ueben kochen backen waschen spülen spuelen abwaschen saugen
    staubsaugen wischen gießen giessen reparieren fixen tauschen austauschen mieten
    einpacken auspacken einstellen aufbauen abbauen hochladen runterladen herunterladen
    teilen weiterleiten informieren besprechen klären klaeren übersetzen uebersetzen
    starten neustarten installieren erstellen sortieren lüften lueften mähen maehen
    streichen füttern fuettern wegwerfen wegbringen rausbringen rausstellen abschicken einreichen
    beantragen gehen fahren vorbeischauen ausfüllen ausfuellen abgeben
    wegräumen wegraeumen einräumen ausräumen abhängen aufhängen abschließen abschliessen
    abrechnen ausmachen nachbestellen entlüften entlueften lassen wechseln ausmisten eintragen
    austragen überarbeiten ueberarbeiten zusammenfassen zusammenstellen abstimmen absprechen
    nachhaken erinnern zurückgeben zurueckgeben zurückbringen zurueckbringen hinbringen
    abschalten einschalten ausschalten reinigen aufladen tanken einlösen einloesen verschieben
    verlegen umbuchen stornieren abbestellen ummelden scannen einscannen kopieren faxen mailen
    texten posten veröffentlichen veroeffentlichen freigeben testen deployen mergen reviewen
    debuggen updaten upgraden einrichten aufsetzen konfigurieren sichern wiederherstellen
    löschen loeschen entfernen ablegen abheften archivieren anfragen erfragen festlegen
    einplanen einladen ausladen zusagen zurückmelden zurueckmelden treffen besuchen hinbringen
    liefern versenden begleichen erstatten ansehen wiederholen grillen vorkochen bügeln
    buegeln falten düngen duengen harken schneiden tapezieren bohren montieren zusammenbauen
    packen entsorgen reinholen tun fertigmachen beenden anfangen beginnen fortsetzen
    weitermachen nachsehen recherchieren vergleichen entscheiden diskutieren präsentieren
    praesentieren vorstellen benachrichtigen leihen ausleihen registrieren impfen
    wecken erneuern
"""
_GREETINGS = """
    moin servus hallo hi hey tschüss tschuess ciao danke dankeschön dankeschoen vielen dank
    super prima klasse passt klar alles gut jep ja nein nö noe gerne gern okidoki
    perfekt spitze läuft laeuft genau stimmt verstanden bis später spaeter bald
    dir euch schön schoen guten abend nacht gute
    tschö tschau
    jo joa jä gärn gaern sali grüezi grüessech merci
"""

_PLEASE = r"(?:(?:bitte|kannst\s+du|k[öo]nntest\s+du|koennt?est\s+du)\s+)?"
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = r"\s*,?\s*(?:was|wann|wo|wer|welche|welcher|wie|ob)\b"
# "erinnere mich morgen um 9, den Zahnarzt anzurufen", "erinnere Sam daran, den Saal zu buchen"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:erinnere|erinner|erinnert|erinnern\s+sie)\s+(?:mich|uns)\b(?:\s*,?\s*bitte\b)?"
    rf"(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:erinnere|erinner)\s+(?!mich\b|uns\b)(?-i:(?=[A-ZÄÖÜ]))(?P<who>\w+)\b"
    rf"(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (
    r"daran\b\s*,?(?:\s*(?:dass|zu)\b)?",
    r"dran\b\s*,?(?:\s*dass\b)?",
    r"dass\b",
    r"an\b",
)

WORDS = ChatWords(
    ask_openers=(
        r"sag(?:e)?\s+{name}\s*,?\s*(?:dass\s+)?(?:sie|er)\s+(?:soll(?:te)?|muss)(?:\s+bitte)?",
        r"frag(?:e)?\s+(?:mal\s+)?{name}\s*,?\s*ob\s+(?:sie|er)(?:\s+(?:bitte|mal))?",
    ),
    code="de",
    commands=COMMANDS,
    verbs=words(_VERBS) - words(_FINAL),
    final_verbs=words(_FINAL),
    greetings=words(_GREETINGS),
    intents={
        "help": (
            r"^(?:welche\s+befehle|wie\s+(?:benutze|nutze|verwende)\s+ich|was\s+kann\s+(?:der\s+bot|das\s+ding|"
            r"flowhub)|befehle|anleitung|hilf\s+mir|wie\s+funktionierst\s+du)\b",
        ),
        "remind": (
            r"^(?:(?:kannst\s+du|könntest\s+du|bitte)\s+)?(?:erinnere?|erinner)\s+(?:mich|uns|\w+)\b",
            r"^(?:bitte\s+)?(?:weck|wecke)\s+(?:mich|uns)\b",
            r"^(?:sag|gib)\s+(?:mir|uns)\s+(?:\S+\s+){0,5}bescheid\b",
            r"^(?:schick|schicke|sende)\s+(?:mir|uns)\s+(?:\S+\s+){0,6}(?:eine\s+)?erinnerung\b",
            r"^(?:kannst|könntest|koenntest|würdest|wuerdest)\s+du\s+(?:mich|uns)\b.*\berinnern\b",
            r"^(?:stell|stelle|setz|setze|mach|mache|leg|lege)\s+(?:mir\s+)?(?:einen?\s+)?"
            r"(?:erinnerung|wecker|alarm)\b",
            r"^(?:lass|lasst)\s+mich\s+(?:\S+\s+){0,3}nicht\s+vergessen\b",
            r"^(?:täglich|taeglich|wöchentlich|woechentlich|monatlich|jährlich|jaehrlich"
            r"|alle\s+paar|zweimal|einmal\s+(?:die|pro|im|in\s+der)|immer\s+(?:am|montags"
            r"|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|morgens|abends))\b",
            rf"^{_WDS}\b",
            rf"^{_WD}\s*(?:-|–|bis)\s*{_WD}(?=\s|$)",
            r"^jede[nrs]?\s+\S+",
        ),
        "settings": (
            r"^(?:stell|stelle|setz|setze|änder|ändere|aender|aendere|wechsel|wechsle)\s+"
            r"(?:bitte\s+)?(?:die\s+|meine\s+|mein\s+|deine\s+)?(?:sprache|zeitzone|"
            r"tägliche\s+|taegliche\s+)?(?:sprache|zeitzone|zusammenfassung|übersicht"
            r"|uebersicht|tagesübersicht|benachrichtigungen)\b",
            r"^(?=.*\b(?:jeden|täglich|taeglich|immer|morgens|abends|um)\b)(?:schick|schicke"
            r"|sende)\s+mir\s+(?:\S+\s+){0,6}(?:die|meine|eine)\s+(?:tägliche\s+|taegliche\s+)?"
            r"(?:übersicht|uebersicht|tagesübersicht|zusammenfassung)\b",
            r"^(?:(?:die\s+)?tägliche\s+|(?:die\s+)?taegliche\s+)?(?:zusammenfassung|übersicht"
            r"|tagesübersicht|benachrichtigungen)\s+(?:um|ab|aus|an|ausschalten|einschalten"
            r"|abschalten|deaktivieren|aktivieren)\b",
            r"^(?:einstellungen|zeitzone|sprache)\b",
            r"^(?:antworte|antwortet|sprich|schreib|schreibe|rede)\s+(?:bitte\s+)?(?:mit\s+mir\s+)?"
            r"(?:auf|in)\s+(?:deutsch|englisch|niederländisch|französisch|spanisch|italienisch)\b",
            r"^(?:auf\s+)?(?:deutsch|englisch)\s+bitte[\s!.]*$",
            r"^ich\s+(?:bin|wohne|lebe|sitze)\s+(?:jetzt\s+|gerade\s+|nun\s+|momentan\s+|"
            r"inzwischen\s+)?in\s+(?!(?:einer?|einem|der|die|das|den|dem|meinem|meiner|urlaub"
            r"|eile|ruhe|besprechung|meeting|termin)\b)[A-Za-zÀ-ÿ ]+[.!]?$",
            r"^ich\s+bin\s+(?:nach\s+\S+\s+)?(?:umgezogen|gezogen)\b",
        ),
        "done": (
            r"^(?!.*\b(?:nicht|kein|keine|noch\s+nicht|morgen)\b)(?:ich\s+|wir\s+)?"
            r"(?:hab|habe|habs|hab's|haben)\s+(?:\S+\s+){0,6}"
            r"(?:erledigt|gemacht|bezahlt|überwiesen|ueberwiesen|geschickt|verschickt|gesendet"
            r"|abgeschickt|angerufen|gebucht|bestellt|gekauft|besorgt|abgeholt|unterschrieben"
            r"|eingereicht|reserviert|geputzt|aufgeräumt|aufgeraeumt|abgegeben|geschrieben"
            r"|erledigt|beantwortet|gefixt|repariert|gedruckt|geprüft|geprueft|abgesagt"
            r"|gekündigt|gekuendigt|rausgebracht|\w*ge\w{2,}t|\w+iert)[\s!.✅👍💪]*$",
            r"^(?:\S+\s+){0,6}(?:ist|sind)\s+(?:jetzt\s+|schon\s+|bereits\s+|alles\s+)*"
            r"(?:erledigt|fertig|bezahlt|verschickt|raus|abgeschickt|durch|gemacht"
            r"|abgehakt|ge\w{3,}(?:t|en))[\s!.✅👍💪]*$",
            r"^(?:schon|bereits|alles|alle)\s+(?:erledigt|gemacht|fertig|bezahlt|abgehakt)\b",
            r"^#?\d+(?:\s*(?:,|und|&)\s*#?\d+)*\s+(?:ist\s+)?(?:erledigt|fertig|gemacht)\b",
            r"^(?:erledigt|fertig|abgehakt)\s*:?\s*#?\d+",
            r"^(?:aufgabe|task|nr\.?|nummer)\s*#?\d+\s+(?:ist\s+)?(?:erledigt|fertig|gemacht)\b",
        ),
        "query": (
            r"^was\s+(?:hab|habe|hab'?\s*ich|haben\s+wir|muss\s+ich|müssen\s+wir|muessen\s+wir"
            r"|steht|stehen|liegt|liegen|ist\s+(?:noch\s+)?(?:offen|fällig|faellig|überfällig"
            r"|ueberfaellig|zu\s+tun|dran|geplant)|gibt'?s\s+(?:heute|morgen|diese|nächste"
            r"|naechste|noch\s+zu\s+tun)|sind\s+meine|läuft\s+(?:heute|morgen|diese))\b",
            r"\b(?:überfällig|ueberfaellig)\w*\s*\?\s*$",
            # "ist die Rechnung schon bezahlt?": a question about a task's state
            r"^(?:ist|sind|hat|haben|wurde|wurden)\s+(?:\S+\s+){1,5}(?:schon|bereits)\s+\S+\s*\?\s*$",
            r"^(?:woran|an\s+was|womit)\s+(?:arbeitet|arbeiten|arbeitest|sitzt|sitzen|ist)\b",
            r"^was\s+(?:macht|hat|muss)\s+\S+\s+(?:gerade|heute|morgen|noch|zu\s+tun|diese\s+woche"
            r"|auf\s+dem\s+zettel)\b",
            r"^(?:ist|sind|gibt\s+es|habe\s+ich|hab\s+ich)\s+(?:noch\s+)?(?:was|etwas|irgendwas"
            r"|aufgaben|termine|sachen)\s+(?:überfällig|ueberfaellig|offen|fällig|faellig"
            r"|liegen\s+geblieben|heute|morgen|diese\s+woche|für\s+heute|fuer\s+heute)\b",
            r"^(?:meine|unsere|offene|heutige|alle)\s+(?:to-?dos|termine|liste|aufgaben)\b",
            r"^(?:wie\s+viele|welche)\s+(?:aufgaben|termine|to-?dos)\b",
            r"^gibt\s+es\s+(?:noch\s+|heute\s+|morgen\s+)?(?:offene|fällige|faellige|überfällige"
            r"|ueberfaellige|neue)\s+(?:aufgaben|to-?dos|termine|sachen)\b",
            r"^(?:hab|habe)\s+ich\s+(?:heute|morgen|diese\s+woche|noch)\b.*\?\s*$",
            r"^(?:mein\s+tag|meine\s+woche|tagesplan|aufgaben|überfällig|ueberfaellig)[\s?!.]*$",
            r"^zeig(?:e|t)?\s+(?:mir\s+|uns\s+|mal\s+)*(?:alle|meine|unsere|die|offene|was)\b",
        ),
        "chitchat": (
            r"^(?:guten\s+(?:morgen|tag|abend)|gute\s+nacht|moin|servus|hallo|wie\s+geht'?s"
            r"|wie\s+geht\s+es\s+(?:dir|euch|ihnen)|alles\s+(?:gut|klar|fit)|passt|danke"
            r"|dankeschön|vielen\s+dank|super|prima|klasse|schönen\s+(?:abend|tag|feierabend"
            r"|sonntag|wochenende)|bis\s+(?:später|spaeter|morgen|dann|bald|gleich)|gut\s+gemacht"
            r"|klingt\s+gut|läuft|na\s+(?:du|ihr)|tschüss|tschuess|mach'?s\s+gut|ok\s+passt)\b",
            r"^(?:gern\s+geschehen|kein\s+problem|keine\s+ursache|bitte\s+schön|viel\s+erfolg"
            r"|herzlichen\s+glückwunsch|alles\s+gute|sorry|entschuldigung|tut\s+mir\s+leid"
            r"|(?:das\s+)?wetter\s+ist|(?:heute|hier)\s+ist\s+(?:echt\s+|so\s+|wieder\s+)?"
            r"(?:viel\s+los|chaos|stress))\b",
            r"^(?:ich\s+)?(?:komme?|bin)\s+(?:\S+\s+){0,3}(?:später|spaeter|zu\s+spät"
            r"|gleich\s+da|unterwegs)\b",
            r"^(?:das\s+)?(?:passt|geht)\s+(?:mir\s+|bei\s+mir\s+)?(?:heute\s+|morgen\s+|dann\s+)?"
            r"(?:leider\s+)?nicht\b",
        ),
    },
    name_modals=(
        r"(?:kannst|könntest|koenntest|würdest|wuerdest|magst|musst|sollst|willst)\s+du"
        r"(?:\s+bitte)?(?:\s+noch)?",
        r"(?:können|koennen|könnten|koennten)\s+sie(?:\s+bitte)?",
        # "Paul soll ...", but not "Das muss ..." or "Ich soll ...".
        r"(?<!das\s)(?<!\bes\s)(?<!\ber\s)(?<!sie\s)(?<!ich\s)(?<!wer\s)(?<!man\s)"
        r"(?:soll|sollte|muss|müsste|muesste)(?:\s+bitte)?(?:\s+noch)?",
        # "Max übernimmt den Einkauf": the task is what follows.
        r"(?<!das\s)(?<!\bes\s)(?<!\ber\s)(?<!sie\s)(?<!wer\s)(?<!man\s)(?:übernimmt|uebernimmt"
        r"|kümmert\s+sich\s+um|kuemmert\s+sich\s+um|macht)",
        r"(?:kümmerst|kuemmerst)\s+du\s+dich\s+um",
        r"(?:übernimmst|uebernimmst|machst|erledigst)\s+du",
        r"bitte",
    ),
    request_markers=(
        r"bitte",
        r"kannst\s+du",
        r"könntest\s+du",
        r"koenntest\s+du",
        r"würdest\s+du",
        r"wuerdest\s+du",
        r"magst\s+du",
        r"übernimmst\s+du",
        r"uebernimmst\s+du",
        r"machst\s+du",
        r"kümmerst\s+du\s+dich",
        r"kuemmerst\s+du\s+dich",
        r"können\s+sie",
        r"könnten\s+sie",
        r"(?:kann|könnte|koennte)\s+(?:jemand|einer|wer)",
    ),
    own_needs=("ich muss", "muss ich", "muss", "ich sollte", "ich müsste", "ich muesste"),
    assign_after=(r"das\s+(?:macht|übernimmt|uebernimmt|erledigt)\s+",),
    deadline_leads=(
        "bis",
        "bis zum",
        "bis zur",
        "bis spätestens",
        "bis spaetestens",
        "spätestens",
        "spaetestens",
        "spätestens am",
        "spätestens bis",
        "noch vor",
        "vor dem",
        "vor der",
        "allerspätestens",
    ),
    date_leads=(
        "bis",
        "bis zum",
        "bis zur",
        "bis spätestens",
        "bis spaetestens",
        "spätestens",
        "spaetestens",
        "spätestens am",
        "spätestens bis",
        "noch vor",
        "vor dem",
        "vor der",
        "ab dem",
        "für",
        "fuer",
        "zum",
        "zur",
        "am",
        "um",
        "gegen",
        "heute noch",
    ),
    lead_fillers=(
        # "und luftballons kaufen": the word that joins it to the task before.
        "und",
        "und dann",
        "und noch",
        "außerdem",
        "ausserdem",
        "vergiss nicht",
        "vergiss nicht zu",
        "nicht vergessen",
        "denk dran",
        "denk daran",
        "denkt dran",
        "denkt daran",
        "denk bitte dran",
        "erinnere mich daran",
        "mich daran",
        "mich an",
        "daran erinnern",
        "erinnern",
        "ich muss noch",
        "ich muss",
        "ich sollte",
        "wir müssen noch",
        "wir muessen noch",
        "wir müssen",
        "wir muessen",
        "muss noch",
        # "morgen muss ich die Bank anrufen": the time first, then "muss ich", then the task.
        "muss ich noch",
        "muss ich",
        "müssen wir noch",
        "müssen wir",
        "muessen wir",
        "muss",
        "bitte noch",
        "bitte",
        "schnell noch",
        "schnell",
        "noch",
        "mal",
        "übernimmst du",
        "uebernimmst du",
        "machst du",
        "kümmerst du dich um",
        "kuemmerst du dich um",
        "kannst du bitte",
        "kannst du",
        "könntest du",
        "koenntest du",
        "würdest du",
        "wuerdest du",
        "irgendwann",
        "keine eile",
        "dass ich",
        "schreib auf",
    ),
    trail_fillers=(
        "bitte",
        "bitte schön",
        "danke",
        "danke dir",
        "danke schön",
        "dankeschön",
        "wenn du zeit hast",
        "wenn du kannst",
        "wenn's geht",
        "wenn es geht",
        "irgendwann",
        "gerne",
        "noch",
        "keine eile",
        "kein stress",
        "nicht vergessen",
        "erinnern",
        "muss",
        "muss ich",
        "schreib das auf",
        "bitte notieren",
    ),
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "vllt": "vielleicht",
        "nochma": "nochmal",
        "bissl": "bisschen",
        "grad": "gerade",
        "bzgl": "bezüglich",
    },
    rephrase=as_can_you,
)
