"""Bridges between ``cryptography`` objects (our API) and pyHanko's asn1crypto world.

Kept in one place so that pdf and cms modules agree on how trust is configured.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Iterable
from typing import TypeVar

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign import signers
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from .identity import Identity

T = TypeVar("T")


def to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def from_asn1(cert: asn1_x509.Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.dump())


class _LoadedKeySigner(signers.SimpleSigner):
    """A SimpleSigner that signs with the key object we already hold.

    pyHanko re-imports the private key from DER for every raw signature, and
    cryptography validates an RSA-3072 key on import (~0.2 s); with the
    size-estimation pass that doubled the time of every PDF signature.
    """

    def __init__(self, *args, loaded_key, **kwargs):
        super().__init__(*args, **kwargs)
        self._loaded_key = loaded_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        name = mechanism["algorithm"].native
        hash_algo = _HASHES.get(digest_algorithm)
        if hash_algo is not None and isinstance(self._loaded_key, rsa.RSAPrivateKey):
            if name == "sha256_rsa" or name == "rsassa_pkcs1v15":
                return self._loaded_key.sign(data, padding.PKCS1v15(), hash_algo)
        if hash_algo is not None and isinstance(self._loaded_key, ec.EllipticCurvePrivateKey):
            if name in ("sha256_ecdsa", "ecdsa"):
                return self._loaded_key.sign(data, ec.ECDSA(hash_algo))
        return super().sign_raw(data, digest_algorithm)


_HASHES = {"sha256": hashes.SHA256()}


def simple_signer(identity: Identity) -> signers.SimpleSigner:
    key_der = identity.private_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return _LoadedKeySigner(
        signing_cert=to_asn1(identity.certificate),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([to_asn1(c) for c in identity.chain]),
        loaded_key=identity.private_key,
    )


def validation_context(trusted: Iterable[x509.Certificate]) -> ValidationContext:
    """A context trusting exactly the given certificates, never going online.

    Laptops are offline for days, so no OCSP/CRL fetching; self-signed
    certificates carry no revocation information anyway, hence soft-fail.
    """
    return ValidationContext(
        trust_roots=[to_asn1(c) for c in trusted],
        allow_fetching=False,
        revocation_mode="soft-fail",
    )


def run_sync(coro_factory) -> T:
    """Run an async pyHanko operation from synchronous code.

    ``asyncio.run`` refuses to start inside a running loop (a Qt-asyncio bridge,
    a Jupyter kernel), so in that case the coroutine runs on a helper thread
    with its own loop. ``coro_factory`` builds the coroutine on that thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro_factory())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(coro_factory())).result()

