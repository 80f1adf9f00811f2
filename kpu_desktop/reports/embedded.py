"""The JSON data attached to every document (`kpu-data.json`): envelope, digest, attach, read."""

from __future__ import annotations

import hashlib
import io
import json

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from .model import DocumentMeta

ATTACHMENT_NAME = "kpu-data.json"
SCHEMA = "kpu-desktop/document"
SCHEMA_VERSION = 1
KINDS = ("asn", "facility", "bast", "logistics", "summary")


def make_envelope(kind: str, meta: DocumentMeta, records: dict) -> dict:
    """Wrap the caller's records in the versioned envelope described in SCHEMA.md."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "kind": kind,
        "doc_number": meta.doc_number,
        "unit_code": meta.unit_code,
        "region_code": meta.region_code,
        "event_name": meta.event_name,
        "lang": meta.lang,
        "fingerprint": meta.fingerprint,
        "generated_at": meta.generated_at.isoformat(),
        "records": records,
    }


def canonical_json(data: dict) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()


def attach_json(pdf: bytes, payload: bytes) -> bytes:
    """Add `kpu-data.json` as an incremental update, so a later incremental signature keeps it."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    data = EmbeddedFileObject.from_file_data(
        writer,
        payload,
        mime_type="application/json",
        params=EmbeddedFileParams(embed_size=True, embed_checksum=True),
    )
    spec = FileSpec(
        file_spec_string=ATTACHMENT_NAME,
        file_name=ATTACHMENT_NAME,
        embedded_data=data,
        description="Data behind this document (kpu-desktop/document)",
        af_relationship=generic.NameObject("/Data"),
    )
    embed_file(writer, spec)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_embedded_bytes(pdf: bytes) -> bytes | None:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return None
    for name, spec in _walk_name_tree(names):
        if name == ATTACHMENT_NAME:
            return spec["/EF"]["/F"].data
    return None


def read_embedded(pdf: bytes) -> dict | None:
    """The parsed `kpu-data.json` of a rendered (possibly signed) document, or None."""
    payload = read_embedded_bytes(pdf)
    return None if payload is None else json.loads(payload.decode("utf-8"))


def _walk_name_tree(node):
    node = node.get_object()
    if "/Names" in node:
        pairs = node["/Names"]
        for i in range(0, len(pairs) - 1, 2):
            yield str(pairs[i]), pairs[i + 1].get_object()
    for kid in node.get("/Kids", ()):
        yield from _walk_name_tree(kid)
