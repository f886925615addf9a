"""Conversation state per chat and person: the open flow, the last list and thing shown, undo."""

from flowhub.conversations.thread import Thread

__all__ = ["Thread"]
