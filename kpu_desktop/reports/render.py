"""Public entry points of the report layer: plain data in, PDF bytes (with kpu-data.json) out."""

from .asn import render_asn_recap
from .bast import render_bast
from .common import RenderedDocument, SignatureSlot
from .embedded import ATTACHMENT_NAME, make_envelope, read_embedded
from .facility import render_facility_register
from .logistics import render_logistics_recap
from .signature import qr_payload
from .summary import render_summary

__all__ = [
    "ATTACHMENT_NAME", "RenderedDocument", "SignatureSlot", "make_envelope", "qr_payload",
    "read_embedded", "render_asn_recap", "render_bast", "render_facility_register",
    "render_logistics_recap", "render_summary",
]
