"""Hindi titles in Devanagari keep whole words: a vowel sign is part of its word."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flowhub.nlp.tasks import extract_tasks

_NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("कल सब्ज़ी लानी", "सब्ज़ी लानी"),
        ("सब्ज़ी कल", "सब्ज़ी"),
        ("कल कोठी", "कोठी"),
        ("कल हैदराबाद", "हैदराबाद"),
        ("कल गाड़ी धोनी है", "गाड़ी धोनी"),
        ("नमस्ते, कल दूध लेना", "दूध लेना"),
    ],
)
def test_titles_keep_their_words(text: str, title: str) -> None:
    assert [d.title for d in extract_tasks(text, now=_NOW, tz="Asia/Kolkata")] == [title]
