"""Background jobs of the Dokumen screen: plain functions over their own context, never touching widgets.

The key passphrase travels into the job and unlocks the identity there (PKCS#12 key derivation is slow on
purpose); a wrong passphrase fails the job before a document number is taken or anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..services.documents import Cancelled, DocumentRequest, DocumentService, GeneratedDocument
from ..services.documents_view import inspect_pdf, page_count
from ..services.identity import IdentityService
from ..tasks.runner import TaskCancelled


@dataclass(frozen=True)
class Produced:
    """A document held in memory until the user saves it."""

    doc: GeneratedDocument
    pdf: bytes
    pages: int
    signed_slots: tuple[str, ...]


def _reporting(progress):
    return (lambda percent, step: progress.report(percent, 100, step)), (lambda: progress.cancelled)


def generate_job(request: DocumentRequest, passphrase: str | None):
    def job(ctx, progress) -> Produced:
        identity = IdentityService(ctx).load(passphrase) if passphrase is not None else None
        report, cancelled = _reporting(progress)
        try:
            doc = DocumentService(ctx).generate(request, identity=identity, progress=report, cancelled=cancelled)
        except Cancelled as exc:
            raise TaskCancelled() from exc
        signed = (doc.signed_slot,) if doc.signed_slot else ()
        return Produced(doc, doc.pdf, page_count(doc.pdf), signed)
    return job


def sign_job(pdf: bytes, passphrase: str, slot: str, post: str):
    def job(ctx, progress) -> bytes:
        identity = IdentityService(ctx).load(passphrase)
        progress.check()
        return DocumentService(ctx).sign(pdf, identity, slot, post=post)
    return job


def inspect_job(path: str):
    def job(ctx, progress):
        return inspect_pdf(ctx, Path(path))
    return job


def import_job(pdf: bytes):
    def job(ctx, progress):
        report, cancelled = _reporting(progress)
        try:
            return DocumentService(ctx).import_pdf(pdf, progress=report, cancelled=cancelled)
        except Cancelled as exc:
            raise TaskCancelled() from exc
    return job
