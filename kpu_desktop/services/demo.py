"""`demo`: realistic sample data for the installation's area, for both 2024 events."""

from __future__ import annotations

import datetime as dt
import json

from ..domain.norms import Norm, expected_quantity
from ..storage.db import transaction

from ..storage.repos.events import CatalogueRepo, EventRepo
from ..storage.repos.units import UnitRepo, tps_id_for
from .asn import AsnService
from .auth import AuthService
from .context import AppContext
from .demo_people import PeopleFactory
from .facility import FacilityService
from .receipt import ReceiptService
from .roles import Permission
from .setup import ensure_unit_chain

DEMO_PASSWORD = "kpu-demo-2024"
PPS_PER_PPK = 5
RIVER_KECAMATAN = ("Arut Utara", "Kotawaringin Lama")
POSTS = ("SEKRETARIS", "STAF_TEKNIS", "STAF_TU")
DECREE_DATE = {"PEMILU_2024": ("2023-01-10", "2023-01-16"), "PILKADA_2024": ("2024-05-10", "2024-05-16")}
RECEIPT_DAY = {"PEMILU_2024": dt.datetime(2024, 2, 5, 9, 0), "PILKADA_2024": dt.datetime(2024, 11, 14, 9, 0)}


class DemoBuilder:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.units = UnitRepo(ctx.conn)
        self.people = PeopleFactory(seed=2024, region=_nik_region(ctx.unit["code"]))
        self.counts = {"unit": 0, "tps": 0, "asn": 0, "facility": 0, "receipt": 0}

    # -- units and TPS ----------------------------------------------------------------------
    def build_units(self) -> None:
        writer = self.ctx.writer()
        scope = self.units.subtree_ids(self.ctx.unit_id)
        ppks = [self.units.get(i) for i in scope if self.units.get(i)["kind"] == "ppk"]
        for ppk in ppks:
            if not self.units.children(ppk["id"]):
                for n, name in enumerate(self.people.desa_names(PPS_PER_PPK), start=1):
                    code = f"{ppk['code']}.{2000 + n}"
                    self.ctx.conn.execute(
                        "INSERT OR IGNORE INTO regions (code, level, name, parent_code, source, sample)"
                        " VALUES (?, 'desa', ?, ?, 'contoh', 1)", (code, name, ppk["code"]))
                    ensure_unit_chain(self.ctx.conn, writer, code)
                    self.counts["unit"] += 1
        for number, ppk in enumerate(ppks, start=1):
            self._set_dapils(writer, ppk, number)
            for pps in self.units.children(ppk["id"]):
                self._set_dapils(writer, pps, number)
                self._add_tps(writer, pps)
        if self.ctx.unit["kind"] == "pps":  # a PPS's own folder: its TPS, under its PPK's dapils
            self._set_dapils(writer, self.ctx.unit, 1)
            self._add_tps(writer, self.units.get(self.ctx.unit_id))

    def _set_dapils(self, writer, unit: dict, number: int) -> None:
        regency = self.units.get(unit["parent_id"]) if unit["kind"] == "ppk" else None
        regency = regency or self.units.get(self.units.get(unit["parent_id"])["parent_id"])
        dapils = {"DPR": "KALIMANTAN TENGAH", "DPRD_PROV": "KALIMANTAN TENGAH 2",
                  "DPRD_KABKOTA": f"{regency['name'].upper()} {1 + (number - 1) // 2}"}
        writer.update("units", unit["id"], {"dapils": json.dumps(dapils, sort_keys=True)})

    def _add_tps(self, writer, pps: dict) -> None:
        rng = self.people.rng
        if self.units.tps(pps["id"]):
            return
        rows = [{"id": tps_id_for(pps["code"], n), "unit_id": pps["id"], "number": n, "dpt": rng.randint(180, 290)}
                for n in range(1, rng.randint(6, 12) + 1)]
        writer.insert_many("tps", rows, owner_unit_id=pps["id"], audit=False)
        self.counts["tps"] += len(rows)

    # -- placements ---------------------------------------------------------------------------
    def build_placements(self, event: dict) -> None:
        service = AsnService(self.ctx)
        units = [self.units.get(i) for i in self.units.subtree_ids(self.ctx.unit_id)]
        decree_date, start = DECREE_DATE.get(event["id"], ("2024-01-02", "2024-01-08"))
        serial = 100
        periods = {kind: EventRepo(self.ctx.conn).work_period(event["id"], kind) for kind in ("ppk", "pps")}
        for unit in [u for u in units if u["kind"] in ("ppk", "pps")]:
            # Placed from the decree's date, or from the day the body's work period begins if that is later
            # (Pilkada PPS sit from 26 May 2024, ten days after the PPK).
            period = periods[unit["kind"]]
            begins = max(start, period[0].isoformat()) if period else start
            for post in POSTS:
                if self._skip_post(unit, post, event):
                    continue
                serial += 1
                asn = not (post == "STAF_TU" and serial % 4 == 0) and not self._non_asn_secretary(unit, post, event)
                person = self.people.person(asn=asn)
                origin = f"Kantor {'Kecamatan' if unit['kind'] == 'ppk' else 'Desa'} {unit['name']}"
                data = dict(person, origin_agency=person.get("origin_agency") if not asn else origin,
                            origin_position="Staf" if post != "SEKRETARIS" else "Kepala Seksi",
                            event_id=event["id"], unit_id=unit["id"], post=post,
                            proposing_decree_no=f"100.3.3.2/{serial}/PEM/{decree_date[:4]}",
                            proposing_decree_date=decree_date,
                            kpu_decree_no=f"{serial}/PP.04.2-Kpt/{unit['code'][:5].replace('.', '')}/{decree_date[:4]}",
                            kpu_decree_date=start, integrity_pact_date=start, start_date=begins)
                prepared = service.prepare(data)
                if prepared.ok:
                    service.write(prepared)
                    self.counts["asn"] += 1

    @staticmethod
    def _skip_post(unit: dict, post: str, event: dict) -> bool:
        # Leave one PPS secretariat short of its TU staff in the Pilkada: the dashboard should show it.
        return event["id"] == "PILKADA_2024" and unit["kind"] == "pps" and unit["code"].endswith(".2003") \
            and post == "STAF_TU" and unit["code"].split(".")[2] in ("01", "04")

    @staticmethod
    def _non_asn_secretary(unit: dict, post: str, event: dict) -> bool:
        return event["id"] == "PILKADA_2024" and unit["kind"] == "ppk" and post == "SEKRETARIS" \
            and unit["name"] == "Arut Utara"

    # -- facilities ---------------------------------------------------------------------------
    def build_facilities(self) -> None:
        service = FacilityService(self.ctx)
        for unit in [self.units.get(i) for i in self.units.subtree_ids(self.ctx.unit_id)]:
            for data in self._facilities_for(unit):
                record, issues = service.prepare(data)
                if not [i for i in issues if i.is_error]:
                    service.write(record, issues)
                    self.counts["facility"] += 1

    def _facilities_for(self, unit: dict) -> list[dict]:
        rng, name = self.people.rng, unit["name"]
        if unit["kind"] == "pps":
            if unit["id"] == self.ctx.unit_id or rng.random() < 0.7:  # a PPS's own folder always has its office
                return [{"unit_id": unit["id"], "category": "RUANG_KANTOR", "description": f"Ruang kantor Desa {name}",
                         "quantity": 1, "measure_unit": "ruang", "condition": "BAIK", "basis": "SURAT",
                         "owner_name": f"Pemerintah Desa {name}", "agreement_no": f"140/{rng.randint(10, 99)}/DS/2024",
                         "agreement_date": "2024-05-20", "start_date": "2024-05-26", "location_code": unit["code"]}]
            return []
        if unit["kind"] != "ppk":
            return []
        checklist = {key: rng.random() > 0.2 for key in ("bebas_banjir", "listrik", "cctv", "pagar_aman",
                                                          "bangunan_kokoh", "ventilasi", "palet", "akses_transportasi",
                                                          "apar", "anti_rayap_tikus", "penjaga")}
        base = {"unit_id": unit["id"], "owner_name": f"Kecamatan {name}", "location_code": unit["code"],
                "basis": "PINJAM_PAKAI", "agreement_date": "2023-01-05", "start_date": "2023-01-05",
                "end_date": "2025-01-31", "condition": "BAIK", "quantity": 1}
        items = [dict(base, category="RUANG_KANTOR", description=f"Ruang Sekretariat PPK di Kantor Camat {name}",
                      measure_unit="ruang", agreement_no=f"030/{rng.randint(100, 199)}/PP/2023"),
                 dict(base, category="GUDANG", description=f"Gudang logistik Kecamatan {name}", measure_unit="unit",
                      agreement_no=f"030/{rng.randint(200, 299)}/PP/2023", checklist=checklist),
                 dict(base, category="KENDARAAN_RODA2", description="Sepeda motor dinas", measure_unit="unit",
                      registration_no=f"KH {rng.randint(1000, 6999)} K{rng.choice('ABCDE')}",
                      agreement_no=f"030/{rng.randint(300, 399)}/PP/2023", condition="RUSAK_RINGAN")]
        if name in RIVER_KECAMATAN:
            items.append(dict(base, category="PERAHU", description="Speedboat 40 PK untuk distribusi logistik",
                              measure_unit="unit", registration_no=f"GT.{rng.randint(3, 7)} No. {rng.randint(100, 999)}",
                              agreement_no=f"030/{rng.randint(400, 499)}/PP/2023"))
        return items

    # -- receipts -----------------------------------------------------------------------------
    def build_receipts(self, event: dict) -> None:
        service = ReceiptService(self.ctx)
        ppks = [self.units.get(i) for i in self.units.subtree_ids(self.ctx.unit_id)
                if self.units.get(i)["kind"] == "ppk"]
        batch = []
        # Each handover comes from the unit above the receiver: the regency to a PPK, a PPK to its PPS.
        for n, ppk in enumerate(ppks, start=1):
            batch.append(self._receipt(service, event, self.units.get(ppk["parent_id"]), ppk, n,
                                       kecamatan_reserve=True))
            for m, pps in enumerate(self.units.children(ppk["id"]), start=1):
                if m <= 3:
                    batch.append(self._receipt(service, event, ppk, pps, n * 100 + m, kecamatan_reserve=False))
        if self.ctx.unit["kind"] == "pps":
            pps = self.units.get(self.ctx.unit_id)
            batch.append(self._receipt(service, event, self.units.get(pps["parent_id"]), pps, 101,
                                       kecamatan_reserve=False))
        good = [p for p in batch if p.ok]
        service.write_new(good)
        self.counts["receipt"] += len(good)

    def _receipt(self, service, event, giver, receiver, n, *, kecamatan_reserve: bool):
        norms = CatalogueRepo(self.ctx.conn).norms(event["id"])
        catalogue = CatalogueRepo(self.ctx.conn).as_mapping()
        dapils = json.loads(receiver["dapils"] or "{}")
        region_kind = "kota" if int(receiver["code"].split(".")[1]) >= 71 else "kabupaten"
        types = [t["code"] for t in EventRepo(self.ctx.conn).types(event["id"], region_kind=region_kind)]
        dpt = [t["dpt"] for t in self.units.tps_under(receiver["id"])]
        lines = []
        for code, item in catalogue.items():
            norm_row = norms.get(code)
            if not norm_row or norm_row["basis"] == "unknown":
                continue
            norm = Norm(code, norm_row["basis"], norm_row["qty_per_tps"],
                        tuple((norm_row["types"] or "").split()), norm_row["reserve_per_kecamatan"])
            for etype in (types if item["per_type"] else [None]):
                qty = expected_quantity(norm, election_type=etype, dpt=dpt,
                                        kecamatan_count=1 if kecamatan_reserve else 0,
                                        reserve_pct=event["ballot_reserve_pct"], rounding=event["reserve_rounding"])
                if not qty:
                    continue
                dapil = dapils.get(etype) if item["per_dapil"] and etype in dapils else None
                lines.append({"item_code": code, "election_type": etype, "dapil": dapil, "expected": qty,
                              "received": qty, "damaged": 0})
        self._discrepancy(lines, n, dapils)
        when = RECEIPT_DAY[event["id"]] + dt.timedelta(days=(n % 7) + (0 if kecamatan_reserve else 3))
        river = receiver["name"] in RIVER_KECAMATAN
        header = {"number": f"{n}/PL.02.1-BA/{giver['code'].replace('.', '')}/{when.year}",
                  "received_at": when, "place": f"Kantor {'Camat' if receiver['kind'] == 'ppk' else 'Desa'} "
                                                f"{receiver['name']}",
                  "event_id": event["id"], "giver_name": "Rahmat Hidayat, S.E.", "giver_post": "Kepala Subbagian",
                  "giver_institution": _institution(giver), "receiver_name": "Sekretaris", "receiver_post":
                  "Sekretaris", "receiver_institution": _institution(receiver), "receiver_unit_id": receiver["id"],
                  "witnesses": "Panwascam\nPolsek", "transport_mode": "SUNGAI" if river else "DARAT",
                  "planned_dispatch": when - dt.timedelta(days=2), "actual_dispatch": when - dt.timedelta(days=2),
                  "planned_arrival": when - dt.timedelta(days=1 if river else 0),
                  "actual_arrival": when}
        return service.prepare(header, lines)

    @staticmethod
    def _discrepancy(lines: list[dict], n: int, dapils: dict) -> None:
        """A few handovers go wrong, each in its own way; most are complete. `n` numbers the receipt: a
        PPK's by its place (1-6), a PPS's by its PPK's place times 100 plus its own (101-603)."""
        if not lines:
            return
        kind = DISCREPANCIES.get(n, 0)
        ballots = [ln for ln in lines if ln["item_code"] == "SURAT_SUARA"]
        if kind == 1 and ballots:
            ballots[0]["damaged"] = 3
        elif kind == 2:
            ink = next((ln for ln in lines if ln["item_code"] == "TINTA"), lines[0])
            ink["received"] = ink["expected"] - 2
        elif kind == 3:
            booths = next((ln for ln in lines if ln["item_code"] == "BILIK_SUARA"), lines[0])
            booths["received"] = booths["expected"] + 1
        elif kind == 4:
            wrong = next((ln for ln in ballots if ln.get("dapil") and ln["election_type"] == "DPRD_KABKOTA"), None)
            if wrong:
                wrong["dapil"] = wrong["dapil"][:-1] + ("2" if wrong["dapil"].endswith("1") else "1")


# Receipt number -> what went wrong: 1 damaged ballots, 2 ink short, 3 a booth too many, 4 ballots of another
# dapil. About a quarter of a regency's receipts; a PPS's own demo folder has one (101).
DISCREPANCIES = {1: 1, 3: 2, 101: 3, 203: 1, 402: 4, 502: 2}


def _institution(unit: dict) -> str:
    return {"kpu-kab": "KPU Kabupaten ", "kpu-prov": "KPU Provinsi ", "ppk": "PPK ", "pps": "PPS "}[unit["kind"]] \
        + unit["name"]


def _nik_region(code: str) -> str:
    """The 6-digit kecamatan part of invented NIKs: the unit's own kecamatan, else one in its area."""
    parts = code.split(".")
    return parts[0] + (parts[1] if len(parts) > 1 else "01") + (parts[2] if len(parts) > 2 else "02")


# The demo folder's admin is its secretary: documents made there are signed in a name, with a NIP.
DEMO_ADMIN_NAME, DEMO_ADMIN_NIP = "Drs. Ahmad Fauzi, M.Si.", "196805121994031005"


def name_demo_admin(ctx: AppContext, username: str) -> None:
    """Give the admin a demo folder was made with the demo secretary's name and NIP."""
    AuthService(ctx).set_profile(username, full_name=DEMO_ADMIN_NAME, nip=DEMO_ADMIN_NIP)


def fill_demo(ctx: AppContext) -> dict[str, int]:
    """Add sample records; a second run adds nothing."""
    ctx.require(Permission.EDIT_RECORDS)
    if ctx.conn.execute("SELECT COUNT(*) FROM placements").fetchone()[0]:
        return {"unit": 0, "tps": 0, "asn": 0, "facility": 0, "receipt": 0}
    builder = DemoBuilder(ctx)
    with transaction(ctx.conn):
        builder.build_units()
        builder.build_facilities()
        for event in EventRepo(ctx.conn).all():
            builder.build_placements(event)
            builder.build_receipts(event)
    return builder.counts



