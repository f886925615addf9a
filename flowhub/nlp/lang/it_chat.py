"""Italian words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.it_commands import COMMANDS
from flowhub.nlp.lang.it_noted import as_noted

_WEEKDAY = r"(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)"
_VERBS = """
    comprare compra compri comprate mandare manda mandi inviare invia invii spedire spedisci
    chiamare chiama chiami telefonare telefona prenotare prenota prenoti pagare paga paghi
    fare fai faccia preparare prepara prepari scrivere scrivi scriva finire finisci finisca
    sistemare sistema sistemi controllare controlla controlli verificare verifica rivedere
    rivedi revisionare aggiornare aggiorna aggiorni portare porta porti prendere prendi
    ritirare ritira pulire pulisci lavare lava organizzare organizza stampare stampa
    firmare firma rinnovare rinnova rispondere rispondi caricare carica scaricare scarica
    consegnare consegna ordinare ordina cercare cerca trovare trova chiedere chiedi
    contattare contatta fissare fissa annullare annulla disdire disdici spostare sposta
    richiamare richiama ricordare comunicare comunica inoltrare inoltra mettere metti
    aggiustare aggiusta riparare ripara correre studiare studia leggere leggi
    buttare butta cucinare cucina innaffiare innaffia occuparti occupati
    mandami inviami passami girami inoltrami
"""
_GREETINGS = """
    pomeriggio buon buondì buondi ehi tante ciaoo ciaooo salve grazie graziee arrivederci notte
    ciao buongiorno buonasera buonanotte salve grazie mille ok okay perfetto va bene
    benissimo ottimo certo sì si no evviva bravo brava
"""

_PLEASE = r"(?:(?:per\s+favore|per\s+piacere|puoi|potresti)\s+)?"
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = r"\s*,?\s*(?:cosa|che\s+cosa|quando|dove|chi|quale|quali|come|se)\b"
# "ricordami domani alle 9 di chiamare il dentista", "ricorda a Sam di prenotare la sala"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:ricordami|ricordarmi|ricordatemi|mi\s+ricordi|mi\s+ricorderesti"
    rf"|mi\s+puoi\s+ricordare|rammentami)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:ricorda|ricordate|ricordare)\s+(?:a|ad)\s+(?P<who>\w+)\b(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (r"di\b", r"d['’]", r"che\b")

WORDS = ChatWords(
    code="it",
    english_lookalikes=words("i"),  # "i documenti": the plural article
    commands=COMMANDS,
    verbs=words(_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"^(?:(?:per\s+favore|puoi)\s+)?(?:ricordami|ricordatemi|ricordarmi|ricordaci"
            r"|mi\s+ricordi|promemoria|avvisami|non\s+farmi\s+dimenticare)\b",
            r"^(?:ogni|tutti\s+i|tutte\s+le)\s+\S+",
            rf"^(?:dal|da)\s+{_WEEKDAY}\s+al\s+{_WEEKDAY}\b",
            rf"^l'?ultim[oa]\s+{_WEEKDAY}\s+del\s+mese\b",
        ),
        "query": (
            r"^(?:cosa|che\s+cosa|che)\s+(?:ho|abbiamo|c'è|ce|c'e|devo|dobbiamo|ha|hanno)\b",
            r"^(?:le\s+mie|mie)\s+(?:attivit[aà]|cose|task|compiti|scadenze)\b",
            r"^(?:cosa|che)\b.*\b(?:in\s+ritardo|scadut[oaie]|scadenz[ae])\b",
            r"^(?:mostrami|fammi\s+vedere|elenca)\b",
        ),
        "done": (
            r"^(?:fatto|fatta|fatti|finito|finita|completato|completata|terminato|gi[aà]\s+fatto"
            r"|ho\s+finito|tutto\s+fatto)\b",
            r"^(?:ho\s+)?(?:gi[aà]\s+)?(?:pagato|mandato|inviato|chiamato|prenotato|comprato"
            r"|sistemato|spedito|consegnato)\b",
        ),
        "help": (
            r"^(?:aiuto|aiutami)\b[\s!.?]*",
            r"^(?:come\s+funziona|cosa\s+sai\s+fare|cosa\s+puoi\s+fare|che\s+cosa\s+sai\s+fare)\b",
        ),
        "settings": (
            r"^(?:fuso\s+orario|lingua|impostazioni)\b",
            r"^(?:cambia|imposta|metti)\s+(?:la\s+|il\s+)?(?:lingua|fuso\s+orario|riepilogo)\b",
            r"^(?:mandami|inviami)\s+il\s+riepilogo\b",
            r"^(?:sono|vivo)\s+a\s+[A-Za-zÀ-ÿ ]+[.!]?$",
        ),
        "chitchat": (
            r"^(?:buongiorno|buon\s+pomeriggio|buond[iì]|buonasera|buonanotte|ciao|salve|ehi|grazie|ok\s+perfetto|va\s+bene|come\s+stai"
            r"|tutto\s+bene|a\s+dopo|ci\s+vediamo|perfetto|ottimo)\b",
            # where the sender is or what the weather does: news, not a task
            r"^(?:arrivo(?!\s+(?:del|della|dello|dei|degli|delle|di)\b)|arriviamo|sto\s+arrivando"
            r"|stiamo\s+arrivando|sono\s+(?:qui|qua|arrivat[oa]|in\s+ritardo|per\s+strada"
            r"|in\s+arrivo)|piove|nevica|fa\s+(?:caldo|freddo))\b",
        ),
    },
    ask_openers=(
        r"(?:d[iì]'?|chiedi|ricorda|domanda)\s+(?:a\s+)?{name}\s+(?:di\s+)",
        r"(?!(?:io|tu|lui|lei|noi|voi|loro|qualcuno|nessuno|tutto|questo|quello|oggi|domani|che|chi|si|non|s[iì]|gi[aà]|il|lo|la|mi|ti)\b){name}\s+(?:deve|dovrebbe)\s+",
    ),
    name_modals=(
        r"puoi",
        r"potresti",
        r"riesci\s+a",
        r"ti\s+occupi\s+tu\s+d(?:i|ei|el|ella|elle|egli)",
        r"pensi\s+tu\s+a",
        r"devi",
        # "Ana ti va di prenotare l'aula?", "Marco te la senti di chiamare il fornitore?"
        r"ti\s+va\s+di",
        r"te\s+la\s+senti\s+di",
        r"ti\s+andrebbe\s+di",
    ),
    request_markers=(
        r"per\s+favore",
        r"puoi",
        r"potresti",
        r"riesci\s+a",
        r"ti\s+occupi",
        r"ti\s+va\s+di",
        r"te\s+la\s+senti\s+di",
        r"ti\s+andrebbe\s+di",
    ),
    own_needs=("devo", "ho bisogno di", "bisogna", "dovrei"),
    deadline_leads=(
        "entro",
        "entro il",
        "entro la",
        "prima di",
        "prima del",
        "al più tardi",
        "al piu tardi",
        "non oltre",
    ),
    date_leads=(
        "entro",
        "entro il",
        "entro la",
        "per",
        "per il",
        "prima di",
        "fino a",
        "a partire da",
    ),
    lead_fillers=(
        # "allora, domani chiamare la banca": a word that only opens the message, never a name
        "allora",
        "quindi",
        "dunque",
        "poi",
        "senti",
        "comunque",
        "ecco",
        "insomma",
        "cmq",
        # "und luftballons kaufen": the word that joins it to the task before.
        "e",
        "e poi",
        "e anche",
        "ricordami di",
        "ricordami che devo",
        "ricordami",
        "ricordarmi di",
        "non dimenticare di",
        "non scordarti di",
        "prima o poi",
        "devo",
        "dovrei",
        "devo ancora",
        "mi tocca",
        "ogni",
    ),
    trail_fillers=(
        "per favore",
        "grazie",
        "prima o poi",
        "quando puoi",
        "segnatelo",
        "segnalo",
        "appuntatelo",
    ),
    priority={
        "urgente": "urgent",
        "urgentissimo": "urgent",
        "subito": "urgent",
        "il prima possibile": "urgent",
        "importante": "high",
        "priorità alta": "high",
        "priorita alta": "high",
        "non urgente": "low",
        "senza fretta": "low",
        "con calma": "low",
        "quando puoi": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "x": "per",
        "cmq": "comunque",
        "nn": "non",
        "xké": "perché",
        "xke": "perché",
        "xché": "perché",
        "xche": "perché",
        "qlc": "qualche",
        "tt": "tutto",
        "dmn": "domani",
        "qnd": "quando",
        "sn": "sono",
        "grz": "grazie",
    },
    rephrase=as_noted,
)
