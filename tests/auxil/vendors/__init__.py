"""The fake vendors' handlers, one module per tool (served by tests/auxil/fake_vendors.py)."""
