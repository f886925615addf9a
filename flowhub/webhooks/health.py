"""`GET /healthz`: the process is up and the database answers; `GET /readyz`: and it is warm."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from flowhub.webhooks.deps import Host, HostDep

router = APIRouter()


@router.get("/healthz")
def healthz(runtime: HostDep) -> JSONResponse:
    """Report whether the database answers."""
    return _database(runtime) or JSONResponse(
        {"status": "ok", "database": runtime.engine.dialect.name}
    )


@router.get("/readyz")
def readyz(request: Request, runtime: HostDep) -> JSONResponse:
    """Ready for traffic: the database answers and the grammars are compiled (503 until then).

    A message that comes while they compile waits for them, seconds after a start.
    """
    warm = getattr(request.app.state, "warm", None)
    if warm is not None and not warm.is_set():
        return JSONResponse({"status": "warming up"}, status_code=503)
    return healthz(runtime)


def _database(runtime: Host) -> JSONResponse | None:
    """A 503 answer when the database does not answer, else None."""
    try:
        with runtime.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return JSONResponse({"status": "error", "database": str(exc)[:200]}, status_code=503)
    return None
