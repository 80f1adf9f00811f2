"""The trust store folder."""

from __future__ import annotations

import pytest

from kpu_desktop.signing.trust import TrustError, TrustStore


def test_add_and_list(tmp_path, sekretaris, ketua):
    """Added certificates are listed with fingerprint, subject, expiry and label."""
    store = TrustStore(tmp_path / "trust")
    fp = store.add(sekretaris.certificate, label="Sekretaris PPK Pahandut")
    store.add(ketua.certificate)
    entries = {e["fingerprint"]: e for e in store.list()}
    assert fp == sekretaris.fingerprint
    assert entries[fp]["subject"] == "Siti Rahmawati"
    assert entries[fp]["label"] == "Sekretaris PPK Pahandut"
    assert entries[fp]["not_after"] == sekretaris.certificate.not_valid_after_utc
    assert entries[ketua.fingerprint]["label"] == ""


def test_add_is_idempotent(tmp_path, sekretaris):
    """Adding the same certificate twice keeps one entry."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    store.add(sekretaris.certificate, label="lagi")
    assert len(store.list()) == 1
    assert store.certificates() == [sekretaris.certificate]


def test_is_trusted(tmp_path, sekretaris, stranger):
    """Only certificates in the store are trusted."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    assert store.is_trusted(sekretaris.certificate)
    assert not store.is_trusted(stranger.certificate)


def test_remove_accepts_any_fingerprint_spelling(tmp_path, sekretaris):
    """remove() takes the fingerprint with or without colons, in any case."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    store.remove(sekretaris.fingerprint.replace(":", "").lower())
    assert store.list() == []
    assert not store.is_trusted(sekretaris.certificate)


def test_remove_unknown_fingerprint(tmp_path, sekretaris):
    """Removing a certificate that is not in the store is a TrustError."""
    store = TrustStore(tmp_path)
    with pytest.raises(TrustError):
        store.remove(sekretaris.fingerprint)
    with pytest.raises(TrustError):
        store.remove("ABCD")


def test_renamed_file_is_ignored(tmp_path, sekretaris, ketua):
    """A PEM whose file name is not its fingerprint does not count as trusted."""
    store = TrustStore(tmp_path)
    store.add(sekretaris.certificate)
    (tmp_path / (sekretaris.fingerprint.replace(":", "").lower() + ".pem")).rename(
        tmp_path / (ketua.fingerprint.replace(":", "").lower() + ".pem")
    )
    assert store.certificates() == []
    assert not store.is_trusted(sekretaris.certificate)


def test_missing_folder_is_empty_store(tmp_path):
    """A store whose folder does not exist yet is simply empty."""
    assert TrustStore(tmp_path / "none").list() == []
