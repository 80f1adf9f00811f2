"""Every input path with bad input: a clear message, exit 1, and an unchanged database."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from kpu_desktop.signing.pdf import sign_pdf
from tests.conftest import database_snapshot
from tests.documents.helpers import PASSPHRASE

ENV = {"KPU_DESKTOP_PASSPHRASE": PASSPHRASE}


def _plain_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 760, "Surat biasa tanpa data")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture
def unchanged(regency):
    """Asserts after the test body that the regency's database did not change."""
    path = regency / "kpu-desktop.sqlite3"
    before = database_snapshot(path)
    yield regency
    assert database_snapshot(path) == before


@pytest.fixture
def files(tmp_path, officer):
    plain = _plain_pdf()
    paths = {"missing": tmp_path / "tidak-ada.pdf", "text": tmp_path / "catatan.pdf",
             "plain": tmp_path / "plain.pdf", "plain_signed": tmp_path / "plain-signed.pdf",
             "dir": tmp_path}
    paths["text"].write_text("bukan PDF")
    paths["plain"].write_bytes(plain)
    paths["plain_signed"].write_bytes(sign_pdf(plain, officer, field_name="sig"))
    return paths


@pytest.mark.parametrize("command", ["verify", "import-pdf", "sign"])
@pytest.mark.parametrize("which, message", [("missing", "tidak ditemukan"), ("text", "bukan dokumen PDF"),
                                            ("dir", "tidak ditemukan")])
def test_bad_input_files(cli, unchanged, files, command, which, message):
    """Missing files, folders and non-PDFs are named in the message."""
    extra = ["--slot", "ketua"] if command == "sign" else []
    code, _out, err = cli("--data-dir", unchanged, command, files[which], *extra, env=ENV)
    assert code == 1 and message in err


def test_verify_of_an_unsigned_pdf(cli, unchanged, files):
    code, out, _ = cli("--data-dir", unchanged, "verify", files["plain"], password=None)
    assert code == 1 and "tidak memiliki tanda tangan" in out


def test_import_of_a_signed_pdf_without_data(cli, unchanged, files, tmp_path):
    """Trusted signature but no kpu-data.json: 'no data' rather than a crash."""
    code, _out, err = cli("--data-dir", unchanged, "import-pdf", files["plain_signed"])
    assert code == 1 and "kpu-data.json" in err


def test_sign_of_a_pdf_without_slots(cli, unchanged, files):
    code, _out, err = cli("--data-dir", unchanged, "sign", files["plain"], "--slot", "ketua", env=ENV)
    assert code == 1 and "ketua" in err


def test_wrong_passphrase_takes_no_document_number(cli, unchanged, tmp_path):
    """The key is unlocked before anything is written: no number, no audit entry, no file."""
    out = tmp_path / "x.pdf"
    code, _out, err = cli("--data-dir", unchanged, "report", "summary", "--out", out, "--sign",
                          env={"KPU_DESKTOP_PASSPHRASE": "salah-sekali"})
    assert code == 1 and "Kata sandi kunci salah" in err and not out.exists()


def test_missing_passphrase_without_terminal(cli, unchanged, tmp_path, monkeypatch):
    monkeypatch.delenv("KPU_DESKTOP_PASSPHRASE", raising=False)
    code, _out, err = cli("--data-dir", unchanged, "report", "summary", "--out", tmp_path / "x.pdf", "--sign")
    assert code == 1 and "KPU_DESKTOP_PASSPHRASE" in err


@pytest.mark.parametrize("args, message", [
    (["bast"], "--receipt"),
    (["bast", "--receipt", "ffffffff"], "ffffffff"),
    (["bast", "--receipt", "ab"], "ab"),
    (["summary", "--unit", "99.99"], "99.99"),
    (["summary", "--unit", "63.01"], "63.01"),
    (["summary", "--event", "PEMILU_1999"], "PEMILU_1999"),
    (["asn", "--date", "16-05-2024"], "16-05-2024"),
    # the NIP printed under a signature: 18 digits, and which signer's it is
    (["summary", "--signer-nip", "123"], "Penanda tangan: NIP harus 18 digit"),
    (["summary", "--cosigner-name", "Ketua", "--cosigner-nip", "1986O926201505 2 001"],
     "Penanda tangan kedua (Ketua): NIP hanya boleh berisi angka"),
])
def test_bad_report_requests(cli, unchanged, tmp_path, args, message):
    """Unknown receipt, unit, event or date, or a signer's NIP that is none: named in the message; nothing
    written, no document number taken."""
    out = tmp_path / "x.pdf"
    code, _out, err = cli("--data-dir", unchanged, "report", args[0], "--out", out, *args[1:])
    assert code == 1 and message in err and not out.exists()


@pytest.mark.parametrize("out, message", [
    (("no", "such", "x.pdf"), "Tidak dapat menulis"),
    (("rekap.txt",), "harus berakhiran .pdf"),
    (("folder.pdf",), "itu sebuah folder"),
])
def test_an_output_that_cannot_be_a_pdf_is_refused_before_a_number_is_taken(cli, unchanged, tmp_path, out,
                                                                            message):
    """A missing folder, a name without .pdf or a folder in the way: refused before the document is numbered,
    so the database (numbering and audit log) stays as it was."""
    (tmp_path / "folder.pdf").mkdir()
    code, _out, err = cli("--data-dir", unchanged, "report", "facility", "--out", tmp_path.joinpath(*out))
    assert code == 1 and message in err
    assert not (tmp_path / "rekap.txt").exists()


def test_sign_checks_its_output_before_asking_for_the_key(cli, unchanged, signed_docs, tmp_path):
    """`sign --out` to a name without .pdf is refused before the key is unlocked or the file written."""
    source = tmp_path / "rekap.pdf"
    source.write_bytes(signed_docs["summary"])
    code, _out, err = cli("--data-dir", unchanged, "sign", source, "--slot", "ketua", "--out", tmp_path / "ttd.docx",
                          env=ENV)
    assert code == 1 and "harus berakhiran .pdf" in err and not (tmp_path / "ttd.docx").exists()


def test_unknown_kind_is_a_usage_error(cli, regency, tmp_path):
    code, _out, _err = cli("--data-dir", regency, "report", "rahasia", "--out", tmp_path / "x.pdf")
    assert code == 2


@pytest.mark.parametrize("role, args", [
    ("viewer", ["report", "summary", "--out", "{tmp}/x.pdf"]),
    ("operator", ["report", "summary", "--out", "{tmp}/x.pdf", "--sign"]),
    ("verifier", ["import-pdf", "{tmp}/x.pdf"]),
    ("verifier", ["trust", "add", "{tmp}/x.pem"]),
    ("operator", ["identity", "create", "--name", "Orang Lain"]),
])
def test_roles_are_enforced(cli, regency, tmp_path, role, args):
    """Viewers export nothing, operators sign nothing, verifiers neither import nor change trust."""
    (tmp_path / "x.pdf").write_bytes(_plain_pdf())
    (tmp_path / "x.pem").write_text("-")
    assert cli("--data-dir", regency, "user", "add", f"u{role}", "--role", role,
               env={"KPU_DESKTOP_NEW_PASSWORD": "sandi-pengguna-1"})[0] == 0
    snapshot = database_snapshot(regency / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", regency, "--user", f"u{role}",
                          *[a.format(tmp=tmp_path) for a in args], password="sandi-pengguna-1", env=ENV)
    assert code == 1 and "tidak diizinkan" in err
    assert database_snapshot(regency / "kpu-desktop.sqlite3") == snapshot


def test_verifier_may_sign(cli, regency, tmp_path):
    """SIGN_DOCUMENTS: a verifier account produces a signed summary."""
    assert cli("--data-dir", regency, "user", "add", "verif", "--role", "verifier", "--full-name",
               "Siti Rahmawati, S.Sos.", env={"KPU_DESKTOP_NEW_PASSWORD": "sandi-pengguna-1"})[0] == 0
    code, out, err = cli("--data-dir", regency, "--user", "verif", "report", "summary", "--out", tmp_path / "s.pdf",
                         "--sign", password="sandi-pengguna-1", env=ENV)
    assert code == 0, err
    assert "[sekretaris]" in out
