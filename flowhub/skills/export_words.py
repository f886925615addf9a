"""Asking for an export, in each language, and what the bot says when it sends one.

A message asks for an export when it holds an export verb and every other word is one of the
words such a request is made of (tasks, my, all, csv, please, …): "export my tasks",
"download my tasks as csv", "exporta mis tareas", "görevlerimi dışa aktar". A word outside those
("export the sales report by friday") leaves the message to capture.
"""

from __future__ import annotations

from flowhub.i18n import Text


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


EXPORT_CAPTION_MINE = Text("📤 Your tasks: {n} ({kind})")
EXPORT_CAPTION_GROUP = Text("📤 This group's tasks: {n} ({kind})")
EXPORT_NOTHING_MINE = Text("You have no tasks to export yet.")
EXPORT_NOTHING_GROUP = Text("This group has no tasks to export yet.")

# Verbs that ask for an export on their own ("export", "exportar").
EXPORT_VERBS = _words(
    "export exports exporting exportar exporta exportá exporte exportes exportame exportiere "
    "exportieren exportier exporter exportez exporté esporta esportare esportami esporti "
    "exporteer exporteren exporteert экспорт экспортируй экспортируйте экспортировать "
    "экспортни выгрузи выгрузите выгрузить выгрузка ekspor eksport ekspos aktar aktarır "
    "تصدير صدر صدّر صدري निर्यात एक्सपोर्ट"
)
# Verbs that ask for one only with the tasks or a format named ("download my tasks").
DOWNLOAD_VERBS = _words(
    "download downloaden descargar descarga descargame descárgame baixar baixa baixe "
    "herunterladen runterladen lade télécharger télécharge téléchargez scarica scaricare "
    "scaricami скачать скачай скачайте unduh indir indirmek نزل نزّل تنزيل تحميل حمل dump "
    "डाउनलोड"
)
# What the tasks are called: "tasks", "Aufgaben", "tareas", "görevlerimi", "مهامي".
TASK_WORDS = _words(
    "tasks task todos todo to-dos to-do list lists everything data aufgaben aufgabe liste "
    "tareas tarea pendientes tâches tâche taches tache tarefas tarefa attività attivita compiti "
    "taken taak lijst задачи задач задачу список görevlerimi görevleri görevler görevlerimizi "
    "görevlerini görevlerim işlerimi tugas tugasku tugasnya مهامي مهام المهام مهامنا कार्य टास्क "
    "काम kaam kam"
)
# File kinds and the small words around them: "as csv", "to json", "in Excel", "als CSV".
FORMAT_WORDS = _words(
    "csv json excel spreadsheet sheet file files format a an as to in into w w/ with of als en "
    "em come "
    "in als в как olarak sebagai dalam ke كـ بصيغة ملف के रूप में फाइल फ़ाइल file mein me"
)
# Determiners, pronouns and politeness around the request.
FILLERS = _words(
    "please pls plz can could would you u me i get give my our the all of for group's "
    "team's group team this chat's bitte mir meine unsere die alle por favor mis mi nuestras "
    "las todas las mes nos les toutes s'il te plaît stp svp minhas nossas as os meus minha "
    "todas le mie nostre i miei tutte tutti per favore mijn onze de het alle alsjeblieft "
    "aub мои наши все пожалуйста мне мои lütfen tüm bütün dışa disa tolong dong ya saya "
    "kami kita semua aku من فضلك لو سمحت كل كافة कृपया मेरे मेरा हमारे सारे सभी को करो कर दो "
    "दीजिए करें mere mera hamare sare saare sab karo kar do dijiye kardo karna hai "
    "send want need like i'd open done completed current entire whole puedes puede podrías "
    "podrias kannst du könntest peux-tu pouvez-vous tu peux pode você voce vc puoi potresti "
    "kun je kunt jij можешь можно mısın misin musun bisa ممكن هل يمكنك क्या आप सकते सकती हैं "
    "kya aap sakte sakti ho"
)
