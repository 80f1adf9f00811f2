"""Reference data shipped with the product: regions of Kalteng, ranks, events, logistics catalogue."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from ..resources import resource

SYSTEM_USER = "system"
SEED_TIME = "2024-01-01T00:00:00+00:00"
APPLIES_TO = {"PILBUP": "kabupaten", "PILWALI": "kota"}


def read_csv(name: str) -> list[dict[str, str]]:
    path: Path = resource("data", name)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def seed_reference(conn: sqlite3.Connection) -> None:
    """Insert reference rows that are not there yet; identical on every installation."""
    _seed_regions(conn)
    conn.executemany(
        "INSERT OR IGNORE INTO ranks (golongan, pangkat) VALUES (?, ?)",
        [(r["golongan"], r["pangkat"]) for r in read_csv("golongan_pangkat.csv")],
    )
    _seed_events(conn)
    _seed_items(conn)


def _seed_regions(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO regions (code, level, name, parent_code, source) VALUES (?, ?, ?, ?, ?)",
        [(r["kode"], r["tingkat"], r["nama"], r["induk"] or None, "wilayah_kalteng.csv")
         for r in read_csv("wilayah_kalteng.csv")],
    )


def _seed_events(conn: sqlite3.Connection) -> None:
    stamp = (SEED_TIME, SYSTEM_USER, SEED_TIME, SYSTEM_USER)
    for r in read_csv("pemilihan.csv"):
        conn.execute(
            "INSERT OR IGNORE INTO events (id, name, kind, election_date, ballot_reserve_pct, reserve_rounding,"
            " max_voters_per_tps, box_reserve_per_kecamatan, created_at, created_by, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (r["id"], r["name"], r["kind"], r["election_date"], float(r["ballot_reserve_pct"]),
             r["reserve_rounding"], int(r["max_voters_per_tps"]), int(r["box_reserve_per_kecamatan"]), *stamp),
        )
    conn.executemany(
        "INSERT OR IGNORE INTO event_types (event_id, code, name, ballot_colour, applies_to) VALUES (?, ?, ?, ?, ?)",
        [(r["pemilihan"], r["kode"], r["nama"], r["warna_surat_suara"] or None, APPLIES_TO.get(r["kode"], "all"))
         for r in read_csv("jenis_pemilihan.csv")],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO work_periods (event_id, body_kind, start_date, end_date) VALUES (?, ?, ?, ?)",
        [(r["event_id"], r["body_kind"], r["start_date"], r["end_date"]) for r in read_csv("masa_kerja.csv")],
    )


def _seed_items(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO items (code, name, category, measure_unit, per_type, per_dapil, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r["kode"], r["nama"], r["kategori"], r["satuan"], int(r["per_jenis_pemilihan"] == "ya"),
          int(r["per_dapil"].startswith("ya")), r["catatan"] or None) for r in read_csv("logistik_barang.csv")],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO item_norms (event_id, item_code, basis, qty_per_tps, types, reserve_per_kecamatan,"
        " description) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r["event_id"], r["item_code"], r["basis"], float(r["qty_per_tps"]) if r["qty_per_tps"] else None,
          r["types"] or None, int(r["reserve_per_kecamatan"] or 0), r["description"])
         for r in read_csv("norma_logistik.csv")],
    )
