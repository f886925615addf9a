"""The app factory: settings, database, runtime, connectors and routers, built once."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Collection, Mapping
from contextlib import asynccontextmanager
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy import Engine

from flowhub import __version__, metrics
from flowhub.bot.clock import Clock, OffsetClock, SystemClock
from flowhub.bot.queue import JobQueue, ThreadQueue
from flowhub.bot.runtime import Runtime
from flowhub.bot.slack_stores import slack_stores
from flowhub.connectors import Connector, Deps, LastInbound
from flowhub.connectors.registry import CONNECTORS
from flowhub.nlp import extract_tasks, warm_up
from flowhub.settings import Settings
from flowhub.storage import make_engine, migrate, people, session_scope
from flowhub.webhooks import ROUTERS, health, integrations, playground
from flowhub.webhooks import metrics as metrics_page
from flowhub.webhooks.ingest import GroupCommit

log = logging.getLogger(__name__)


def build_connectors(
    settings: Settings, *, engine: Engine | None = None, clock: Clock | None = None
) -> dict[str, Connector]:
    """The connectors this deployment speaks through: each of `CONNECTORS` that is configured.

    Without `engine` there is no storage: WhatsApp does not check its 24-hour window and Slack
    (whose installations live there) is left out.
    """
    now = (clock or SystemClock()).now
    deps = Deps(
        engine=engine,
        now=now,
        last_inbound=_last_inbound(engine) if engine is not None else None,
        slack=slack_stores(engine, now) if engine is not None else None,
    )
    connectors: dict[str, Connector] = {}
    for name, build in CONNECTORS.items():
        connector = build(settings, deps)
        if connector is not None:
            connectors[name] = connector
    return connectors


def _last_inbound(engine: Engine) -> LastInbound:
    """When each (account, chat) of a platform last wrote, read from storage in one query."""

    def read(platform: str, chats: Collection[tuple[str, str]]) -> dict[tuple[str, str], datetime]:
        with session_scope(engine) as session:
            return people.get_last_inbound(session=session, platform=platform, keys=chats)

    return read


def build_queue(settings: Settings) -> JobQueue:
    """rq on Redis when FLOWHUB_REDIS_URL is set, else a worker thread in this process."""
    if settings.redis_url:
        from flowhub.bot.rq_queue import RQQueue

        return RQQueue(settings.redis_url, retry_delays=settings.job_retry_delays)
    return ThreadQueue()


def build_runtime(
    settings: Settings,
    *,
    clock: Clock | None = None,
    queue: JobQueue | None = None,
    engine: Engine | None = None,
    connectors: Mapping[str, Connector] | None = None,
    background_scheduler: bool | None = None,
) -> Runtime:
    """Create the engine (migrated), the runtime and its connectors."""
    if settings.metrics_on:
        metrics.enable(settings.resolved_metrics_dir)
    engine = engine or make_engine(settings.resolved_database_url)
    migrate(engine)
    if clock is None:
        clock = OffsetClock() if settings.dev_clock_enabled else SystemClock()
    runtime = Runtime(
        settings=settings,
        engine=engine,
        clock=clock,
        queue=queue or build_queue(settings),
        connectors=connectors
        if connectors is not None
        else build_connectors(settings, engine=engine, clock=clock),
        extract=extract_tasks,
        # With Redis the scheduler is its own process (`flowhub scheduler`).
        background_scheduler=(
            settings.redis_url is None if background_scheduler is None else background_scheduler
        ),
    )
    return runtime


def _warm_up_in_background(done: threading.Event) -> None:
    """Compile the grammars on a daemon thread, so the process serves meanwhile; `done` after."""

    def run() -> None:
        warm_up()
        done.set()

    threading.Thread(target=run, name="nlp-warm-up", daemon=True).start()


def create_app(settings: Settings | None = None, *, runtime: Runtime | None = None) -> FastAPI:
    """The FastAPI app: health, the webhooks of configured platforms, and (if on) the playground."""
    settings = settings or Settings()
    runtime = runtime or build_runtime(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        runtime.start()
        _warm_up_in_background(app.state.warm)
        if settings.playground:
            playground.seed(runtime)
        try:
            yield
        finally:
            runtime.stop()

    # The interactive docs and the schema are served only where they are wanted (never by
    # default in production): FLOWHUB_API_DOCS.
    docs = settings.api_docs
    app = FastAPI(
        title="FlowHub",
        version=__version__,
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None,
        openapi_url="/openapi.json" if docs else None,
    )
    app.state.runtime = runtime
    app.state.settings = settings
    app.state.ingest = GroupCommit(runtime.receive_many)
    app.state.warm = threading.Event()
    app.include_router(health.router)
    if settings.metrics_on:
        app.add_middleware(metrics_page.CountDeliveries)
        app.include_router(metrics_page.router)
    # Routes are matched in order: the platform webhooks, the busiest, come first.
    for name, router in ROUTERS:
        if name in settings.enabled_platforms():
            app.include_router(router)
    app.include_router(integrations.router)
    if settings.playground:
        app.include_router(playground.router)
        playground.mount_static(app)
    return app
