"""The logistics recap holds 10,000 rows (its speed is measured by benchmarks/bench_documents.py)."""

from __future__ import annotations

from kpu_desktop.reports.model import LogisticsRecap
from kpu_desktop.reports.render import read_embedded, render_logistics_recap

from .conftest import logistics_rows


def test_ten_thousand_row_recap_renders_whole(make_meta):
    """10,000 rows become a document of over a hundred pages with its attachment and signature slot."""
    rows = logistics_rows(10_000)
    meta = make_meta()
    doc = render_logistics_recap(meta, LogisticsRecap(rows), embedded={"rows": len(rows)})
    assert doc.pdf.startswith(b"%PDF")
    assert read_embedded(doc.pdf) == {"rows": 10_000}
    assert doc.slots[0].page > 100
