"""What the routers need from the process that serves them, and how they get it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Protocol

from fastapi import Depends, Request

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from flowhub.connectors import Connector, Event
    from flowhub.services import Clock, Queue, Services
    from flowhub.settings import Settings


class Host(Protocol):
    """The serving process as the routers see it: storage, time, settings, jobs and the inbox."""

    @property
    def engine(self) -> Engine: ...

    @property
    def clock(self) -> Clock: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def services(self) -> Services: ...

    @property
    def queue(self) -> Queue: ...

    @property
    def connectors(self) -> Mapping[str, Connector]: ...

    def receive(self, event: Event) -> int | None:
        """Store `event` and queue its processing; None when it was already stored."""
        ...

    def outbox_text(self, body: str, reply: Any) -> str:
        """What an outbox row says, its sealed reply opened for display."""
        ...


def get_host(request: Request) -> Host:
    """The serving process the app factory attached to the app."""
    host: Host = request.app.state.runtime
    return host


HostDep = Annotated["Host", Depends(get_host)]
