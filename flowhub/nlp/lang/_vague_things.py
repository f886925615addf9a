"""Words of done news that name no particular thing, and words that tie a thing to what it is
for, per language.

"finally sorted the certificates thing today" names the certificates; "thing", "finally" and
"today" say nothing about which certificates, so they never tell two tasks apart. Words a task's
title lacks count against it only when they are not these ("the milan certificates" is not
"Print certificates for Rome").
"""

from __future__ import annotations

__all__ = ["THING_LINKS", "VAGUE_THINGS"]

# fmt: off
_WORDS: dict[str, str] = {
    "en": "thing things stuff task tasks matter item issue topic bits part whole everything all "
          "went gone came took made finally today yesterday tonight morning afternoon evening "
          "earlier already just also over there that's it's anyway totally completely properly "
          "mark marked tick ticked list",
    "ru": "тема тему задача задачу задачи штука штуку вопрос дело делом всё все сегодня вчера "
          "утром вечером наконец уже готово готов готова сделала сделал сделано теперь только "
          "отметь отметить",
    "ar": "موضوع الموضوع مهمة المهمة المهمه مهمه شغلة الشغلة الشغله حاجة الحاجة الحاجه خلاص "
          "اليوم امبارح أمس امس بكرة خلصنا",
    "es": "tema cosa cosas tarea asunto todo ayer listo hecho hecha finalmente terminé acabé "
          "marca marcar",
    "pt": "coisa coisas tarefa assunto tema hoje ontem pronto pronta feito feita tudo finalmente "
          "terminei acabei marca marcar",
    "de": "sache ding dinge aufgabe thema heute gestern erledigt fertig endlich schon alles "
          "abhaken",
    "fr": "truc chose tâche sujet affaire aujourd'hui hier fini finie fait faite enfin déjà tout",
    "it": "cosa compito faccenda oggi ieri fatto fatta finito finita finalmente già tutto",
    "nl": "ding taak zaak vandaag gisteren klaar gedaan eindelijk alles",
    "tr": "şey görev konu bugün dün bitti tamam sonunda hepsi",
    "id": "tugas urusan hari kemarin sudah udah selesai beres akhirnya",
    "hi": "kaam cheez aaj kal ho gaya kar diya काम चीज़ आज कल",
}
# fmt: on

VAGUE_THINGS: frozenset[str] = frozenset(w for words in _WORDS.values() for w in words.split())

# Words between a thing and what it is for or about: "certificates for Rome", "сертификаты для
# Рима", "certificados para Roma", "Zertifikate für Rom", "شركة لـ السواقين".
# fmt: off
_LINKS: dict[str, str] = {
    "en": "for of to from at in about with",
    "ru": "для по на в во с со из у к о об про",
    "ar": "ل لل في من عن مع بخصوص الى إلى",
    "es": "para de del en con a al sobre",
    "pt": "para pra de do da dos das em no na com a ao sobre",
    "de": "für fur von vom zum zur mit nach aus an am im bei",
    "fr": "pour de du des à au aux en avec sur",
    "it": "per di del della dei delle a al alla con su",
    "nl": "voor van naar met aan op in bij",
    "id": "untuk dari ke di buat dengan",
    "hi": "ke ki ka ko liye के की का को लिए",
}
# fmt: on

THING_LINKS: frozenset[str] = frozenset(w for words in _LINKS.values() for w in words.split())
