"""Fixtures for the documents tests.

RSA-3072 keys take a noticeable time to generate, so the identities (and one signed copy of every
document kind over the demo data) are made once per session; tests never modify them.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kpu_desktop.signing.identity import create_identity, save_identity

from tests.conftest import ADMIN, _context
from tests.documents.helpers import KINDS, PASSPHRASE, first_receipt_id, install_identity


@pytest.fixture(autouse=True)
def _quiet_pyhanko(caplog):
    """pyHanko logs every rejected signature at ERROR; these tests expect rejections."""
    caplog.set_level(logging.CRITICAL, logger="pyhanko")
    caplog.set_level(logging.CRITICAL, logger="pyhanko_certvalidator")


@pytest.fixture(scope="session")
def officer():
    return create_identity("Drs. Ahmad Fauzi, M.Si.", organization="KPU Kabupaten Kotawaringin Barat",
                           unit_code="6201", nip="196805121994031005")


@pytest.fixture(scope="session")
def ketua():
    return create_identity("Budi Santoso, S.H.", organization="KPU Kabupaten Kotawaringin Barat", unit_code="6201")


@pytest.fixture(scope="session")
def p12_files(tmp_path_factory, officer, ketua) -> dict[str, Path]:
    """The two identities as PKCS#12 files protected with PASSPHRASE (as a CA would hand them out)."""
    base = tmp_path_factory.mktemp("p12")
    files = {"officer": base / "officer.p12", "ketua": base / "ketua.p12"}
    save_identity(officer, files["officer"], PASSPHRASE)
    save_identity(ketua, files["ketua"], PASSPHRASE)
    return files


@pytest.fixture(scope="session")
def signed_folder(tmp_path_factory, template_dirs, p12_files) -> Path:
    """A demo regency folder holding the officer's identity (shared: tests only read it)."""
    folder = tmp_path_factory.mktemp("signed") / "demo"
    shutil.copytree(template_dirs["demo"], folder)
    install_identity(folder, p12_files["officer"])
    return folder


@pytest.fixture(scope="session")
def signed_docs(signed_folder, officer) -> dict[str, bytes]:
    """One signed PDF of every kind (Pilkada 2024), plus the summary signed by Sekretaris and Ketua."""
    from kpu_desktop.reports.model import Signer
    from kpu_desktop.services.documents import DocumentRequest, DocumentService

    ctx = _context(signed_folder)
    try:
        service = DocumentService(ctx)
        receipt = first_receipt_id(signed_folder)
        docs = {kind: service.generate(DocumentRequest(kind, event="PILKADA_2024",
                                                       receipt=receipt if kind == "bast" else None),
                                       identity=officer).pdf for kind in KINDS}
        cosigner = Signer("Ketua KPU Kabupaten Kotawaringin Barat", "Budi Santoso, S.H.")
        two = service.generate(DocumentRequest("summary", event="PILKADA_2024", cosigner=cosigner),
                               identity=officer).pdf
        docs["summary_two"] = service.sign(two, officer, "ketua", post=cosigner.post)
        return docs
    finally:
        ctx.close()


@pytest.fixture
def regency(demo_dir, p12_files) -> Path:
    """A writable demo regency folder with the officer's identity."""
    install_identity(demo_dir, p12_files["officer"])
    return demo_dir


@pytest.fixture
def province(tmp_path, cli) -> Path:
    """An empty provincial folder (`init --unit-kind kpu-prov --unit-code 62`)."""
    folder = tmp_path / "prov"
    code, _out, err = cli("--data-dir", folder, "init", "--unit-kind", "kpu-prov", "--unit-code", "62",
                          "--admin", ADMIN)
    assert code == 0, err
    return folder
