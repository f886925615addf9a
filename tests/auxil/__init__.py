"""Test helpers: real PostgreSQL/Redis servers and the pytest fixtures built on them."""
