"""Expected logistics quantities from an event's per-TPS norms (kept in data, computed here)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

ROUNDINGS = ("ceil_per_tps", "ceil_total", "round_per_tps")


@dataclass(frozen=True)
class Norm:
    item_code: str
    basis: str                    # per_tps | dpt_reserve | unknown
    qty_per_tps: float | None
    types: tuple[str, ...] = ()   # restricts a per-type norm to some election types
    reserve_per_kecamatan: int = 0


def ballots_for(dpt: Sequence[int], reserve_pct: float, rounding: str = "ceil_per_tps") -> int:
    """Ballots for TPS with the given DPT counts: DPT plus the reserve, rounded as the event says."""
    factor = 1 + reserve_pct / 100
    if rounding == "ceil_total":
        return math.ceil(round(sum(dpt) * factor, 6))
    if rounding == "round_per_tps":
        return sum(int(math.floor(d * factor + 0.5)) for d in dpt)
    # round() first: 100 * 1.02 is 102.00000000000001 in binary floating point.
    return sum(math.ceil(round(d * factor, 6)) for d in dpt)


def expected_quantity(norm: Norm, *, election_type: str | None, dpt: Sequence[int | None],
                      kecamatan_count: int = 0, reserve_pct: float = 0.0,
                      rounding: str = "ceil_per_tps") -> int | None:
    """Quantity one receiver needs of one item (and type); None when the norm is unknown or DPT missing."""
    if norm.types and election_type not in norm.types:
        return 0
    tps_count = len(dpt)
    if norm.basis == "per_tps" and norm.qty_per_tps is not None:
        return int(math.ceil(norm.qty_per_tps * tps_count)) + norm.reserve_per_kecamatan * kecamatan_count
    if norm.basis == "dpt_reserve":
        if any(d is None for d in dpt):
            return None
        return ballots_for([int(d) for d in dpt], reserve_pct, rounding)
    return None
