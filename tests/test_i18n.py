"""Replies in the person's language: catalogs, the current locale, dates, and who chooses it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import flowhub.skills
from flowhub import i18n
from flowhub.bot.runtime import Runtime
from flowhub.i18n import (
    Text,
    and_list,
    day_label,
    language_named,
    localized,
    month_label,
    use_locale,
    weekday_name,
)
from flowhub.skills import words
from flowhub.storage import people, session_scope
from tests.conftest import ChatFactory

POT = Path(i18n.__file__).parent / "locale" / "flowhub.pot"
_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


def _texts() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.iter_modules(flowhub.skills.__path__):
        module = importlib.import_module(f"flowhub.skills.{info.name}")
        found |= {str.__str__(v) for v in vars(module).values() if isinstance(v, Text)}
    return found


def test_the_template_holds_every_message_the_skills_say() -> None:
    with POT.open("rb") as fh:
        template = {m.id for m in read_po(fh) if m.id}
    missing = _texts() - template
    assert not missing, f"run the pybabel extract command in flowhub/i18n.py: {sorted(missing)[:3]}"


@pytest.mark.parametrize("po", sorted(POT.parent.glob("*/LC_MESSAGES/flowhub.po")), ids=str)
def test_every_translation_keeps_the_fields_of_its_message(po: Path) -> None:
    with po.open("rb") as fh:
        catalog = read_po(fh)
    for message in catalog:
        if message.id and message.string:
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
