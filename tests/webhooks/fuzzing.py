"""Property-based fuzzing of every webhook: documented payloads, mutated, sent signed to a server.

A `Seed` builds one documented payload with fresh ids and knows the inbox id a valid one is
stored under. `mutated` (a hypothesis strategy) replaces, deletes or adds fields anywhere in it
with hostile values (huge and negative ints, NaN, lone surrogates, NUL, long ids, wrong types),
or garbles the encoded bytes. `Fuzzer.send` delivers it and tallies the answer; valid payloads
sent alongside must all end up in the inbox. Used by the pytest property and `python -m bench fuzz`.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
from hypothesis import strategies as st

from tests.connectors.slack import payloads as sp
from tests.connectors.telegram import updates as tu
from tests.connectors.whatsapp import payloads as wp
from tests.webhooks import deliver
from tests.webhooks.harness import ROUND_TRIP, Server

Payload = Any
_UPDATES = itertools.count(500_000)
_CARDS = itertools.count(1)


@dataclass(frozen=True)
class Seed:
    """One documented payload of one webhook."""

    webhook: str
    name: str
    build: Callable[[], Payload]
    encode: Callable[[Payload], bytes]
    send: Callable[[httpx.Client, bytes], httpx.Response]
    stored_as: Callable[[Payload], tuple[str, str] | None] = lambda _: None


def _wa(message: Callable[[], dict[str, Any]]) -> Callable[[], Payload]:
    return lambda: wp.messages_delivery(message())


def _wa_id(payload: Payload) -> tuple[str, str]:
    return ("whatsapp", payload["entry"][0]["changes"][0]["value"]["messages"][0]["id"])


def _slack_message_id(payload: Payload) -> tuple[str, str]:
    event = payload["event"]
    return ("slack", f"{event['channel']}:{event['ts']}")


def _view() -> Payload:
    metadata = {
        "card": f"{sp.ANA_DM}:{sp.next_ts()}",
        "origin": {"team": sp.TEAM, "channel": sp.ANA_DM, "user": sp.ANA, "kind": "action"},
        "before": ["call Bob", "", "", "normal"],
    }
    view = {
        "type": "modal",
        "callback_id": "flowhub_edit",
        "private_metadata": json.dumps(metadata),
        "blocks": [
            {
                "type": "input",
                "block_id": "title",
                "element": {"type": "plain_text_input", "initial_value": "call Bob"},
            }
        ],
    }
    return sp.view_submission(view, {"title": "call Bob on friday"})


def _telegram_message() -> Payload:
    return tu.message(next(_UPDATES), "call Bob friday 10am")


def _tg_id(payload: Payload) -> tuple[str, str]:
    return ("telegram", f"u{payload['update_id']}")


def _tool_body(kind: str) -> Callable[[], Payload]:
    bodies: dict[str, Payload] = {
        "github": {"action": "closed", "issue": {"number": 7, "state": "closed"}},
        "jira": {
            "webhookEvent": "jira:issue_updated",
            "issue": {"id": "10001", "fields": {"status": {"statusCategory": {"key": "done"}}}},
            "changelog": {"items": [{"field": "status", "toString": "Done"}]},
        },
        "linear": {
            "action": "update",
            "type": "Issue",
            "data": {"id": "lin-1", "state": {"type": "completed", "name": "Done"}},
            "updatedFrom": {"stateId": "s-todo"},
        },
        "todoist": {"event_name": "item:completed", "event_data": {"id": "123"}},
        "trello": {
            "action": {
                "type": "updateCard",
                "data": {"card": {"id": "c1", "dueComplete": True}, "old": {"dueComplete": False}},
            }
        },
        "asana": {
            "events": [
                {
                    "action": "changed",
                    "resource": {"gid": "12", "resource_type": "task"},
                    "change": {"field": "completed", "action": "changed"},
                }
            ]
        },
    }
    return lambda: json.loads(json.dumps(bodies[kind]))


def seeds() -> tuple[Seed, ...]:
    """Every documented payload of every webhook FlowHub serves."""
    wa = ("whatsapp", deliver.encode, deliver.whatsapp)
    slack_events = ("slack events", deliver.encode, deliver.slack)
    interactive = ("slack interactivity", deliver.slack_interaction, _slack_form)
    telegram = ("telegram", deliver.encode, deliver.telegram)
    found = [
        Seed(*wa[:1], "text", _wa(lambda: wp.text("call Bob friday")), *wa[1:], _wa_id),
        Seed(*wa[:1], "button", _wa(lambda: wp.button_reply("b1", "Yes", wp.wamid())), *wa[1:]),
        Seed(*wa[:1], "contacts", _wa(wp.contact_card), *wa[1:], _wa_id),
        Seed(*wa[:1], "location", _wa(wp.location), *wa[1:], _wa_id),
        Seed(*wa[:1], "media", _wa(lambda: wp.media("image", "pay rent")), *wa[1:], _wa_id),
        Seed(*wa[:1], "reaction", _wa(lambda: wp.reaction(wp.wamid())), *wa[1:], _wa_id),
        Seed(
            *wa[:1],
            "status",
            lambda: wp.statuses_delivery(wp.status(wp.wamid(), "delivered")),
            *wa[1:],
        ),
        Seed(
            slack_events[0],
            "dm",
            lambda: sp.event_callback(sp.dm("call Bob friday")),
            *slack_events[1:],
            _slack_message_id,
        ),
        Seed(
            slack_events[0],
            "mention",
            lambda: sp.event_callback(sp.mention(f"<@{sp.BOT_USER}> call Bob friday")),
            *slack_events[1:],
            _slack_message_id,
        ),
        Seed(
            "slack commands",
            "command",
            lambda: sp.command("add call Bob friday"),
            _encode_form,
            _slack_form,
            lambda form: ("slack", f"cmd:{form['trigger_id']}"),
        ),
        Seed(
            interactive[0],
            "button",
            lambda: sp.button(f"confirm:{next(_CARDS)}", card_ts=sp.next_ts()),
            *interactive[1:],
            lambda p: ("slack", f"action:{p['trigger_id']}"),
        ),
        Seed(
            interactive[0],
            "shortcut",
            lambda: sp.shortcut("call Bob friday"),
            *interactive[1:],
            lambda p: ("slack", f"shortcut:{p['trigger_id']}"),
        ),
        Seed(
            interactive[0],
            "view",
            _view,
            *interactive[1:],
            lambda p: ("slack", f"view:{p['trigger_id']}"),
        ),
        Seed(telegram[0], "message", _telegram_message, *telegram[1:], _tg_id),
        Seed(
            telegram[0],
            "forwarded",
            lambda: tu.forwarded(next(_UPDATES), "pay rent"),
            *telegram[1:],
            _tg_id,
        ),
        Seed(
            telegram[0], "photo", lambda: tu.photo(next(_UPDATES), "receipt"), *telegram[1:], _tg_id
        ),
        Seed(
            telegram[0],
            "button",
            lambda: tu.button_press(next(_UPDATES), "confirm:1", card_id=next(_CARDS)),
            *telegram[1:],
            _tg_id,
        ),
        Seed(
            telegram[0],
            "group",
            lambda: tu.message(next(_UPDATES), "@FlowHubBot call Bob", chat=tu.GROUP),
            *telegram[1:],
            _tg_id,
        ),
    ]
    for kind in ROUND_TRIP:
        found.append(
            Seed(
                f"tool {kind}",
                "close",
                _tool_body(kind),
                deliver.encode,
                lambda http, body, kind=kind: deliver.tool(http, kind, body),
            )
        )
    return tuple(found)


def _slack_form(http: httpx.Client, body: bytes) -> httpx.Response:
    return deliver.slack(http, body, form=True)


def _encode_form(form: Any) -> bytes:
    fields = {str(k): _form_value(v) for k, v in _as_dict(form).items()}
    return urlencode(fields, encoding="utf-8", errors="surrogatepass").encode()


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {"value": value}


def _form_value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


# ----------------------------------------------------------------------------- mutations

_ODD = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        2**63,
        -(2**63) - 1,
        10**40,
        1e308,
        -1e308,
        float("nan"),
        float("inf"),
        "",
        "\ud800",
        "\udfff tail",
        "a\x00b",
        "x" * 600,
        "D" + "9" * 300,
        [],
        {},
        [5],
        {"a": 5},
        [[[[[[]]]]]],
        "5",
        "1772614800.000001",
    ]
)
HOSTILE = st.one_of(
    _ODD,
    st.integers(),
    st.floats(),
    st.text(alphabet=st.characters(codec=None), max_size=40),
    st.lists(st.integers(), max_size=3),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _mutate(payload: Any, draw: st.DrawFn) -> Any:
    path = draw(st.sampled_from(_paths(payload)))
    action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
    value = copy.deepcopy(draw(HOSTILE))  # sampled_from hands out the same list each time
    if not path:
        return value if action == "replace" else payload
    parent = payload
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete":
        del parent[last]
    elif action == "add" and isinstance(parent[last], dict):
        key = draw(st.sampled_from(["", "\ud800", "type", "id", "x" * 300]))
        parent[last][key] = value
    else:
        parent[last] = value
    return payload


_TEMPLATES: dict[tuple[str, str], Payload] = {}


def _template(seed: Seed) -> Payload:
    """The seed's payload built once: hypothesis replays a draw only on the same input."""
    key = (seed.webhook, seed.name)
    if key not in _TEMPLATES:
        _TEMPLATES[key] = seed.build()
    return _TEMPLATES[key]


@st.composite
def mutated(draw: st.DrawFn, seed: Seed) -> bytes:
    """The seed's payload with one to three hostile changes, encoded; sometimes garbled bytes."""
    payload = copy.deepcopy(_template(seed))
    for _ in range(draw(st.integers(1, 3))):
        payload = _mutate(payload, draw)
    body = seed.encode(payload)
    garble = draw(st.sampled_from(["none", "none", "none", "truncate", "bytes", "deep"]))
    if garble == "truncate" and body:
        body = body[: draw(st.integers(0, len(body) - 1))]
    elif garble == "bytes":
        at = draw(st.integers(0, len(body)))
        body = body[:at] + draw(st.binary(min_size=1, max_size=8)) + body[at:]
    elif garble == "deep":
        depth = draw(st.sampled_from([60, 70, 5_000]))
        body = b"[" * depth + body + b"]" * depth
    return body


# ----------------------------------------------------------------------------- sending


@dataclass
class Tally:
    """What one webhook answered."""

    sent: int = 0
    errors: int = 0  # 500 and any other 5xx but 503
    unavailable: int = 0  # 503 while /healthz says the database answers
    valid: list[tuple[str, str]] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)


class Fuzzer:
    """Sends deliveries to a server and keeps a `Tally` per webhook."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.tallies: dict[str, Tally] = {}
        self.unhealthy = 0
        self._valid_turn = itertools.cycle(seeds())

    def send(self, seed: Seed, body: bytes) -> int:
        """Deliver a (mutated) body; its status."""
        answer = seed.send(self.server.http, body)
        tally = self.tallies.setdefault(seed.webhook, Tally())
        tally.sent += 1
        tally.statuses[answer.status_code] = tally.statuses.get(answer.status_code, 0) + 1
        if answer.status_code == 503:
            if self.server.healthy():
                tally.unavailable += 1
            else:
                self.unhealthy += 1
        elif answer.status_code >= 500:
            tally.errors += 1
        return answer.status_code

    def send_valid(self, seed: Seed | None = None) -> None:
        """Deliver one unmutated payload (the next seed in turn); remember what must be stored."""
        seed = seed or next(self._valid_turn)
        payload = seed.build()
        self.send(seed, seed.encode(payload))
        key = seed.stored_as(payload)
        if key is not None:
            self.tallies[seed.webhook].valid.append(key)

    def check_health(self) -> bool:
        """Whether /healthz answers healthy; counted when it does not."""
        healthy = self.server.healthy()
        self.unhealthy += not healthy
        return healthy

    def missing(self) -> dict[str, list[tuple[str, str]]]:
        """Per webhook, the valid messages sent that are not in the inbox."""
        stored = self.server.stored_ids()
        return {
            name: [key for key in tally.valid if key not in stored]
            for name, tally in self.tallies.items()
        }
