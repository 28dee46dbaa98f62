"""The attendance tab: the roster on the session's date as a checklist, the
invited, and the quorum as the marks stand (recomputed at every tick)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...i18n import QT_TRANSLATE_NOOP
from ...services import AttendanceEntry
from ...services.drafts import SessionDraft, quorum_of
from ..kit.common import label
from ..kit.context import AppContext
from ..kit.people import PersonCombo, PersonDelegate
from .session_widgets import (
    ADD_ICON,
    REMOVE_ICON,
    EditorTableModel,
    PeopleListModel,
    QuorumIndicator,
    set_read_only,
    tool_button,
)

_ROLE_ORDER = {m.Role.CHAIR: 0, m.Role.DEPUTY: 1, m.Role.MEMBER: 2, m.Role.SECRETARY: 3}
_Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(EditorTableModel):
    """One row per member on the roster; edits go straight into the draft's marks."""

    COL_PRESENT, COL_NAME, COL_ROLE, COL_REASON, COL_SUBSTITUTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionEditor", "Present"),
        QT_TRANSLATE_NOOP("SessionEditor", "Member"),
        QT_TRANSLATE_NOOP("SessionEditor", "Role"),
        QT_TRANSLATE_NOOP("SessionEditor", "Absence reason"),
        QT_TRANSLATE_NOOP("SessionEditor", "Substitute"),
    )
    marks_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = False
        self._rows: list[m.Membership] = []
        self._entries: dict[int, AttendanceEntry] = {}

    def load(self, roster: list[m.Membership], entries: dict[int, AttendanceEntry]) -> None:
        people = self.ctx.people()
        self.beginResetModel()
        self._rows = sorted(
            roster,
            key=lambda ms: (
                _ROLE_ORDER[ms.role],
                kazakh_key(people[ms.person_id].surname) if ms.person_id in people else (),
            ),
        )
        self._entries = entries
        self.endResetModel()

    def membership(self, row: int) -> m.Membership:
        return self._rows[row]

    def set_all_present(self) -> None:
        for ms in self._rows:
            self._entries[ms.person_id] = AttendanceEntry(ms.person_id, present=True)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )
        self.marks_changed.emit()

    def rows(self) -> list:
        return self._rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ms = self._rows[index.row()]
        e = self._entries.get(ms.person_id)
        col = index.column()
        present = bool(e and e.present)
        if col == self.COL_PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("SessionEditor", "Tick if the member is present")
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_NAME:
            p = self.ctx.people().get(ms.person_id)
            return (
                p.full_name(self.ctx.name_lang) + "\n" + p.position_in(self.ctx.name_lang)
                if p
                else None
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == self.COL_NAME:
            return self.ctx.person_name(ms.person_id)
        if col == self.COL_ROLE:
            text = label(m.ROLE_LABELS[ms.role])
            if not ms.voting:
                text += QCoreApplication.translate("SessionEditor", " (no vote)")
            return text
        if col == self.COL_REASON:
            return e.absence_reason if e else ""
        sub = e.substitute_id if e else None
        if role == Qt.ItemDataRole.EditRole:
            return sub
        return self.ctx.person_name(sub)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        pid = self._rows[index.row()].person_id
        e = self._entries.setdefault(pid, AttendanceEntry(pid, present=False))
        col = index.column()
        if col == self.COL_PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            e.present = Qt.CheckState(value) == Qt.CheckState.Checked
            if e.present:  # present and absent at once is refused: clear the absence
                e.absence_reason, e.substitute_id = "", None
        elif col == self.COL_REASON and role == Qt.ItemDataRole.EditRole:
            e.absence_reason = str(value or "")
            if e.absence_reason.strip():
                e.present = False
        elif col == self.COL_SUBSTITUTE and role == Qt.ItemDataRole.EditRole:
            e.substitute_id = value if value and value != pid else None
            if e.substitute_id:
                e.present = False
        else:
            return False
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.marks_changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return f
        if index.column() == self.COL_PRESENT:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() in (self.COL_REASON, self.COL_SUBSTITUTE):
            f |= Qt.ItemFlag.ItemIsEditable
        return f


class AttendancePage(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft: SessionDraft | None = None
        self._rule = m.QuorumRule()
        self._roster: list[m.Membership] = []
        self.quorum = QuorumIndicator(self)
        self.all_present = QPushButton(self)
        self.all_present.clicked.connect(self._on_all_present)
        self.model = AttendanceModel(ctx, self)
        self.model.marks_changed.connect(self._on_marks_changed)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            AttendanceModel.COL_SUBSTITUTE, PersonDelegate(ctx, self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AttendanceModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        self.invited_box = QGroupBox(self)
        self.invited_model = PeopleListModel(ctx, self)
        self.invited = QListView(self.invited_box)
        self.invited.setModel(self.invited_model)
        self.invited_person = PersonCombo(ctx, self.invited_box, allow_none=False)
        self.invited_person.lineEdit().returnPressed.connect(self._on_add_invited)
        self.add_invited = tool_button(self.invited_box, ADD_ICON)
        self.add_invited.clicked.connect(self._on_add_invited)
        self.remove_invited = tool_button(self.invited_box, REMOVE_ICON)
        self.remove_invited.clicked.connect(self._on_remove_invited)
        picker = QVBoxLayout()
        picker.addWidget(self.invited_person)
        row = QHBoxLayout()
        row.addWidget(self.add_invited)
        row.addWidget(self.remove_invited)
        row.addStretch(1)
        picker.addLayout(row)
        picker.addStretch(1)
        ibox = QHBoxLayout(self.invited_box)
        ibox.addWidget(self.invited, 3)
        ibox.addLayout(picker, 2)

        top = QHBoxLayout()
        top.addWidget(self.quorum, 1)
        top.addWidget(self.all_present)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 3)
        box.addWidget(self.hint)
        box.addWidget(self.invited_box, 1)
        self.retranslateUi()

    # -- loading --------------------------------------------------------------------------
    def load(self, draft: SessionDraft) -> None:
        self.draft = draft
        self.invited_model.load(draft.invited)
        self.set_roster()

    def set_roster(self) -> None:
        """The members on the session's date (call again when the date or commission changes)."""
        assert self.draft is not None
        s = self.draft.session
        self._rule = self.ctx.store.commission(s.commission_id).quorum
        self._roster = self.ctx.store.roster_on(s.commission_id, s.date)
        self.model.load(self._roster, self.draft.attendance)
        self._fit()
        self._show_quorum()

    def _fit(self) -> None:
        for col in (
            AttendanceModel.COL_PRESENT,
            AttendanceModel.COL_NAME,
            AttendanceModel.COL_ROLE,
        ):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 16)
        self.table.setColumnWidth(AttendanceModel.COL_SUBSTITUTE, 240)

    def set_read_only(self, read_only: bool) -> None:
        """The table stays readable; its model refuses ticks and edits."""
        self.model.read_only = read_only
        set_read_only(
            [
                self.all_present,
                self.invited_person,
                self.add_invited,
                self.remove_invited,
            ],
            read_only,
        )

    def reload_people(self) -> None:
        self.invited_person.reload()
        if self.draft is not None:
            self.set_roster()

    # -- reactions ------------------------------------------------------------------------
    def _show_quorum(self) -> None:
        if self.draft is not None:
            self.quorum.show_quorum(quorum_of(self.draft, self._roster, self._rule))

    def _on_marks_changed(self) -> None:
        self._show_quorum()
        self.changed.emit()

    def _on_all_present(self) -> None:
        self.model.set_all_present()

    def _on_add_invited(self) -> None:
        pid = self.invited_person.person_id()
        if pid is None or self.model.read_only:
            return
        if any(ms.person_id == pid for ms in self._roster):
            QMessageBox.information(
                self,
                QCoreApplication.translate("SessionEditor", "Invited"),
                QCoreApplication.translate(
                    "SessionEditor",
                    "{name} is a member of the commission: tick them in the list above instead.",
                ).format(name=self.ctx.person_name(pid)),
            )
            return
        if self.invited_model.add(pid):
            self.invited_person.set_person(None)
            self.changed.emit()

    def _on_remove_invited(self) -> None:
        rows = self.invited.selectionModel().selectedRows()
        if rows and not self.model.read_only:
            self.invited_model.remove(rows[0].row())
            self.changed.emit()

    def retranslateUi(self) -> None:
        self.all_present.setText(QCoreApplication.translate("SessionEditor", "Mark all present"))
        self.hint.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "Tick the members present. For an absent member type the reason and, if someone "
                "stands in, choose the substitute (who counts for the quorum).",
            )
        )
        self.invited_box.setTitle(QCoreApplication.translate("SessionEditor", "Invited"))
        self.add_invited.setText(QCoreApplication.translate("SessionEditor", "Invite"))
        self.remove_invited.setText(QCoreApplication.translate("SessionEditor", "Remove"))
        self.invited_person.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Type part of a name or position, then Invite"
            )
        )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )
        self._show_quorum()
