"""Signatures on every document kind: poppler accepts them, a second signature keeps the first,
any changed byte fails, and a signer is trusted only where its certificate was added."""

from __future__ import annotations

import re

import pytest

from kpu_desktop.paths import AppPaths
from kpu_desktop.services.context import AppContext
from kpu_desktop.services.documents import DocumentService
from tests.documents.helpers import KINDS, PASSPHRASE, poppler


@pytest.fixture(scope="module")
def verifier(signed_folder):
    """A verifying service over the signing folder (verification needs no login)."""
    ctx = AppContext(AppPaths(signed_folder))
    yield DocumentService(ctx)
    ctx.close()


@pytest.mark.parametrize("kind", [*KINDS, "summary_two"])
def test_pdfsig_accepts_every_signed_kind(signed_docs, kind, tmp_path):
    """poppler's pdfsig: every signature valid, and the last one covers the whole document."""
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(signed_docs[kind])
    out = poppler("pdfsig", path)
    # Prepared slots not signed yet (a BAST's other parties) are listed as "not signed".
    signed = [block for block in out.split("Signature #")[1:] if "is not signed" not in block]
    assert signed and all("Signature is Valid" in block for block in signed)
    assert "Total document signed" in signed[-1]
    assert all("Not total document signed" in block for block in signed[:-1])


@pytest.mark.parametrize("kind", [*KINDS, "summary_two"])
def test_verify_accepts_every_signed_kind(verifier, signed_docs, kind):
    """Our own verdict agrees, for one and for two signatures."""
    result = verifier.verify(signed_docs[kind])
    assert result.ok, result
    expected = 2 if kind == "summary_two" else 1
    assert len(result.signatures) == expected
    assert all(s.signer == "Drs. Ahmad Fauzi, M.Si." for s in result.signatures)


def test_second_signature_keeps_the_first_valid(verifier, signed_docs):
    """Sekretaris then Ketua: the first signature is intact, trusted and not 'changed after'."""
    first, second = verifier.verify(signed_docs["summary_two"]).signatures
    assert (first.field_name, second.field_name) == ("sekretaris", "ketua")
    assert first.intact and first.trusted and not first.modified_after and not first.covers_whole_document
    assert second.covers_whole_document


def _contents_ranges(pdf: bytes) -> list[tuple[int, int]]:
    """(start, end) of every /Contents <hex> string of a signature."""
    return [(m.start(1), m.end(1)) for m in re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", pdf)]


def _positions(pdf: bytes) -> list[int]:
    """~300 positions spread over the whole file, plus the signature hex and its zero padding."""
    spread = list(range(0, len(pdf), max(1, len(pdf) // 300)))
    special = []
    for start, end in _contents_ranges(pdf):
        hex_text = pdf[start:end]
        pad = len(hex_text.rstrip(b"0"))
        special += [start, start + 1, start + 40, start + pad // 2, start + pad - 1]
        special += [start + pad + k for k in (1, 2, 100, 1001) if start + pad + k < end] + [end - 1]
    special += [len(pdf) - 1, len(pdf) - 2, len(pdf) - 8]
    return sorted(set(spread + special))


def _flip(pdf: bytes, at: int) -> bytes:
    old = pdf[at]
    # Keep hex digits hex (a non-hex byte would be trivially caught by the parser).
    new = {ord("0"): ord("1")}.get(old, old ^ 0x01)
    if new == old:
        new = old ^ 0x02
    return pdf[:at] + bytes([new]) + pdf[at + 1:]


@pytest.mark.parametrize("kind", ["summary", "summary_two", "bast"])
def test_any_changed_byte_fails_verification(verifier, signed_docs, kind):
    """Single-byte changes anywhere (padding of /Contents included) never verify."""
    pdf = signed_docs[kind]
    missed = [at for at in _positions(pdf) if verifier.verify(_flip(pdf, at)).ok]
    assert missed == [], f"undetected changes at byte offsets {missed[:10]}"


def test_appended_bytes_fail_verification(verifier, signed_docs):
    """An incremental update after the last signature is 'added after' and fails."""
    pdf = signed_docs["summary"]
    assert not verifier.verify(pdf + b"\n% appended\n").ok


def test_cli_verify_reports_each_signature(cli, signed_folder, signed_docs, tmp_path):
    """`verify`: signer, time, intact, trusted, changed-after per signature; exit 0 when all is well."""
    path = tmp_path / "two.pdf"
    path.write_bytes(signed_docs["summary_two"])
    code, out, _err = cli("--data-dir", signed_folder, "verify", path, password=None)
    assert code == 0
    assert out.count("Drs. Ahmad Fauzi, M.Si.") == 2 and out.count("tepercaya        : ya") == 2
    assert "diubah sesudahnya: tidak" in out and "HASIL: SAH" in out


def test_cli_verify_fails_on_a_changed_byte(cli, signed_folder, signed_docs, tmp_path):
    """A changed byte in the padding of /Contents: exit 1 with the reason."""
    pdf = signed_docs["summary"]
    start, end = _contents_ranges(pdf)[-1]
    path = tmp_path / "tampered.pdf"
    path.write_bytes(_flip(pdf, end - 3))
    code, out, _err = cli("--lang", "en", "--data-dir", signed_folder, "verify", path, password=None)
    assert code == 1 and "RESULT: NOT VALID" in out


def test_untrusted_signer_until_its_certificate_is_added(cli, data_dir, signed_folder, signed_docs, tmp_path):
    """Another folder reports the signer untrusted (exit 1); after `trust add` of the exported PEM, exit 0."""
    path = tmp_path / "summary.pdf"
    path.write_bytes(signed_docs["summary"])
    code, out, _ = cli("--data-dir", data_dir, "verify", path, password=None)
    assert code == 1 and "tepercaya        : tidak" in out and "tidak tepercaya" in out
    pem = tmp_path / "officer.pem"
    assert cli("--data-dir", signed_folder, "identity", "export-cert", "--out", pem)[0] == 0
    code, out, err = cli("--data-dir", data_dir, "trust", "add", pem, "--label", "Sekretaris KPU Kobar")
    assert code == 0, err
    assert cli("--data-dir", data_dir, "verify", path, password=None)[0] == 0
    code, out, _ = cli("--data-dir", data_dir, "trust", "list")
    fingerprint = re.search(r"([0-9A-F]{2}(?::[0-9A-F]{2}){31})", out).group(1)
    assert "Sekretaris KPU Kobar" in out
    assert cli("--data-dir", data_dir, "trust", "remove", fingerprint)[0] == 0
    assert cli("--data-dir", data_dir, "verify", path, password=None)[0] == 1


def test_sign_command_adds_the_ketua(cli, regency, tmp_path):
    """`report --cosigner-*` prepares a 'ketua' slot; `sign --slot ketua` fills it; both verify."""
    out_pdf = tmp_path / "summary.pdf"
    env = {"KPU_DESKTOP_PASSPHRASE": PASSPHRASE}
    code, _out, err = cli("--data-dir", regency, "report", "summary", "--out", out_pdf, "--sign",
                          "--cosigner-name", "Budi Santoso, S.H.", "--cosigner-post", "Ketua KPU Kabupaten", env=env)
    assert code == 0, err
    code, out, _ = cli("--data-dir", regency, "verify", out_pdf, password=None)
    assert code == 0 and "ketua" in out  # listed as a slot not yet signed
    code, _out, err = cli("--data-dir", regency, "sign", out_pdf, "--slot", "ketua", env=env)
    assert code == 0, err
    code, out, _ = cli("--data-dir", regency, "verify", out_pdf, password=None)
    assert code == 0 and "Tanda tangan 2 (ketua)" in out
    code, _out, err = cli("--data-dir", regency, "sign", out_pdf, "--slot", "ketua", env=env)
    assert code == 1 and "sudah ditandatangani" in err
    code, _out, err = cli("--data-dir", regency, "sign", out_pdf, "--slot", "bupati", env=env)
    assert code == 1 and "bupati" in err


def test_sign_refuses_a_document_whose_signature_is_broken(cli, regency, signed_docs, tmp_path):
    """Adding a signature to a tampered document would hide the tampering: refused."""
    pdf = signed_docs["summary_two"]
    start, _end = _contents_ranges(pdf)[0]
    path = tmp_path / "broken.pdf"
    path.write_bytes(_flip(pdf, start + 60))
    code, _out, err = cli("--data-dir", regency, "sign", path, "--slot", "ketua",
                          env={"KPU_DESKTOP_PASSPHRASE": PASSPHRASE})
    assert code == 1 and err
