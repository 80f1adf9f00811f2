"""The trust store: certificates whose signatures this installation accepts.

A folder of PEM files, one per certificate, named by SHA-256 fingerprint. Plain
files keep the store inspectable and let reference data arriving by USB add
certificates without a database. A label (who the certificate belongs to, as
told by the person who added it) is kept in a comment header of the PEM file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from ..files import write_atomic
from .identity import (
    _name_attribute,
    certificate_pem,
    fingerprint,
    normalize_fingerprint,
)

_LABEL_PREFIX = b"# label: "


class TrustError(Exception):
    """A trust-store operation failed; the message is for the user."""


class TrustStore:
    """A folder of trusted certificates, read fresh on each call.

    Nothing is cached: the store is small (tens of certificates), and another
    process (the CLI, a second window) may have changed it.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def add(self, cert: x509.Certificate, *, label: str = "") -> str:
        """Trust ``cert``; adding the same certificate again only updates the label."""
        fp = fingerprint(cert)
        clean_label = " ".join(label.split())  # one line: the header is line-based
        header = _LABEL_PREFIX + clean_label.encode("utf-8") + b"\n" if clean_label else b""
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(self._path_for(fp), header + certificate_pem(cert))
        return fp

    def remove(self, fingerprint_text: str) -> None:
        """Stop trusting the certificate with this full fingerprint."""
        try:
            fp = normalize_fingerprint(fingerprint_text)
        except ValueError as exc:
            raise TrustError(f"Sidik jari tidak sah: {fingerprint_text!r}") from exc
        path = self._path_for(fp)
        if not path.exists():
            raise TrustError(f"Sertifikat {fp} tidak ada di daftar tepercaya (not in trust store).")
        path.unlink()

    def list(self) -> list[dict]:
        entries = []
        for _path, cert, label in self._entries():
            entries.append(
                {
                    "fingerprint": fingerprint(cert),
                    "subject": _name_attribute(cert.subject, NameOID.COMMON_NAME)
                    or cert.subject.rfc4514_string(),
                    "not_after": cert.not_valid_after_utc,
                    "expired": cert.not_valid_after_utc < dt.datetime.now(dt.timezone.utc),
                    "label": label,
                }
            )
        return sorted(entries, key=lambda e: (e["subject"].casefold(), e["fingerprint"]))

    def certificates(self) -> list[x509.Certificate]:
        return [cert for _, cert, _ in self._entries()]

    def is_trusted(self, cert: x509.Certificate) -> bool:
        """Exactly this certificate (byte for byte) is in the store."""
        wanted = fingerprint(cert)
        return any(fingerprint(c) == wanted for c in self.certificates())

    def __contains__(self, cert: x509.Certificate) -> bool:
        return self.is_trusted(cert)

    def _path_for(self, fp: str) -> Path:
        return self.folder / (fp.replace(":", "").lower() + ".pem")

    def _entries(self):
        if not self.folder.is_dir():
            return
        for path in sorted(self.folder.glob("*.pem")):
            try:
                data = path.read_bytes()
                cert = x509.load_pem_x509_certificate(data)
            except (OSError, ValueError):
                # A damaged or foreign file must not make the whole store unusable.
                continue
            # Only files whose name matches their content count: a renamed file
            # must not smuggle in a certificate under another fingerprint.
            if self._path_for(fingerprint(cert)).name != path.name:
                continue
            yield path, cert, _read_label(data)


def _read_label(data: bytes) -> str:
    first_line = data.split(b"\n", 1)[0]
    if first_line.startswith(_LABEL_PREFIX):
        return first_line[len(_LABEL_PREFIX) :].decode("utf-8", "replace").strip()
    return ""


def as_certificates(trust) -> list[x509.Certificate]:
    """Accept a TrustStore or any iterable of certificates (used by pdf and cms)."""
    if isinstance(trust, TrustStore):
        return trust.certificates()
    return list(trust)
