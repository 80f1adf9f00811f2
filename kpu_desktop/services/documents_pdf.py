"""PDF plumbing of the documents feature: signature fields for the layout's slots, signing into
them, reading them back, and plain-text verification reports.

Empty signature fields are written into the document right after rendering (an incremental
update, before any signature), so a later `sign FILE --slot ketua` knows where the Ketua's
signature goes without the layout, and the second signature only fills a prepared field: the
change pyHanko's diff analysis allows after the first signature.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields

from ..reports.embedded import ATTACHMENT_NAME, canonical_json, sha256_hex
from ..reports.render import SignatureSlot
from ..signing.identity import Identity
from ..signing.pdf import PdfSigningError, VerificationResult, embedded_files, sign_pdf
from .documents_texts import dt_text
from .errors import ServiceError


@dataclass(frozen=True)
class SlotState:
    name: str
    signed: bool


def add_signature_fields(pdf: bytes, slots: tuple[SignatureSlot, ...]) -> bytes:
    """Empty, visible signature fields at the layout's slots (one incremental update)."""
    if not slots:
        return pdf
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    for slot in slots:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=slot.role, on_page=slot.page, box=slot.rect))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def slot_states(pdf: bytes, lang: str = "id") -> list[SlotState]:
    """Signature fields of the document in their order, signed or not."""
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        return [SlotState(str(name), value is not None)
                for name, value, _ref in fields.enumerate_sig_fields(reader, filled_status=None)]
    except Exception as exc:  # any parse failure means "not a PDF we can work with"
        raise ServiceError(dt_text("not_pdf", lang, path="PDF") + f" ({exc})") from exc


def sign_slot(pdf: bytes, identity: Identity, slot: str, *, lang: str, reason: str = "", location: str = "",
              label: str = "") -> bytes:
    """Sign the prepared field `slot`; refuses unknown or already signed slots with a clear message."""
    states = {s.name: s for s in slot_states(pdf, lang)}
    if slot not in states:
        free = ", ".join(s.name for s in states.values() if not s.signed) or dt_text("slot_none_free", lang)
        raise ServiceError(dt_text("slot_unknown", lang, slot=slot, choices=free))
    if states[slot].signed:
        raise ServiceError(dt_text("slot_signed", lang, slot=slot))
    try:
        return sign_pdf(pdf, identity, field_name=slot, reason=reason, location=location, signer_label=label,
                        timestamp=dt.datetime.now(dt.timezone.utc))
    except (PdfSigningError, ValueError) as exc:
        raise ServiceError(dt_text("sign_failed", lang, detail=str(exc))) from exc


def read_envelope(pdf: bytes, lang: str) -> dict:
    """The parsed kpu-data.json, or ServiceError when absent or unreadable."""
    try:
        payload = embedded_files(pdf).get(ATTACHMENT_NAME)
    except Exception as exc:
        raise ServiceError(dt_text("not_pdf", lang, path="PDF") + f" ({exc})") from exc
    if payload is None:
        raise ServiceError(dt_text("no_data", lang))
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ServiceError(dt_text("bad_data", lang, detail=str(exc))) from exc
    if not isinstance(data, dict) or data.get("schema") != "kpu-desktop/document":
        raise ServiceError(dt_text("no_data", lang))
    # The renderer stores canonical JSON; anything else was not written by us.
    if canonical_json(data) != payload:
        raise ServiceError(dt_text("data_mismatch", lang))
    return data


def envelope_sha256(envelope: dict) -> str:
    return sha256_hex(canonical_json(envelope))


def failure_reason(result: VerificationResult, lang: str) -> str:
    """One short reason why `result` is not ok (for messages and the last line of `verify`)."""
    if result.error is not None or not result.signatures:
        return result.error or dt_text("verify_none", lang)
    if any(not s.intact or s.error or s.modified_after for s in result.signatures):
        return dt_text("reason_broken", lang)
    if any(not s.trusted for s in result.signatures):
        return dt_text("reason_untrusted", lang)
    return dt_text("reason_added", lang)


def verification_lines(result: VerificationResult, open_slots: list[str], lang: str) -> list[str]:
    """The human report of `verify`: one block per signature, then the verdict."""
    if result.error is not None and not result.signatures:
        return [dt_text("verify_error", lang, detail=result.error), dt_text("verify_bad", lang,
                                                                             reason=failure_reason(result, lang))]
    yes, no = dt_text("yes", lang), dt_text("no", lang)
    lines = []
    for n, sig in enumerate(result.signatures, start=1):
        when = sig.signing_time.isoformat(timespec="seconds") if sig.signing_time else "-"
        lines += [dt_text("verify_sig", lang, n=n, field=sig.field_name, signer=sig.signer or "?"),
                  dt_text("verify_time", lang, time=when),
                  dt_text("verify_fp", lang, fp=sig.signer_fingerprint or "-"),
                  dt_text("verify_intact", lang, value=yes if sig.intact and not sig.error else no),
                  dt_text("verify_trusted", lang, value=yes if sig.trusted else no),
                  dt_text("verify_changed", lang, value=yes if sig.modified_after else no)]
        if sig.error:
            lines.append(dt_text("verify_problem", lang, detail=sig.error))
    if open_slots:
        lines.append(dt_text("verify_open_slots", lang, slots=", ".join(open_slots)))
    if result.ok:
        lines.append(dt_text("verify_ok", lang))
    else:
        lines.append(dt_text("verify_bad", lang, reason=failure_reason(result, lang)))
    return lines
