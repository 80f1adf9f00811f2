"""The issue's "done when": two PPS, their PPK and the regency exchange bundles through a stick folder."""

from __future__ import annotations

import itertools
import shutil
import subprocess

import pytest

from kpu_desktop.services.facility import FacilityService
from tests.sync.conftest import KAB, PASSPHRASE, PPK, PPS1, PPS2


def _facility(office, unit_code: str, description: str) -> None:
    FacilityService(office.ctx).add({"unit_code": unit_code, "category": "RUANG", "description": description,
                                     "quantity": 1, "measure_unit": "unit", "condition": "baik",
                                     "owner_name": "Pemerintah Desa", "basis": "PINJAM_PAKAI",
                                     "agreement_no": "01/PP/2024", "agreement_date": "2024-05-20",
                                     "start_date": "2024-05-26", "end_date": "2025-01-27"})


@pytest.fixture
def offices(office):
    pps1 = office("pps1", PPS1, "pps", "Sidorejo")
    pps2 = office("pps2", PPS2, "pps", "Sukamaju")
    ppk = office("ppk", PPK, "ppk")
    kab = office("kab", KAB, "kpu-kab")
    _facility(pps1, PPS1, "Ruang sekretariat PPS Sidorejo")
    _facility(pps2, PPS2, "Ruang sekretariat PPS Sukamaju")
    _facility(ppk, PPK, "Gudang logistik PPK")
    return pps1, pps2, ppk, kab


def test_two_pps_ppk_and_regency_agree_whatever_the_order(offices, stick, cli, tmp_path):
    """Via the command line: the PPK's fingerprint does not depend on the import order, each PPS agrees with
    the PPK on its own code, and the regency agrees with the PPK after the relay."""
    pps1, pps2, ppk, kab = offices
    env = {"KPU_DESKTOP_PASSPHRASE": PASSPHRASE}
    bundles = []
    for pps in (pps1, pps2):
        code, out, err = cli("--data-dir", pps.folder, "sync", "export", "--out", stick, env=env)
        assert code == 0, err
        bundles.append(out.strip().splitlines()[0])
    assert bundles[0].endswith(".kpub") and PPS1 in bundles[0]
    prints = set()
    for order in itertools.permutations(bundles):
        copy = tmp_path / f"ppk-{len(prints)}-{order[0][-12:]}"
        shutil.copytree(ppk.folder, copy)
        for path in order:
            code, out, err = cli("--data-dir", copy, "sync", "import", path)
            assert code == 0, err
        prints.add(cli("--data-dir", copy, "fingerprint")[1])
    assert len(prints) == 1
    for path in bundles:
        assert cli("--data-dir", ppk.folder, "sync", "import", path)[0] == 0
    for pps, unit in ((pps1, PPS1), (pps2, PPS2)):
        assert cli("--data-dir", pps.folder, "fingerprint", "--unit", unit)[1] == \
            cli("--data-dir", ppk.folder, "fingerprint", "--unit", unit)[1]
    code, out, err = cli("--data-dir", ppk.folder, "sync", "export", "--out", stick, env=env)
    assert code == 0, err
    assert cli("--data-dir", kab.folder, "sync", "import", out.strip())[0] == 0
    assert cli("--data-dir", kab.folder, "fingerprint", "--unit", PPK)[1] == \
        cli("--data-dir", ppk.folder, "fingerprint", "--unit", PPK)[1]
    for path in [*bundles, out.strip()]:
        _openssl_accepts(path, tmp_path)


def _openssl_accepts(bundle: str, tmp_path) -> None:
    import zipfile
    target = tmp_path / "openssl"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    with zipfile.ZipFile(bundle) as archive:
        for name in ("manifest.json", "manifest.p7s", "signer.pem"):
            (target / name).write_bytes(archive.read(name))
    result = subprocess.run(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.p7s",
                             "-content", "manifest.json", "-CAfile", "signer.pem", "-out", "/dev/null"],
                            cwd=target, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr
