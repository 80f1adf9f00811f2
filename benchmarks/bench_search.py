"""Prefix search (FTS5) over 100,000 persons and 100,000 receipts: target under 5 ms.

Baseline: the same prefix query on a bare FTS5 table holding only the searched text, in the same run.
"""

from __future__ import annotations

import random
import sqlite3
import sys

from common import median_of, new_context, report, temp_folder

N = 100_000
PREFIXES = ("yus", "sit", "ahm", "dew", "bud", "rin", "har", "put")


def fill(ctx) -> tuple[list[str], list[str]]:
    from kpu_desktop.services.demo_people import PeopleFactory
    from kpu_desktop.storage.db import transaction
    from kpu_desktop.storage.records import new_id

    factory = PeopleFactory(seed=5)
    people = [factory.person(asn=True) for _ in range(N)]
    unit = ctx.unit_id
    rng = random.Random(5)
    receipts = [{"id": new_id(), "number": f"{n}/PL.02.1-BA/6201/2024", "received_at": "2024-11-14T09:00",
                 "event_id": "PILKADA_2024", "giver_name": rng.choice(people)["name"],
                 "receiver_name": rng.choice(people)["name"], "receiver_unit_id": unit, "place": "Pangkalan Bun"}
                for n in range(N)]
    with transaction(ctx.conn):
        writer = ctx.writer()
        writer.insert_many("persons", [dict(p, id=new_id()) for p in people], owner_unit_id=unit, audit=False)
        writer.insert_many("receipts", receipts, owner_unit_id=unit, audit=False)
    return [p["name"] for p in people], [r["giver_name"] + " " + r["receiver_name"] for r in receipts]


def bare_fts(folder, texts: list[str]) -> sqlite3.Connection:
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "bare.sqlite3")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(name)")
    conn.executemany("INSERT INTO t(name) VALUES (?)", [(t,) for t in texts])
    conn.commit()
    return conn


def main() -> int:
    from kpu_desktop.storage.query import fts_prefix_query
    from kpu_desktop.storage.repos.records import PersonRepo, ReceiptRepo

    with temp_folder() as folder:
        ctx = new_context(folder / "data", unit_code="62.01", unit_kind="kpu-kab")
        names, receipt_texts = fill(ctx)
        persons, receipts = PersonRepo(ctx.conn), ReceiptRepo(ctx.conn)
        bare_people = bare_fts(folder / "bare_p", names)
        bare_r = bare_fts(folder / "bare_r", receipt_texts)
        for label, ours, bare in (
            ("persons", lambda p: persons.search(p, limit=50),
             lambda p: bare_people.execute("SELECT rowid, name FROM t WHERE t MATCH ? LIMIT 50",
                                              (fts_prefix_query(p),)).fetchall()),
            ("receipts", lambda p: receipts.search(p, limit=50),
             lambda p: bare_r.execute("SELECT rowid, name FROM t WHERE t MATCH ? LIMIT 50",
                                      (fts_prefix_query(p),)).fetchall()),
        ):
            for prefix in PREFIXES:
                assert ours(prefix), f"no {label} found for {prefix}"
            t_ours = median_of(lambda: [ours(p) for p in PREFIXES]) / len(PREFIXES)
            t_bare = median_of(lambda: [bare(p) for p in PREFIXES]) / len(PREFIXES)
            report(f"prefix search over 100k {label}, 50 results (ms)", t_ours * 1000, "ms", t_bare * 1000,
                   "bare FTS5 table", "< 5 ms")
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
