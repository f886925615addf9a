"""French words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords, words
from flowhub.nlp.lang.fr_commands import COMMANDS

_DAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_WEEKDAY = _DAY + "s?"
# "rappelle-moi", "rappelle moi", "rapelle moi", "rappelles-moi", "rappelez-moi"
_REMIND_ME = (
    r"(?:rap+el+(?:e|es|ez)[-\s]?(?:moi|nous)|fais[-\s]?moi\s+penser|faites[-\s]moi\s+penser)"
)
# Imperative (tu, vous) and infinitive, with and without accents. Forms that are English words
# or first names ("lance", "marie", "note", "range") are left out or already English.
_VERBS = """
    acheter achète achete achetez racheter rachète rachete achète-moi achete-moi
    envoyer envoie envoyez renvoyer renvoie renvoyez envoie-moi envoyez-moi envoie-le envoie-la
    envoie-les
    appeler appelle appelez rappeler rappelle rappelez appelle-le appelle-la appelle-moi
    rappelle-le rappelle-la téléphoner téléphone telephoner telephone téléphonez
    réserver réserve réservez reserver reservez
    payer paie paye payez rembourser rembourse remboursez régler règle regle reglez
    préparer prépare préparez preparer preparez
    faire fais faites refaire refais fais-le
    finir finis finissez terminer termine terminez achever achève acheve finaliser finalisez
    prendre prends prenez reprendre reprends prends-moi
    écrire écris écrivez ecrire ecris ecrivez rédiger rédige rediger redige rédigez
    relire relis relisez lis lisez
    vérifier vérifie vérifiez verifier verifie verifiez contrôler contrôle controler controle
    confirmer confirme confirmez
    nettoyer nettoie nettoyez laver lave lavez
    rangez
    apporter apporte apportez ramener ramène ramene ramenez amener amène amene emmener emmène
    emmene
    chercher cherche cherchez rechercher
    imprimer imprime imprimez
    signer signez
    renouveler renouvelle renouvelez
    répondre réponds répondez repondre reponds repondez
    organiser organisez
    commander commande commandez
    corriger corrige corrigez
    réparer répare réparez reparer repare reparez
    changer changez
    mettre mets mettez remettre remets remettez mets-le
    sortir sors sortez
    rendre rends rendez
    passer passe passez
    déposer dépose déposez deposer depose deposez
    récupérer récupère récupérez recuperer recupere recuperez
    aller allez
    demander demande demandez demande-lui
    dis dites dis-lui dites-lui
    inviter invitez
    contacter contacte contactez
    prévenir préviens prévenez prevenir previens prevenez préviens-le previens-le
    informer informe informez
    relancer relance relancez
    transférer transfère transférez transferer transfere transferez
    télécharger télécharge téléchargez telecharger telecharge telechargez
    installer installe installez
    actualiser actualise actualisez mettre-à-jour
    modifier modifie modifiez
    supprimer supprime supprimez effacer efface effacez
    annuler annule annulez
    décaler décale décalez decaler decale decalez reportez
    déplacer déplace déplacez deplacer deplace deplacez
    planifier planifie planifiez programmez
    valider valide validez
    approuver approuve approuvez
    arroser arrose arrosez
    nourrir nourris nourrissez
    promener promène promene promenez
    cuisiner cuisinez
    vider videz
    remplir remplis remplissez
    descendre descends descendez monter montez
    livrer livrez
    expédier expédie expédiez expedier expedie expediez
    aspirer aspirez
    repasser repasse repassez
    plier plie pliez
    étendre étends étendez etendre etends
    tondre tonds tondez
    déneiger déneige déneigez deneiger deneige
    jeter jette jetez
    trier trie triez
    réviser révise révisez reviser revisez
    étudier étudie étudiez etudier etudie etudiez
    apprendre apprends apprenez
    réfléchir réfléchis réfléchissez reflechir reflechis
    penser pensez
    décider décidez decider decidez
    choisir choisis choisissez
    comparer comparez
    calculer calcule calculez
    chiffrer
    estimer estimez
    facturer facturez
    déclarer déclare déclarez declarer declarez
    numériser numérise numerise photocopier photocopiez
    classer classez
    archiver archivez
    sauvegarder sauvegarde sauvegardez
    partager partage partagez
    publier publie publiez
    teste testez
    déployer déploie déployez deployer deploie
    développer développe developper developpe
    traduire traduis traduisez
    résumer résumez resumer
    présenter présente présentez presenter presente presentez
    recruter recrute recrutez
    embaucher embauche
    accueillir accueille accueillez
    rencontrer rencontrez
    voir vois voyez revoir revois
    visiter visitez
    regarder regarde regardez
    écouter écoute écoutez ecouter ecoute ecoutez
    vendre vends vendez
    louer loue louez
    emprunter emprunte empruntez
    prêter prête prêtez preter prete
    plantez
    tailler taillez
    peindre peins peignez
    démonter démonte demonter demonte
    brancher branchez débrancher debrancher
    recharger rechargez
    gonfler gonfle gonflez
    garer garez
    conduire conduis conduisez
    aider aidez
    accompagner accompagne accompagnez
    garder gardez
    surveiller surveille surveillez
    soigner soigne
    inscrire inscris inscrivez inscris-toi
    résilier résilie résiliez resilier resilie
    souscrire
    activer activez désactiver désactive desactiver desactive
    configurer configurez
    caler calez
    boucler boucle bouclez
    remercier remercie remerciez
    féliciter félicite felicite
    souhaiter souhaite souhaitez
    fêter fête fêtez feter
    offrir offre offrez
    emballer emballe emballez
    vidanger vidange
    entretenir entretiens
    noter notez
    lister listez
    compter comptez
    négocier négocie negocier negocie
    clôturer clôture cloturer cloture
    fermer ferme fermez
    ouvrir ouvre ouvrez
    verrouiller verrouille
    rapporter rapporte rapportez
    retirer retirez
    occupe-toi occupez-vous
"""
_GREETINGS = """
    bonjour bonsoir salut coucou bjr slt merci mercii bcp beaucoup parfait parfaite génial
    genial nickel impeccable dac daccord d'accord ouais oui non mdr ptdr bisous bises biz
    ciao bravo félicitations felicitations entendu compris noté bonne journée journee soirée
    soiree
"""
_DONE_PARTICIPLES = (
    r"(?:fait|fini|termin[ée]|pay[ée]|envoy[ée]|appel[ée]|r[ée]serv[ée]|achet[ée]|r[ée]gl[ée]"
    r"|imprim[ée]|sign[ée]|rendu|rempli|nettoy[ée]|rang[ée]|command[ée]|r[ée]par[ée]|corrig[ée]"
    r"|valid[ée]|post[ée]|d[ée]pos[ée]|r[ée]cup[ée]r[ée]|rappel[ée]|pris|livr[ée]|renouvel[ée]"
    r"|annul[ée]|boucl[ée]|transmis|lu|relu|v[ée]rifi[ée]|confirm[ée]|exp[ée]di[ée]|re[çc]u|envoy[ée]"
    r"|termin[ée]|rappel[ée]|arros[ée]|lav[ée]|sorti|vid[ée]|jet[ée]|r[ée]pondu|contact[ée]|inscrit)"
)

_PLEASE = (
    r"(?:(?:s'il\s+te\s+pla[iî]t|stp|svp|peux-tu|tu\s+peux|pourrais-tu|tu\s+pourrais)\s*,?\s*)?"
)
# A question ("... what do I have tomorrow?") is not a reminder to set.
_ASKS = r"\s*,?\s*(?:ce\s+que|ce\s+qu[\'’]|quand|o[uù]|qui|quel|quelle|quels|comment|quoi|si)\b"
# "rappelle-moi demain à 9h d'appeler le dentiste", "rappelle à Sam de réserver la salle"
_REMIND_LEADS = (
    rf"^{_PLEASE}(?:rappelle[-\s]moi|rappelez[-\s]moi|me\s+rappeler|fais[-\s]moi\s+penser"
    rf"|faites[-\s]moi\s+penser)\b(?!{_ASKS})(?P<rest>.+)$",
    rf"^{_PLEASE}(?:rappelle|rappelez|rappeler)\s+(?:à|a)\s+(?P<who>\w+)\b(?!{_ASKS})(?P<rest>.+)$",
)
_REMIND_LINKS = (r"de\b", r"d['’]", r"que\b", r"qu['’]")

WORDS = ChatWords(
    code="fr",
    commands=COMMANDS,
    verbs=words(_VERBS),
    greetings=words(_GREETINGS),
    intents={
        "remind": (
            r"^(?:(?:stp|svp|peux[-\s]tu|tu\s+peux|pourrais[-\s]tu|tu\s+pourrais|pouvez[-\s]vous"
            r"|est[-\s]ce\s+que\s+tu\s+peux)\s+)?(?:me\s+rappeler|"
            + _REMIND_ME
            + r"|rappel\b|pr[ée]viens[-\s]moi|pr[ée]venez[-\s]moi|alerte[-\s]moi"
            r"|n'?oublie\s+pas\s+de\s+me\s+rappeler|ne\s+me\s+laisse\s+pas\s+oublier)",
            r"^(?:tu|vous)\s+(?:me|nous)\s+rap+el+(?:les|lez|eras|erez|e)\b",
            r"^(?:mets|mettez|cr[ée]e|cr[ée]ez|ajoute|ajoutez|programme|programmez)[-\s](?:moi\s+)?"
            r"(?:un|une)\s+(?:rappel|alarme|alerte)\b",
            r"^(?:le\s+)?(?:premier|1er|dernier|derni[eè]re|deuxi[eè]me|2e|\d{1,2})\s+(?:"
            + _WEEKDAY
            + r"\s+)?(?:du|de\s+chaque|de\s+tous\s+les)\s+mois\b",
            rf"^(?:du|de)\s+{_WEEKDAY}\s+(?:au|à|a)\s+{_WEEKDAY}\b",
            rf"^les\s+{_DAY}s\b",
            r"^(?:une|deux|trois|\d)\s+fois\s+par\s+(?:jour|semaine|mois|an)\b",
            r"^(?:quotidiennement|hebdomadairement|mensuellement)\b",
        ),
        "query": (
            r"^(?:j'?ai|on\s+a|nous\s+avons|il\s+y\s+a|y\s+a|ya|y'?a|il\s+me\s+reste|il\s+reste"
            r"|je\s+dois\s+faire|on\s+doit\s+faire|reste)\s+quoi\b",
            r"^(?:qu'?\s?est[\s-]ce\s+que|quest[\s-]ce\s+que|que|kesk)\s+(?:j'?\s?ai|je\s+dois|nous\s+avons"
            r"|on\s+a|on\s+doit|il\s+me\s+reste|il\s+reste|il\s+y\s+a|y\s+a)\b",
            r"^(?:qu'?est[\s-]ce\s+qu(?:e\s+|')|quest[\s-]ce\s+qu(?:e\s+|'))\w+\s+(?:a|doit|as)\b"
            r".*\b(?:liste|faire|pr[ée]vu|agenda|planning|t[âa]ches|programme|assign[ée])",
            r"^(?:qu'?est[\s-]ce\s+qui|quest[\s-]ce\s+qui)\s+(?:est|reste|tra[iî]ne|arrive)\b",
            r"^(?:quoi\s+de\s+pr[ée]vu|c'?est\s+quoi\s+(?:mon|mes|le|la|ma)\s+(?:programme|planning"
            r"|agenda|t[âa]ches|liste)|quel(?:le)?s?\s+(?:sont|est)\s+(?:mes|ma|mon)\s+)",
            r"^(?:quelles?|quels?)\s+(?:sont\s+les\s+)?(?:t[âa]ches|rappels|[ée]ch[ée]ances)\b",
            r"^(?:mes|nos|ma|mon)\s+(?:t[âa]ches|todo|to-?do|trucs\s+[àa]\s+faire|rappels"
            r"|choses\s+[àa]\s+faire|liste|agenda|planning|programme|[ée]ch[ée]ances|deadlines)\b",
            r"^(?:montre|montrez|affiche|affichez|liste|listez|donne|donnez)[-\s]?(?:moi|nous)?\s*"
            r"(?:mes|nos|ma|mon|la\s+liste|tout\s+ce\s+que|ce\s+que\s+j)",
            r"\b(?:en\s+retard|pas\s+encore\s+fait|[àa]\s+faire)\s*"
            r"(?:aujourd'?hui|demain|cette\s+semaine)?\s*\?\s*$",
            r"^qui\s+(?:fait|doit\s+faire|s'occupe\s+de)\s+quoi\b",
            r"^\w+\s+(?:a|doit\s+faire|fait)\s+quoi\s+(?:aujourd'?hui|demain|cette\s+semaine"
            r"|de\s+pr[ée]vu|[àa]\s+faire|sur\s+sa\s+liste)",
            r"^(?:combien\s+de\s+t[âa]ches|rien\s+de\s+pr[ée]vu)\b",
        ),
        "done": (
            r"^(?:c\s+fait|c'?est\s+fait|c\s+bon\s+c\s+fait|d[ée]j[àa]\s+fait|fini|finito"
            r"|termin[ée]e?|r[ée]gl[ée]|ça\s+y\s+est|ca\s+y\s+est|c'?est\s+r[ée]gl[ée]"
            r"|c'?est\s+termin[ée]|c'?est\s+envoy[ée]|c'?est\s+pay[ée]|c'?est\s+bon\s+c'?est\s+fait"
            r"|effectu[ée]|boucl[ée]|ok\s+c'?est\s+fait|mission\s+accomplie)"
            r"(?:\s+pour\s+\S.*)?[\s!.✅👍]*$",
            r"^(?:c'?est\s+bon[\s,]+|ok[\s,]+|bon[\s,]+|voil[àa][\s,]+)?(?:j'?ai|on\s+a|nous\s+avons)"
            r"\s+(?:d[ée]j[àa]\s+|bien\s+|enfin\s+|tout\s+|fini\s+de\s+)?"
            + _DONE_PARTICIPLES
            + r"\b(?!.*\b(?:avant|d'ici|pour|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi"
            r"|dimanche)\b)",
            r"^(?:marque|marquer|coche|cocher)\s+.+\s+comme\s+(?:fait|faite|termin[ée]e?|fini)\b",
            r"\b(?:est|sont)\s+(?:d[ée]j[àa]\s+|bien\s+)?(?:fait|faite|faits|faites|termin[ée]e?s?"
            r"|fini|finie|r[ée]gl[ée]e?s?|boucl[ée]e?s?|pay[ée]e?s?|envoy[ée]e?s?|r[ée]serv[ée]e?s?"
            r"|exp[ée]di[ée]e?s?|livr[ée]e?s?|sign[ée]e?s?|valid[ée]e?s?|rang[ée]e?s?|nettoy[ée]e?s?"
            r"|imprim[ée]e?s?|command[ée]e?s?|r[ée]par[ée]e?s?|corrig[ée]e?s?)[\s!.✅👍]*$",
            # "Marc a envoyé le devis": someone reports a task as done
            r"^(?:il|elle|ils|elles|on|[A-Za-zÀ-ÿ][\w-]+)\s+(?:a|ont)\s+(?:d[ée]j[àa]\s+|bien\s+)?"
            + _DONE_PARTICIPLES
            + r"\b(?!.*\b(?:avant|d'ici|pour|demain)\b)(?![^?]*\?)",
        ),
        "help": (
            r"^(?:à\s+l'aide|a\s+l'aide|aidez[-\s]moi|aide[-\s]moi|besoin\s+d'aide)[\s!.?]*$",
            r"^(?:tu\s+sers\s+[àa]\s+quoi|[àa]\s+quoi\s+tu\s+sers|[àa]\s+quoi\s+(?:ça|ca)\s+sert"
            r"|tu\s+fais\s+quoi\s*\?|tu\s+peux\s+faire\s+quoi|que\s+sais[-\s]tu\s+faire"
            r"|qu'?est[-\s]ce\s+que\s+tu\s+(?:sais|peux)\s+faire|que\s+peux[-\s]tu\s+faire"
            r"|comment\s+(?:ça|ca)\s+(?:marche|fonctionne)|comment\s+(?:on\s+)?(?:t'|l')utilise"
            r"|comment\s+(?:je\s+fais\s+pour\s+|faire\s+pour\s+|on\s+fait\s+pour\s+)?(?:ajouter"
            r"|cr[ée]er|supprimer|modifier|assigner|marquer|annuler)\s+(?:une|un|les|des)\s+"
            r"(?:t[âa]che|rappel)|c'?est\s+quoi\s+les\s+commandes|quelles\s+sont\s+les\s+commandes"
            r"|mode\s+d'emploi|tu\s+es\s+qui|qui\s+es[-\s]tu)",
        ),
        "settings": (
            r"^(?:param[èe]tres|r[ée]glages|pr[ée]f[ée]rences|fuseau)\b",
            r"^(?:change|changer|modifie|modifier|mets|mettre|passe|passer|r[èe]gle|r[ée]gler)"
            r"\s+(?:mon\s+|ma\s+|le\s+|la\s+|l'|l’)?(?:fuseau(?:\s+horaire)?|langue|heure\s+du"
            r"\s+r[ée]sum[ée]|notifications?)\b",
            r"^(?:passe|passez|bascule|mets|mettez|mets-toi)\s+(?:la\s+langue\s+)?en\s+(?:anglais"
            r"|fran[çc]ais|espagnol|allemand|portugais|italien|arabe)\b",
            r"^(?:parle|parlez|r[ée]ponds|r[ée]pondez|[ée]cris|[ée]crivez)[-\s](?:moi\s+|nous\s+)?"
            r"en\s+(?:anglais|fran[çc]ais|espagnol|allemand|portugais|italien|arabe)\b",
            r"\b(?:envoie|envoyez|envoyer|mets|programme)[-\s]?(?:moi|nous)?\s+(?:le|mon|un|les)\s+"
            r"(?:r[ée]sum[ée]|r[ée]cap|bilan|digest)s?\b(?:\s+(?:quotidien|du\s+jour|journalier))?"
            r"\s+(?:chaque|tous\s+les|à|a|vers|le\s+matin|le\s+soir)\b",
            r"^(?:le\s+|mon\s+)?(?:r[ée]sum[ée]|r[ée]cap|bilan)\s+(?:quotidien|du\s+matin|journalier"
            r"|du\s+soir)?\s*(?:à|a|vers)\s+\d",
            r"\b(?:d[ée]sactive|d[ée]sactiver|active|activer|coupe|couper)\s+(?:les\s+|le\s+)?"
            r"(?:notifications?|r[ée]sum[ée]|r[ée]cap|rappels)\b",
            r"^(?:je\s+suis\s+(?:maintenant|actuellement|d[ée]sormais)\s+|j'habite\s+|je\s+vis\s+"
            r"|j'ai\s+d[ée]m[ée]nag[ée]\s+)(?:à|a|au|en)\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ -]+[.!]?$",
        ),
        "chitchat": (
            r"^(?:bonne\s+(?:journ[ée]e|soir[ée]e|nuit|semaine|ann[ée]e|chance|f[êe]te|app[ée]tit)"
            r"|merci|bonjour|bonsoir|salut|coucou|(?:ça|ca)\s+va|comment\s+(?:ça|ca)\s+va|comment"
            r"\s+vas[-\s]tu|(?:ça|ca)\s+roule|(?:ça|ca)\s+marche|d'accord|daccord|dac|pas\s+de"
            r"\s+(?:souci|soucis|probl[èe]me|prob)|de\s+rien|à\s+plus|a\s+plus|à\s+demain|a\s+demain"
            r"|à\s+tout\s+(?:à|a)\s+l'heure|à\s+bient[ôo]t|a\s+bient[ôo]t|ok\s+parfait|g[ée]nial"
            r"|trop\s+bien|trop\s+cool|mdr|ptdr|bisous|bises|bravo|je\s+t'aime|bien\s+jou[ée]"
            r"|coucou|re\s*bonjour|tu\s+vas\s+bien)\b",
            # where the sender is or what the weather does: news, not a task
            r"^(?:j'arrive|j'suis\s+l[àa]|je\s+serai\s+(?:l[àa]|en\s+retard)|je\s+suis\s+(?:l[àa]"
            r"|en\s+retard|en\s+route|arriv[ée]e?|rentr[ée]e?|dispo|crev[ée]e?|malade)|on\s+arrive"
            r"|il\s+fait\s+(?:beau|chaud|froid|moche|nuit|gris)|il\s+pleut|il\s+neige)\b",
            r"^(?:top|super|nickel|parfait|parfaite|impeccable|entendu|compris|not[ée]|ouais"
            r"|oui|non|ok\s+merci|oki|okay\s+merci)[\s!.]*$",
        ),
    },
    ask_openers=(
        r"(?:demande|dis|rappelle|dites|demandez)\s+(?:[aà]\s+)?{name}\s+(?:de\s+|d'|qu'(?:il|elle)\s+)(?:me\s+|m')?",
        r"(?!(?:je|tu|il|elle|on|nous|vous|ils|elles|quelqu'un|personne|tout|[cç]a|cela|aujourd'hui|demain|qui|que|ce|le|la|les)\b){name}\s+(?:doit|devrait)\s+(?:m'|m\s+(?=\w{4}))?",
        # "faudrait que sam envoie le devis": the person, then the task
        r"(?:il\s+)?(?:faut|faudrait|faudra)\s+qu?e\s+(?!(?:je|j'|tu|il|elle|on|nous|vous|ils|elles|quelqu'un|personne|[cç]a|cela|ce|le|la|les|l'|demain|tout|rien|si|oui|non|bien|mal|dommage)\b){name}\s+(?=\w{3,})",
    ),
    name_modals=(
        r"tu\s+peux",
        r"peux[-\s]tu",
        r"tu\s+pourrais",
        r"pourrais[-\s]tu",
        r"vous\s+pouvez",
        r"pouvez[-\s]vous",
        r"pourriez[-\s]vous",
        r"est[-\s]ce\s+que\s+tu\s+peux",
        r"est[-\s]ce\s+que\s+tu\s+pourrais",
        r"tu\s+veux\s+bien",
        r"tu\s+dois",
        r"doit",
        r"peut",
        r"devrait",
        r"merci\s+de",
        r"stp",
        r"svp",
    ),
    request_markers=(
        r"s'il\s+te\s+pla[iî]t",
        r"s'il\s+vous\s+pla[iî]t",
        r"stp",
        r"svp",
        r"peux\s+tu",
        r"pourriez[-\s]vous",
        r"est[-\s]ce\s+que\s+tu\s+peux",
        r"est[-\s]ce\s+que\s+vous\s+pouvez",
        r"tu\s+veux\s+bien",
        r"merci\s+de",
        r"tu\s+(?:me|nous)\s+rappel(?:les|eras)",
    ),
    own_needs=(
        "faut que",
        "il faut que",
        "faut",
        "il faut",
        "je dois",
        "faudrait que",
        "je vais devoir",
    ),
    assign_after=(
        r"(?:[cç]a|ce|cela)\s+(?:c'est|c\s+est|est)\s+pour\s+",
        r"(?:[cç]a|cela)\s+c'est\s+(?:à|a)\s+",
    ),
    deadline_leads=(
        "d'ici",
        "d'ici le",
        "d'ici à",
        "au plus tard",
        "au plus tard le",
        "avant",
        "avant le",
        "avant la",
        "jusqu'à",
        "jusqu'au",
        "jusqu'a",
        "dernier délai",
        "dernier delai",
    ),
    date_leads=(
        "d'ici",
        "d'ici le",
        "d'ici à",
        "au plus tard",
        "au plus tard le",
        "avant le",
        "avant la",
        "pour le",
        "pour la",
        "jusqu'à",
        "jusqu'au",
        "jusqu'a",
        "à partir de",
        "a partir de",
        "à partir du",
        "dès",
        "des le",
        "dès le",
        "vers",
        "au",
        "ce",
        "cette",
        "les",
        "de",
    ),
    lead_fillers=(
        # "und luftballons kaufen": the word that joins it to the task before.
        "et",
        "et aussi",
        "et puis",
        "rappelle moi de",
        "rappelle moi d'",
        "rappelle moi",
        "rappelle-moi",
        "rapelle moi de",
        "rapelle moi d'",
        "rapelle moi",
        "rappelles-moi de",
        "rappelles-moi d'",
        "rappelez-moi",
        "n'oublie pas de me rappeler de",
        "n'oublie pas de me rappeler d'",
        "n'oublie pas de me rappeler",
        "tu me rappelles de",
        "tu me rappelles d'",
        "tu me rappelles",
        "rappele moi de",
        "rappele moi d'",
        "rappele-moi de",
        "rappele-moi d'",
        "rappele moi",
        "rapelle-moi de",
        "rapelle-moi d'",
        "rappelles moi de",
        "rappelles moi d'",
        "alerte-moi pour",
        "alerte-moi",
        "alerte moi pour",
        "préviens-moi",
        "préviens moi pour",
        "previens moi pour",
        "previens-moi pour",
        "prévenez-moi pour",
        "me rappeler de",
        "me rappeler d'",
        "me rappeler",
        "mets-moi un rappel pour",
        "mets-moi un rappel",
        "mets moi un rappel pour",
        "mets un rappel pour",
        "mets un rappel",
        "crée un rappel pour",
        "cree un rappel pour",
        "crée un rappel",
        "ajoute un rappel pour",
        "ajoute un rappel",
        "programme un rappel pour",
        "un rappel pour",
        "rappel :",
        "rappel:",
        "rappel",
        "fais-moi penser à",
        "fais moi penser à",
        "fais-moi penser a",
        "fais moi penser a",
        "préviens-moi pour",
        "n'oublie pas",
        "noublie pas de",
        "noublie pas d'",
        "oublie pas de",
        "oublie pas d'",
        "ne pas oublier de",
        "ne pas oublier d'",
        "pas oublier de",
        "pense à",
        "pense a",
        "penses à",
        "penser à",
        "il faut que je",
        "il faut que j'",
        "il faut qu'on",
        "faut que je",
        "faut que j'",
        "faut que j",
        "il faut que j",
        "faudrait que j",
        "faudrait que je",
        "faut qu'on",
        "il faudrait",
        "faudrait",
        "il faudra",
        "faudra",
        "faut",
        "je dois encore",
        "je dois",
        "j'dois",
        "on doit",
        "nous devons",
        "tu dois",
        "j'ai besoin de",
        "j'ai besoin d'",
        "on a besoin de",
        "est-ce que tu peux",
        "est-ce que tu pourrais",
        "est ce que tu peux",
        "est-ce que vous pouvez",
        "tu pourrais",
        "pourrais-tu",
        "pourriez-vous",
        "vous pouvez",
        "peux tu",
        "tu veux bien",
        "merci de",
        "merci d'",
        "s'il te plait",
        "s'il vous plait",
        "à faire :",
        "à faire:",
        "a faire:",
        "todo :",
        "priorité haute :",
        "priorité haute:",
        "priorite haute:",
        "priorité haute",
        "pas urgent,",
        "pas urgent :",
        "alors",
        "bon",
        "et puis",
        "puis",
        "ensuite",
        "aussi",
        "et",
        "euh",
        "du coup",
        "au fait",
        "un jour",
        "faudrait que je",
        "note que je dois",
        "note moi",
        "note-moi",
    ),
    trail_fillers=(
        "s'il te plait",
        "s'il te plaît",
        "s'il vous plait",
        "s'il vous plaît",
        "merci beaucoup",
        "merci bcp",
        "merci",
        "stp merci",
        "svp merci",
        "un de ces jours",
        "un de ces quatre",
        "quand tu peux",
        "quand tu pourras",
        "quand tu as le temps",
        "quand tu auras le temps",
        "quand vous pouvez",
        "si tu peux",
        "si tu as le temps",
        "si possible",
        "au plus tard",
        "à un moment",
        "mdr",
        "bisous",
        "bises",
        "note le",
        "note-le",
        "stp",
        "svp",
    ),
    priority={
        "urgent": "urgent",
        "urgente": "urgent",
        "au plus vite": "urgent",
        "dès que possible": "urgent",
        "des que possible": "urgent",
        "priorité haute": "high",
        "priorite haute": "high",
        "important": "high",
        "pas pressé": "low",
        "pas presse": "low",
        "pas urgent": "low",
        "quand tu peux": "low",
    },
    remind_leads=_REMIND_LEADS,
    remind_links=_REMIND_LINKS,
    abbreviations={
        "pr": "pour",
        "ds": "dans",
        "qd": "quand",
        "bcp": "beaucoup",
        "tjs": "toujours",
        "dc": "donc",
        "mtn": "maintenant",
        "pcq": "parce que",
        "pk": "pourquoi",
        "qqch": "quelque chose",
        "qqn": "quelqu'un",
        "auj": "aujourd'hui",
        "dm1": "demain",
        "dem1": "demain",
    },
)
