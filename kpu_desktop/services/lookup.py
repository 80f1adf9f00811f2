"""Reads the record forms need: a person by NIP or name, the item catalogue, expected quantities."""

from __future__ import annotations

import json

from ..domain.norms import Norm, expected_quantity
from ..domain.receipts import DAPIL_ELECTION_TYPES
from ..storage.query import fts_prefix_query
from ..storage.repos.events import CatalogueRepo, EventRepo
from ..storage.repos.records import PersonRepo
from ..storage.repos.units import UnitRepo
from .common import resolve_unit
from .context import AppContext
from .roles import Permission

PERSON_KEYS = ("id", "nip", "nik", "name", "birth_date", "sex", "employment_status", "golongan", "pangkat",
               "origin_position", "origin_agency", "phone")


def find_persons(ctx: AppContext, text: str, *, limit: int = 20) -> list[dict]:
    """Persons whose NIP, NIK or name starts with the words typed (an exact NIP/NIK first)."""
    ctx.require(Permission.VIEW)
    repo = PersonRepo(ctx.conn)
    digits = "".join(c for c in text if c.isdigit())
    found: list[dict] = []
    if len(digits) in (16, 18) and digits == text.replace(" ", ""):
        exact = repo.by_number(digits if len(digits) == 18 else "", digits if len(digits) == 16 else "")
        found += [exact] if exact else []
    if fts_prefix_query(text):
        found += [p for p in repo.search(text, limit) if all(p["id"] != f["id"] for f in found)]
    return [{k: p.get(k) for k in PERSON_KEYS} for p in found[:limit]]


def catalogue(ctx: AppContext) -> list[dict]:
    """Logistics items: code, name, measure unit, per_type, per_dapil."""
    ctx.require(Permission.VIEW)
    return [dict(code=code, **item) for code, item in CatalogueRepo(ctx.conn).as_mapping().items()]


def election_types(ctx: AppContext, event_id: str) -> list[str]:
    ctx.require(Permission.VIEW)
    return [t["code"] for t in EventRepo(ctx.conn).types(event_id)]


def _region_kind(code: str) -> str:
    parts = code.split(".")
    return "kota" if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= 71 else "kabupaten"


def _norm(row: dict) -> Norm:
    types = tuple((row.get("types") or "").split())
    return Norm(row["item_code"], row["basis"], row["qty_per_tps"], types, row["reserve_per_kecamatan"] or 0)


def expected_lines(ctx: AppContext, event_id: str, unit_code: str, tps_number: int | None = None) -> list[dict]:
    """The lines a receiver needs for an event, from the event's norms and the unit's TPS and DPT.

    Each line: item_code, election_type, dapil and expected (None where the norm is unknown or DPT missing).
    """
    ctx.require(Permission.VIEW)
    event = EventRepo(ctx.conn).get(event_id)
    unit = resolve_unit(ctx, unit_code)
    if event is None or unit is None:
        return []
    units = UnitRepo(ctx.conn)
    tps = (units.tps_under(unit["id"]) if tps_number is None
           else [t for t in units.tps(unit["id"]) if t["number"] == tps_number])
    kecamatan = 1 if unit["kind"] == "ppk" else units.count_kind_under(unit["id"], "ppk") \
        if unit["kind"] in ("kpu-kab", "kpu-prov") else 0
    types = [t["code"] for t in EventRepo(ctx.conn).types(event_id, region_kind=_region_kind(unit["code"]))]
    dapils = json.loads(unit["dapils"]) if unit.get("dapils") else {}
    norms = CatalogueRepo(ctx.conn).norms(event_id)
    lines = []
    for code, item in CatalogueRepo(ctx.conn).as_mapping().items():
        if code not in norms:
            continue
        norm = _norm(norms[code])
        for etype in (types if item["per_type"] else [None]):
            if norm.types and etype not in norm.types:
                continue
            quantity = expected_quantity(norm, election_type=etype, dpt=[t["dpt"] for t in tps],
                                         kecamatan_count=kecamatan, reserve_pct=event["ballot_reserve_pct"],
                                         rounding=event["reserve_rounding"])
            dapil = dapils.get(etype) if item["per_dapil"] and etype in DAPIL_ELECTION_TYPES else None
            lines.append({"item_code": code, "election_type": etype, "dapil": dapil, "expected": quantity})
    return lines
