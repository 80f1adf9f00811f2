"""The bundle file: a ZIP of a signed manifest, the changes and the signer's certificates.

Checks run in order of cost and danger: archive structure, member names and sizes before anything is
decompressed; the manifest's signature and its signer's trust before any member is believed; each member's
hash before it is parsed. Nothing here writes to the database.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography import x509

from ..files import write_through
from ..signing import cms
from ..signing.identity import Identity, certificate_pem, fingerprint
from ..signing.trust import TrustStore
from .errors import BundleRefused
from .ranges import valid_vector

FORMAT = "kpu-desktop-bundle"
FORMAT_VERSION = 1
SUFFIX = ".kpub"
MANIFEST, SIGNATURE = "manifest.json", "manifest.p7s"
CHANGES, SIGNER = "changes.jsonl", "signer.pem"
ENCRYPTED = ".p7m"
LIMITS = {MANIFEST: 4 << 20, SIGNATURE: 256 << 10, SIGNER: 256 << 10, SIGNER + ENCRYPTED: 512 << 10,
          CHANGES: 1 << 30, CHANGES + ENCRYPTED: (1 << 30) + (1 << 20)}
MAX_FILE = 1 << 30
MAX_RATIO = 100  # JSON lines of records deflate about 8:1; far more means a crafted member


@dataclass
class OpenedBundle:
    path: Path
    manifest: dict
    signer: x509.Certificate
    changes_text: str
    chain: list[x509.Certificate]

    @property
    def encrypted(self) -> bool:
        return bool(self.manifest.get("encrypted"))


def write_bundle(folder: Path, name: str, manifest: dict, changes: bytes, identity: Identity, *,
                 recipient: x509.Certificate | None = None) -> Path:
    """Sign and write atomically (temporary name, fsync, rename), then read back and verify."""
    signer = b"".join(certificate_pem(c) for c in (identity.certificate, *identity.chain))
    members = {CHANGES: changes, SIGNER: signer}
    if recipient is not None:
        members = {n + ENCRYPTED: cms.encrypt_for(data, recipient) for n, data in members.items()}
    manifest = dict(manifest, encrypted=recipient is not None,
                    encryption="CMS EnvelopedData AES-256" if recipient is not None else None,
                    members={n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                             for n, d in members.items()})
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8")
    signature = cms.sign_detached(manifest_bytes, identity)
    target = Path(folder) / name

    def fill(handle) -> None:
        with zipfile.ZipFile(handle, "w") as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, signature)
            for member, data in members.items():
                archive.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)

    write_through(target, fill)
    try:
        verify_written(target, identity)
    except BundleRefused as exc:
        target.unlink(missing_ok=True)
        raise BundleRefused("readback_failed", path=target, detail=exc.message("en")) from None
    return target


def read_manifest(path: Path, trust: TrustStore | list[x509.Certificate]
                  ) -> tuple[zipfile.ZipFile, dict, x509.Certificate]:
    """Open the archive, check its structure, verify the manifest's signature and its signer's trust."""
    path = Path(path)
    if path.is_dir():
        raise BundleRefused("not_file", name=path)
    if not path.exists():
        raise BundleRefused("not_found", name=path.name, folder=path.parent.resolve())
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRefused("not_zip", name=path.name, detail=exc.strerror or str(exc)) from None
    if size > MAX_FILE:
        raise BundleRefused("too_large", name=path.name, size=size, limit=MAX_FILE)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleRefused("not_zip", name=path.name, detail=str(exc)) from None
    try:
        _check_members(archive)
        manifest_bytes = _read(archive, MANIFEST)
        signature = _read(archive, SIGNATURE)
        signer = _verify_signature(manifest_bytes, signature, trust)
        manifest = _parse_manifest(manifest_bytes)
    except BaseException:
        archive.close()
        raise
    return archive, manifest, signer


def open_bundle(path: Path, trust: TrustStore | list[x509.Certificate], *, schema_version: int,
                identity: Callable[[], Identity | None] = lambda: None) -> OpenedBundle:
    """Every check short of the database: signature, trust, versions, hashes, decryption."""
    archive, manifest, signer = read_manifest(path, trust)
    with archive:
        check_versions(manifest, schema_version)
        data = _read_members(archive, manifest)
    if manifest["encrypted"]:
        data = _decrypt(data, identity)
    for member in (CHANGES, SIGNER):
        if member not in data:
            raise BundleRefused("missing_member", member=member)
    chain = _load_chain(data[SIGNER])
    if not chain or fingerprint(chain[0]) != fingerprint(signer):
        raise BundleRefused("signer_mismatch")
    try:
        text = data[CHANGES].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused("bad_change", line="?", detail=str(exc)) from None
    return OpenedBundle(Path(path), manifest, signer, text, chain)


def _read_members(archive: zipfile.ZipFile, manifest: dict) -> dict[str, bytes]:
    listed = manifest["members"]
    if set(listed) | {MANIFEST, SIGNATURE} != set(archive.namelist()):
        raise BundleRefused("bad_member", member=", ".join(sorted(set(archive.namelist()) ^ set(listed))))
    data = {}
    for member, facts in listed.items():
        content = _read(archive, member)
        if not isinstance(facts, dict) or len(content) != facts.get("size") \
                or hashlib.sha256(content).hexdigest() != facts.get("sha256"):
            raise BundleRefused("hash_mismatch", member=member)
        data[member] = content
    return data


def verify_written(path: Path, identity: Identity) -> None:
    """Read a bundle just written back from the disk: a stick that lost data must not pass."""
    archive, manifest, _signer = read_manifest(path, [identity.certificate])
    with archive:
        _read_members(archive, manifest)


def _check_members(archive: zipfile.ZipFile) -> None:
    names = set()
    for info in archive.infolist():
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name:
            raise BundleRefused("path_traversal", member=name[:100])
        if name not in LIMITS or name in names:
            raise BundleRefused("bad_member", member=name[:100])
        names.add(name)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > LIMITS[name] or (info.file_size > (1 << 20) and ratio > MAX_RATIO):
            raise BundleRefused("zip_bomb", member=name, size=info.file_size, ratio=round(ratio))
    for required in (MANIFEST, SIGNATURE):
        if required not in names:
            raise BundleRefused("missing_member", member=required)


def _read(archive: zipfile.ZipFile, member: str) -> bytes:
    info = archive.getinfo(member)
    try:
        with archive.open(info) as handle:
            # Never trust the declared size alone: stop one byte past the limit.
            data = handle.read(LIMITS[member] + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BundleRefused("hash_mismatch", member=f"{member} ({exc})") from None
    if len(data) > LIMITS[member]:
        raise BundleRefused("zip_bomb", member=member, size=len(data), ratio="?")
    return data


def _verify_signature(manifest_bytes: bytes, signature: bytes, trust) -> x509.Certificate:
    try:
        return cms.verify_detached(manifest_bytes, signature, trust)
    except cms.SignerNotTrusted as exc:
        cert = exc.certificate
        raise BundleRefused("unknown_signer", subject=cert.subject.rfc4514_string(),
                            fingerprint=fingerprint(cert)) from None
    except cms.SignatureInvalid as exc:
        raise BundleRefused("bad_signature", detail=str(exc)[:200]) from None


def _parse_manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleRefused("bad_manifest", detail=str(exc)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused("bad_manifest", detail="not a kpu-desktop bundle")
    checks = {"format_version": int, "schema_version": int, "bundle_id": str, "created_at": str,
              "origin": dict, "counts": dict, "members": dict, "encrypted": bool}
    for key, kind in checks.items():
        if not isinstance(manifest.get(key), kind):
            raise BundleRefused("bad_manifest", detail=f"{key} missing or of the wrong type")
    for key in ("covers", "knows"):
        if not valid_vector(manifest.get(key)):
            raise BundleRefused("bad_manifest", detail=f"{key} is not a version vector")
    if "withheld" in manifest and not valid_vector(manifest["withheld"]):  # absent from older bundles
        raise BundleRefused("bad_manifest", detail="withheld is not a version vector")
    origin = manifest["origin"]
    if not all(isinstance(origin.get(k), str) for k in ("node_id", "unit_id", "unit_code", "unit_name")):
        raise BundleRefused("bad_manifest", detail="origin")
    if not isinstance(manifest["counts"].get("changes"), int):
        raise BundleRefused("bad_manifest", detail="counts")
    return manifest


def check_versions(manifest: dict, schema_version: int) -> None:
    if manifest["format_version"] > FORMAT_VERSION:
        raise BundleRefused("newer_format", found=manifest["format_version"], supported=FORMAT_VERSION)
    if manifest["schema_version"] > schema_version:
        raise BundleRefused("newer_schema", found=manifest["schema_version"], supported=schema_version)


def _decrypt(data: dict[str, bytes], identity: Callable[[], Identity | None]) -> dict[str, bytes]:
    me = identity()
    if me is None:
        raise BundleRefused("no_identity")
    out = {}
    for member, content in data.items():
        try:
            out[member.removesuffix(ENCRYPTED)] = cms.decrypt(content, me)
        except cms.DecryptionError:
            raise BundleRefused("not_for_us") from None
    return out


def _load_chain(pem: bytes) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(pem)
    except ValueError:
        return []
