"""The app factory: settings, database, runtime, connectors and routers, built once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import Engine

from flowhub import __version__
from flowhub.bot.clock import Clock, OffsetClock, SystemClock
from flowhub.bot.queue import JobQueue, ThreadQueue
from flowhub.bot.runtime import Runtime
from flowhub.bot.settings import Settings
from flowhub.connectors import Connector
from flowhub.connectors.console import ConsoleConnector
from flowhub.connectors.playground import PlaygroundConnector
from flowhub.nlp import extract_tasks
from flowhub.storage import make_engine, migrate
from flowhub.webhooks import ROUTERS, health, playground

log = logging.getLogger(__name__)


def build_connectors(settings: Settings) -> dict[str, Connector]:
    """The connectors this deployment speaks through."""
    connectors: dict[str, Connector] = {"console": ConsoleConnector()}
    if settings.playground:
        connectors["playground"] = PlaygroundConnector()
    return connectors


def build_runtime(
    settings: Settings,
    *,
    clock: Clock | None = None,
    queue: JobQueue | None = None,
    engine: Engine | None = None,
    connectors: Mapping[str, Connector] | None = None,
) -> Runtime:
    """Create the engine (migrated), the runtime and its connectors."""
    engine = engine or make_engine(settings.resolved_database_url)
    migrate(engine)
    if clock is None:
        clock = OffsetClock() if settings.dev_clock_enabled else SystemClock()
    return Runtime(
        settings=settings,
        engine=engine,
        clock=clock,
        queue=queue or ThreadQueue(),
        connectors=connectors if connectors is not None else build_connectors(settings),
        extract=extract_tasks,
    )


def create_app(settings: Settings | None = None, *, runtime: Runtime | None = None) -> FastAPI:
    """The FastAPI app: health, the webhooks of configured platforms, and the playground."""
    settings = settings or Settings()
    runtime = runtime or build_runtime(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime.start()
        if settings.playground:
            playground.seed(runtime)
        try:
            yield
        finally:
            runtime.stop()

    app = FastAPI(title="FlowHub", version=__version__, lifespan=lifespan)
    app.state.runtime = runtime
    app.state.settings = settings
    app.include_router(health.router)
    for name, router in ROUTERS:
        if name in settings.enabled_platforms():
            app.include_router(router)
    if settings.playground:
        app.include_router(playground.router)
        playground.mount_static(app)
    return app
