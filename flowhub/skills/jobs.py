"""`SKILL_JOBS`: the work skills leave for after the reply, each an importable `fn(services, id)`.

A skill asks for one with `Context.later(fn, id)`, naming the function itself; `name_of` finds
the name it is queued under, and raises for a function that is not listed here. The bot's
`JOBS` registry includes every entry, so every process kind can run them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from flowhub.integrations import INTEGRATIONS, hooks, outlook_calendar_hooks, zoho_hooks
from flowhub.integrations.connecting import FEED
from flowhub.skills import adopt_zone, connect_jobs, push

Job = Callable[..., None]

_CONNECT: Mapping[str, Job] = {
    kind: partial(connect_jobs.finish, kind=kind) for kind in (*INTEGRATIONS, FEED)
}
_SIGN_IN: Mapping[str, Job] = {
    kind: partial(connect_jobs.offer_sign_in, kind=kind)
    for kind, cls in INTEGRATIONS.items()
    if cls.oauth
}

SKILL_JOBS: Mapping[str, Job] = {
    "push_task": push.push_task,
    "push_edit": push.push_edit,
    "sync_task": push.sync_task,
    "pull_status": push.pull_status,
    "retry_pushes": push.retry_pushes,
    "closed_in_tool": push.closed_in_tool,
    "edited_in_tool": push.edited_in_tool,
    "reopened_in_tool": push.reopened_in_tool,
    "set_up_hook": hooks.set_up_hook,
    "renew_subscriptions": outlook_calendar_hooks.renew_subscriptions,
    "renew_zoho_channels": zoho_hooks.renew_channels,
    "remove_hook": connect_jobs.remove_hook,
    **{f"connect:{kind}": fn for kind, fn in _CONNECT.items()},
    **{f"oauth:{kind}": fn for kind, fn in _SIGN_IN.items()},
    adopt_zone.TIMEZONE_JOB: adopt_zone.adopt_timezone,
}

_NAMES: Mapping[int, str] = {id(fn): name for name, fn in SKILL_JOBS.items()}


def connect_job(kind: str) -> Job:
    """The job that takes the values pasted to connect tool `kind` (or the calendar feed)."""
    return _CONNECT[kind]


def sign_in_job(kind: str) -> Job:
    """The job that sends the OAuth sign-in link for tool `kind`."""
    return _SIGN_IN[kind]


def name_of(fn: Job) -> str:
    """The name job `fn` is queued under; LookupError when it is not in `SKILL_JOBS`."""
    try:
        return _NAMES[id(fn)]
    except KeyError:
        raise LookupError(
            f"{getattr(fn, '__qualname__', fn)!r} is not a job: list it in SKILL_JOBS "
            "(flowhub/skills/jobs.py) before queueing it"
        ) from None


__all__ = ["SKILL_JOBS", "Job", "connect_job", "name_of", "sign_in_job"]
