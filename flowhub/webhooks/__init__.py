"""HTTP entry points: each platform's router verifies, dedupes, stores, enqueues, then answers.

`ROUTERS` lists (platform, router) pairs; the app factory includes those whose platform is
configured. The health and playground routers are always (respectively, in dev) present.
"""

from fastapi import APIRouter

from flowhub.webhooks import health, playground, slack, telegram, whatsapp

ROUTERS: tuple[tuple[str, APIRouter], ...] = (
    ("whatsapp", whatsapp.router),
    ("telegram", telegram.router),
    ("slack", slack.router),
)

__all__ = ["ROUTERS", "health", "playground"]
