# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_receipt.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RecordsReceiptDialog(object):
    def setupUi(self, RecordsReceiptDialog):
        if not RecordsReceiptDialog.objectName():
            RecordsReceiptDialog.setObjectName(u"RecordsReceiptDialog")
        RecordsReceiptDialog.resize(1100, 720)
        self.mainLayout = QVBoxLayout(RecordsReceiptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.headerGroup = QGroupBox(RecordsReceiptDialog)
        self.headerGroup.setObjectName(u"headerGroup")
        self.headerGroupForm = QFormLayout(self.headerGroup)
        self.headerGroupForm.setObjectName(u"headerGroupForm")
        self.numberLabel = QLabel(self.headerGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.headerGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.number = QLineEdit(self.headerGroup)
        self.number.setObjectName(u"number")

        self.headerGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.received_atLabel = QLabel(self.headerGroup)
        self.received_atLabel.setObjectName(u"received_atLabel")

        self.headerGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_atLabel)

        self.received_at = QLineEdit(self.headerGroup)
        self.received_at.setObjectName(u"received_at")

        self.headerGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_at)

        self.placeLabel = QLabel(self.headerGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.headerGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.headerGroup)
        self.place.setObjectName(u"place")

        self.headerGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.event_idLabel = QLabel(self.headerGroup)
        self.event_idLabel.setObjectName(u"event_idLabel")

        self.headerGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.event_idLabel)

        self.event_id = QComboBox(self.headerGroup)
        self.event_id.setObjectName(u"event_id")

        self.headerGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.event_id)

        self.receiver_unit_codeLabel = QLabel(self.headerGroup)
        self.receiver_unit_codeLabel.setObjectName(u"receiver_unit_codeLabel")

        self.headerGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receiver_unit_codeLabel)

        self.receiver_unit_code = QComboBox(self.headerGroup)
        self.receiver_unit_code.setObjectName(u"receiver_unit_code")

        self.headerGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiver_unit_code)

        self.tps_numberLabel = QLabel(self.headerGroup)
        self.tps_numberLabel.setObjectName(u"tps_numberLabel")

        self.headerGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tps_numberLabel)

        self.tps_number = QLineEdit(self.headerGroup)
        self.tps_number.setObjectName(u"tps_number")

        self.headerGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tps_number)


        self.columns.addWidget(self.headerGroup)

        self.partiesGroup = QGroupBox(RecordsReceiptDialog)
        self.partiesGroup.setObjectName(u"partiesGroup")
        self.partiesGroupGrid = QGridLayout(self.partiesGroup)
        self.partiesGroupGrid.setObjectName(u"partiesGroupGrid")
        self.giverHeader = QLabel(self.partiesGroup)
        self.giverHeader.setObjectName(u"giverHeader")

        self.partiesGroupGrid.addWidget(self.giverHeader, 0, 1, 1, 1)

        self.receiverHeader = QLabel(self.partiesGroup)
        self.receiverHeader.setObjectName(u"receiverHeader")

        self.partiesGroupGrid.addWidget(self.receiverHeader, 0, 2, 1, 1)

        self.giver_nameLabel = QLabel(self.partiesGroup)
        self.giver_nameLabel.setObjectName(u"giver_nameLabel")

        self.partiesGroupGrid.addWidget(self.giver_nameLabel, 1, 0, 1, 1)

        self.giver_name = QLineEdit(self.partiesGroup)
        self.giver_name.setObjectName(u"giver_name")

        self.partiesGroupGrid.addWidget(self.giver_name, 1, 1, 1, 1)

        self.receiver_name = QLineEdit(self.partiesGroup)
        self.receiver_name.setObjectName(u"receiver_name")

        self.partiesGroupGrid.addWidget(self.receiver_name, 1, 2, 1, 1)

        self.giver_postLabel = QLabel(self.partiesGroup)
        self.giver_postLabel.setObjectName(u"giver_postLabel")

        self.partiesGroupGrid.addWidget(self.giver_postLabel, 2, 0, 1, 1)

        self.giver_post = QLineEdit(self.partiesGroup)
        self.giver_post.setObjectName(u"giver_post")

        self.partiesGroupGrid.addWidget(self.giver_post, 2, 1, 1, 1)

        self.receiver_post = QLineEdit(self.partiesGroup)
        self.receiver_post.setObjectName(u"receiver_post")

        self.partiesGroupGrid.addWidget(self.receiver_post, 2, 2, 1, 1)

        self.giver_institutionLabel = QLabel(self.partiesGroup)
        self.giver_institutionLabel.setObjectName(u"giver_institutionLabel")

        self.partiesGroupGrid.addWidget(self.giver_institutionLabel, 3, 0, 1, 1)

        self.giver_institution = QLineEdit(self.partiesGroup)
        self.giver_institution.setObjectName(u"giver_institution")

        self.partiesGroupGrid.addWidget(self.giver_institution, 3, 1, 1, 1)

        self.receiver_institution = QLineEdit(self.partiesGroup)
        self.receiver_institution.setObjectName(u"receiver_institution")

        self.partiesGroupGrid.addWidget(self.receiver_institution, 3, 2, 1, 1)

        self.partiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partiesGroupGrid.addItem(self.partiesSpacer, 4, 0, 1, 3)


        self.columns.addWidget(self.partiesGroup)

        self.journeyGroup = QGroupBox(RecordsReceiptDialog)
        self.journeyGroup.setObjectName(u"journeyGroup")
        self.journeyGroupForm = QFormLayout(self.journeyGroup)
        self.journeyGroupForm.setObjectName(u"journeyGroupForm")
        self.transport_modeLabel = QLabel(self.journeyGroup)
        self.transport_modeLabel.setObjectName(u"transport_modeLabel")

        self.journeyGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transport_modeLabel)

        self.transport_mode = QComboBox(self.journeyGroup)
        self.transport_mode.setObjectName(u"transport_mode")

        self.journeyGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transport_mode)

        self.planned_dispatchLabel = QLabel(self.journeyGroup)
        self.planned_dispatchLabel.setObjectName(u"planned_dispatchLabel")

        self.journeyGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.planned_dispatchLabel)

        self.planned_dispatch = QLineEdit(self.journeyGroup)
        self.planned_dispatch.setObjectName(u"planned_dispatch")
        self.planned_dispatch.setMinimumSize(QSize(130, 0))

        self.journeyGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planned_dispatch)

        self.actual_dispatchLabel = QLabel(self.journeyGroup)
        self.actual_dispatchLabel.setObjectName(u"actual_dispatchLabel")

        self.journeyGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actual_dispatchLabel)

        self.actual_dispatch = QLineEdit(self.journeyGroup)
        self.actual_dispatch.setObjectName(u"actual_dispatch")
        self.actual_dispatch.setMinimumSize(QSize(130, 0))

        self.journeyGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actual_dispatch)

        self.planned_arrivalLabel = QLabel(self.journeyGroup)
        self.planned_arrivalLabel.setObjectName(u"planned_arrivalLabel")

        self.journeyGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planned_arrivalLabel)

        self.planned_arrival = QLineEdit(self.journeyGroup)
        self.planned_arrival.setObjectName(u"planned_arrival")
        self.planned_arrival.setMinimumSize(QSize(130, 0))

        self.journeyGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planned_arrival)

        self.actual_arrivalLabel = QLabel(self.journeyGroup)
        self.actual_arrivalLabel.setObjectName(u"actual_arrivalLabel")

        self.journeyGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.actual_arrivalLabel)

        self.actual_arrival = QLineEdit(self.journeyGroup)
        self.actual_arrival.setObjectName(u"actual_arrival")
        self.actual_arrival.setMinimumSize(QSize(130, 0))

        self.journeyGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.actual_arrival)

        self.witnessesLabel = QLabel(self.journeyGroup)
        self.witnessesLabel.setObjectName(u"witnessesLabel")

        self.journeyGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.witnessesLabel)

        self.witnesses = QLineEdit(self.journeyGroup)
        self.witnesses.setObjectName(u"witnesses")

        self.journeyGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.witnesses)

        self.refsLabel = QLabel(self.journeyGroup)
        self.refsLabel.setObjectName(u"refsLabel")

        self.journeyGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.refsLabel)

        self.refs = QLineEdit(self.journeyGroup)
        self.refs.setObjectName(u"refs")

        self.journeyGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.refs)

        self.noteLabel = QLabel(self.journeyGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.journeyGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.journeyGroup)
        self.note.setObjectName(u"note")

        self.journeyGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addWidget(self.journeyGroup)

        self.columns.setStretch(0, 4)
        self.columns.setStretch(1, 6)
        self.columns.setStretch(2, 4)

        self.mainLayout.addLayout(self.columns)

        self.lineTools = QHBoxLayout()
        self.lineTools.setObjectName(u"lineTools")
        self.linesLabel = QLabel(RecordsReceiptDialog)
        self.linesLabel.setObjectName(u"linesLabel")

        self.lineTools.addWidget(self.linesLabel)

        self.fillButton = QPushButton(RecordsReceiptDialog)
        self.fillButton.setObjectName(u"fillButton")

        self.lineTools.addWidget(self.fillButton)

        self.removeLineButton = QPushButton(RecordsReceiptDialog)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.lineTools.addWidget(self.removeLineButton)


        self.mainLayout.addLayout(self.lineTools)

        self.lines = QTableView(RecordsReceiptDialog)
        self.lines.setObjectName(u"lines")
        self.lines.setTabKeyNavigation(True)

        self.mainLayout.addWidget(self.lines)

        self.totals = QLabel(RecordsReceiptDialog)
        self.totals.setObjectName(u"totals")

        self.mainLayout.addWidget(self.totals)

        self.issues = QLabel(RecordsReceiptDialog)
        self.issues.setObjectName(u"issues")
        self.issues.setWordWrap(True)
        self.issues.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.issues)

        self.buttonBox = QDialogButtonBox(RecordsReceiptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.number)
        self.received_atLabel.setBuddy(self.received_at)
        self.placeLabel.setBuddy(self.place)
        self.event_idLabel.setBuddy(self.event_id)
        self.receiver_unit_codeLabel.setBuddy(self.receiver_unit_code)
        self.tps_numberLabel.setBuddy(self.tps_number)
        self.giver_nameLabel.setBuddy(self.giver_name)
        self.giver_postLabel.setBuddy(self.giver_post)
        self.giver_institutionLabel.setBuddy(self.giver_institution)
        self.transport_modeLabel.setBuddy(self.transport_mode)
        self.planned_dispatchLabel.setBuddy(self.planned_dispatch)
        self.actual_dispatchLabel.setBuddy(self.actual_dispatch)
        self.planned_arrivalLabel.setBuddy(self.planned_arrival)
        self.actual_arrivalLabel.setBuddy(self.actual_arrival)
        self.witnessesLabel.setBuddy(self.witnesses)
        self.refsLabel.setBuddy(self.refs)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number, self.received_at)
        QWidget.setTabOrder(self.received_at, self.place)
        QWidget.setTabOrder(self.place, self.event_id)
        QWidget.setTabOrder(self.event_id, self.receiver_unit_code)
        QWidget.setTabOrder(self.receiver_unit_code, self.tps_number)
        QWidget.setTabOrder(self.tps_number, self.giver_name)
        QWidget.setTabOrder(self.giver_name, self.giver_post)
        QWidget.setTabOrder(self.giver_post, self.giver_institution)
        QWidget.setTabOrder(self.giver_institution, self.receiver_name)
        QWidget.setTabOrder(self.receiver_name, self.receiver_post)
        QWidget.setTabOrder(self.receiver_post, self.receiver_institution)
        QWidget.setTabOrder(self.receiver_institution, self.lines)
        QWidget.setTabOrder(self.lines, self.transport_mode)
        QWidget.setTabOrder(self.transport_mode, self.planned_dispatch)
        QWidget.setTabOrder(self.planned_dispatch, self.actual_dispatch)
        QWidget.setTabOrder(self.actual_dispatch, self.planned_arrival)
        QWidget.setTabOrder(self.planned_arrival, self.actual_arrival)
        QWidget.setTabOrder(self.actual_arrival, self.witnesses)
        QWidget.setTabOrder(self.witnesses, self.refs)
        QWidget.setTabOrder(self.refs, self.note)
        QWidget.setTabOrder(self.note, self.fillButton)
        QWidget.setTabOrder(self.fillButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.buttonBox)

        self.retranslateUi(RecordsReceiptDialog)

        QMetaObject.connectSlotsByName(RecordsReceiptDialog)
    # setupUi

    def retranslateUi(self, RecordsReceiptDialog):
        RecordsReceiptDialog.setWindowTitle(QCoreApplication.translate("RecordsReceiptDialog", u"Logistics receipt", None))
        self.headerGroup.setTitle(QCoreApplication.translate("RecordsReceiptDialog", u"Handover report", None))
        self.numberLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Report number", None))
        self.number.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"382/PL.01.2-BA/62/2024", None))
        self.received_atLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Received at", None))
        self.received_at.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"dd/mm/yyyy hh:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Place", None))
        self.event_idLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Election event", None))
        self.receiver_unit_codeLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Receiving unit", None))
        self.tps_numberLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"TPS number", None))
        self.tps_number.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"blank unless one polling station", None))
        self.partiesGroup.setTitle(QCoreApplication.translate("RecordsReceiptDialog", u"Parties", None))
        self.giverHeader.setText(QCoreApplication.translate("RecordsReceiptDialog", u"<b>Giver</b>", None))
        self.receiverHeader.setText(QCoreApplication.translate("RecordsReceiptDialog", u"<b>Receiver</b>", None))
        self.giver_nameLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Name", None))
#if QT_CONFIG(accessibility)
        self.giver_name.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Giver name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receiver_name.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Receiver name", None))
#endif // QT_CONFIG(accessibility)
        self.giver_postLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Post", None))
#if QT_CONFIG(accessibility)
        self.giver_post.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Giver post", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receiver_post.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Receiver post", None))
#endif // QT_CONFIG(accessibility)
        self.giver_institutionLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Institution", None))
#if QT_CONFIG(accessibility)
        self.giver_institution.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Giver institution", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.receiver_institution.setAccessibleName(QCoreApplication.translate("RecordsReceiptDialog", u"Receiver institution", None))
#endif // QT_CONFIG(accessibility)
        self.journeyGroup.setTitle(QCoreApplication.translate("RecordsReceiptDialog", u"Journey", None))
        self.transport_modeLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Transport", None))
        self.planned_dispatchLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Planned dispatch", None))
        self.planned_dispatch.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"dd/mm/yyyy hh:mm", None))
        self.actual_dispatchLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Actual dispatch", None))
        self.actual_dispatch.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"dd/mm/yyyy hh:mm", None))
        self.planned_arrivalLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Planned arrival", None))
        self.planned_arrival.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"dd/mm/yyyy hh:mm", None))
        self.actual_arrivalLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Actual arrival", None))
        self.actual_arrival.setPlaceholderText(QCoreApplication.translate("RecordsReceiptDialog", u"dd/mm/yyyy hh:mm", None))
        self.witnessesLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Witnesses", None))
        self.refsLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Reference documents", None))
        self.noteLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Note", None))
        self.linesLabel.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Item lines (Tab moves to the next cell; the last row adds a line)", None))
        self.fillButton.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Fill from norms", None))
        self.removeLineButton.setText(QCoreApplication.translate("RecordsReceiptDialog", u"Remove line", None))
        self.totals.setText("")
        self.issues.setText("")
    # retranslateUi

