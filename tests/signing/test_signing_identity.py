"""Identities: creation, PKCS#12 storage and import."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from kpu_desktop.signing.identity import (
    IdentityError,
    certificate_pem,
    create_identity,
    describe,
    fingerprint,
    import_pkcs12,
    load_certificate,
    load_identity,
    save_identity,
)


def _p12(identity, passphrase: bytes) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"bsre",
        identity.private_key,
        identity.certificate,
        list(identity.chain),
        serialization.BestAvailableEncryption(passphrase),
    )


def test_created_identity_is_rsa3072_self_signed_signing_certificate(sekretaris):
    """A new identity has an RSA-3072 key and a self-signed non-CA signing certificate."""
    cert = sekretaris.certificate
    assert sekretaris.private_key.key_size == 3072
    assert cert.issuer == cert.subject
    cert.verify_directly_issued_by(cert)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and usage.key_encipherment
    cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)


def test_identity_names_and_fingerprints(sekretaris):
    """Common name, full fingerprint (colon pairs) and short fingerprint agree."""
    digest = sekretaris.certificate.fingerprint(hashes.SHA256()).hex().upper()
    assert sekretaris.common_name == "Siti Rahmawati"
    assert sekretaris.fingerprint.replace(":", "") == digest
    assert len(sekretaris.fingerprint) == 95
    assert sekretaris.short_fingerprint == " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def test_empty_common_name_rejected():
    """A certificate without an owner name is refused before generating a key."""
    with pytest.raises(IdentityError):
        create_identity("   ")


def test_save_and_load_roundtrip(sekretaris, tmp_path):
    """An identity saved with a passphrase loads back with the same key and certificate."""
    path = tmp_path / "keys" / "identitas.p12"
    save_identity(sekretaris, path, "rahasia-123")
    loaded = load_identity(path, "rahasia-123")
    assert loaded.certificate == sekretaris.certificate
    assert loaded.private_key.private_numbers() == sekretaris.private_key.private_numbers()
    assert [p.name for p in path.parent.iterdir()] == ["identitas.p12"]  # no temp left


def test_wrong_passphrase_gives_clear_error(sekretaris, tmp_path):
    """Loading with the wrong passphrase raises IdentityError naming the passphrase."""
    path = tmp_path / "identitas.p12"
    save_identity(sekretaris, path, "benar")
    with pytest.raises(IdentityError, match="(?i)passphrase"):
        load_identity(path, "salah")


def test_saved_file_is_encrypted(sekretaris, tmp_path):
    """The PKCS#12 file cannot be opened without the passphrase and holds no clear key."""
    path = tmp_path / "identitas.p12"
    save_identity(sekretaris, path, "rahasia")
    data = path.read_bytes()
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, None)
    with pytest.raises(IdentityError):
        load_identity(path, "")
    key_der = sekretaris.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    assert key_der[-64:] not in data


def test_saving_without_passphrase_refused(sekretaris, tmp_path):
    """An identity is never written unprotected."""
    with pytest.raises(IdentityError):
        save_identity(sekretaris, tmp_path / "x.p12", "")
    assert not (tmp_path / "x.p12").exists()


def test_import_pkcs12_with_chain(leaf_factory, test_ca):
    """A CA-issued PKCS#12 imports with its key, certificate and CA chain."""
    leaf = leaf_factory("Pejabat BSrE")
    imported = import_pkcs12(_p12(leaf, b"p12-pass"), "p12-pass")
    assert imported.certificate == leaf.certificate
    assert imported.chain == (test_ca[0],)
    assert imported.common_name == "Pejabat BSrE"


def test_import_expired_pkcs12_rejected(leaf_factory):
    """An expired certificate is refused with a message saying so."""
    expired = leaf_factory("Kedaluwarsa", expired=True)
    with pytest.raises(IdentityError, match="(?i)expired"):
        import_pkcs12(_p12(expired, b"pw"), "pw")


def test_import_with_wrong_passphrase(leaf_factory):
    """A wrong PKCS#12 passphrase on import is an IdentityError."""
    with pytest.raises(IdentityError):
        import_pkcs12(_p12(leaf_factory("X"), b"pw"), "not-pw")


def test_load_certificate_pem_and_der(ketua):
    """Certificates are read from PEM and from DER; garbage is an IdentityError."""
    cert = ketua.certificate
    assert load_certificate(certificate_pem(cert)) == cert
    assert load_certificate(cert.public_bytes(serialization.Encoding.DER)) == cert
    with pytest.raises(IdentityError):
        load_certificate(b"bukan sertifikat")


def test_describe(ketua):
    """describe() gives plain display values including validity and fingerprint."""
    info = describe(ketua.certificate)
    assert info["subject"] == "Budi Santoso"
    assert info["organization"] == "KPU"
    assert info["fingerprint"] == fingerprint(ketua.certificate)
    assert info["not_before"] < dt.datetime.now(dt.timezone.utc) < info["not_after"]
