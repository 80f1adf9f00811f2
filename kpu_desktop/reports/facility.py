"""Daftar Dukungan Sarana dan Prasarana: items grouped by receiving unit, then warehouse checklists."""

from __future__ import annotations

from itertools import groupby

from reportlab.platypus import KeepTogether, LongTable, Spacer, Table

from ..domain.formatting import format_date_long, format_number
from .common import (ALERT_FILL, BOLD, GROUP_FILL, LANDSCAPE, RenderContext, RenderedDocument, build,
                     escape, grid_style, info_table, letterhead, p, plain_style, pm, section,
                     title_block, widths)
from .model import DocumentMeta, FacilityRegister, FacilityRow, WarehouseChecklist
from .signature import signature_block

_WEIGHTS = (18, 62, 125, 48, 48, 90, 82, 112, 82, 82)
_MARKS = {True: "✓", False: "✗", None: "–"}
CHECKLIST_COLUMNS = 6


def _date(value, lang: str) -> str:
    return format_date_long(value, lang) if value else ""


def _lines(*parts: str) -> str:
    return "<br/>".join(escape(x) for x in parts if x) or "–"


def _row(n: int, r: FacilityRow, lang: str) -> list:
    period = " –<br/>".join(escape(x) for x in (_date(r.start, lang), _date(r.end, lang)) if x)
    return [
        str(n), p(r.category), p(r.description),
        p(f"{format_number(r.quantity, lang)} {r.unit}"), p(r.condition), p(r.owner),
        p(r.registration_no or "–"),
        pm(_lines(r.basis, r.agreement_no, _date(r.agreement_date, lang))),
        pm(period or "–"),
        pm(_lines(_date(r.returned_on, lang), r.return_bast_no)),
    ]


def register_table(ctx: RenderContext, data: FacilityRegister) -> LongTable:
    rows: list[list] = [[p(h, "head") for h in ctx.t["fac_cols"]]]
    style = grid_style() + [("ALIGN", (0, 1), (0, -1), "RIGHT")]
    ordered = sorted(data.rows, key=lambda r: r.unit_code)
    n = 0
    for (code, name), items in groupby(ordered, key=lambda r: (r.unit_code, r.unit_name)):
        banner = len(rows)
        rows.append([f"{name} ({code})"] + [""] * 9)
        style += [("SPAN", (0, banner), (-1, banner)), ("FONTNAME", (0, banner), (-1, banner), BOLD),
                  ("BACKGROUND", (0, banner), (-1, banner), GROUP_FILL),
                  ("ALIGN", (0, banner), (-1, banner), "LEFT")]
        for r in items:
            n += 1
            rows.append(_row(n, r, ctx.lang))
    table = LongTable(rows, colWidths=widths(ctx.frame_width, _WEIGHTS), repeatRows=1)
    table.setStyle(plain_style(style))
    return table


def checklist_tables(ctx: RenderContext, lists: tuple[WarehouseChecklist, ...]) -> list:
    """Criteria down, warehouses across (at most CHECKLIST_COLUMNS per table)."""
    criteria: list[str] = []
    for checklist in lists:
        criteria += [i.label for i in checklist.items if i.label not in criteria]
    tables = []
    for start in range(0, len(lists), CHECKLIST_COLUMNS):
        chunk = lists[start:start + CHECKLIST_COLUMNS]
        rows = [[p(ctx.t["criterion"], "head")] + [p(f"{c.unit_name} ({c.unit_code})", "head") for c in chunk]]
        style = grid_style() + [("ALIGN", (1, 1), (-1, -1), "CENTER"), ("FONTSIZE", (1, 1), (-1, -1), 9)]
        for r, label in enumerate(criteria, start=1):
            row = [p(label)]
            for c, checklist in enumerate(chunk, start=1):
                mark = {i.label: i.ok for i in checklist.items}.get(label)
                row.append(_MARKS[mark])
                if mark is False:
                    style += [("BACKGROUND", (c, r), (c, r), ALERT_FILL), ("FONTNAME", (c, r), (c, r), BOLD)]
            rows.append(row)
        first = ctx.frame_width * 0.28
        col = min((ctx.frame_width - first) / len(chunk), 90)
        table = Table(rows, colWidths=[first] + [col] * len(chunk), repeatRows=1, hAlign="LEFT")
        table.setStyle(plain_style(style))
        tables += [table, Spacer(1, 6)]
    return tables


def render_facility_register(meta: DocumentMeta, data: FacilityRegister, *,
                             embedded: dict) -> RenderedDocument:
    def story(ctx: RenderContext) -> list:
        t = ctx.t
        parts = [*letterhead(ctx), *title_block(ctx, subtitle=meta.event_name),
                 info_table(ctx, [(t["unit"], f"{meta.unit_name} ({meta.region_code})"),
                                  (t["event"], meta.event_name)]),
                 Spacer(1, 6), register_table(ctx, data)]
        if data.checklists:
            tables = checklist_tables(ctx, data.checklists)
            parts += [KeepTogether([section(t["checklist_title"]), tables[0]]), *tables[1:],
                      p(t["legend"], "small")]
        parts.append(signature_block(ctx))
        return parts

    return build(meta, embedded, story, pagesize=LANDSCAPE)
