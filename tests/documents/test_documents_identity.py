"""Identities (create, import, show, export) and the service API the exchange and the UI build on."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from kpu_desktop.services.documents import Cancelled, DocumentRequest, DocumentService
from kpu_desktop.services.identity import IdentityService
from tests.conftest import _context, database_snapshot
from tests.documents.helpers import PASSPHRASE, poppler

ENV = {"KPU_DESKTOP_PASSPHRASE": PASSPHRASE}


def test_identity_create_uses_the_account_and_unit(cli, data_dir):
    """CN = officer (the account's full name), O = the unit; the new certificate is trusted here;
    the passphrase appears in no file of the data folder."""
    assert cli("--data-dir", data_dir, "user", "add", "sekre", "--role", "verifier", "--full-name", "Siti Rahmawati",
               "--nip", "198609262015052001", env={"KPU_DESKTOP_NEW_PASSWORD": "sandi-pengguna-1"})[0] == 0
    code, out, err = cli("--data-dir", data_dir, "--user", "sekre", "identity", "create",
                         password="sandi-pengguna-1", env=ENV)
    assert code == 0, err
    ctx = _context(data_dir)
    cert = IdentityService(ctx).certificate()
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Siti Rahmawati"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == \
        "KPU Kabupaten Kotawaringin Barat"
    assert cert.public_key().key_size == 3072
    assert IdentityService(ctx).trust_store().is_trusted(cert)
    assert IdentityService(ctx).load(PASSPHRASE).certificate == cert
    ctx.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes(), path
    code, _out, err = cli("--data-dir", data_dir, "--user", "sekre", "identity", "create",
                          password="sandi-pengguna-1", env=ENV)
    assert code == 1 and "--replace" in err


def test_identity_show_and_export(cli, regency, tmp_path, officer):
    """`show` needs no passphrase; `export-cert` writes a PEM with the same fingerprint."""
    code, out, _ = cli("--data-dir", regency, "identity", "show")
    assert code == 0 and "Drs. Ahmad Fauzi, M.Si." in out and officer.fingerprint in out
    pem = tmp_path / "c.pem"
    code, out, _ = cli("--data-dir", regency, "identity", "export-cert", "--out", pem)
    assert code == 0 and x509.load_pem_x509_certificate(pem.read_bytes()) == officer.certificate


@pytest.mark.parametrize("problem", ["short", "bad_nip", "wrong_p12", "not_p12", "no_identity_export",
                                     "no_identity_sign"])
def test_identity_bad_inputs(cli, data_dir, p12_files, tmp_path, problem):
    """Short passphrase, a NIP that is none, wrong PKCS#12 passphrase, a non-PKCS#12 file, no identity yet:
    exit 1, no change."""
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a pkcs12 file")
    args, env = {
        "short": (["identity", "create", "--name", "X"], {"KPU_DESKTOP_PASSPHRASE": "pendek"}),
        "bad_nip": (["identity", "create", "--name", "X", "--nip", "19860926-2015"], ENV),
        "wrong_p12": (["identity", "import", p12_files["ketua"]], dict(ENV, KPU_DESKTOP_PKCS12_PASSPHRASE="salah!!!")),
        "not_p12": (["identity", "import", junk], dict(ENV, KPU_DESKTOP_PKCS12_PASSPHRASE=PASSPHRASE)),
        "no_identity_export": (["identity", "export-cert", "--out", tmp_path / "c.pem"], ENV),
        "no_identity_sign": (["report", "summary", "--out", tmp_path / "x.pdf", "--sign"], ENV),
    }[problem]
    code, _out, err = cli("--data-dir", data_dir, *args, env=env)
    assert code == 1 and err.startswith("galat:")
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before
    assert not (data_dir / "identity" / "identity.p12").exists()


def test_identity_import_of_a_pkcs12(cli, data_dir, p12_files, ketua):
    """A CA-issued PKCS#12 is adopted and trusted; the stored file opens with the folder's passphrase."""
    code, out, err = cli("--data-dir", data_dir, "identity", "import", p12_files["ketua"],
                         env=dict(ENV, KPU_DESKTOP_PKCS12_PASSPHRASE=PASSPHRASE))
    assert code == 0, err
    ctx = _context(data_dir)
    assert IdentityService(ctx).load(PASSPHRASE).fingerprint == ketua.fingerprint
    ctx.close()


def test_trust_add_rejects_a_non_certificate(cli, data_dir, tmp_path):
    path = tmp_path / "x.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    before = database_snapshot(data_dir / "kpu-desktop.sqlite3")
    code, _out, err = cli("--data-dir", data_dir, "trust", "add", path)
    assert code == 1 and "bukan sertifikat" in err
    code, _out, err = cli("--data-dir", data_dir, "trust", "remove", "AB:CD")
    assert code == 1 and "AB:CD" in err
    assert database_snapshot(data_dir / "kpu-desktop.sqlite3") == before


def test_generate_reports_progress_and_honours_cancel(regency):
    """Progress rises to 100; a cancel before the number is taken writes nothing."""
    ctx = _context(regency)
    service = DocumentService(ctx)
    seen = []
    service.generate(DocumentRequest("facility"), progress=lambda pct, step: seen.append(pct))
    assert seen == sorted(seen) and seen[-1] == 100
    before = database_snapshot(regency / "kpu-desktop.sqlite3")
    with pytest.raises(Cancelled):
        service.generate(DocumentRequest("summary"), cancelled=lambda: True)
    assert database_snapshot(regency / "kpu-desktop.sqlite3") == before
    ctx.close()


def test_document_settings_set_the_place(cli, regency, tmp_path, signed_docs):
    """`document-settings --place` is printed above the signature of later documents."""
    code, out, _ = cli("--data-dir", regency, "document-settings", "--place", "Pangkalan Bun")
    assert code == 0 and "Pangkalan Bun" in out
    path = tmp_path / "f.pdf"
    assert cli("--data-dir", regency, "report", "facility", "--out", path)[0] == 0
    assert "Pangkalan Bun," in poppler("pdftotext", path, "-")
    code, _out, err = cli("--data-dir", regency, "document-settings", "--place", "  ")
    assert code == 1 and err


def test_visible_signature_sits_in_the_signature_block(signed_docs, tmp_path):
    """The signed widget's rectangle is the slot under the signer's post, on the last page, and the
    rendered page shows ink inside it (pdftoppm)."""
    import io

    from PIL import Image
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = signed_docs["summary"]
    reader = PdfFileReader(io.BytesIO(pdf))
    sig = reader.embedded_signatures[0]
    widget = sig.sig_field.get("/Kids", [sig.sig_field])[0].get_object() if "/Kids" in sig.sig_field \
        else sig.sig_field
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    pages = reader.root["/Pages"]["/Count"]
    assert widget["/P"].get_object() is not None and x2 - x1 > 100 and y2 - y1 > 30
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    poppler("pdftoppm", "-r", "60", "-png", "-f", pages, "-l", pages, path, tmp_path / "page")
    png = next(tmp_path.glob("page*.png"))
    image = Image.open(png).convert("L")
    scale = 60 / 72
    top = image.height - y2 * scale
    box = image.crop((int(x1 * scale) + 2, int(top) + 2, int(x2 * scale) - 2, int(top + (y2 - y1) * scale) - 2))
    assert box.getextrema()[0] < 128, "no ink inside the signature rectangle"
