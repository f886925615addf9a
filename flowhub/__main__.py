"""`python -m flowhub` is the `flowhub` command."""

from flowhub.bot.cli import main

raise SystemExit(main())
