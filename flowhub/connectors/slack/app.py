"""The Bolt app: slack-bolt verifies and reads every request, and each listener stores its event
before it acknowledges.

The app runs with `process_before_response=True`, so Slack's HTTP answer goes out only when the
listener returns: after `receive` has put the event in the inbox (processing itself is a job on
the queue, so the answer stays well inside Slack's 3 seconds). A crash before that point makes
Slack retry (Events API) or show an error (commands); a retry of a stored event is a duplicate in
the inbox and is answered 200. No lazy listeners: they would run after the answer and could lose
the event.

Listeners, in the order Bolt tries them:
    message          DMs (channel_type im) and `message_changed` of a pending proposal's source
    app_mention      "@FlowHub ..." in a channel, with the mention taken out
    tokens_revoked / app_uninstalled   Bolt's own: the installation is deleted
    any other event  acknowledged and dropped (a 404 would make Slack retry it)
    /flowhub         subcommands map to the words the skills understand
    create_task      the message shortcut: anyone's message becomes a proposal
    flowhub-N        a button; "edit:N" opens the edit modal instead when it can
    flowhub_edit     the saved modal, sent on as edit texts replying to the card
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltResponse
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from flowhub.connectors.slack.identity import Profile
from flowhub.connectors.slack.installation import Authorizer
from flowhub.connectors.slack.modal import CALLBACK_ID, EditForm, edit_view, read_submission
from flowhub.connectors.slack.parse import (
    COMMAND,
    SHORTCUT,
    MalformedPayload,
    Origin,
    action_event,
    changed_events,
    command_event,
    edit_events,
    is_person_message,
    message_event,
    message_ref,
    shortcut_event,
    team_of,
)
from flowhub.connectors.slack.send import SlackConnector
from flowhub.connectors.types import Event

log = logging.getLogger(__name__)
INSTALL_PATH = "/webhooks/slack/oauth/install"
CALLBACK_PATH = "/webhooks/slack/oauth/callback"
# Keep in step with slack/manifest.yml.
BOT_SCOPES = (
    "app_mentions:read",
    "chat:write",
    "commands",
    "files:read",
    "files:write",
    "im:write",
    "im:history",
    "users:read",
)


@dataclass(frozen=True)
class Hooks:
    """What the Slack app needs from the rest of FlowHub; the webhook router supplies it.

    `edit_form(team, channel, user, proposal_id)` is a pending proposal's fields when that user
    may edit it from that channel (None: not editable);
    `pending_cards(team, message_id)` the (proposal id, card id) read from a message;
    `knows(team, user)` whether FlowHub has met that person; `adopt_timezone(inbox_id)` makes the
    Slack zone stored with a first contact's event the person's zone; `keep_unusable(body, error)`
    keeps a payload a listener failed on, so only a storage outage is answered 503.
    """

    receive: Callable[[Event], int | None]
    now: Callable[[], datetime]
    edit_form: Callable[[str, str, str, int], EditForm | None]
    pending_cards: Callable[[str, str], list[tuple[int, str]]]
    knows: Callable[[str, str], bool]
    adopt_timezone: Callable[[int], None]
    # Keeps a payload a listener failed on (stored as failed); False when storage is down.
    keep_unusable: Callable[[dict[str, Any], Exception], bool] | None = None


@dataclass(frozen=True)
class OAuthConfig:
    """The app credentials for the multi-workspace install flow."""

    client_id: str
    client_secret: str
    redirect_uri: str | None = None


def build_app(
    *,
    connector: SlackConnector,
    signing_secret: str,
    hooks: Hooks,
    oauth: OAuthConfig | None = None,
) -> App:
    """A Bolt `App` wired to FlowHub: FlowHub's installation store, state store and listeners."""
    if not signing_secret.strip():
        raise ValueError(
            "FLOWHUB_SLACK_SIGNING_SECRET is empty; copy it from the app's Basic Information page"
        )
    client = connector.client()
    assert client is not None  # a client without a team never lacks a token
    settings = None
    if oauth is not None:
        settings = OAuthSettings(
            client_id=oauth.client_id,
            client_secret=oauth.client_secret,
            scopes=list(BOT_SCOPES),
            redirect_uri=oauth.redirect_uri,
            install_path=INSTALL_PATH,
            redirect_uri_path=CALLBACK_PATH,
            install_page_rendering_enabled=False,
            installation_store=connector.installations,
            installation_store_bot_only=True,
            state_store=connector.states,
        )
    app = App(
        name="flowhub",
        logger=logging.getLogger("flowhub.slack.bolt"),
        signing_secret=signing_secret,
        client=client,
        # An `Authorize` instance may sit beside oauth_settings; Bolt's typing lists callables only.
        authorize=Authorizer(installations=connector.installations, client=client),  # type: ignore[arg-type]
        installation_store=connector.installations,
        oauth_settings=settings,
        process_before_response=True,
        token_verification_enabled=False,
    )
    listeners = _Listeners(connector, hooks)
    app.event("message")(listeners.message)
    app.event("app_mention")(listeners.mention)
    app.enable_token_revocation_listeners()
    app.event(re.compile(r".*"))(listeners.ignore)
    app.command(COMMAND)(listeners.command)
    app.shortcut(SHORTCUT)(listeners.shortcut)
    app.action(re.compile(r"^flowhub-\d+$"))(listeners.action)
    app.view(CALLBACK_ID)(listeners.view)
    app.error(listeners.error)
    return app


class _Listeners:
    def __init__(self, connector: SlackConnector, hooks: Hooks) -> None:
        self._directory = connector.directory
        self._hooks = hooks

    def message(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> BoltResponse | None:
        event = body.get("event") or {}
        try:
            if event.get("subtype") == "message_changed":
                self._changed(body, context)
            elif event.get("channel_type") == "im" and is_person_message(event):
                self._message(body, context, mention=False)
        except MalformedPayload as exc:
            return _refuse(body, exc)
        ack()
        return None

    def mention(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> BoltResponse | None:
        try:
            if is_person_message(body.get("event") or {}):
                self._message(body, context, mention=True)
        except MalformedPayload as exc:
            return _refuse(body, exc)
        ack()
        return None

    def ignore(self, ack: Ack, body: dict[str, Any]) -> None:
        log.debug("Slack event %s ignored", (body.get("event") or {}).get("type"))
        ack()

    def command(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> BoltResponse | None:
        try:
            team, user = str(body.get("team_id") or ""), str(body.get("user_id") or "")
            profile = self._directory.profile(team, user)
            event = command_event(
                body,
                readable=self._readable(team, context),
                sender_name=profile.name,
                now=self._hooks.now(),
                tz=profile.tz,
            )
        except MalformedPayload as exc:
            return _refuse(body, exc)
        self._receive([event], profile)
        ack()
        return None

    def shortcut(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> BoltResponse | None:
        try:
            team = team_of(body)
            user = str((body.get("user") or {}).get("id") or "")
            author = (body.get("message") or {}).get("user")
            profile = self._directory.profile(team, user)
            author_name = (
                self._directory.profile(team, author).name
                if isinstance(author, str) and author != user
                else None
            )
            event = shortcut_event(
                body,
                readable=self._readable(team, context),
                sender_name=profile.name,
                author_name=author_name,
                now=self._hooks.now(),
                tz=profile.tz,
            )
        except MalformedPayload as exc:
            return _refuse(body, exc)
        self._receive([event], profile)
        ack()
        return None

    def action(
        self, ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient
    ) -> BoltResponse | None:
        if (body.get("container") or {}).get("type") not in (None, "message"):
            ack()  # an input inside a modal, nothing to store
            return None
        try:
            team = team_of(body)
            user = str((body.get("user") or {}).get("id") or "")
            profile = self._directory.profile(team, user)
            event = action_event(
                body, sender_name=profile.name, now=self._hooks.now(), tz=profile.tz
            )
        except MalformedPayload as exc:
            return _refuse(body, exc)
        if not self._open_editor(event, body, client):
            self._receive([event], profile)
        ack()
        return None

    def view(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> BoltResponse | None:
        try:
            submission = read_submission(body.get("view") or {})
            user = str((body.get("user") or {}).get("id") or "")
            if user != submission.origin.user:
                raise MalformedPayload(f"edit modal of {submission.origin.user} saved by {user}")
            profile = self._directory.profile(submission.origin.team, user)
            events = edit_events(
                body,
                origin=submission.origin,
                card=submission.card,
                texts=submission.texts,
                sender_name=profile.name,
                now=self._hooks.now(),
            )
        except MalformedPayload as exc:
            return _refuse(body, exc)
        self._receive(events, Profile())
        ack()
        return None

    def error(self, error: Exception, body: dict[str, Any]) -> BoltResponse:
        if self._hooks.keep_unusable is not None and self._hooks.keep_unusable(body, error):
            log.warning("Slack %s not usable (%r); stored as failed", _describe(body), error)
            return BoltResponse(status=200, body="")
        log.exception(
            "Slack %s not stored; answering 503 so Slack can try again",
            _describe(body),
            exc_info=error,
        )
        return BoltResponse(status=503, body="storage unavailable, retry later")

    def _message(self, body: dict[str, Any], context: BoltContext, *, mention: bool) -> None:
        team = team_of(body)
        user = str((body.get("event") or {}).get("user") or "")
        profile = self._directory.profile(team, user)
        event = message_event(
            body,
            readable=self._readable(team, context),
            sender_name=profile.name,
            tz=profile.tz,
            mention=mention,
        )
        self._receive([event], profile)

    def _changed(self, body: dict[str, Any], context: BoltContext) -> None:
        event = body.get("event") or {}
        new, old = event.get("message") or {}, event.get("previous_message") or {}
        if not is_person_message(new) or new.get("text") == old.get("text"):
            return  # an unfurl, a reaction count or a bot's edit: the words did not change
        team = team_of(body)
        source = message_ref(str(event.get("channel") or ""), str(new.get("ts") or ""))
        cards = self._hooks.pending_cards(team, source)
        if not cards:
            return
        profile = self._directory.profile(team, str(new["user"]))
        events = changed_events(
            body,
            cards=cards,
            readable=self._readable(team, context),
            sender_name=profile.name,
            tz=profile.tz,
        )
        self._receive(events, profile)

    def _open_editor(self, event: Event, body: dict[str, Any], client: WebClient) -> bool:
        """Open the edit modal for an Edit press; False to let the skill ask in the chat."""
        action, _, arg = (event.payload or "").partition(":")
        trigger = body.get("trigger_id")
        origin = Origin.from_raw(event.raw.get("slack"))
        if action != "edit" or not arg.isdigit() or not trigger or origin is None:
            return False
        form = self._hooks.edit_form(event.account, event.chat, event.sender_id, int(arg))
        if form is None or event.reply_to is None:
            return False
        try:
            client.views_open(
                trigger_id=trigger, view=edit_view(form, origin=origin, card=event.reply_to)
            )
        except (SlackApiError, ValueError) as exc:
            log.warning("views.open for proposal %s failed (%s); editing in the chat", arg, exc)
            return False
        return True

    def _receive(self, events: Sequence[Event], profile: Profile) -> None:
        if not events:
            return
        if profile.locale:
            events = [replace(event, sender_locale=profile.locale) for event in events]
        first = events[0]
        new = profile.tz is not None and not self._hooks.knows(first.account, first.sender_id)
        stored = [self._hooks.receive(event) for event in events]
        if stored[0] is None:
            log.info("Slack %s was stored before (a retry); nothing to do", first.message_id)
        elif new:
            self._hooks.adopt_timezone(stored[0])

    def _readable(self, team: str, context: BoltContext) -> Callable[[str], str]:
        return partial(self._directory.readable, team=team, bot_user_id=context.bot_user_id)


def _refuse(body: dict[str, Any], exc: MalformedPayload) -> BoltResponse:
    log.warning("Slack %s refused: %s", _describe(body), exc)
    return BoltResponse(status=400, body=f"unreadable payload: {exc}")


def _describe(body: dict[str, Any]) -> str:
    kind = body.get("type") or ("command" if body.get("command") else "request")
    ident = body.get("event_id") or body.get("trigger_id") or ""
    return f"{kind} {ident}".strip()
