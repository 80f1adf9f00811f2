"""Wording shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.identifiers import parse_ni_pppk


def unit_title(unit: dict) -> str:
    """`KPU Kabupaten Kotawaringin Barat (62.01)`, `PPK Kumai (62.01.01)`."""
    kind, name, code = unit["kind"], unit["name"], unit["code"]
    if kind == "kpu-kab":
        city = len(code.split(".")) == 2 and int(code.split(".")[1]) >= 71
        prefix = "KPU Kota" if city else "KPU Kabupaten"
    else:
        prefix = {"kpu-prov": "KPU Provinsi", "ppk": "PPK", "pps": "PPS"}.get(kind, "")
    return f"{prefix} {name} ({code})".strip()


def role_name(role: str) -> str:
    names = {"admin": QCoreApplication.translate("Roles", "Administrator"),
             "operator": QCoreApplication.translate("Roles", "Operator"),
             "verifier": QCoreApplication.translate("Roles", "Verifier"),
             "viewer": QCoreApplication.translate("Roles", "Viewer")}
    return names.get(role, role)


def nip_problem(*texts: str) -> str:
    """Why a NIP typed in a form cannot be printed under a signature or put in a certificate (each of `texts`
    must be empty or 18 digits, spaces allowed), or ''."""
    if any(parse_ni_pppk(text) for text in texts):
        return QCoreApplication.translate("Officers", "A NIP has 18 digits (spaces allowed), or stays empty.")
    return ""
