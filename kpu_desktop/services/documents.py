"""Signed PDF documents for the provincial KPU: generate, sign, verify and import.

The UI's Dokumen screen runs these calls on a worker thread with its own AppContext: each
long call takes `progress(percent, step)` and `cancelled() -> bool`; a cancel raises
`Cancelled` before anything is written (an import rolls back as a whole).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from ..reports.model import DocumentMeta, Signer
from ..reports.render import (make_envelope, render_asn_recap, render_bast, render_facility_register,
                              render_logistics_recap, render_summary)
from ..signing.identity import Identity
from ..signing.pdf import VerificationResult, verify_pdf
from ..storage.db import transaction
from ..storage.repos.events import EventRepo
from ..sync.fingerprint import data_fingerprint, short_fingerprint
from . import documents_build as build
from .common import officer_nip, resolve_event, resolve_id, resolve_unit
from .context import AppContext
from .documents_data import ScopeData, lines_of, receipt_row, unit_chain
from .documents_meta import (KINDS, PRIMARY_ROLE, SECOND_ROLE, address_of, default_signer, letterhead,
                             local_now, peek_number, place_of, save_settings, secretariat_name, take_number,
                             unit_digits, with_role)
from .documents_pdf import (add_signature_fields, envelope_sha256, failure_reason, read_envelope, sign_slot,
                            slot_states, verification_lines)
from .documents_records import ImportReport, RecordImporter, make_records, record_count
from .documents_summary import summary as build_summary
from .documents_texts import dt_text
from .errors import ServiceError
from .identity import IdentityService
from .roles import Permission

Progress = Callable[[int, str], None]
CancelCheck = Callable[[], bool]
RENDERERS = {"asn": render_asn_recap, "facility": render_facility_register, "bast": render_bast,
             "logistics": render_logistics_recap, "summary": render_summary}
# Tables behind each kind (reports/SCHEMA.md, "Records").
RECORD_TABLES = {
    "asn": ("units", "persons", "placements"),
    "facility": ("units", "facilities"),
    "logistics": ("units", "receipts", "receipt_lines"),
    "summary": ("units", "tps", "persons", "placements", "facilities", "receipts", "receipt_lines"),
}


class Cancelled(ServiceError):
    """The user cancelled a long call; nothing was written."""


@dataclass(frozen=True)
class DocumentRequest:
    """What to produce. `unit` is a code or id (default: the installation's unit); `event` an
    event id (default: the latest); `receipt` an id or unique prefix (BAST only)."""

    kind: str
    unit: str | None = None
    event: str | None = None
    receipt: str | None = None
    lang: str | None = None
    place: str | None = None
    sign_date: dt.date | None = None
    signer: Signer | None = None
    cosigner: Signer | None = None  # adds a second slot ("ketua") for a later `sign`


@dataclass(frozen=True)
class GeneratedDocument:
    kind: str
    pdf: bytes
    doc_number: str
    data_sha256: str
    fingerprint: str
    record_count: int
    slots: tuple[str, ...]
    signed_slot: str | None = None


@dataclass
class _Plan:
    """Everything read from the database for one document, before a number is taken."""

    kind: str
    unit: dict
    event: dict
    lang: str
    data: object
    tables: dict
    unit_ids: list
    receipt: dict | None = None


class DocumentService:
    def __init__(self, ctx: AppContext, *, now: Callable[[], dt.datetime] = local_now):
        self.ctx = ctx
        self.lang = ctx.lang
        self.now = now

    # -- settings ------------------------------------------------------------------------------------
    def settings(self) -> dict:
        self.ctx.require(Permission.VIEW)
        return {"place": place_of(self.ctx.conn, self.ctx.unit), "address": address_of(self.ctx.conn)}

    def save_settings(self, *, place: str | None = None, address: str | None = None) -> dict:
        self.ctx.require(Permission.MANAGE_UNITS)
        with transaction(self.ctx.conn):
            save_settings(self.ctx, place=place, address=address)
        return self.settings()

    def next_number(self, kind: str) -> str:
        """The number the next document of `kind` will carry (for a preview; nothing is reserved)."""
        self._check_kind(kind)
        return peek_number(self.ctx.conn, kind, self.ctx.unit, self.now().year) if kind != "bast" else ""

    # -- generating ------------------------------------------------------------------------------------
    def generate(self, request: DocumentRequest, *, identity: Identity | None = None, slot: str | None = None,
                 progress: Progress | None = None, cancelled: CancelCheck | None = None) -> GeneratedDocument:
        """Render the document (and sign it in `slot`, default the first signer's, with `identity`)."""
        self.ctx.require(Permission.SIGN_DOCUMENTS if identity else Permission.EXPORT_DATA)
        step = _Steps(progress, cancelled, self.lang)
        step(5, "collect")
        plan = self._plan(request)
        step(35, "fingerprint")
        fingerprint = short_fingerprint(data_fingerprint(self.ctx.conn, plan.unit_ids))
        step(45, "number")
        meta, envelope = self._reserve(plan, request, fingerprint, identity)
        step(50, "render")
        rendered = RENDERERS[plan.kind](meta, plan.data, embedded=envelope)
        pdf = add_signature_fields(rendered.pdf, rendered.slots)
        roles = tuple(s.role for s in rendered.slots)
        signed = None
        if identity is not None:
            step(85, "sign")
            signed = slot or self._default_slot(plan, roles)
            pdf = self._sign(pdf, identity, signed, meta)
        step(100, "done")
        return GeneratedDocument(plan.kind, pdf, meta.doc_number, rendered.data_sha256, fingerprint,
                                 record_count(envelope["records"]), roles, signed)

    def _plan(self, request: DocumentRequest) -> _Plan:
        kind, lang = self._check_kind(request.kind), request.lang or self.lang
        for who, signer in (("signer", request.signer), ("cosigner", request.cosigner)):
            if signer is not None:  # printed under the signature: 18 digits or none
                officer_nip(signer.nip, self.lang, whose=dt_text(f"whose.{who}", self.lang))
        unit = resolve_unit(self.ctx, request.unit, default_own=True)
        if kind == "bast":
            return self._plan_bast(request, unit, lang)
        event = self._event(request.event)
        data = ScopeData(self.ctx.conn, unit, event)
        tables = {t: getattr(data, t) for t in RECORD_TABLES[kind]}
        inputs = {"asn": lambda: build.asn_recap(data, lang),
                  "facility": lambda: build.facility_register(data, lang),
                  "logistics": lambda: build.logistics_recap(data),
                  "summary": lambda: build_summary(data, lang, sum(len(v) for v in tables.values()))}
        return _Plan(kind, unit, event, lang, inputs[kind](), tables, data.unit_ids)

    def _plan_bast(self, request: DocumentRequest, unit: dict, lang: str) -> _Plan:
        if not request.receipt:
            raise ServiceError(dt_text("receipt_required", lang))
        receipt = receipt_row(self.ctx.conn, resolve_id(self.ctx, "receipts", request.receipt))
        chain = unit_chain(self.ctx.conn, unit["id"], receipt["receiver_unit_id"])
        if not chain or receipt["deleted"]:
            raise ServiceError(dt_text("receipt_outside", lang, number=receipt["number"]))
        lines = lines_of(self.ctx.conn, [receipt["id"]])
        items = ScopeData(self.ctx.conn, unit, None).items
        data = build.bast(receipt, lines, chain[-1], items)
        tables = {"units": chain, "receipts": [receipt], "receipt_lines": lines}
        event = EventRepo(self.ctx.conn).get(receipt["event_id"])
        return _Plan("bast", unit, event, lang, data, tables, [chain[-1]["id"]], receipt)

    def _event(self, value: str | None) -> dict:
        if value:
            return resolve_event(self.ctx, value)
        events = EventRepo(self.ctx.conn).all()
        if not events:
            raise ServiceError(dt_text("no_event", self.lang))
        return events[-1]

    def _check_kind(self, kind: str) -> str:
        if kind not in KINDS:
            raise ServiceError(dt_text("kind_unknown", self.lang, kind=kind, choices=", ".join(KINDS)))
        return kind

    def _reserve(self, plan: _Plan, request: DocumentRequest, fingerprint: str, identity: Identity | None):
        """Take the number and write the audit entry in one short transaction; build meta and envelope."""
        now = self.now()
        with transaction(self.ctx.conn):
            number = plan.receipt["number"] if plan.receipt else take_number(
                self.ctx.conn, plan.kind, plan.unit, now.year)
            meta = self._meta(plan, request, number, fingerprint, now, identity)
            records = make_records(plan.tables, unit=plan.unit, event_id=plan.event["id"] if plan.event else None)
            envelope = make_envelope(plan.kind, meta, records)
            self.ctx.writer().audit_entry("document_generate", "documents", number, {
                "kind": [None, plan.kind], "unit": [None, plan.unit["code"]],
                "fingerprint": [None, fingerprint], "data_sha256": [None, envelope_sha256(envelope)]})
        return meta, envelope

    def _meta(self, plan: _Plan, request: DocumentRequest, number: str, fingerprint: str, now: dt.datetime,
              identity: Identity | None) -> DocumentMeta:
        unit = self.ctx.unit if plan.kind == "bast" else plan.unit
        signer = request.signer or default_signer(self.ctx, unit,
                                                  identity_name=identity.common_name if identity else "")
        signers = (with_role(signer, PRIMARY_ROLE),)
        if request.cosigner is not None:
            signers += (with_role(request.cosigner, SECOND_ROLE),)
        return DocumentMeta(
            doc_number=number, title=dt_text(f"title.{plan.kind}", plan.lang), unit_name=secretariat_name(unit),
            unit_code=unit_digits(unit), region_code=unit.get("region_code") or unit["code"],
            event_name=plan.event["name"] if plan.event else "", generated_at=now,
            place=(request.place or place_of(self.ctx.conn, self.ctx.unit)).strip(),
            sign_date=request.sign_date or now.date(), fingerprint=fingerprint, lang=plan.lang,
            signers=signers, letterhead=letterhead(unit), address=address_of(self.ctx.conn))

    def _default_slot(self, plan: _Plan, roles: tuple[str, ...]) -> str:
        if plan.kind != "bast":
            return PRIMARY_ROLE
        # The secretariat signs for its own side of the handover.
        own = plan.receipt["receiver_unit_id"] == self.ctx.unit_id
        return "pihak_kedua" if own and "pihak_kedua" in roles else "pihak_pertama"

    def _sign(self, pdf: bytes, identity: Identity, slot: str, meta: DocumentMeta) -> bytes:
        label = next((s.post for s in meta.signers if s.role == slot), "")
        signed = sign_slot(pdf, identity, slot, lang=self.lang, reason=f"{meta.title} {meta.doc_number}",
                           location=meta.place, label=label)
        with transaction(self.ctx.conn):
            self.ctx.writer().audit_entry("document_sign", "documents", meta.doc_number or "-",
                                          {"slot": [None, slot], "signer": [None, identity.fingerprint]})
        return signed

    # -- signing an existing document ---------------------------------------------------------------
    def sign(self, pdf: bytes, identity: Identity, slot: str, *, post: str = "") -> bytes:
        """Add a further signature (e.g. the Ketua's) to a document; earlier signatures must be intact."""
        self.ctx.require(Permission.SIGN_DOCUMENTS)
        states = slot_states(pdf, self.lang)
        if any(s.signed for s in states):
            result = verify_pdf(pdf, self.trust_store())
            broken = result.error or next((s.error or s.field_name for s in result.signatures
                                           if not s.intact or s.error or s.modified_after), None)
            if broken:
                raise ServiceError(dt_text("sign_broken", self.lang, detail=broken))
        if slot not in {s.name for s in states}:
            sign_slot(pdf, identity, slot, lang=self.lang)  # raises the "unknown slot" message
        try:
            envelope = read_envelope(pdf, self.lang)
        except ServiceError:
            envelope = {}  # a prepared slot is enough to sign; the data only names the reason
        return self._sign(pdf, identity, slot, _meta_stub(envelope, slot, post))

    # -- verifying -----------------------------------------------------------------------------------
    def trust_store(self):
        return IdentityService(self.ctx).trust_store()

    def verify(self, pdf: bytes) -> VerificationResult:
        """Strict verdict against this folder's trust store; never raises (reports/PITFALLS 10)."""
        return verify_pdf(pdf, self.trust_store())

    def verify_report(self, pdf: bytes) -> tuple[bool, list[str]]:
        result = self.verify(pdf)
        try:
            open_slots = [s.name for s in slot_states(pdf, self.lang) if not s.signed]
        except ServiceError:
            open_slots = []
        return result.ok, verification_lines(result, open_slots, self.lang)

    # -- importing -------------------------------------------------------------------------------------
    def import_pdf(self, pdf: bytes, *, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> ImportReport:
        """Verify, then load the embedded records (idempotent: a second import writes nothing)."""
        self.ctx.require(Permission.IMPORT)
        step = _Steps(progress, cancelled, self.lang)
        step(5, "verify")
        result = self.verify(pdf)
        if not result.ok:
            raise ServiceError(dt_text("import_refused", self.lang, reason=failure_reason(result, self.lang)))
        envelope = read_envelope(pdf, self.lang)
        if not isinstance(envelope.get("version"), int) or envelope["version"] > 1:
            raise ServiceError(dt_text("schema_newer", self.lang, found=envelope.get("version"), max=1))
        importer = RecordImporter(self.ctx)
        step(20, "check")
        tables = importer.parse(envelope.get("records"))
        importer.check_references(tables, set(self.ctx.scope_unit_ids()))
        count = iter(range(30, 100, 10))
        return importer.apply(tables, doc_number=str(envelope.get("doc_number") or ""),
                              on_table=lambda table: step(next(count, 95), f"import:{table}"))


class _Steps:
    """Progress reporting with a cancel check at every step."""

    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None, lang: str):
        self.progress, self.cancelled, self.lang = progress, cancelled, lang

    def __call__(self, percent: int, name: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(dt_text("cancelled", self.lang))
        if self.progress is not None:
            self.progress(percent, name)


def _meta_stub(envelope: dict, slot: str, post: str) -> DocumentMeta:
    """Just enough of the header for the signature's reason, location and label."""
    kind = envelope.get("kind") if envelope.get("kind") in KINDS else "summary"
    return DocumentMeta(
        doc_number=str(envelope.get("doc_number") or ""), title=dt_text(f"title.{kind}", envelope.get("lang") or "id"),
        unit_name="", unit_code=str(envelope.get("unit_code") or ""), region_code="", event_name="",
        generated_at=dt.datetime.now(), place="", sign_date=dt.date.today(),
        signers=(Signer(post=post, name="", role=slot),) if post else ())


__all__ = ["Cancelled", "DocumentRequest", "DocumentService", "GeneratedDocument", "ImportReport", "KINDS"]
