"""A caption's words about the file are no task; its task words and "all due …" stay."""

from __future__ import annotations

import pytest

from flowhub.media.captions import due_for_all, task_words


@pytest.mark.parametrize(
    "caption",
    [
        "minutes from this morning's weekly, pls pull out the actions",
        "my notebook page from this morning",
        "grab the todos",
        "can you pull out the action items?",
        "notes from tavares (lisbon site) fyi",
        "whiteboard from the kita session",
        "here are the notes from the site visit",
        "list the tasks from this doc pls",
        "saca las tareas",
        "Protokoll von heute",
    ],
)
def test_words_about_the_file_leave_nothing(caption: str) -> None:
    assert task_words(caption) == ""


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("need to expense this before month end", "need to expense this before month end"),
        ("pay this invoice by friday", "pay this invoice by friday"),
        ("send the photo to sam", "send the photo to sam"),
        ("by next monday", "by next monday"),
        ("heads up, the order needs confirming", "the order needs confirming"),
        ("my notes from the call, remind me to call Okafor", "remind me to call Okafor"),
    ],
)
def test_a_task_in_a_caption_is_kept(caption: str, kept: str) -> None:
    assert task_words(caption) == kept


@pytest.mark.parametrize(
    ("caption", "when"),
    [
        ("these are from monday's call, all due next week", "next week"),
        ("notes from the call - all by friday", "friday"),
        ("they're all due end of month", "end of month"),
    ],
)
def test_all_due_dates_every_item(caption: str, when: str) -> None:
    assert due_for_all(caption) == when
    assert task_words(caption) == ""
