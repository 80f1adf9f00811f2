"""Files that must survive a pulled stick or a power cut: written whole, synced, no leftovers."""

from __future__ import annotations

import errno
import os

import pytest

from kpu_desktop import files
from kpu_desktop.services.documents_view import write_pdf
from kpu_desktop.services.errors import ServiceError


@pytest.fixture
def synced(monkeypatch):
    """Which descriptors were fsynced: ('file', path) or ('folder', path)."""
    seen = []
    real = os.fsync

    def fsync(fd):
        target = os.readlink(f"/proc/self/fd/{fd}")
        seen.append(("folder" if os.path.isdir(target) else "file", target))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return seen


def test_a_written_file_and_its_rename_reach_the_disk(tmp_path, synced):
    target = tmp_path / "laporan.pdf"
    files.write_atomic(target, b"%PDF-1.7 whole")
    assert target.read_bytes() == b"%PDF-1.7 whole"
    kinds = [kind for kind, _ in synced]
    assert kinds == ["file", "folder"] and synced[1][1] == str(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def _full_disk(fd):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"old document")
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(OSError):
        files.write_atomic(target, b"new document")
    assert target.read_bytes() == b"old document"
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.pdf"]


def test_a_saved_pdf_is_synced_and_a_full_stick_is_said_plainly(tmp_path, monkeypatch, synced):
    """Saving a document (screen and command line alike) syncs it; on a full stick the officer reads why,
    the old file stays and nothing half-written is left beside it."""
    target = tmp_path / "rekap.pdf"
    write_pdf(target, b"%PDF-1.7 one", "id")
    assert [kind for kind, _ in synced] == ["file", "folder"]
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(ServiceError) as caught:
        write_pdf(target, b"%PDF-1.7 two", "id")
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"%PDF-1.7 one" and [p.name for p in tmp_path.iterdir()] == ["rekap.pdf"]


def test_an_exported_certificate_is_synced_and_a_failed_one_leaves_nothing(tmp_path, monkeypatch, synced, demo_ctx):
    """The certificate an officer carries to the province on a stick is written whole or not at all."""
    from kpu_desktop.services.identity import IdentityService

    IdentityService(demo_ctx).create("sandi-rahasia-panjang", name="Drs. Ahmad Fauzi, M.Si.")
    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "kpu-kobar.pem"
    IdentityService(demo_ctx).export_certificate(target)
    assert target.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert synced[-2:] == [("file", synced[-2][1]), ("folder", str(stick))]  # written, then its rename
    other = stick / "again.pem"
    monkeypatch.setattr(os, "fsync", _full_disk)
    with pytest.raises(ServiceError):
        IdentityService(demo_ctx).export_certificate(other)
    assert sorted(p.name for p in stick.iterdir()) == ["kpu-kobar.pem"]
