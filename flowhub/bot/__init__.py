"""The runtime: settings, app factory, dispatcher, job queue, clock and CLI."""

from flowhub.bot.clock import Clock, FixedClock, OffsetClock, SystemClock
from flowhub.bot.settings import ConfigurationError, Settings

__all__ = ["Clock", "ConfigurationError", "FixedClock", "OffsetClock", "Settings", "SystemClock"]
