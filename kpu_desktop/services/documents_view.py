"""Reads the Dokumen screen needs besides the documents service: choices for the form, receipts to pick,
what a PDF file holds, and a PKCS#12 check before anything is written.

No Qt here: the screen calls these on the UI thread (cheap reads) or inside background jobs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from ..files import write_atomic
from ..reports.model import Signer
from ..signing.identity import IdentityError, import_pkcs12
from ..signing.pdf import VerificationResult
from ..storage.repos.events import EventRepo
from ..storage.repos.units import unit_label
from .context import AppContext
from .documents import DocumentService
from .documents_meta import SECOND_ROLE, default_signer, place_of
from .documents_pdf import read_envelope, slot_states
from .documents_texts import dt_text
from .errors import ServiceError
from .identity import IdentityService, read_input
from .paging import ListQuery, RecordPager
from .roles import Permission
from .units import UnitService


def form_choices(ctx: AppContext) -> dict:
    """Units of the user's area (depth-first, with depth), events (latest last), the default place
    and the default signer and co-signer."""
    ctx.require(Permission.VIEW)
    unit = ctx.unit
    signer = default_signer(ctx, unit)
    label = unit_label(unit["kind"], unit["name"], unit["code"])
    return {
        "units": [{"code": u["code"], "name": u["name"], "kind": u["kind"], "depth": u["depth"]}
                  for u in UnitService(ctx).tree()],
        "events": [{"id": e["id"], "name": e["name"]} for e in EventRepo(ctx.conn).all()],
        "place": place_of(ctx.conn, unit),
        "signer": signer,
        "cosigner": Signer(post=f"Ketua {label}", name="", nip="", role=SECOND_ROLE),
    }


def receipt_choices(ctx: AppContext, text: str = "", *, event_id: str | None = None,
                    unit_code: str | None = None, limit: int = 50) -> list[dict]:
    """Receipts of the user's area matching the words typed (newest first), one keyset page."""
    pager = RecordPager(ctx, ListQuery("receipt", unit_code=unit_code, event_id=event_id, search=text,
                                       sort="received_at", descending=True), page_size=limit, cache_pages=1)
    return [{"id": r["id"], "number": r["number"], "received_at": r.get("received_at") or "",
             "unit_name": r.get("unit_name") or "", "giver": r.get("giver_institution") or r.get("giver_name") or ""}
            for r in pager.page(0)]


def page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])
    except Exception:  # noqa: BLE001 - a count is only shown, never relied on
        return 0


@dataclass
class PdfInspection:
    """What the Verify tab shows about one file."""

    path: str
    pdf: bytes
    ok: bool
    result: VerificationResult
    lines: list[str]
    slots: list[tuple[str, bool]] = field(default_factory=list)
    doc_number: str = ""
    title: str = ""
    unit_code: str = ""
    record_count: int = 0
    data_problem: str = ""

    @property
    def free_slots(self) -> list[str]:
        return [name for name, signed in self.slots if not signed]


def read_pdf_file(path: Path, lang: str) -> bytes:
    data = read_input(Path(path), lang)
    if b"%PDF-" not in data[:1024]:
        raise ServiceError(dt_text("not_pdf", lang, path=path))
    return data


def inspect_pdf(ctx: AppContext, path: Path) -> PdfInspection:
    """Read a PDF, verify it against this folder's trust store, and describe its slots and data."""
    pdf = read_pdf_file(path, ctx.lang)
    service = DocumentService(ctx)
    result = service.verify(pdf)
    ok, lines = service.verify_report(pdf)
    found = PdfInspection(str(path), pdf, ok, result, lines)
    try:
        found.slots = [(s.name, s.signed) for s in slot_states(pdf, ctx.lang)]
    except ServiceError:
        found.slots = []
    try:
        envelope = read_envelope(pdf, ctx.lang)
    except ServiceError as exc:
        found.data_problem = str(exc)
        return found
    kind = envelope.get("kind") or "summary"
    found.doc_number = str(envelope.get("doc_number") or "")
    found.title = dt_text(f"title.{kind}", ctx.lang)
    records = envelope.get("records") or {}
    found.unit_code = str(records.get("unit_code") or envelope.get("unit_code") or "")
    found.record_count = sum(len(v) for v in (records.get("tables") or {}).values() if isinstance(v, list))
    return found


def check_pkcs12(path: Path, passphrase: str, lang: str) -> dict:
    """Open a PKCS#12 file with its passphrase without installing it; ServiceError when it cannot be used."""
    data = read_input(Path(path), lang)
    try:
        identity = import_pkcs12(data, passphrase or "")
    except IdentityError as exc:
        raise ServiceError(dt_text("pkcs12_bad", lang, path=path, detail=exc)) from exc
    return {"subject": identity.common_name, "fingerprint": identity.fingerprint}


def identity_summary(ctx: AppContext) -> dict | None:
    """The installation's identity as shown on screen, or None when there is none yet."""
    service = IdentityService(ctx)
    if not service.exists():
        return None
    try:
        return service.show()
    except ServiceError:
        return None


def grouped_fingerprint(fingerprint: str, per_line: int = 8) -> str:
    """`AB:CD:EF:...` as groups of four hex digits, eight groups a line: easy to read out by phone."""
    digits = fingerprint.replace(":", "").upper()
    groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
    return "\n".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def certificate_preview(path: Path, lang: str) -> dict:
    """Subject, validity and fingerprint of a certificate file, to confirm before trusting it."""
    from ..signing.identity import describe, load_certificate

    data = read_input(Path(path), lang)
    try:
        return describe(load_certificate(data))
    except IdentityError as exc:
        raise ServiceError(dt_text("trust_bad_cert", lang, path=path)) from exc


def write_pdf(path: Path, data: bytes, lang: str) -> None:
    """Write beside the target, fsync, then rename: a half-written PDF never replaces a good one, and a
    stick pulled right after saving holds the whole document."""
    try:
        write_atomic(Path(path), data)
    except OSError as exc:
        raise ServiceError(dt_text("out_write", lang, path=path, error=exc.strerror or exc)) from exc
