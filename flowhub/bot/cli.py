"""The `flowhub` command: run, migrate, chat, worker, scheduler, jobs, telegram."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from flowhub import __version__
from flowhub.bot import cli_jobs
from flowhub.bot.logs import configure_logging, logging_config
from flowhub.connectors.console import Shown
from flowhub.settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run one subcommand."""
    parser = argparse.ArgumentParser(
        prog="flowhub", description="FlowHub: a chat-native task assistant."
    )
    parser.add_argument("--version", action="version", version=f"flowhub {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", help="serve the webhooks, REST API and playground")
    run.add_argument("--host", help="bind address (default FLOWHUB_HOST, 127.0.0.1)")
    run.add_argument("--port", type=int, help="port (default FLOWHUB_PORT, 8000)")
    run.add_argument(
        "--workers", type=int, help="web server processes (default FLOWHUB_WEB_WORKERS, 1)"
    )
    commands.add_parser("migrate", help="apply database migrations (FLOWHUB_DATABASE_URL)")
    chat = commands.add_parser("chat", help="chat with the bot in this terminal")
    chat.add_argument("--name", default="You", help="your display name in the chat")
    chat.add_argument("--tz", help="your timezone (IANA name), default FLOWHUB_DEFAULT_TIMEZONE")
    telegram = commands.add_parser("telegram", help="connect the Telegram bot: webhook or polling")
    telegram_actions = telegram.add_subparsers(
        dest="telegram_action", metavar="ACTION", required=True
    )
    set_webhook = telegram_actions.add_parser(
        "set-webhook", help="point Telegram at URL (with the secret token) and set the command menu"
    )
    set_webhook.add_argument("url", help="public HTTPS URL, e.g. https://HOST/webhooks/telegram")
    set_webhook.add_argument(
        "--drop-pending", action="store_true", help="discard updates Telegram is still holding"
    )
    telegram_actions.add_parser(
        "poll", help="fetch updates with long polling instead of a webhook (local development)"
    )
    cli_jobs.add_parsers(commands)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        settings = Settings()
    except (ValidationError, ValueError) as exc:
        print(f"flowhub: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings)
    if args.command == "run":
        return _run(settings, host=args.host, port=args.port, workers=args.workers)
    if args.command == "migrate":
        return _migrate(settings)
    handled = cli_jobs.dispatch(settings, args)
    if handled is not None:
        return handled
    if args.command == "telegram":
        return _telegram(settings, args)
    return _chat(settings, name=args.name, tz=args.tz)


def _run(settings: Settings, *, host: str | None, port: int | None, workers: int | None) -> int:
    import uvicorn
    from sqlalchemy.engine import make_url

    from flowhub.bot import serve
    from flowhub.bot.app import create_app

    host = host or settings.host
    port = port or settings.port
    workers = workers or settings.web_workers
    database = make_url(settings.resolved_database_url).render_as_string(hide_password=True)
    print(f"FlowHub {__version__} on http://{host}:{port}  (database: {database})", flush=True)
    # Our logging (with its secret filter) and a request deadline, in every worker process.
    server: dict[str, Any] = {
        "host": host,
        "port": port,
        "log_level": settings.log_level.lower(),
        "log_config": logging_config(settings),
        "http": serve.protocol(settings.request_timeout),
    }
    if workers == 1:
        uvicorn.run(create_app(settings), **server)
        return 0
    # Each worker process builds its own app from the environment; migrate once, up front,
    # so they do not race to do it.
    _migrate(settings)
    uvicorn.run("flowhub.bot.app:create_app", factory=True, workers=workers, **server)
    return 0


def _migrate(settings: Settings) -> int:
    from flowhub.storage import make_engine, migrate

    engine = make_engine(settings.resolved_database_url)
    migrate(engine)
    print(f"database is up to date: {engine.url.render_as_string(hide_password=True)}")
    return 0


def _telegram(settings: Settings, args: argparse.Namespace) -> int:
    import threading

    from flowhub.bot.app import build_runtime
    from flowhub.connectors.telegram import TelegramConnector
    from flowhub.webhooks import telegram

    token, secret = settings.telegram_bot_token, settings.telegram_secret_token
    if token is None or secret is None:
        print(
            "flowhub: Telegram is not configured; set FLOWHUB_TELEGRAM_BOT_TOKEN and "
            "FLOWHUB_TELEGRAM_SECRET_TOKEN (see docs/telegram.md)",
            file=sys.stderr,
        )
        return 2
    if args.telegram_action == "set-webhook":
        connector = TelegramConnector(
            token=token.get_secret_value(), api_url=settings.telegram_api_url
        )
        try:
            telegram.register(
                connector,
                url=args.url,
                secret=secret.get_secret_value(),
                drop_pending=args.drop_pending,
            )
        except Exception as exc:
            print(f"flowhub: Telegram refused the webhook {args.url}: {exc}", file=sys.stderr)
            return 1
        finally:
            connector.close()
        print(f"Telegram webhook set to {args.url}; the command menu is updated")
        return 0
    runtime = build_runtime(settings)
    runtime.start()
    print("Polling Telegram for updates (the webhook is removed); Ctrl-C stops.", flush=True)
    try:
        telegram.poll(runtime, stop=threading.Event())
    except KeyboardInterrupt:
        print()
    finally:
        runtime.stop()
        telegram.telegram_connector(runtime).close()
    return 0


def _chat(settings: Settings, *, name: str, tz: str | None) -> int:
    from flowhub.bot.app import build_runtime
    from flowhub.bot.queue import InlineQueue
    from flowhub.connectors.console import ConsoleChat, ConsoleConnector
    from flowhub.skills.settings import find_zone

    if tz:
        zone = find_zone(tz)
        if zone is None:
            print(f"flowhub: unknown timezone {tz!r}; try e.g. Europe/Berlin", file=sys.stderr)
            return 2
        settings = settings.model_copy(update={"default_timezone": zone})
    connector = ConsoleConnector()
    runtime = build_runtime(
        settings,
        queue=InlineQueue(),
        connectors={"console": connector},
        background_scheduler=False,
    )
    runtime.start()
    user = name.casefold().replace(" ", "-")
    chat = ConsoleChat(runtime.receive, runtime.clock.now, connector, user_id=user, name=name)
    print("FlowHub console. Type a message; [n] presses button n; Ctrl-D quits.")
    choices: list[tuple[Shown, int]] = []
    try:
        while True:
            try:
                line = input("you> ").strip()
            except EOFError:
                print()
                return 0
            if not line:
                continue
            if line.isdigit() and 1 <= int(line) <= len(choices):
                message, index = choices[int(line) - 1]
                shown = chat.press(index, message)
            else:
                shown = chat.say(line)
            runtime.tick()  # reminders that came due while you typed
            shown += chat.collect()
            _print_turn(shown, choices)
    except KeyboardInterrupt:
        print()
        return 0
    finally:
        runtime.stop()


def _print_turn(shown: list[Shown], choices: list[tuple[Shown, int]]) -> None:
    """Print one turn of bot messages; buttons get numbers that stay valid for the session."""
    for message in shown:
        print(("🤖 (updated) " if message.edit_of else "🤖 ") + message.text)
        labels = []
        for index, button in enumerate(message.buttons, 1):
            choices.append((message, index))
            labels.append(f"[{len(choices)}] {button.label}")
        if labels:
            print("   " + "   ".join(labels))


if __name__ == "__main__":
    raise SystemExit(main())
