"""Vendors' own descriptions of their APIs, used to check our clients and our fakes."""
