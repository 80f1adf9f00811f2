"""Logistics receipts: a BAST header and its lines."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..domain.dates import parse_datetime
from ..domain.issues import Issue, ValidationFailed, errors, long_text_issues, make_issue, warnings
from ..domain.receipts import complete_line, election_type_code, parse_transport, validate_receipt
from ..storage.db import transaction
from ..storage.records import utc_now
from ..storage.repos.events import CatalogueRepo, EventRepo
from ..storage.repos.records import ListFilter, ReceiptRepo
from ..storage.repos.units import UnitRepo
from .record_service import RecordService, delete_record
from .common import clean, encode_issues, resolve_event, resolve_id, resolve_unit
from .context import AppContext
from .errors import ServiceError
from .roles import Permission
from .texts import t

HEADER_FIELDS = ("number", "received_at", "place", "event_id", "giver_name", "giver_post", "giver_institution",
                 "receiver_name", "receiver_post", "receiver_institution", "receiver_unit_id", "tps_number",
                 "witnesses", "refs", "transport_mode", "planned_dispatch", "actual_dispatch", "planned_arrival",
                 "actual_arrival", "note")
LINE_FIELDS = ("item_code", "election_type", "dapil", "expected", "received", "good", "damaged", "short",
               "excess", "note")
QUANTITIES = ("expected", "received", "good", "damaged", "short", "excess")
DATETIME_FIELDS = ("received_at", "planned_dispatch", "actual_dispatch", "planned_arrival", "actual_arrival")
EDITABLE = HEADER_FIELDS + ("receiver_unit_code", "lines")


@dataclass
class PreparedReceipt:
    header: dict
    lines: list[dict]
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not errors(self.issues)


class ReceiptService(RecordService):
    table = "receipts"
    editable = EDITABLE

    def __init__(self, ctx: AppContext):
        super().__init__(ctx)
        self.repo = ReceiptRepo(ctx.conn)
        self._catalogue = CatalogueRepo(ctx.conn).as_mapping()
        self._item_names = CatalogueRepo(ctx.conn).by_name()
        self._types: dict[str, list[str]] = {}
        self._item_cache: dict[str, str] = {}
        # Imports prepare thousands of receipts naming the same event and units: each is read once.
        self._events: dict[str, str] = {}
        self._units: dict[str, dict | None] = {}

    # -- reads ------------------------------------------------------------------------------
    def list(self, f: ListFilter | None = None) -> list[dict]:
        return [self.present(r) for r in self.repo.list(self.scoped(f))]

    def show(self, ident: str) -> dict:
        self.ctx.require(Permission.VIEW)
        receipt = self.present(self.repo.get(resolve_id(self.ctx, "receipts", ident)))
        receipt["lines"] = self.repo.lines(receipt["id"])
        return receipt

    # -- validation -------------------------------------------------------------------------
    def election_types(self, event_id: str) -> list[str]:
        if event_id not in self._types:
            self._types[event_id] = [r["code"] for r in EventRepo(self.ctx.conn).types(event_id)]
        return self._types[event_id]

    def _remember_item(self, text: str) -> str:
        code = self.item_code(text) or text
        self._item_cache[text] = code
        return code

    def item_code(self, value: Any) -> str | None:
        """An item by code, name, name in words of its code (`Alat coblos`) or a unique start of its name."""
        text = " ".join(str(value or "").split())
        found = self._item_names.get(text.lower())
        if found:
            return found
        as_code = text.upper().replace(" ", "_").replace("-", "_")
        if as_code in self._catalogue:
            return as_code
        starts = {code for name, code in self._item_names.items() if text and name.startswith(text.lower())}
        return starts.pop() if len(starts) == 1 else None

    def prepare(self, data: Mapping[str, Any], lines: Sequence[Mapping[str, Any]] | None = None, *,
                current: dict | None = None) -> PreparedReceipt:
        values = dict(current or {})
        values.update({k: v for k, v in data.items() if k != "lines"})
        lines = list(lines if lines is not None else data.get("lines") or [])
        issues: list[Issue] = []
        header = clean({k: values.get(k) for k in HEADER_FIELDS})
        for name in DATETIME_FIELDS:
            parsed, problems = parse_datetime(header.get(name), field=name)
            issues += problems
            header[name] = parsed.isoformat(timespec="minutes") if parsed else None
        if header.get("transport_mode"):
            header["transport_mode"] = parse_transport(str(header["transport_mode"])) or header["transport_mode"]
        if header.get("tps_number") is not None:
            header["tps_number"] = _to_int(header["tps_number"])
        unit = self._resolve_unit(values, header, issues)
        if header.get("event_id"):
            try:
                header["event_id"] = self._event_id(str(header["event_id"]))
            except ServiceError as exc:
                issues.append(make_issue("event_id", "event.unknown", detail=str(exc)))
                header["event_id"] = None
        prepared_lines = [self._line(i, line) for i, line in enumerate(lines)]
        dapils = json.loads(unit["dapils"]) if unit and unit.get("dapils") else None
        issues += validate_receipt(header, prepared_lines, receiver_dapils=dapils, catalogue=self._catalogue,
                                   election_types=self.election_types(header["event_id"])
                                   if header.get("event_id") else (), completed=True)
        issues += long_text_issues(header)
        for i, line in enumerate(prepared_lines):
            issues += long_text_issues(line, f"lines[{i}].")
        return PreparedReceipt(header, prepared_lines, issues)

    def _event_id(self, value: str) -> str:
        if value not in self._events:
            self._events[value] = resolve_event(self.ctx, value)["id"]
        return self._events[value]

    def _resolve_unit(self, values: dict, header: dict, issues: list[Issue]) -> dict | None:
        code = values.get("receiver_unit_code")
        try:
            if code:
                unit = resolve_unit(self.ctx, str(code))
                header["receiver_unit_id"] = unit["id"]
                return unit
            unit_id = header.get("receiver_unit_id")
            if unit_id:
                if unit_id not in self._units:
                    self._units[unit_id] = UnitRepo(self.ctx.conn).get(unit_id)
                return self._units[unit_id]
        except ServiceError as exc:
            issues.append(make_issue("receiver_unit_code", "unit.unknown", detail=str(exc)))
        return None

    def _line(self, index: int, line: Mapping[str, Any]) -> dict:
        raw = clean({k: line.get(k) for k in LINE_FIELDS})
        item = raw.get("item_code")
        if item:
            raw["item_code"] = self._item_cache.get(item) or self._remember_item(item)
        if raw.get("election_type"):
            raw["election_type"] = election_type_code(raw["election_type"])
        result = complete_line(raw)
        result["line_no"] = index + 1
        if line.get("id"):
            result["id"] = line["id"]
        return result

    # -- writes -----------------------------------------------------------------------------
    def add(self, data: Mapping[str, Any], lines: Sequence[Mapping[str, Any]] | None = None
            ) -> tuple[str, list[Issue]]:
        self.ctx.require(Permission.EDIT_RECORDS)
        prepared = self.prepare(data, lines)
        if not prepared.ok:
            raise ValidationFailed(errors(prepared.issues))
        with transaction(self.ctx.conn):
            receipt_id = self.write_new([prepared])[0]
        return receipt_id, warnings(prepared.issues)

    def write_new(self, batch: Sequence[PreparedReceipt], *, checked: bool = False) -> list[str]:
        """Insert new receipts with their lines inside the caller's transaction.

        `checked`: the caller already made sure no receipt of these numbers exists.
        """
        writer = self.ctx.writer()
        headers, all_lines, entries = [], [], []
        for prepared in batch:
            existing = None if checked else self.repo.find(prepared.header["event_id"], prepared.header["number"])
            if existing:
                raise ServiceError(t("duplicate_receipt", self.ctx.lang, number=prepared.header["number"]))
            header = dict(prepared.header, warnings=encode_issues(warnings(prepared.issues)))
            headers.append(header)
        ids = writer.insert_many("receipts", [dict(h, owner_unit_id=h["receiver_unit_id"]) for h in headers],
                                 owner_unit_id=None, audit=False)
        for receipt_id, header, prepared in zip(ids, headers, batch):
            for line in prepared.lines:
                all_lines.append(dict(line, receipt_id=receipt_id, owner_unit_id=header["receiver_unit_id"]))
            entries.append((receipt_id, header, prepared.lines))
        writer.insert_many("receipt_lines", all_lines, owner_unit_id=None, audit=False)
        writer.audit.append_many([
            (utc_now(), writer.username, "create", "receipts", rid,
             {**{k: [None, v] for k, v in header.items() if v not in (None, "")},
              "lines": [None, [[ln["item_code"], ln.get("election_type"), ln.get("dapil"), ln["expected"],
                                ln["received"], ln["good"], ln["damaged"]] for ln in lines]]})
            for rid, header, lines in entries
        ])
        return ids

    def edit(self, ident: str, changes: Mapping[str, Any]) -> list[Issue]:
        receipt_id, current = self.editable_current(ident, changes, self.repo.get)
        base = {k: current.get(k) for k in HEADER_FIELDS}
        old_lines = self.repo.lines(receipt_id)
        new_lines = changes.get("lines") if "lines" in changes else old_lines
        prepared = self.prepare({k: v for k, v in changes.items() if k != "lines"}, new_lines, current=base)
        if not prepared.ok:
            raise ValidationFailed(errors(prepared.issues))
        with transaction(self.ctx.conn):
            writer = self.ctx.writer()
            writer.update("receipts", receipt_id,
                          dict(prepared.header, warnings=encode_issues(warnings(prepared.issues))))
            if "lines" in changes:
                self._replace_lines(writer, receipt_id, current, old_lines, prepared.lines)
        return warnings(prepared.issues)

    def _replace_lines(self, writer, receipt_id: str, header: dict, old: list[dict], new: list[dict]) -> None:
        """Match lines by item, type and dapil: update the kept, add the new, tombstone the removed."""
        key = lambda ln: (ln["item_code"], ln.get("election_type"), ln.get("dapil"))  # noqa: E731
        by_key = {key(ln): ln for ln in old}
        seen = set()
        for line in new:
            previous = by_key.get(key(line))
            if previous:
                seen.add(previous["id"])
                writer.update("receipt_lines", previous["id"], {k: line.get(k) for k in LINE_FIELDS + ("line_no",)})
            else:
                writer.insert("receipt_lines", dict({k: line.get(k) for k in LINE_FIELDS + ("line_no",)},
                                                    receipt_id=receipt_id), owner_unit_id=header["receiver_unit_id"])
        for line in old:
            if line["id"] not in seen:
                writer.soft_delete("receipt_lines", line["id"], "line removed from the receipt")

    def delete(self, ident: str, reason: str) -> str:
        self.ctx.require(Permission.EDIT_RECORDS)
        with transaction(self.ctx.conn):
            receipt_id = delete_record(self.ctx, "receipts", ident, reason)
            writer = self.ctx.writer()
            for line in self.repo.lines(receipt_id):
                writer.soft_delete("receipt_lines", line["id"], reason, audit=False)
        return receipt_id


def _to_int(value: Any) -> Any:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and float(value).is_integer():
        return int(value)
    text = str(value).strip().replace(".", "").replace(" ", "")
    return int(text) if text.lstrip("-").isdigit() else value


