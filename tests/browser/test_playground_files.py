"""The playground page's paperclip: a chosen file goes with the typed text as its caption."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_playground import Playground, browser, playground, server

pytestmark = pytest.mark.browser
__all__ = ["browser", "playground", "server"]  # the fixtures this module shares

NOTES = b"TODO: send the deck to Sam by friday\n"


def test_a_file_goes_with_its_caption_and_can_be_taken_back(playground: Playground) -> None:
    page = playground.page
    page.get_by_test_id("chat-dm-ana").click()
    chip = page.get_by_test_id("attached")
    expect(page.get_by_test_id("attach")).to_be_visible()
    expect(chip).to_be_hidden()

    picked = {"name": "draft.txt", "mimeType": "text/plain", "buffer": NOTES}
    page.get_by_test_id("file").set_input_files(files=[picked])
    expect(chip).to_contain_text("📎 draft.txt")
    page.get_by_role("button", name="Remove the file").click()
    expect(chip).to_be_hidden()

    page.get_by_test_id("file").set_input_files(files=[{**picked, "name": "notes.txt"}])
    composer = page.get_by_test_id("composer")
    composer.fill("notes from the call")
    composer.press("Enter")
    expect(composer).to_have_value("")
    expect(chip).to_be_hidden()
    mine = page.locator('[data-testid="message"][data-from="ana"]')
    expect(mine.last).to_contain_text("📎 notes.txt")
    expect(mine.last).to_contain_text("notes from the call")
    playground.assert_clean()
