"""Facility support (sarana dan prasarana) lent to a secretariat, with its agreement."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Mapping

from ..domain.dates import parse_date
from ..domain.facilities import (WAREHOUSE_CHECKLIST, parse_basis, parse_category, parse_condition,
                                 validate_facility)
from ..domain.issues import Issue, ValidationFailed, errors, long_text_issues, make_issue, warnings
from ..storage.db import transaction
from ..storage.repos.records import FacilityRepo, ListFilter
from .common import clean, encode_issues, resolve_event, resolve_id, resolve_unit
from .context import AppContext
from .errors import ServiceError
from .record_service import RecordService
from .roles import Permission

FIELDS = ("unit_id", "event_id", "category", "description", "specification", "quantity", "measure_unit",
          "condition", "owner_name", "owner_contact", "registration_no", "location_code", "basis", "agreement_no",
          "agreement_date", "start_date", "end_date", "extended", "return_date", "return_bast_no", "checklist",
          "note")
DATE_FIELDS = ("agreement_date", "start_date", "end_date", "return_date")
EDITABLE = FIELDS + ("unit_code",)
TRUE_WORDS = {"1", "ya", "y", "yes", "true", "ada", "v", "✓", "x"}


def parse_checklist(value: Any) -> dict | None:
    """A checklist as a dict, a JSON text, or `key=ya;key=tidak` text."""
    if value in (None, "", "-"):
        return None
    if isinstance(value, dict):
        return {k: bool(v) for k, v in value.items()}
    text = str(value).strip()
    if text.startswith("{"):
        return {k: bool(v) for k, v in json.loads(text).items()}
    result = {}
    for part in text.replace(",", ";").split(";"):
        if "=" in part:
            key, flag = part.split("=", 1)
            result[key.strip()] = flag.strip().lower() in TRUE_WORDS
        elif part.strip():
            result[part.strip()] = True
    return result


class FacilityService(RecordService):
    table = "facilities"
    editable = EDITABLE

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None):
        super().__init__(ctx)
        self.today = today or dt.date.today()
        self.repo = FacilityRepo(ctx.conn)

    def list(self, f: ListFilter | None = None) -> list[dict]:
        return [self.present(r) for r in self.repo.list(self.scoped(f))]

    def show(self, ident: str) -> dict:
        self.ctx.require(Permission.VIEW)
        return self.present(self.repo.get(resolve_id(self.ctx, "facilities", ident)))

    def present(self, row: dict) -> dict:
        row = super().present(row)
        row["checklist"] = json.loads(row["checklist"]) if row.get("checklist") else None
        return row

    def prepare(self, data: Mapping[str, Any], *, current: dict | None = None) -> tuple[dict, list[Issue]]:
        values = dict(current or {})
        values.update(data)
        issues: list[Issue] = []
        record = clean({k: values.get(k) for k in FIELDS if k != "checklist"})
        for name in DATE_FIELDS:
            parsed, problems = parse_date(record.get(name), field=name)
            issues += problems
            record[name] = parsed.isoformat() if parsed else None
        for name, parser in (("category", parse_category), ("condition", parse_condition), ("basis", parse_basis)):
            if record.get(name):
                record[name] = parser(str(record[name])) or record[name]
        record["quantity"] = _int_or_text(record.get("quantity", 1) if record.get("quantity") is not None else 1)
        record["extended"] = 1 if str(record.get("extended") or "").lower() in TRUE_WORDS else 0
        try:
            record["checklist"] = parse_checklist(values.get("checklist"))
        except (ValueError, AttributeError):
            issues.append(make_issue("checklist", "facility.checklist_unreadable"))
            record["checklist"] = None
        if values.get("unit_code"):
            try:
                record["unit_id"] = resolve_unit(self.ctx, str(values["unit_code"]))["id"]
            except ServiceError as exc:
                issues.append(make_issue("unit_code", "unit.unknown", detail=str(exc)))
        if record.get("event_id"):
            try:
                record["event_id"] = resolve_event(self.ctx, str(record["event_id"]))["id"]
            except ServiceError as exc:
                issues.append(make_issue("event_id", "event.unknown", detail=str(exc)))
        issues += validate_facility(record, today=self.today) + long_text_issues(record)
        return record, issues

    def _stored(self, record: dict, issues: list[Issue]) -> dict:
        stored = dict(record, warnings=encode_issues(warnings(issues)))
        stored["checklist"] = json.dumps(record["checklist"], sort_keys=True) if record.get("checklist") else None
        return stored

    def add(self, data: Mapping[str, Any]) -> tuple[str, list[Issue]]:
        self.ctx.require(Permission.EDIT_RECORDS)
        record, issues = self.prepare(data)
        if errors(issues):
            raise ValidationFailed(errors(issues))
        with transaction(self.ctx.conn):
            new_id = self.write(record, issues)
        return new_id, warnings(issues)

    def write(self, record: dict, issues: list[Issue], *, facility_id: str | None = None) -> str:
        writer = self.ctx.writer()
        if facility_id:
            writer.update("facilities", facility_id, self._stored(record, issues))
            return facility_id
        return writer.insert("facilities", self._stored(record, issues), owner_unit_id=record["unit_id"])

    def edit(self, ident: str, changes: Mapping[str, Any]) -> list[Issue]:
        facility_id, current = self.editable_current(ident, changes, self.repo.get)
        base = {k: current.get(k) for k in FIELDS}
        record, issues = self.prepare(changes, current=base)
        if errors(issues):
            raise ValidationFailed(errors(issues))
        with transaction(self.ctx.conn):
            self.write(record, issues, facility_id=facility_id)
        return warnings(issues)


def _int_or_text(value: Any) -> Any:
    if isinstance(value, (int, float)) and float(value).is_integer():
        return int(value)
    text = str(value).strip().replace(".", "")
    return int(text) if text.lstrip("-").isdigit() else value


__all__ = ["FacilityService", "WAREHOUSE_CHECKLIST", "parse_checklist"]
