"""Reads behind the Unit & Wilayah screen: TPS of one unit."""

from __future__ import annotations

from ..storage.repos.units import UnitRepo
from .context import AppContext
from .roles import Permission


def tps_of(ctx: AppContext, unit_id: str) -> list[dict]:
    """The polling stations of one PPS, by number, with their DPT."""
    ctx.require(Permission.VIEW)
    return [{"number": r["number"], "dpt": r["dpt"], "address": r["address"]} for r in UnitRepo(ctx.conn).tps(unit_id)]
