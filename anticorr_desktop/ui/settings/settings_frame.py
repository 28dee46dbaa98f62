"""Settings, Commissions tab: how the body writes its minutes (the frame, issue #13).

The body's kind, the title, the number, who signs, the decisions' lead-in and
numbers, the vote words: stored with the commission (``domain/frame.py``) and
worded in each language by the minutes' builder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import frame as fr
from ..kit.common import label
from ..kit.context import AppContext
from ..kit.dialogs import text_edit


def _tr(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class FrameBox(QGroupBox):
    """The frame of a commission's minutes, edited beside its names and officers."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body = QComboBox(self)
        self.title = QComboBox(self)
        self.title_ru = text_edit(self, 2)
        self.title_kk = text_edit(self, 2)
        self.number = QComboBox(self)
        self.signers = QComboBox(self)
        self.signatories = QTableWidget(0, 3, self)
        self.signatories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signatories.verticalHeader().hide()
        self.signatories.setMinimumHeight(90)
        self.add_signatory = QPushButton(self)
        self.remove_signatory = QPushButton(self)
        self.lead = QComboBox(self)
        self.lead_ru = QLineEdit(self)
        self.lead_kk = QLineEdit(self)
        self.numbering = QComboBox(self)
        for n in fr.NUMBERINGS:
            self.numbering.addItem(n, n)
        self.vote_ru = self._vote_combo("ru")
        self.vote_kk = self._vote_combo("kk")
        self.named_votes = QCheckBox(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_signatory)
        buttons.addWidget(self.remove_signatory)
        buttons.addStretch(1)
        signatories = QVBoxLayout()
        signatories.setContentsMargins(0, 0, 0, 0)
        signatories.addWidget(self.signatories)
        signatories.addLayout(buttons)
        self.signatories_box = QWidget(self)
        self.signatories_box.setLayout(signatories)

        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("body", self.body),
            ("title", self.title),
            ("title_ru", self.title_ru),
            ("title_kk", self.title_kk),
            ("number", self.number),
            ("signers", self.signers),
            ("signatories", self.signatories_box),
            ("lead", self.lead),
            ("lead_ru", self.lead_ru),
            ("lead_kk", self.lead_kk),
            ("numbering", self.numbering),
            ("vote_ru", self.vote_ru),
            ("vote_kk", self.vote_kk),
        ):
            lab = QLabel(self)
            lab.setBuddy(field)
            self.labels[key] = lab
            self.form.addRow(lab, field)
        self.form.addRow("", self.named_votes)

        self.title.currentIndexChanged.connect(self._enable)
        self.lead.currentIndexChanged.connect(self._enable)
        self.signers.currentIndexChanged.connect(self._enable)
        self.add_signatory.clicked.connect(lambda: self._add_row(fr.Signatory("")))
        self.remove_signatory.clicked.connect(self._remove_row)
        self.retranslateUi()
        self.show_frame(fr.Frame())

    def _vote_combo(self, lang: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.addItems(list(fr.VOTE_PRESETS[lang]))
        return combo

    # -- the form ---------------------------------------------------------------------------
    def show_frame(self, f: fr.Frame) -> None:
        self._select(self.body, f.body)
        self._select(self.title, f.title)
        self.title_ru.setPlainText(f.title_ru)
        self.title_kk.setPlainText(f.title_kk)
        self._select(self.number, f.number)
        self._select(self.signers, f.signers)
        self.signatories.setRowCount(0)
        for sg in f.signatories:
            self._add_row(sg)
        self._select(self.lead, f.lead)
        self.lead_ru.setText(f.lead_ru)
        self.lead_kk.setText(f.lead_kk)
        self._select(self.numbering, f.numbering)
        self.vote_ru.setCurrentText(f.vote_ru or fr.VOTE_PRESETS["ru"][0])
        self.vote_kk.setCurrentText(f.vote_kk or fr.VOTE_PRESETS["kk"][0])
        self.named_votes.setChecked(f.named_votes)
        self._enable()

    def frame(self) -> fr.Frame:
        """The frame as the form stands (the service checks it when saved)."""

        def own_words(combo: QComboBox, lang: str) -> str:
            text = " ".join(combo.currentText().split())
            return "" if text == fr.VOTE_PRESETS[lang][0] else text

        people = {p.id: p.uid for p in self.ctx.people().values()}
        signatories = []
        for row in range(self.signatories.rowCount()):
            combo = self.signatories.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            from .settings_commission import combo_person

            pid = combo_person(combo)
            ru, kk = self.signatories.cellWidget(row, 1), self.signatories.cellWidget(row, 2)
            assert isinstance(ru, QLineEdit) and isinstance(kk, QLineEdit)
            if pid is not None and pid in people:
                signatories.append(fr.Signatory(people[pid], ru.text(), kk.text()))
        return fr.Frame(
            body=self.body.currentData(),
            title=self.title.currentData(),
            title_ru=self.title_ru.toPlainText(),
            title_kk=self.title_kk.toPlainText(),
            number=self.number.currentData(),
            signers=self.signers.currentData(),
            signatories=signatories,
            lead=self.lead.currentData(),
            lead_ru=self.lead_ru.text(),
            lead_kk=self.lead_kk.text(),
            numbering=self.numbering.currentData(),
            vote_ru=own_words(self.vote_ru, "ru"),
            vote_kk=own_words(self.vote_kk, "kk"),
            named_votes=self.named_votes.isChecked(),
        )

    def _select(self, combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _add_row(self, sg: fr.Signatory) -> None:
        from .settings_commission import fill_people, person_combo

        row = self.signatories.rowCount()
        self.signatories.insertRow(row)
        combo = person_combo(self.signatories)
        pid = next((p.id for p in self.ctx.people().values() if p.uid == sg.person_uid), None)
        fill_people(combo, self.ctx, _tr("— not set —"), pid)
        self.signatories.setCellWidget(row, 0, combo)
        for col, text in ((1, sg.role_ru), (2, sg.role_kk)):
            edit = QLineEdit(text, self.signatories)
            self.signatories.setCellWidget(row, col, edit)
        self.signatories.setCurrentCell(row, 0)

    def _remove_row(self) -> None:
        row = self.signatories.currentRow()
        if row >= 0:
            self.signatories.removeRow(row)

    def _enable(self, *_args) -> None:
        custom_title = self.title.currentData() == fr.TITLE_CUSTOM
        custom_lead = self.lead.currentData() == fr.LEAD_CUSTOM
        by_list = self.signers.currentData() == fr.SIGN_LIST
        for key, on in (
            ("title_ru", custom_title),
            ("title_kk", custom_title),
            ("lead_ru", custom_lead),
            ("lead_kk", custom_lead),
            ("signatories", by_list),
        ):
            self.form.setRowVisible(self.labels[key], on)

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _fill(self, combo: QComboBox, labels: dict[str, str]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in labels.items():
            combo.addItem(label(text), value)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def retranslateUi(self) -> None:
        self.setTitle(_tr("How the minutes are written"))
        self._fill(self.body, fr.BODY_LABELS)
        self._fill(self.title, fr.TITLE_LABELS)
        self._fill(self.number, fr.NUMBER_LABELS)
        self._fill(self.signers, fr.SIGNER_LABELS)
        self._fill(self.lead, fr.LEAD_LABELS)
        self.labels["body"].setText(_tr("Body:"))
        self.labels["title"].setText(_tr("Title:"))
        self.labels["title_ru"].setText(_tr("Title (Russian):"))
        self.labels["title_kk"].setText(_tr("Title (Kazakh):"))
        self.labels["number"].setText(_tr("Number printed:"))
        self.labels["signers"].setText(_tr("Who signs:"))
        self.labels["signatories"].setText(_tr("Signatories:"))
        self.labels["lead"].setText(_tr("Decisions begin with:"))
        self.labels["lead_ru"].setText(_tr("Lead-in (Russian):"))
        self.labels["lead_kk"].setText(_tr("Lead-in (Kazakh):"))
        self.labels["numbering"].setText(_tr("Decisions numbered:"))
        self.labels["vote_ru"].setText(_tr("Vote words (Russian):"))
        self.labels["vote_kk"].setText(_tr("Vote words (Kazakh):"))
        self.title_ru.setPlaceholderText(_tr("e.g. ПРОТОКОЛ\nзаседания Наблюдательного совета"))
        self.title_kk.setPlaceholderText(_tr("e.g. Байқау кеңесі отырысының\nХАТТАМАСЫ"))
        self.signatories.setHorizontalHeaderLabels(
            [_tr("Person"), _tr("Role (Russian)"), _tr("Role (Kazakh)")]
        )
        self.add_signatory.setText(_tr("Add signatory"))
        self.remove_signatory.setText(_tr("Remove"))
        self.named_votes.setText(_tr("The minutes name who voted how"))
        self.vote_ru.setToolTip(_tr('Three words separated by "/": for / against / abstained'))
        self.vote_kk.setToolTip(self.vote_ru.toolTip())
        self._enable()
