"""Compile the grammars and load the language model once, before the first message needs them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from flowhub.nlp._commands import english_command
from flowhub.nlp.detect import LANGUAGES, detect_language
from flowhub.nlp.intents import classify_intent
from flowhub.nlp.tasks import extract_tasks
from flowhub.nlp.when import search_when

_SAMPLE = "call the plumber tomorrow at 9, and send the invoices by friday"
_lock = threading.Lock()
_warm = False


def warm_up() -> None:
    """Read a sample message in every language so the caches are filled; cheap once done."""
    global _warm
    with _lock:
        if _warm:
            return
        now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        detect_language(_SAMPLE)
        classify_intent(_SAMPLE)
        english_command(_SAMPLE)  # compiles the commands of every language
        extract_tasks(_SAMPLE, now=now, tz="UTC")
        for code in LANGUAGES:
            search_when(_SAMPLE, now=now, tz="UTC", locale=code)
        _warm = True


def warm_up_in_background() -> None:
    """Start warm_up on a daemon thread, so a process can serve while it runs."""
    if not _warm:
        threading.Thread(target=warm_up, name="nlp-warm-up", daemon=True).start()
