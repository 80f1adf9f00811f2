"""The signing identity of this data folder and its trust store, for PDF documents and USB bundles.

The private key exists on disk only as the passphrase-protected PKCS#12 at
`AppPaths.identity_file`; the passphrase is never stored. A copy of the (public) certificate
sits beside it so the identity can be shown and exported without asking for the passphrase.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cryptography import x509

from ..files import write_atomic
from ..signing.identity import (Identity, IdentityError, certificate_pem, create_identity, describe,
                                fingerprint, import_pkcs12, load_certificate, load_identity, save_identity)
from ..signing.trust import TrustError, TrustStore
from ..storage.db import transaction
from ..storage.repos.units import unit_label
from .common import officer_nip
from .context import AppContext
from .documents_texts import dt_text
from .errors import ServiceError
from .roles import Permission

log = logging.getLogger(__name__)
PASSPHRASE_ENV = "KPU_DESKTOP_PASSPHRASE"
MIN_PASSPHRASE = 8
CERTIFICATE_NAME = "certificate.pem"


class IdentityService:
    """Create, import, load and show the identity; manage the trust store."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.lang = ctx.lang

    # -- paths -----------------------------------------------------------------------------------
    @property
    def identity_file(self) -> Path:
        return self.ctx.paths.identity_file

    @property
    def certificate_file(self) -> Path:
        return self.ctx.paths.identity_dir / CERTIFICATE_NAME

    def exists(self) -> bool:
        return self.identity_file.exists()

    def trust_store(self) -> TrustStore:
        return TrustStore(self.ctx.paths.trust_dir)

    # -- using the identity ------------------------------------------------------------------------
    def load(self, passphrase: str) -> Identity:
        """The identity with its private key (for signing PDFs or bundles); no role check here:
        callers check the permission of what they sign."""
        if not self.exists():
            raise ServiceError(dt_text("identity_missing", self.lang, path=self.identity_file))
        try:
            identity = load_identity(self.identity_file, passphrase or "")
        except IdentityError as exc:
            log.info("identity not unlocked: %s", exc)
            raise ServiceError(dt_text("identity_locked", self.lang, path=self.identity_file)) from exc
        stored = self._stored_certificate()
        if stored is not None and fingerprint(stored) != identity.fingerprint:
            raise ServiceError(dt_text("identity_mismatch", self.lang, path=self.certificate_file))
        return identity

    def certificate(self) -> x509.Certificate:
        """The identity's certificate, without the passphrase."""
        cert = self._stored_certificate()
        if cert is None:
            raise ServiceError(dt_text("identity_missing", self.lang, path=self.identity_file))
        return cert

    def show(self) -> dict:
        info = describe(self.certificate())
        info["trusted_here"] = self.trust_store().is_trusted(self.certificate())
        info["file"] = str(self.identity_file)
        return info

    def export_certificate(self, out: Path) -> str:
        pem = certificate_pem(self.certificate())
        try:
            write_atomic(Path(out), pem)  # often onto a stick handed to the province
        except OSError as exc:
            raise ServiceError(dt_text("out_write", self.lang, path=out, error=exc.strerror or exc)) from exc
        return fingerprint(self.certificate())

    # -- creating -------------------------------------------------------------------------------------
    def create(self, passphrase: str, *, name: str | None = None, nip: str | None = None,
               replace: bool = False) -> dict:
        """A new RSA-3072 key with a self-signed certificate: CN = officer, O = unit."""
        session = self.ctx.require(Permission.SIGN_DOCUMENTS)
        self._check_new(passphrase, replace)
        officer = (name or session.full_name or "").strip()
        if not officer:
            raise ServiceError(dt_text("name_required", self.lang))
        unit = self.ctx.unit
        try:
            identity = create_identity(officer, organization=unit_label(unit["kind"], unit["name"], unit["code"]),
                                       unit_code=unit["code"].replace(".", ""),
                                       nip=officer_nip(nip or session.nip, self.lang))
        except IdentityError as exc:
            raise ServiceError(str(exc)) from exc
        return self._install(identity, passphrase, "identity_create")

    def import_file(self, path: Path, file_passphrase: str, passphrase: str, *, replace: bool = False) -> dict:
        """Adopt a PKCS#12 issued elsewhere (e.g. BSrE), re-encrypted with this folder's passphrase."""
        self.ctx.require(Permission.SIGN_DOCUMENTS)
        self._check_new(passphrase, replace)
        data = read_input(Path(path), self.lang)
        try:
            identity = import_pkcs12(data, file_passphrase or "")
        except IdentityError as exc:
            raise ServiceError(dt_text("pkcs12_bad", self.lang, path=path, detail=exc)) from exc
        return self._install(identity, passphrase, "identity_import")

    def _check_new(self, passphrase: str, replace: bool) -> None:
        if self.exists() and not replace:
            raise ServiceError(dt_text("identity_exists", self.lang, path=self.identity_file))
        if len(passphrase or "") < MIN_PASSPHRASE:
            raise ServiceError(dt_text("passphrase_short", self.lang, n=MIN_PASSPHRASE))

    def _install(self, identity: Identity, passphrase: str, action: str) -> dict:
        """Save the key, keep the public certificate beside it, trust it here, audit it."""
        with transaction(self.ctx.conn):
            self.ctx.writer().audit_entry(action, "identity", identity.fingerprint,
                                          {"subject": [None, identity.common_name]})
            save_identity(identity, self.identity_file, passphrase)
        write_atomic(self.certificate_file, certificate_pem(identity.certificate))
        # A folder always accepts its own signatures; earlier identities stay trusted so that
        # documents signed before a replacement still verify.
        self.trust_store().add(identity.certificate, label=f"{identity.common_name} (identitas folder ini)")
        return describe(identity.certificate)

    def _stored_certificate(self) -> x509.Certificate | None:
        try:
            return load_certificate(self.certificate_file.read_bytes())
        except (OSError, IdentityError):
            return None

    # -- trust store ----------------------------------------------------------------------------------
    def trust_list(self) -> list[dict]:
        self.ctx.require(Permission.VIEW)
        return self.trust_store().list()

    def trust_add(self, path: Path, *, label: str = "") -> dict:
        self.ctx.require(Permission.MANAGE_UNITS)
        data = read_input(Path(path), self.lang)
        try:
            cert = load_certificate(data)
        except IdentityError as exc:
            raise ServiceError(dt_text("trust_bad_cert", self.lang, path=path)) from exc
        fp = fingerprint(cert)
        with transaction(self.ctx.conn):
            self.ctx.writer().audit_entry("trust_add", "trust", fp, {"subject": [None, describe(cert)["subject"]]})
            self.trust_store().add(cert, label=label)
        return describe(cert)

    def trust_remove(self, fingerprint_text: str) -> str:
        self.ctx.require(Permission.MANAGE_UNITS)
        with transaction(self.ctx.conn):
            try:
                found = [e for e in self.trust_store().list()
                         if e["fingerprint"].replace(":", "") == _digits(fingerprint_text)]
                self.trust_store().remove(fingerprint_text)
            except TrustError as exc:
                raise ServiceError(dt_text("trust_unknown", self.lang, fp=fingerprint_text)) from exc
            fp = found[0]["fingerprint"] if found else fingerprint_text
            self.ctx.writer().audit_entry("trust_remove", "trust", fp, {"subject": [found[0]["subject"], None]})
        return fp


def read_input(path: Path, lang: str) -> bytes:
    """Bytes of a file the user named, with bilingual messages for the usual mistakes."""
    if not path.exists() or not path.is_file():
        raise ServiceError(dt_text("file_missing", lang, path=path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ServiceError(dt_text("file_unreadable", lang, path=path, error=exc.strerror or exc)) from exc


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch not in ": \t").upper()
