"""Province-scale data: 14 regencies, 136 PPK, 1,571 PPS, 7,830 TPS, every secretariat staffed, ~20 receipt
lines per TPS per event. Written through RecordWriter (the product's own write path) in one transaction.

    python benchmarks/generate.py OUT_DIR [--scale 1.0]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from common import new_context

PPS_TOTAL, TPS_TOTAL = 1571, 7830
ITEMS = ("KOTAK_SUARA", "BILIK_SUARA", "SURAT_SUARA", "TINTA", "SEGEL", "SEGEL_PLASTIK", "ALAT_COBLOS", "SAMPUL",
         "TANDA_PENGENAL", "ATK_KPPS", "KANTONG_PLASTIK", "FORMULIR", "STIKER_KOTAK", "TALI_PENGIKAT",
         "ALAT_BANTU_TUNANETRA", "DAFTAR_CALON", "SALINAN_DPT")
PER_TYPE = {"KOTAK_SUARA", "SURAT_SUARA", "SAMPUL", "FORMULIR", "STIKER_KOTAK", "ALAT_BANTU_TUNANETRA",
            "DAFTAR_CALON"}


def build_units(ctx, rng: random.Random, scale: float) -> list[dict]:
    """PPS units under the seeded PPK, and their TPS; returns the PPS rows with their TPS."""
    from kpu_desktop.storage.repos.units import tps_id_for, unit_id_for

    writer = ctx.writer()
    ppks = ctx.conn.execute("SELECT id, code FROM units WHERE kind = 'ppk' ORDER BY code").fetchall()
    pps_count, tps_count = int(PPS_TOTAL * scale), int(TPS_TOTAL * scale)
    regions, units, tps = [], [], []
    for n in range(pps_count):
        ppk_id, ppk_code = ppks[n % len(ppks)]
        code = f"{ppk_code}.{2001 + n // len(ppks)}"
        regions.append((code, "desa", f"Desa {n + 1}", ppk_code, "bench", 1))
        units.append({"id": unit_id_for(code), "code": code, "kind": "pps", "name": f"Desa {n + 1}",
                      "parent_id": ppk_id, "region_code": code, "sample": 1})
    ctx.conn.executemany("INSERT INTO regions (code, level, name, parent_code, source, sample) VALUES (?,?,?,?,?,?)",
                         regions)
    writer.insert_many("units", units, owner_unit_id=None, audit=False)
    for n in range(tps_count):
        unit = units[n % len(units)]
        number = n // len(units) + 1
        tps.append({"id": tps_id_for(unit["code"], number), "unit_id": unit["id"], "number": number,
                    "dpt": rng.randint(150, 300), "owner_unit_id": unit["id"]})
    writer.insert_many("tps", tps, owner_unit_id=None, audit=False)
    return units


def build_people(ctx, units: list[dict]) -> int:
    from kpu_desktop.services.demo_people import PeopleFactory
    from kpu_desktop.storage.records import stable_id

    factory = PeopleFactory(seed=62)
    writer = ctx.writer()
    ppks = [{"id": r[0], "kind": "ppk"} for r in ctx.conn.execute("SELECT id FROM units WHERE kind = 'ppk'")]
    persons, placements = [], []
    for event, start in (("PEMILU_2024", "2023-01-16"), ("PILKADA_2024", "2024-05-26")):
        for unit in ppks + units:
            for post in ("SEKRETARIS", "STAF_TEKNIS", "STAF_TU"):
                person = factory.person(asn=True)
                person_id = stable_id("person", "nip", person["nip"])
                persons.append(dict(person, id=person_id, owner_unit_id=unit["id"]))
                placements.append({"person_id": person_id, "event_id": event, "unit_id": unit["id"], "post": post,
                                   "start_date": start, "status": "ACTIVE", "kpu_decree_no": f"{len(placements)}/PP",
                                   "owner_unit_id": unit["id"]})
    writer.insert_many("persons", persons, owner_unit_id=None, audit=False)
    writer.insert_many("placements", placements, owner_unit_id=None, audit=False)
    return len(placements)


def build_receipts(ctx, rng: random.Random, lines_per_tps: int = 20) -> int:
    """One PPS -> KPPS handover per TPS per event, about 20 lines each."""
    from kpu_desktop.storage.records import new_id

    writer = ctx.writer()
    rows = ctx.conn.execute("SELECT t.number, t.dpt, u.id, u.code FROM tps t JOIN units u ON u.id = t.unit_id").fetchall()
    total = 0
    for event, types in (("PEMILU_2024", ("PPWP", "DPR", "DPD", "DPRD_PROV", "DPRD_KABKOTA")),
                         ("PILKADA_2024", ("PILGUB", "PILBUP"))):
        receipts, lines = [], []
        for number, dpt, unit_id, code in rows:
            receipt_id = new_id()
            receipts.append({"id": receipt_id, "number": f"{number}/PL.02.1-BA/{code}/{event[-4:]}",
                             "received_at": "2024-02-10T09:00" if event.startswith("PEMILU") else "2024-11-25T09:00",
                             "event_id": event, "giver_name": "Sekretaris PPS", "receiver_name": f"KPPS TPS {number}",
                             "receiver_unit_id": unit_id, "tps_number": number, "owner_unit_id": unit_id})
            for n in range(lines_per_tps):
                item = ITEMS[n % len(ITEMS)]
                etype = types[n % len(types)] if item in PER_TYPE else None
                expected = dpt if item == "SURAT_SUARA" else 4
                damaged = 1 if rng.random() < 0.02 else 0
                lines.append({"id": new_id(), "receipt_id": receipt_id, "line_no": n + 1, "item_code": item,
                              "election_type": etype, "dapil": None, "expected": expected, "received": expected,
                              "good": expected - damaged, "damaged": damaged, "short": 0, "excess": 0,
                              "owner_unit_id": unit_id})
        writer.insert_many("receipts", receipts, owner_unit_id=None, audit=False)
        writer.insert_many("receipt_lines", lines, owner_unit_id=None, audit=False)
        total += len(lines)
    return total


def generate(folder: Path, scale: float = 1.0, *, receipts: bool = True):
    """Initialise a provincial data folder at `folder` and fill it; returns the open context."""
    from kpu_desktop.storage.db import transaction

    rng = random.Random(2024)
    ctx = new_context(folder, unit_code="62", unit_kind="kpu-prov")
    with transaction(ctx.conn):
        units = build_units(ctx, rng, scale)
        placements = build_people(ctx, units)
        lines = build_receipts(ctx, rng) if receipts else 0
    return ctx, {"pps": len(units), "placements": placements, "receipt_lines": lines}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    start = time.perf_counter()
    ctx, counts = generate(args.out, args.scale)
    ctx.close()
    print(f"generated {counts} in {time.perf_counter() - start:.1f} s into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
