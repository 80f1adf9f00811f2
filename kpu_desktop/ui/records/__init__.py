"""Record screens (part B of the desktop UI): lists, add/edit dialogs, import and export.

Each screen is `Screen(ctx, parent=None, *, settings=None, runner=None)` with the actions the shell wires
to menus: focus_search, new_record, open_current, delete_current, undo_last, import_file, export_file,
show_filtered(...), refresh(), shutdown(); and the signal `record_changed`.
"""

from .screens import AsnScreen, FacilityScreen, ReceiptScreen

__all__ = ["AsnScreen", "FacilityScreen", "ReceiptScreen"]
