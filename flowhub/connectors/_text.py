"""Cutting long text to a platform's limit, measured the platform's way (escaped, UTF-16, ...)."""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "…"
Size = Callable[[str], int]


def cut(line: str, limit: int, size: Size = len) -> str:
    """The longest prefix of `line` that fits `limit`, ending at a space when there is one."""
    end = min(len(line), limit)
    while end > 1 and size(line[:end]) > limit:
        end -= max(1, (size(line[:end]) - limit) // 2)
    space = line.rfind(" ", 0, end)
    return line[: space + 1] if space > end // 2 else line[:end]


def shorten(text: str, limit: int, size: Size = len) -> str:
    """`text` if it fits, else its beginning and an ellipsis."""
    if size(text) <= limit:
        return text
    return cut(text, limit - 1, size).rstrip() + ELLIPSIS


def split_text(text: str, limit: int, size: Size = len) -> list[str]:
    """Cut `text` into pieces that fit `limit`, at line breaks, long lines at spaces."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if size(candidate) <= limit:
            current = candidate
            continue
        if current:
            chunks.append(current)
        while size(line) > limit:
            head = cut(line, limit, size)
            chunks.append(head.rstrip())
            line = line[len(head) :].lstrip()
        current = line
    if current.strip() or not chunks:
        chunks.append(current)
    return [chunk.strip("\n") or ELLIPSIS for chunk in chunks]
