"""The playground page, end to end: the real app served by uvicorn, driven in headless Chromium.

The browser is the system's Chromium (Debian's `/usr/bin/chromium`, or `FLOWHUB_CHROMIUM`);
nothing here downloads a browser. Assertions use Playwright's auto-waiting `expect`, never sleeps.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import httpx
import pytest
import uvicorn
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from flowhub.bot.app import create_app
from flowhub.settings import Settings

pytestmark = pytest.mark.browser

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 15_000  # generous: the bot answers from a background worker
CAPTURE = "pls send the Q4 deck to Sam by friday 5pm and book the venue for next week"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _chromium() -> str:
    """The Chromium binary to drive; fail loudly (never skip) when it is missing."""
    wanted = os.environ.get("FLOWHUB_CHROMIUM") or DEFAULT_CHROMIUM
    found = wanted if os.path.isabs(wanted) else shutil.which(wanted)
    if not found or not os.path.isfile(found) or not os.access(found, os.X_OK):
        pytest.fail(
            f"Chromium not found at {wanted!r}. Install it with "
            "`sudo apt-get update && sudo apt-get install -y chromium`, or point FLOWHUB_CHROMIUM "
            "at a Chromium binary. These tests never download a browser.",
            pytrace=False,
        )
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = _chromium()
    expect.set_options(timeout=WAIT_MS)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS, timeout=60_000
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real app on a free 127.0.0.1 port, with its SQLite file under tmp_path."""
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        database_url=f"sqlite:///{(tmp_path / 'flowhub.db').as_posix()}",
        env="dev",
        playground=True,
        dev_clock=True,
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    uv = uvicorn.Server(config)
    thread = threading.Thread(
        target=uv.run, kwargs={"sockets": [sock]}, name="flowhub-playground", daemon=True
    )
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, thread)
        yield base
    finally:
        uv.should_exit = True
        thread.join(timeout=15)
        sock.close()
        assert not thread.is_alive(), "the uvicorn server thread did not stop"


def _wait_healthy(base: str, thread: threading.Thread) -> None:
    deadline = time.monotonic() + 30
    last = "no answer yet"
    while time.monotonic() < deadline:
        if not thread.is_alive():
            pytest.fail("the FlowHub server thread died during startup; see the log above")
        try:
            answer = httpx.get(f"{base}/healthz", timeout=2)
            if answer.status_code == 200:
                return
            last = f"{answer.status_code} {answer.text[:200]}"
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.05)  # polling the server's startup, not waiting on the page
    pytest.fail(f"/healthz did not answer within 30 s: {last}")


@dataclass
class Playground:
    """An open page plus what went wrong on it (script errors, requests leaving the machine)."""

    page: Page
    base: str
    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.external == [], f"the page tried to reach the network: {self.external}"
        assert self.errors == [], f"errors in the page: {self.errors}"


@pytest.fixture
def playground(browser: Browser, server: str) -> Iterator[Playground]:
    context = browser.new_context(
        viewport={"width": 1280, "height": 860}, locale="en-GB", timezone_id="UTC"
    )
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    pg = Playground(page=page, base=server)

    def only_local(route: Route) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            pg.external.append(url)
            route.abort()

    context.route("**/*", only_local)
    page.on("pageerror", lambda exc: pg.errors.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    try:
        page.goto(server + "/")
        yield pg
    finally:
        context.close()


def _say(page: Page, text: str, *, with_button: bool = False) -> None:
    """Type into the composer and send, with Enter or the Send button."""
    composer = page.get_by_test_id("composer")
    composer.fill(text)
    if with_button:
        page.get_by_test_id("send").click()
    else:
        composer.press("Enter")
    expect(composer).to_have_value("")
    mine = page.locator('[data-testid="message"][data-from="ana"]').filter(has_text=text)
    expect(mine.last).to_be_visible()


def _day_label(at: datetime, tz: str) -> str:
    local = at.astimezone(ZoneInfo(tz))
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]} {local.year}"


def _clock_instant(page: Page) -> datetime:
    value = page.get_by_test_id("clock-now").get_attribute("data-now")
    assert value, "the clock display carries no data-now"
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_capture_confirm_list_done_and_undo(playground: Playground, tmp_path: Path) -> None:
    page = playground.page
    expect(page.get_by_test_id("person-ana")).to_have_attribute("aria-checked", "true")
    page.get_by_test_id("chat-dm-ana").click()
    expect(page.get_by_test_id("chat-dm-ana")).to_have_attribute("aria-current", "true")
    expect(page.locator("#chat-title")).to_have_text("Ana ↔ FlowHub")

    _say(page, CAPTURE)
    bot = page.locator('[data-testid="message"][data-from="bot"]')
    deck = bot.filter(has_text="Send the Q4 deck")
    venue = bot.filter(has_text="Book the venue")
    expect(deck).to_have_count(1)
    expect(venue).to_have_count(1)
    expect(deck.get_by_test_id("button")).to_have_count(3)
    page.screenshot(path=tmp_path / "proposals.png")

    for card in (deck, venue):
        card.get_by_test_id("button").filter(has_text="Confirm").click()
        expect(card).to_contain_text("Saved")
        # Edited in place: the proposal buttons gave way to the task's own.
        expect(card.get_by_test_id("button").filter(has_text="Confirm")).to_have_count(0)
        expect(card.get_by_test_id("button").filter(has_text="Mark done")).to_be_enabled()

    _say(page, "my tasks", with_button=True)
    listing = bot.filter(has_text="Your open tasks")
    expect(listing).to_have_count(1)
    expect(listing).to_contain_text("Send the Q4 deck")
    expect(listing).to_contain_text("Book the venue")
    first = re.search(r"^1\. (.+?)(?: ·|$)", listing.inner_text(), re.M)
    assert first, listing.inner_text()
    title = first.group(1).strip()

    _say(page, "done 1")
    expect(bot.filter(has_text=f"done: {title}")).to_have_count(1)

    _say(page, "undo")
    expect(bot.filter(has_text=f"Back to open: {title}")).to_have_count(1)

    # Multi-line bot text keeps its lines; nothing from the server is parsed as HTML.
    assert "\n" in listing.locator(".text").inner_text()
    expect(page.locator(".messages b, .messages img, .messages script")).to_have_count(0)
    page.screenshot(path=tmp_path / "playground.png")
    playground.assert_clean()


def test_dev_clock_moves_forward_one_day(playground: Playground, tmp_path: Path) -> None:
    page = playground.page
    clock = page.get_by_test_id("clock-now")
    expect(clock).to_have_attribute("data-now", re.compile(r"^\d{4}-\d\d-\d\dT"))
    expect(page.locator("#clock-zone")).to_have_text("Europe/Berlin")
    before = _clock_instant(page)
    today = {
        _day_label(before, "Europe/Berlin"),
        _day_label(before + timedelta(minutes=2), "Europe/Berlin"),
    }
    expect(clock).to_contain_text(re.compile("|".join(map(re.escape, today))))

    page.get_by_test_id("clock-day").click()
    tomorrow = {
        _day_label(before + timedelta(days=1), "Europe/Berlin"),
        _day_label(before + timedelta(days=1, minutes=2), "Europe/Berlin"),
    }
    expect(clock).to_contain_text(re.compile("|".join(map(re.escape, tomorrow))))
    moved = _clock_instant(page) - before
    assert timedelta(days=1) <= moved < timedelta(days=1, minutes=2), moved
    expect(page.locator("#clock-offset")).to_contain_text("+1 d ahead of real time")
    page.screenshot(path=tmp_path / "clock.png")

    # The clock reads in the zone of whoever you are; Sam sees his own chats.
    page.get_by_test_id("person-sam").click()
    expect(page.get_by_test_id("person-sam")).to_have_attribute("aria-checked", "true")
    expect(page.locator("#clock-zone")).to_have_text("America/New_York")
    expect(page.get_by_test_id("chat-dm-sam")).to_have_attribute("aria-current", "true")
    expect(page.get_by_test_id("chat-group-team")).to_be_visible()
    expect(page.get_by_test_id("chat-dm-ana")).to_have_count(0)

    page.get_by_test_id("clock-reset").click()
    expect(page.locator("#clock-offset")).to_have_text("real time")
    playground.assert_clean()
