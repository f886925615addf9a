"""Conversation state: per chat and person, the pending edit, the last list shown, the undo."""

from flowhub.conversations.thread import Thread

__all__ = ["Thread"]
