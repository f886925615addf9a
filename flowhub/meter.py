"""Rate meters: when may the next call under some limits go?

Each limit is a GCRA (generic cell rate algorithm) meter: a rate and a burst. `reserve` finds
the first moment all of a call's limits allow it and says how long until then. A call that must
wait keeps its place in line on its `queued` limits, so a backlog goes out in order, one slot
each, without asking again. Shared limits (`queued=False`) are only charged when a call goes
now; a call that waited asks them again, so one busy caller never books the shared budget far
ahead. In memory for one process; in Redis (one atomic Lua script) when several processes share
the budgets. Imports nothing of FlowHub: chat sends (`bot.limits`) and task tools
(`integrations.rate_limits`) both meter through it.

A meter also keeps windowed allowances (`Allowances`): points a vendor grants per window, such
as monday.com's complexity budget (a window that closes a minute after it opened) or a day's
calls (a window that closes at midnight UTC). `spend` takes points out of the open window (or
opens a full one), `settle` sets it to what the vendor itself reports as left.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from redis import Redis


@dataclass(frozen=True)
class Limit:
    """At most `per_second` sends under `key` on average, `burst` of them back to back.

    `queued`: a send that must wait takes its place in line (a chat's limits); False for shared
    budgets, which a waiting send asks again when its turn comes.
    """

    key: str
    per_second: float
    burst: int = 1
    queued: bool = True


class Limiter(Protocol):
    """Hands out send slots under rate limits."""

    def reserve(self, limits: Sequence[Limit], now: float) -> float:
        """Seconds from `now` until all `limits` allow a send (0: it goes now, every limit is
        charged); when it must wait, the `queued` limits hold its slot."""
        ...


class Allowances(Protocol):
    """Points granted per window, spent before calls and settled from the vendor's report."""

    def spend(self, key: str, points: float, full: float, closes: float, now: float) -> float:
        """Take `points` from the window open under `key` (none open at `now`: a new one holding
        `full`, closing at `closes`); 0 when taken, else the seconds from `now` until the window
        closes (nothing is taken then)."""
        ...

    def settle(self, key: str, left: float, closes: float, now: float) -> None:
        """Set the window under `key` to what the vendor reports: `left` points until `closes`."""
        ...


class Meter(Limiter, Allowances, Protocol):
    """Rate limits and windowed allowances, in one store."""


class MemoryLimiter:
    """Limits within this process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tat: dict[str, float] = {}  # theoretical arrival time of the next send, per key
        self._windows: dict[str, tuple[float, float]] = {}  # key -> (points left, closes at)

    def reserve(self, limits: Sequence[Limit], now: float) -> float:
        """Take the next slot under all `limits`; seconds from `now` until it (0: send now)."""
        with self._lock:
            slot = max([now, *(self._tat.get(x.key, now) - _tolerance(x) for x in limits)])
            for limit in limits:
                if limit.queued or slot <= now:
                    tat = max(self._tat.get(limit.key, now), slot) + 1 / limit.per_second
                    self._tat[limit.key] = tat
            if len(self._tat) > 100_000:  # keys whose meters have drained say nothing
                self._tat = {k: t for k, t in self._tat.items() if t > now}
            return slot - now

    def spend(self, key: str, points: float, full: float, closes: float, now: float) -> float:
        """Take `points` from the window open under `key`; 0, or the seconds until it closes."""
        with self._lock:
            left, ends = self._windows.get(key, (full, closes))
            if ends <= now:
                left, ends = full, closes
            points = min(points, full)  # a call dearer than a whole window still goes in a new one
            if left < points:
                return ends - now
            self._windows[key] = (left - points, ends)
            if len(self._windows) > 100_000:
                self._windows = {k: w for k, w in self._windows.items() if w[1] > now}
            return 0.0

    def settle(self, key: str, left: float, closes: float, now: float) -> None:
        """Set the window under `key` to `left` points until `closes`."""
        with self._lock:
            self._windows[key] = (max(0.0, left), closes)


# KEYS: one per limit. ARGV: now, then interval, tolerance and queued (1/0) per limit.
# Returns the wait in seconds, as a string (Redis would truncate a Lua number to an integer).
_RESERVE = """
local now = tonumber(ARGV[1])
local slot = now
local tats = {}
for i, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or now)
  tats[i] = tat
  local allowed = tat - tonumber(ARGV[3 * i])
  if allowed > slot then slot = allowed end
end
for i, key in ipairs(KEYS) do
  if ARGV[3 * i + 1] == '1' or slot <= now then
    local tat = math.max(tats[i], slot) + tonumber(ARGV[3 * i - 1])
    local ttl = math.ceil((tat - now) * 1000) + 1000
    redis.call('SET', key, string.format('%.6f', tat), 'PX', ttl)
  end
end
return string.format('%.6f', slot - now)
"""


# KEYS: the window. ARGV: now, points, full, closes. The same answer as `MemoryLimiter.spend`.
_SPEND = """
local now = tonumber(ARGV[1])
local full = tonumber(ARGV[3])
local points = math.min(tonumber(ARGV[2]), full)
local left = tonumber(redis.call('HGET', KEYS[1], 'left') or full)
local ends = tonumber(redis.call('HGET', KEYS[1], 'closes') or ARGV[4])
if ends <= now then
  left = full
  ends = tonumber(ARGV[4])
end
if left < points then return string.format('%.6f', ends - now) end
redis.call('HSET', KEYS[1], 'left', string.format('%.6f', left - points), 'closes',
  string.format('%.6f', ends))
redis.call('PEXPIRE', KEYS[1], math.ceil((ends - now) * 1000) + 1000)
return '0'
"""


class RedisLimiter:
    """Limits shared by every process that uses the same Redis."""

    def __init__(self, redis: Redis, *, prefix: str = "flowhub:limit:") -> None:
        self._prefix = prefix
        self._redis = redis
        self._script = redis.register_script(_RESERVE)
        self._spend = redis.register_script(_SPEND)

    def reserve(self, limits: Sequence[Limit], now: float) -> float:
        """Take the next slot under all `limits`; seconds from `now` until it (0: send now)."""
        if not limits:
            return 0.0
        args: list[float | int] = [now]
        for limit in limits:
            args += [1 / limit.per_second, _tolerance(limit), int(limit.queued)]
        keys = [self._prefix + limit.key for limit in limits]
        return max(0.0, float(self._script(keys=keys, args=args)))

    def spend(self, key: str, points: float, full: float, closes: float, now: float) -> float:
        """Take `points` from the window open under `key`; 0, or the seconds until it closes."""
        args = [now, points, full, closes]
        return max(0.0, float(self._spend(keys=[self._prefix + key], args=args)))

    def settle(self, key: str, left: float, closes: float, now: float) -> None:
        """Set the window under `key` to `left` points until `closes`."""
        name = self._prefix + key
        with self._redis.pipeline() as pipe:
            pipe.hset(name, mapping={"left": f"{max(0.0, left):.6f}", "closes": f"{closes:.6f}"})
            pipe.pexpire(name, max(1, int((closes - now) * 1000)) + 1000)
            pipe.execute()


def build_meter(redis_url: str | None) -> Meter:
    """A Redis meter when `redis_url` is set (limits hold across processes), else one in
    memory."""
    if redis_url:
        return RedisLimiter(Redis.from_url(redis_url))
    return MemoryLimiter()


def _tolerance(limit: Limit) -> float:
    return (limit.burst - 1) / limit.per_second


__all__ = [
    "Allowances",
    "Limit",
    "Limiter",
    "MemoryLimiter",
    "Meter",
    "RedisLimiter",
    "build_meter",
]
