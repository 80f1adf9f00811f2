# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_placement.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordsPlacementDialog(object):
    def setupUi(self, RecordsPlacementDialog):
        if not RecordsPlacementDialog.objectName():
            RecordsPlacementDialog.setObjectName(u"RecordsPlacementDialog")
        RecordsPlacementDialog.resize(980, 620)
        self.mainLayout = QVBoxLayout(RecordsPlacementDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.personGroup = QGroupBox(RecordsPlacementDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personGroupForm = QFormLayout(self.personGroup)
        self.personGroupForm.setObjectName(u"personGroupForm")
        self.personSearchLabel = QLabel(self.personGroup)
        self.personSearchLabel.setObjectName(u"personSearchLabel")

        self.personGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personSearchLabel)

        self.personSearch = QLineEdit(self.personGroup)
        self.personSearch.setObjectName(u"personSearch")

        self.personGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personSearch)

        self.personResultsLabel = QLabel(self.personGroup)
        self.personResultsLabel.setObjectName(u"personResultsLabel")

        self.personGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personResultsLabel)

        self.personResults = QListWidget(self.personGroup)
        self.personResults.setObjectName(u"personResults")
        self.personResults.setMaximumSize(QSize(16777215, 90))

        self.personGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personResults)

        self.nipLabel = QLabel(self.personGroup)
        self.nipLabel.setObjectName(u"nipLabel")

        self.personGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nipLabel)

        self.nip = QLineEdit(self.personGroup)
        self.nip.setObjectName(u"nip")

        self.personGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nip)

        self.nikLabel = QLabel(self.personGroup)
        self.nikLabel.setObjectName(u"nikLabel")

        self.personGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nik = QLineEdit(self.personGroup)
        self.nik.setObjectName(u"nik")

        self.personGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nik)

        self.nameLabel = QLabel(self.personGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.personGroup)
        self.name.setObjectName(u"name")

        self.personGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.name)

        self.birth_dateLabel = QLabel(self.personGroup)
        self.birth_dateLabel.setObjectName(u"birth_dateLabel")

        self.personGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birth_dateLabel)

        self.birth_date = QLineEdit(self.personGroup)
        self.birth_date.setObjectName(u"birth_date")

        self.personGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.sexLabel = QLabel(self.personGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.personGroup)
        self.sex.setObjectName(u"sex")

        self.personGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sex)

        self.employment_statusLabel = QLabel(self.personGroup)
        self.employment_statusLabel.setObjectName(u"employment_statusLabel")

        self.personGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.employment_statusLabel)

        self.employment_status = QComboBox(self.personGroup)
        self.employment_status.setObjectName(u"employment_status")

        self.personGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.employment_status)

        self.golonganLabel = QLabel(self.personGroup)
        self.golonganLabel.setObjectName(u"golonganLabel")

        self.personGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.golonganLabel)

        self.golongan = QLineEdit(self.personGroup)
        self.golongan.setObjectName(u"golongan")

        self.personGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.golongan)

        self.pangkatLabel = QLabel(self.personGroup)
        self.pangkatLabel.setObjectName(u"pangkatLabel")

        self.personGroupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pangkatLabel)

        self.pangkat = QLineEdit(self.personGroup)
        self.pangkat.setObjectName(u"pangkat")

        self.personGroupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pangkat)

        self.origin_positionLabel = QLabel(self.personGroup)
        self.origin_positionLabel.setObjectName(u"origin_positionLabel")

        self.personGroupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.origin_positionLabel)

        self.origin_position = QLineEdit(self.personGroup)
        self.origin_position.setObjectName(u"origin_position")

        self.personGroupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.origin_position)

        self.origin_agencyLabel = QLabel(self.personGroup)
        self.origin_agencyLabel.setObjectName(u"origin_agencyLabel")

        self.personGroupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.origin_agencyLabel)

        self.origin_agency = QLineEdit(self.personGroup)
        self.origin_agency.setObjectName(u"origin_agency")

        self.personGroupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.origin_agency)

        self.phoneLabel = QLabel(self.personGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personGroupForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.personGroup)
        self.phone.setObjectName(u"phone")

        self.personGroupForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phone)


        self.columns.addWidget(self.personGroup)

        self.placementGroup = QGroupBox(RecordsPlacementDialog)
        self.placementGroup.setObjectName(u"placementGroup")
        self.placementGroupForm = QFormLayout(self.placementGroup)
        self.placementGroupForm.setObjectName(u"placementGroupForm")
        self.event_idLabel = QLabel(self.placementGroup)
        self.event_idLabel.setObjectName(u"event_idLabel")

        self.placementGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.event_idLabel)

        self.event_id = QComboBox(self.placementGroup)
        self.event_id.setObjectName(u"event_id")

        self.placementGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.event_id)

        self.unit_codeLabel = QLabel(self.placementGroup)
        self.unit_codeLabel.setObjectName(u"unit_codeLabel")

        self.placementGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unit_codeLabel)

        self.unit_code = QComboBox(self.placementGroup)
        self.unit_code.setObjectName(u"unit_code")

        self.placementGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unit_code)

        self.postLabel = QLabel(self.placementGroup)
        self.postLabel.setObjectName(u"postLabel")

        self.placementGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postLabel)

        self.post = QComboBox(self.placementGroup)
        self.post.setObjectName(u"post")

        self.placementGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.post)

        self.proposing_decree_noLabel = QLabel(self.placementGroup)
        self.proposing_decree_noLabel.setObjectName(u"proposing_decree_noLabel")

        self.placementGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proposing_decree_noLabel)

        self.proposing_decree_no = QLineEdit(self.placementGroup)
        self.proposing_decree_no.setObjectName(u"proposing_decree_no")

        self.placementGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proposing_decree_no)

        self.proposing_decree_dateLabel = QLabel(self.placementGroup)
        self.proposing_decree_dateLabel.setObjectName(u"proposing_decree_dateLabel")

        self.placementGroupForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.proposing_decree_dateLabel)

        self.proposing_decree_date = QLineEdit(self.placementGroup)
        self.proposing_decree_date.setObjectName(u"proposing_decree_date")

        self.placementGroupForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proposing_decree_date)

        self.kpu_decree_noLabel = QLabel(self.placementGroup)
        self.kpu_decree_noLabel.setObjectName(u"kpu_decree_noLabel")

        self.placementGroupForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kpu_decree_noLabel)

        self.kpu_decree_no = QLineEdit(self.placementGroup)
        self.kpu_decree_no.setObjectName(u"kpu_decree_no")

        self.placementGroupForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kpu_decree_no)

        self.kpu_decree_dateLabel = QLabel(self.placementGroup)
        self.kpu_decree_dateLabel.setObjectName(u"kpu_decree_dateLabel")

        self.placementGroupForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kpu_decree_dateLabel)

        self.kpu_decree_date = QLineEdit(self.placementGroup)
        self.kpu_decree_date.setObjectName(u"kpu_decree_date")

        self.placementGroupForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kpu_decree_date)

        self.integrity_pact_dateLabel = QLabel(self.placementGroup)
        self.integrity_pact_dateLabel.setObjectName(u"integrity_pact_dateLabel")

        self.placementGroupForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.integrity_pact_dateLabel)

        self.integrity_pact_date = QLineEdit(self.placementGroup)
        self.integrity_pact_date.setObjectName(u"integrity_pact_date")

        self.placementGroupForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.integrity_pact_date)

        self.start_dateLabel = QLabel(self.placementGroup)
        self.start_dateLabel.setObjectName(u"start_dateLabel")

        self.placementGroupForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.start_dateLabel)

        self.start_date = QLineEdit(self.placementGroup)
        self.start_date.setObjectName(u"start_date")

        self.placementGroupForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.start_date)

        self.end_dateLabel = QLabel(self.placementGroup)
        self.end_dateLabel.setObjectName(u"end_dateLabel")

        self.placementGroupForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.end_dateLabel)

        self.end_date = QLineEdit(self.placementGroup)
        self.end_date.setObjectName(u"end_date")

        self.placementGroupForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.end_date)

        self.honorariumLabel = QLabel(self.placementGroup)
        self.honorariumLabel.setObjectName(u"honorariumLabel")

        self.placementGroupForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.honorariumLabel)

        self.honorarium = QLineEdit(self.placementGroup)
        self.honorarium.setObjectName(u"honorarium")

        self.placementGroupForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.honorarium)

        self.statusLabel = QLabel(self.placementGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.placementGroupForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.placementGroup)
        self.status.setObjectName(u"status")

        self.placementGroupForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.status)

        self.end_reasonLabel = QLabel(self.placementGroup)
        self.end_reasonLabel.setObjectName(u"end_reasonLabel")

        self.placementGroupForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.end_reasonLabel)

        self.end_reason = QComboBox(self.placementGroup)
        self.end_reason.setObjectName(u"end_reason")

        self.placementGroupForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.end_reason)

        self.noteLabel = QLabel(self.placementGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.placementGroupForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.placementGroup)
        self.note.setObjectName(u"note")

        self.placementGroupForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.note)


        self.columns.addWidget(self.placementGroup)

        self.columns.setStretch(0, 1)
        self.columns.setStretch(1, 1)

        self.mainLayout.addLayout(self.columns)

        self.issues = QLabel(RecordsPlacementDialog)
        self.issues.setObjectName(u"issues")
        self.issues.setWordWrap(True)
        self.issues.setTextFormat(Qt.RichText)

        self.mainLayout.addWidget(self.issues)

        self.buttonBox = QDialogButtonBox(RecordsPlacementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personSearchLabel.setBuddy(self.personSearch)
        self.personResultsLabel.setBuddy(self.personResults)
        self.nipLabel.setBuddy(self.nip)
        self.nikLabel.setBuddy(self.nik)
        self.nameLabel.setBuddy(self.name)
        self.birth_dateLabel.setBuddy(self.birth_date)
        self.sexLabel.setBuddy(self.sex)
        self.employment_statusLabel.setBuddy(self.employment_status)
        self.golonganLabel.setBuddy(self.golongan)
        self.pangkatLabel.setBuddy(self.pangkat)
        self.origin_positionLabel.setBuddy(self.origin_position)
        self.origin_agencyLabel.setBuddy(self.origin_agency)
        self.phoneLabel.setBuddy(self.phone)
        self.event_idLabel.setBuddy(self.event_id)
        self.unit_codeLabel.setBuddy(self.unit_code)
        self.postLabel.setBuddy(self.post)
        self.proposing_decree_noLabel.setBuddy(self.proposing_decree_no)
        self.proposing_decree_dateLabel.setBuddy(self.proposing_decree_date)
        self.kpu_decree_noLabel.setBuddy(self.kpu_decree_no)
        self.kpu_decree_dateLabel.setBuddy(self.kpu_decree_date)
        self.integrity_pact_dateLabel.setBuddy(self.integrity_pact_date)
        self.start_dateLabel.setBuddy(self.start_date)
        self.end_dateLabel.setBuddy(self.end_date)
        self.honorariumLabel.setBuddy(self.honorarium)
        self.statusLabel.setBuddy(self.status)
        self.end_reasonLabel.setBuddy(self.end_reason)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personSearch, self.personResults)
        QWidget.setTabOrder(self.personResults, self.nip)
        QWidget.setTabOrder(self.nip, self.nik)
        QWidget.setTabOrder(self.nik, self.name)
        QWidget.setTabOrder(self.name, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.sex)
        QWidget.setTabOrder(self.sex, self.employment_status)
        QWidget.setTabOrder(self.employment_status, self.golongan)
        QWidget.setTabOrder(self.golongan, self.pangkat)
        QWidget.setTabOrder(self.pangkat, self.origin_position)
        QWidget.setTabOrder(self.origin_position, self.origin_agency)
        QWidget.setTabOrder(self.origin_agency, self.phone)
        QWidget.setTabOrder(self.phone, self.event_id)
        QWidget.setTabOrder(self.event_id, self.unit_code)
        QWidget.setTabOrder(self.unit_code, self.post)
        QWidget.setTabOrder(self.post, self.proposing_decree_no)
        QWidget.setTabOrder(self.proposing_decree_no, self.proposing_decree_date)
        QWidget.setTabOrder(self.proposing_decree_date, self.kpu_decree_no)
        QWidget.setTabOrder(self.kpu_decree_no, self.kpu_decree_date)
        QWidget.setTabOrder(self.kpu_decree_date, self.integrity_pact_date)
        QWidget.setTabOrder(self.integrity_pact_date, self.start_date)
        QWidget.setTabOrder(self.start_date, self.end_date)
        QWidget.setTabOrder(self.end_date, self.honorarium)
        QWidget.setTabOrder(self.honorarium, self.status)
        QWidget.setTabOrder(self.status, self.end_reason)
        QWidget.setTabOrder(self.end_reason, self.note)
        QWidget.setTabOrder(self.note, self.buttonBox)

        self.retranslateUi(RecordsPlacementDialog)

        QMetaObject.connectSlotsByName(RecordsPlacementDialog)
    # setupUi

    def retranslateUi(self, RecordsPlacementDialog):
        RecordsPlacementDialog.setWindowTitle(QCoreApplication.translate("RecordsPlacementDialog", u"ASN placement", None))
        self.personGroup.setTitle(QCoreApplication.translate("RecordsPlacementDialog", u"Person", None))
        self.personSearchLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Find person", None))
        self.personSearch.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"NIP, NIK or name of a registered person", None))
        self.personResultsLabel.setText("")
        self.nipLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"NIP", None))
        self.nip.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"18 digits", None))
        self.nikLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"NIK", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"16 digits", None))
        self.nameLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Name", None))
        self.birth_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Birth date", None))
        self.birth_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Sex", None))
        self.employment_statusLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Employment status", None))
        self.golonganLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Grade (golongan)", None))
        self.golongan.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"III/a", None))
        self.pangkatLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Rank (pangkat)", None))
        self.origin_positionLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Position of origin", None))
        self.origin_agencyLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Agency of origin", None))
        self.phoneLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Phone", None))
        self.placementGroup.setTitle(QCoreApplication.translate("RecordsPlacementDialog", u"Placement", None))
        self.event_idLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Election event", None))
        self.unit_codeLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Unit", None))
        self.postLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Post", None))
        self.proposing_decree_noLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Proposing decree no.", None))
        self.proposing_decree_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Proposing decree date", None))
        self.proposing_decree_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.kpu_decree_noLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"KPU decree no.", None))
        self.kpu_decree_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"KPU decree date", None))
        self.kpu_decree_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.integrity_pact_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Integrity pact date", None))
        self.integrity_pact_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.start_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Start date", None))
        self.start_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.end_dateLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"End date", None))
        self.end_date.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"dd/mm/yyyy", None))
        self.honorariumLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Monthly honorarium", None))
        self.honorarium.setPlaceholderText(QCoreApplication.translate("RecordsPlacementDialog", u"blank: the standard rate", None))
        self.statusLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Status", None))
        self.end_reasonLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"End reason", None))
        self.noteLabel.setText(QCoreApplication.translate("RecordsPlacementDialog", u"Note", None))
        self.issues.setText("")
    # retranslateUi

