"""Commands said in every language FlowHub reads, as the English command the skills read."""

from __future__ import annotations

import re

import pytest

from flowhub.nlp import english_command
from flowhub.nlp.lang import CHAT

SAID = {
    "es": [
        ("hecho", "done"),
        ("hecho 2", "done 2"),
        ("Hecho 2!", "done 2"),
        ("ya terminé la 2", "done 2"),
        ("ya termine la segunda", "done 2"),
        ("la 2 está lista", "done 2"),
        ("marca la 3 como hecha", "done 3"),
        ("hecho 1, 3 y 4", "done 1, 3, 4"),
        ("hecha la 1 y la 3", "done 1, 3"),
        ("hecho con el dentista", "done with el dentista"),
        ("deshacer", "undo"),
        ("mis tareas", "my tasks"),
        ("Mis recordatorios", "my reminders"),
        ("cancela", "cancel"),
        ("cancela el 2", "cancel 2"),
        ("borra la 3", "delete 3"),
        ("confirmar todo", "confirm all"),
        ("descartar todas", "discard all"),
        ("posponer 1 hora", "snooze 1 hour"),
        ("pospón 20 min", "snooze 20 minutes"),
        ("posponer media hora", "snooze 30 minutes"),
        ("posponer hasta mañana", "snooze until tomorrow"),
        ("sáltalo", "skip"),
        ("ayuda", "help"),
        ("ajustes", "settings"),
        ("para los recordatorios", "stop the reminders"),
        ("qué tengo para hoy", "what's due today"),
        ("vencidas", "overdue"),
    ],
    "pt": [
        ("sim", "yes"),
        ("não", "no"),
        ("feito 2", "done 2"),
        ("já terminei a segunda", "done 2"),
        ("a 2 tá feita", "done 2"),
        ("desfazer", "undo"),
        ("minhas tarefas", "my tasks"),
        ("meus lembretes", "my reminders"),
        ("cancela", "cancel"),
        ("confirmar tudo", "confirm all"),
        ("descartar tudo", "discard all"),
        ("adiar 1 hora", "snooze 1 hour"),
        ("pular", "skip"),
        ("ajuda", "help"),
        ("configurações", "settings"),
        ("parar os lembretes", "stop the reminders"),
        ("o que tenho pra hoje", "what's due today"),
        ("bom dia", "hi"),
        ("muito obrigado", "thanks"),
    ],
    "fr": [
        ("fait 2", "done 2"),
        ("j'ai fini la deuxième", "done 2"),
        ("la 2 est faite", "done 2"),
        ("fait dentiste", "done with dentiste"),
        ("annuler", "undo"),
        ("mes tâches", "my tasks"),
        ("mes rappels", "my reminders"),
        ("laisse tomber", "cancel"),
        ("tout confirmer", "confirm all"),
        ("tout supprimer", "discard all"),
        ("reporte d'une heure", "snooze 1 hour"),
        ("reporter 20 min", "snooze 20 minutes"),
        ("passe", "skip"),
        ("aide", "help"),
        ("paramètres", "settings"),
        ("arrête les rappels", "stop the reminders"),
        ("qu'est-ce que j'ai aujourd'hui", "what's due today"),
        ("merci beaucoup", "thanks"),
    ],
    "de": [
        ("erledigt", "done"),
        ("erledigt 2", "done 2"),
        ("erledigt 2 und 4", "done 2, 4"),
        ("die zweite ist erledigt", "done 2"),
        ("Nummer 2 ist fertig", "done 2"),
        ("erledigt Zahnarzt", "done with Zahnarzt"),
        ("rückgängig", "undo"),
        ("mach das rückgängig", "undo"),
        ("meine Aufgaben", "my tasks"),
        ("meine Erinnerungen", "my reminders"),
        ("abbrechen", "cancel"),
        ("alle bestätigen", "confirm all"),
        ("alles verwerfen", "discard all"),
        ("in einer Stunde nochmal", "snooze 1 hour"),
        ("verschiebe um 20 min", "snooze 20 minutes"),
        ("überspringen", "skip"),
        ("hilfe", "help"),
        ("einstellungen", "settings"),
        ("erinnerungen stoppen", "stop the reminders"),
        ("was habe ich heute", "what's due today"),
        ("vielen Dank", "thanks"),
    ],
    "it": [
        ("sì", "yes"),
        ("fatto 2", "done 2"),
        ("ho finito la seconda", "done 2"),
        ("la 2 è fatta", "done 2"),
        ("annulla", "undo"),
        ("le mie attività", "my tasks"),
        ("i miei promemoria", "my reminders"),
        ("lascia perdere", "cancel"),
        ("conferma tutto", "confirm all"),
        ("scarta tutto", "discard all"),
        ("rimanda di un'ora", "snooze 1 hour"),
        ("salta", "skip"),
        ("aiuto", "help"),
        ("impostazioni", "settings"),
        ("cosa ho oggi", "what's due today"),
        ("ciao", "hi"),
        ("buon pomeriggio", "hi"),
        ("grazie mille", "thanks"),
    ],
    "nl": [
        ("nee", "no"),
        ("klaar 2", "done 2"),
        ("de tweede is af", "done 2"),
        ("ongedaan maken", "undo"),
        ("mijn taken", "my tasks"),
        ("mijn herinneringen", "my reminders"),
        ("annuleer", "cancel"),
        ("alles bevestigen", "confirm all"),
        ("alles weggooien", "discard all"),
        ("stel uit met een uur", "snooze 1 hour"),
        ("overslaan", "skip"),
        ("hulp", "help"),
        ("instellingen", "settings"),
        ("wat heb ik vandaag", "what's due today"),
        ("hallo", "hi"),
        ("dank je wel", "thanks"),
    ],
    "id": [
        ("iya", "yes"),
        ("nggak", "no"),
        ("selesai 2", "done 2"),
        ("yang kedua udah beres", "done 2"),
        ("urungkan", "undo"),
        ("tugasku", "my tasks"),
        ("pengingatku", "my reminders"),
        ("ga jadi", "cancel"),
        ("konfirmasi semua", "confirm all"),
        ("buang semua", "discard all"),
        ("tunda 1 jam", "snooze 1 hour"),
        ("lewati", "skip"),
        ("bantuan", "help"),
        ("pengaturan", "settings"),
        ("hari ini ada tugas apa", "what's due today"),
        ("selamat pagi", "hi"),
        ("terima kasih", "thanks"),
    ],
    "hi": [
        ("हाँ", "yes"),
        ("nahi", "no"),
        ("हो गया", "done"),
        ("2 हो गया", "done 2"),
        ("दूसरा हो गया", "done 2"),
        ("2 ho gaya", "done 2"),
        ("dusri ho gayi", "done 2"),
        ("वापस करो", "undo"),
        ("मेरे काम", "my tasks"),
        ("mere kaam", "my tasks"),
        ("मेरे रिमाइंडर", "my reminders"),
        ("रद्द करो", "cancel"),
        ("सब पक्का करो", "confirm all"),
        ("सब हटा दो", "discard all"),
        ("1 घंटे बाद", "snooze 1 hour"),
        ("छोड़ दो", "skip"),
        ("मदद", "help"),
        ("आज क्या है", "what's due today"),
        ("नमस्ते", "hi"),
        ("धन्यवाद", "thanks"),
    ],
    "tr": [
        ("evet", "yes"),
        ("hayır", "no"),
        ("bitti", "done"),
        ("2 bitti", "done 2"),
        ("ikinciyi yaptım", "done 2"),
        ("2'yi yaptım", "done 2"),
        ("geri al", "undo"),
        ("görevlerim", "my tasks"),
        ("hatırlatıcılarım", "my reminders"),
        ("iptal", "cancel"),
        ("hepsini onayla", "confirm all"),
        ("hepsini sil", "discard all"),
        ("1 saat ertele", "snooze 1 hour"),
        ("atla", "skip"),
        ("yardım", "help"),
        ("bugün ne var", "what's due today"),
        ("merhaba", "hi"),
        ("teşekkürler", "thanks"),
    ],
    "ru": [
        ("да", "yes"),
        ("нет", "no"),
        ("готово", "done"),
        ("готово 2", "done 2"),
        ("вторую сделал", "done 2"),
        ("отмени", "undo"),
        ("мои задачи", "my tasks"),
        ("мои напоминания", "my reminders"),
        ("отмена", "cancel"),
        ("подтвердить все", "confirm all"),
        ("удалить все", "discard all"),
        ("отложи на час", "snooze 1 hour"),
        ("пропустить", "skip"),
        ("помощь", "help"),
        ("что на сегодня", "what's due today"),
        ("привет", "hi"),
        ("спасибо", "thanks"),
    ],
    "ar": [
        ("نعم", "yes"),
        ("لا", "no"),
        ("تم", "done"),
        ("تم 2", "done 2"),
        ("خلصت الثانية", "done 2"),
        ("تم ٢", "done 2"),
        ("تراجع", "undo"),
        ("مهامي", "my tasks"),
        ("تذكيراتي", "my reminders"),
        ("الغاء", "cancel"),
        ("أكد الكل", "confirm all"),
        ("احذف الكل", "discard all"),
        ("أجل ساعة", "snooze 1 hour"),
        ("تخطى", "skip"),
        ("مساعدة", "help"),
        ("ماذا عندي اليوم", "what's due today"),
        ("السلام عليكم", "hi"),
        ("شكرا", "thanks"),
    ],
}

# Task sentences that only start like a command, and English, which needs no rewriting.
NOT_COMMANDS = {
    "es": ["hecho de menos a mi madre", "hecho el pedido", "terminé el informe", "listo",
           "la segunda lista de compras", "ayuda a Juan con la mudanza", "borra la pizarra"],
    "pt": ["feito o relatório", "ajuda o João com a mudança", "cancelar a assinatura sexta"],
    "fr": ["fait les courses demain", "annule la réunion de demain", "aide Marc à déménager"],
    "de": ["Erledigt die Steuererklärung bis Freitag", "hilfe beim Umzug organisieren",
           "lösche die alten Dateien"],
    "it": ["fatto il bucato", "salta la corda con Anna", "annulla la prenotazione venerdì"],
    "nl": ["klaar met de afwas", "de 2 kinderen ophalen", "annuleer de kapper vrijdag"],
    "id": ["selesai laporan", "selesaikan laporan hari Jumat", "hapus file lama"],
    "hi": ["2 बजे तक रिपोर्ट भेजो", "कल लाइब्रेरी की किताब वापस करो"],
    "tr": ["2 ekmek al", "eski dosyaları sil"],
    "ru": ["готово к отправке", "отменить бронь в пятницу"],
    "ar": ["تم الاتفاق على الموعد", "احذف الملفات القديمة يوم الخميس"],
    "en": ["done 2", "my tasks", "undo", "snooze 1 hour", "buy milk tomorrow"],
}  # fmt: skip

CORE = ("done", "done {n}", "undo", "my tasks", "my reminders", "cancel", "confirm all",
        "discard all", "snooze {n} {unit}", "skip", "help", "settings", "stop the reminders",
        "what's due today", "hi", "thanks")  # fmt: skip


@pytest.mark.parametrize(
    ("code", "text", "english"),
    [(code, text, english) for code, cases in SAID.items() for text, english in cases],
)
def test_command_reads_as_english(code: str, text: str, english: str) -> None:
    assert english_command(text, locale=code) == english
    if " with " not in english:  # a task named by its words is read in the person's language only
        assert english_command(text) == english  # before the person's language is known


@pytest.mark.parametrize(
    ("code", "text"), [(code, t) for code, texts in NOT_COMMANDS.items() for t in texts]
)
def test_task_sentence_is_no_command(code: str, text: str) -> None:
    assert english_command(text, locale=code) in (None, text)


@pytest.mark.parametrize("code", sorted(CHAT))
def test_every_language_says_the_core_commands(code: str) -> None:
    assert set(CORE) <= set(CHAT[code].commands)


@pytest.mark.parametrize("code", sorted(CHAT))
def test_sources_survive_folding(code: str) -> None:
    # Sources are lower-cased before use, so an upper-case escape (\S, \W) or group would break.
    for sources in CHAT[code].commands.values():
        for source in sources:
            assert not re.search(r"\\[A-Z]|\(\?P", source), source


@pytest.mark.parametrize(
    ("code", "text", "english"),
    [
        ("it", "no aspetta, giovedi", "no, giovedi"),
        ("nl", "maak er donderdag van", "no, donderdag"),
        ("id", "eh bukan, hari kamis aja", "no, kamis"),
        ("tr", "yok yok perşembe olsun", "no, perşembe"),
        ("ru", "не, лучше в четверг", "no, четверг"),
        ("ar", "لا خليها الخميس", "no, الخميس"),
        ("hi", "nahi nahi, thursday ko kar do", "no, thursday"),
        ("fr", "non, plutôt jeudi", "no, jeudi"),
        ("it", "sposta commercialista a giovedì", "move commercialista to giovedì"),
        ("id", "pindahin laporan bu rina ke hari kamis", "move laporan bu rina to kamis"),
        ("ru", "перенеси на четверг", "move it to четверг"),
        ("it", "ok va bene", "yes"),
        ("tr", "tamam kaydet", "yes"),
        ("ru", "да, сохрани", "yes"),
        ("nl", "ja klopt, opslaan", "yes"),
        ("nl", "tandarts is geregeld, mag weg", "done with tandarts"),
        ("id", "yg no 1 udah selesai", "done 1"),
        ("hi", "2 done ho gaya", "done 2"),
        ("it", "annulla, non l'ho ancora chiamato", "undo"),
        ("id", "eh batalin, salah pencet", "undo"),
        ("nl", "verwijder de tandarts maar, heb afgezegd", "delete de tandarts"),
        ("nl", "nog 10 min pls", "snooze 10 minutes"),
        ("id", "nanti aja 1 jam lagi", "snooze 1 hour"),
        ("it", "assegnala a Sam", "assign to Sam"),
        ("it", "priorità alta", "priority high"),
        ("it", "riepilogo alle 7:30", "digest 7:30"),
        ("it", "ricordami 30 minuti prima", "remind me 30 minutes before"),
        ("nl", "geen datum", "no date"),
        ("nl", "titel: tandarts bellen", "title: tandarts bellen"),
        ("id", "serahkan ke Sam", "assign to Sam"),
        ("id", "matikan ringkasan", "digest off"),
        ("tr", "Sam'e ata", "assign to Sam"),
        ("tr", "Berlin'deyim", "I'm in Berlin"),
        ("hi", "कोई तारीख नहीं", "no date"),
        ("hi", "main Delhi mein hoon", "I'm in Delhi"),
        ("de", "Priorität hoch", "priority high"),
        ("es", "recuérdame 30 minutos antes", "remind me 30 minutes before"),
        ("fr", "résumé à 7h30", "digest 7h30"),
        ("pt", "sem data", "no date"),
        ("ru", "высокий приоритет", "priority high"),
        ("ar", "بدون تاريخ", "no date"),
    ],
)
def test_everyday_answers_read_as_english(code: str, text: str, english: str) -> None:
    assert english_command(text, locale=code) == english


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("it", "no grazie"),
        ("nl", "nee dank je"),
        ("ru", "нет, спасибо"),
        ("es", "no, no me acuerdo de nada de eso"),
        ("it", "elimina la differenziata"),
    ],
)
def test_a_no_without_a_day_is_no_correction(code: str, text: str) -> None:
    assert english_command(text, locale=code) is None
