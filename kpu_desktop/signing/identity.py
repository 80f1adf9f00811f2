"""Signing identities: an X.509 certificate, its private key and the issuing chain.

An identity is either created on this laptop (a self-signed certificate that the
provincial KPU adds to its trust store by fingerprint) or imported from a PKCS#12
file issued by a certification authority such as BSrE. On disk an identity only
ever exists as a passphrase-protected PKCS#12 file: the private key is never
written in the clear and the passphrase is never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..files import write_atomic

RSA_KEY_SIZE = 3072
# PBKDF2 rounds for the PKCS#12 key bag; high enough to slow down guessing on a
# stolen laptop, low enough that opening the identity stays well under a second.
PKCS12_KDF_ROUNDS = 200_000

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class IdentityError(Exception):
    """An identity could not be created, read or used; the message is for the user."""


@dataclass(frozen=True)
class Identity:
    """A certificate with the private key that signs for it and the chain above it."""

    certificate: x509.Certificate
    private_key: SigningKey
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def common_name(self) -> str:
        return _name_attribute(self.certificate.subject, NameOID.COMMON_NAME)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.certificate)

    @property
    def short_fingerprint(self) -> str:
        return short_fingerprint(self.certificate)


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as upper-case hex pairs joined by colons."""
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def short_fingerprint(cert: x509.Certificate) -> str:
    """First 16 hex digits in groups of four: short enough to read over the phone."""
    digits = cert.fingerprint(hashes.SHA256()).hex().upper()[:16]
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def normalize_fingerprint(value: str) -> str:
    """Accept a fingerprint typed with or without colons/spaces, in any case."""
    digits = "".join(ch for ch in value if ch not in ": \t").upper()
    if len(digits) != 64 or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise ValueError(f"not a SHA-256 fingerprint: {value!r}")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def create_identity(
    common_name: str,
    *,
    organization: str = "KPU",
    unit_code: str | None = None,
    nip: str | None = None,
    email: str | None = None,
    days: int = 1825,
) -> Identity:
    """Create a new RSA-3072 key and a self-signed certificate for it."""
    if not common_name.strip():
        raise IdentityError("Nama pemilik sertifikat wajib diisi (common name is required).")
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_SIZE)
    name = _build_name(common_name, organization, unit_code, nip, email)
    now = dt.datetime.now(dt.timezone.utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # Back-date a little so a laptop whose clock is a few minutes behind
        # the verifier's does not produce "not yet valid" certificates.
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=days))
    )
    for extension, critical in _leaf_extensions(key, email):
        builder = builder.add_extension(extension, critical=critical)
    cert = builder.sign(key, hashes.SHA256())
    return Identity(certificate=cert, private_key=key, chain=())


def _build_name(common_name, organization, unit_code, nip, email) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "ID")]
    if organization:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    if unit_code:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit_code))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()))
    if nip:
        # serialNumber is the attribute X.520 reserves for a person's identifier.
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, nip))
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attributes)


def _leaf_extensions(key: rsa.RSAPrivateKey, email: str | None):
    """Extensions of a self-signed signing certificate.

    No keyCertSign: the certificate is no CA. OpenSSL (``-CAfile`` itself),
    poppler and pyHanko still accept it as its own trust anchor. keyEncipherment
    lets USB bundles be encrypted to it; nonRepudiation is what PAdES validators
    expect of a signing certificate.
    """
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    extensions = [
        (x509.BasicConstraints(ca=False, path_length=None), True),
        (
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            True,
        ),
        (ski, False),
        (x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), False),
    ]
    if email:
        extensions.append((x509.SubjectAlternativeName([x509.RFC822Name(email)]), False))
    return extensions


def save_identity(identity: Identity, path: Path, passphrase: str) -> None:
    """Write the identity as PKCS#12 encrypted with AES-256, atomically."""
    if not passphrase:
        raise IdentityError("Kata sandi wajib diisi untuk menyimpan identitas (passphrase required).")
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    data = pkcs12.serialize_key_and_certificates(
        name=identity.common_name.encode("utf-8"),
        key=identity.private_key,
        cert=identity.certificate,
        cas=list(identity.chain) or None,
        encryption_algorithm=encryption,
    )
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)  # a pulled stick leaves the old key file or the new one, never half of one


def load_identity(path: Path, passphrase: str) -> Identity:
    """Read an identity written by :func:`save_identity`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(f"Berkas identitas tidak dapat dibaca: {exc}") from exc
    return _parse_pkcs12(data, passphrase)


def import_pkcs12(data: bytes, passphrase: str) -> Identity:
    """Import a PKCS#12 issued elsewhere (e.g. BSrE); refuse expired certificates."""
    identity = _parse_pkcs12(data, passphrase)
    now = dt.datetime.now(dt.timezone.utc)
    cert = identity.certificate
    if cert.not_valid_after_utc < now:
        raise IdentityError(
            "Sertifikat sudah kedaluwarsa pada "
            f"{cert.not_valid_after_utc:%Y-%m-%d} (certificate expired)."
        )
    if cert.not_valid_before_utc > now:
        raise IdentityError(
            "Sertifikat belum berlaku sampai "
            f"{cert.not_valid_before_utc:%Y-%m-%d} (certificate not yet valid)."
        )
    return identity


def _parse_pkcs12(data: bytes, passphrase: str) -> Identity:
    try:
        bundle = pkcs12.load_pkcs12(data, passphrase.encode("utf-8") if passphrase else None)
    except ValueError as exc:
        raise IdentityError(
            "Kata sandi salah atau berkas bukan PKCS#12 yang sah "
            "(wrong passphrase or not a PKCS#12 file)."
        ) from exc
    if bundle.key is None or bundle.cert is None:
        raise IdentityError("Berkas PKCS#12 tidak berisi kunci privat dan sertifikat.")
    key = bundle.key
    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
        raise IdentityError("Hanya kunci RSA atau EC yang didukung (only RSA or EC keys).")
    cert = bundle.cert.certificate
    if _public_der(key.public_key()) != _public_der(cert.public_key()):
        raise IdentityError("Kunci privat tidak cocok dengan sertifikat (key does not match).")
    chain = tuple(c.certificate for c in bundle.additional_certs)
    return Identity(certificate=cert, private_key=key, chain=chain)


def _public_der(public_key) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_certificate(data: bytes) -> x509.Certificate:
    """Read one certificate given as PEM or DER."""
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise IdentityError("Data bukan sertifikat X.509 yang sah (not a certificate).") from exc


def describe(cert: x509.Certificate) -> dict:
    """Plain values for display and for the audit log."""
    return {
        "subject": _name_attribute(cert.subject, NameOID.COMMON_NAME),
        "organization": _name_attribute(cert.subject, NameOID.ORGANIZATION_NAME),
        "issuer": _name_attribute(cert.issuer, NameOID.COMMON_NAME),
        "serial": format(cert.serial_number, "X"),
        "not_before": cert.not_valid_before_utc,
        "not_after": cert.not_valid_after_utc,
        "fingerprint": fingerprint(cert),
        "short_fingerprint": short_fingerprint(cert),
    }


def _name_attribute(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""
