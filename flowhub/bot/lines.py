"""Each chat's paced sends, in the order their rate-limit slots were taken.

A paced send waits on a timer, and timers (or a busy worker) can run late, so the job that
wakes up sends its chat's oldest waiting message rather than its own: a newer message never
overtakes an older one in the same chat. Within one process; the sweeps still pick up whatever
a crash leaves paced.
"""

from __future__ import annotations

import threading
from collections import deque

from flowhub.connectors import Target


class ChatLines:
    """The paced sends of each chat, oldest first, and which job sends which."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lines: dict[Target, deque[int]] = {}
        self._where: dict[int, Target] = {}
        # A message sent by another message's job: its own job, when it comes, sends the next.
        self._owed: dict[int, Target] = {}

    def join(self, target: Target, outbox_id: int, *, front: bool = False) -> None:
        """Put a paced send in its chat's line (`front`: it was the oldest and must wait again)."""
        with self._lock:
            line = self._lines.setdefault(target, deque())
            if front:
                line.appendleft(outbox_id)
            else:
                line.append(outbox_id)
            self._where[outbox_id] = target

    def busy(self, target: Target) -> bool:
        """Whether older sends of this chat are waiting for their slots."""
        with self._lock:
            return bool(self._lines.get(target))

    def take(self, outbox_id: int) -> int:
        """The send a job woken for `outbox_id` makes: its chat's oldest waiting one."""
        with self._lock:
            target = self._where.get(outbox_id) or self._owed.pop(outbox_id, None)
            line = self._lines.get(target) if target is not None else None
            if target is None or not line:
                return outbox_id
            head = line.popleft()
            del self._where[head]
            if not line:
                del self._lines[target]
            if head != outbox_id:
                self._owed[head] = target
            return head
