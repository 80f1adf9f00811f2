"""Where bundles go and come from: removable drives (QStorageInfo) and folders the user picked."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from . import exchange_prompts
from .widgets import icon, label

# Mount points where desktops put USB sticks; other mounts (system, network, snaps) are not offered.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
PSEUDO_TYPES = {"tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "efivarfs", "cgroup", "cgroup2",
                "autofs", "debugfs", "tracefs", "securityfs", "configfs", "fusectl", "devpts", "mqueue", "ramfs"}


@dataclass(frozen=True)
class Location:
    path: Path
    name: str
    free: int | None       # bytes; None for a folder whose volume could not be asked
    removable: bool


def removable_drives(volumes: list[QStorageInfo] | None = None, system_root: str | None = None) -> list[Location]:
    """Mounted volumes a bundle can be written to: ready, writable, not the system disk, not a pseudo mount."""
    volumes = QStorageInfo.mountedVolumes() if volumes is None else volumes
    root = system_root if system_root is not None else QStorageInfo.root().rootPath()
    found = []
    for volume in volumes:
        path = volume.rootPath()
        kind = bytes(volume.fileSystemType()).decode(errors="replace")
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or path == root:
            continue
        if kind in PSEUDO_TYPES:
            continue
        if os.name != "nt" and not path.startswith(REMOVABLE_ROOTS):
            continue
        name = volume.displayName() or Path(path).name or path
        found.append(Location(Path(path), name, volume.bytesAvailable(), True))
    return found


def folder_location(path: Path) -> Location:
    storage = QStorageInfo(str(path))
    free = storage.bytesAvailable() if storage.isValid() and storage.isReady() else None
    return Location(Path(path), Path(path).name or str(path), free, False)


def size_text(size: int | None) -> str:
    if size is None or size < 0:
        return "?"
    value = float(size)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:.0f} {unit}" if unit in ("B", "KB") else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


class LocationsPanel(QWidget):
    """The list of drives and picked folders; `location_changed` carries the chosen one (or None)."""

    location_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.folders: list[Path] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Flashdisk or folder"), "sectionTitle"))
        self.list = QListWidget()
        self.list.setObjectName("locations")
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(190)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._changed)
        layout.addWidget(self.list)
        self.empty_hint = label(self.tr("No flashdisk found. Plug one in and press Refresh, or choose a folder."),
                                "hint")
        layout.addWidget(self.empty_hint)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(icon("refresh"), self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Look again for plugged-in flashdisks"))
        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button = QPushButton(icon("usb"), self.tr("C&hoose folder..."))
        self.folder_button.clicked.connect(self.choose_folder)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        locations = removable_drives() + [folder_location(p) for p in self.folders if p.is_dir()]
        for location in locations:
            kind = self.tr("Flashdisk") if location.removable else self.tr("Folder")
            text = self.tr("%1: %2\n%3 - %4 free").replace("%1", kind).replace("%2", location.name) \
                .replace("%3", str(location.path)).replace("%4", size_text(location.free))
            item = QListWidgetItem(icon("usb" if location.removable else "document"), text)
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(str(location.path))
            self.list.addItem(item)
        self.empty_hint.setVisible(not any(loc.removable for loc in locations))
        self.list.blockSignals(False)
        row = next((n for n, loc in enumerate(locations) if current and loc.path == current.path), 0)
        if locations:
            self.list.setCurrentRow(row)
        if self.current() != current:
            self.location_changed.emit(self.current())

    def add_folder(self, path: Path) -> None:
        path = Path(path)
        if path not in self.folders:
            self.folders.insert(0, path)
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).path == path:
                self.list.setCurrentRow(row)

    def choose_folder(self) -> None:
        chosen = exchange_prompts.choose_folder(self, self.tr("Choose the folder or flashdisk for data packages"))
        if chosen:
            self.add_folder(Path(chosen))

    def current(self) -> Location | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _changed(self, *_args) -> None:
        self.location_changed.emit(self.current())
