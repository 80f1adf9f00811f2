"""Plain, frozen inputs of the report renderers (no database rows, no Qt objects).

Every dataclass here is `dataclasses.asdict`-friendly; `to_dict()` gives the same with
dates rendered as ISO strings, ready for JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


class _Dict:
    def to_dict(self) -> dict:
        return _jsonable(dataclasses.asdict(self))


@dataclass(frozen=True)
class Signer(_Dict):
    post: str
    name: str
    nip: str = ""
    # Slot role for visible signatures; empty means "signer1", "signer2", ... by position.
    role: str = ""


@dataclass(frozen=True)
class DocumentMeta(_Dict):
    doc_number: str
    title: str
    unit_name: str
    unit_code: str
    region_code: str
    event_name: str
    generated_at: dt.datetime
    place: str
    sign_date: dt.date
    fingerprint: str = ""
    lang: str = "id"
    signers: tuple[Signer, ...] = ()
    # Letterhead lines, e.g. ("KOMISI PEMILIHAN UMUM", "KABUPATEN KOTAWARINGIN BARAT");
    # empty means "KOMISI PEMILIHAN UMUM" + unit_name in capitals.
    letterhead: tuple[str, ...] = ()
    address: str = ""


# --- 1. Rekap penempatan ASN -------------------------------------------------


@dataclass(frozen=True)
class AsnRow(_Dict):
    name: str
    id_kind: str  # "NIP", "NIPPPK" or "NIK"
    id_number: str
    post: str
    golongan: str = ""
    origin_agency: str = ""
    proposing_decree_no: str = ""  # SK Bupati / Kepala Desa
    proposing_decree_date: dt.date | None = None
    kpu_decree_no: str = ""
    kpu_decree_date: dt.date | None = None
    tmt: dt.date | None = None
    status: str = ""


@dataclass(frozen=True)
class AsnGroup(_Dict):
    """A node of the regency -> kecamatan -> desa tree; its subtotal counts all descendants."""

    level: str  # "kabupaten", "kecamatan" or "desa"
    code: str
    name: str
    rows: tuple[AsnRow, ...] = ()
    children: tuple["AsnGroup", ...] = ()


@dataclass(frozen=True)
class UnfilledPost(_Dict):
    unit_code: str
    unit_name: str
    post: str
    note: str = ""


@dataclass(frozen=True)
class AsnRecap(_Dict):
    groups: tuple[AsnGroup, ...]
    unfilled: tuple[UnfilledPost, ...] = ()
    # NIP is shown in full (official document); NIK of non-ASN staff is masked by default.
    mask_nik: bool = True
    mask_nip: bool = False


# --- 2. Daftar dukungan sarana dan prasarana --------------------------------


@dataclass(frozen=True)
class FacilityRow(_Dict):
    unit_code: str
    unit_name: str
    category: str
    description: str
    quantity: int
    unit: str
    condition: str
    owner: str
    registration_no: str = ""
    basis: str = ""  # pinjam pakai, BAST, surat camat/kades, sewa
    agreement_no: str = ""
    agreement_date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    returned_on: dt.date | None = None
    return_bast_no: str = ""


@dataclass(frozen=True)
class ChecklistItem(_Dict):
    label: str
    ok: bool | None  # None: not checked yet


@dataclass(frozen=True)
class WarehouseChecklist(_Dict):
    unit_code: str
    unit_name: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class FacilityRegister(_Dict):
    rows: tuple[FacilityRow, ...]
    checklists: tuple[WarehouseChecklist, ...] = ()


# --- 3. Berita acara serah terima logistik ----------------------------------


@dataclass(frozen=True)
class Party(_Dict):
    name: str
    post: str
    institution: str = ""
    nip: str = ""
    unit_code: str = ""
    tps: str = ""


@dataclass(frozen=True)
class BastLine(_Dict):
    item: str
    election_type: str
    dapil: str
    unit: str
    expected: int
    received: int
    good: int
    damaged: int
    short: int
    excess: int
    note: str = ""


@dataclass(frozen=True)
class Bast(_Dict):
    date: dt.date
    place: str
    giver: Party
    receiver: Party
    lines: tuple[BastLine, ...]
    witnesses: tuple[Party, ...] = ()
    time: str = ""  # "10.00"
    timezone: str = "WIB"
    references: tuple[str, ...] = ()  # surat jalan, contract, ...
    copies: int = 2


# --- 4. Rekap logistik ---------------------------------------------------------


@dataclass(frozen=True)
class LogisticsRow(_Dict):
    unit_code: str
    unit_name: str
    item: str
    election_type: str
    expected: int
    received: int
    good: int
    damaged: int
    short: int
    excess: int


@dataclass(frozen=True)
class LogisticsRecap(_Dict):
    rows: tuple[LogisticsRow, ...]


# --- 5. Laporan ringkas ------------------------------------------------------------


@dataclass(frozen=True)
class PlacementTotal(_Dict):
    unit_kind: str  # "Sekretariat KPU Kab", "PPK", "PPS"
    units: int
    expected_posts: int
    filled_posts: int


@dataclass(frozen=True)
class FacilityTotal(_Dict):
    category: str
    quantity: int
    units_served: int
    good: int = 0
    damaged: int = 0


@dataclass(frozen=True)
class LogisticsTotal(_Dict):
    election_type: str
    expected: int
    received: int
    damaged: int
    short: int
    excess: int


@dataclass(frozen=True)
class FacilityGap(_Dict):
    unit_code: str
    unit_name: str
    kind: str  # "no_office", "no_warehouse" or "checklist"
    detail: str = ""


@dataclass(frozen=True)
class LogisticsIssue(_Dict):
    unit_code: str
    unit_name: str
    item: str
    expected: int
    received: int
    damaged: int
    short: int
    excess: int
    note: str = ""


@dataclass(frozen=True)
class Summary(_Dict):
    placements: tuple[PlacementTotal, ...] = ()
    facilities: tuple[FacilityTotal, ...] = ()
    logistics: tuple[LogisticsTotal, ...] = ()
    unfilled: tuple[UnfilledPost, ...] = ()
    facility_gaps: tuple[FacilityGap, ...] = ()
    logistics_issues: tuple[LogisticsIssue, ...] = ()
    notes: tuple[str, ...] = field(default=())
