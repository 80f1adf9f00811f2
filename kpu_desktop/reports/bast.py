"""Berita Acara Serah Terima (BAST) Logistik: one handover between two parties, witnessed."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from ..domain.formatting import MONTHS_ID, format_date_long, format_date_short
from ..domain.messages import value_label
from .common import (PORTRAIT, RenderContext, RenderedDocument, build, escape, grid_style, letterhead,
                     p, plain_style, pm, title_block, widths)
from .i18n import number_words, terbilang, weekday
from .logistics import RECAP_FLAG_COLUMNS, discrepancy_commands, numbers
from .model import Bast, DocumentMeta, Party
from .signature import SignBox, signature_block

# Points on the A4 portrait frame: a dapil (KOTAWARINGIN), a unit (eksemplar) and each title stay whole.
_WEIGHTS = (16, 80, 46, 66, 44, 46, 38, 36, 28, 32, 28, 33)


def _opening(ctx: RenderContext, bast: Bast) -> str:
    t, lang, d = ctx.t, ctx.lang, bast.date
    time = t["at_time"].format(time=bast.time, tz=bast.timezone) if bast.time else ""
    if lang == "en":
        return t["bast_opening"].format(weekday=weekday(d, lang), date=format_date_long(d, lang),
                                        time=time, place=bast.place)
    return t["bast_opening"].format(
        weekday=weekday(d, lang), day_words=terbilang(d.day).title(), month=MONTHS_ID[d.month - 1],
        year_words=terbilang(d.year).title(), date=format_date_short(d), time=time, place=bast.place)


def _party_table(ctx: RenderContext, index: int, party: Party, role_text: str) -> Table:
    t = ctx.t
    fields = [(t["name"], party.name), (t["post"], party.post), (t["institution"], party.institution)]
    if party.nip:
        fields.append((t["nip"], party.nip))
    if party.tps:
        fields.append((t["tps"], party.tps))
    rows = [[p(f"{index}." if i == 0 else "", "body"), p(k, "body"), p(":", "body"), p(v, "body")]
            for i, (k, v) in enumerate(fields)]
    rows.append(["", pm(_role_markup(ctx, index, role_text), "body"), "", ""])
    table = Table(rows, colWidths=[8 * mm, 28 * mm, 4 * mm, ctx.frame_width - 40 * mm], hAlign="LEFT")
    table.setStyle(plain_style([("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 0),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _role_markup(ctx: RenderContext, index: int, role_text: str) -> str:
    party_word = ctx.t["first_party"] if index == 1 else ctx.t["second_party"]
    return escape(role_text).replace(party_word, f"<b>{party_word}</b>")


def _lines_table(ctx: RenderContext, bast: Bast) -> Table:
    lang = ctx.lang
    rows: list[list] = [[p(h, "head") for h in ctx.t["bast_cols"]]]
    style = grid_style() + [("ALIGN", (5, 1), (10, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "RIGHT")]
    for n, line in enumerate(bast.lines, start=1):
        figures = (line.expected, line.received, line.good, line.damaged, line.short, line.excess)
        rows.append([str(n), p(line.item), p(value_label(line.election_type, lang) if line.election_type else ""), p(line.dapil), p(line.unit),
                     *numbers(lang, *figures), p(line.note)])
        style += discrepancy_commands(n, RECAP_FLAG_COLUMNS, line.expected, line.received,
                                      line.damaged, line.short, line.excess)
    table = Table(rows, colWidths=widths(ctx.frame_width, _WEIGHTS), repeatRows=1)
    table.setStyle(plain_style(style))
    return table


def _party_box(role: str, heading: str, party: Party) -> SignBox:
    post = f"{party.post}, {party.institution}" if party.institution else party.post
    return SignBox(role, post, party.name, party.nip, heading)


def render_bast(meta: DocumentMeta, data: Bast, *, embedded: dict) -> RenderedDocument:
    """BAST: parties, lines (discrepancies shaded), closing, two party boxes and the witnesses.

    The parties sign here, not `meta.signers`; slot roles are "pihak_pertama", "pihak_kedua",
    "saksi_1", "saksi_2", ...
    """

    def story(ctx: RenderContext) -> list:
        t, lang = ctx.t, ctx.lang
        parts = [*letterhead(ctx), *title_block(ctx, subtitle=meta.event_name),
                 p(_opening(ctx, data), "body_j"), Spacer(1, 4),
                 _party_table(ctx, 1, data.giver, t["first_party_role"]), Spacer(1, 3),
                 _party_table(ctx, 2, data.receiver, t["second_party_role"]), Spacer(1, 6),
                 p(t["bast_handover"].format(event=meta.event_name), "body_j"), Spacer(1, 5),
                 _lines_table(ctx, data), Spacer(1, 6)]
        if data.references:
            parts.append(p(t["references"].format(refs="; ".join(data.references)), "body_j"))
        parts.append(p(t["bast_closing"].format(n=data.copies, n_words=number_words(data.copies, lang)),
                       "body_j"))
        boxes = [_party_box("pihak_pertama", t["first_party"], data.giver),
                 _party_box("pihak_kedua", t["second_party"], data.receiver)]
        witnesses = [_party_box(f"saksi_{i}", t["witness_n"].format(n=i), w)
                     for i, w in enumerate(data.witnesses, start=1)]
        rows = [witnesses[i:i + 3] for i in range(0, len(witnesses), 3)]
        parts.append(signature_block(ctx, boxes, dated=False, extra_rows=rows))
        return parts

    return build(meta, embedded, story, pagesize=PORTRAIT)
