"""Checks of the bytes a PDF signature cannot cover: the /Contents gap.

The ByteRange of a PDF signature hashes everything except the hex string that
holds the CMS signature itself. pyHanko verifies the CMS semantically, so
several one-byte edits inside that gap go unnoticed by it:

* the zero padding after the DER signature (never parsed);
* hex digits switched between upper and lower case (same decoded byte);
* unsigned parts of the CMS: the digest-algorithm set, extra certificates,
  CRLs, unsigned attributes, alternative encodings of the same value.

Since we promise that any changed byte is detected, these functions demand that
the gap holds exactly what our signer writes: canonical hex, canonical DER, a
CMS without unsigned extras, and zero padding.
"""

from __future__ import annotations

import re

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature

_HEX = re.compile(rb"[0-9a-f]*|[0-9A-F]*")

# What our signer writes (SHA-256, PKCS#1 v1.5 or ECDSA). Both identifiers sit
# outside the signed attributes: e.g. rsaEncryption vs sha256WithRSAEncryption
# differ in one byte and both verify, so only the exact encoding is accepted.
_DIGEST_ALGORITHM = bytes.fromhex("300d06096086480165030402010500")
_SIGNATURE_ALGORITHMS = {
    bytes.fromhex("300d06092a864886f70d01010b0500"),  # sha256WithRSAEncryption, NULL
    bytes.fromhex("300a06082a8648ce3d040302"),  # ecdsa-with-SHA256
}


def contents_problem(pdf: bytes, byte_range) -> str | None:
    """Why the gap of this signature is not as written by a signer, or None."""
    try:
        start, gap_start, gap_end, tail_len = (int(v) for v in byte_range)
    except (TypeError, ValueError):
        return "ByteRange tidak sah"
    if start != 0 or not 0 < gap_start < gap_end <= len(pdf) or gap_end + tail_len > len(pdf):
        return "ByteRange tidak sah"
    gap = pdf[gap_start:gap_end]
    if len(gap) < 4 or gap[:1] != b"<" or gap[-1:] != b">":
        return "/Contents bukan string heksadesimal"
    hex_text = gap[1:-1]
    # One case throughout: a digit flipped between cases decodes to the same
    # byte, so a mixed-case string would hide a changed file byte.
    if len(hex_text) % 2 or not _HEX.fullmatch(hex_text):
        return "/Contents berisi karakter yang tidak sah"
    raw = bytes.fromhex(hex_text.decode("ascii"))
    length = der_length(raw)
    if length is None:
        return "/Contents bukan DER yang sah"
    if raw[length:].count(0) != len(raw) - length:
        return "bantalan nol /Contents berubah (padding changed)"
    return cms_problem(raw[:length])


def der_length(raw: bytes) -> int | None:
    """Total length (header + body) of the DER SEQUENCE at the start of ``raw``."""
    if not raw or raw[0] != 0x30:
        return None
    header = _tlv_header(raw, 0)
    return None if header is None else header[1]


def is_strict_der(data: bytes, depth: int = 0) -> bool:
    """Every TLV uses DER's single encoding: minimal lengths, BOOLEAN 00/FF,
    minimal INTEGERs. (Re-encoding with asn1crypto would say the same but
    costs ~40 ms per signature; this walk takes well under one.)"""
    if depth > 40:
        return False
    pos = 0
    while pos < len(data):
        tag = data[pos]
        # Multi-byte tags do not occur in CMS; tag 0 is BER's end-of-contents,
        # which would let a longer outer length swallow the zero padding.
        if tag & 0x1F == 0x1F or tag == 0:
            return False
        header = _tlv_header(data, pos)
        if header is None:
            return False
        body_start, body_end = header
        body = data[body_start:body_end]
        if tag & 0x20:
            if not is_strict_der(body, depth + 1):
                return False
        elif tag == 0x01 and body not in (b"\x00", b"\xff"):
            return False
        elif tag == 0x02 and not _minimal_integer(body):
            return False
        pos = body_end
    return True


def _tlv_header(data: bytes, pos: int) -> tuple[int, int] | None:
    """(body start, body end) of the TLV at ``pos`` if its length is DER."""
    if pos + 2 > len(data):
        return None
    first = data[pos + 1]
    if first < 0x80:
        start, length = pos + 2, first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or pos + 2 + count > len(data):
            return None
        length = int.from_bytes(data[pos + 2 : pos + 2 + count], "big")
        if length < 0x80 or data[pos + 2] == 0:
            return None
        start = pos + 2 + count
    return (start, start + length) if start + length <= len(data) else None


def _minimal_integer(body: bytes) -> bool:
    if not body:
        return False
    if len(body) > 1 and (
        (body[0] == 0x00 and body[1] < 0x80) or (body[0] == 0xFF and body[1] >= 0x80)
    ):
        return False
    return True


def cms_problem(der: bytes) -> str | None:
    """Reject CMS parts that no signature covers unless they are as we write them."""
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            return "isi tanda tangan bukan SignedData"
        # asn1crypto also accepts non-minimal lengths and other alternative
        # encodings of unchanged values; DER allows exactly one encoding.
        if not is_strict_der(der):
            return "tanda tangan CMS tidak dalam bentuk DER kanonik"
        return _signed_data_problem(info["content"])
    except (ValueError, TypeError, KeyError) as exc:
        return f"tanda tangan CMS tidak dapat diurai: {exc}"


def _signed_data_problem(signed: cms.SignedData) -> str | None:
    infos = signed["signer_infos"]
    if len(infos) != 1:
        return "tanda tangan harus memiliki tepat satu penanda tangan"
    info = infos[0]
    if signed["crls"].native is not None and len(signed["crls"]):
        return "tanda tangan berisi CRL yang tidak diharapkan"
    if info["unsigned_attrs"].native is not None:
        return "tanda tangan berisi atribut tak bertanda tangan"
    if signed["encap_content_info"]["content"].native is not None:
        return "tanda tangan PDF harus terpisah (detached)"
    if signed["version"].native != "v1" or info["version"].native != "v1":
        return "versi struktur tanda tangan tidak sesuai"
    if info["sid"].name != "issuer_and_serial_number":
        return "identitas penanda tangan tidak dalam bentuk yang diharapkan"
    algorithms = [a.dump() for a in signed["digest_algorithms"]]
    if algorithms != [_DIGEST_ALGORITHM] or info["digest_algorithm"].dump() != _DIGEST_ALGORITHM:
        return "algoritme hash tidak sesuai"
    if info["signature_algorithm"].dump() not in _SIGNATURE_ALGORITHMS:
        return "algoritme tanda tangan tidak sesuai"
    return None


def signer_problem(signed: cms.SignedData, signer_cert, allowed_der: set[bytes]) -> str | None:
    """Unsigned references to certificates must be byte-exact.

    The signer identifier and the certificate set are not signed. pyHanko
    matches names semantically (a PrintableString "ID" equals a TeletexString
    "ID") and recognises a trust anchor by name and key, so an embedded copy of
    a trusted certificate with a changed extension still validates. Hence an
    embedded certificate counts only if it is byte-identical to a trusted one
    (``allowed_der``) or its own signature verifies.
    """
    sid = signed["signer_infos"][0]["sid"].chosen
    if sid["issuer"].dump() != signer_cert.issuer.dump() or (
        sid["serial_number"].dump() != signer_cert["tbs_certificate"]["serial_number"].dump()
    ):
        return "identitas penanda tangan tidak sama persis dengan sertifikatnya"
    embedded = [choice.chosen.dump() for choice in signed["certificates"] or ()]
    issuers = [_load(der) for der in (*allowed_der, *embedded)]
    for der in embedded:
        if der not in allowed_der and not _signed_by_any(_load(der), issuers):
            return "tanda tangan berisi sertifikat yang tidak diharapkan"
    return None


def _load(der: bytes) -> x509.Certificate:
    return x509.load_der_x509_certificate(der)


def _signed_by_any(cert: x509.Certificate, issuers: list[x509.Certificate]) -> bool:
    """A valid signature by some known certificate proves none of its bytes changed."""
    for issuer in issuers:
        try:
            cert.verify_directly_issued_by(issuer)
            return True
        except (ValueError, TypeError, InvalidSignature):
            continue
    return False
