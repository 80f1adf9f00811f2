"""Fixtures for the signing tests.

RSA-3072 keys take a noticeable time to generate, so identities are created
once per session; tests must not mutate them (they are frozen dataclasses).
"""

from __future__ import annotations

import datetime as dt
import io
import logging

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from reportlab.pdfgen import canvas

from kpu_desktop.signing.identity import Identity, create_identity
from kpu_desktop.signing.pdf import SignatureBox, sign_pdf


@pytest.fixture(autouse=True)
def _quiet_pyhanko(caplog):
    """pyHanko logs every rejected signature at ERROR; the tests expect rejections."""
    caplog.set_level(logging.CRITICAL, logger="pyhanko")
    caplog.set_level(logging.CRITICAL, logger="pyhanko_certvalidator")


@pytest.fixture(scope="session")
def sekretaris() -> Identity:
    return create_identity("Siti Rahmawati", unit_code="6201", nip="198609262015052001")


@pytest.fixture(scope="session")
def ketua() -> Identity:
    return create_identity("Budi Santoso", unit_code="6201")


@pytest.fixture(scope="session")
def stranger() -> Identity:
    return create_identity("Orang Lain", organization="Bukan KPU")


def make_pdf(pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for number in range(1, pages + 1):
        pdf.drawString(72, 760, f"Laporan ringkas sekretariat - halaman {number}")
        pdf.drawString(72, 740, "Jumlah TPS: 1.935")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="session")
def small_pdf() -> bytes:
    return make_pdf(1)


@pytest.fixture(scope="session")
def signed_once(small_pdf, sekretaris) -> bytes:
    """The one-page report signed visibly by the Sekretaris."""
    return sign_pdf(
        small_pdf,
        sekretaris,
        field_name="Sekretaris",
        box=SignatureBox(page=0, rect=(60, 60, 290, 140)),
        reason="Pengesahan laporan",
        location="Palangka Raya",
        signer_label="Sekretaris PPK",
    )


@pytest.fixture(scope="session")
def signed_twice(signed_once, ketua) -> bytes:
    """The same report countersigned by the Ketua."""
    return sign_pdf(
        signed_once,
        ketua,
        field_name="Ketua",
        box=SignatureBox(page=0, rect=(310, 60, 540, 140)),
        signer_label="Ketua",
    )


@pytest.fixture(scope="session")
def test_ca():
    """A small certification authority (RSA-2048 to keep the suite fast)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test BSrE CA")])
    cert = (
        _builder(name, name, key.public_key(), days=365)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def issue_leaf(ca, common_name: str, *, expired: bool = False) -> Identity:
    """A leaf identity issued by ``ca``, its chain holding the CA certificate."""
    ca_cert, ca_key = ca
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = (
        _builder(subject, ca_cert.subject, key.public_key(), days=-1 if expired else 90)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(ca=False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return Identity(certificate=cert, private_key=key, chain=(ca_cert,))


def _builder(subject, issuer, public_key, *, days: int) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.timezone.utc)
    start = now - dt.timedelta(days=10)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + dt.timedelta(days=days))
    )


def _key_usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=not ca,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


@pytest.fixture(scope="session")
def pdf_factory():
    """``pdf_factory(pages)`` builds an unsigned report PDF."""
    return make_pdf


@pytest.fixture(scope="session")
def leaf_factory(test_ca):
    """``leaf_factory(name, expired=False)`` issues an identity from the test CA."""
    return lambda name, *, expired=False: issue_leaf(test_ca, name, expired=expired)
