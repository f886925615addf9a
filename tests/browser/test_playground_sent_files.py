"""Charts and exports the bot sends show on the playground page: an image inline that opens
full size, a document as a link that downloads it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from flowhub.connectors import Attachment, AttachmentKind, Reply
from flowhub.connectors.codec import reply_to_dict
from flowhub.storage import id_of, make_engine, outbound_files, outbox, session_scope
from tests.auxil.attachments import CSV, png
from tests.browser.test_playground import Playground, browser, playground, server

pytestmark = pytest.mark.browser
__all__ = ["browser", "playground", "server"]  # the fixtures this module shares


def _bot_sends(tmp_path: Path, text: str, *, name: str, mime: str, data: bytes) -> None:
    """A message with a file, stored as the bot leaves it once the playground took it."""
    engine = make_engine(f"sqlite:///{(tmp_path / 'flowhub.db').as_posix()}")
    now = datetime.now(UTC)
    kind: AttachmentKind = "image" if mime.startswith("image/") else "document"
    try:
        with session_scope(engine) as session:
            file_id = outbound_files.save_outbound_file(
                session=session, name=name, mime=mime, data=data, now=now
            )
            reply = Reply(text, attachment=Attachment(kind, file_id, name, mime))
            row = outbox.create_outbox_message(
                session=session,
                platform="playground",
                account="local",
                chat="dm-ana",
                body=text,
                reply=reply_to_dict(reply),
                now=now,
            )
            row.status, row.platform_message_id, row.sent_at = "sent", f"pg-{id_of(row)}", now
            session.add(row)
    finally:
        engine.dispose()


def test_a_chart_shows_inline_and_an_export_downloads(
    playground: Playground, tmp_path: Path
) -> None:
    page = playground.page
    page.get_by_test_id("chat-dm-ana").click()
    _bot_sends(tmp_path, "12 done this week", name="done.png", mime="image/png", data=png())
    _bot_sends(tmp_path, "Your tasks", name="tasks.csv", mime="text/csv", data=CSV)

    bot = page.locator('[data-testid="message"][data-from="bot"]')
    chart = bot.filter(has_text="12 done this week").get_by_test_id("sent-image")
    expect(chart).to_be_visible()
    image = chart.locator("img")
    expect(image).to_have_attribute("alt", "Chart: 12 done this week")
    expect(image).to_have_js_property("naturalWidth", 320)

    with page.context.expect_page() as opened:
        chart.click()
    full = opened.value
    problems: list[str] = []
    full.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    full.wait_for_load_state()
    assert full.url == playground.base + chart.get_attribute("href")
    expect(full.locator("img")).to_have_js_property("naturalWidth", 320)
    full.reload()  # listening from the start: the full-size view breaks no page rule
    expect(full.locator("img")).to_have_js_property("naturalWidth", 320)
    assert problems == []
    full.close()

    link = bot.filter(has_text="Your tasks").get_by_test_id("sent-file")
    expect(link).to_have_text("📄 tasks.csv")
    with page.expect_download() as downloading:
        link.click()
    download = downloading.value
    assert download.suggested_filename == "tasks.csv"
    assert Path(download.path()).read_bytes() == CSV
    playground.assert_clean()
