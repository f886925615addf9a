"""Hindi is answered in the script it is written in: Hinglish in Latin letters, else Devanagari."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import Shown
from flowhub.i18n import language_of, normalize, use_locale, whatsapp_language, written_locale
from flowhub.storage import people, session_scope
from tests.conftest import ChatFactory

_DEVANAGARI = re.compile("[\u0900-\u097f]")


@pytest.mark.parametrize(
    ("language", "text", "locale"),
    [
        ("hi", "kal subah 10 baje Rahul ko bolo report bhej de", "hi_Latn"),
        ("hi", "ho gaya ✅", "hi_Latn"),
        ("hi", "कल सुबह रिपोर्ट भेजनी है", "hi"),
        ("hi", "कल Rahul को report भेजना", "hi"),  # any Devanagari: a Devanagari reader
        ("de", "morgen Brot kaufen", "de"),
        ("en", "call the bank", "en"),
        (None, "ok", None),
    ],
)
def test_the_reply_locale_keeps_the_script(language: str | None, text: str, locale: str) -> None:
    assert written_locale(language, text) == locale


def test_locale_codes_keep_their_script() -> None:
    assert normalize("hi_Latn") == normalize("hi-latn") == "hi_Latn"
    assert normalize("hi") == normalize("hi_IN") == "hi"  # a stored "hi" still means Devanagari
    assert normalize("pt_BR") == "pt" and normalize("xx_Latn") == "en"
    assert language_of("hi_Latn") == "hi" and language_of("pt_BR") == "pt"
    with use_locale("hi_Latn"):  # WhatsApp has no Hinglish templates: the English ones carry it
        assert whatsapp_language() == "en_US"


def _locale(runtime: Runtime, user_id: str) -> tuple[str, bool]:
    with session_scope(runtime.engine) as session:
        identity = people.get_identity(
            session=session, platform="console", account="local", external_id=user_id
        )
        assert identity is not None
        person = people.get_person(session=session, person_id=identity.person_id)
        assert person is not None
        return person.locale, person.locale_chosen


def _text(shown: list[Shown]) -> str:
    return "\n".join(m.text + " " + " ".join(b.label for b in m.buttons) for m in shown)


def test_hinglish_gets_latin_replies_and_devanagari_gets_devanagari(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    card = _text(priya.say("kal subah 10 baje report bhejna hai"))
    assert _locale(runtime, "priya") == ("hi_Latn", False)
    assert "Confirm karo" in card and not _DEVANAGARI.search(card)
    answer = _text(priya.say("कल मेरे लिए क्या है?"))
    assert _locale(runtime, "priya") == ("hi", False)
    assert _DEVANAGARI.search(answer)
    answer = _text(priya.say("mere kaam"))  # short, but the same language: the script follows
    assert _locale(runtime, "priya") == ("hi_Latn", False)
    assert not _DEVANAGARI.search(answer)
    priya.say("ok")  # no language in it: nothing changes
    assert _locale(runtime, "priya") == ("hi_Latn", False)


def test_a_reminder_speaks_the_script_the_person_last_wrote_in(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    set_ = _text(priya.say("mujhe 5 minute baad paani peene ki yaad dilana"))
    assert "yaad dila dunga" in set_
    clock.advance(timedelta(minutes=6))
    runtime.tick()
    fired = _text(priya.collect())
    assert "Reminder" in fired and "Ho gaya" in fired and not _DEVANAGARI.search(fired)
    priya.say("मुझे 5 मिनट बाद पानी पीना याद दिलाना")
    assert _locale(runtime, "priya") == ("hi", False)
    clock.advance(timedelta(minutes=6))
    runtime.tick()
    assert _DEVANAGARI.search(_text(priya.collect()))


def test_hinglish_and_hindi_can_be_chosen_by_name(chat_as: ChatFactory, runtime: Runtime) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    said = _text(priya.say("language hinglish"))
    assert "Hinglish" in said and _locale(runtime, "priya") == ("hi_Latn", True)
    priya.say("कल सुबह रिपोर्ट भेजनी है")  # chosen: the script no longer switches it
    assert _locale(runtime, "priya") == ("hi_Latn", True)
    said = _text(priya.say("language hindi"))
    assert _DEVANAGARI.search(said) and _locale(runtime, "priya") == ("hi", True)
    assert _DEVANAGARI.search(_text(priya.say("mere kaam")))


def test_the_morning_digest_speaks_hinglish(
    chat_as: ChatFactory, runtime: Runtime, clock: FixedClock
) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    priya.say("digest 8am")
    for card in priya.say("kal subah 10 baje report bhejna hai"):
        priya.press("Confirm", card)
    priya.collect()
    digests: list[str] = []
    start = clock.now()
    while clock.now() < start + timedelta(hours=24) and not digests:
        runtime.tick()
        digests += [m.text for m in priya.collect() if m.text.startswith("☀️")]
        clock.advance(timedelta(minutes=15))
    assert digests and "Aapka" in digests[0] and "Report bhejna" in digests[0]
    assert not _DEVANAGARI.search(digests[0])


@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("hinglish mein baat karo", "hi_Latn"),
        ("please hinglish me hi reply karo yaar", "hi_Latn"),
        ("bhasha hinglish kar do", "hi_Latn"),
        ("हिंदी में बात करो", "hi"),
        ("english mein baat karo", "en"),
    ],
)
def test_a_language_can_be_chosen_in_hindi_words(
    chat_as: ChatFactory, runtime: Runtime, said: str, locale: str
) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    assert "🗣" in _text(priya.say(said))
    assert _locale(runtime, "priya") == (locale, True)


def test_talking_about_someone_in_a_language_is_still_a_task(
    chat_as: ChatFactory, runtime: Runtime
) -> None:
    priya = chat_as("priya", "Priya", tz="Asia/Kolkata")
    assert "Confirm karo" in _text(priya.say("kal Sam se hindi mein baat karni hai"))
    assert _locale(runtime, "priya") == ("hi_Latn", False)
