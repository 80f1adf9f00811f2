"""Schema 3: indexes behind the paged record lists (keyset pages sorted by a few columns)."""

import sqlite3

from .sqlscript import run_script

# Every index on (column) also orders by rowid, which is the keyset tie-breaker of the lists.
SCHEMA = """
CREATE INDEX IF NOT EXISTS placements_deleted ON placements(deleted);
CREATE INDEX IF NOT EXISTS placements_post ON placements(post);
CREATE INDEX IF NOT EXISTS placements_status ON placements(status);
CREATE INDEX IF NOT EXISTS placements_event ON placements(event_id);
CREATE INDEX IF NOT EXISTS placements_updated ON placements(updated_at);
CREATE INDEX IF NOT EXISTS facilities_deleted ON facilities(deleted);
CREATE INDEX IF NOT EXISTS facilities_category ON facilities(category);
CREATE INDEX IF NOT EXISTS facilities_description ON facilities(description);
CREATE INDEX IF NOT EXISTS facilities_updated ON facilities(updated_at);
CREATE INDEX IF NOT EXISTS receipts_deleted ON receipts(deleted);
CREATE INDEX IF NOT EXISTS receipts_received ON receipts(received_at);
CREATE INDEX IF NOT EXISTS receipts_number_only ON receipts(number);
CREATE INDEX IF NOT EXISTS persons_name ON persons(name);
"""


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
