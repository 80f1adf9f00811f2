"""Regions offered when a data folder is set up, and the data fingerprint shown to users."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.seed import read_csv
from ..sync.fingerprint import data_fingerprint, short_fingerprint
from .context import AppContext
from .roles import Permission

KIND_BY_LEVEL = {"provinsi": "kpu-prov", "kabupaten": "kpu-kab", "kota": "kpu-kab", "kecamatan": "ppk"}


@dataclass(frozen=True)
class SetupRegion:
    code: str
    name: str
    level: str
    unit_kind: str
    parent_code: str | None


def setup_regions() -> list[SetupRegion]:
    """The shipped Kalteng region list, at the levels a secretariat can be set up for."""
    out = []
    for row in read_csv("wilayah_kalteng.csv"):
        kind = KIND_BY_LEVEL.get(row["tingkat"])
        if kind:
            out.append(SetupRegion(row["kode"], row["nama"], row["tingkat"], kind, row["induk"] or None))
    return out


def short_data_fingerprint(ctx: AppContext) -> str:
    """`3F2A-91C0-7D14`: equal on every installation holding the same shared records."""
    ctx.require(Permission.VIEW)
    return short_fingerprint(data_fingerprint(ctx.conn))
