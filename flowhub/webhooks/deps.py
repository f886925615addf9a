"""FastAPI dependencies shared by the routers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

if TYPE_CHECKING:
    from flowhub.bot.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    """The runtime the app factory built."""
    return request.app.state.runtime


RuntimeDep = Annotated["Runtime", Depends(get_runtime)]
