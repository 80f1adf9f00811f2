"""USB data exchange: export a signed bundle, preview and apply a received one, status and fingerprint.

The UI's Pertukaran Data screen and the `sync` commands both use `SyncService`; long calls take a
`progress(done, total)` callback and a `cancelled()` flag and may run on a worker thread with its own
context. Nothing is written before a bundle has passed every check.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from cryptography import x509

from .backup import automatic_backup
from ..signing.identity import Identity, IdentityError, fingerprint, load_certificate
from ..storage import meta
from ..storage.db import schema_version, transaction
from ..storage.records import utc_now
from ..storage.repos.units import UnitRepo, unit_label
from ..sync import bundle as bundle_file
from ..sync import review
from ..sync.engine import ExportSet, apply_changes, export_changes, gap_list, preview_changes, read_changes
from ..sync.errors import SyncError
from ..sync.fingerprint import data_fingerprint, short_fingerprint
from ..sync.merge import MergePlan, Progress
from ..sync.ranges import Vector, gaps, known_vector, local_vector, normalise, prefix, union, withheld_vector
from .context import AppContext
from .errors import ServiceError
from .identity import IdentityService
from .roles import Permission
from .sync_texts import st

log = logging.getLogger(__name__)
Cancelled = Callable[[], bool]


class SyncRefused(ServiceError):
    """A bundle or request the exchange refused; `key` names the reason for screens that want it."""

    def __init__(self, error: SyncError, lang: str):
        super().__init__(error.message(lang))
        self.key = error.key


@dataclass
class ExportResult:
    path: Path
    changes: int
    per_table: dict[str, int]
    covers: Vector
    recipient: str
    encrypted: bool
    scope: str | None


@dataclass
class ImportPreview:
    """A verified bundle and what applying it would do (nothing written yet)."""

    path: Path
    manifest: dict
    signer: dict
    summary: dict
    gaps: list[dict]
    lines: list[list] = field(repr=False)

    @property
    def origin(self) -> dict:
        return self.manifest["origin"]


@dataclass
class ImportReport:
    path: Path
    summary: dict
    gaps: list[dict]
    already_imported: bool


class SyncService:
    def __init__(self, ctx: AppContext, *, identity: Identity | None = None,
                 passphrase: str | Callable[[], str] | None = None):
        self.ctx = ctx
        self.lang = ctx.lang
        self._identity = identity
        self._passphrase = passphrase

    # -- identity and trust ----------------------------------------------------------------------
    def identity(self) -> Identity:
        """This installation's identity, unlocked on first need (export, encrypted import)."""
        if self._identity is None:
            secret = self._passphrase() if callable(self._passphrase) else self._passphrase
            self._identity = IdentityService(self.ctx).load(secret or "")
        return self._identity

    def _identity_if_any(self) -> Identity | None:
        if self._identity is None and not self.ctx.paths.identity_file.exists():
            return None
        return self.identity()

    def trust(self):
        return IdentityService(self.ctx).trust_store()

    @property
    def own_node(self) -> str:
        return meta.node_id(self.ctx.conn)

    def _refused(self, error: SyncError) -> SyncRefused:
        log.info("exchange refused: %s", error)
        return SyncRefused(error, self.lang)

    # -- export -----------------------------------------------------------------------------------
    def export(self, out_dir: Path, *, to_cert: Path | None = None, for_unit: str | None = None,
               full: bool = False, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ExportResult:
        """Write a bundle of what the recipient lacks into `out_dir` (a USB stick); returns its path."""
        self.ctx.require(Permission.EXCHANGE)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise ServiceError(st("out_missing", self.lang, folder=out_dir))
        recipient_cert = self._read_cert(to_cert) if to_cert else None
        unit = self.ctx.unit
        target, peers = self._recipient(unit, recipient_cert, for_unit)
        scope = self._scope(unit, target)
        identity = self.identity()
        _step(progress, cancelled, 0, 3, self.lang)
        acknowledged = None if full else _acknowledged(peers)
        selected = export_changes(self.ctx.conn, self.own_node, acknowledged=acknowledged,
                                  scope_unit_ids=UnitRepo(self.ctx.conn).subtree_ids(scope["id"]) if scope else None)
        _step(progress, cancelled, 1, 3, self.lang)
        manifest = self._manifest(unit, selected, target, recipient_cert, scope)
        name = self._file_name(out_dir, unit, selected, manifest["bundle_id"])
        try:
            path = bundle_file.write_bundle(out_dir, name, manifest, selected.text.encode("utf-8"), identity,
                                            recipient=recipient_cert)
        except SyncError as exc:
            raise self._refused(exc) from exc
        except OSError as exc:
            raise ServiceError(st("out_missing", self.lang, folder=out_dir) + f" ({exc.strerror or exc})") from exc
        _step(progress, None, 3, 3, self.lang)
        label = self._target_label(target, recipient_cert)
        with transaction(self.ctx.conn):
            self.ctx.writer().audit_entry("sync_export", "bundles", manifest["bundle_id"], {
                "file": [None, path.name], "changes": [None, len(selected.lines)], "recipient": [None, label],
                "encrypted": [None, recipient_cert is not None]})
        return ExportResult(path, len(selected.lines), selected.per_table, selected.covers, label,
                            recipient_cert is not None, scope["code"] if scope else None)

    def _read_cert(self, path: Path) -> x509.Certificate:
        path = Path(path)
        try:
            return load_certificate(path.read_bytes())
        except OSError as exc:
            raise ServiceError(st("file_missing", self.lang, path=path)) from exc
        except (IdentityError, ValueError) as exc:
            raise ServiceError(st("cert_bad", self.lang, path=path)) from exc

    def _recipient(self, unit: dict, cert: x509.Certificate | None, for_unit: str | None
                   ) -> tuple[dict | None, list[dict]]:
        """The recipient unit (when known) and the peers whose acknowledgements tell what it holds."""
        units = UnitRepo(self.ctx.conn)
        peers = [dict(zip(("node_id", "unit_id", "cert_fingerprint", "knows"), r)) for r in self.ctx.conn.execute(
            "SELECT node_id, unit_id, cert_fingerprint, knows FROM sync_peers")]
        if for_unit:
            target = units.by_code(for_unit.strip())
            if target is None:
                raise ServiceError(st("unit_unknown", self.lang, code=for_unit))
            return target, [p for p in peers if p["unit_id"] == target["id"]]
        if cert is not None:
            matched = [p for p in peers if p["cert_fingerprint"] == fingerprint(cert)]
            target = units.get(matched[0]["unit_id"]) if matched and matched[0]["unit_id"] else None
            return target, matched
        target = units.get(unit["parent_id"]) if unit.get("parent_id") else None
        return target, [p for p in peers if target and p["unit_id"] == target["id"]]

    def _scope(self, unit: dict, target: dict | None) -> dict | None:
        """A recipient below this unit gets its own part of the data only (no other units' personal data)."""
        if target is None or target["id"] == unit["id"]:
            return None
        below = set(UnitRepo(self.ctx.conn).subtree_ids(unit["id"]))
        return target if target["id"] in below else None

    def _manifest(self, unit: dict, selected: ExportSet, target: dict | None, cert: x509.Certificate | None,
                  scope: dict | None) -> dict:
        return {
            "format": bundle_file.FORMAT, "format_version": bundle_file.FORMAT_VERSION,
            "schema_version": schema_version(self.ctx.conn), "bundle_id": str(uuid.uuid4()),
            "created_at": utc_now(), "created_by": self.ctx.session.username,
            "origin": {"node_id": self.own_node, "unit_id": unit["id"], "unit_code": unit["code"],
                       "unit_name": unit_label(unit["kind"], unit["name"], unit["code"])},
            "recipient": {"unit_code": target["code"] if target else None,
                          "certificate": fingerprint(cert) if cert else None},
            "scope": {"unit_code": scope["code"]} if scope else None,
            "covers": selected.covers, "withheld": selected.withheld, "knows": selected.knows,
            "counts": {"changes": len(selected.lines), "tables": selected.per_table},
        }

    def _file_name(self, out_dir: Path, unit: dict, selected: ExportSet, bundle_id: str) -> str:
        own = selected.covers.get(self.own_node)
        first, last = (own[0][0], own[-1][1]) if own else (0, 0)
        name = f"{unit['code']}_{self.own_node}_{first}-{last}"
        if (out_dir / f"{name}{bundle_file.SUFFIX}").exists():
            name += f"_{bundle_id[:8]}"
        return name + bundle_file.SUFFIX

    def _target_label(self, target: dict | None, cert: x509.Certificate | None) -> str:
        if target is not None:
            return unit_label(target["kind"], target["name"], target["code"])
        if cert is not None:
            return cert.subject.rfc4514_string()
        return st("recipient_all", self.lang)

    # -- import ------------------------------------------------------------------------------------
    def preview(self, path: Path) -> ImportPreview:
        """Verify a bundle completely and say what it would change; writes nothing."""
        self.ctx.require(Permission.EXCHANGE)
        conn = self.ctx.conn
        try:
            opened = bundle_file.open_bundle(Path(path), self.trust(), schema_version=schema_version(conn),
                                             identity=self._identity_if_any)
            lines = read_changes(conn, opened.changes_text, opened.manifest["covers"])
            if len(lines) != opened.manifest["counts"]["changes"]:
                raise SyncError("count_mismatch", found=len(lines), expected=opened.manifest["counts"]["changes"])
            plan = preview_changes(conn, lines, self.own_node)
        except SyncError as exc:
            raise self._refused(exc) from exc
        after = union(known_vector(conn, self.own_node), opened.manifest["covers"],
                      opened.manifest.get("withheld", {}))
        signer = {"subject": opened.signer.subject.rfc4514_string(), "fingerprint": fingerprint(opened.signer)}
        return ImportPreview(Path(path), opened.manifest, signer, plan.summary(),
                             self._gap_texts(after), lines)

    def apply(self, preview: ImportPreview, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> ImportReport:
        """Apply a previewed bundle in one transaction (re-planned inside it, so the preview cannot go stale)."""
        self.ctx.require(Permission.EXCHANGE)
        conn = self.ctx.conn
        manifest = preview.manifest
        if preview.summary["changes_new"] == 0 and not preview.summary["pending"] and self._knows_same(manifest):
            return ImportReport(preview.path, preview.summary, self.gaps(), True)

        # A bundle can change many records at once: keep a copy of the database as it was before.
        automatic_backup(self.ctx, "bundle-import")

        def record(plan: MergePlan) -> None:
            self._journal(preview, plan)

        try:
            plan = apply_changes(conn, preview.lines, manifest["covers"], self.own_node,
                                 withheld=manifest.get("withheld"), progress=progress, cancelled=cancelled,
                                 extra=record)
        except SyncError as exc:
            raise self._refused(exc) from exc
        return ImportReport(preview.path, plan.summary(), self.gaps(), False)

    def import_bundle(self, path: Path, *, dry_run: bool = False, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> ImportPreview | ImportReport:
        preview = self.preview(path)
        return preview if dry_run else self.apply(preview, progress=progress, cancelled=cancelled)

    def _knows_same(self, manifest: dict) -> bool:
        row = self.ctx.conn.execute("SELECT knows FROM sync_peers WHERE node_id = ?",
                                    (manifest["origin"]["node_id"],)).fetchone()
        return row is not None and _merge_vectors(json.loads(row[0]), manifest["knows"]) == json.loads(row[0])

    def _journal(self, preview: ImportPreview, plan: MergePlan) -> None:
        """Peer acknowledgement, import journal and audit entries, in the import's transaction."""
        conn, manifest = self.ctx.conn, preview.manifest
        origin = manifest["origin"]
        row = conn.execute("SELECT knows FROM sync_peers WHERE node_id = ?", (origin["node_id"],)).fetchone()
        knows = _merge_vectors(json.loads(row[0]) if row else {}, manifest["knows"])
        conn.execute(
            "INSERT INTO sync_peers (node_id, unit_id, unit_label, cert_fingerprint, knows, last_bundle_id,"
            " last_import_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(node_id) DO UPDATE SET"
            " unit_id = excluded.unit_id, unit_label = excluded.unit_label,"
            " cert_fingerprint = excluded.cert_fingerprint, knows = excluded.knows,"
            " last_bundle_id = excluded.last_bundle_id, last_import_at = excluded.last_import_at",
            (origin["node_id"], origin["unit_id"], origin["unit_name"], preview.signer["fingerprint"],
             json.dumps(knows, sort_keys=True), manifest["bundle_id"], utc_now()))
        summary = plan.summary()
        conn.execute("INSERT OR REPLACE INTO sync_imports (bundle_id, file_name, origin_node, signer_fingerprint,"
                     " imported_at, imported_by, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (manifest["bundle_id"], preview.path.name, origin["node_id"], preview.signer["fingerprint"],
                      utc_now(), self.ctx.session.username, json.dumps(summary, sort_keys=True)))
        writer = self.ctx.writer()
        writer.audit_entry("sync_import", "bundles", manifest["bundle_id"], {
            "file": [None, preview.path.name], "origin": [None, origin["unit_name"]],
            "signer": [None, preview.signer["fingerprint"]], "changes_new": [None, summary["changes_new"]],
            "conflicts": [None, summary["conflicts"]]})
        for tbl, rid, owner, unit_id in plan.corrections:
            # An upper level corrected a record another unit owns: say so where people look.
            writer.audit_entry("sync_correction", tbl, rid, {"corrected_by_unit": [owner, unit_id]})

    # -- status and fingerprint ---------------------------------------------------------------------
    def gaps(self) -> list[dict]:
        return self._decorate(gap_list(self.ctx.conn, self.own_node))

    def _gap_texts(self, vector: Vector) -> list[dict]:
        from ..sync.engine import node_units
        names = node_units(self.ctx.conn)
        found = [{"node": n, "unit": names.get(n, "?"), "first": a, "last": b}
                 for n, r in sorted(vector.items()) for a, b in gaps(r)]
        return self._decorate(found)

    def _decorate(self, found: list[dict]) -> list[dict]:
        from ..sync.errors import message
        for gap in found:
            gap["message"] = message("gap", self.lang, first=gap["first"], last=gap["last"], node=gap["node"][:6],
                                     unit=gap["unit"])
        return found

    def status(self) -> dict:
        """What is held from which node (ranges, gaps), what peers acknowledged, pending and conflicts."""
        self.ctx.require(Permission.VIEW)
        from ..sync.engine import node_units
        conn = self.ctx.conn
        review.refresh_open(conn)
        names = node_units(conn)
        own = self.own_node
        held = local_vector(conn, own)
        withheld = withheld_vector(conn, held)
        # Per node: held, left out for this unit by a limited bundle (not missing), and gaps (missing).
        nodes = [{"node": n, "unit": names.get(n, "?"), "ranges": held.get(n, []), "withheld": withheld.get(n, []),
                  "highest": r[-1][1], "own": n == own, "gaps": gaps(r)}
                 for n, r in sorted(union(held, withheld).items())]
        peers = [{"node": n, "unit": names.get(n, "?"), "last_import_at": at,
                  "has_of_ours": prefix(json.loads(knows).get(own, []))}
                 for n, knows, at in conn.execute("SELECT node_id, knows, last_import_at FROM sync_peers ORDER BY node_id")]
        short, _ = self.fingerprint()
        return {"node": own, "nodes": nodes, "peers": peers, "gaps": self.gaps(),
                "pending": conn.execute("SELECT COUNT(*) FROM sync_pending").fetchone()[0],
                "conflicts": conn.execute("SELECT COUNT(*) FROM sync_conflicts").fetchone()[0],
                "fingerprint": short}

    def fingerprint(self, unit_code: str | None = None) -> tuple[str, str]:
        """(short, full) hash of the shared data; with a unit code, of that unit and all below it."""
        self.ctx.require(Permission.VIEW)
        ids = None
        if unit_code:
            units = UnitRepo(self.ctx.conn)
            unit = units.by_code(unit_code.strip())
            if unit is None:
                raise ServiceError(st("unit_unknown", self.lang, code=unit_code))
            ids = units.subtree_ids(unit["id"])
        full = data_fingerprint(self.ctx.conn, ids)
        return short_fingerprint(full), full


def _step(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int, lang: str) -> None:
    if cancelled is not None and cancelled():
        raise ServiceError(SyncError("cancelled").message(lang))
    if progress is not None:
        progress(done, total)


def _acknowledged(peers: list[dict]) -> Vector | None:
    """What every laptop of the recipient holds for sure: per node, the smallest acknowledged prefix."""
    if not peers:
        return None
    vectors = [json.loads(p["knows"]) for p in peers]
    nodes = set().union(*vectors)
    return {n: [[1, low]] for n in nodes if (low := min(prefix(v.get(n, [])) for v in vectors)) > 0}


def _merge_vectors(a: Vector, b: Vector) -> Vector:
    return {n: normalise(a.get(n, []) + b.get(n, [])) for n in sorted(set(a) | set(b))}
