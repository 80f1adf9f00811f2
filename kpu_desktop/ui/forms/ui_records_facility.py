# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_facility.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordsFacilityDialog(object):
    def setupUi(self, RecordsFacilityDialog):
        if not RecordsFacilityDialog.objectName():
            RecordsFacilityDialog.setObjectName(u"RecordsFacilityDialog")
        RecordsFacilityDialog.resize(980, 600)
        self.mainLayout = QVBoxLayout(RecordsFacilityDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.itemGroup = QGroupBox(RecordsFacilityDialog)
        self.itemGroup.setObjectName(u"itemGroup")
        self.itemGroupForm = QFormLayout(self.itemGroup)
        self.itemGroupForm.setObjectName(u"itemGroupForm")
        self.unit_codeLabel = QLabel(self.itemGroup)
        self.unit_codeLabel.setObjectName(u"unit_codeLabel")

        self.itemGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_codeLabel)

        self.unit_code = QComboBox(self.itemGroup)
        self.unit_code.setObjectName(u"unit_code")

        self.itemGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_code)

        self.event_idLabel = QLabel(self.itemGroup)
        self.event_idLabel.setObjectName(u"event_idLabel")

        self.itemGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.event_idLabel)

        self.event_id = QComboBox(self.itemGroup)
        self.event_id.setObjectName(u"event_id")

        self.itemGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.event_id)

        self.categoryLabel = QLabel(self.itemGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.itemGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.itemGroup)
        self.category.setObjectName(u"category")

        self.itemGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category)

        self.descriptionLabel = QLabel(self.itemGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.itemGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QLineEdit(self.itemGroup)
        self.description.setObjectName(u"description")

        self.itemGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.description)

        self.specificationLabel = QLabel(self.itemGroup)
        self.specificationLabel.setObjectName(u"specificationLabel")

        self.itemGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.specificationLabel)

        self.specification = QLineEdit(self.itemGroup)
        self.specification.setObjectName(u"specification")

        self.itemGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.specification)

        self.quantityLabel = QLabel(self.itemGroup)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.itemGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantity = QLineEdit(self.itemGroup)
        self.quantity.setObjectName(u"quantity")

        self.itemGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quantity)

        self.measure_unitLabel = QLabel(self.itemGroup)
        self.measure_unitLabel.setObjectName(u"measure_unitLabel")

        self.itemGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.measure_unitLabel)

        self.measure_unit = QLineEdit(self.itemGroup)
        self.measure_unit.setObjectName(u"measure_unit")

        self.itemGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.measure_unit)

        self.conditionLabel = QLabel(self.itemGroup)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.itemGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.condition = QComboBox(self.itemGroup)
        self.condition.setObjectName(u"condition")

        self.itemGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.condition)

        self.owner_nameLabel = QLabel(self.itemGroup)
        self.owner_nameLabel.setObjectName(u"owner_nameLabel")

        self.itemGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.owner_nameLabel)

        self.owner_name = QLineEdit(self.itemGroup)
        self.owner_name.setObjectName(u"owner_name")

        self.itemGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.owner_name)

        self.owner_contactLabel = QLabel(self.itemGroup)
        self.owner_contactLabel.setObjectName(u"owner_contactLabel")

        self.itemGroupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.owner_contactLabel)

        self.owner_contact = QLineEdit(self.itemGroup)
        self.owner_contact.setObjectName(u"owner_contact")

        self.itemGroupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.owner_contact)

        self.registration_noLabel = QLabel(self.itemGroup)
        self.registration_noLabel.setObjectName(u"registration_noLabel")

        self.itemGroupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.registration_noLabel)

        self.registration_no = QLineEdit(self.itemGroup)
        self.registration_no.setObjectName(u"registration_no")

        self.itemGroupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.registration_no)

        self.location_codeLabel = QLabel(self.itemGroup)
        self.location_codeLabel.setObjectName(u"location_codeLabel")

        self.itemGroupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.location_codeLabel)

        self.location_code = QLineEdit(self.itemGroup)
        self.location_code.setObjectName(u"location_code")

        self.itemGroupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.location_code)


        self.columns.addWidget(self.itemGroup)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.agreementGroup = QGroupBox(RecordsFacilityDialog)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementGroupForm = QFormLayout(self.agreementGroup)
        self.agreementGroupForm.setObjectName(u"agreementGroupForm")
        self.basisLabel = QLabel(self.agreementGroup)
        self.basisLabel.setObjectName(u"basisLabel")

        self.agreementGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basis = QComboBox(self.agreementGroup)
        self.basis.setObjectName(u"basis")

        self.agreementGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basis)

        self.agreement_noLabel = QLabel(self.agreementGroup)
        self.agreement_noLabel.setObjectName(u"agreement_noLabel")

        self.agreementGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agreement_noLabel)

        self.agreement_no = QLineEdit(self.agreementGroup)
        self.agreement_no.setObjectName(u"agreement_no")

        self.agreementGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agreement_no)

        self.agreement_dateLabel = QLabel(self.agreementGroup)
        self.agreement_dateLabel.setObjectName(u"agreement_dateLabel")

        self.agreementGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agreement_dateLabel)

        self.agreement_date = QLineEdit(self.agreementGroup)
        self.agreement_date.setObjectName(u"agreement_date")

        self.agreementGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.agreement_date)

        self.start_dateLabel = QLabel(self.agreementGroup)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.agreementGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_date = QLineEdit(self.agreementGroup)
        self.start_date.setObjectName(u"start_date")

        self.agreementGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_dateLabel = QLabel(self.agreementGroup)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.agreementGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = QLineEdit(self.agreementGroup)
        self.end_date.setObjectName(u"end_date")

        self.agreementGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.extendedLabel = QLabel(self.agreementGroup)
        self.extendedLabel.setObjectName(u"extendedLabel")

        self.agreementGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.extendedLabel)

        self.extended = QCheckBox(self.agreementGroup)
        self.extended.setObjectName(u"extended")

        self.agreementGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.extended)

        self.return_dateLabel = QLabel(self.agreementGroup)
        self.return_dateLabel.setObjectName(u"return_dateLabel")

        self.agreementGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.return_dateLabel)

        self.return_date = QLineEdit(self.agreementGroup)
        self.return_date.setObjectName(u"return_date")

        self.agreementGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.return_date)

        self.return_bast_noLabel = QLabel(self.agreementGroup)
        self.return_bast_noLabel.setObjectName(u"return_bast_noLabel")

        self.agreementGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.return_bast_noLabel)

        self.return_bast_no = QLineEdit(self.agreementGroup)
        self.return_bast_no.setObjectName(u"return_bast_no")

        self.agreementGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.return_bast_no)

        self.noteLabel = QLabel(self.agreementGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.agreementGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.agreementGroup)
        self.note.setObjectName(u"note")

        self.agreementGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note)


        self.rightColumn.addWidget(self.agreementGroup)

        self.checklistGroup = QGroupBox(RecordsFacilityDialog)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistGrid = QGridLayout(self.checklistGroup)
        self.checklistGrid.setObjectName(u"checklistGrid")

        self.rightColumn.addWidget(self.checklistGroup)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.issues = QLabel(RecordsFacilityDialog)
        self.issues.setObjectName(u"issues")
        self.issues.setWordWrap(True)
        self.issues.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.issues)

        self.buttonBox = QDialogButtonBox(RecordsFacilityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.unit_codeLabel.setBuddy(self.unit_code)
        self.event_idLabel.setBuddy(self.event_id)
        self.categoryLabel.setBuddy(self.category)
        self.descriptionLabel.setBuddy(self.description)
        self.specificationLabel.setBuddy(self.specification)
        self.quantityLabel.setBuddy(self.quantity)
        self.measure_unitLabel.setBuddy(self.measure_unit)
        self.conditionLabel.setBuddy(self.condition)
        self.owner_nameLabel.setBuddy(self.owner_name)
        self.owner_contactLabel.setBuddy(self.owner_contact)
        self.registration_noLabel.setBuddy(self.registration_no)
        self.location_codeLabel.setBuddy(self.location_code)
        self.basisLabel.setBuddy(self.basis)
        self.agreement_noLabel.setBuddy(self.agreement_no)
        self.agreement_dateLabel.setBuddy(self.agreement_date)
        self.start_dateLabel.setBuddy(self.start_date)
        self.end_dateLabel.setBuddy(self.end_date)
        self.extendedLabel.setBuddy(self.extended)
        self.return_dateLabel.setBuddy(self.return_date)
        self.return_bast_noLabel.setBuddy(self.return_bast_no)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_code, self.event_id)
        QWidget.setTabOrder(self.event_id, self.category)
        QWidget.setTabOrder(self.category, self.description)
        QWidget.setTabOrder(self.description, self.specification)
        QWidget.setTabOrder(self.specification, self.quantity)
        QWidget.setTabOrder(self.quantity, self.measure_unit)
        QWidget.setTabOrder(self.measure_unit, self.condition)
        QWidget.setTabOrder(self.condition, self.owner_name)
        QWidget.setTabOrder(self.owner_name, self.owner_contact)
        QWidget.setTabOrder(self.owner_contact, self.registration_no)
        QWidget.setTabOrder(self.registration_no, self.location_code)
        QWidget.setTabOrder(self.location_code, self.basis)
        QWidget.setTabOrder(self.basis, self.agreement_no)
        QWidget.setTabOrder(self.agreement_no, self.agreement_date)
        QWidget.setTabOrder(self.agreement_date, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.extended)
        QWidget.setTabOrder(self.extended, self.return_date)
        QWidget.setTabOrder(self.return_date, self.return_bast_no)
        QWidget.setTabOrder(self.return_bast_no, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(RecordsFacilityDialog)

        QMetaObject.connectSlotsByName(RecordsFacilityDialog)
    # setupUi

    def retranslateUi(self, RecordsFacilityDialog):
        RecordsFacilityDialog.setWindowTitle(QCoreApplication.translate("RecordsFacilityDialog", u"Facility support", None))
        self.itemGroup.setTitle(QCoreApplication.translate("RecordsFacilityDialog", u"Facility", None))
        self.unit_codeLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Unit", None))
        self.event_idLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Election event", None))
        self.categoryLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Category", None))
        self.descriptionLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Description", None))
        self.specificationLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Specification", None))
        self.quantityLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Quantity", None))
        self.measure_unitLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Unit of measure", None))
        self.measure_unit.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"unit, room, pcs", None))
        self.conditionLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Condition", None))
        self.owner_nameLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Owner", None))
        self.owner_contactLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Owner contact", None))
        self.registration_noLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Registration no.", None))
        self.registration_no.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"asset code, plate, frame or engine number", None))
        self.location_codeLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Location code", None))
        self.location_code.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"62.01.01.2001", None))
        self.agreementGroup.setTitle(QCoreApplication.translate("RecordsFacilityDialog", u"Agreement", None))
        self.basisLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Legal basis", None))
        self.agreement_noLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Agreement no.", None))
        self.agreement_dateLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Agreement date", None))
        self.agreement_date.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"dd/mm/yyyy", None))
        self.start_dateLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Start date", None))
        self.start_date.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"dd/mm/yyyy", None))
        self.end_dateLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"End date", None))
        self.end_date.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"dd/mm/yyyy", None))
        self.extendedLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Extended once", None))
        self.extended.setText(QCoreApplication.translate("RecordsFacilityDialog", u"The loan was extended", None))
        self.return_dateLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Return date", None))
        self.return_date.setPlaceholderText(QCoreApplication.translate("RecordsFacilityDialog", u"dd/mm/yyyy", None))
        self.return_bast_noLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Return report no.", None))
        self.noteLabel.setText(QCoreApplication.translate("RecordsFacilityDialog", u"Note", None))
        self.checklistGroup.setTitle(QCoreApplication.translate("RecordsFacilityDialog", u"Warehouse checklist", None))
        self.issues.setText("")
    # retranslateUi

