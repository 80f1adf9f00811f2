"""Laporan Ringkas for KPU Provinsi: totals of the three record kinds and the open problems."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer, Table

from .asn import unfilled_table
from .common import (BOLD, HEADER_FILL, PORTRAIT, RenderContext, RenderedDocument, build, grid_style,
                     letterhead, p, plain_style, section, title_block, widths)
from .logistics import discrepancy_commands, numbers
from .model import DocumentMeta, Summary
from .signature import signature_block


def _table(ctx: RenderContext, head, body: list[list], weights, *, total: list | None = None,
           extra: list = ()) -> Table:
    rows = [[p(h, "head") for h in head]] + body
    style = grid_style() + [("ALIGN", (1, 1), (-1, -1), "RIGHT")] + list(extra)
    if total is not None:
        rows.append(total)
        last = len(rows) - 1
        style += [("FONTNAME", (0, last), (-1, last), BOLD), ("BACKGROUND", (0, last), (-1, last), HEADER_FILL)]
    table = Table(rows, colWidths=widths(ctx.frame_width, weights), repeatRows=1)
    table.setStyle(plain_style(style))
    return table


def _sum(items, attr: str) -> int:
    return sum(getattr(i, attr) for i in items)


def _placements(ctx, data: Summary):
    lang = ctx.lang
    body = [[x.unit_kind, *numbers(lang, x.units, x.expected_posts, x.filled_posts,
                                   x.expected_posts - x.filled_posts)] for x in data.placements]
    xs = data.placements
    total = [ctx.t["total"], *numbers(lang, _sum(xs, "units"), _sum(xs, "expected_posts"),
                                      _sum(xs, "filled_posts"),
                                      _sum(xs, "expected_posts") - _sum(xs, "filled_posts"))]
    return _table(ctx, ctx.t["sum_place_cols"], body, (150, 60, 60, 60, 60), total=total)


def _facilities(ctx, data: Summary):
    lang = ctx.lang
    body = [[x.category, *numbers(lang, x.quantity, x.units_served, x.good, x.damaged)]
            for x in data.facilities]
    return _table(ctx, ctx.t["sum_fac_cols"], body, (150, 60, 60, 60, 60))


def _logistics(ctx, data: Summary):
    lang, xs = ctx.lang, data.logistics
    body, extra = [], []
    for r, x in enumerate(xs, start=1):
        body.append([x.election_type, *numbers(lang, x.expected, x.received, x.damaged, x.short, x.excess)])
        extra += discrepancy_commands(r, (2, 3, 4, 5), x.expected, x.received, x.damaged, x.short, x.excess)
    keys = ("expected", "received", "damaged", "short", "excess")
    total = [ctx.t["total"], *numbers(lang, *(_sum(xs, k) for k in keys))]
    return _table(ctx, ctx.t["sum_log_cols"], body, (150, 55, 55, 50, 50, 50), total=total, extra=extra)


def _gaps(ctx, data: Summary):
    if not data.facility_gaps:
        return p(ctx.t["none"], "body")
    body = [[str(i), p(g.unit_code), p(g.unit_name), p(ctx.t.get(f"gap_{g.kind}", g.kind)), p(g.detail)]
            for i, g in enumerate(data.facility_gaps, start=1)]
    return _table(ctx, ctx.t["sum_gap_cols"], body, (18, 62, 130, 130, 160),
                  extra=[("ALIGN", (1, 1), (-1, -1), "LEFT"), ("ALIGN", (0, 1), (0, -1), "RIGHT")])


def _issues(ctx, data: Summary):
    if not data.logistics_issues:
        return p(ctx.t["none"], "body")
    lang, body, extra = ctx.lang, [], [("ALIGN", (1, 1), (3, -1), "LEFT"), ("ALIGN", (-1, 1), (-1, -1), "LEFT"),
                                  ("ALIGN", (0, 1), (0, -1), "RIGHT")]
    for r, x in enumerate(data.logistics_issues, start=1):
        body.append([str(r), p(x.unit_code), p(x.unit_name), p(x.item),
                     *numbers(lang, x.expected, x.received, x.damaged, x.short, x.excess), p(x.note)])
        extra += discrepancy_commands(r, (5, 6, 7, 8), x.expected, x.received, x.damaged, x.short,
                                      x.excess)
    return _table(ctx, ctx.t["sum_issue_cols"], body, (16, 46, 80, 80, 46, 46, 34, 38, 34, 73), extra=extra)


def render_summary(meta: DocumentMeta, data: Summary, *, embedded: dict) -> RenderedDocument:
    def story(ctx: RenderContext) -> list:
        t = ctx.t
        parts = [*letterhead(ctx), *title_block(ctx, subtitle=meta.event_name),
                 KeepTogether([section(t["sum_placements"]), _placements(ctx, data)]),
                 KeepTogether([section(t["sum_facilities"]), _facilities(ctx, data)]),
                 KeepTogether([section(t["sum_logistics"]), _logistics(ctx, data)]),
                 section(t["sum_problems"]),
                 KeepTogether([p(t["sum_unfilled"], "sign_b"), Spacer(1, 3),
                               unfilled_table(ctx, data.unfilled, (18, 62, 150, 130, 140))]),
                 Spacer(1, 6),
                 KeepTogether([p(t["sum_gaps"], "sign_b"), Spacer(1, 3), _gaps(ctx, data)]),
                 Spacer(1, 6),
                 KeepTogether([p(t["sum_issues"], "sign_b"), Spacer(1, 3), _issues(ctx, data)])]
        if data.notes:
            parts += [section(t["sum_notes"])] + [p(n, "body_j") for n in data.notes]
        parts.append(signature_block(ctx))
        return parts

    return build(meta, embedded, story, pagesize=PORTRAIT)
