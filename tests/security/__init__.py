"""Secrets in logs and at rest, and slow clients, against the real server."""
