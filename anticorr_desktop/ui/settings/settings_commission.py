"""Settings, Commissions tab: the commission's names, city, officers and quorum."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...errors import UserError
from ..kit.common import show_user_error, typical_width
from ..kit.context import AppContext
from ..kit.dialogs import text_edit
from .settings_frame import FrameBox


def fill_people(combo: QComboBox, ctx: AppContext, none_text: str, keep: int | None) -> None:
    """People by full name, with "none" first; ``keep`` selected if present."""
    from ..kit.people import PeopleModel

    lang = ctx.name_lang
    people = sorted(ctx.people().values(), key=lambda p: kazakh_key(p.full_name(lang)))
    entries = [(p.full_name(lang), p.id, p.position_in(lang)) for p in people]
    combo.blockSignals(True)
    # (QComboBox deletes the model it replaces when the combo was its parent)
    combo.setModel(PeopleModel(entries, True, combo, none_text=none_text))
    combo.completer().setModel(combo.model())
    n = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(n, 0))
    combo.blockSignals(False)


def person_combo(parent: QWidget) -> QComboBox:
    """A combo of people that can be searched by typing any part of a name."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    return typical_width(combo, 30)


def combo_person(combo: QComboBox) -> int | None:
    """The chosen person; typed text that names nobody counts as none."""
    n = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    if n < 0:
        return None
    return combo.itemData(n)


class CommissionTab(QWidget):
    saved = Signal(int)  # the commission's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current: m.Commission | None = None
        self.commission = QComboBox(self)
        self.commission_label = QLabel(self)
        self.commission_label.setBuddy(self.commission)
        self.new_button = QPushButton(self)
        top = QHBoxLayout()
        top.addWidget(self.commission_label)
        top.addWidget(self.commission, 1)
        top.addWidget(self.new_button)

        self.name_ru = text_edit(self, 3)
        self.name_kk = text_edit(self, 3)
        for w in (self.name_ru, self.name_kk):  # long names wrap; the form does not grow
            w.setFixedHeight(w.minimumHeight())
        self.city_ru = QLineEdit(self)
        self.city_kk = QLineEdit(self)
        self.chair = person_combo(self)
        self.secretary = person_combo(self)
        self.controller = person_combo(self)
        self.numerator = QSpinBox(self)
        self.numerator.setRange(1, 99)
        self.denominator = QSpinBox(self)
        self.denominator.setRange(1, 99)
        self.strict = QCheckBox(self)
        self.of_label = QLabel("/", self)
        quorum = QHBoxLayout()
        quorum.addWidget(self.numerator)
        quorum.addWidget(self.of_label)
        quorum.addWidget(self.denominator)
        quorum.addWidget(self.strict)
        quorum.addStretch(1)
        self.quorum_text = QLabel(self)
        self.quorum_text.setWordWrap(True)
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("name_ru", self.name_ru),
            ("name_kk", self.name_kk),
            ("city_ru", self.city_ru),
            ("city_kk", self.city_kk),
            ("chair", self.chair),
            ("secretary", self.secretary),
            ("controller", self.controller),
        ):
            lab = QLabel(self)
            lab.setBuddy(field)
            self.labels[key] = lab
            self.form.addRow(lab, field)
        self.labels["quorum"] = QLabel(self)
        self.labels["quorum"].setBuddy(self.numerator)
        self.form.addRow(self.labels["quorum"], quorum)
        self.form.addRow("", self.quorum_text)
        self.save_button = QPushButton(self)
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        # how its minutes are written, beside the names and officers (issue #13)
        self.frame = FrameBox(ctx, self)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(self.form)
        left.addStretch(1)
        columns.addLayout(left, 1)
        columns.addWidget(self.frame, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(columns)
        box.addStretch(1)
        box.addLayout(bottom)

        self.commission.currentIndexChanged.connect(self._on_commission_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        for w in (self.numerator, self.denominator):
            w.valueChanged.connect(self._update_quorum_text)
        self.strict.toggled.connect(self._update_quorum_text)
        self.retranslateUi()
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.commission.currentData()
        self.commission.blockSignals(True)
        self.commission.clear()
        for c in self.ctx.store.commissions():
            self.commission.addItem(c.name(self.ctx.name_lang), c.id)
        n = self.commission.findData(keep)
        self.commission.setCurrentIndex(max(n, 0))
        self.commission.blockSignals(False)
        self._on_commission_changed()

    def _on_commission_changed(self, *_args) -> None:
        cid = self.commission.currentData()
        self.show_commission(self.ctx.store.commission(cid) if cid is not None else None)

    def start_new(self) -> None:
        """An empty form; Save creates a new commission."""
        self.commission.blockSignals(True)
        self.commission.setCurrentIndex(-1)
        self.commission.blockSignals(False)
        self.show_commission(None)
        self.name_ru.setFocus()

    def show_commission(self, c: m.Commission | None) -> None:
        self._current = c
        c = c or m.Commission("")
        self.name_ru.setPlainText(c.name_ru)
        self.name_kk.setPlainText(c.name_kk)
        self.city_ru.setText(c.city_ru)
        self.city_kk.setText(c.city_kk)
        none = QCoreApplication.translate("Settings", "— not set —")
        fill_people(self.chair, self.ctx, none, c.chair_id)
        fill_people(self.secretary, self.ctx, none, c.secretary_id)
        fill_people(self.controller, self.ctx, none, c.controller_id)
        self.numerator.setValue(c.quorum.numerator)
        self.denominator.setValue(c.quorum.denominator)
        self.strict.setChecked(c.quorum.strict)
        self.frame.show_frame(c.frame)
        self.status.setText("")
        self._update_quorum_text()

    # -- saving ----------------------------------------------------------------------------
    def commission_from_form(self) -> m.Commission:
        c = copy.deepcopy(self._current) if self._current is not None else m.Commission("")
        c.name_ru = self.name_ru.toPlainText()
        c.name_kk = self.name_kk.toPlainText()
        c.city_ru = self.city_ru.text().strip()
        c.city_kk = self.city_kk.text().strip()
        c.chair_id = combo_person(self.chair)
        c.secretary_id = combo_person(self.secretary)
        c.controller_id = combo_person(self.controller)
        c.quorum = m.QuorumRule(
            self.numerator.value(), self.denominator.value(), self.strict.isChecked()
        )
        c.frame = self.frame.frame()
        return c

    def save(self) -> bool:
        """Save the form; on a user error the form keeps what was typed."""
        c = self.commission_from_form()
        try:
            cid = self.ctx.services.save_commission(c)
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return False
        self.ctx.notify_changed(self)
        self.reload(select=cid)
        self.status.setText(QCoreApplication.translate("Settings", "Saved."))
        self.saved.emit(cid)
        return True

    def _update_quorum_text(self, *_args) -> None:
        n, d = self.numerator.value(), self.denominator.value()
        text = (
            QCoreApplication.translate(
                "Settings",
                "A session has a quorum when more than {n}/{d} of the voting members are present.",
            )
            if self.strict.isChecked()
            else QCoreApplication.translate(
                "Settings",
                "A session has a quorum when at least {n}/{d} of the voting members are present.",
            )
        )
        self.quorum_text.setText(text.format(n=n, d=d))

    # -- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.commission_label.setText(QCoreApplication.translate("Settings", "Commission:"))
        self.new_button.setText(QCoreApplication.translate("Settings", "New commission"))
        self.labels["name_ru"].setText(QCoreApplication.translate("Settings", "Name (Russian):"))
        self.labels["name_kk"].setText(QCoreApplication.translate("Settings", "Name (Kazakh):"))
        self.labels["city_ru"].setText(QCoreApplication.translate("Settings", "City (Russian):"))
        self.labels["city_kk"].setText(QCoreApplication.translate("Settings", "City (Kazakh):"))
        self.labels["chair"].setText(QCoreApplication.translate("Settings", "Chair:"))
        self.labels["secretary"].setText(QCoreApplication.translate("Settings", "Secretary:"))
        self.labels["controller"].setText(
            QCoreApplication.translate("Settings", "Controls execution:")
        )
        self.labels["quorum"].setText(QCoreApplication.translate("Settings", "Quorum:"))
        self.controller.setToolTip(
            QCoreApplication.translate(
                "Settings", 'Named in the minutes: "Control of execution is assigned to …"'
            )
        )
        self.city_ru.setPlaceholderText(QCoreApplication.translate("Settings", "e.g. г. Алматы"))
        self.city_kk.setPlaceholderText(
            QCoreApplication.translate("Settings", "e.g. Алматы қаласы")
        )
        self.strict.setText(QCoreApplication.translate("Settings", 'more than (not "at least")'))
        self.save_button.setText(QCoreApplication.translate("Settings", "Save"))
        self._update_quorum_text()
