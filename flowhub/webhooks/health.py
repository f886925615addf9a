"""`GET /healthz`: the process is up and the database answers."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from flowhub.webhooks.deps import HostDep

router = APIRouter()


@router.get("/healthz")
def healthz(runtime: HostDep) -> JSONResponse:
    """Report whether the database answers."""
    try:
        with runtime.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        return JSONResponse({"status": "error", "database": str(exc)[:200]}, status_code=503)
    return JSONResponse({"status": "ok", "database": runtime.engine.dialect.name})
