"""How long a failed send waits before its next try: exponential backoff with jitter."""

from __future__ import annotations

import random
from collections.abc import Callable

FIRST_WAIT = 1.0  # seconds before the first retry, before jitter


def retry_delay(
    attempt: int,
    *,
    max_wait: float,
    asked: float | None = None,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait after failed attempt number `attempt` (1 for the first failure).

    The wait doubles per attempt up to `max_wait`, and each is drawn from its upper half so
    senders that failed together spread out; a wait the platform asked for (Retry-After) is
    always honoured.
    """
    ceiling = min(max_wait, FIRST_WAIT * 2 ** min(attempt - 1, 32))
    return max(ceiling * (0.5 + 0.5 * rand()), asked or 0.0)
