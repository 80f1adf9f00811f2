"""Exchange content for the screenshots: a PPK folder that exchanged with the demo regency.

The PPK sends two data packages the regency applies (the second one carrying an edit the regency made
too, so a conflict opens) and leaves a third on the "flashdisk" for the Receive tab to preview.
"""

from __future__ import annotations

from pathlib import Path

from ..paths import AppPaths
from ..services.auth import AuthService
from ..services.context import AppContext
from ..services.facility import FacilityService
from ..services.identity import IdentityService
from ..services.setup import initialise
from ..services.sync import SyncService

PPK_CODE = "62.01.02"
PASSPHRASE = "frasa-contoh-2024"


def prepare(demo: AppPaths, folder: Path, password: str) -> Path:
    """Build the PPK folder under `folder`; returns the folder standing for the flashdisk."""
    stick = folder / "FLASHDISK"
    stick.mkdir(parents=True, exist_ok=True)
    ppk = AppContext(AppPaths(folder / "ppk"))
    initialise(ppk, unit_code=PPK_CODE, unit_kind="ppk", unit_name=None, admin="admin", password=password)
    AuthService(ppk).login("admin", password)
    IdentityService(ppk).create(PASSPHRASE, name="Rina Wulandari")
    kab = AppContext(demo)
    AuthService(kab).login("admin", password)
    IdentityService(kab).trust_add(IdentityService(ppk).certificate_file, label="PPK")
    facilities = FacilityService(ppk)
    hall = facilities.add({"unit_code": PPK_CODE, "category": "RUANG_KANTOR", "description": "Aula rapat pleno PPK",
                           "quantity": 1})[0]
    send = SyncService(ppk, passphrase=PASSPHRASE)
    SyncService(kab).import_bundle(send.export(stick).path)
    facilities.edit(hall, {"quantity": 2})
    FacilityService(kab).edit(hall, {"quantity": 3})
    facilities.add({"unit_code": PPK_CODE, "category": "GUDANG", "description": "Gudang logistik kecamatan",
                    "quantity": 1})
    SyncService(kab).import_bundle(send.export(stick).path)
    for description in ("Kendaraan roda empat", "Tenda sortir logistik"):
        facilities.add({"unit_code": PPK_CODE, "category": "KENDARAAN_RODA4" if "Kendaraan" in description else "LAINNYA",
                        "description": description, "quantity": 1})
    send.export(stick)
    kab.close()
    ppk.close()
    return stick


def stage(key: str, screen, stick: Path | None, settle) -> None:
    """Put real content on the exchange and conflict screens before they are photographed."""
    if stick is None:
        return
    if key == "exchange" and screen.receive is not None:
        screen.locations.add_folder(stick)
        screen.tabs.setCurrentWidget(screen.receive)
        settle(until=lambda: bool(screen.receive.bundles))
        screen.receive.check()
        settle(until=lambda: screen.receive.preview is not None or screen.receive.handle is None)
    if key == "conflicts":
        settle(until=lambda: screen.table.rowCount() > 0)
