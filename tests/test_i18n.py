"""Replies in the person's language: catalogs, the current locale, dates, and who chooses it."""

from __future__ import annotations

import gettext
import importlib
import pkgutil
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import flowhub.bot
import flowhub.skills
import flowhub.webhooks
from flowhub import i18n
from flowhub.bot.runtime import Runtime
from flowhub.i18n import (
    Plural,
    Text,
    and_list,
    day_label,
    language_named,
    localized,
    month_label,
    use_locale,
    weekday_name,
)
from flowhub.skills import (
    digest_words,
    forecast_words,
    insights,
    recur_words,
    remind_words,
    status_words,
    words,
)
from flowhub.storage import people, session_scope
from flowhub.storage.insights_types import Summary
from tests.conftest import ChatFactory

POT = Path(i18n.__file__).parent / "locale" / "flowhub.pot"
_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


def _texts() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.iter_modules(flowhub.skills.__path__):
        module = importlib.import_module(f"flowhub.skills.{info.name}")
        found |= {str.__str__(v) for v in vars(module).values() if isinstance(v, Text)}
    return found


def _plurals() -> set[Plural]:
    found: set[Plural] = set()
    for package in (flowhub.skills, flowhub.bot, flowhub.webhooks):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                values = value.values() if isinstance(value, dict) else [value]
                found |= {v for v in values if isinstance(v, Plural)}
    return found


def test_the_template_holds_every_message_the_skills_say() -> None:
    with POT.open("rb") as fh:
        template = {m.id for m in read_po(fh) if m.id}
    missing = _texts() - template
    assert not missing, f"run the pybabel extract command in flowhub/i18n.py: {sorted(missing)[:3]}"
    plurals = {(p.singular, p.plural) for p in _plurals()}
    assert len(plurals) >= 30 and not plurals - template


def _fields(text: str) -> set[str]:
    return set(_FIELD.findall(text))


@pytest.mark.parametrize("po", sorted(POT.parent.glob("*/LC_MESSAGES/flowhub.po")), ids=str)
def test_every_plural_has_each_form_of_its_language(po: Path) -> None:
    with po.open("rb") as fh:
        catalog = read_po(fh)
    form_of = gettext.c2py(catalog.plural_expr)
    numbers_of = [{n for n in range(1000) if form_of(n) == i} for i in range(catalog.num_plurals)]
    for plural in _plurals():
        message = catalog.get(plural.singular)
        assert message is not None and message.id == (plural.singular, plural.plural), plural
        forms = message.string
        assert isinstance(forms, tuple) and len(forms) == catalog.num_plurals, plural
        fields = _fields(plural.plural)
        for form, numbers in zip(forms, numbers_of, strict=True):
            # A form said of one number only ("مهمتان", "einen Tag") may leave the count out.
            spared = {"n", "count"} if len(numbers) == 1 else set()
            assert form and fields - spared <= _fields(form) <= fields, (plural, form)


@pytest.mark.parametrize("po", sorted(POT.parent.glob("*/LC_MESSAGES/flowhub.po")), ids=str)
def test_every_translation_keeps_the_fields_of_its_message(po: Path) -> None:
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id and message.string and not message.pluralizable:
            assert set(_FIELD.findall(str(message.string))) == set(_FIELD.findall(str(message.id)))


@pytest.fixture()
def catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    folder = tmp_path / "pt" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "flowhub.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "✅ Saved."\nmsgstr "✅ Salvo."\n\n'
        'msgid "🗑 Discarded: {title}"\nmsgstr "🗑 Descartado: {title}"\n\n'
        '#, fuzzy\nmsgid "Nothing to do"\nmsgstr "Nada a fazer"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "CATALOGS", tmp_path)
    i18n._catalog.cache_clear()
    yield
    i18n._catalog.cache_clear()


def test_text_reads_in_the_current_language(catalog: None) -> None:
    saved, discarded, fuzzy = Text("✅ Saved."), Text("🗑 Discarded: {title}"), Text("Nothing to do")
    with use_locale("pt_BR"):
        assert localized(saved) == "✅ Salvo."
        assert discarded.format(title="Pão") == "🗑 Descartado: Pão"
        assert f"{saved}" == "✅ Salvo."
        assert "> " + saved == "> ✅ Salvo." and saved + "!" == "✅ Salvo.!"
        assert localized(fuzzy) == "Nothing to do"  # an unreviewed translation is not used
        assert localized("plain words") == "plain words"
    assert localized(saved) == "✅ Saved."  # the block ends, English again
    with use_locale("de"):
        assert discarded.format(title="Brot") == "🗑 Discarded: Brot"  # no German catalog


def test_dates_follow_the_locale() -> None:
    friday = date(2026, 12, 4)
    assert day_label(friday) == "Fri 4 Dec" and month_label(friday) == "Dec 2026"
    with use_locale("pt"):
        assert day_label(friday) == "sex 4 dez"
    with use_locale("de"):
        assert day_label(friday) == "Fr 4 Dez"
    with use_locale("ru"):
        assert day_label(friday) == "пт 4 дек"
    with use_locale("hi_Latn"):  # Hinglish chats write dates as English does
        assert day_label(friday) == "Fri 4 Dec" and month_label(friday) == "Dec 2026"
        assert weekday_name(0) == "Monday" and and_list(["a", "b", "c"]) == "a, b, aur c"


@pytest.mark.parametrize(
    ("said", "code"),
    [("pt", "pt"), ("Português", "pt"), ("portugues", "pt"), ("Deutsch", "de"), ("hindi", "hi"),
     ("हिन्दी", "hi"), ("hinglish", "hi_Latn"), ("Hinglish", "hi_Latn"), ("hi_Latn", "hi_Latn"),
     ("Türkçe", "tr"), ("русский", "ru"), ("العربية", "ar"), ("Bahasa", "id"), ("klingon", None)],
)  # fmt: skip
def test_languages_are_known_by_any_of_their_names(said: str, code: str | None) -> None:
    assert language_named(said) == code


def _language(runtime: Runtime, user_id: str) -> tuple[str, bool]:
    with session_scope(runtime.engine) as session:
        identity = people.get_identity(
            session=session, platform="console", account="local", external_id=user_id
        )
        assert identity is not None
        person = people.get_person(session=session, person_id=identity.person_id)
        assert person is not None
        return person.locale, person.locale_chosen


def test_a_person_is_answered_in_the_language_they_write(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    joao = chat_as("joao", "João", tz="America/Sao_Paulo")
    joao.say("lembrar de pagar o aluguel amanhã às 9")
    assert _language(runtime, "joao") == ("pt", False)
    joao.say("ok")  # too short to tell: still Portuguese
    assert _language(runtime, "joao") == ("pt", False)
    joao.say("remind me tomorrow at 9 to call the bank")  # he switched: so does the bot
    assert _language(runtime, "joao") == ("en", False)


def test_a_chosen_language_stays_whatever_the_person_writes(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    lena = chat_as("lena", "Lena", tz="Europe/Berlin")
    lena.say("language deutsch")
    lena.say("remind me tomorrow at 9 to call the bank")
    assert _language(runtime, "lena") == ("de", True)


@pytest.mark.parametrize("code", i18n.LOCALES)
def test_button_labels_fit_whatsapp_in_every_language(code: str) -> None:
    labels = [v for k, v in vars(words).items() if k.endswith("_LABEL") and isinstance(v, Text)]
    assert labels
    with use_locale(code):
        too_long = [localized(label) for label in labels if len(localized(label)) > 20]
    assert not too_long


def test_the_hinglish_catalog_is_written_in_latin_letters() -> None:
    with (POT.parent / "hi_Latn" / "LC_MESSAGES" / "flowhub.po").open("rb") as fh:
        catalog = read_po(fh)
    texts = [str(m.string) for m in catalog if m.id and m.string]
    assert len(texts) >= len(_texts()) * 9 // 10
    assert not [t for t in texts if re.search("[\u0900-\u097f]", t)]


def _summary(done: int, open_: int, overdue: int, oldest: int | None) -> str:
    numbers = Summary(done, done, done, 0, 0, open_, overdue, oldest, None)
    return "\n".join(insights.summary_lines(numbers))


@pytest.mark.parametrize(
    ("code", "n", "expected"),
    [("ru", 1, "1 выполнена (1 вовремя), 1 создана\n"
               "1 открыта, 1 просрочена (самая старая — 1 день)"),
     ("ru", 2, "2 выполнены (2 вовремя), 2 созданы\n"
               "2 открыты, 2 просрочены (самая старая — 2 дня)"),
     ("ru", 5, "5 выполнено (5 вовремя), 5 создано\n"
               "5 открыто, 5 просрочено (самая старая — 5 дней)"),
     ("ru", 21, "21 выполнена (21 вовремя), 21 создана\n"
                "21 открыта, 21 просрочена (самая старая — 21 день)"),
     ("es", 1, "1 hecha (1 a tiempo), 1 creada\n1 abierta, 1 vencida (la más antigua hace 1 día)"),
     ("es", 5, "5 hechas (5 a tiempo), 5 creadas\n"
               "5 abiertas, 5 vencidas (la más antigua hace 5 días)"),
     ("de", 1, "1 erledigt (1 pünktlich), 1 neu\n1 offen, 1 überfällig (älteste seit 1 Tag)"),
     ("de", 2, "2 erledigt (2 pünktlich), 2 neu\n2 offen, 2 überfällig (älteste seit 2 Tagen)"),
     ("en", 1, "1 done (1 on time), 1 created\n1 open, 1 overdue (oldest 1 day)"),
     ("en", 21, "21 done (21 on time), 21 created\n21 open, 21 overdue (oldest 21 days)"),
     ("ar", 0, "0 منجزة (0 في الموعد)، 0 جديدة\n0 مفتوحة، لا شيء متأخر"),
     ("ar", 1, "مهمة واحدة منجزة (واحدة في الموعد)، مهمة واحدة جديدة\n"
               "مهمة واحدة مفتوحة، مهمة واحدة متأخرة (أقدمها منذ يوم واحد)"),
     ("ar", 2, "مهمتان منجزتان (اثنتان في الموعد)، مهمتان جديدتان\n"
               "مهمتان مفتوحتان، مهمتان متأخرتان (أقدمها منذ يومين)"),
     ("ar", 3, "3 مهام منجزة (3 في الموعد)، 3 مهام جديدة\n"
               "3 مهام مفتوحة، 3 مهام متأخرة (أقدمها منذ 3 أيام)"),
     ("ar", 11, "11 مهمة منجزة (11 في الموعد)، 11 مهمة جديدة\n"
                "11 مهمة مفتوحة، 11 مهمة متأخرة (أقدمها منذ 11 يومًا)"),
     ("ar", 100, "100 مهمة منجزة (100 في الموعد)، 100 مهمة جديدة\n"
                 "100 مهمة مفتوحة، 100 مهمة متأخرة (أقدمها منذ 100 يوم)")],
)  # fmt: skip
def test_the_numbers_of_a_week_agree_with_their_counts(code: str, n: int, expected: str) -> None:
    with use_locale(code):
        assert _summary(n, n, n, n if n else None) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ru", ["каждые 2 дня", "каждые 5 дней", "каждый 21 день"]),
     ("ar", ["كل يومين", "كل 5 أيام", "كل 21 يومًا"]),
     ("es", ["cada 2 días", "cada 5 días", "cada 21 días"]),
     ("de", ["alle 2 Tage", "alle 5 Tage", "alle 21 Tage"]),
     ("en", ["every 2 days", "every 5 days", "every 21 days"])],
)  # fmt: skip
def test_a_repeat_names_its_interval_in_the_right_form(code: str, expected: list[str]) -> None:
    with use_locale(code):
        assert [recur_words.EVERY_N["DAILY"].format(n) for n in (2, 5, 21)] == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ru", ["⏹ Остановлено 1 напоминание: x.", "⏹ Остановлено 2 напоминания: x.",
             "⏹ Остановлено 5 напоминаний: x.", "⏹ Остановлено 21 напоминание: x."]),
     ("es", ["⏹ Detuve 1 recordatorio: x.", "⏹ Detuve 2 recordatorios: x.",
             "⏹ Detuve 5 recordatorios: x.", "⏹ Detuve 21 recordatorios: x."]),
     ("de", ["⏹ 1 Erinnerung gestoppt: x.", "⏹ 2 Erinnerungen gestoppt: x.",
             "⏹ 5 Erinnerungen gestoppt: x.", "⏹ 21 Erinnerungen gestoppt: x."]),
     ("ar", ["⏹ أوقفت تذكيرًا واحدًا: x.", "⏹ أوقفت تذكيرين: x.",
             "⏹ أوقفت 5 تذكيرات: x.", "⏹ أوقفت 21 تذكيرًا: x."])],
)  # fmt: skip
def test_stopped_reminders_agree_with_their_number(code: str, expected: list[str]) -> None:
    with use_locale(code):
        assert [remind_words.STOPPED_MANY.format(n, texts="x") for n in (1, 2, 5, 21)] == expected


def test_counts_in_other_replies_agree() -> None:
    with use_locale("ru"):
        assert status_words.PLUS_PRIVATE.format(1) == "(и ещё 1 личная)"
        assert status_words.PLUS_PRIVATE.format(5) == "(и ещё 5 личных)"
        assert (
            digest_words.TREND_MORE.format(
                done=digest_words.DONE_THIS_WEEK.format(1),
                diff=digest_words.MORE_THAN_LAST.format(1),
            )
            == "📈 За неделю сделана 1 задача, на 1 больше, чем на прошлой"
        )
        assert forecast_words.LATE_DAY.format(3, day="пт") == (
            "⚠️ В таком темпе 3 задачи на пт будут просрочены."
        )
    with use_locale("es"):
        assert words.UNDELIVERED.format(1, lines="-") == (
            "⚠️ No pude entregar 1 mensaje anterior aquí:\n-"
        )
    with use_locale("en"):
        assert words.UNDELIVERED.format(2, lines="-") == (
            "⚠️ I couldn't deliver 2 earlier messages here:\n-"
        )
        assert forecast_words.LATE_DAY.format(1, day="Fri") == (
            "⚠️ At this pace, 1 task due Fri will be late."
        )
