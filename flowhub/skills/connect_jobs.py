"""The connect jobs, and what a person is told about connecting a tool.

- `finish` (job "connect:<tool>") takes the values pasted after "connect <tool>" (the message is
  blanked in the inbox as it is read), connects the tool or makes the calendar feed, and says
  how it went; the values are never echoed.
- `offer_sign_in` (job "oauth:<tool>") sends the OAuth sign-in link, or says what the admin
  must configure.
- `complete_sign_in` finishes an OAuth sign-in from the browser and tells the person in their
  direct chat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flowhub.connectors import Reply, Target
from flowhub.i18n import use_locale
from flowhub.integrations import INTEGRATIONS, connecting, crypto, hooks, ical, oauth, states
from flowhub.integrations.pushing import retry_unfinished
from flowhub.skills import connect_words as words
from flowhub.skills.notify import person_target
from flowhub.storage import people, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services


def finish(services: Services, inbox_id: int, *, kind: str) -> None:
    """Check and store the values pasted in message `inbox_id`; tell the person the outcome."""
    message = connecting.take_values(services.engine, inbox_id, kind=kind)
    if message is None:
        return
    sensitive = False  # a feed URL holds the feed's secret: the outbox keeps it sealed
    with use_locale(_language(services, message.person_id)):
        try:
            if kind == connecting.FEED:
                text, sensitive = _feed(services, message), True
            else:
                text = _tool(services, kind, message)
        except crypto.NoSecretKey as exc:
            text = words.NO_SECRET_KEY.format(why=exc)
    services.send(Reply(text, to=_target(message), sensitive=sensitive))


def _language(services: Services, person_id: int) -> str | None:
    """The language the person is answered in."""
    with session_scope(services.engine) as session:
        person = people.get_person(session=session, person_id=person_id)
        return person.locale if person is not None else None


def _tool(services: Services, kind: str, message: connecting.Message) -> str:
    outcome = connecting.connect_tool(
        services,
        kind,
        message.text,
        workspace_id=message.workspace_id,
        person_id=message.person_id,
    )
    if isinstance(outcome, connecting.Connected):
        return connected_text(services, outcome)
    if outcome.missing:
        return words.CONNECT_MISSING.format(missing=", ".join(outcome.missing), kind=kind)
    return words.CONNECT_FAILED.format(why=outcome.why, kind=kind)


def _feed(services: Services, message: connecting.Message) -> str:
    url = ical.create_feed(services, workspace_id=message.workspace_id, person_id=message.person_id)
    return words.ICAL_READY.format(url=url)


def connected_text(services: Services, connected: connecting.Connected) -> str:
    """Queue the pushes that waited for this connection and word the outcome."""
    waiting = retry_unfinished(
        services, workspace_id=connected.workspace_id, connection_id=connected.connection_id
    )
    default = (
        words.CONNECTED_DEFAULT
        if connected.is_default
        else words.CONNECTED_OTHER.format(kind=connected.kind)
    )
    if waiting:
        default += words.CONNECTED_RETRYING.format(waiting)
    text = words.CONNECTED.format(tool=connected.title, target=connected.target, default=default)
    return text + _hook_text(connected)


def _hook_text(connected: connecting.Connected) -> str:
    """How "done" in the tool comes back: set up, shortly, or what the person must do."""
    if connected.hook == hooks.SET_UP:
        return words.HOOK_SET_UP.format(tool=connected.title)
    if connected.hook == hooks.RETRYING:
        return words.HOOK_RETRYING.format(tool=connected.title)
    if connected.hook == hooks.STEPS:
        return words.HOOK_STEPS.format(tool=connected.title, steps=connected.steps)
    return ""


def offer_sign_in(services: Services, inbox_id: int, *, kind: str) -> None:
    """Send the OAuth sign-in link for a tool, or say what the admin must configure."""
    cls = INTEGRATIONS[kind]
    provider = oauth.PROVIDERS[cls.oauth or ""]
    message = connecting.read_message(services.engine, inbox_id)
    if message is None:
        return
    target = _target(message)
    if oauth.client(provider, services.tools) is None:
        if any(field.secret for field in cls.setup):
            return  # the token prompt already covers it; sign-in is just not offered here
        app = (provider.client or provider.name).upper()  # Outlook signs in with Microsoft
        variables = f"FLOWHUB_{app}_CLIENT_ID and FLOWHUB_{app}_CLIENT_SECRET"
        text = words.OAUTH_OFF.format(tool=provider.title, variables=variables)
    else:
        try:
            url = states.issue(
                services,
                provider,
                workspace_id=message.workspace_id,
                person_id=message.person_id,
            )
        except crypto.NoSecretKey as exc:
            services.send(Reply(words.NO_SECRET_KEY.format(why=exc), to=target))
            return
        text = words.OAUTH_LINK.format(tool=provider.title, url=url)
    services.send(Reply(text, to=target))


def complete_sign_in(
    services: Services,
    provider: oauth.Provider,
    code: str,
    *,
    workspace_id: int,
    person_id: int,
    server: str = "",
    verifier: str = "",
) -> str:
    """Finish an OAuth sign-in and tell the person in their direct chat; return the tool's title.

    Raises `IntegrationError` with a message for the browser page.
    """
    connected = connecting.complete_sign_in(
        services,
        provider,
        code,
        workspace_id=workspace_id,
        person_id=person_id,
        server=server,
        verifier=verifier,
    )
    text = connected_text(services, connected)
    with session_scope(services.engine) as session:
        chat = person_target(session, person_id)
    if chat is not None:
        services.send(Reply(text, to=chat))
    return connected.title


def remove_hook(services: Services, connection_id: int) -> None:
    """Job "remove_hook": delete a disconnected tool's webhook in the tool, then the connection."""
    hooks.remove_hook(services, connection_id)


def _target(message: connecting.Message) -> Target:
    return Target(message.platform, message.account, message.chat)


__all__ = ["complete_sign_in", "connected_text", "finish", "offer_sign_in", "remove_hook"]
