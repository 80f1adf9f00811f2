"""Rekap Penempatan ASN: regency -> kecamatan -> desa groups with subtotals, then unfilled posts."""

from __future__ import annotations

from reportlab.platypus import LongTable, Spacer, Table

from ..domain.formatting import format_date_long
from .common import (BOLD, GROUP_FILL, LANDSCAPE, RenderContext, RenderedDocument, build, escape,
                     grid_style, info_table, letterhead, p, plain_style, pm, section, title_block,
                     widths)
from .signature import signature_block
from .model import AsnGroup, AsnRecap, AsnRow, DocumentMeta, UnfilledPost

_WEIGHTS = (20, 92, 104, 80, 28, 82, 110, 110, 74, 40)


def format_id(row: AsnRow, recap: AsnRecap) -> str:
    """NIP as `19860926 201505 1 001` (in full unless asked); NIK masked by default."""
    number = row.id_number.replace(" ", "")
    if row.id_kind == "NIP" and len(number) == 18 and number.isdigit():
        if recap.mask_nip:
            return f"{number[:4]}**** ****** * {number[-3:]}"
        return f"{number[:8]} {number[8:14]} {number[14]} {number[15:]}"
    if row.id_kind == "NIK" and recap.mask_nik and len(number) == 16:
        return f"{number[:6]}******{number[-4:]}"
    return number


def _decree(number: str, date, lang: str):
    if not number and date is None:
        return p("–")
    return pm(f"{escape(number)}<br/>{format_date_long(date, lang)}")


def _count(group: AsnGroup) -> int:
    return len(group.rows) + sum(_count(child) for child in group.children)


class _Builder:
    def __init__(self, ctx: RenderContext, recap: AsnRecap):
        self.ctx, self.recap = ctx, recap
        self.rows: list[list] = [[p(h, "head") for h in ctx.t["asn_cols"]]]
        self.style = grid_style() + [("ALIGN", (0, 1), (0, -1), "RIGHT")]
        self.number = 0

    def group(self, group: AsnGroup, depth: int) -> None:
        t, lang = self.ctx.t, self.ctx.lang
        level = t.get(f"level_{group.level}", group.level.upper())
        self._banner(f"{level} {group.name.upper()} ({group.code})", depth, GROUP_FILL)
        for row in group.rows:
            self.number += 1
            self.rows.append([
                str(self.number), p(row.name), p(format_id(row, self.recap)), p(row.post),
                p(row.golongan), p(row.origin_agency),
                _decree(row.proposing_decree_no, row.proposing_decree_date, lang),
                _decree(row.kpu_decree_no, row.kpu_decree_date, lang),
                p(format_date_long(row.tmt, lang) if row.tmt else "–"), p(row.status),
            ])
        for child in group.children:
            self.group(child, depth + 1)
        total = t["subtotal"].format(name=group.name) + ": " + t["persons"].format(n=_count(group))
        self._banner(total, depth, None, align="RIGHT")

    def _banner(self, text: str, depth: int, fill, align: str = "LEFT") -> None:
        row = len(self.rows)
        self.rows.append([text] + [""] * 9)
        self.style += [("SPAN", (0, row), (-1, row)), ("FONTNAME", (0, row), (-1, row), BOLD),
                       ("ALIGN", (0, row), (-1, row), align),
                       ("LEFTPADDING", (0, row), (-1, row), 3 + 8 * depth)]
        if fill is not None:
            self.style.append(("BACKGROUND", (0, row), (-1, row), fill))

    def table(self) -> LongTable:
        table = LongTable(self.rows, colWidths=widths(self.ctx.frame_width, _WEIGHTS), repeatRows=1)
        table.setStyle(plain_style(self.style))
        return table


def unfilled_table(ctx: RenderContext, posts: tuple[UnfilledPost, ...], weights=(20, 70, 200, 160, 200)):
    if not posts:
        return p(ctx.t["none"], "body")
    rows = [[p(h, "head") for h in ctx.t["unfilled_cols"]]]
    rows += [[str(i), p(u.unit_code), p(u.unit_name), p(u.post), p(u.note)]
             for i, u in enumerate(posts, start=1)]
    table = Table(rows, colWidths=widths(ctx.frame_width, weights), repeatRows=1)
    table.setStyle(plain_style(grid_style() + [("ALIGN", (0, 1), (0, -1), "RIGHT")]))
    return table


def render_asn_recap(meta: DocumentMeta, data: AsnRecap, *, embedded: dict) -> RenderedDocument:
    def story(ctx: RenderContext) -> list:
        t = ctx.t
        builder = _Builder(ctx, data)
        for group in data.groups:
            builder.group(group, 0)
        return [*letterhead(ctx), *title_block(ctx, subtitle=meta.event_name),
                info_table(ctx, [(t["unit"], f"{meta.unit_name} ({meta.region_code})"),
                                 (t["event"], meta.event_name)]),
                Spacer(1, 6), builder.table(),
                section(t["unfilled_title"]), unfilled_table(ctx, data.unfilled),
                signature_block(ctx)]

    return build(meta, embedded, story, pagesize=LANDSCAPE)
