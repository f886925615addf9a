"""Who a Slack user is (`users.info`, cached) and Slack markup turned into the text people meant.

A person's name is their real name, else their display name, else their handle: the same string
becomes `Event.sender_name` (so the person's FlowHub display name) and stands in for a `<@U123>`
mention as "@First", the first word of that name, the form FlowHub's assignee rules and
`find_people_by_name` match.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

log = logging.getLogger(__name__)

PROFILE_TTL = 3600.0  # seconds a users.info answer is reused
FAILURE_TTL = 60.0  # seconds before a failed lookup is tried again
MAX_LOOKUPS = 5  # users.info calls one message may cost (the 3-second ack budget)
_MARKUP = re.compile(r"<([^<>]*)>")


@dataclass(frozen=True, slots=True)
class Profile:
    """What FlowHub keeps of a Slack user: a name, an IANA zone and a locale, when Slack told us."""

    name: str | None = None
    tz: str | None = None
    locale: str | None = None


class Directory:
    """`users.info` with a per-process cache; lookups never raise (an unknown user has no name)."""

    def __init__(
        self,
        *,
        client_for: Callable[[str], WebClient | None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client_for = client_for
        self._clock = clock
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], tuple[float, Profile]] = {}

    def profile(self, team: str, user: str) -> Profile:
        """The user's name and zone (cached); an empty `Profile` when Slack can't tell."""
        key = (team, user)
        now = self._clock()
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        profile, ttl = self._lookup(team, user)
        with self._lock:
            self._cache[key] = (now + ttl, profile)
        return profile

    def readable(self, text: str, *, team: str, bot_user_id: str | None = None) -> str:
        """Slack's markup as plain text: mentions become "@First" (the bot's own is dropped),
        `<#C1|general>` "#general", `<https://x|label>` "label (https://x)", and `&amp;`,
        `&lt;`, `&gt;` the characters they stand for.
        """
        lookups = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal lookups
            inner = match.group(1)
            target, _, label = inner.partition("|")
            if target.startswith("@"):
                user = target[1:]
                if user == bot_user_id:
                    return ""
                name = None
                if lookups < MAX_LOOKUPS:
                    lookups += 1
                    name = self.profile(team, user).name
                name = name or label
                return f"@{name.split()[0]}" if name and name.split() else f"@{user}"
            if target.startswith("#"):
                return f"#{label or target[1:]}"
            if target.startswith("!"):
                word = target[1:].split("^")[0]
                return f"@{label or word}" if word in ("here", "channel", "everyone") else label
            if label and label != target:
                return f"{label} ({target})"
            return target.removeprefix("mailto:")

        plain = _MARKUP.sub(replace, text)
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return re.sub(r"[ \t]{2,}", " ", plain).strip()

    def _lookup(self, team: str, user: str) -> tuple[Profile, float]:
        client = self._client_for(team)
        if client is None:
            return Profile(), FAILURE_TTL
        try:
            answer = client.users_info(user=user, include_locale=True)
        except SlackClientError as exc:
            log.info("users.info for %s in %s failed: %s", user, team, exc)
            return Profile(), FAILURE_TTL
        data = answer.get("user") or {}
        profile = data.get("profile") or {}
        name = (
            profile.get("real_name")
            or data.get("real_name")
            or profile.get("display_name")
            or data.get("name")
        )
        tz, locale = data.get("tz"), data.get("locale")
        return Profile(
            name=str(name).strip() or None if name else None,
            tz=str(tz) if tz else None,
            locale=str(locale) if locale else None,
        ), PROFILE_TTL
