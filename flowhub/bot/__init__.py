"""The runtime: app factory, dispatcher, job queue, clock and CLI (settings re-exported)."""

from flowhub.bot.clock import Clock, FixedClock, OffsetClock, SystemClock
from flowhub.settings import ConfigurationError, Settings

__all__ = ["Clock", "ConfigurationError", "FixedClock", "OffsetClock", "Settings", "SystemClock"]
