"""CMS (PKCS#7) for USB bundles: detached signatures over the manifest, and
encryption of bundle contents to the receiving office's certificate.

Signatures are made with ``cryptography`` so that ``openssl cms -verify -binary``
accepts them; ``cryptography`` cannot verify CMS, so verification uses pyHanko's
generic CMS validation plus our own trust decision.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

from ._pyhanko import from_asn1, run_sync, validation_context
from .identity import Identity, fingerprint
from .trust import TrustStore, as_certificates

log = logging.getLogger(__name__)


class SignatureInvalid(Exception):
    """The signature is damaged, garbled, or the signed content was changed."""


class SignerNotTrusted(Exception):
    """The signature is intact but made by a certificate we do not trust."""

    def __init__(self, certificate: x509.Certificate):
        self.certificate = certificate
        super().__init__(
            "Penanda tangan tidak tepercaya (signer not trusted): "
            f"{certificate.subject.rfc4514_string()} [{fingerprint(certificate)}]"
        )


class DecryptionError(Exception):
    """The data could not be decrypted with this identity."""


def sign_detached(data: bytes, identity: Identity) -> bytes:
    """DER CMS SignedData over ``data`` (not included), with the signer's chain."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(identity.certificate, identity.private_key, hashes.SHA256())
    for cert in identity.chain:
        builder = builder.add_certificate(cert)
    # Binary: sign the bytes as they are; without it the data would be
    # canonicalised to CRLF line endings and other tools would disagree.
    return builder.sign(
        serialization.Encoding.DER,
        [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary],
    )


def verify_detached(
    data: bytes, signature: bytes, trust: TrustStore | Iterable[x509.Certificate]
) -> x509.Certificate:
    """Return the signer's certificate if ``signature`` over ``data`` is valid and trusted."""
    certs = as_certificates(trust)
    signed_data = _parse_signed_data(signature)
    try:
        status = run_sync(
            lambda: async_validate_detached_cms(
                data, signed_data, signer_validation_context=validation_context(certs)
            )
        )
    except Exception as exc:  # pyHanko raises for garbled structures
        raise SignatureInvalid(f"Tanda tangan rusak (damaged signature): {exc}") from exc
    if not (status.intact and status.valid):
        raise SignatureInvalid(
            "Tanda tangan tidak cocok dengan isi (content changed or signature invalid)."
        )
    signer = from_asn1(status.signing_cert)
    # pyHanko validated the path against exactly our trusted certificates:
    # the signer itself is in the store, or a CA in the store issued it.
    if not status.trusted:
        raise SignerNotTrusted(signer)
    return signer


def _parse_signed_data(signature: bytes) -> asn1_cms.SignedData:
    try:
        info = asn1_cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed_data = info["content"]
        signed_data.native  # force a full parse now, not deep inside pyHanko
        if len(signed_data["signer_infos"]) != 1:
            raise ValueError("expected exactly one signer")
        return signed_data
    except Exception as exc:
        raise SignatureInvalid(f"Berkas tanda tangan tidak sah (not a CMS signature): {exc}") from exc


def encrypt_for(data: bytes, recipient: x509.Certificate) -> bytes:
    """DER CMS EnvelopedData with AES-256, readable only with the recipient's key."""
    if not isinstance(recipient.public_key(), rsa.RSAPublicKey):
        # CMS key transport (KeyTransRecipientInfo) needs an RSA recipient.
        raise ValueError("Enkripsi hanya untuk sertifikat RSA (RSA recipient required).")
    builder = (
        pkcs7.PKCS7EnvelopeBuilder()
        .set_data(data)
        .add_recipient(recipient)
        .set_content_encryption_algorithm(algorithms.AES256)
    )
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def decrypt(data: bytes, identity: Identity) -> bytes:
    """Open an envelope made by :func:`encrypt_for` for this identity."""
    if not isinstance(identity.private_key, rsa.RSAPrivateKey):
        raise DecryptionError("Identitas ini tidak dapat membuka data terenkripsi (not RSA).")
    try:
        # No options: the plaintext comes back byte for byte (the only option
        # accepted here, Text, would strip MIME headers).
        return pkcs7.pkcs7_decrypt_der(data, identity.certificate, identity.private_key, [])
    except Exception as exc:  # ValueError, UnsupportedAlgorithm, parse errors
        raise DecryptionError(
            "Data tidak dapat dibuka: bukan untuk identitas ini atau rusak "
            "(not addressed to this identity, or damaged)."
        ) from exc
