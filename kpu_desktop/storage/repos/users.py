"""Local user accounts (not exchanged between installations)."""

from __future__ import annotations

import sqlite3

from ..query import one, rows


class UserRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, username: str) -> dict | None:
        return one(self.conn, "SELECT * FROM users WHERE username = ?", (username,))

    def all(self) -> list[dict]:
        return rows(self.conn, "SELECT username, role, full_name, nip, active, created_at, created_by FROM users"
                    " ORDER BY username")

    def add(self, username: str, password_hash: str, role: str, *, full_name: str | None, nip: str | None,
            created_at: str, created_by: str | None) -> None:
        self.conn.execute(
            "INSERT INTO users (username, password_hash, role, full_name, nip, active, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (username, password_hash, role, full_name, nip, created_at, created_by),
        )

    def set(self, username: str, **values) -> None:
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.conn.execute(f"UPDATE users SET {assignments} WHERE username = ?", (*values.values(), username))

    def count_admins(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]
