"""Webhook fuzzing: mutated documented payloads against a real server, per webhook.

What is measured: FlowHub runs under uvicorn on 127.0.0.1 with every platform and every
round-trip tool configured (their APIs are the test fakes); hypothesis mutates the documented
payloads of each webhook (tests/webhooks/fuzzing.py: hostile values, deleted and added fields,
garbled and over-deep bodies) and each is sent signed. After every mutated delivery an
unmutated one goes too, in turn over all seeds. Counted per webhook: deliveries sent, 500s (any
5xx but 503), 503s while /healthz says the database answers, and the valid messages sent and
found in the inbox afterwards. Expected: 0, 0, all. Runs for about FLOWHUB_BENCH_FUZZ_SECONDS
(default 50) on SQLite, or on FLOWHUB_BENCH_FUZZ_DATABASE_URL when set.
"""

from __future__ import annotations

import logging
import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench._util import table
from tests.webhooks.fuzzing import Fuzzer, mutated, seeds
from tests.webhooks.harness import fakes, running

ROUND = 100  # examples per hypothesis run; runs repeat until the time is up


def main() -> None:
    """Fuzz every webhook for the time budget and print a table per webhook."""
    budget = float(os.environ.get("FLOWHUB_BENCH_FUZZ_SECONDS", "50"))
    database_url = os.environ.get("FLOWHUB_BENCH_FUZZ_DATABASE_URL") or None
    logging.disable(logging.CRITICAL)  # every refused delivery logs a warning
    all_seeds = seeds()
    with fakes() as apis, running(apis, database_url=database_url) as server:
        fuzzer = Fuzzer(server)
        for seed in all_seeds:
            fuzzer.send_valid(seed)

        @settings(
            max_examples=ROUND,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(data=st.data())
        def deliver_one(data: st.DataObject) -> None:
            seed = data.draw(st.sampled_from(all_seeds))
            fuzzer.send(seed, data.draw(mutated(seed)))
            fuzzer.send_valid()

        started = time.monotonic()
        runs = 0
        while time.monotonic() - started < budget:
            deliver_one()
            fuzzer.check_health()
            runs += 1
        elapsed = time.monotonic() - started
        missing = fuzzer.missing()
        database = server.runtime.engine.dialect.name
    rows = []
    for name, tally in sorted(fuzzer.tallies.items()):
        stored = len(tally.valid) - len(missing.get(name, []))
        codes = " ".join(f"{code}:{n}" for code, n in sorted(tally.statuses.items()))
        rows.append(
            (
                name,
                tally.sent,
                tally.errors,
                tally.unavailable,
                f"{stored}/{len(tally.valid)}",
                codes,
            )
        )
    print(
        f"{runs * ROUND} mutated deliveries (plus as many valid ones) in {elapsed:.0f} s "
        f"on {database}; /healthz unhealthy {fuzzer.unhealthy} times\n"
    )
    headers = ("webhook", "sent", "500s", "503s (storage up)", "valid stored", "statuses")
    print(table(headers, rows))


if __name__ == "__main__":
    main()
