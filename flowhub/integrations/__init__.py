"""Task tools that confirmed tasks are pushed to. `INTEGRATIONS` maps tool name to its class.

Each integration implements `push(task) -> ExternalRef`, `close(ref)` and `check()` with httpx,
and never imports skills. None is built yet.
"""

INTEGRATIONS: dict[str, type] = {}

__all__ = ["INTEGRATIONS"]
