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
    if len(raw) < 2 or raw[0] != 0x30:
        return None
    first = raw[1]
    if first < 0x80:
        header, body = 2, first
    else:
        count = first & 0x7F
        # 0x80 is BER's indefinite length, not allowed in DER.
        if count == 0 or count > 4 or len(raw) < 2 + count:
            return None
        body = int.from_bytes(raw[2 : 2 + count], "big")
        # DER uses the shortest length form; anything longer is a changed byte.
        if body < 0x80 or raw[2] == 0:
            return None
        header = 2 + count
    total = header + body
    return total if total <= len(raw) else None


def cms_problem(der: bytes) -> str | None:
    """Reject CMS parts that no signature covers unless they are as we write them."""
    try:
        info = cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            return "isi tanda tangan bukan SignedData"
        signed = info["content"]
        # Re-encoding from the parsed values must give the same bytes: this
        # rejects non-minimal lengths, odd booleans and other alternative
        # encodings of unchanged values.
        if info.dump(force=True) != der:
            return "tanda tangan CMS tidak dalam bentuk DER kanonik"
        return _signed_data_problem(signed)
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
    "ID"), and a certificate the validation path does not use is never looked
    at, so either could change without notice.
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
    """A certificate outside the validation path (e.g. the CA of a leaf that is
    trusted directly) is still acceptable when its own signature verifies:
    then none of its bytes can have changed."""
    for issuer in issuers:
        try:
            cert.verify_directly_issued_by(issuer)
            return True
        except (ValueError, TypeError, InvalidSignature):
            continue
    return False
