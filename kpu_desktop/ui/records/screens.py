"""The three record screens: Penempatan ASN, Sarana & Prasarana, Logistik."""

from __future__ import annotations

from ...domain.messages import value_label
from .columns import ColumnSpec, asn_columns, facility_columns, receipt_columns
from .facility_dialog import FacilityDialog
from .placement_dialog import PlacementDialog
from .receipt_dialog import ReceiptDialog
from .screen import RecordScreen


class AsnScreen(RecordScreen):
    """ASN placements: a person placed in a secretariat for an event."""

    kind = "asn"
    dialog_class = PlacementDialog

    def columns(self) -> list[ColumnSpec]:
        return asn_columns()

    def describe(self, row: dict) -> str:
        return self.tr("the placement of {name} as {post} in {unit}").format(
            name=row.get("person_name"), post=value_label(row.get("post"), self.ctx.lang),
            unit=f"{row.get('unit_code')} {row.get('unit_name')}")


class FacilityScreen(RecordScreen):
    """Facility support lent to secretariats."""

    kind = "facility"
    dialog_class = FacilityDialog

    def columns(self) -> list[ColumnSpec]:
        return facility_columns()

    def describe(self, row: dict) -> str:
        return self.tr("{category} \"{description}\" of {unit}").format(
            category=value_label(row.get("category"), self.ctx.lang), description=row.get("description"),
            unit=f"{row.get('unit_code')} {row.get('unit_name')}")


class ReceiptScreen(RecordScreen):
    """Logistics receipts (BAST) and their lines."""

    kind = "receipt"
    dialog_class = ReceiptDialog

    def columns(self) -> list[ColumnSpec]:
        return receipt_columns()

    def describe(self, row: dict) -> str:
        return self.tr("the receipt {number} of {unit}").format(
            number=row.get("number"), unit=f"{row.get('unit_code')} {row.get('unit_name')}")
