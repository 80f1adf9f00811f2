"""Signature blocks (with recorded slots for visible digital signatures) and the QR code."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from ..domain.formatting import format_date_long
from .common import RenderContext, SignatureSlot, escape, p, plain_style, pm

SLOT_HEIGHT = 17 * mm
SLOT_WIDTH = 52 * mm


class SlotFlowable(Flowable):
    """Blank space for a signature that records where it landed on the page."""

    def __init__(self, ctx: RenderContext, role: str, width: float, height: float = SLOT_HEIGHT):
        super().__init__()
        self._ctx, self._role = ctx, role
        self.width, self.height = width, height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        x1, y1 = canv.absolutePosition(0, 0)
        x2, y2 = canv.absolutePosition(self.width, self.height)
        rect = (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))
        self._ctx.slots.append(SignatureSlot(self._role, canv.getPageNumber() - 1, rect))


@dataclass(frozen=True)
class SignBox:
    """One signer's column: heading lines, then the slot, then name and NIP."""

    role: str
    post: str
    name: str
    nip: str = ""
    heading: str = ""


def qr_payload(doc_number: str, fingerprint: str, data_sha256: str) -> str:
    """Compact JSON read back by verifiers: document number, data fingerprint, SHA-256 of kpu-data.json."""
    return json.dumps({"doc": doc_number, "fp": fingerprint, "sha256": data_sha256},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class QrFlowable(Flowable):
    """QR code drawn straight onto the canvas.

    reportlab's Drawing renderer declares an unembedded Helvetica in the page resources,
    so the modules of `QrCodeWidget`'s encoder are painted here instead.
    """

    BORDER = 2

    def __init__(self, value: str, size: float = 26 * mm):
        super().__init__()
        self.value = value
        self.width = self.height = size
        widget = QrCodeWidget(value, barLevel="M")
        widget.qr.make()
        self._modules = widget.qr.modules

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        count = len(self._modules)
        box = self.width / (count + 2 * self.BORDER)
        canv = self.canv
        canv.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self._modules):
            y = self.height - (r + self.BORDER + 1) * box
            c = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                n = len(list(run))
                if dark:
                    canv.rect((c + self.BORDER) * box, y, n * box, box, stroke=0, fill=1)
                c += n


def verification_box(ctx: RenderContext, width: float) -> Table:
    meta, t = ctx.meta, ctx.t
    sha = ctx.data_sha256
    caption = [p(t["verify"], "small"), p(meta.doc_number, "small"),
               p(f"{t['data_sha']}:", "small"), p(sha[:32], "small"), p(sha[32:], "small")]
    if meta.fingerprint:
        caption.append(p(f"{t['fingerprint']}: {meta.fingerprint}", "small"))
    qr = QrFlowable(qr_payload(meta.doc_number, meta.fingerprint, sha))
    table = Table([[qr, caption]], colWidths=[28 * mm, width - 28 * mm], hAlign="LEFT")
    table.setStyle(plain_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def signer_boxes(ctx: RenderContext) -> list[SignBox]:
    return [SignBox(s.role or f"signer{i}", s.post, s.name, s.nip)
            for i, s in enumerate(ctx.meta.signers, start=1)]


def signature_block(ctx: RenderContext, boxes: list[SignBox] | None = None, *, dated: bool = True,
                    extra_rows: list[list[SignBox]] = ()) -> KeepTogether:
    """Signer columns (place and date above the rightmost), then the QR verification box.

    One signer: the QR sits on the left, the signer on the right, as on letters. Several
    signers: equal columns, QR below. `extra_rows` (witnesses) follow in columns of up to 3.
    Every part of a column sits in its own table row, so slots and names line up across columns.
    """
    boxes = signer_boxes(ctx) if boxes is None else boxes
    full = ctx.frame_width
    parts: list = [Spacer(1, 10)]
    if len(boxes) <= 1:
        right = 75 * mm
        lead = verification_box(ctx, full - right - 8 * mm)
        parts.append(_columns(ctx, boxes, [right], dated, lead=(lead, full - right)))
    else:
        parts.append(_columns(ctx, boxes, [full / len(boxes)] * len(boxes), dated))
    for row in extra_rows:
        parts += [Spacer(1, 6), _columns(ctx, list(row), [full / max(len(row), 2)] * len(row), False)]
    if len(boxes) > 1:
        parts += [Spacer(1, 8), verification_box(ctx, full * 0.6)]
    return KeepTogether(parts)


def _columns(ctx: RenderContext, boxes: list[SignBox], col_widths: list[float], dated: bool,
             lead: tuple | None = None) -> Table:
    meta, t = ctx.meta, ctx.t
    date_line = f"{meta.place}, {format_date_long(meta.sign_date, meta.lang)}"
    rows: list[list] = [[], [], [], [], []]
    for i, (box, width) in enumerate(zip(boxes, col_widths)):
        last = i == len(boxes) - 1
        heading = [p(date_line, "sign")] if dated and last else [p(" ", "sign")] if dated else []
        if box.heading:
            heading.append(p(box.heading, "sign_b"))
        heading.append(p(box.post, "sign"))
        rows[0].append(heading)
        rows[1].append(SlotFlowable(ctx, box.role, min(SLOT_WIDTH, width - 6)))
        rows[2].append(pm(f"<u>{escape(box.name)}</u>", "sign_b") if box.name else "")
        rows[3].append(p(f"{t['nip']}. {box.nip}", "sign") if box.nip else "")
    rows = rows[:4]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 1), (-1, -1), 0), ("BOTTOMPADDING", (0, 1), (-1, -1), 0)]
    if lead is not None:
        rows = [[lead[0] if r == 0 else "", *row] for r, row in enumerate(rows)]
        col_widths = [lead[1], *col_widths]
        style += [("SPAN", (0, 0), (0, -1)), ("VALIGN", (0, 0), (0, -1), "BOTTOM")]
    table = Table(rows, colWidths=col_widths, hAlign="LEFT")
    table.setStyle(plain_style(style))
    return table
