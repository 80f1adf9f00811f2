"""Schema 5: live record counts per table and unit, kept by triggers, so a list of a million rows
knows its length without counting them (an exact COUNT over 1M rows costs 0.1-0.9 s)."""

import sqlite3

from .sqlscript import run_script

TABLES = (("placements", "unit_id"), ("facilities", "unit_id"), ("receipts", "receiver_unit_id"))


def _triggers(table: str, unit: str) -> str:
    bump = ("INSERT INTO list_counts (tbl, unit_id, live) SELECT '{t}', new.{u}, 1 WHERE new.deleted = 0"
            " ON CONFLICT(tbl, unit_id) DO UPDATE SET live = live + 1;").format(t=table, u=unit)
    drop = "UPDATE list_counts SET live = live - 1 WHERE tbl = '{t}' AND unit_id = old.{u};".format(t=table, u=unit)
    return f"""
CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} BEGIN {bump} END;
CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} WHEN old.deleted = 0 BEGIN {drop} END;
CREATE TRIGGER {table}_count_au AFTER UPDATE OF deleted, {unit} ON {table} BEGIN
    {drop[:-1]} AND old.deleted = 0;
    {bump}
END;
"""


SCHEMA = "CREATE TABLE list_counts (tbl TEXT NOT NULL, unit_id TEXT NOT NULL, live INTEGER NOT NULL," \
         " PRIMARY KEY (tbl, unit_id));\n" + "".join(_triggers(t, u) for t, u in TABLES)


def apply(conn: sqlite3.Connection) -> None:
    run_script(conn, SCHEMA)
    for table, unit in TABLES:
        conn.execute(f"INSERT INTO list_counts (tbl, unit_id, live) SELECT '{table}', {unit}, COUNT(*)"
                     f" FROM {table} WHERE deleted = 0 GROUP BY {unit}")
