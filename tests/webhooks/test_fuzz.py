"""Fuzzing every webhook with mutated documented payloads: no 500, no 503 while storage is up,
`/healthz` healthy throughout, and every valid message sent alongside stored."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.webhooks.fuzzing import Fuzzer, mutated, seeds
from tests.webhooks.harness import Server

SEEDS = seeds()


def test_no_input_gets_a_500_or_a_503_and_valid_messages_are_stored(server: Server) -> None:
    fuzzer = Fuzzer(server)
    for seed in SEEDS:
        fuzzer.send_valid(seed)

    @settings(
        max_examples=120,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def deliver_one(data: st.DataObject) -> None:
        seed = data.draw(st.sampled_from(SEEDS))
        status = fuzzer.send(seed, data.draw(mutated(seed)))
        assert status < 500 or status == 503, status
        fuzzer.send_valid()

    deliver_one()
    assert fuzzer.check_health()
    bad = {name: t for name, t in fuzzer.tallies.items() if t.errors or t.unavailable}
    assert not bad, bad
    assert fuzzer.unhealthy == 0
    assert not any(fuzzer.missing().values()), fuzzer.missing()
