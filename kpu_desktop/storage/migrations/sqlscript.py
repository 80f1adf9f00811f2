"""Run a multi-statement script inside the caller's transaction."""

import sqlite3


def run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() commits the surrounding transaction; a migration must stay atomic.
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer[:80]!r}")
