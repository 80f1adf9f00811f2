"""Numbered schema migrations; the number is recorded in `PRAGMA user_version`."""

from __future__ import annotations

from typing import Callable
import sqlite3

from . import (m001_initial, m002_search, m003_list_indexes, m004_sync, m005_list_counts,
               m006_sync_withheld, m007_search_sizes)

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[tuple[int, Migration]] = [
    (1, m001_initial.apply),
    (2, m002_search.apply),
    (3, m003_list_indexes.apply),
    (4, m004_sync.apply),
    (5, m005_list_counts.apply),
    (6, m006_sync_withheld.apply),
    (7, m007_search_sizes.apply),
]


def latest_version() -> int:
    return MIGRATIONS[-1][0]
