"""The dispatcher: one inbound event in, the skills' replies out, in one database transaction."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial

from sqlmodel import Session

from flowhub.bot import media_job
from flowhub.bot.group_members import record_members
from flowhub.connectors import Button, Event, Reply
from flowhub.connectors.types import EDITS_IN_PLACE
from flowhub.conversations import Thread
from flowhub.i18n import app_locale, language_of, localized, use_locale, written_locale
from flowhub.nlp import (
    classify_intent,
    command_language,
    cyrillic_russian,
    detect_language,
    done_after_question,
    english_command,
    english_remind_lead,
    fix_typos,
    own_words,
    without_titles,
)
from flowhub.settings import Settings, known_zone
from flowhub.skills import (
    BUTTON_ACTIONS,
    FILE_SKILLS,
    LONG_TEXT,
    LONG_TEXT_SKILLS,
    OVERHEARD_SKILLS,
    TEXT_SKILLS,
    Context,
    SkillError,
    card_not_task,
    fallback,
    group_discard,
    manners,
    overheard,
    welcome_newcomer,
    words,
)
from flowhub.skills.context import Extractor
from flowhub.skills.media_retry import READ_MEDIA
from flowhub.skills.push_follow import following_edits
from flowhub.storage import Chat, ConversationState, Person, id_of, outbox, people, state

log = logging.getLogger(__name__)
_WORDS_TO_SWITCH = 4
# Locales written in letters no other language here uses: "تمام قبلت" is Arabic, however short.
_OWN_SCRIPT = frozenset({"ar", "hi", "ru"})
# Answers typed alike in every language's chats: they never tell which language a person speaks.
_EVERY_TONGUE = frozenset({"yes", "no", "ok", "confirm", "cancel", "thanks", "help"})
# An edit of one of the newest bot messages is seen where it stands; an older one is shown again.
_IN_VIEW = 3


@dataclass(frozen=True)
class Outcome:
    """The replies to one event, and whether a skill failed while making them."""

    replies: list[Reply]
    error: str | None = None
    jobs: tuple[tuple[str, int], ...] = ()


class Dispatcher:
    """Routes an event to the skill that can answer it."""

    def __init__(self, *, settings: Settings, extract: Extractor) -> None:
        self._settings = settings
        self._extract = extract

    def dispatch(
        self, *, session: Session, event: Event, inbox_id: int | None, now: datetime
    ) -> Outcome:
        """Answer `event`; skills' known refusals become replies, bugs become an apology."""
        if manners.only_mentioned(event):  # "I put it in FlowHub already": about it, not to it
            event = replace(event, addressed=False)
        # "zavtra v 11 pozvonit" is read, and answered, as the Russian it is.
        if event.text and (cyrillic := cyrillic_russian(event.text)) is not None:
            event = replace(event, text=cyrillic)
        person, is_new, chat = self._resolve(session, event, now)
        record_members(session=session, event=event, chat=chat, settings=self._settings, now=now)
        row = state.get_or_create_state(
            session=session, chat_id=id_of(chat), person_id=id_of(person), now=now
        )
        # A file is read later, by a job; what it says comes back here as the sender's words.
        media_ids = media_job.stored(
            session=session, event=event, inbox_id=inbox_id, person=person, chat=chat, now=now
        )
        thread = Thread.from_data(row.data)
        text, truncated = self._clean(event.text)
        said = fix_typos(manners.without_bot_name(text))  # skills read "remnid me tmrw" too
        said = done_after_question(said) or said  # "loh kok dibalikin? cek stok … udah selesai"
        command = english_command(said, locale=person.locale)  # "mis tareas": "my tasks"
        text = command or said
        ctx = Context(
            event=event,
            session=session,
            now=now,
            person=person,
            chat=chat,
            thread=thread,
            inbox_id=inbox_id,
            intent="other",
            text=text,
            extract=self._extract,
            truncated=truncated,
        )
        # Dates in a task are read in the writer's language first ("ma half 9").
        extract = partial(self._extract, locale=person.locale)
        ctx.extract = manners.naming_people(extract, manners.person_lookup(ctx))
        if command is None:  # "ricordami domani ..." reads as "remind me domani ..."
            ctx.text = english_remind_lead(said, manners.person_lookup(ctx))
        own = own_words(said, forwarded=event.forwarded)  # a forward is in someone else's words
        typed = event.raw.get(media_job.OWN_WORDS)
        if isinstance(typed, str):  # words read from a file: only its caption is theirs
            own = own_words(typed, forwarded=False)
        caption = bool(media_ids) or isinstance(typed, str)
        own = without_titles(own)  # "title: réserver le photographe" is the task's wording
        answer = _answer_language(session, person, thread, own, command=command, caption=caption)
        with use_locale(answer):
            if media_ids:  # tasks waiting for a newcomer are offered before the file is read
                welcome = welcome_newcomer(ctx) if is_new else []
                jobs = tuple((READ_MEDIA, media_id) for media_id in media_ids)
                return Outcome([in_language(r) for r in welcome], jobs=jobs)
            outcome = self._outcome(ctx, row, is_new)
        return outcome

    def _outcome(self, ctx: Context, row: ConversationState, is_new: bool) -> Outcome:
        session, event, inbox_id = ctx.session, ctx.event, ctx.inbox_id
        # Owning up to an undelivered message comes first, before anything new is said.
        replies: list[Reply] = _own_up_to_failures(session, event)
        replies += welcome_newcomer(ctx) if is_new else []
        try:
            with session.begin_nested(), following_edits(ctx):
                replies += self._answer(ctx)
        except SkillError as refusal:
            replies.append(Reply(str(refusal)))
        except Exception as exc:
            ref = f"E{inbox_id or 0}"
            log.exception("skill failed on event %s (%s %s)", ref, event.platform, event.message_id)
            return Outcome(
                [*map(in_language, replies), Reply(words.OOPS.format(ref=ref))], error=repr(exc)
            )
        state.save_state(session=session, row=row, data=ctx.thread.to_data(), now=ctx.now)
        replies += group_discard.line_below(ctx, replies)  # a card dropped in words is said below
        replies += _shown_below(session, event, replies)
        return Outcome([in_language(r) for r in replies], jobs=tuple(ctx.jobs))

    def _answer(self, ctx: Context) -> list[Reply]:
        event = ctx.event
        if event.kind == "button":
            action, _, arg = (event.payload or "").partition(":")
            handler = BUTTON_ACTIONS.get(action)
            return handler(ctx, arg) if handler else [Reply(words.UNKNOWN_BUTTON)]
        # In a group the bot still hears clear tasks and the sender's own exchanges with it, but
        # never falls back to "I'm not sure"; elsewhere a message not meant for it gets silence.
        from_file = _from_file(event)
        if not event.addressed and not (
            event.chat_kind == "group" and manners.worth_answering(ctx)
        ):
            if from_file or not ctx.text.strip():
                return []
            return overheard.acted(ctx, OVERHEARD_SKILLS)
        if not ctx.text.strip():
            if event.kind == "media":
                media = event.raw.get("media", "file")
                return [Reply(words.MEDIA_NOTED.format(media=words.MEDIA_NAMES.get(media, media)))]
            if event.kind == "unsupported":
                return [Reply(words.UNSUPPORTED)]
            if manners.only_bot_name(event.text):  # it was called by name, so it says hello
                name = ctx.person.display_name.split(" ")[0]
                return [Reply(words.GREETING.format(name=name))]
            return [Reply(words.EMPTY)]
        ctx.intent = classify_intent(ctx.text)
        long = len(ctx.text) > LONG_TEXT
        said_no = None if from_file or long else card_not_task.dropped(ctx)  # "not a task"
        if said_no is not None:
            dropped, rest = said_no
            if not rest:
                return dropped
            return dropped + self._text(replace(ctx, text=rest, intent=classify_intent(rest)))
        return self._text(ctx)

    def _text(self, ctx: Context) -> list[Reply]:
        from_file = _from_file(ctx.event)
        long = len(ctx.text) > LONG_TEXT
        for skill in FILE_SKILLS if from_file else LONG_TEXT_SKILLS if long else TEXT_SKILLS:
            replies = skill(ctx)
            if replies is None:
                continue
            if replies or from_file or ctx.chat.kind != "direct" or ctx.jobs:
                return replies
            # A private chat never answers with silence: someone is waiting for a word back.
            log.warning("%s answered nothing in a private chat", skill.__module__)
            return fallback(ctx)
        if ctx.event.addressed:
            return fallback(ctx)
        if ctx.event.chat_kind != "group" or from_file:
            return []
        return overheard.acted(ctx, OVERHEARD_SKILLS)

    def _clean(self, text: str) -> tuple[str, bool]:
        """The text to read, and whether it was cut at the hard limit (at a line break if near)."""
        text = text.replace("\x00", "").strip()
        limit = self._settings.max_text_chars
        if len(text) > limit:
            cut = text.rfind("\n", 0, limit)
            return text[: cut if cut > limit * 9 // 10 else limit].rstrip(), True
        return text, False

    def _resolve(self, session: Session, event: Event, now: datetime) -> tuple[Person, bool, Chat]:
        workspace = people.get_or_create_workspace(
            session=session, platform=event.platform, external_id=event.account, now=now
        )
        workspace_id = id_of(workspace)
        person, is_new = people.get_or_create_person(
            session=session,
            workspace_id=workspace_id,
            platform=event.platform,
            account=event.account,
            external_id=event.sender_id,
            now=now,
            display_name=event.sender_name,
            timezone=known_zone(event.sender_tz) or self._settings.default_timezone,
            locale=app_locale(event.sender_locale) or self._settings.default_locale,
            digest_time=self._settings.default_digest_time,
            direct_chat=event.chat if event.chat_kind == "direct" else None,
        )
        chat = people.get_or_create_chat(
            session=session,
            workspace_id=workspace_id,
            platform=event.platform,
            account=event.account,
            external_id=event.chat,
            kind=event.chat_kind,
            title=event.chat_title,
            now=now,
        )
        chat.last_inbound_at = now
        session.add(chat)
        return person, is_new, chat


def _from_file(event: Event) -> bool:
    """Whether the event says what was read in a file, not what its sender typed."""
    return isinstance(event.raw.get(media_job.OWN_WORDS), str)


def _answer_language(
    session: Session,
    person: Person,
    thread: Thread,
    text: str,
    *,
    command: str | None = None,
    caption: bool = False,
) -> str:
    """The language to answer in: the one chosen in chat, else the one the person writes in.

    A message switches it when it is clearly in another language: four words or more, a
    command worded as only that language words it ("mis tareas?"), the first message in this
    chat, or the second message running in that language. One short
    message that only looks foreign ("nah ditch it") changes nothing, and short ones never
    switch to English: "help", "ok" or "10 min pls" are typed in every language's chats.
    The same language in another script switches at once: "ho gaya" gets Hinglish back.
    A file's caption often names the file in its own language ("à faire de Claire"), so it
    switches only a person who has not written in this chat before.
    """
    if person.locale_chosen:
        return person.locale
    language = detect_language(text, hint=language_of(person.locale)) if text.strip() else None
    worded = _command_language(person, text, command)
    if worded is not None:
        language = worded
    said = written_locale(language, text)
    if said is None or (said == "en" and command is not None):
        return person.locale  # a command read in the person's words ("nog 10 min pls") is theirs
    if caption and thread.said_in is not None:
        return person.locale
    before, thread.said_in = thread.said_in, said
    clear = len(text.split()) >= _WORDS_TO_SWITCH or language == language_of(person.locale)
    clear = clear or worded is not None or said in _OWN_SCRIPT
    if said != person.locale and (clear or before is None or (before == said and said != "en")):
        people.update_person(session=session, person=person, locale=said)
    return person.locale


def _command_language(person: Person, text: str, command: str | None) -> str | None:
    """The other language a command is worded in ("mis tareas?": "es"), when nothing says not."""
    if command is None or command in _EVERY_TONGUE or not text.strip():
        return None
    worded = command_language(text, locale=person.locale)
    if worded is None or worded == language_of(person.locale):
        return None
    return worded if detect_language(text) in (None, worded) else None


def in_language(reply: Reply) -> Reply:
    """`reply` with its unformatted wording and button labels in the answer's language."""
    text = localized(reply.text)
    buttons = tuple(Button(b.id, localized(b.label)) for b in reply.buttons)
    return replace(reply, text=text, buttons=buttons)


def _shown_below(session: Session, event: Event, replies: list[Reply]) -> list[Reply]:
    """A typed message answered only by changing a message further up gets that change below too."""
    if event.kind == "button" or event.platform not in EDITS_IN_PLACE:
        return []
    here = [r for r in replies if r.to is None or r.to == event.target]
    if not here or any(r.edit is None for r in here):
        return []
    in_view = outbox.latest_posted(
        session=session, platform=event.platform, chat=event.chat, count=_IN_VIEW
    )
    if any(r.edit in in_view or r.edit == event.reply_to for r in here):
        return []  # the person sees it: it is among the newest, or their message quotes it
    return [replace(here[-1], edit=None, to=None)]


def _own_up_to_failures(session: Session, event: Event) -> list[Reply]:
    """Tell the person about earlier messages to this chat that could not be delivered."""
    failed = outbox.take_unreported_failures(
        session=session, platform=event.platform, chat=event.chat
    )
    if not failed:
        return []
    lines = "\n".join(f"• {row.body.splitlines()[0][:80]}" for row in failed)
    return [Reply(words.UNDELIVERED.format(len(failed), lines=lines))]
