"""Schema 6: changes a sender left out of a bundle on purpose (a bundle limited to a lower unit).

They are neither held nor missing: kept apart from `sync_ranges`, so that this installation never claims
to hold them when it passes data on, and never reports them as gaps either.
"""

import sqlite3

from .sqlscript import run_script

SCHEMA = """
CREATE TABLE sync_withheld (
    node_id TEXT NOT NULL,
    seq_from INTEGER NOT NULL,
    seq_to INTEGER NOT NULL,
    PRIMARY KEY (node_id, seq_from)
) WITHOUT ROWID;
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
