"""The figures printed in each document match the demo database (expected values computed here, in SQL)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from kpu_desktop.domain.formatting import format_number
from kpu_desktop.services.documents import DocumentRequest, DocumentService
from tests.documents.helpers import first_receipt_id, pdf_text

EVENT = "PILKADA_2024"


@pytest.fixture
def db(demo_dir):
    conn = sqlite3.connect(str(demo_dir / "kpu-desktop.sqlite3"))
    yield conn
    conn.close()


def _render(ctx, kind, **kw):
    return DocumentService(ctx).generate(DocumentRequest(kind, event=EVENT, **kw))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _n(value: int) -> str:
    return format_number(value, "id")


def test_asn_recap_lists_every_placement_and_the_unfilled_posts(demo_ctx, db, tmp_path):
    """Rekap ASN: the regency subtotal counts the event's placements; every vacancy is listed by unit code."""
    doc = _render(demo_ctx, "asn")
    text = _flat(pdf_text(doc.pdf, tmp_path))
    total = db.execute("SELECT COUNT(*) FROM placements WHERE event_id = ? AND deleted = 0", (EVENT,)).fetchone()[0]
    assert f"Jumlah Kotawaringin Barat: {total} orang" in text
    for code, name in db.execute("SELECT code, name FROM units WHERE kind = 'ppk'"):
        n = db.execute("SELECT COUNT(*) FROM placements p JOIN units u ON u.id = p.unit_id WHERE p.event_id = ?"
                       " AND p.deleted = 0 AND (u.code = ? OR u.code LIKE ? || '.%')", (EVENT, code, code)).fetchone()[0]
        assert f"Jumlah {name}: {n} orang" in text
    vacant = db.execute(
        "SELECT u.code FROM units u WHERE u.kind IN ('ppk', 'pps') AND (SELECT COUNT(DISTINCT post) FROM placements p"
        " WHERE p.unit_id = u.id AND p.event_id = ? AND p.status = 'ACTIVE' AND p.deleted = 0) < 3", (EVENT,)).fetchall()
    assert vacant, "the demo leaves posts unfilled in the Pilkada"
    unfilled_part = text.split("Jabatan yang belum terisi")[1]
    for (code,) in vacant:
        assert code in unfilled_part
    decree = db.execute("SELECT kpu_decree_no FROM placements WHERE event_id = ? LIMIT 1", (EVENT,)).fetchone()[0]
    assert decree in text.replace(" ", "") or decree in text


def test_facility_register_lists_agreements_and_warehouse_checklists(demo_ctx, db, tmp_path):
    """Daftar sarpras: every agreement number and one checklist per warehouse."""
    text = _flat(pdf_text(_render(demo_ctx, "facility").pdf, tmp_path))
    numbers = [r[0] for r in db.execute("SELECT agreement_no FROM facilities WHERE deleted = 0 AND agreement_no"
                                        " IS NOT NULL")]
    assert numbers
    squeezed = text.replace(" ", "")
    for number in numbers:
        assert number.replace(" ", "") in squeezed
    warehouses = db.execute("SELECT COUNT(*) FROM facilities WHERE category = 'GUDANG' AND deleted = 0").fetchone()[0]
    assert "Daftar periksa gudang" in text and warehouses > 0


def test_bast_holds_its_receipt_number_and_line_figures(demo_ctx, demo_dir, db, tmp_path):
    """BAST: the receipt's number, every item and every expected quantity of its lines."""
    receipt = first_receipt_id(demo_dir)
    doc = _render(demo_ctx, "bast", receipt=receipt)
    text = _flat(pdf_text(doc.pdf, tmp_path))
    number = db.execute("SELECT number FROM receipts WHERE id = ?", (receipt,)).fetchone()[0]
    assert doc.doc_number == number and number in text
    lines = db.execute("SELECT i.name, l.expected FROM receipt_lines l JOIN items i ON i.code = l.item_code"
                       " WHERE l.receipt_id = ? AND l.deleted = 0", (receipt,)).fetchall()
    for name, expected in lines:
        assert name.split(" (")[0].split()[0] in text
        assert _n(expected) in text
    assert "PIHAK PERTAMA" in text and "PIHAK KEDUA" in text


def test_logistics_recap_totals_match_the_receipt_lines(demo_ctx, db, tmp_path):
    """Rekap Logistik: the JUMLAH row sums every line of the event's receipts in the subtree."""
    text = _flat(pdf_text(_render(demo_ctx, "logistics").pdf, tmp_path))
    sums = db.execute("SELECT SUM(expected), SUM(received), SUM(good), SUM(damaged), SUM(short), SUM(excess)"
                      " FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id WHERE r.event_id = ?"
                      " AND r.deleted = 0 AND l.deleted = 0", (EVENT,)).fetchone()
    assert "JUMLAH " + " ".join(_n(v) for v in sums) in text


def _filled(db, kind: str) -> tuple[int, int]:
    units = db.execute("SELECT COUNT(*) FROM units WHERE kind = ? AND deleted = 0", (kind,)).fetchone()[0]
    filled = db.execute("SELECT COUNT(*) FROM (SELECT DISTINCT p.unit_id, p.post FROM placements p JOIN units u"
                        " ON u.id = p.unit_id WHERE u.kind = ? AND p.event_id = ? AND p.status = 'ACTIVE'"
                        " AND p.deleted = 0)", (kind, EVENT)).fetchone()[0]
    return units, filled


def test_summary_totals_match_the_database(demo_ctx, db, tmp_path):
    """Laporan Ringkas: posts, logistics totals, TPS and DPT as counted straight from the tables."""
    text = _flat(pdf_text(_render(demo_ctx, "summary").pdf, tmp_path))
    for kind, label in (("ppk", "Sekretariat PPK"), ("pps", "Sekretariat PPS")):
        units, filled = _filled(db, kind)
        assert f"{label} {_n(units)} {_n(units * 3)} {_n(filled)} {_n(units * 3 - filled)}" in text
    sums = db.execute("SELECT SUM(expected), SUM(received), SUM(damaged), SUM(short), SUM(excess) FROM receipt_lines l"
                      " JOIN receipts r ON r.id = l.receipt_id WHERE r.event_id = ? AND l.deleted = 0", (EVENT,)
                      ).fetchone()
    assert "JUMLAH " + " ".join(_n(v) for v in sums) in text
    tps, dpt = db.execute("SELECT COUNT(*), SUM(dpt) FROM tps WHERE deleted = 0").fetchone()
    assert f"{_n(tps)} TPS dengan DPT {_n(dpt)} pemilih" in text
    issues = db.execute("SELECT COUNT(*) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id WHERE"
                        " r.event_id = ? AND (l.received != l.expected OR l.damaged > 0 OR l.short > 0 OR"
                        " l.excess > 0)", (EVENT,)).fetchone()[0]
    part = text.split("3. Selisih logistik")[1]
    assert len(re.findall(r"BAST \d+/PL", part)) == issues


def test_summary_in_english(demo_ctx, tmp_path):
    """`--lang en`: English labels and the English page footer."""
    text = _flat(pdf_text(DocumentService(demo_ctx).generate(
        DocumentRequest("summary", event=EVENT, lang="en")).pdf, tmp_path))
    assert "SUMMARY REPORT" in text and "Page 1 of" in text and "PPK secretariat" in text


def test_document_numbers_run_per_kind_and_year(demo_ctx):
    """Numbers are `NNN/CODE/UNIT/YEAR`, one sequence per kind."""
    service = DocumentService(demo_ctx)
    first = service.generate(DocumentRequest("summary", event=EVENT)).doc_number
    second = service.generate(DocumentRequest("summary", event=EVENT)).doc_number
    other = service.generate(DocumentRequest("asn", event=EVENT)).doc_number
    assert re.fullmatch(r"001/LAP-RINGKAS/6201/\d{4}", first)
    assert second.startswith("002/LAP-RINGKAS/") and other.startswith("001/REKAP-ASN/")
    assert service.next_number("summary").startswith("003/")


@pytest.mark.parametrize("kind", ["logistics", "summary"])
def test_election_types_are_printed_as_forms_abbreviate_them(demo_ctx, tmp_path, kind):
    """Documents print 'DPRD Kab/Kota' and 'Bupati', not the stored codes DPRD_KABKOTA and PILBUP."""
    for event, names in (("PEMILU_2024", ("DPRD Kab/Kota", "DPRD Prov.")), ("PILKADA_2024", ("Bupati",))):
        text = _flat(pdf_text(DocumentService(demo_ctx).generate(DocumentRequest(kind, event=event)).pdf,
                              tmp_path))
        assert all(name in text for name in names), names
        assert not re.search(r"DPRD_|PILBUP|PILGUB", text)


def test_the_logistics_recap_is_landscape_and_prints_pps_codes_whole(demo_ctx, tmp_path):
    """Eleven columns on A4 landscape: a PPS's code and the unit's name each stay in their own cell."""
    import subprocess
    doc = _render(demo_ctx, "logistics")
    path = tmp_path / "recap.pdf"
    path.write_bytes(doc.pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    width, height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    assert width > height
    words = [(float(a), float(b), w) for a, b, w in
             re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>', html)]
    code_ends = [x2 for _x1, x2, w in words if re.fullmatch(r"62\.01\.\d\d\.\d{4}", w)]
    pps_starts = [x1 for x1, _x2, w in words if w == "PPS"]
    assert code_ends and pps_starts and max(code_ends) < min(pps_starts)


def test_bast_prints_election_types_as_forms_abbreviate_them(demo_ctx, db, tmp_path):
    """The BAST's Pemilihan column reads 'DPRD Prov.', not DPRD_PROV."""
    receipt = db.execute("SELECT r.id FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
                         " WHERE l.election_type = 'DPRD_KABKOTA' LIMIT 1").fetchone()[0]
    text = _flat(pdf_text(_render(demo_ctx, "bast", receipt=receipt).pdf, tmp_path))
    # "DPRD Kab/Kota" takes two lines in its column
    assert "Kab/Kota" in text and "DPRD Prov." in text and "DPRD_" not in text
