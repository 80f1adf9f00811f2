# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_import.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_RecordsImportDialog(object):
    def setupUi(self, RecordsImportDialog):
        if not RecordsImportDialog.objectName():
            RecordsImportDialog.setObjectName(u"RecordsImportDialog")
        RecordsImportDialog.resize(900, 560)
        self.mainLayout = QVBoxLayout(RecordsImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.source = QLabel(RecordsImportDialog)
        self.source.setObjectName(u"source")
        self.source.setWordWrap(True)

        self.mainLayout.addWidget(self.source)

        self.summary = QLabel(RecordsImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.tabs = QTabWidget(RecordsImportDialog)
        self.tabs.setObjectName(u"tabs")

        self.mainLayout.addWidget(self.tabs)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progress = QProgressBar(RecordsImportDialog)
        self.progress.setObjectName(u"progress")

        self.progressRow.addWidget(self.progress)

        self.cancelTaskButton = QPushButton(RecordsImportDialog)
        self.cancelTaskButton.setObjectName(u"cancelTaskButton")

        self.progressRow.addWidget(self.cancelTaskButton)


        self.mainLayout.addLayout(self.progressRow)

        self.buttonBox = QDialogButtonBox(RecordsImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.tabs, self.cancelTaskButton)
        QWidget.setTabOrder(self.cancelTaskButton, self.buttonBox)

        self.retranslateUi(RecordsImportDialog)

        QMetaObject.connectSlotsByName(RecordsImportDialog)
    # setupUi

    def retranslateUi(self, RecordsImportDialog):
        RecordsImportDialog.setWindowTitle(QCoreApplication.translate("RecordsImportDialog", u"Import a spreadsheet", None))
        self.source.setText("")
        self.summary.setText("")
        self.cancelTaskButton.setText(QCoreApplication.translate("RecordsImportDialog", u"Stop", None))
    # retranslateUi

