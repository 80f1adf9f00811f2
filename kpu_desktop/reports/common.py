"""Shared page furniture: document template, letterhead, footer, styles, table style, build."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from ..domain.formatting import format_date_long
from .embedded import attach_json, canonical_json, sha256_hex
from .fonts import BOLD, REGULAR, register_fonts
from .i18n import labels
from .model import DocumentMeta

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 20 * mm
GRID = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#d9d9d9")
GROUP_FILL = colors.HexColor("#efefef")
ALERT_FILL = colors.HexColor("#f6d5d5")


@dataclass(frozen=True)
class SignatureSlot:
    """Where a visible signature of `role` goes: PDF points from bottom-left (x1, y1, x2, y2)."""

    role: str
    page: int  # 0-based
    rect: tuple[float, float, float, float]


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    slots: tuple[SignatureSlot, ...]
    data_sha256: str


@dataclass
class RenderContext:
    meta: DocumentMeta
    data_sha256: str
    pagesize: tuple[float, float]
    slots: list[SignatureSlot] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.meta.lang

    @property
    def t(self) -> dict:
        return labels(self.meta.lang)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X


def _style(name, size=8.0, font=REGULAR, align=TA_LEFT, leading=None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.22,
                          alignment=align, **kw)


STYLES = {
    "body": _style("body", 9.5, leading=13.5),
    "body_j": _style("body_j", 9.5, leading=13.5, align=4),
    "cell": _style("cell", 7.2),
    "cell_b": _style("cell_b", 7.2, BOLD),
    "cell_r": _style("cell_r", 7.2, align=TA_RIGHT),
    "cell_c": _style("cell_c", 7.2, align=TA_CENTER),
    "head": _style("head", 6.4, BOLD, TA_CENTER),
    "small": _style("small", 6.2),
    "sign": _style("sign", 9, leading=11.5),
    "sign_b": _style("sign_b", 9, BOLD, leading=11.5),
    "sign_c": _style("sign_c", 9, BOLD, TA_CENTER, leading=11.5),
    "lh1": _style("lh1", 14, BOLD, TA_CENTER, leading=17),
    "lh2": _style("lh2", 12.5, BOLD, TA_CENTER, leading=15),
    "lh_addr": _style("lh_addr", 8, align=TA_CENTER),
    "title": _style("title", 12, BOLD, TA_CENTER, leading=15),
    "subtitle": _style("subtitle", 9.5, align=TA_CENTER, leading=12.5),
    "section": _style("section", 10, BOLD, leading=13, spaceBefore=8, spaceAfter=4),
}


def p(text: str, style: str = "cell") -> Paragraph:
    return Paragraph(escape(text or ""), STYLES[style])


def pm(markup: str, style: str = "cell") -> Paragraph:
    """Paragraph from trusted markup (caller escapes the data parts)."""
    return Paragraph(markup, STYLES[style])


def plain_style(commands: list) -> TableStyle:
    """A TableStyle that names our font: a Table's default cell font is an unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def grid_style(header_rows: int = 1, font_size: float = 7.2) -> list:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
    ]


def widths(total: float, weights: tuple[float, ...]) -> list[float]:
    scale = total / sum(weights)
    return [w * scale for w in weights]


def header_row(names) -> list[Paragraph]:
    return [p(n, "head") for n in names]


def fit(text: str, width: float, font: str = REGULAR, size: float = 7.2) -> str:
    """Shorten `text` with an ellipsis so a plain-string cell never spills over its column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def letterhead(ctx: RenderContext) -> list:
    meta = ctx.meta
    lines = meta.letterhead or ("KOMISI PEMILIHAN UMUM", meta.unit_name.upper())
    story = [p(lines[0], "lh1")] + [p(line, "lh2") for line in lines[1:]]
    if meta.address:
        story.append(p(meta.address, "lh_addr"))
    story += [
        Spacer(1, 3),
        HRFlowable(width="100%", thickness=1.6, color=colors.black, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=10),
    ]
    return story


def title_block(ctx: RenderContext, title: str | None = None, subtitle: str | None = None) -> list:
    meta, t = ctx.meta, ctx.t
    story = [p((title or meta.title).upper(), "title"),
             p(f"{t['number']}: {meta.doc_number}", "subtitle")]
    if subtitle:
        story.append(p(subtitle, "subtitle"))
    story.append(Spacer(1, 8))
    return story


def info_table(ctx: RenderContext, pairs: list[tuple[str, str]]) -> Table:
    rows = [[p(k, "sign"), p(":", "sign"), p(v, "sign")] for k, v in pairs]
    table = Table(rows, colWidths=[32 * mm, 4 * mm, ctx.frame_width - 36 * mm], hAlign="LEFT")
    table.setStyle(plain_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def section(text: str) -> Paragraph:
    return p(text, "section")


def format_generated(meta: DocumentMeta) -> str:
    when = meta.generated_at
    clock = when.strftime("%H:%M") if meta.lang == "en" else when.strftime("%H.%M")
    return f"{format_date_long(when.date(), meta.lang)} {clock}"


def _footer_canvas(meta: DocumentMeta, pagesize):
    """A canvas class that holds pages back until the total page count is known."""
    t = labels(meta.lang)
    left = f"{meta.doc_number}  ·  {meta.unit_name} ({meta.region_code})"
    generated = t["generated"].format(when=format_generated(meta))
    running = f"{meta.title}  —  {meta.doc_number}"

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Without this the canvas declares an unembedded Helvetica in every page's resources.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_furniture(self, total: int):
            width, _height = pagesize
            number = self._pageNumber
            y = MARGIN_BOTTOM - 8 * mm
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
            self.setFont(REGULAR, 7)
            self.drawString(MARGIN_X, y, fit(left, width - 2 * MARGIN_X - 80, REGULAR, 7))
            self.drawString(MARGIN_X, y - 9, generated)
            self.setFont(BOLD, 7.5)
            self.drawRightString(width - MARGIN_X, y, t["page"].format(x=number, y=total))
            if number > 1:
                self.setFont(REGULAR, 7)
                self.drawString(MARGIN_X, pagesize[1] - MARGIN_TOP + 12, fit(running, width - 2 * MARGIN_X))
            self.restoreState()

    return FooterCanvas


def build(meta: DocumentMeta, embedded: dict, story_fn: Callable[[RenderContext], list],
          pagesize=PORTRAIT) -> RenderedDocument:
    """Render the story, then attach the canonical JSON of `embedded` as kpu-data.json."""
    register_fonts()
    payload = canonical_json(embedded)
    ctx = RenderContext(meta=meta, data_sha256=sha256_hex(payload), pagesize=pagesize)
    story = story_fn(ctx)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{meta.title} {meta.doc_number}", author=meta.unit_name,
        subject=meta.event_name, creator="kpu-desktop", lang="en-GB" if meta.lang == "en" else "id-ID",
    )
    doc.build(story, canvasmaker=_footer_canvas(meta, pagesize))
    pdf = attach_json(buf.getvalue(), payload)
    return RenderedDocument(pdf=pdf, slots=tuple(ctx.slots), data_sha256=ctx.data_sha256)


__all__ = [
    "ALERT_FILL", "BOLD", "GROUP_FILL", "HEADER_FILL", "LANDSCAPE", "PORTRAIT", "REGULAR",
    "RenderContext", "RenderedDocument", "STYLES", "SignatureSlot", "Table", "TableStyle",
    "build", "escape", "fit", "grid_style", "header_row", "info_table", "letterhead", "p", "plain_style", "pm",
    "section", "title_block", "widths",
]
