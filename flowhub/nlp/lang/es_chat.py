"""Spanish words for tasks and intents."""

from __future__ import annotations

from flowhub.nlp.lang._schema import ChatWords

WORDS = ChatWords(code="es")
