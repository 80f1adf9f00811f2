"""Schema 6: changes a sender left out of a bundle on purpose (a bundle limited to a lower unit).

They are neither held nor missing: kept apart from `sync_ranges`, so that this installation never claims
to hold them when it passes data on, and never reports them as gaps either.

Before this schema such bundles declared every sequence number as carried, and receivers recorded them as
held. The upgrade therefore rebuilds the held ranges from the change log itself (what is really here; the
rest shows as gaps until a sender fills them or declares them left out) and forgets the peers'
acknowledgements, which may repeat the same claim: the next bundle to each peer holds everything again,
which imports without duplicates.
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
    nodes = [r[0] for r in conn.execute("SELECT DISTINCT node_id FROM sync_ranges")]
    for node in nodes:
        runs: list[list[int]] = []
        for (seq,) in conn.execute("SELECT seq FROM changes WHERE node_id = ? ORDER BY seq", (node,)):
            if runs and seq == runs[-1][1] + 1:
                runs[-1][1] = seq
            else:
                runs.append([seq, seq])
        conn.execute("DELETE FROM sync_ranges WHERE node_id = ?", (node,))
        conn.executemany("INSERT INTO sync_ranges (node_id, seq_from, seq_to) VALUES (?, ?, ?)",
                         [(node, first, last) for first, last in runs])
    conn.execute("UPDATE sync_peers SET knows = '{}'")
