"""Report inputs (reports/model.py dataclasses) built from the stored rows of a scope.

Pure transformations of rows already read by documents_data: no SQL here, so the builders
can be tested against hand-made rows and reused by the UI's preview.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from ..domain.facilities import WAREHOUSE_CHECKLIST
from ..domain.labels import VALUE_LABELS
from ..domain.placements import AD_HOC_POSTS
from ..reports.model import (AsnGroup, AsnRecap, AsnRow, Bast, BastLine, ChecklistItem, FacilityRegister,
                             FacilityRow, LogisticsRecap, LogisticsRow, Party, UnfilledPost,
                             WarehouseChecklist)
from ..storage.repos.units import unit_label
from .documents_data import ScopeData
from .documents_texts import dt_text

QUANTITIES = ("expected", "received", "good", "damaged", "short", "excess")
LEVEL_BY_KIND = {"kpu-prov": "provinsi", "kpu-kab": "kabupaten", "ppk": "kecamatan", "pps": "desa"}
POST_ORDER = {post: n for n, post in enumerate(("SEKRETARIS", "STAF_TEKNIS", "STAF_TU", "KPU_SEKRETARIAT"))}
ASN_STATUSES = ("PNS", "CPNS")


def label(code: str | None, lang: str) -> str:
    if not code:
        return ""
    entry = VALUE_LABELS.get(code)
    return entry.get(lang, entry["id"]) if entry else code


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def unit_name(unit: dict) -> str:
    return unit_label(unit["kind"], unit["name"], unit["code"])


def level_of(unit: dict) -> str:
    code = unit["code"]
    if unit["kind"] == "kpu-kab" and int(code.split(".")[1]) >= 71:
        return "kota"
    if unit["kind"] == "pps" and code.split(".")[-1].startswith("1"):
        return "kelurahan"
    return LEVEL_BY_KIND[unit["kind"]]


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def post_label(post: str, unit: dict, lang: str) -> str:
    text = capital(label(post, lang))
    if post == "SEKRETARIS" and unit["kind"] in ("ppk", "pps"):
        return f"{text} {unit['kind'].upper()}"
    return text


# --- 1. Rekap penempatan ASN --------------------------------------------------------------


def _asn_row(placement: dict, person: dict, unit: dict, lang: str) -> AsnRow:
    status = person.get("employment_status") or ""
    if status in ASN_STATUSES and person.get("nip"):
        kind, number = "NIP", person["nip"]
    elif status == "PPPK" and person.get("nip"):
        kind, number = "NIPPPK", person["nip"]
    else:
        kind, number = "NIK", person.get("nik") or person.get("nip") or ""
    return AsnRow(
        name=person["name"], id_kind=kind, id_number=number, post=post_label(placement["post"], unit, lang),
        golongan=person.get("golongan") or "", origin_agency=person.get("origin_agency") or "",
        proposing_decree_no=placement.get("proposing_decree_no") or "",
        proposing_decree_date=parse_date(placement.get("proposing_decree_date")),
        kpu_decree_no=placement.get("kpu_decree_no") or "",
        kpu_decree_date=parse_date(placement.get("kpu_decree_date")),
        tmt=parse_date(placement.get("start_date")), status=capital(label(placement["status"], lang)),
    )


def asn_recap(data: ScopeData, lang: str) -> AsnRecap:
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for placement in data.placements:
        by_unit[placement["unit_id"]].append(placement)

    def group(unit: dict, top: bool) -> AsnGroup | None:
        placements = sorted(by_unit.get(unit["id"], ()),
                            key=lambda p: (POST_ORDER.get(p["post"], 9), data.person_by_id[p["person_id"]]["name"]))
        rows = tuple(_asn_row(p, data.person_by_id[p["person_id"]], unit, lang) for p in placements)
        children = tuple(g for g in (group(c, False) for c in data.children.get(unit["id"], ())) if g)
        if not rows and not children and not top:
            return None  # an empty desa adds a banner and nothing else; its gaps are listed below
        return AsnGroup(level_of(unit), unit["code"], unit["name"], rows=rows, children=children)

    return AsnRecap(groups=(group(data.root, True),), unfilled=unfilled_posts(data, lang))


def filled_posts(data: ScopeData) -> dict[str, set[str]]:
    """Unit id -> the ad hoc posts that hold an active placement."""
    filled: dict[str, set[str]] = defaultdict(set)
    for placement in data.placements:
        if placement["status"] == "ACTIVE":
            filled[placement["unit_id"]].add(placement["post"])
    return filled


def unfilled_posts(data: ScopeData, lang: str) -> tuple[UnfilledPost, ...]:
    """1 Sekretaris + 1 Staf Teknis + 1 Staf TU per PPK and per PPS (Keputusan KPU on ad hoc secretariats)."""
    filled = filled_posts(data)
    found = []
    for unit in data.units:
        if unit["kind"] not in ("ppk", "pps"):
            continue
        for post in AD_HOC_POSTS:
            if post not in filled.get(unit["id"], ()):
                found.append(UnfilledPost(unit["code"], unit_name(unit), post_label(post, unit, lang),
                                          dt_text("missing_post", lang)))
    return tuple(found)


# --- 2. Dukungan sarana dan prasarana -----------------------------------------------------------


def _facility_row(row: dict, unit: dict, lang: str) -> FacilityRow:
    description = row["description"] + (f" ({row['specification']})" if row.get("specification") else "")
    return FacilityRow(
        unit_code=unit["code"], unit_name=unit_name(unit), category=capital(label(row["category"], lang)),
        description=description, quantity=int(row["quantity"] or 0), unit=row.get("measure_unit") or "",
        condition=capital(label(row.get("condition"), lang)), owner=row.get("owner_name") or "",
        registration_no=row.get("registration_no") or "", basis=capital(label(row.get("basis"), lang)),
        agreement_no=row.get("agreement_no") or "", agreement_date=parse_date(row.get("agreement_date")),
        start=parse_date(row.get("start_date")), end=parse_date(row.get("end_date")),
        returned_on=parse_date(row.get("return_date")), return_bast_no=row.get("return_bast_no") or "",
    )


def checklist_of(row: dict) -> dict | None:
    return json.loads(row["checklist"]) if row.get("checklist") else None


def facility_register(data: ScopeData, lang: str) -> FacilityRegister:
    ordered = sorted(data.facilities, key=lambda f: (data.unit_by_id[f["unit_id"]]["code"], f["category"],
                                                     f["description"], f["id"]))
    rows = tuple(_facility_row(f, data.unit_by_id[f["unit_id"]], lang) for f in ordered)
    lists = []
    for facility in ordered:
        if facility["category"] != "GUDANG":
            continue
        unit, checks = data.unit_by_id[facility["unit_id"]], checklist_of(facility) or {}
        items = tuple(ChecklistItem(capital(label(key, lang)), checks.get(key)) for key in WAREHOUSE_CHECKLIST)
        lists.append(WarehouseChecklist(unit["code"], unit_name(unit), items))
    return FacilityRegister(rows=rows, checklists=tuple(lists))


# --- 3. BAST ------------------------------------------------------------------------------------


def parse_party_line(text: str) -> Party:
    """`Name, Post, Institution` (any tail may be missing); a lone word is a post, e.g. `Panwascam`."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        return Party(name="", post=parts[0])
    return Party(name=parts[0], post=parts[1], institution=", ".join(parts[2:]))


def bast(receipt: dict, lines: list[dict], unit: dict, items: dict[str, dict]) -> Bast:
    when = dt.datetime.fromisoformat(receipt["received_at"])
    giver = Party(receipt.get("giver_name") or "", receipt.get("giver_post") or "",
                  receipt.get("giver_institution") or "")
    tps = receipt.get("tps_number")
    receiver = Party(receipt.get("receiver_name") or "", receipt.get("receiver_post") or "",
                     receipt.get("receiver_institution") or unit_name(unit), unit_code=unit["code"],
                     tps=str(tps) if tps else "")
    witnesses = tuple(parse_party_line(w) for w in (receipt.get("witnesses") or "").splitlines() if w.strip())
    references = tuple(r.strip() for r in (receipt.get("refs") or "").splitlines() if r.strip())
    bast_lines = tuple(
        BastLine(item=items.get(ln["item_code"], {}).get("name", ln["item_code"]),
                 election_type=ln.get("election_type") or "", dapil=ln.get("dapil") or "",
                 unit=items.get(ln["item_code"], {}).get("measure_unit", ""),
                 **{q: int(ln[q] or 0) for q in QUANTITIES}, note=ln.get("note") or "")
        for ln in lines)
    has_time = when.hour or when.minute
    return Bast(date=when.date(), place=receipt.get("place") or "", giver=giver, receiver=receiver,
                lines=bast_lines, witnesses=witnesses, time=when.strftime("%H.%M") if has_time else "",
                references=references)


# --- 4. Rekap logistik ----------------------------------------------------------------------------


def logistics_rows(data: ScopeData) -> list[tuple[dict, dict, str, dict]]:
    """(unit, item, election type, summed quantities) per receiving unit, item and type."""
    receiver = {r["id"]: r["receiver_unit_id"] for r in data.receipts}
    sums: dict[tuple, dict] = {}
    for line in data.receipt_lines:
        key = (receiver[line["receipt_id"]], line["item_code"], line.get("election_type") or "")
        total = sums.setdefault(key, dict.fromkeys(QUANTITIES, 0))
        for q in QUANTITIES:
            total[q] += int(line[q] or 0)
    type_order = {code: n for n, code in enumerate(data.event_types)}

    def order(key):
        unit_id, item, etype = key
        return (data.unit_by_id[unit_id]["code"], data.items.get(item, {}).get("order", 999),
                type_order.get(etype, 99), etype)

    return [(data.unit_by_id[k[0]], data.items.get(k[1], {"name": k[1]}), k[2], sums[k])
            for k in sorted(sums, key=order)]


def logistics_recap(data: ScopeData) -> LogisticsRecap:
    return LogisticsRecap(rows=tuple(
        LogisticsRow(unit["code"], unit_name(unit), item["name"], etype, **figures)
        for unit, item, etype, figures in logistics_rows(data)))
