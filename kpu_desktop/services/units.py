"""Units and regions: the tree, official region lists, TPS with DPT counts."""

from __future__ import annotations

from pathlib import Path

from ..domain.identifiers import parse_region_code
from ..domain.receipts import MAX_TPS_NUMBER, to_quantity
from ..sheets.table import SheetError, find_header, normalise_header, read_rows
from ..storage.db import transaction
from ..storage.repos.units import RegionRepo, UnitRepo, tps_id_for
from .common import sheet_problem
from .context import AppContext
from .errors import ServiceError
from .roles import Permission
from .texts import t
from .setup import create_child_units

MAX_DPT = 99_999  # voters of one TPS: a few hundred by law; past this a typing slip
REGION_HEADERS = {"kode": "code", "kode wilayah": "code", "kode kemendagri": "code", "nama": "name",
                  "nama wilayah": "name", "tingkat": "level", "induk": "parent"}
TPS_HEADERS = {"kode unit": "unit_code", "kode wilayah": "unit_code", "kode desa": "unit_code", "kode": "unit_code",
               "tps": "number", "no tps": "number", "nomor tps": "number", "dpt": "dpt", "jumlah dpt": "dpt",
               "alamat": "address", "lokasi": "address"}


class UnitService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.units = UnitRepo(ctx.conn)

    def tree(self) -> list[dict]:
        """The user's unit and everything below it, depth-first, with TPS and DPT totals."""
        self.ctx.require(Permission.VIEW)
        stats = {r[0]: (r[1], r[2]) for r in self.ctx.conn.execute(
            "SELECT unit_id, COUNT(*), SUM(dpt) FROM tps WHERE deleted = 0 GROUP BY unit_id")}
        out: list[dict] = []

        def walk(unit: dict, depth: int) -> tuple[int, int]:
            entry = dict(unit, depth=depth)
            out.append(entry)
            count, dpt = stats.get(unit["id"], (0, 0))
            dpt = dpt or 0
            for child in self.units.children(unit["id"]):
                c, d = walk(child, depth + 1)
                count, dpt = count + c, dpt + d
            entry["tps_count"], entry["dpt"] = count, dpt
            return count, dpt

        walk(self.ctx.unit, 0)
        return out

    def import_regions(self, path: Path) -> tuple[int, int]:
        """Load an official region list (code, name); new units are made for levels below ours."""
        self.ctx.require(Permission.MANAGE_UNITS)
        rows = self._rows(path, REGION_HEADERS)
        records, problems = [], _Problems(self.ctx.lang)
        for number, row in rows:
            region, issues = parse_region_code(row.get("code"), field="code")
            name = str(row.get("name") or "").strip()
            for issue in issues:
                problems.add(number, issue.message(self.ctx.lang))
            if not name:
                problems.add(number, t("row.name_missing", self.ctx.lang))
            if not issues and name:
                records.append((region.code, region.level, name))
        problems.raise_any()
        regions = RegionRepo(self.ctx.conn)
        added = updated = 0
        with transaction(self.ctx.conn):
            for code, level, name in records:
                parent = code.rsplit(".", 1)[0] if "." in code else None
                if regions.get(code):
                    self.ctx.conn.execute("UPDATE regions SET name = ?, level = ?, source = 'import', sample = 0"
                                          " WHERE code = ?", (name, level, code))
                    updated += 1
                else:
                    self.ctx.conn.execute("INSERT INTO regions (code, level, name, parent_code, source)"
                                          " VALUES (?, ?, ?, ?, 'import')", (code, level, name, parent))
                    added += 1
            writer = self.ctx.writer()
            create_child_units(self.ctx.conn, writer, self.ctx.unit["code"])
            writer.audit_entry("import_regions", "units", self.ctx.unit_id, {"added": [None, added],
                                                                              "updated": [None, updated]})
        return added, updated

    def import_tps(self, path: Path) -> int:
        """TPS numbers and DPT counts per PPS (by unit code)."""
        self.ctx.require(Permission.MANAGE_UNITS)
        rows = self._rows(path, TPS_HEADERS)
        scope = set(self.ctx.scope_unit_ids())
        planned, seen, problems = [], {}, _Problems(self.ctx.lang)
        for number, row in rows:
            code = str(row.get("unit_code") or "").strip()
            unit = self.units.by_code(code)
            if unit is None or unit["id"] not in scope:
                problems.add(number, t("row.unit_unknown" if unit is None else "unit_outside", self.ctx.lang,
                                       code=code or "-"))
            elif unit["kind"] != "pps":
                problems.add(number, t("row.not_pps", self.ctx.lang, code=code))
            tps_no, dpt = to_quantity(row.get("number")), to_quantity(row.get("dpt"))
            shown = {k: t("row.blank", self.ctx.lang) if row.get(k) in (None, "") else row.get(k)
                     for k in ("number", "dpt")}
            if not isinstance(tps_no, int) or not 0 < tps_no <= MAX_TPS_NUMBER:
                problems.add(number, t("row.tps_number", self.ctx.lang, value=shown["number"]))
            if dpt is not None and (not isinstance(dpt, int) or not 0 <= dpt <= MAX_DPT):
                problems.add(number, t("row.dpt", self.ctx.lang, value=shown["dpt"]))
            if problems.at(number):
                continue
            first = seen.setdefault((code, tps_no), number)
            if first != number:
                problems.add(number, t("row.tps_twice", self.ctx.lang, number=tps_no, code=code, first=first))
                continue
            planned.append((unit, tps_no, dpt, row.get("address")))
        problems.raise_any()
        with transaction(self.ctx.conn):
            writer = self.ctx.writer()
            for unit, tps_no, dpt, address in planned:
                tps_id = tps_id_for(unit["code"], tps_no)
                if self.ctx.conn.execute("SELECT 1 FROM tps WHERE id = ?", (tps_id,)).fetchone():
                    writer.update("tps", tps_id, {"dpt": dpt, "address": address})
                else:
                    writer.insert("tps", {"id": tps_id, "unit_id": unit["id"], "number": tps_no, "dpt": dpt,
                                          "address": address}, owner_unit_id=unit["id"])
        return len(planned)

    def _rows(self, path: Path, headers: dict[str, str]) -> list[tuple[int, dict]]:
        try:
            rows = read_rows(Path(path))
            at = find_header(rows, set(headers), minimum=2)
        except SheetError as exc:
            raise sheet_problem(exc, self.ctx.lang, (h.upper() for h in list(headers)[:4])) from exc
        mapping = {i: headers[normalise_header(c)] for i, c in enumerate(rows[at]) if normalise_header(c) in headers}
        out = []
        for number, row in enumerate(rows[at + 1:], start=at + 2):
            if any(c not in (None, "") for c in row):
                out.append((number, {f: row[i] if i < len(row) else None for i, f in mapping.items()}))
        return out


class _Problems:
    """Every bad row of a region or TPS list, refused together in the user's language."""

    def __init__(self, lang: str):
        self.lang, self.found, self.rows = lang, [], set()

    def add(self, row: int, text: str) -> None:
        self.found.append((row, text))
        self.rows.add(row)

    def at(self, row: int) -> bool:
        return row in self.rows

    def raise_any(self) -> None:
        if self.found:
            lines = [t("row.problem", self.lang, row=r, text=text) for r, text in self.found]
            raise ServiceError("\n".join([t("rows.refused", self.lang, n=len(self.found)), *lines]))

