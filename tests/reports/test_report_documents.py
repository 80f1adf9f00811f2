"""Behaviour shared by all five documents: text, fonts, attachment, slots."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from kpu_desktop.reports.render import qr_payload, read_embedded

KINDS = ("asn", "facility", "bast", "logistics", "summary")


@pytest.mark.parametrize("kind", KINDS)
def test_footer_shows_page_count_number_unit_and_generation_time(kind, rendered, pdf_text):
    """Every page footer says "Halaman x dari y", the document number, unit, region code and time."""
    doc = rendered(kind)
    text = pdf_text(doc.pdf)
    pages = len(PdfFileReader(io.BytesIO(doc.pdf)).root["/Pages"]["/Kids"])
    assert f"Halaman 1 dari {pages}" in text
    assert f"Halaman {pages} dari {pages}" in text
    assert "Sekretariat KPU Kabupaten Kotawaringin Barat (62.01)" in text
    assert "Dibuat 16 Mei 2024 14.05" in text


@pytest.mark.parametrize("kind", KINDS)
def test_letterhead_and_document_number_are_printed(kind, rendered, pdf_text):
    """The KPU letterhead and "Nomor: <doc number>" head the first page."""
    text = pdf_text(rendered(kind).pdf)
    assert "KOMISI PEMILIHAN UMUM" in text
    assert "KABUPATEN KOTAWARINGIN BARAT" in text
    assert "Nomor: " in text


@pytest.mark.parametrize("kind", KINDS)
def test_english_variant_uses_english_labels(kind, rendered, pdf_text):
    """lang="en" switches footer and labels to English, months included."""
    text = pdf_text(rendered(kind, lang="en").pdf)
    assert "Page 1 of" in text
    assert "Halaman" not in text
    assert "Generated 16 May 2024 14:05" in text
    assert "Number: " in text


@pytest.mark.parametrize("kind", KINDS)
def test_only_embedded_fonts_are_used(kind, rendered, poppler):
    """pdffonts lists DejaVu Sans, every font embedded (no bare Helvetica)."""
    lines = poppler("pdffonts", rendered(kind).pdf).splitlines()[2:]
    assert lines, "no fonts listed"
    assert any("DejaVuSans" in line for line in lines)
    for line in lines:
        assert line.split()[-5] == "yes", line


@pytest.mark.parametrize("kind", KINDS)
def test_embedded_json_roundtrips_with_its_digest(kind, rendered):
    """read_embedded returns the envelope; its canonical bytes hash to data_sha256."""
    doc = rendered(kind)
    data = read_embedded(doc.pdf)
    assert data["schema"] == "kpu-desktop/document"
    assert data["version"] == 1
    assert data["kind"] == kind
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    assert hashlib.sha256(canonical).hexdigest() == doc.data_sha256


def test_pdfdetach_lists_the_attachment(rendered, poppler):
    """The attachment is a standard embedded file, visible to other PDF tools."""
    assert "kpu-data.json" in poppler("pdfdetach", rendered("bast").pdf)


def test_sha256_is_printed_under_the_qr_code(rendered, pdf_text):
    """The data digest is readable on paper, split over two lines."""
    doc = rendered("logistics")
    text = pdf_text(doc.pdf)
    assert doc.data_sha256[:32] in text
    assert doc.data_sha256[32:] in text


def test_qr_payload_holds_number_fingerprint_and_digest():
    """The QR content is compact JSON with the three verification values."""
    payload = json.loads(qr_payload("382/PL.01.2-BA/62/2024", "fp1", "ab" * 32))
    assert payload == {"doc": "382/PL.01.2-BA/62/2024", "fp": "fp1", "sha256": "ab" * 32}


def test_read_embedded_returns_none_without_attachment():
    """A PDF without kpu-data.json reads as None, not an error."""
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    canvas.showPage()
    canvas.save()
    assert read_embedded(buf.getvalue()) is None


@pytest.mark.parametrize("kind", KINDS)
def test_signature_slots_lie_inside_the_page_and_signature_area(kind, rendered, pdf_text):
    """Slots are on a real page, inside the margins, above the printed signer name."""
    doc = rendered(kind)
    reader = PdfFileReader(io.BytesIO(doc.pdf))
    pages = reader.root["/Pages"]["/Kids"]
    assert doc.slots
    for slot in doc.slots:
        assert 0 <= slot.page < len(pages)
        box = pages[slot.page].get_object()["/MediaBox"]
        width, height = float(box[2]), float(box[3])
        x1, y1, x2, y2 = slot.rect
        assert 40 < x1 < x2 < width - 40
        # Signature area: above the footer, below the top margin, tall enough for a stamp.
        assert 60 < y1 < y2 < height - 40
        assert y2 - y1 >= 40 and x2 - x1 >= 120


def test_single_signer_slot_is_on_the_right_half(rendered):
    """With one signer the block sits on the right, as on Indonesian letters."""
    doc = rendered("logistics")
    (slot,) = doc.slots
    assert slot.role == "signer1"
    assert slot.rect[0] > 595 / 2 - 20


def test_same_input_gives_same_digest(rendered):
    """The digest depends on the data only, not on rendering time."""
    assert rendered("summary").data_sha256 == rendered("summary").data_sha256


def test_slot_sits_just_above_the_printed_name(rendered, tmp_path):
    """The signer's name is printed right under the slot, in the same column."""
    import re
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    doc = rendered("logistics")
    (slot,) = doc.slots
    path = tmp_path / "doc.pdf"
    path.write_bytes(doc.pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(slot.page + 1), "-l", str(slot.page + 1),
                           str(path), "-"], check=True, capture_output=True, text=True).stdout
    match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">Ahmad</word>', html)
    assert match, "signer name not found on the slot's page"
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    name_x, name_top = float(match.group(1)), height - float(match.group(2))
    x1, y1, x2, _y2 = slot.rect
    assert x1 - 5 <= name_x <= x2
    assert 0 < y1 - name_top < 20
