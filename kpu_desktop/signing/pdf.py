"""Signing PDF documents (PAdES B-B) and reading their attachments.

Every signature is appended as an incremental update, so the Sekretaris's
signature stays valid when the Ketua signs the same file afterwards.
Verification lives in :mod:`.pdf_verify` and is re-exported here.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as _PyHankoSigningError
from pyhanko.stamp import TextStampStyle

from ._pyhanko import run_sync, simple_signer
from .identity import Identity
from .pdf_verify import SignatureReport, VerificationResult, verify_pdf, verify_pdf_async

__all__ = [
    "PdfSigningError",
    "SignatureBox",
    "SignatureReport",
    "VerificationResult",
    "embedded_files",
    "sign_pdf",
    "verify_pdf",
    "verify_pdf_async",
]

# Shown inside the visible signature box. Indonesian, because the printed
# document is read by officers; %(...)s values are filled by pyHanko.
_STAMP_TEXT = (
    "Ditandatangani secara elektronik oleh:\n"
    "%(signer)s\n"
    "%(label)s\n"
    "Waktu: %(ts)s\n"
    "Sidik jari: %(fp)s"
)
_STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"


class PdfSigningError(Exception):
    """The document could not be signed; the message is for the user."""


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: 0-based page, PDF points from bottom-left."""

    page: int
    rect: tuple[float, float, float, float]

    def __post_init__(self) -> None:
        x1, y1, x2, y2 = self.rect
        if self.page < 0 or x2 <= x1 or y2 <= y1:
            raise ValueError(f"invalid signature box: page {self.page}, rect {self.rect}")


class _FixedTimePdfSigner(signers.PdfSigner):
    """A PdfSigner whose claimed signing time can be fixed by the caller.

    pyHanko takes the signing time from the clock when the session starts; the
    caller may want the time it recorded in its own audit log instead.
    """

    def __init__(self, *args, signing_time: dt.datetime | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        if self._signing_time is not None:
            session.system_time = self._signing_time
        return session


def sign_pdf(
    pdf: bytes,
    identity: Identity,
    *,
    field_name: str,
    box: SignatureBox | None = None,
    reason: str = "",
    location: str = "",
    signer_label: str = "",
    timestamp: dt.datetime | None = None,
) -> bytes:
    """Append a PAdES B-B signature (RSA/ECDSA with SHA-256) and return the new file.

    With ``box`` the signature is visible on that page; if a field called
    ``field_name`` already exists (prepared by the report layout) it is used and
    ``box`` is ignored.
    """
    if timestamp is not None and timestamp.tzinfo is None:
        raise ValueError("timestamp must be timezone-aware")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    except Exception as exc:  # pyHanko raises several parse error types
        raise PdfSigningError(f"Berkas PDF tidak dapat dibaca: {exc}") from exc
    state = _field_state(writer, field_name)
    if state == "signed":
        raise PdfSigningError(f"Kolom tanda tangan '{field_name}' sudah ditandatangani.")
    pdf_signer = _FixedTimePdfSigner(
        _metadata(field_name, reason, location),
        simple_signer(identity),
        stamp_style=TextStampStyle(stamp_text=_STAMP_TEXT, timestamp_format=_STAMP_TIME_FORMAT),
        new_field_spec=_field_spec(field_name, box) if state == "missing" else None,
        signing_time=timestamp,
    )
    params = {"fp": identity.short_fingerprint, "label": signer_label}
    try:
        output = run_sync(
            lambda: pdf_signer.async_sign_pdf(writer, appearance_text_params=params)
        )
    except _PyHankoSigningError as exc:
        raise PdfSigningError(f"Penandatanganan gagal: {exc}") from exc
    return output.getvalue()


def _metadata(field_name: str, reason: str, location: str) -> signers.PdfSignatureMetadata:
    return signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )


def _field_spec(field_name: str, box: SignatureBox | None) -> fields.SigFieldSpec:
    if box is None:
        # An invisible field: pyHanko puts a zero-size widget on the first page.
        return fields.SigFieldSpec(sig_field_name=field_name)
    return fields.SigFieldSpec(sig_field_name=field_name, on_page=box.page, box=box.rect)


def _field_state(writer: IncrementalPdfFileWriter, field_name: str) -> str:
    """'missing', 'empty' (prepared by the layout, unsigned) or 'signed'."""
    for name, value, _ref in fields.enumerate_sig_fields(writer.prev, filled_status=None):
        if name == field_name:
            return "empty" if value is None else "signed"
    return "missing"


def embedded_files(pdf: bytes) -> dict[str, bytes]:
    """Attachments of the document (the /EmbeddedFiles name tree), by name."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    names = reader.root.get("/Names")
    if names is None:
        return {}
    tree = names.get_object().get("/EmbeddedFiles")
    if tree is None:
        return {}
    result: dict[str, bytes] = {}
    for name, filespec in _walk_name_tree(tree.get_object(), depth=0):
        data = _filespec_data(filespec)
        if data is not None:
            result[name] = data
    return result


def _walk_name_tree(node, depth: int):
    # Depth bound: a malicious file could make /Kids loop forever.
    if depth > 32:
        return
    names = node.get("/Names")
    if names is not None:
        items = list(names.get_object())
        for i in range(0, len(items) - 1, 2):
            key = items[i].get_object()
            if isinstance(key, generic.ByteStringObject):
                name = bytes(key).decode("utf-8", "replace")
            else:
                name = str(key)
            yield name, items[i + 1].get_object()
    for kid in node.get("/Kids", ()):
        yield from _walk_name_tree(kid.get_object(), depth + 1)


def _filespec_data(filespec) -> bytes | None:
    ef = filespec.get("/EF")
    if ef is None:
        return None
    ef = ef.get_object()
    stream = ef.get("/UF") or ef.get("/F")
    if stream is None:
        return None
    return stream.get_object().data
