"""Spreadsheet export of every record kind, in the column layout the importer reads back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..sheets.columns import KINDS
from ..sheets.table import SheetError, write_table
from ..storage.repos.events import CatalogueRepo
from ..storage.repos.records import ListFilter, ReceiptRepo
from .asn import AsnService
from .common import sheet_problem
from .context import AppContext
from .errors import ServiceError
from .facility import FacilityService
from .receipt import ReceiptService
from .roles import Permission

ASN_FIELDS = ("id", "name", "nip", "nik", "birth_date", "sex", "employment_status", "golongan", "pangkat",
              "origin_position", "origin_agency", "phone", "event_id", "unit_code", "unit_name", "post",
              "proposing_decree_no", "proposing_decree_date", "kpu_decree_no", "kpu_decree_date",
              "integrity_pact_date", "start_date", "end_date", "honorarium", "status", "end_reason", "note")
FACILITY_FIELDS = ("id", "unit_code", "unit_name", "event_id", "category", "description", "specification",
                   "quantity", "measure_unit", "condition", "owner_name", "owner_contact", "registration_no",
                   "location_code", "basis", "agreement_no", "agreement_date", "start_date", "end_date", "extended",
                   "return_date", "return_bast_no", "checklist", "note")
RECEIPT_FIELDS = ("receipt_id", "line_id", "number", "received_at", "place", "event_id", "giver_institution",
                  "giver_name", "giver_post", "receiver_institution", "receiver_name", "receiver_post",
                  "receiver_unit_code", "tps_number", "witnesses", "refs", "transport_mode", "planned_dispatch",
                  "actual_dispatch", "planned_arrival", "actual_arrival", "item_code", "election_type", "dapil",
                  "measure_unit", "expected", "received", "good", "damaged", "short", "excess", "note")


def headers_for(kind: str, fields: tuple[str, ...]) -> list[str]:
    by_field = {c.field: c.header for c in KINDS[kind]}
    return [by_field[f] for f in fields]


def _cell(value: Any) -> Any:
    """Dates as dd/mm/yyyy text (how secretariats write them); everything else as is."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if isinstance(value, str) and len(value) == 16 and value[10] == "T":
        try:
            return dt.datetime.fromisoformat(value).strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return value
    return value


class ExportService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def rows(self, kind: str, f: ListFilter | None = None) -> tuple[list[str], list[list[Any]]]:
        self.ctx.require(Permission.EXPORT_DATA)
        if kind == "asn":
            records = [dict(r, name=r["person_name"]) for r in AsnService(self.ctx).list(f)]
            return headers_for(kind, ASN_FIELDS), [[_cell(r.get(k)) for k in ASN_FIELDS] for r in records]
        if kind == "facility":
            records = FacilityService(self.ctx).list(f)
            for r in records:
                r["checklist"] = ";".join(f"{k}={'ya' if v else 'tidak'}" for k, v in (r["checklist"] or {}).items())
            return headers_for(kind, FACILITY_FIELDS), [[_cell(r.get(k)) for k in FACILITY_FIELDS] for r in records]
        if kind == "receipt":
            return headers_for(kind, RECEIPT_FIELDS), self._receipt_rows(f)
        raise ServiceError(f"unknown kind {kind!r}: use asn, facility or receipt")

    def _receipt_rows(self, f: ListFilter | None) -> list[list[Any]]:
        repo = ReceiptRepo(self.ctx.conn)
        catalogue = CatalogueRepo(self.ctx.conn).as_mapping()
        out = []
        for receipt in ReceiptService(self.ctx).list(f):
            base = dict(receipt, receipt_id=receipt["id"], receiver_unit_code=receipt["unit_code"])
            for line in repo.lines(receipt["id"]):
                item = catalogue.get(line["item_code"], {})
                row = dict(base, **{k: line[k] for k in ("item_code", "election_type", "dapil", "expected",
                                                         "received", "good", "damaged", "short", "excess")})
                row.update(line_id=line["id"], note=line["note"], measure_unit=item.get("measure_unit"),
                           item_code=item.get("name", line["item_code"]))
                out.append([_cell(row.get(k)) for k in RECEIPT_FIELDS])
        return out

    def export(self, kind: str, path: Path, f: ListFilter | None = None) -> int:
        headers, rows = self.rows(kind, f)
        try:
            write_table(Path(path), headers, rows, title=kind)
        except SheetError as exc:
            raise sheet_problem(exc, self.ctx.lang) from exc
        return len(rows)

