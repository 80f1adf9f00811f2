"""Fixtures shared by the domain tests."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).resolve().parents[2] / "resources" / "data"
TODAY = dt.date(2025, 1, 15)


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture(scope="session")
def catalogue() -> dict[str, dict]:
    """The logistics item catalogue as services will pass it, read from the reference CSV."""
    with open(DATA_DIR / "logistik_barang.csv", encoding="utf-8") as handle:
        return {
            row["kode"]: {
                "name": row["nama"],
                "measure_unit": row["satuan"],
                "per_type": row["per_jenis_pemilihan"].startswith("ya"),
                "per_dapil": row["per_dapil"].startswith("ya"),
            }
            for row in csv.DictReader(handle)
        }


@pytest.fixture(scope="session")
def golongan_rows() -> list[tuple[str, str]]:
    with open(DATA_DIR / "golongan_pangkat.csv", encoding="utf-8") as handle:
        return [(row["golongan"], row["pangkat"]) for row in csv.DictReader(handle)]

