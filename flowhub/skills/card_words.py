"""What the card skills say about a message of several card answers."""

from __future__ import annotations

from flowhub.i18n import Text

STEP_UNREAD = Text("I couldn't read “{part}”, so that part changed nothing.")
