"""The whole loop under load: a signed delivery in, the bot's reply out, at fixed rates.

What is measured: each shape (bench/_e2e_stack.py) is driven at 50, 100, 200 and 400 deliveries
per second for a few seconds, open loop (a slow answer does not slow the schedule): 70%
WhatsApp, 15% Slack, 15% Telegram; half the WhatsApp senders new people, the rest 20 returning
people per platform; questions, captures and WhatsApp button presses on the cards the warm-up
made. The platforms' APIs are the local fakes of tests/auxil, which check the vendors' wire
formats and note when each reply arrives. A reply's latency runs from the moment its delivery
was scheduled to the fake's receipt of the reply, so a queue in front of the server counts.
Each delivery is answered by one message; replies are matched to deliveries per chat in order.
"Unanswered" counts deliveries without a reply 15 s after the last one was sent. CPU is user +
system time per delivery, per role, read from /proc. The baselines run in the same run: a bare
FastAPI endpoint, and a minimal handler that verifies, stores in SQLite and replies.

`python -m bench e2e` runs every shape at every rate; `--quick` runs 50 and 200 per second for
3 s; `--shapes=embedded,production,minimal,bare` and `--rates=50,100` choose.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from bench._util import REPO, table

sys.path.insert(0, str(REPO))

from bench import _e2e_stack as stacks
from bench import _e2e_traffic as traffic
from bench._load import Paced, paced_in_process
from tests.auxil.fake_graph import TOKEN as GRAPH_TOKEN
from tests.auxil.fake_graph import VERSION as GRAPH_VERSION
from tests.auxil.fake_slack import BOT_TOKEN
from tests.connectors.slack import payloads as slack_payloads
from tests.connectors.whatsapp import payloads as wa_payloads
from tests.webhooks.harness import TELEGRAM_SECRET, TELEGRAM_TOKEN, Fakes, fakes

RATES = (50, 100, 200, 400)
SECONDS = 5.0
RETURNING = 20
CONNECTIONS = 64
DRAIN_SECONDS = 15.0
SHAPES = ("bare", "minimal", "embedded", "production")
Reply = tuple[str, float]


def _env(apis: Fakes, workdir: Path) -> dict[str, str]:
    return {
        "FLOWHUB_DATA_DIR": str(workdir / "data"),
        "FLOWHUB_LOG_LEVEL": "WARNING",
        "FLOWHUB_PLAYGROUND": "false",
        "FLOWHUB_DEFAULT_TIMEZONE": "Europe/Berlin",
        "FLOWHUB_SECRET_KEY": "bench-secret-key-0123456789abcdef",
        "FLOWHUB_WHATSAPP_APP_SECRET": wa_payloads.APP_SECRET,
        "FLOWHUB_WHATSAPP_VERIFY_TOKEN": wa_payloads.VERIFY_TOKEN,
        "FLOWHUB_WHATSAPP_ACCESS_TOKEN": GRAPH_TOKEN,
        "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": wa_payloads.NUMBER,
        "FLOWHUB_WHATSAPP_API_URL": apis.graph.url,
        "FLOWHUB_WHATSAPP_API_VERSION": GRAPH_VERSION,
        "FLOWHUB_SLACK_SIGNING_SECRET": slack_payloads.SIGNING_SECRET,
        "FLOWHUB_SLACK_BOT_TOKEN": BOT_TOKEN,
        "FLOWHUB_SLACK_API_URL": apis.slack.api_url,
        "FLOWHUB_TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "FLOWHUB_TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "FLOWHUB_TELEGRAM_API_URL": apis.telegram.api_url,
    }


def _replies(apis: Fakes) -> dict[str, list[Reply]]:
    """Every reply the fakes accepted so far, by platform: (recipient, arrival time)."""
    whatsapp = [
        (str(r.body["to"]), r.at)
        for r in list(apis.graph.requests)
        if r.status == 200 and isinstance(r.body, dict) and "type" in r.body
    ]
    slack = [
        (str(c.params.get("channel")), c.at)
        for c in list(apis.slack.calls)
        if c.method in ("chat.postMessage", "chat.postEphemeral")
    ]
    telegram = [
        (str(c.params.get("chat_id")), c.at)
        for c in list(apis.telegram.calls)
        if c.method in ("sendMessage", "sendPhoto", "sendDocument")
    ]
    return {"whatsapp": whatsapp, "slack": slack, "telegram": telegram}


def _match(
    deliveries: list[traffic.Delivery], run: Paced, replies: dict[str, list[Reply]]
) -> list[float | None]:
    """Per delivery, its reply latency in ms (None: unanswered); per chat, in order."""
    arrived: dict[tuple[str, str], deque[float]] = defaultdict(deque)
    for platform, items in replies.items():
        for recipient, at in sorted(items, key=lambda item: item[1]):
            arrived[(platform, recipient)].append(at)
    out: list[float | None] = []
    for delivery, scheduled in zip(deliveries, run.scheduled, strict=True):
        queue = arrived[(delivery.platform, delivery.recipient)]
        while queue and queue[0] < scheduled:
            queue.popleft()  # a late extra reply to an earlier delivery
        out.append((queue.popleft() - scheduled) * 1000 if queue else None)
    return out


def _since(before: dict[str, list[Reply]], apis: Fakes) -> dict[str, list[Reply]]:
    now = _replies(apis)
    return {platform: now[platform][len(before[platform]) :] for platform in now}


def _drain(apis: Fakes, before: dict[str, list[Reply]], expected: int) -> float:
    """Wait until `expected` replies came or DRAIN_SECONDS passed with none; the wait in s."""
    started = last_change = time.monotonic()
    seen = -1
    while time.monotonic() - last_change < DRAIN_SECONDS:
        got = sum(len(items) for items in _since(before, apis).values())
        if got >= expected:
            break
        if got != seen:
            seen, last_change = got, time.monotonic()
        time.sleep(0.2)
    time.sleep(0.5)  # a straggler to the same chat must not be taken for the next run's
    return time.monotonic() - started


def _warm(apis: Fakes, target: traffic.Target, url: str) -> traffic.People:
    """Each returning person says one thing (captures make the cards pressed later)."""
    crowd = traffic.people(RETURNING)
    for user in crowd.slack:
        apis.slack.add_user(slack_payloads.TEAM, user, f"Bench {user[-4:]}", tz="Europe/Berlin")
    said = [traffic.whatsapp_text(target, p, "pay the venue deposit by friday", "capture")
            for p in crowd.whatsapp]  # fmt: skip
    said += [traffic.slack_dm(target, u, traffic.slack_channel(u), "my list", "question")
             for u in crowd.slack]  # fmt: skip
    said += [traffic.telegram_text(target, c, "my list", "question") for c in crowd.telegram]
    before = _replies(apis)
    paced_in_process(target.host, target.port, [d.request for d in said], rate=50, connections=8)
    _drain(apis, before, len(said))
    cards: dict[str, tuple[str, str, str]] = {}
    for r in list(apis.graph.requests):
        body = r.body if isinstance(r.body, dict) else {}
        if body.get("type") == "interactive" and r.status == 200:
            buttons = body["interactive"].get("action", {}).get("buttons", [])
            if buttons:
                reply = buttons[0]["reply"]
                cards[body["to"]] = (r.answer["messages"][0]["id"], reply["id"], reply["title"])
    return traffic.People(crowd.whatsapp, crowd.slack, crowd.telegram, cards)


def _row(
    shape: str,
    rate: int,
    run: Paced,
    latencies: list[float | None],
    replies: int,
    cpu: dict[str, float],
) -> list[object]:
    answered = sorted(value for value in latencies if value is not None)
    cuts = statistics.quantiles(answered, n=100) if len(answered) > 1 else answered * 99
    count = len(latencies)
    refused = sum(1 for status in run.statuses if status != 200)
    acks = sorted(run.acked)
    ack_cuts = statistics.quantiles(acks, n=100) if len(acks) > 1 else acks * 99
    per_role = ", ".join(f"{role} {1000 * seconds / count:.1f}" for role, seconds in cpu.items())
    return [
        shape,
        rate,
        round(count / run.seconds),
        refused,
        f"{statistics.median(acks):.0f} / {ack_cuts[98]:.0f}" if acks else "-",
        f"{statistics.median(answered):.0f}" if answered else "-",
        f"{cuts[89]:.0f}" if answered else "-",
        f"{cuts[98]:.0f}" if answered else "-",
        f"{answered[-1]:.0f}" if answered else "-",
        count - len(answered),
        replies,
        per_role,
    ]


def _run_shape(
    apis: Fakes, shape: str, start: Callable[[], AbstractContextManager[stacks.Stack]],
    rates: tuple[int, ...], seconds: float,
) -> Iterator[list[object]]:  # fmt: skip
    with start() as stack:
        host, port = stack.url.removeprefix("http://").split(":")
        target = traffic.Target(host, int(port))
        crowd = _warm(apis, target, stack.url)
        fresh = 0
        for rate in rates:
            count = int(rate * seconds)
            deliveries = traffic.mix(target, crowd, count, seed=rate, fresh=fresh)
            fresh += count
            before = _replies(apis)
            cpu_before, own_before = stack.cpu(), os.times()
            run = paced_in_process(host, int(port), [d.request for d in deliveries], rate=rate,
                                   connections=CONNECTIONS)  # fmt: skip
            _drain(apis, before, count)
            cpu_after, own_after = stack.cpu(), os.times()
            cpu = {role: cpu_after[role] - cpu_before.get(role, 0.0) for role in cpu_after}
            cpu["fakes"] = (own_after.user + own_after.system) - (
                own_before.user + own_before.system
            )
            seen = _since(before, apis)
            latencies = _match(deliveries, run, seen)
            replies = sum(len(items) for items in seen.values())
            yield _row(stack.name, rate, run, latencies, replies, cpu)


def _options(argv: list[str]) -> tuple[tuple[str, ...], tuple[int, ...], float]:
    values = dict(a.removeprefix("--").partition("=")[::2] for a in argv if a.startswith("--"))
    quick = "quick" in values
    rates = tuple(int(r) for r in values["rates"].split(",")) if values.get("rates") else (
        (50, 200) if quick else RATES)  # fmt: skip
    shapes = tuple(values["shapes"].split(",")) if values.get("shapes") else SHAPES
    unknown = set(shapes) - set(SHAPES)
    if unknown:
        raise SystemExit(f"unknown shapes {sorted(unknown)}; choose from {', '.join(SHAPES)}")
    return shapes, rates, 3.0 if quick else SECONDS


def main(argv: list[str] | None = None) -> None:
    """Drive every shape at every rate; print one table."""
    shapes, rates, seconds = _options(argv or [])
    load = os.getloadavg()
    rows: list[list[object]] = []
    with fakes() as apis, tempfile.TemporaryDirectory(prefix="flowhub-bench-e2e-") as tmp:
        for shape in shapes:
            workdir = Path(tmp) / shape
            workdir.mkdir()
            env = _env(apis, workdir)
            start: Callable[[], AbstractContextManager[stacks.Stack]]
            if shape in ("bare", "minimal"):
                start = lambda s=shape, e=env, w=workdir: stacks.baseline(s, e, w)  # noqa: E731
            else:
                start = lambda s=shape, e=env, w=workdir: getattr(stacks, s)(e, w)  # noqa: E731
            rows += list(_run_shape(apis, shape, start, rates, seconds))
            print(f"... {shape} done", file=sys.stderr)
    print(__doc__.split("\n\n")[1].replace("\n", " ") if __doc__ else "")
    print(
        f"\n{seconds:.0f} s per rate, {CONNECTIONS} connections at most in flight, "
        f"{os.cpu_count()} CPU cores shared by every process and the load generator; load "
        f"average before: {load[0]:.1f}, after: {os.getloadavg()[0]:.1f}.\n"
    )
    headers = ["shape", "offered/s", "sent/s", "non-200", "ack p50/p99 ms", "reply p50 ms",
               "p90 ms", "p99 ms", "max ms", "unanswered", "replies",
               "CPU ms/delivery by role"]  # fmt: skip
    print(table(headers, rows))


if __name__ == "__main__":
    main(sys.argv[1:])
