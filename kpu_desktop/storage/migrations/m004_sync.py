"""Schema 4: state of the USB data exchange.

`changes.parents` records which changes of the same record the writer had seen (the record's heads), so
concurrent edits can be told from later ones on every node alike. The other tables are bookkeeping of the
exchange; everything that decides row contents stays in `changes`.
"""

import sqlite3

from .sqlscript import run_script

SCHEMA = """
ALTER TABLE changes ADD COLUMN parents TEXT;

CREATE TABLE sync_ranges (
    node_id TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    PRIMARY KEY (node_id, seq_from)
) WITHOUT ROWID;

CREATE TABLE sync_peers (
    node_id TEXT PRIMARY KEY,
    unit_id TEXT,
    unit_label TEXT,
    cert_fingerprint TEXT,
    knows TEXT NOT NULL DEFAULT '{}',
    last_bundle_id TEXT,
    last_import_at TEXT
);

CREATE TABLE sync_pending (
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id)
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    tbl TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('edit', 'delete')),
    versions TEXT NOT NULL,
    PRIMARY KEY (tbl, record_id, field)
) WITHOUT ROWID;

CREATE TABLE sync_imports (
    bundle_id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    origin_node TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    summary TEXT NOT NULL
);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
