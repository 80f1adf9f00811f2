"""ASN placements: a person and a placement of that person in a unit for an event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..domain.dates import parse_date
from ..domain.issues import Issue, ValidationFailed, errors, long_text_issues, make_issue, warnings
from ..domain.people import derive_person_fields, validate_person
from ..domain.placements import (default_honorarium, overlap_warnings, parse_post, staffing_warnings,
                                 validate_placement)
from ..storage.db import transaction
from ..storage.records import stable_id
from ..storage.repos.events import EventRepo
from ..storage.repos.records import ListFilter, PersonRepo, PlacementRepo
from ..storage.repos.units import UnitRepo, unit_label
from .common import clean, encode_issues, is_blank, resolve_event, resolve_id, resolve_unit
from .context import AppContext
from .errors import ServiceError
from .record_service import RecordService, delete_record  # noqa: F401  (delete_record re-exported)
from .roles import Permission
from .texts import t

PERSON_FIELDS = ("nip", "nik", "name", "birth_date", "sex", "employment_status", "golongan", "pangkat",
                 "origin_position", "origin_agency", "phone")
PLACEMENT_FIELDS = ("event_id", "unit_id", "post", "proposing_decree_no", "proposing_decree_date",
                    "kpu_decree_no", "kpu_decree_date", "integrity_pact_date", "start_date", "end_date",
                    "honorarium", "status", "end_reason", "replacement_id", "note")
DATE_FIELDS = ("proposing_decree_date", "kpu_decree_date", "integrity_pact_date", "start_date", "end_date")
EDITABLE = PERSON_FIELDS + PLACEMENT_FIELDS + ("unit_code",)


@dataclass
class Prepared:
    """A validated placement ready to write (or the issues that stop it)."""

    person: dict
    placement: dict
    issues: list[Issue] = field(default_factory=list)
    person_id: str | None = None
    existing_person: dict | None = None

    @property
    def ok(self) -> bool:
        return not errors(self.issues)


class AsnService(RecordService):
    table = "placements"
    editable = EDITABLE

    def __init__(self, ctx: AppContext, *, today: dt.date | None = None):
        super().__init__(ctx)
        self.today = today or dt.date.today()
        self.persons = PersonRepo(ctx.conn)
        self.placements = PlacementRepo(ctx.conn)

    # -- reads ------------------------------------------------------------------------------
    def list(self, f: ListFilter | None = None) -> list[dict]:
        return [self.present(r) for r in self.placements.list(self.scoped(f))]

    def show(self, ident: str) -> dict:
        self.ctx.require(Permission.VIEW)
        return self.present(self.placements.get(resolve_id(self.ctx, "placements", ident)))

    # -- validation -------------------------------------------------------------------------
    def prepare(self, data: Mapping[str, Any], *, current: dict | None = None) -> Prepared:
        """Validate a flat record (person and placement fields); nothing is written."""
        values = dict(current or {})
        values.update({k: v for k, v in data.items()})
        issues: list[Issue] = []
        person = clean({k: values.get(k) for k in PERSON_FIELDS})
        if person.get("employment_status") is None:
            # Unsaid status: an 18-digit NIP means a PNS, a NIK alone a non-ASN (how forms are filled in).
            person["employment_status"] = "PNS" if person.get("nip") else ("NON_ASN" if person.get("nik") else None)
        person = derive_person_fields(person)
        issues += validate_person(person, today=self.today)
        placement = self._placement_values(values, issues)
        existing = self._existing_person(person)
        person_id = existing["id"] if existing else _person_id(person)
        placement["person_id"] = person_id
        unit = UnitRepo(self.ctx.conn).get(placement["unit_id"]) if placement.get("unit_id") else None
        if unit is not None and placement.get("event_id"):
            issues += self._context_issues(placement, person, unit, current)
        issues += long_text_issues(person) + long_text_issues(placement)
        return Prepared(person, placement, issues, person_id, existing)

    def _placement_values(self, values: dict, issues: list[Issue]) -> dict:
        placement = clean({k: values.get(k) for k in PLACEMENT_FIELDS})
        for name in DATE_FIELDS:
            parsed, problems = parse_date(placement.get(name), field=name)
            issues += problems
            placement[name] = parsed.isoformat() if parsed else None
        if placement.get("post"):
            placement["post"] = parse_post(str(placement["post"])) or placement["post"]
        placement["status"] = (placement.get("status") or "ACTIVE").upper()
        if values.get("unit_code"):
            try:
                placement["unit_id"] = resolve_unit(self.ctx, str(values["unit_code"]))["id"]
            except ServiceError as exc:
                issues.append(make_issue("unit_code", "unit.unknown", detail=str(exc)))
        if placement.get("event_id"):
            try:
                placement["event_id"] = resolve_event(self.ctx, str(placement["event_id"]))["id"]
            except ServiceError as exc:
                issues.append(make_issue("event_id", "event.unknown", detail=str(exc)))
                placement["event_id"] = None
        honorarium = placement.get("honorarium")
        if isinstance(honorarium, str):
            digits = honorarium.replace("Rp", "").replace(".", "").replace(",", "").strip()
            placement["honorarium"] = int(digits) if digits.isdigit() else honorarium
        return placement

    def _context_issues(self, placement: dict, person: dict, unit: dict, current: dict | None) -> list[Issue]:
        if is_blank(placement.get("honorarium")) and placement.get("post"):
            placement["honorarium"] = default_honorarium(placement["post"], unit["kind"])
        period = EventRepo(self.ctx.conn).work_period(placement["event_id"], unit["kind"])
        issues = list(validate_placement(placement, body_kind=unit["kind"], work_period=period))
        own_id = current["id"] if current else None
        if placement["status"] == "ACTIVE":
            others = [dict(p, unit_label=unit_label(p["unit_kind"], p["unit_name"], p["unit_code"]))
                      for p in self.placements.of_person(placement["person_id"], placement["event_id"])
                      if p["id"] != own_id and not _same_post(p, placement)]
            issues += overlap_warnings(placement, others)
        return issues

    def staffing(self, unit_id: str, event_id: str, *, extra: list[dict] = (), replacing: set[str] = frozenset()
                 ) -> list[Issue]:
        """Staffing warnings of one secretariat, as it stands (plus `extra` placements about to be written)."""
        unit = UnitRepo(self.ctx.conn).get(unit_id)
        if unit is None or unit["kind"] not in ("ppk", "pps"):
            return []
        team = [p for p in self.placements.active_in(unit_id, event_id) if p["id"] not in replacing]
        team += [p for p in extra if p.get("status", "ACTIVE") == "ACTIVE"]
        return staffing_warnings(team, body_kind=unit["kind"],
                                 unit_label=unit_label(unit["kind"], unit["name"], unit["code"]))

    def _existing_person(self, person: dict) -> dict | None:
        return self.persons.by_number(person.get("nip") or "", person.get("nik") or "")

    # -- writes -----------------------------------------------------------------------------
    def add(self, data: Mapping[str, Any]) -> tuple[str, list[Issue]]:
        self.ctx.require(Permission.EDIT_RECORDS)
        prepared = self.prepare(data)
        if not prepared.ok:
            raise ValidationFailed(errors(prepared.issues))
        with transaction(self.ctx.conn):
            placement_id = self.write(prepared)
        staffing = self.staffing(prepared.placement["unit_id"], prepared.placement["event_id"])
        return placement_id, warnings(prepared.issues) + staffing

    def write(self, prepared: Prepared, *, placement_id: str | None = None) -> str:
        """Write a prepared record inside the caller's transaction."""
        writer = self.ctx.writer()
        owner = prepared.placement["unit_id"]
        if prepared.existing_person:
            changes = {k: v for k, v in prepared.person.items()
                       if v is not None and prepared.existing_person.get(k) != v}
            if changes:
                writer.update("persons", prepared.person_id, changes)
        else:
            writer.insert("persons", {"id": prepared.person_id, **prepared.person}, owner_unit_id=owner)
        values = dict(prepared.placement, warnings=encode_issues(warnings(prepared.issues)))
        if placement_id:
            writer.update("placements", placement_id, values)
            return placement_id
        duplicate = self.placements.find(prepared.person_id, values["event_id"], values["unit_id"], values["post"])
        if duplicate:
            raise ServiceError(t("duplicate_placement", self.ctx.lang, name=prepared.person.get("name"),
                                 post=values["post"]))
        return writer.insert("placements", values, owner_unit_id=owner)

    def edit(self, ident: str, changes: Mapping[str, Any]) -> list[Issue]:
        placement_id, current = self.editable_current(ident, changes, self.placements.get)
        base = {k: current.get(k) for k in PERSON_FIELDS + PLACEMENT_FIELDS}
        base["name"] = current["person_name"]
        base["id"] = placement_id
        prepared = self.prepare(dict(changes), current=base)
        if not prepared.ok:
            raise ValidationFailed(errors(prepared.issues))
        with transaction(self.ctx.conn):
            self.write(prepared, placement_id=placement_id)
        staffing = self.staffing(prepared.placement["unit_id"], prepared.placement["event_id"])
        return warnings(prepared.issues) + staffing


def _same_post(stored: dict, placement: dict) -> bool:
    """The stored record this one would update (same unit and post): not an overlap with itself."""
    return stored["unit_id"] == placement.get("unit_id") and stored["post"] == placement.get("post")


def _person_id(person: dict) -> str:
    if person.get("nip"):
        return stable_id("person", "nip", person["nip"])
    if person.get("nik"):
        return stable_id("person", "nik", person["nik"])
    return stable_id("person", "name", (person.get("name") or "").lower(), person.get("birth_date") or "")
