"""Schema 7: the full-text indexes no longer store each row's column sizes (FTS5 `columnsize=0`).

Nothing here ranks matches (bm25 is the only reader of those sizes); writing them took about a third of the
time of indexing a large bundle of facilities. The indexes are built anew from their tables; the triggers
of schema 2 keep them as before.
"""

import sqlite3

from .m002_search import SEARCHED


def apply(conn: sqlite3.Connection) -> None:
    for table, columns in SEARCHED.items():
        conn.execute(f"DROP TABLE {table}_fts")
        conn.execute(f"CREATE VIRTUAL TABLE {table}_fts USING fts5({', '.join(columns)}, content='{table}',"
                     " content_rowid='rowid', tokenize='unicode61', columnsize=0)")
        conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')")
