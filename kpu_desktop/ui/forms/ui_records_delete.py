# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_delete.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RecordsDeleteDialog(object):
    def setupUi(self, RecordsDeleteDialog):
        if not RecordsDeleteDialog.objectName():
            RecordsDeleteDialog.setObjectName(u"RecordsDeleteDialog")
        RecordsDeleteDialog.resize(460, 200)
        self.mainLayout = QVBoxLayout(RecordsDeleteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.question = QLabel(RecordsDeleteDialog)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)

        self.mainLayout.addWidget(self.question)

        self.reasonLabel = QLabel(RecordsDeleteDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reason = QLineEdit(RecordsDeleteDialog)
        self.reason.setObjectName(u"reason")

        self.mainLayout.addWidget(self.reason)

        self.issues = QLabel(RecordsDeleteDialog)
        self.issues.setObjectName(u"issues")
        self.issues.setWordWrap(True)
        self.issues.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.issues)

        self.buttonBox = QDialogButtonBox(RecordsDeleteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason, self.buttonBox)

        self.retranslateUi(RecordsDeleteDialog)

        QMetaObject.connectSlotsByName(RecordsDeleteDialog)
    # setupUi

    def retranslateUi(self, RecordsDeleteDialog):
        RecordsDeleteDialog.setWindowTitle(QCoreApplication.translate("RecordsDeleteDialog", u"Delete record", None))
        self.question.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("RecordsDeleteDialog", u"Reason (kept in the audit trail):", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("RecordsDeleteDialog", u"why this record is removed", None))
        self.issues.setText("")
    # retranslateUi

