"""PAdES signatures on PDF documents: signing, countersigning, verification."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from kpu_desktop.signing.pdf import (
    PdfSigningError,
    SignatureBox,
    embedded_files,
    sign_pdf,
    verify_pdf,
)
from kpu_desktop.signing.trust import TrustStore


@pytest.fixture(scope="module")
def both(sekretaris, ketua):
    return [sekretaris.certificate, ketua.certificate]


def test_signed_document_verifies(signed_once, sekretaris):
    """A freshly signed document is intact, trusted and covers the whole file."""
    result = verify_pdf(signed_once, [sekretaris.certificate])
    assert result.ok, result
    (report,) = result.signatures
    assert report.field_name == "Sekretaris"
    assert report.signer == "Siti Rahmawati"
    assert report.signer_fingerprint == sekretaris.fingerprint
    assert report.intact and report.trusted and report.covers_whole_document
    assert not report.modified_after
    assert report.signing_time is not None


def test_verify_accepts_trust_store(signed_once, sekretaris, tmp_path):
    """A TrustStore can be passed instead of a list of certificates."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    assert verify_pdf(signed_once, store).ok


def test_untrusted_signer_reported(signed_once, ketua):
    """An intact signature by a certificate outside the trust list is not ok."""
    result = verify_pdf(signed_once, [ketua.certificate])
    (report,) = result.signatures
    assert report.intact
    assert not report.trusted
    assert not result.ok


def test_countersignature_keeps_first_valid(signed_twice, both):
    """After the Ketua signs, both signatures are valid and the last covers the file."""
    result = verify_pdf(signed_twice, both)
    assert result.ok, result
    first, second = result.signatures
    assert [first.signer, second.signer] == ["Siti Rahmawati", "Budi Santoso"]
    assert first.intact and first.trusted and not first.modified_after
    assert not first.covers_whole_document
    assert second.covers_whole_document


def test_visible_stamp_in_requested_box(signed_once):
    """The signature widget sits in the requested rectangle and has an appearance."""
    reader = PdfFileReader(io.BytesIO(signed_once))
    field = reader.embedded_signatures[0].sig_field
    assert [float(v) for v in field["/Rect"]] == [60, 60, 290, 140]
    assert "/AP" in field


def test_fixed_signing_time(small_pdf, ketua):
    """The caller's timestamp becomes the signing time in the signature."""
    when = dt.datetime(2024, 11, 18, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    signed = sign_pdf(small_pdf, ketua, field_name="Ketua", timestamp=when)
    (report,) = verify_pdf(signed, [ketua.certificate]).signatures
    assert report.signing_time == when


def test_signing_a_signed_field_refused(signed_once, ketua):
    """A field that already holds a signature cannot be signed again."""
    with pytest.raises(PdfSigningError):
        sign_pdf(signed_once, ketua, field_name="Sekretaris")


def test_signing_garbage_refused(ketua):
    """Bytes that are not a PDF give PdfSigningError."""
    with pytest.raises(PdfSigningError):
        sign_pdf(b"bukan pdf", ketua, field_name="Ketua")


def test_incremental_update_after_last_signature_not_ok(signed_twice, both):
    """Content added in a revision after the last signature makes the document not ok."""
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_twice))
    info = writer.root  # change the catalog: an edit no signer approved
    info["/Lang"] = generic.TextStringObject("en")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    result = verify_pdf(out.getvalue(), both)
    assert not result.ok
    assert result.signatures[-1].modified_after
    assert not result.signatures[-1].covers_whole_document


def test_appended_bytes_not_ok(signed_once, sekretaris):
    """Even a trailing newline after the signed end of file is detected."""
    assert not verify_pdf(signed_once + b"\n", [sekretaris.certificate]).ok


def test_unsigned_document_not_ok(small_pdf, sekretaris):
    """A document without any signature is not ok, with an explanation."""
    result = verify_pdf(small_pdf, [sekretaris.certificate])
    assert not result.ok
    assert result.error


@pytest.mark.parametrize("cut", [1, 10, 500, "half"])
def test_truncated_document_not_ok(signed_twice, both, cut):
    """A truncated file is not ok and verification does not raise."""
    end = len(signed_twice) // 2 if cut == "half" else len(signed_twice) - cut
    assert not verify_pdf(signed_twice[:end], both).ok


def test_verify_inside_running_event_loop(signed_once, sekretaris):
    """verify_pdf also works when called from code running inside an asyncio loop."""

    async def call():
        return verify_pdf(signed_once, [sekretaris.certificate])

    assert asyncio.run(call()).ok


def test_embedded_files_survive_signing(pdf_factory, sekretaris):
    """A JSON attachment added before signing is read back from the signed file."""
    payload = json.dumps({"jumlah_tps": 1935}).encode()
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf_factory(1)))
    data = embed.EmbeddedFileObject.from_file_data(writer, payload, mime_type="application/json")
    embed.embed_file(writer, embed.FileSpec("data.json", embedded_data=data))
    out = io.BytesIO()
    writer.write(out)
    signed = sign_pdf(out.getvalue(), sekretaris, field_name="Sekretaris")
    assert embedded_files(signed) == {"data.json": payload}
    assert verify_pdf(signed, [sekretaris.certificate]).ok


def test_no_embedded_files(small_pdf):
    """A document without attachments yields an empty mapping."""
    assert embedded_files(small_pdf) == {}


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig (poppler-utils) not installed")
def test_pdfsig_accepts_both_signatures(signed_twice, tmp_path):
    """poppler's pdfsig independently finds both signatures valid, the last one total."""
    path = tmp_path / "laporan.pdf"
    path.write_bytes(signed_twice)
    output = subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, check=False
    ).stdout
    blocks = output.split("Signature #")[1:]
    assert len(blocks) == 2, output
    assert all("Signature is Valid" in block for block in blocks), output
    assert "Total document signed" in blocks[1], output
