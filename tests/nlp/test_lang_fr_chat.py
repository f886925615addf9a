"""French chat: intents, task titles, assignees and dates read from the language's word data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from flowhub.nlp import classify_intent, extract_tasks

PARIS = "Europe/Paris"
NOW = datetime(2026, 4, 10, 11, 0, tzinfo=ZoneInfo(PARIS))  # a Friday


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("rappelle-moi samedi à 10h d'emmener la voiture au garage", "remind"),
        ("tu peux me rappeler d'appeler mamie ce soir ?", "remind"),
        ("fais-moi penser à sortir les poubelles", "remind"),
        ("tu me rappelles d'appeler Paul ce soir ?", "remind"),
        ("les jeudis cours de piano", "remind"),
        ("le 1er du mois virer l'argent de poche", "remind"),
        ("du lundi au jeudi à 18h récupérer les enfants", "remind"),
        ("qu'est-ce que je dois faire cette semaine ?", "query"),
        ("on a quoi de prévu demain", "query"),
        ("mes rappels", "query"),
        ("quelles sont mes tâches en retard ?", "query"),
        ("Karim a quoi à faire aujourd'hui ?", "query"),
        ("c'est fait !", "done"),
        ("j'ai déjà envoyé le colis", "done"),
        ("le rapport est terminé", "done"),
        ("la facture est payée", "done"),
        ("Julie a envoyé le devis", "done"),
        ("à l'aide", "help"),
        ("qu'est-ce que tu sais faire ?", "help"),
        ("change la langue en anglais", "settings"),
        ("passe en anglais stp", "settings"),
        ("envoie-moi le récap tous les soirs à 19h", "settings"),
        ("je suis maintenant à Montréal", "settings"),
        ("bonsoir tout le monde", "other"),
        ("merci beaucoup", "other"),
        ("top !", "other"),
        ("j'arrive dans 5 min", "other"),
        ("il fait beau aujourd'hui", "other"),
        ("réserver le resto pour samedi soir", "capture"),
        ("Léa tu peux mettre à jour le tableau des dépenses ?", "capture"),
    ],
)
def test_intents(text: str, intent: str) -> None:
    assert classify_intent(text) == intent


@pytest.mark.parametrize(
    ("text", "title", "assignee", "due"),
    [
        ("Marc peux-tu imprimer les flyers d'ici mercredi ?", "Imprimer les flyers", "Marc",
         "2026-04-15"),
        ("Paul pourrais-tu appeler le fournisseur demain ?", "Appeler le fournisseur", "Paul",
         "2026-04-11"),
        ("Chloé est-ce que tu peux récupérer les enfants à 17h ?", "Récupérer les enfants",
         "Chloé", "2026-04-10T17:00"),
        ("n'oublie pas de payer la facture avant le 20", "Payer la facture", None, "2026-04-20"),
        ("rappelle-moi demain à 8h d'arroser les plantes", "Arroser les plantes", None,
         "2026-04-11T08:00"),
        ("tu peux me rappeler d'appeler mamie lundi ?", "Appeler mamie", None, "2026-04-13"),
        ("il faudrait nettoyer la terrasse samedi stp", "Nettoyer la terrasse", None,
         "2026-04-11"),
        ("les jeudis cours de piano", "Cours de piano", None, "2026-04-16"),
        ("mets-moi un rappel pour jeudi 9h réunion", "Réunion", None, "2026-04-16T09:00"),
        ("alerte-moi à 17h pour partir", "Partir", None, "2026-04-10T17:00"),
        ("préparer le repas de ce soir", "Préparer le repas", None, "2026-04-10T18:00"),
    ],
)  # fmt: skip
def test_tasks(text: str, title: str, assignee: str | None, due: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=PARIS, sender="Camille")
    assert (task.title, task.assignee) == (title, assignee)
    assert task.due is not None and task.due.start.isoformat().startswith(due)


@pytest.mark.parametrize(
    "text",
    ["commander les croquettes du chat quand tu peux", "acheter du lait stp"],
)
def test_trailing_politeness_leaves_the_title(text: str) -> None:
    (task,) = extract_tasks(text, now=NOW, tz=PARIS, sender="Camille")
    assert not task.title.lower().endswith(("peux", "stp"))
