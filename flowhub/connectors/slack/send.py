"""The Slack connector: posts, updates and ephemeral answers through slack_sdk's `WebClient`.

Which call a reply becomes:
- `reply.edit` set: `chat.update` of that "channel:ts"; an ephemeral card (which `chat.update`
  can't touch) is replaced through the `response_url` of the button press that asked for it.
- the reply answers a slash command, a shortcut or a button on an ephemeral card, or asks to be
  `ephemeral`: `chat.postEphemeral` to the asker; where the bot can't post (`not_in_channel`,
  `channel_not_found`), the interaction's `response_url` instead.
- a reply carrying a file (a chart, an export): the file is shared in the chat through Slack's
  external upload flow (`slack/upload.py`) with the text as its comment; buttons follow in a
  `chat.postMessage`. A file meant for the asker alone (an answer to a slash command in a
  channel) goes to their direct chat with the bot instead (`conversations.open`).
- anything else: `chat.postMessage`.

Failures map onto `SendError`: HTTP 429 or `ratelimited` carries Retry-After as `retry_after`;
network errors and Slack's 5xx are retried after NETWORK_RETRY_AFTER; every other Slack error
(`invalid_auth`, `channel_not_found`, `invalid_blocks`, ...) is final.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.oauth.state_store import OAuthStateStore
from slack_sdk.web import SlackResponse
from slack_sdk.webhook import WebhookClient

from flowhub.connectors.base import Delivery, DownloadError, SendError
from flowhub.connectors.download import TIMEOUT
from flowhub.connectors.slack.files import download_file, is_looked_up, look_up
from flowhub.connectors.slack.identity import Directory
from flowhub.connectors.slack.installation import Installations
from flowhub.connectors.slack.parse import Origin, message_ref, split_ref
from flowhub.connectors.slack.render import MAX_TEXT, Message, render
from flowhub.connectors.slack.upload import file_id, share_file
from flowhub.connectors.types import MediaRef, Reply, Target

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.connectors.slack.stores import SlackStores
    from flowhub.settings import Settings

log = logging.getLogger(__name__)
CALL_TIMEOUT = 10  # seconds for one Web API call
NETWORK_RETRY_AFTER = 0.0  # retry, no wait asked: the runtime's backoff decides when
SLACK_HOOKS = "https://hooks.slack.com/"
_TRANSIENT = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"}
)
_UNREACHABLE = frozenset({"channel_not_found", "not_in_channel", "user_not_in_channel"})

OriginLookup = Callable[[int], Origin | None]


class SlackConnector:
    """Talks to Slack's Web API at `api_url` (Slack's, or a local fake in tests)."""

    platform = "slack"
    max_text = MAX_TEXT

    def __init__(
        self,
        *,
        installations: Installations,
        states: OAuthStateStore | None = None,
        api_url: str = "https://slack.com/api/",
        origins: OriginLookup | None = None,
    ) -> None:
        self.installations = installations
        self.states = states
        self.api_url = api_url if api_url.endswith("/") else api_url + "/"
        self.directory = Directory(client_for=self.client)
        self._origins = origins
        self._lock = threading.Lock()
        self._clients: dict[str | None, WebClient] = {}
        self._http: httpx.Client | None = None

    @classmethod
    def from_settings(cls, settings: Settings, *, stores: SlackStores) -> SlackConnector:
        """The connector for FlowHub's settings: installations and origins kept in `stores`."""
        token = settings.slack_bot_token
        secret = settings.secret_key
        installations = Installations(
            store=stores.installations,
            secret_key=secret.get_secret_value() if secret is not None else None,
            single_token=token.get_secret_value() if token is not None else None,
        )
        return cls(
            installations=installations,
            states=stores.states,
            api_url=settings.slack_api_url,
            origins=origin_lookup(stores.reply_origin),
        )

    def client(self, team: str | None = None) -> WebClient | None:
        """A Web API client with the team's bot token; no team: one without a token (OAuth)."""
        token = self.installations.token(team) if team is not None else None
        if team is not None and token is None:
            return None
        with self._lock:
            client = self._clients.get(token)
            if client is None:
                client = WebClient(token=token, base_url=self.api_url, timeout=CALL_TIMEOUT)
                self._clients[token] = client
            return client

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """A file shared in workspace `account`, fetched with that workspace's bot token."""
        with self._lock:
            if self._http is None:
                self._http = httpx.Client(timeout=TIMEOUT, follow_redirects=False)
            http = self._http
        if is_looked_up(ref):
            client = self.client(account)
            if client is None:
                raise DownloadError(
                    f"Slack file {ref.ref}: no bot token for workspace {account}; install the "
                    "app there"
                )
            ref = look_up(client, ref)
        return download_file(
            http,
            token=self.installations.token(account),
            api_url=self.api_url,
            ref=ref,
            max_bytes=max_bytes,
        )

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Post, update or answer ephemerally; the Delivery id is "channel:ts"."""
        try:
            message = render(reply)
        except ValueError as exc:
            raise SendError(str(exc)) from exc
        client = self.client(target.account)
        if client is None:
            raise SendError(
                f"no Slack token for workspace {target.account}: install the app there "
                "(GET /webhooks/slack/oauth/install) or set FLOWHUB_SLACK_BOT_TOKEN"
            )
        origin = self._origin(outbox_id, target)
        if reply.edit is not None:
            return self._edit(client, target, reply.edit, message, origin)
        if reply.ephemeral or (origin is not None and origin.ephemeral):
            if origin is not None and reply.attachment is not None:
                return self._share_privately(client, target, reply, message, origin)
            if origin is not None:
                return self._ephemeral(client, target, message, origin, outbox_id)
            if not target.chat.startswith("D"):
                raise SendError(
                    f"an ephemeral reply to Slack channel {target.chat} needs the user who asked; "
                    "this one answers no Slack event"
                )
        if reply.attachment is not None:
            return self._share(client, target, reply, message)
        answer = self._call(
            f"chat.postMessage to {target.chat}",
            lambda: client.chat_postMessage(
                channel=target.chat, text=message.text, blocks=message.blocks
            ),
        )
        return Delivery(message_ref(str(answer.get("channel") or target.chat), str(answer["ts"])))

    def _share(self, client: WebClient, target: Target, reply: Reply, message: Message) -> Delivery:
        """Share the reply's file with its text; buttons, if any, in a message after it."""
        attachment = reply.attachment
        if attachment is None:
            raise SendError("a file share needs a reply with an attachment")
        shared = self._call(
            f"file upload of {attachment.name!r} to {target.chat}",
            lambda: share_file(
                client,
                channel=target.chat,
                attachment=attachment,
                comment=None if reply.buttons else message.text,
            ),
        )
        ref = message_ref(target.chat, f"file-{file_id(shared)}")
        if reply.buttons:
            answer = self._call(
                f"chat.postMessage to {target.chat}",
                lambda: client.chat_postMessage(
                    channel=target.chat, text=message.text, blocks=message.blocks
                ),
            )
            ref = message_ref(str(answer.get("channel") or target.chat), str(answer["ts"]))
        return Delivery(ref)

    def _share_privately(
        self, client: WebClient, target: Target, reply: Reply, message: Message, origin: Origin
    ) -> Delivery:
        """Share a file meant for the asker alone in their direct chat with the bot."""
        opened = self._call(
            f"conversations.open with {origin.user}",
            lambda: client.conversations_open(users=origin.user),
        )
        channel = opened.get("channel")
        dm = channel.get("id") if isinstance(channel, dict) else None
        if not dm:
            raise SendError(f"Slack opened no direct chat with {origin.user}: {opened.data!r:.200}")
        return self._share(client, Target(target.platform, target.account, str(dm)), reply, message)

    def _edit(
        self,
        client: WebClient,
        target: Target,
        edit: str,
        message: Message,
        origin: Origin | None,
    ) -> Delivery:
        channel, ts = split_ref(edit, target.chat)
        ref = message_ref(channel, ts)
        if (
            origin is not None
            and origin.ephemeral
            and origin.response_url
            and origin.message == ref
        ):
            self._respond(origin.response_url, message, replace=True)
            return Delivery(ref)
        self._call(
            f"chat.update of {ref}",
            lambda: client.chat_update(
                channel=channel, ts=ts, text=message.text, blocks=message.blocks
            ),
        )
        return Delivery(ref)

    def _ephemeral(
        self, client: WebClient, target: Target, message: Message, origin: Origin, outbox_id: int
    ) -> Delivery:
        try:
            answer = self._call(
                f"chat.postEphemeral to {origin.user} in {target.chat}",
                lambda: client.chat_postEphemeral(
                    channel=target.chat, user=origin.user, text=message.text, blocks=message.blocks
                ),
            )
        except SendError as exc:
            if origin.response_url is None or getattr(exc, "slack_error", None) not in _UNREACHABLE:
                raise
            # The bot is not in that channel (a slash command in a DM between two people, say):
            # the command's response_url reaches the asker anywhere.
            self._respond(origin.response_url, message, replace=False)
            return Delivery(message_ref(target.chat, f"response-{outbox_id}"))
        return Delivery(message_ref(target.chat, str(answer["message_ts"])))

    def _respond(self, url: str, message: Message, *, replace: bool) -> None:
        if not self._trusted(url):
            raise SendError(f"refusing to post to response_url {url!r}: not a Slack address")
        body: dict[str, Any] = {
            "text": message.text,
            "blocks": message.blocks,
            "response_type": "ephemeral",
            "replace_original": replace,
        }
        try:
            answer = WebhookClient(url, timeout=CALL_TIMEOUT).send_dict(body)
        except (SlackClientError, OSError) as exc:
            raise SendError(
                f"Slack response_url unreachable: {exc!r}", retry_after=NETWORK_RETRY_AFTER
            ) from exc
        if answer.status_code == 429:
            raise SendError(
                "Slack rate limit on response_url", retry_after=_retry_after(answer.headers)
            )
        if answer.status_code >= 500:
            raise SendError(
                f"Slack response_url answered {answer.status_code}",
                retry_after=NETWORK_RETRY_AFTER,
            )
        if answer.status_code != 200:
            # expired_url / used_url: the 30 minutes or 5 uses of a response_url are gone.
            raise SendError(
                f"Slack refused the response_url post: {answer.body or answer.status_code}"
            )

    def _trusted(self, url: str) -> bool:
        if url.startswith(SLACK_HOOKS):
            return True
        own, other = urlsplit(self.api_url), urlsplit(url)
        return (own.scheme, own.netloc) == (other.scheme, other.netloc)

    def _origin(self, outbox_id: int, target: Target) -> Origin | None:
        if self._origins is None:
            return None
        origin = self._origins(outbox_id)
        if origin is None or (origin.team, origin.channel) != (target.account, target.chat):
            return None  # the reply goes somewhere else than where the question was asked
        return origin

    @staticmethod
    def _call(what: str, call: Callable[[], SlackResponse]) -> SlackResponse:
        try:
            return call()
        except SlackApiError as exc:
            raise _send_error(what, exc) from exc
        except (SlackClientError, OSError) as exc:
            raise SendError(
                f"Slack unreachable for {what}: {exc!r}", retry_after=NETWORK_RETRY_AFTER
            ) from exc


def build(settings: Settings, deps: Deps) -> SlackConnector | None:
    """The connector for the `FLOWHUB_SLACK_*` settings; None if Slack is off or has no stores."""
    if "slack" not in settings.enabled_platforms() or deps.slack is None:
        return None
    return SlackConnector.from_settings(settings, stores=deps.slack)


class SlackSendError(SendError):
    """A `SendError` that also names Slack's error code (`channel_not_found`, ...)."""

    def __init__(self, message: str, *, slack_error: str, retry_after: float | None = None) -> None:
        super().__init__(message, retry_after=retry_after)
        self.slack_error = slack_error


def origin_lookup(read: Callable[[int], Mapping[str, Any] | None]) -> OriginLookup:
    """Find the Slack context of the event a queued reply answers, through `read`."""

    def lookup(outbox_id: int) -> Origin | None:
        return Origin.from_raw(read(outbox_id))

    return lookup


def _send_error(what: str, exc: SlackApiError) -> SendError:
    response = exc.response
    status = getattr(response, "status_code", 200)
    error = str(response.get("error") or f"HTTP {status}") if response is not None else "unknown"
    if status == 429 or error == "ratelimited":
        seconds = _retry_after(getattr(response, "headers", {}) or {})
        log.info("Slack asked to wait %.0f s (%s)", seconds, what)
        return SlackSendError(f"Slack rate limit on {what}", slack_error=error, retry_after=seconds)
    if status >= 500 or error in _TRANSIENT:
        return SlackSendError(
            f"Slack failed {what}: {error}", slack_error=error, retry_after=NETWORK_RETRY_AFTER
        )
    return SlackSendError(f"Slack refused {what}: {error}", slack_error=error)


def _retry_after(headers: Any) -> float:
    for key, value in dict(headers).items():
        if str(key).lower() == "retry-after":
            raw = value[0] if isinstance(value, list) and value else value
            try:
                return max(1.0, float(raw))
            except (TypeError, ValueError):
                break
    return 1.0
