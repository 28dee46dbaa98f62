"""The header tab: commission, number, date and time, place, kind, chair and secretary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
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
from ...services.drafts import SessionDraft
from ..kit.common import from_qdate, label, to_qdate
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper, date_edit, text_edit
from ..kit.people import PersonCombo
from .session_votes import NamedVotesDialog, records_voters
from .session_widgets import compact, set_read_only


class HeaderPage(QWidget):
    changed = Signal()
    roster_changed = Signal()  # the date or the commission changed: the roster may differ
    date_changed = Signal()  # due dates are counted from the session's date

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft: SessionDraft | None = None
        self._number_touched = False
        self._loading = False
        self.commission = QComboBox(self)
        self.commission.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.commission.setMinimumContentsLength(40)
        self.number = QSpinBox(self)
        self.number.setRange(1, 9999)
        self.number.setMaximumWidth(110)
        self.date = date_edit(ctx.today(), self)
        self.time = QLineEdit(self)
        self.time.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9:.]{0,5}"), self.time)
        )
        self.time.setMaximumWidth(90)
        self.time_label = QLabel(self)
        self.time_label.setBuddy(self.time)
        self.place = QLineEdit(self)
        self.place_kk = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in m.SessionKind:
            self.kind.addItem("", kind)
        self.chair = PersonCombo(ctx, self)
        self.secretary = PersonCombo(ctx, self)
        self.notes = compact(text_edit(self, 3), 3)
        self.notes_kk = compact(text_edit(self, 3), 3)
        # the vote on the agenda, where the body holds one (printed after the agenda)
        self.agenda_vote = QCheckBox(self)
        self.agenda_spins = (QSpinBox(self), QSpinBox(self), QSpinBox(self))
        self.agenda_vote_labels = [QLabel(self) for _ in range(3)]
        votes = QHBoxLayout()
        votes.addWidget(self.agenda_vote)
        for lab, spin in zip(self.agenda_vote_labels, self.agenda_spins, strict=True):
            spin.setRange(0, 999)
            lab.setBuddy(spin)
            votes.addSpacing(12)
            votes.addWidget(lab)
            votes.addWidget(spin)
        self.named_button = QPushButton(self)
        self.named_button.clicked.connect(self.name_voters)
        self._dialogs = DialogKeeper()
        votes.addSpacing(12)
        votes.addWidget(self.named_button)
        votes.addStretch(1)
        notes = QHBoxLayout()
        notes.addWidget(self.notes)
        notes.addWidget(self.notes_kk)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addSpacing(16)
        when.addWidget(self.time_label)
        when.addWidget(self.time)
        when.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[QWidget, QLabel] = {}
        for w in (self.commission, self.number):
            self._add_row(w)
        self._labels[self.date] = QLabel(self)
        self._labels[self.date].setBuddy(self.date)
        self.form.addRow(self._labels[self.date], when)
        for w in (self.place, self.place_kk, self.kind, self.chair, self.secretary):
            self._add_row(w)
        for w, row in ((self.notes, notes), (self.agenda_vote, votes)):
            self._labels[w] = QLabel(self)
            self._labels[w].setBuddy(w)
            self.form.addRow(self._labels[w], row)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        column = QVBoxLayout()
        column.addLayout(self.form)
        column.addWidget(self.hint)
        column.addStretch(1)
        box = QHBoxLayout(self)
        box.addLayout(column, 3)
        box.addStretch(1)

        self.commission.currentIndexChanged.connect(self._on_commission_changed)
        self.number.valueChanged.connect(self._on_number_changed)
        self.date.dateChanged.connect(self._on_date_changed)
        for w in (self.time, self.place, self.place_kk):
            w.textChanged.connect(self._on_field_changed)
        self.notes.textChanged.connect(self._on_field_changed)
        self.notes_kk.textChanged.connect(self._on_field_changed)
        self.agenda_vote.toggled.connect(self._on_field_changed)
        for spin in self.agenda_spins:
            spin.valueChanged.connect(self._on_field_changed)
        self.kind.currentIndexChanged.connect(self._on_field_changed)
        self.chair.person_changed.connect(self._on_field_changed)
        self.secretary.person_changed.connect(self._on_field_changed)
        self.retranslateUi()

    def _add_row(self, w: QWidget) -> None:
        lab = QLabel(self)
        lab.setBuddy(w)
        self._labels[w] = lab
        self.form.addRow(lab, w)

    # -- loading --------------------------------------------------------------------------
    def load(self, draft: SessionDraft) -> None:
        self.draft = draft
        s = draft.session
        self._loading = True
        try:
            self._fill_commissions()
            self.commission.setCurrentIndex(max(0, self.commission.findData(s.commission_id)))
            self.commission.setEnabled(draft.is_new)
            self.number.setValue(s.number)
            self.date.setDate(to_qdate(s.date))
            self.time.setText(s.time)
            self.place.setText(s.place)
            self.place_kk.setText(s.place_kk)
            self.kind.setCurrentIndex(max(0, self.kind.findData(s.kind)))
            self.chair.set_person(s.chair_id)
            self.secretary.set_person(s.secretary_id)
            self.notes.setPlainText(s.notes)
            self.notes_kk.setPlainText(s.notes_kk)
            self.agenda_vote.setChecked(s.has_agenda_vote)
            for spin, v in zip(
                self.agenda_spins,
                (s.agenda_vote_for, s.agenda_vote_against, s.agenda_vote_abstained),
                strict=True,
            ):
                spin.setValue(v or 0)
        finally:
            self._loading = False
        self._number_touched = not draft.is_new

    def _fill_commissions(self) -> None:
        self.commission.clear()
        for c in self.ctx.store.commissions():
            self.commission.addItem(c.name(self.ctx.name_lang), c.id)
            self.commission.setItemData(
                self.commission.count() - 1, c.name(self.ctx.name_lang), Qt.ItemDataRole.ToolTipRole
            )  # long names

    def reload_people(self) -> None:
        self._loading = True
        try:
            self.chair.reload()
            self.secretary.reload()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(
            [
                self.number,
                self.date,
                self.time,
                self.place,
                self.place_kk,
                self.kind,
                self.chair,
                self.secretary,
                self.notes,
                self.notes_kk,
                self.agenda_vote,
                *self.agenda_spins,
            ],
            read_only,
        )
        self.commission.setEnabled(not read_only and self.draft is not None and self.draft.is_new)
        self._read_only = read_only
        self._enable_votes()

    def _enable_votes(self) -> None:
        read_only = getattr(self, "_read_only", False)
        on = self.agenda_vote.isChecked() and not read_only
        for spin in self.agenda_spins:
            spin.setEnabled(on)
        sid = self.draft.session.id if self.draft is not None else None
        self.named_button.setVisible(records_voters(self.ctx, sid))
        self.named_button.setEnabled(not read_only and bool(sid))

    def name_voters(self) -> NamedVotesDialog | None:
        if self.draft is None or not self.draft.session.id or getattr(self, "_read_only", False):
            return None
        return self._dialogs.open(  # type: ignore[return-value]
            NamedVotesDialog(self.ctx, self.draft.session.id, None, self)
        )

    # -- reactions: every change goes into the draft at once ----------------------------
    def _on_commission_changed(self, _n: int) -> None:
        if self._loading or self.draft is None or self.commission.currentData() is None:
            return
        s = self.draft.session
        s.commission_id = self.commission.currentData()
        com = self.ctx.store.commission(s.commission_id)
        self.chair.set_person(com.chair_id)
        self.secretary.set_person(com.secretary_id)
        s.chair_id, s.secretary_id = com.chair_id, com.secretary_id
        self._propose_number()
        self.roster_changed.emit()
        self.changed.emit()

    def _on_number_changed(self, value: int) -> None:
        if self._loading or self.draft is None:
            return
        self._number_touched = True
        self.draft.session.number = value
        self.changed.emit()

    def _on_date_changed(self, _qdate) -> None:
        if self._loading or self.draft is None:
            return
        s = self.draft.session
        old_year = s.year
        s.date = from_qdate(self.date.date())
        s.year = s.date.year
        if s.year != old_year:
            self._propose_number()
        self.roster_changed.emit()
        self.date_changed.emit()
        self.changed.emit()

    def _propose_number(self) -> None:
        assert self.draft is not None
        s = self.draft.session
        if self.draft.is_new and not self._number_touched:
            s.number = self.ctx.services.propose_session_number(s.commission_id, s.year)
            self._loading = True
            self.number.setValue(s.number)
            self._loading = False

    def _on_field_changed(self, *_args) -> None:
        if self._loading or self.draft is None:
            return
        s = self.draft.session
        s.time = self.time.text().strip()
        s.place = self.place.text()
        s.place_kk = self.place_kk.text()
        s.kind = m.SessionKind(self.kind.currentData())  # the combo gives back a str
        s.chair_id = self.chair.person_id()
        s.secretary_id = self.secretary.person_id()
        s.notes = self.notes.toPlainText()
        s.notes_kk = self.notes_kk.toPlainText()
        if self.agenda_vote.isChecked():
            s.agenda_vote_for, s.agenda_vote_against, s.agenda_vote_abstained = (
                spin.value() for spin in self.agenda_spins
            )
        else:
            s.agenda_vote_for = s.agenda_vote_against = s.agenda_vote_abstained = None
        self._enable_votes()
        self.changed.emit()

    def retranslateUi(self) -> None:
        texts = {
            self.commission: QCoreApplication.translate("SessionEditor", "&Commission:"),
            self.number: QCoreApplication.translate("SessionEditor", "&Number:"),
            self.date: QCoreApplication.translate("SessionEditor", "&Date:"),
            self.place: QCoreApplication.translate("SessionEditor", "&Place:"),
            self.place_kk: QCoreApplication.translate("SessionEditor", "Place in Ka&zakh:"),
            self.kind: QCoreApplication.translate("SessionEditor", "K&ind of session:"),
            self.chair: QCoreApplication.translate("SessionEditor", "C&hair:"),
            self.secretary: QCoreApplication.translate("SessionEditor", "S&ecretary:"),
            self.notes: QCoreApplication.translate("SessionEditor", "N&otes:"),
            self.agenda_vote: QCoreApplication.translate("SessionEditor", "Agenda:"),
        }
        for w, text in texts.items():
            self._labels[w].setText(text)
        self.time_label.setText(QCoreApplication.translate("SessionEditor", "&Time:"))
        self.time.setPlaceholderText(QCoreApplication.translate("SessionEditor", "15:00"))
        self.place.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "e.g. г. Алматы, пл. Республики, 4")
        )
        self.place_kk.setPlaceholderText(
            QCoreApplication.translate(
                "SessionEditor", "for the minutes in Kazakh; the Russian place if empty"
            )
        )
        self.notes.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "Not printed in the minutes")
        )
        self.notes_kk.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "the same, in Kazakh")
        )
        self.agenda_vote.setText(
            QCoreApplication.translate("SessionEditor", "&Vote on the agenda taken:")
        )
        self.named_button.setText(QCoreApplication.translate("SessionEditor", "Who voted…"))
        for lab, text in zip(
            self.agenda_vote_labels,
            (
                QCoreApplication.translate("SessionEditor", "for"),
                QCoreApplication.translate("SessionEditor", "against"),
                QCoreApplication.translate("SessionEditor", "abstained"),
            ),
            strict=True,
        ):
            lab.setText(text)
        for n, kind in enumerate(m.SessionKind):
            self.kind.setItemText(n, label(m.SESSION_KIND_LABELS[kind]))
        self.hint.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "The number is proposed as the next free one of the year; change it if the "
                "commission numbers its sessions differently. The chair and the secretary sign "
                "the minutes.",
            )
        )
