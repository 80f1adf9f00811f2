"""CMS for USB bundles: detached manifest signatures and envelopes."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization

from kpu_desktop.signing.cms import (
    DecryptionError,
    SignatureInvalid,
    SignerNotTrusted,
    decrypt,
    encrypt_for,
    sign_detached,
    verify_detached,
)
from kpu_desktop.signing.identity import certificate_pem
from kpu_desktop.signing.trust import TrustStore

MANIFEST = b'{"bundle": "PPK-6201010", "files": 3}\r\n\x00binary\xff'
needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl CLI missing")


@pytest.fixture(scope="module")
def signature(sekretaris) -> bytes:
    return sign_detached(MANIFEST, sekretaris)


@needs_openssl
def test_openssl_verifies_signature(signature, sekretaris, tmp_path):
    """openssl cms -verify -binary accepts our detached DER signature."""
    (tmp_path / "manifest.json").write_bytes(MANIFEST)
    (tmp_path / "manifest.p7s").write_bytes(signature)
    (tmp_path / "signer.pem").write_bytes(certificate_pem(sekretaris.certificate))
    result = subprocess.run(
        ["openssl", "cms", "-verify", "-binary", "-inform", "DER",
         "-in", "manifest.p7s", "-content", "manifest.json",
         "-CAfile", "signer.pem", "-out", "/dev/null"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr


def test_verify_returns_signer(signature, sekretaris, tmp_path):
    """A valid signature by a trusted certificate returns that certificate."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    assert verify_detached(MANIFEST, signature, store) == sekretaris.certificate


def test_changed_content_invalid(signature, sekretaris):
    """One changed byte of the manifest makes the signature invalid."""
    changed = MANIFEST.replace(b"3", b"4")
    with pytest.raises(SignatureInvalid):
        verify_detached(changed, signature, [sekretaris.certificate])


def test_untrusted_signer(signature, sekretaris, ketua):
    """An intact signature from a certificate we do not trust names the signer."""
    with pytest.raises(SignerNotTrusted) as info:
        verify_detached(MANIFEST, signature, [ketua.certificate])
    assert info.value.certificate == sekretaris.certificate
    assert sekretaris.fingerprint in str(info.value)


@pytest.mark.parametrize("garbage", [b"", b"not a signature", b"\x30\x03\x02\x01\x01"])
def test_garbage_signature_invalid(garbage, sekretaris):
    """Bytes that are not a CMS signature raise SignatureInvalid."""
    with pytest.raises(SignatureInvalid):
        verify_detached(MANIFEST, garbage, [sekretaris.certificate])


def test_damaged_signature_invalid(signature, sekretaris):
    """A flipped byte in the signature value raises SignatureInvalid."""
    damaged = bytearray(signature)
    damaged[-10] ^= 0x01
    with pytest.raises(SignatureInvalid):
        verify_detached(MANIFEST, bytes(damaged), [sekretaris.certificate])


def test_ca_issued_signer_trusted_through_ca(leaf_factory, test_ca):
    """A signer issued by a trusted CA is accepted with only the CA in the store."""
    leaf = leaf_factory("Operator BSrE")
    signature = sign_detached(MANIFEST, leaf)
    assert verify_detached(MANIFEST, signature, [test_ca[0]]) == leaf.certificate


def test_encrypt_decrypt_roundtrip(ketua):
    """Data encrypted for a certificate decrypts with its identity."""
    envelope = encrypt_for(MANIFEST, ketua.certificate)
    assert MANIFEST not in envelope
    assert decrypt(envelope, ketua) == MANIFEST


@needs_openssl
def test_openssl_decrypts_envelope(ketua, tmp_path):
    """openssl cms -decrypt opens our EnvelopedData."""
    (tmp_path / "data.p7m").write_bytes(encrypt_for(MANIFEST, ketua.certificate))
    (tmp_path / "cert.pem").write_bytes(certificate_pem(ketua.certificate))
    (tmp_path / "key.pem").write_bytes(
        ketua.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    result = subprocess.run(
        ["openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", "data.p7m",
         "-inkey", "key.pem", "-recip", "cert.pem"],
        cwd=tmp_path, capture_output=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == MANIFEST


def test_envelope_uses_aes256(ketua):
    """The content is encrypted with AES-256-CBC (OID 2.16.840.1.101.3.4.1.42)."""
    envelope = encrypt_for(MANIFEST, ketua.certificate)
    assert bytes.fromhex("060960864801650304012a") in envelope


def test_decrypt_with_wrong_identity(ketua, stranger):
    """An envelope for someone else raises DecryptionError."""
    with pytest.raises(DecryptionError):
        decrypt(encrypt_for(MANIFEST, ketua.certificate), stranger)


def test_decrypt_garbage(ketua):
    """Bytes that are not an envelope raise DecryptionError."""
    with pytest.raises(DecryptionError):
        decrypt(b"\x30\x00", ketua)
