"""Rebuild the saved databases of earlier schemas used by the upgrade tests.

Run once when a new migration is added: `python tests/storage/make_saved_databases.py`; the files are
committed so that every later schema is tested against databases really made by the older code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kpu_desktop.storage.db import open_database
from kpu_desktop.storage.migrations import MIGRATIONS
from kpu_desktop.storage.seed import seed_reference

HERE = Path(__file__).resolve().parent / "data"
UNIT = "c9c176cf-3af8-5772-8700-2781f29b74f0"
STAMP = ("2024-05-01T00:00:00+00:00", "admin", "2024-05-01T00:00:00+00:00", "admin")


def build(version: int) -> Path:
    path = HERE / f"schema_v{version}.sqlite3"
    path.unlink(missing_ok=True)
    db = open_database(path, upgrade_to=version)
    conn = db.conn
    conn.execute("BEGIN")
    seed_reference(conn)
    conn.execute("INSERT INTO meta (key, value) VALUES ('unit_id', ?), ('node_id', 'a1b2c3d4e5f6')", (UNIT,))
    conn.execute("INSERT INTO users (username, password_hash, role, created_at) VALUES"
                 " ('admin', 'scrypt$16384$8$1$AAAA$AAAA', 'admin', '2024-05-01T00:00:00+00:00')")
    conn.execute("INSERT INTO units (id, code, kind, name, owner_unit_id, created_at, created_by, updated_at,"
                 " updated_by) VALUES (?, '62.01', 'kpu-kab', 'Kotawaringin Barat', ?, ?, ?, ?, ?)",
                 (UNIT, UNIT, *STAMP))
    conn.execute("INSERT INTO persons (id, nip, name, birth_date, sex, employment_status, golongan, pangkat,"
                 " owner_unit_id, created_at, created_by, updated_at, updated_by) VALUES"
                 " ('p-1', '199103282015011012', 'Yusuf Hidayat, S.Sos.', '1991-03-28', 'L', 'PNS', 'III/a',"
                 " 'Penata Muda', ?, ?, ?, ?, ?)", (UNIT, *STAMP))
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


if __name__ == "__main__":
    latest = MIGRATIONS[-1][0]
    for number, _ in MIGRATIONS[:-1]:
        print(build(number))
    sys.exit(0)
