"""The Laporan Ringkas input: totals of the three record kinds and the open problems of a scope."""

from __future__ import annotations

import json
from collections import defaultdict

from ..domain.facilities import WAREHOUSE_CHECKLIST
from ..domain.formatting import format_number
from ..domain.placements import AD_HOC_POSTS
from ..reports.model import FacilityGap, FacilityTotal, LogisticsIssue, LogisticsTotal, PlacementTotal, Summary
from .documents_build import (QUANTITIES, capital, checklist_of, filled_posts, label, unfilled_posts,
                              unit_name)
from .documents_data import ScopeData
from .documents_texts import dt_text

DAMAGED_CONDITIONS = ("RUSAK_RINGAN", "RUSAK_BERAT")
# Which facility a secretariat cannot work without, per unit kind (the gaps the province asks about).
REQUIRED_FACILITIES = {"ppk": (("RUANG_KANTOR", "no_office"), ("GUDANG", "no_warehouse")),
                       "pps": (("RUANG_KANTOR", "no_office"),)}


def placement_totals(data: ScopeData, lang: str) -> tuple[PlacementTotal, ...]:
    filled = filled_posts(data)
    totals = []
    for kind in ("ppk", "pps"):
        units = [u for u in data.units if u["kind"] == kind]
        if not units:
            continue
        # A post counts once however many people hold it: extra staff never hide a vacancy elsewhere.
        held = sum(len(filled.get(u["id"], set()) & set(AD_HOC_POSTS)) for u in units)
        totals.append(PlacementTotal(dt_text(f"kind.{kind}", lang), len(units), len(units) * len(AD_HOC_POSTS),
                                     held))
    return tuple(totals)


def available_facilities(data: ScopeData) -> list[dict]:
    """Facilities still at the secretariat's disposal (a returned one no longer counts)."""
    return [f for f in data.facilities if not f.get("return_date")]


def facility_totals(data: ScopeData, lang: str) -> tuple[FacilityTotal, ...]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for facility in available_facilities(data):
        grouped[facility["category"]].append(facility)
    totals = []
    for category in sorted(grouped):
        rows = grouped[category]
        qty = lambda fs: sum(int(f["quantity"] or 0) for f in fs)  # noqa: E731
        totals.append(FacilityTotal(
            capital(label(category, lang)), qty(rows), len({f["unit_id"] for f in rows}),
            good=qty([f for f in rows if f.get("condition") == "BAIK"]),
            damaged=qty([f for f in rows if f.get("condition") in DAMAGED_CONDITIONS])))
    return tuple(totals)


def facility_gaps(data: ScopeData, lang: str) -> tuple[FacilityGap, ...]:
    have: dict[str, set[str]] = defaultdict(set)
    facilities = available_facilities(data)
    for facility in facilities:
        have[facility["unit_id"]].add(facility["category"])
    gaps = []
    for unit in data.units:
        for category, kind in REQUIRED_FACILITIES.get(unit["kind"], ()):
            if category not in have[unit["id"]]:
                gaps.append(FacilityGap(unit["code"], unit_name(unit), kind))
    for facility in sorted((f for f in facilities if f["category"] == "GUDANG"),
                           key=lambda f: data.unit_by_id[f["unit_id"]]["code"]):
        unit, checks = data.unit_by_id[facility["unit_id"]], checklist_of(facility)
        failed = WAREHOUSE_CHECKLIST if checks is None else [k for k in WAREHOUSE_CHECKLIST if checks.get(k) is False]
        if failed:
            gaps.append(FacilityGap(unit["code"], unit_name(unit), "checklist",
                                    ", ".join(label(k, lang) for k in failed)))
    return tuple(sorted(gaps, key=lambda g: g.unit_code))


def logistics_totals(data: ScopeData, lang: str) -> tuple[LogisticsTotal, ...]:
    sums: dict[str, dict] = {}
    for line in data.receipt_lines:
        total = sums.setdefault(line.get("election_type") or "", dict.fromkeys(QUANTITIES, 0))
        for q in QUANTITIES:
            total[q] += int(line[q] or 0)
    order = {code: n for n, code in enumerate(data.event_types)}
    return tuple(
        LogisticsTotal(label(etype, lang) if etype else dt_text("no_type", lang), sums[etype]["expected"], sums[etype]["received"],
                       sums[etype]["damaged"], sums[etype]["short"], sums[etype]["excess"])
        for etype in sorted(sums, key=lambda e: (order.get(e, 99), e)))


def wrong_dapil(line: dict, unit: dict, item: dict) -> str | None:
    """The receiver's own dapil when a per-dapil line names another one (ballots swapped between districts)."""
    if not item.get("per_dapil") or not line.get("dapil") or not unit.get("dapils"):
        return None
    own = json.loads(unit["dapils"]).get(line.get("election_type") or "")
    norm = lambda v: " ".join(str(v).upper().split())  # noqa: E731
    return own if own and norm(own) != norm(line["dapil"]) else None


def is_discrepancy(line: dict) -> bool:
    return (line["received"] != line["expected"] or bool(line["damaged"]) or bool(line["short"])
            or bool(line["excess"]))


def logistics_issues(data: ScopeData, lang: str) -> tuple[LogisticsIssue, ...]:
    receipts = {r["id"]: r for r in data.receipts}
    issues = []
    for line in data.receipt_lines:
        receipt = receipts[line["receipt_id"]]
        unit = data.unit_by_id[receipt["receiver_unit_id"]]
        item = data.items.get(line["item_code"], {"name": line["item_code"]})
        expected_dapil = wrong_dapil(line, unit, item)
        if not is_discrepancy(line) and expected_dapil is None:
            continue
        notes = [f"BAST {receipt['number']}"]
        if expected_dapil:
            notes.append(dt_text("wrong_dapil", lang, given=line["dapil"], expected=expected_dapil))
        if line.get("note"):
            notes.append(line["note"])
        name = item["name"] + (f" ({label(line['election_type'], lang)})" if line.get("election_type") else "")
        issues.append(LogisticsIssue(unit["code"], unit_name(unit), name, line["expected"], line["received"],
                                     line["damaged"], line["short"], line["excess"], "; ".join(notes)))
    return tuple(sorted(issues, key=lambda i: (i.unit_code, i.item)))


def summary(data: ScopeData, lang: str, record_count: int) -> Summary:
    dpt = sum(int(t["dpt"] or 0) for t in data.tps)
    count = lambda kind: sum(1 for u in data.units if u["kind"] == kind)  # noqa: E731
    notes = (dt_text("area_note", lang, ppk=_n(count("ppk"), lang), pps=_n(count("pps"), lang),
                     tps=_n(len(data.tps), lang), dpt=_n(dpt, lang)),
             dt_text("records_note", lang, n=_n(record_count, lang)))
    return Summary(placements=placement_totals(data, lang), facilities=facility_totals(data, lang),
                   logistics=logistics_totals(data, lang), unfilled=unfilled_posts(data, lang),
                   facility_gaps=facility_gaps(data, lang), logistics_issues=logistics_issues(data, lang),
                   notes=notes)


def _n(value: int, lang: str) -> str:
    return format_number(value, lang)
