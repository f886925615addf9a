"""Reply -> Telegram HTML messages: escaping, the 4096 limit, keyboards, callback_data bytes."""

from __future__ import annotations

import html

import pytest

from flowhub.connectors import Button, Reply
from flowhub.connectors.telegram import render
from flowhub.connectors.telegram.render import split_text


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_text_is_escaped_for_html() -> None:
    (part,) = render(Reply('Review <b>PR</b> & "merge" -> main'))
    assert part.text == 'Review &lt;b&gt;PR&lt;/b&gt; &amp; "merge" -&gt; main'
    assert part.keyboard is None


def test_split_keeps_lines_whole_and_in_order() -> None:
    lines = [f"{i}. {'word ' * (i % 17)}".strip() for i in range(900)]
    text = "\n".join(lines)
    parts = split_text(text, 4096)
    assert len(parts) > 1
    assert all(_units(p) <= 4096 for p in parts)
    assert "\n".join(parts) == text


def test_a_line_longer_than_the_limit_is_cut_at_spaces() -> None:
    text = "word " * 2000
    parts = split_text(text.strip(), 4096)
    assert all(_units(p) <= 4096 for p in parts)
    assert " ".join(parts).split() == text.split()


def test_limit_counts_utf16_units() -> None:
    text = "🎂" * 3000  # 6000 UTF-16 units
    parts = split_text(text, 4096)
    assert [_units(p) for p in parts] == [4096, 1904]


def test_escaping_never_pushes_a_part_over_the_visible_limit() -> None:
    text = "\n".join("<&>" * 30 for _ in range(200))
    parts = render(Reply(text))
    assert len(parts) > 1
    assert all(_units(html.unescape(p.text)) <= 4096 for p in parts)


def test_buttons_go_on_the_last_part_in_rows() -> None:
    buttons = tuple(Button(f"snooze:{i}", f"Option {i}") for i in range(5))
    parts = render(Reply("line\n" * 3000, buttons=buttons))
    assert [p.keyboard is not None for p in parts] == [False] * (len(parts) - 1) + [True]
    keyboard = parts[-1].keyboard
    assert keyboard is not None
    rows = [[b.callback_data for b in row] for row in keyboard.inline_keyboard]
    assert rows == [["snooze:0", "snooze:1", "snooze:2"], ["snooze:3", "snooze:4"]]


def test_long_labels_get_rows_of_their_own() -> None:
    buttons = (Button("a:1", "A rather long label here"), Button("a:2", "Another long label"))
    (part,) = render(Reply("pick", buttons=buttons))
    assert part.keyboard is not None and len(part.keyboard.inline_keyboard) == 2


@pytest.mark.parametrize("button_id", ["", "x" * 65, "é" * 33])
def test_callback_data_outside_1_to_64_bytes_is_refused(button_id: str) -> None:
    with pytest.raises(ValueError, match="1-64 bytes"):
        render(Reply("pick", buttons=(Button(button_id, "Go"),)))


def test_64_bytes_is_fine() -> None:
    (part,) = render(Reply("pick", buttons=(Button("é" * 32, "Go"),)))
    assert part.keyboard is not None


def test_an_edit_is_one_message_shortened_if_needed() -> None:
    parts = render(Reply("x " * 5000, edit="1370"))
    assert len(parts) == 1 and _units(parts[0].text) <= 4096 and parts[0].text.endswith("…")


def test_empty_text_still_sends_something() -> None:
    (part,) = render(Reply("  ", buttons=(Button("ok:1", "OK"),)))
    assert part.text == "…"
