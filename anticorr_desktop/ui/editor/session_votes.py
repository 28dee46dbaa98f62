"""Who voted how, for a body whose minutes name its voters (issue #13): on an agenda
item, or on the agenda itself. Stored at once through the use case; the minutes print
the names under the vote's counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import frame as fr
from ...domain import model as m
from ...errors import UserError
from ..kit.common import show_user_error
from ..kit.context import AppContext


def records_voters(ctx: AppContext, session_id: int | None) -> bool:
    """Whether the session's body names its voters (its frame says so)."""
    if not session_id:
        return False
    s = ctx.store.session(session_id)
    return ctx.store.commission(s.commission_id).frame.named_votes


class NamedVotesDialog(QDialog):
    """The voting members present, each with how they voted (or not named)."""

    def __init__(
        self,
        ctx: AppContext,
        session_id: int,
        agenda_item_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.agenda_item_id = agenda_item_id
        tr = QCoreApplication.translate
        s = ctx.store.session(session_id)
        voting = {ms.person_id for ms in ctx.store.roster_on(s.commission_id, s.date) if ms.voting}
        present = [
            a.person_id
            for a in ctx.store.attendance(session_id)
            if a.present and a.kind == m.AttendanceKind.MEMBER
        ]
        # a body without a roster: everyone present votes
        self.people = [p for p in present if p in voting] if voting else present
        current = {
            v.person_id: v.choice
            for v in ctx.store.named_votes(session_id)
            if v.agenda_item_id == agenda_item_id
        }
        self.table = QTableWidget(len(self.people), 2, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalHeaderLabels(
            [tr("SessionEditor", "Member"), tr("SessionEditor", "Voted")]
        )
        self.choices: list[QComboBox] = []
        words = {
            fr.VOTE_FOR: tr("SessionEditor", "for"),
            fr.VOTE_AGAINST: tr("SessionEditor", "against"),
            fr.VOTE_ABSTAINED: tr("SessionEditor", "abstained"),
        }
        for row, pid in enumerate(self.people):
            self.table.setItem(row, 0, QTableWidgetItem(ctx.person_name(pid)))
            combo = QComboBox(self.table)
            combo.addItem("—", "")
            for choice in fr.VOTE_CHOICES:
                combo.addItem(words[choice], choice)
            combo.setCurrentIndex(max(combo.findData(current.get(pid, "")), 0))
            self.table.setCellWidget(row, 1, combo)
            self.choices.append(combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(
            tr("SessionEditor", "Who voted on the agenda")
            if agenda_item_id is None
            else tr("SessionEditor", "Who voted on this item")
        )
        hint = QLabel(
            tr(
                "SessionEditor",
                "The minutes name each member under the vote; members left at «—» are not named.",
            ),
            self,
        )
        hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addWidget(self.buttons)
        self.resize(520, 420)

    def votes(self) -> list[tuple[int, str]]:
        return [
            (pid, combo.currentData())
            for pid, combo in zip(self.people, self.choices, strict=True)
            if combo.currentData()
        ]

    def save(self) -> None:
        try:
            self.ctx.services.set_named_votes(self.session_id, self.agenda_item_id, self.votes())
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return
        self.ctx.notify_changed(self)
        self.accept()
