"""Verifying signed PDF documents.

The verdict is deliberately strict and never raises: a document received from a
secretariat is either exactly what the signers signed, by signers we trust, or
it is not ok. Any exception while parsing or validating counts as "invalid".
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import async_validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from ._pyhanko import from_asn1, run_sync, validation_context
from .contents_check import contents_problem, signer_problem
from .identity import _name_attribute, fingerprint
from .trust import TrustStore, as_certificates

log = logging.getLogger(__name__)

# Later revisions may only add or fill signature fields (the Ketua signing after
# the Sekretaris); anything else after a signature means the document changed.
_ALLOWED_LATER_CHANGES = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)


@dataclass
class SignatureReport:
    """What one signature in the document says."""

    field_name: str
    signer: str = ""
    signer_fingerprint: str = ""
    signing_time: dt.datetime | None = None
    intact: bool = False
    trusted: bool = False
    covers_whole_document: bool = False
    modified_after: bool = True
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.modified_after and self.error is None


@dataclass
class VerificationResult:
    """The verdict on a whole document."""

    signatures: list[SignatureReport] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return (
            self.error is None
            and bool(self.signatures)
            and all(s.ok for s in self.signatures)
            and self.signatures[-1].covers_whole_document
        )


def verify_pdf(pdf: bytes, trust: TrustStore | Iterable[x509.Certificate]) -> VerificationResult:
    """Verify every signature of ``pdf`` against the trusted certificates."""
    try:
        certs = as_certificates(trust)
        return run_sync(lambda: verify_pdf_async(pdf, certs))
    except Exception as exc:  # the verdict must never be an exception
        log.warning("PDF verification failed: %s", exc, exc_info=True)
        return VerificationResult(error=_describe(exc))


async def verify_pdf_async(
    pdf: bytes, trust: TrustStore | Iterable[x509.Certificate]
) -> VerificationResult:
    """Same as :func:`verify_pdf`, for callers already inside an event loop."""
    try:
        certs = as_certificates(trust)
        reader = PdfFileReader(io.BytesIO(pdf))
        embedded = list(reader.embedded_signatures)
        if not embedded:
            return VerificationResult(error="Dokumen tidak memiliki tanda tangan (no signature).")
        context = validation_context(certs)
        trusted_der = {c.public_bytes(serialization.Encoding.DER) for c in certs}
        reports = [await _check_signature(pdf, sig, context, trusted_der) for sig in embedded]
        return VerificationResult(signatures=reports)
    except Exception as exc:
        log.warning("PDF verification failed: %s", exc, exc_info=True)
        return VerificationResult(error=_describe(exc))


async def _check_signature(pdf: bytes, sig, context: ValidationContext, trusted_der) -> SignatureReport:
    report = SignatureReport(field_name=str(sig.field_name))
    try:
        _fill_signer(report, sig.signer_cert)
        status = await async_validate_pdf_signature(sig, context)
        report.signing_time = status.signer_reported_dt
        report.intact = bool(status.intact and status.valid)
        report.trusted = bool(status.trusted)
        report.covers_whole_document = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        report.modified_after = _modified_after(status)
        report.error = contents_problem(pdf, sig.byte_range) or signer_problem(
            sig.signed_data, sig.signer_cert, trusted_der
        )
    except Exception as exc:
        log.info("signature %s invalid: %s", report.field_name, exc, exc_info=True)
        report.intact = report.trusted = False
        report.error = _describe(exc)
    return report


def _fill_signer(report: SignatureReport, asn1_cert) -> None:
    cert = from_asn1(asn1_cert)
    report.signer = _name_attribute(cert.subject, NameOID.COMMON_NAME)
    report.signer_fingerprint = fingerprint(cert)


def _modified_after(status) -> bool:
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return False
    if status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return True
    level = status.modification_level
    return level not in _ALLOWED_LATER_CHANGES or not status.docmdp_ok


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


__all__ = ["SignatureReport", "VerificationResult", "verify_pdf", "verify_pdf_async"]
