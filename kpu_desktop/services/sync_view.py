"""Reads behind the Pertukaran Data and Konflik screens: bundles on a stick, conflicts with record names.

Listing bundles only peeks at each file's (unverified) manifest to name its origin and range; nothing is
trusted or written before `SyncService.preview` has verified the bundle completely.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..sheets.columns import ASN, FACILITY, RECEIPT
from ..storage.repos.units import UnitRepo, unit_label
from ..sync.bundle import SUFFIX
from .audit_view import AuditFilter, AuditService
from .context import AppContext
from .roles import Permission
from .sync_conflicts import ConflictService

MANIFEST_LIMIT = 4 << 20
NAME = re.compile(r"^(?P<unit>[\d.]+)_(?P<node>[0-9a-fA-F]+)_(?P<first>\d+)-(?P<last>\d+)(?:_\w+)?$")
RESOLVED_LIMIT = 500


@dataclass(frozen=True)
class BundleInfo:
    """A bundle file as found on a stick; `readable` is False when its manifest could not be read."""

    path: Path
    size: int
    unit_code: str
    unit_name: str
    node: str
    first: int
    last: int
    created_at: str
    changes: int | None
    encrypted: bool
    readable: bool
    sort_key: float


def bundles_in(folder: Path) -> list[BundleInfo]:
    """Every `.kpub` directly in `folder`, newest first (by creation time in the manifest, else by file time)."""
    folder = Path(folder)
    found = []
    try:
        candidates = [p for p in folder.iterdir() if p.suffix.lower() == SUFFIX and p.is_file()]
    except OSError:
        return []
    for path in candidates:
        try:
            found.append(_describe(path))
        except OSError:
            continue  # removed or unreadable while listing: not offered
    return sorted(found, key=lambda b: (b.sort_key, b.path.name), reverse=True)


def _describe(path: Path) -> BundleInfo:
    stat = path.stat()
    match = NAME.match(path.stem)
    unit_code = match["unit"] if match else ""
    node = match["node"] if match else ""
    first, last = (int(match["first"]), int(match["last"])) if match else (0, 0)
    manifest = _peek_manifest(path)
    origin = manifest.get("origin") if isinstance(manifest.get("origin"), dict) else {}
    counts = manifest.get("counts") if isinstance(manifest.get("counts"), dict) else {}
    created = str(manifest.get("created_at") or "")
    try:
        sort_key = dt.datetime.fromisoformat(created).timestamp()
    except ValueError:
        sort_key = stat.st_mtime
    return BundleInfo(path=path, size=stat.st_size, unit_code=str(origin.get("unit_code") or unit_code),
                      unit_name=str(origin.get("unit_name") or ""), node=str(origin.get("node_id") or node),
                      first=first, last=last, created_at=created,
                      changes=counts.get("changes") if isinstance(counts.get("changes"), int) else None,
                      encrypted=bool(manifest.get("encrypted")), readable=bool(manifest), sort_key=sort_key)


def _peek_manifest(path: Path) -> dict:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("manifest.json")
            if info.file_size > MANIFEST_LIMIT:
                return {}
            value = json.loads(archive.read(info).decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, RuntimeError):
        return {}
    return value if isinstance(value, dict) else {}


def parent_unit(ctx: AppContext) -> dict | None:
    """The unit above this installation's unit (the default recipient of an export), if any."""
    ctx.require(Permission.VIEW)
    unit = ctx.unit
    return UnitRepo(ctx.conn).get(unit["parent_id"]) if unit.get("parent_id") else None


# -- record and field names ---------------------------------------------------------------------------
_LABEL_SQL = {
    "persons": "SELECT name || COALESCE(' (' || nip || ')', '') FROM persons WHERE id = ?",
    "placements": "SELECT p.name || ' – ' || pl.post FROM placements pl JOIN persons p ON p.id = pl.person_id"
                  " WHERE pl.id = ?",
    "facilities": "SELECT description FROM facilities WHERE id = ?",
    "receipts": "SELECT number FROM receipts WHERE id = ?",
    "receipt_lines": "SELECT r.number || ' #' || l.line_no || ' ' || l.item_code FROM receipt_lines l"
                     " JOIN receipts r ON r.id = l.receipt_id WHERE l.id = ?",
    "tps": "SELECT 'TPS ' || t.number || ', ' || u.name FROM tps t JOIN units u ON u.id = t.unit_id WHERE t.id = ?",
    "events": "SELECT name FROM events WHERE id = ?",
}
_HEADERS = {"persons": ASN, "placements": ASN, "facilities": FACILITY, "receipts": RECEIPT,
            "receipt_lines": RECEIPT}
_FIELD_ID = {"deleted": "Dihapus", "deleted_reason": "Alasan hapus", "*": "Keberadaan data",
             "name": "Nama", "code": "Kode", "number": "Nomor", "dpt": "DPT", "address": "Alamat"}
_FIELD_EN = {"*": "whole record (deleted elsewhere)"}


def record_label(ctx: AppContext, table: str, record_id: str) -> str:
    """How people name a record: a person's name, a facility's description, a receipt's number."""
    conn = ctx.conn
    if table == "units":
        row = conn.execute("SELECT kind, name, code FROM units WHERE id = ?", (record_id,)).fetchone()
        return f"{unit_label(*row)} ({row[2]})" if row else record_id[:8]
    sql = _LABEL_SQL.get(table)
    row = conn.execute(sql, (record_id,)).fetchone() if sql else None
    return str(row[0]) if row and row[0] else record_id[:8]


def field_label(table: str, name: str, lang: str) -> str:
    """A field as the spreadsheets head it (Indonesian) or in plain words (English)."""
    if lang == "en":
        return _FIELD_EN.get(name, name.replace("_", " "))
    if name in _FIELD_ID:
        return _FIELD_ID[name]
    header = next((c.header for c in _HEADERS.get(table, ()) if c.field == name), None)
    return header.capitalize() if header else name.replace("_", " ")


# -- conflicts ------------------------------------------------------------------------------------------
def open_conflicts(ctx: AppContext) -> list[dict]:
    """Open conflicts as listed by the conflicts service, each with a record and a field label."""
    conflicts = ConflictService(ctx).list()
    for conflict in conflicts:
        conflict["record_label"] = record_label(ctx, conflict["table"], conflict["record_id"])
        conflict["field_label"] = field_label(conflict["table"], conflict["field"], ctx.lang)
    return conflicts


def resolved_conflicts(ctx: AppContext, limit: int = RESOLVED_LIMIT) -> list[dict]:
    """Decisions taken on this installation, newest first: the record, the field and the value kept."""
    ctx.require(Permission.VIEW)
    entries = AuditService(ctx).entries(AuditFilter(action="resolve_conflict", limit=limit))
    out = []
    for entry in entries:
        for name, change in entry.changes.items():
            if name == "deleted_reason":
                continue
            kept = change[1] if isinstance(change, list) and len(change) == 2 else change
            out.append({"table": entry.table, "record_id": entry.record_id, "field": name,
                        "record_label": record_label(ctx, entry.table, entry.record_id),
                        "field_label": field_label(entry.table, name, ctx.lang), "value": kept,
                        "username": entry.username, "at": entry.at})
    return out
