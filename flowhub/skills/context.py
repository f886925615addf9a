"""What a skill gets to work with: the event, who sent it, where, the thread, the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from flowhub.connectors import Event, Reply
from flowhub.conversations import Thread
from flowhub.nlp import TaskDraft
from flowhub.storage import Chat, Person, access, inbox
from flowhub.storage.inbox import InboxEvent

Extractor = Callable[..., list[TaskDraft]]


@dataclass
class Context:
    """One inbound event being handled, with everything a skill needs to answer it.

    Skills answer with `Reply` objects; work that must happen after the answer is saved (a
    push to a task tool) goes into `jobs` as (job name, id) and runs once the transaction
    commits.
    """

    event: Event
    session: Session
    now: datetime
    person: Person
    chat: Chat
    thread: Thread
    inbox_id: int | None
    intent: str
    text: str
    extract: Extractor
    truncated: bool = False
    # The task picked when asked which one: (the words that named several, its id).
    picked: tuple[str, int] | None = None
    jobs: list[tuple[str, int]] = field(default_factory=list)
    _viewer: access.Viewer | None = field(default=None, init=False, repr=False)

    def later(self, job: Callable[..., None], item_id: int) -> None:
        """Run `job(services, item_id)` once this event's transaction commits."""
        from flowhub.skills.jobs import name_of  # the job modules import this one

        self.jobs.append((name_of(job), item_id))

    @property
    def viewer(self) -> access.Viewer:
        """The sender asking from this chat, as the access rule sees them."""
        if self._viewer is None:
            self._viewer = access.get_viewer(
                session=self.session, person_id=self.person_id, chat=self.chat
            )
        return self._viewer

    @property
    def tz(self) -> str:
        """The sender's IANA zone name."""
        return self.person.timezone

    @property
    def zone(self) -> ZoneInfo:
        """The sender's zone."""
        return ZoneInfo(self.person.timezone)

    @property
    def local_now(self) -> datetime:
        """Now in the sender's zone."""
        return self.now.astimezone(self.zone)

    @property
    def workspace_id(self) -> int:
        """The sender's workspace."""
        return self.person.workspace_id

    @property
    def person_id(self) -> int:
        """The sender's id."""
        if self.person.id is None:
            raise ValueError("context person has no id; flush the session first")
        return self.person.id

    @property
    def chat_id(self) -> int:
        """The chat's id."""
        if self.chat.id is None:
            raise ValueError("context chat has no id; flush the session first")
        return self.chat.id

    def message_above(self) -> InboxEvent | None:
        """The message received in this chat just before this one, or None."""
        if self.inbox_id is None:
            return None
        return inbox.get_previous_message(
            session=self.session,
            platform=self.event.platform,
            account=self.event.account,
            chat=self.event.chat,
            before_id=self.inbox_id,
        )


class SkillError(Exception):
    """A known refusal: the message is shown to the user as is."""


Handler = Callable[[Context], list[Reply] | None]
ButtonHandler = Callable[[Context, str], list[Reply]]
