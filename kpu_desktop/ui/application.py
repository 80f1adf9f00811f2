"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox


def run_application(ctx) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("kpu-desktop")
    window = QMainWindow()
    window.setWindowTitle("kpu-desktop")
    if not ctx.paths.database.exists():
        QMessageBox.information(window, "kpu-desktop", "Jalankan 'kpu-desktop init' atau 'kpu-desktop demo'.")
        return 1
    window.setCentralWidget(QLabel(f"{ctx.unit['name']} ({ctx.unit['code']})"))
    window.resize(900, 600)
    window.show()
    return app.exec()
