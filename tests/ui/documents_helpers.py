"""Helpers of the Dokumen screen tests: one officer identity per test process (RSA-3072 is slow to make)."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

PASSPHRASE = "kunci-rahasia-2024"


@lru_cache(maxsize=None)
def officer_p12() -> Path:
    """A PKCS#12 of the regency's officer protected with PASSPHRASE, made once per process."""
    from kpu_desktop.signing.identity import create_identity, save_identity

    identity = create_identity("Drs. Ahmad Fauzi, M.Si.", organization="KPU Kabupaten Kotawaringin Barat",
                               unit_code="6201", nip="196805121994031005")
    path = Path(tempfile.mkdtemp(prefix="kpu-ui-p12-")) / "officer.p12"
    save_identity(identity, path, PASSPHRASE)
    return path


def install_officer(ctx) -> dict:
    """Adopt the officer's identity into the context's data folder (trusted there automatically)."""
    from kpu_desktop.services.identity import IdentityService

    return IdentityService(ctx).import_file(officer_p12(), PASSPHRASE, PASSPHRASE)


def signed_summary(ctx, *, cosigner: bool = False) -> bytes:
    from kpu_desktop.reports.model import Signer
    from kpu_desktop.services.documents import DocumentRequest, DocumentService
    from kpu_desktop.services.identity import IdentityService

    identity = IdentityService(ctx).load(PASSPHRASE)
    request = DocumentRequest("summary", event="PILKADA_2024",
                              cosigner=Signer("Ketua KPU Kabupaten Kotawaringin Barat", "Budi Santoso, S.H.")
                              if cosigner else None)
    return DocumentService(ctx).generate(request, identity=identity).pdf
