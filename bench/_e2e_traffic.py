"""Signed deliveries for the end-to-end bench, as WhatsApp, Slack and Telegram send them.

Each delivery is prepared as raw HTTP/1.1 bytes (bench/_load.py sends them) together with the
recipient its reply goes to on the platform's side: the WhatsApp number (`to`), the Slack
channel (`chat.postMessage` `channel`) or the Telegram chat (`sendMessage` `chat_id`).
"""

from __future__ import annotations

import itertools
import json
import random
import time
from dataclasses import dataclass
from typing import Any

from bench._load import post_request
from flowhub.connectors.whatsapp import sign
from tests.connectors.slack import payloads as slack
from tests.connectors.whatsapp import payloads as wa
from tests.webhooks.harness import TELEGRAM_SECRET

QUESTIONS = ("what's due today?", "anything overdue?", "what's on tomorrow?", "my list")
CAPTURES = (
    "pay the venue deposit by friday",
    "call the caterer tomorrow 10am",
    "send sam the Q4 deck monday",
    "book flights for the offsite next week",
)
_COUNTER = itertools.count(1)


@dataclass(frozen=True)
class Delivery:
    """One prepared request and where its reply will be seen."""

    platform: str
    kind: str
    recipient: str
    request: bytes


@dataclass(frozen=True)
class Target:
    """Where the server listens."""

    host: str
    port: int


def whatsapp(target: Target, person: str, message: dict[str, Any], kind: str) -> Delivery:
    """A signed WhatsApp Cloud delivery of one message from `person`."""
    message = {**message, "from": person, "timestamp": str(int(time.time()))}
    value = wa.value(message, contacts=[wa.contact(person, f"Person {person[-4:]}")])
    body = json.dumps(wa.delivery(value), separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(body, wa.APP_SECRET)}
    request = post_request(target.host, target.port, "/webhooks/whatsapp", body, headers)
    return Delivery("whatsapp", kind, person, request)


def whatsapp_text(target: Target, person: str, text: str, kind: str) -> Delivery:
    """A text message from `person`."""
    return whatsapp(target, person, wa.text(text), kind)


def whatsapp_press(target: Target, person: str, card: str, button: str, title: str) -> Delivery:
    """A tap on a reply button of the card with wamid `card`."""
    return whatsapp(target, person, wa.button_reply(button, title, card), "press")


def slack_dm(target: Target, user: str, channel: str, text: str, kind: str) -> Delivery:
    """A signed Events API delivery of a direct message from `user`."""
    event = slack.dm(text, user=user, channel=channel, ts=f"{time.time():.6f}")
    raw = json.dumps(slack.event_callback(event, event_id=f"EvB{next(_COUNTER):09d}"))
    headers = slack.signed_headers(raw, content_type="application/json")
    request = post_request(target.host, target.port, "/webhooks/slack", raw.encode(), headers)
    return Delivery("slack", kind, channel, request)


def telegram_text(target: Target, chat_id: int, text: str, kind: str) -> Delivery:
    """A Telegram Update with a private text message, sent with the webhook secret."""
    sender = {"id": chat_id, "is_bot": False, "first_name": f"P{chat_id % 10_000}"}
    number = next(_COUNTER)
    update = {
        "update_id": number,
        "message": {
            "message_id": number,
            "from": sender,
            "chat": {"id": chat_id, "type": "private", "first_name": sender["first_name"]},
            "date": int(time.time()),
            "text": text,
        },
    }
    body = json.dumps(update).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
    }
    request = post_request(target.host, target.port, "/webhooks/telegram", body, headers)
    return Delivery("telegram", kind, str(chat_id), request)


@dataclass(frozen=True)
class People:
    """The returning people of a run, by platform, and the WhatsApp cards they can press."""

    whatsapp: tuple[str, ...]
    slack: tuple[str, ...]
    telegram: tuple[int, ...]
    cards: dict[str, tuple[str, str, str]]


def people(returning: int) -> People:
    """`returning` people on each platform, no cards yet."""
    return People(
        whatsapp=tuple(f"4915{n:09d}" for n in range(1, returning + 1)),
        slack=tuple(f"UB{n:07d}" for n in range(1, returning + 1)),
        telegram=tuple(700_000_000 + n for n in range(1, returning + 1)),
        cards={},
    )


def slack_channel(user: str) -> str:
    """The DM channel of a bench Slack user."""
    return "D" + user[1:]


def mix(target: Target, crowd: People, count: int, *, seed: int, fresh: int) -> list[Delivery]:
    """`count` deliveries: 70% WhatsApp, 15% Slack, 15% Telegram; half the WhatsApp senders are
    new people (numbers from `fresh` on); questions, captures and (WhatsApp) button presses."""
    rng = random.Random(seed)
    out: list[Delivery] = []
    new = itertools.count(fresh)
    for _ in range(count):
        roll = rng.random()
        text, kind = _said(rng)
        if roll < 0.7:
            if rng.random() < 0.5:
                out.append(whatsapp_text(target, f"5511{next(new):09d}", text, kind))
                continue
            person = rng.choice(crowd.whatsapp)
            card = crowd.cards.get(person)
            if card is not None and rng.random() < 0.2:
                out.append(whatsapp_press(target, person, *card))
            else:
                out.append(whatsapp_text(target, person, text, kind))
        elif roll < 0.85:
            user = rng.choice(crowd.slack)
            out.append(slack_dm(target, user, slack_channel(user), text, kind))
        else:
            out.append(telegram_text(target, rng.choice(crowd.telegram), text, kind))
    return out


def _said(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.6:
        return rng.choice(QUESTIONS), "question"
    return rng.choice(CAPTURES), "capture"
