"""Units (KPU Provinsi, KPU Kab/Kota, PPK, PPS), their TPS, and the region list."""

from __future__ import annotations

import sqlite3

from ..query import one, rows, scalar
from ..records import stable_id

KIND_BY_LEVEL = {1: "kpu-prov", 2: "kpu-kab", 3: "ppk", 4: "pps"}
PARENT_KIND = {"kpu-kab": "kpu-prov", "ppk": "kpu-kab", "pps": "ppk"}


def unit_id_for(code: str) -> str:
    return stable_id("unit", code)


def tps_id_for(unit_code: str, number: int) -> str:
    return stable_id("tps", unit_code, str(number))


def kind_for_code(code: str) -> str:
    return KIND_BY_LEVEL[len(code.split("."))]


def unit_label(kind: str, name: str, code: str = "") -> str:
    """How people name a unit: `PPK Kumai`, `KPU Kabupaten Kotawaringin Barat`."""
    if kind == "kpu-prov":
        return f"KPU Provinsi {name}"
    if kind == "kpu-kab":
        is_city = len(code.split(".")) == 2 and code.split(".")[1].isdigit() and int(code.split(".")[1]) >= 71
        return f"KPU {'Kota' if is_city else 'Kabupaten'} {name}"
    return f"{kind.upper()} {name}"


class UnitRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, unit_id: str) -> dict | None:
        return one(self.conn, "SELECT * FROM units WHERE id = ?", (unit_id,))

    def by_code(self, code: str) -> dict | None:
        return one(self.conn, "SELECT * FROM units WHERE code = ? AND deleted = 0", (code,))

    def by_name(self, name: str, kind: str | None = None) -> list[dict]:
        sql = "SELECT * FROM units WHERE deleted = 0 AND lower(name) = lower(?)"
        params: list = [name]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return rows(self.conn, sql, params)

    def children(self, unit_id: str) -> list[dict]:
        return rows(self.conn, "SELECT * FROM units WHERE parent_id = ? AND deleted = 0 ORDER BY code", (unit_id,))

    def subtree_ids(self, unit_id: str) -> list[str]:
        """The unit and everything below it."""
        return [r[0] for r in self.conn.execute(
            "WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT u.id FROM units u JOIN t ON u.parent_id = t.id"
            " WHERE u.deleted = 0) SELECT id FROM t", (unit_id,))]

    def all(self) -> list[dict]:
        return rows(self.conn, "SELECT * FROM units WHERE deleted = 0 ORDER BY code")

    def tps(self, unit_id: str) -> list[dict]:
        return rows(self.conn, "SELECT * FROM tps WHERE unit_id = ? AND deleted = 0 ORDER BY number", (unit_id,))

    def tps_under(self, unit_id: str) -> list[dict]:
        ids = self.subtree_ids(unit_id)
        marks = ",".join("?" for _ in ids)
        return rows(self.conn, f"SELECT * FROM tps WHERE deleted = 0 AND unit_id IN ({marks})", ids)

    def count_kind_under(self, unit_id: str, kind: str) -> int:
        ids = self.subtree_ids(unit_id)
        marks = ",".join("?" for _ in ids)
        return scalar(self.conn, f"SELECT COUNT(*) FROM units WHERE kind = ? AND id IN ({marks})", [kind, *ids])


class RegionRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, code: str) -> dict | None:
        return one(self.conn, "SELECT * FROM regions WHERE code = ?", (code,))

    def children(self, code: str) -> list[dict]:
        return rows(self.conn, "SELECT * FROM regions WHERE parent_code = ? ORDER BY code", (code,))

    def count(self) -> int:
        return scalar(self.conn, "SELECT COUNT(*) FROM regions")
