"""Printing results: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import json
import sys
from typing import Any, Iterable, Sequence, TextIO


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=str)


def print_json(value: Any, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(to_json(value) + "\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], out: TextIO | None = None,
                max_width: int = 40) -> None:
    out = out or sys.stdout
    text_rows = [[_short(c, max_width) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in text_rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() + "\n")


def print_record(record: dict, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    width = max((len(k) for k in record), default=0)
    for key, value in record.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out.write(f"{key.ljust(width)}  ({len(value)})\n")
            for item in value:
                out.write("    " + ", ".join(f"{k}={v}" for k, v in item.items() if v not in (None, "")) + "\n")
        else:
            out.write(f"{key.ljust(width)}  {_short(value, 200)}\n")


def _short(value: Any, limit: int) -> str:
    text = "" if value is None else (", ".join(map(str, value)) if isinstance(value, list) else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"
