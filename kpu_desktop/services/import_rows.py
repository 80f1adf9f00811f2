"""Turning spreadsheet rows into records of each kind, and writing them."""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any, Callable

from ..domain.issues import errors, make_issue, warnings
from ..domain.people import parse_employment_status
from ..domain.ranks import split_pangkat_golongan
from ..domain.receipts import election_type_code
from ..storage.repos.events import EventRepo
from ..storage.repos.records import PlacementRepo, ReceiptRepo
from ..storage.repos.units import UnitRepo
from .asn import AsnService
from .common import is_blank
from .context import AppContext
from .facility import FacilityService
from .receipt import ReceiptService

if TYPE_CHECKING:
    from .importing import ImportPlan, SourceRow

UNIT_PREFIX = re.compile(r"^(sekretariat\s+)?(ppk|pps|kpu\s+(kabupaten|kab\.?|kota|provinsi))\s+", re.I)
LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(.+)$")
# Receipt lines written per step: enough for the storage's bulk paths (search index, change-log index),
# few enough that progress moves and a cancel is seen within about a second.
WRITE_LINES = 50_000


class RowMapper:
    """Kind-specific reading of rows (prepare) and writing of the prepared records (write)."""

    def __init__(self, ctx: AppContext, kind: str, *, event: str | None = None, titles: list[str] | None = None):
        self.ctx = ctx
        self.kind = kind
        self.event = event
        self.titles = titles or []
        self.units = UnitRepo(ctx.conn)
        self._scope = set(ctx.scope_unit_ids())
        # Rows of one file name the same few units again and again; nothing writes units during an import.
        self._named: dict[tuple, list[dict]] = {}

    # -- shared -----------------------------------------------------------------------------
    def _check_cancel(self, cancel: threading.Event | None) -> None:
        if cancel is not None and cancel.is_set():
            from .importing import ImportCancelled
            raise ImportCancelled("import cancelled" if self.ctx.lang == "en" else "impor dibatalkan")

    def event_hint(self) -> str | None:
        """The event named by --event, else guessed from the title rows (PEMILU or PEMILIHAN/PILKADA)."""
        if self.event:
            return self.event
        text = " ".join(self.titles).upper()
        years = re.findall(r"20\d\d", text)
        year = years[0] if years else None
        for event in EventRepo(self.ctx.conn).all():
            if year and not event["id"].endswith(year):
                continue
            if event["kind"] == "pemilu" and "PEMILU" in text:
                return event["id"]
            if event["kind"] == "pilkada" and ("PILKADA" in text or "PEMILIHAN" in text):
                return event["id"]
        return None

    def unit_from_text(self, text: Any, kind: str | None = None, parent_id: str | None = None) -> dict | None:
        found = self.units_named(text, kind, parent_id)
        return found[0] if len(found) == 1 else None

    def units_named(self, text: Any, kind: str | None = None, parent_id: str | None = None) -> list[dict]:
        """Units of the user's area named `text` (`PPK Kumai`, `Sekretariat PPS Sungai Baru`, `Kumai`)."""
        key = (str(text or "").strip(), kind, parent_id)
        if key not in self._named:
            self._named[key] = self._units_named(*key)
        return list(self._named[key])

    def _units_named(self, text: str, kind: str | None, parent_id: str | None) -> list[dict]:
        match = UNIT_PREFIX.match(text)
        if match and kind is None:
            kind = {"ppk": "ppk", "pps": "pps"}.get(match.group(2).lower(), "kpu-kab")
        name = UNIT_PREFIX.sub("", text).strip()
        if not name:
            return []
        candidates = [u for u in self.units.by_name(name, kind) if u["id"] in self._scope]
        if parent_id:
            candidates = [u for u in candidates if u["parent_id"] == parent_id] or candidates
        return candidates

    def unit_issue(self, field: str, text: Any, kind: str | None = None):
        code = "import.unit_ambiguous" if len(self.units_named(text, kind)) > 1 else "import.unit_not_found"
        return make_issue(field, code, value=str(text or ""))

    def prepare(self, plan: "ImportPlan", *, progress=None, cancel=None) -> None:
        getattr(self, f"_prepare_{self.kind}")(plan, progress, cancel)

    def write(self, plan: "ImportPlan", *, progress=None, cancel=None) -> tuple[int, int, int]:
        return getattr(self, f"_write_{self.kind}")(plan, progress, cancel)

    def _report(self, plan, row: "SourceRow", issues, field_map: Callable[[str], str] | None = None) -> None:
        from .importing import problems_from_issues
        plan.problems += problems_from_issues(row, errors(issues), self.ctx.lang, field_map)
        plan.warnings += problems_from_issues(row, warnings(issues), self.ctx.lang, field_map)

    # -- ASN --------------------------------------------------------------------------------
    def _asn_data(self, row: "SourceRow", event: str | None) -> dict:
        v = dict(row.values)
        data = {k: v.get(k) for k in ("nip", "nik", "name", "birth_date", "sex", "golongan", "pangkat",
                                      "origin_position", "origin_agency", "phone", "post", "proposing_decree_no",
                                      "proposing_decree_date", "kpu_decree_no", "kpu_decree_date",
                                      "integrity_pact_date", "start_date", "end_date", "honorarium", "status",
                                      "end_reason", "note")}
        if not is_blank(v.get("pangkat_golongan")):
            pangkat, golongan = split_pangkat_golongan(v["pangkat_golongan"])
            data["pangkat"] = data.get("pangkat") or pangkat
            data["golongan"] = data.get("golongan") or golongan
        data["employment_status"] = self._status(v.get("employment_status"), data)
        data["event_id"] = v.get("event_id") or event
        unit = self._asn_unit(v)
        if unit is not None:
            data["unit_id"] = unit["id"]
        elif not is_blank(v.get("unit_code")):
            data["unit_code"] = v["unit_code"]
        return data

    def _status(self, raw: Any, data: dict) -> Any:
        if is_blank(raw):
            return "PNS" if not is_blank(data.get("nip")) else ("NON_ASN" if not is_blank(data.get("nik")) else None)
        parsed = parse_employment_status(raw)
        if parsed:
            return parsed
        if str(raw).strip().upper() == "ASN":
            return "PNS"
        return raw

    def _asn_unit(self, v: dict) -> dict | None:
        if not is_blank(v.get("unit_code")):
            return None
        kecamatan = self.unit_from_text(v.get("kecamatan"), "ppk") if not is_blank(v.get("kecamatan")) else None
        if not is_blank(v.get("desa")):
            return self.unit_from_text(v.get("desa"), "pps", kecamatan["id"] if kecamatan else None)
        if kecamatan:
            return kecamatan
        if not is_blank(v.get("unit_name")):
            return self.unit_from_text(v.get("unit_name"))
        return None

    def _prepare_asn(self, plan, progress, cancel) -> None:
        service = AsnService(self.ctx)
        event = self.event_hint()
        seen: dict[tuple, int] = {}
        for index, row in enumerate(plan.rows):
            self._check_cancel(cancel)
            data = self._asn_data(row, event)
            issues = []
            if not data.get("unit_id") and not data.get("unit_code"):
                issues.append(make_issue("unit_name", "import.unit_not_found",
                                         value=str(row.values.get("kecamatan") or row.values.get("desa")
                                                   or row.values.get("unit_name") or "")))
            if not data.get("event_id"):
                issues.append(make_issue("event_id", "import.event_missing"))
            prepared = service.prepare(data)
            issues += prepared.issues
            key = (prepared.person_id, prepared.placement.get("event_id"), prepared.placement.get("unit_id"),
                   prepared.placement.get("post"))
            if key in seen and not errors(issues):
                issues.append(make_issue("nip", "import.duplicate_row", other=seen[key]))
            seen.setdefault(key, row.number)
            self._report(plan, row, issues, _asn_field)
            plan.records.append((row, prepared, row.values.get("id")))
            if progress:
                progress(index + 1, len(plan.rows))
        self._staffing_after(plan, service)

    def _staffing_after(self, plan, service: AsnService) -> None:
        """Staffing warnings for each secretariat the file touches, as it will stand after the import."""
        repo = PlacementRepo(self.ctx.conn)
        groups: dict[tuple, list] = {}
        for row, prepared, given_id in plan.records:
            p = prepared.placement
            if p.get("unit_id") and p.get("event_id"):
                groups.setdefault((p["unit_id"], p["event_id"]), []).append((row, prepared, given_id))
        for (unit_id, event_id), members in groups.items():
            replacing = set()
            extra = []
            for row, prepared, given_id in members:
                p = prepared.placement
                existing = (repo.get(given_id) if given_id else None) or repo.find(
                    prepared.person_id, event_id, unit_id, p.get("post"))
                if existing:
                    replacing.add(existing["id"])
                extra.append({**p, "employment_status": prepared.person.get("employment_status")})
            found = service.staffing(unit_id, event_id, extra=extra, replacing=replacing)
            if found:
                self._report(plan, members[0][0], found, _asn_field)

    def _write_asn(self, plan, progress, cancel) -> tuple[int, int, int]:
        service = AsnService(self.ctx)
        repo = PlacementRepo(self.ctx.conn)
        counts = [0, 0, 0]
        for index, (row, prepared, given_id) in enumerate(plan.records):
            self._check_cancel(cancel)
            existing = repo.get(given_id) if given_id else None
            if existing is None:
                p = prepared.placement
                existing = repo.find(prepared.person_id, p["event_id"], p["unit_id"], p["post"])
            start = _change_count(self.ctx)
            if existing:
                service.write(prepared, placement_id=existing["id"])
                counts[1 if _change_count(self.ctx) > start else 2] += 1
            else:
                service.write(prepared)
                counts[0] += 1
            if progress:
                progress(index + 1, len(plan.records))
        return tuple(counts)

    # -- facilities -------------------------------------------------------------------------
    def _prepare_facility(self, plan, progress, cancel) -> None:
        service = FacilityService(self.ctx)
        for index, row in enumerate(plan.rows):
            self._check_cancel(cancel)
            data = {k: v for k, v in row.values.items() if k not in ("id", "unit_name")}
            issues = []
            if is_blank(data.get("unit_code")):
                unit = self.unit_from_text(row.values.get("unit_name"))
                if unit is None:
                    issues.append(self.unit_issue("unit_name", row.values.get("unit_name")))
                else:
                    data["unit_id"] = unit["id"]
            record, found = service.prepare(data)
            issues += found
            self._report(plan, row, issues, lambda f: "unit_code" if f == "unit_id" else f)
            plan.records.append((row, record, found, row.values.get("id")))
            if progress:
                progress(index + 1, len(plan.rows))

    def _write_facility(self, plan, progress, cancel) -> tuple[int, int, int]:
        service = FacilityService(self.ctx)
        counts = [0, 0, 0]
        for index, (row, record, issues, given_id) in enumerate(plan.records):
            self._check_cancel(cancel)
            existing = service.repo.get(given_id) if given_id else None
            existing = existing or service.repo.find(record["unit_id"], record["category"], record["description"])
            start = _change_count(self.ctx)
            if existing:
                service.write(record, issues, facility_id=existing["id"])
                counts[1 if _change_count(self.ctx) > start else 2] += 1
            else:
                service.write(record, issues)
                counts[0] += 1
            if progress:
                progress(index + 1, len(plan.records))
        return tuple(counts)

    # -- receipts ---------------------------------------------------------------------------
    def _receipt_groups(self, rows) -> list[list["SourceRow"]]:
        groups: dict[str, list] = {}
        for row in rows:
            key = str(row.values.get("receipt_id") or row.values.get("number") or f"row{row.number}").strip()
            groups.setdefault(key, []).append(row)
        return list(groups.values())

    def _receipt_event(self, rows, types_index: dict[str, str]) -> str | None:
        explicit = rows[0].values.get("event_id") or self.event
        if explicit:
            return explicit
        for row in rows:
            found = types_index.get(election_type_code(row.values.get("election_type") or ""))
            if found:
                return found
        return self.event_hint()

    def _prepare_receipt(self, plan, progress, cancel) -> None:
        service = ReceiptService(self.ctx)
        types_index = {}
        for event in reversed(EventRepo(self.ctx.conn).all()):
            for etype in EventRepo(self.ctx.conn).types(event["id"]):
                types_index.setdefault(etype["code"], event["id"])
        done = 0
        for group in self._receipt_groups(plan.rows):
            self._check_cancel(cancel)
            first = group[0].values
            header = {k: first.get(k) for k in ("number", "received_at", "place", "giver_institution", "giver_name",
                                                 "giver_post", "receiver_institution", "receiver_name",
                                                 "receiver_post", "tps_number", "witnesses", "refs",
                                                 "transport_mode", "planned_dispatch", "actual_dispatch",
                                                 "planned_arrival", "actual_arrival")}
            header["event_id"] = self._receipt_event(group, types_index)
            issues = []
            if not is_blank(first.get("receiver_unit_code")):
                header["receiver_unit_code"] = first["receiver_unit_code"]
            else:
                unit = self.unit_from_text(first.get("receiver_institution"))
                if unit is None:
                    issues.append(self.unit_issue("receiver_institution", first.get("receiver_institution")))
                else:
                    header["receiver_unit_id"] = unit["id"]
            lines = [dict({k: r.values.get(k) for k in ("item_code", "election_type", "dapil", "expected",
                                                       "received", "good", "damaged", "short", "excess", "note")},
                          id=r.values.get("line_id") or None) for r in group]
            prepared = service.prepare(header, lines)
            issues += prepared.issues
            self._report_receipt(plan, group, issues)
            plan.records.append((group, prepared, first.get("receipt_id")))
            done += len(group)
            if progress:
                progress(done, len(plan.rows))

    def _report_receipt(self, plan, group, issues) -> None:
        by_row: dict[int, list] = {}
        for issue in issues:
            match = LINE_FIELD.match(issue.field)
            index = int(match.group(1)) if match and int(match.group(1)) < len(group) else 0
            by_row.setdefault(index, []).append(issue)
        for index, found in by_row.items():
            self._report(plan, group[index], found, _receipt_field)

    def _write_receipt(self, plan, progress, cancel) -> tuple[int, int, int]:
        service = ReceiptService(self.ctx)
        repo = ReceiptRepo(self.ctx.conn)
        counts = [0, 0, 0]
        fresh = []
        # Looked up at once while nothing is written; after an edit, one by one (an edit may renumber).
        held = repo.find_many((p.header["event_id"], p.header["number"]) for _g, p, _id in plan.records)
        edited = False
        for group, prepared, given_id in plan.records:
            self._check_cancel(cancel)
            existing = repo.get(given_id) if given_id else None
            if existing is None:
                key = (prepared.header["event_id"], prepared.header["number"])
                existing = repo.find(*key) if edited else held.get(key)
            if existing is None:
                fresh.append(prepared)
                continue
            edited = True
            start = _change_count(self.ctx)
            service.edit(existing["id"], dict(prepared.header, lines=prepared.lines))
            counts[1 if _change_count(self.ctx) > start else 2] += 1
        numbers = [(p.header["event_id"], p.header["number"]) for p in fresh]
        if len(set(numbers)) != len(numbers):
            from .errors import ServiceError
            raise ServiceError("the file holds the same BAST number twice with different content")
        done = 0
        for batch in _batches(fresh, WRITE_LINES):
            self._check_cancel(cancel)
            service.write_new(batch, checked=True)
            done += len(batch)
            if progress:
                progress(done, len(fresh))
        counts[0] = len(fresh)
        return tuple(counts)


def _batches(receipts: list, lines_per_batch: int):
    """Consecutive runs of receipts holding at least `lines_per_batch` lines each (the last one fewer)."""
    batch, lines = [], 0
    for prepared in receipts:
        batch.append(prepared)
        lines += len(prepared.lines)
        if lines >= lines_per_batch:
            yield batch
            batch, lines = [], 0
    if batch:
        yield batch


def _change_count(ctx: AppContext) -> int:
    """A counter that grows with every write: tells an update from an unchanged record."""
    return ctx.conn.execute("SELECT MAX(rowid) FROM changes").fetchone()[0] or 0


def _asn_field(name: str) -> str:
    if name in ("golongan", "pangkat"):
        return "pangkat_golongan"
    if name == "unit_id":
        return "unit_name"
    return name


def _receipt_field(name: str) -> str:
    match = LINE_FIELD.match(name)
    if match:
        return match.group(2)
    if name == "receiver_unit_id":
        return "receiver_institution"
    return name
