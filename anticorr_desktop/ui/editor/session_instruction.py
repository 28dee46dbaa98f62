"""The instruction a decision carries: text, executors in order (the first is the
main executor), controller, and the due rule as people write it, with the date
it gives shown as it is typed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...i18n import QT_TRANSLATE_NOOP
from ...services.drafts import InstructionDraft
from ..kit.common import esc, label
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper, text_edit
from ..kit.people import ExecutorCombo, PersonCombo, person_label
from .session_due import DueField
from .session_widgets import (
    ADD_ICON,
    DOWN_ICON,
    REMOVE_ICON,
    UP_ICON,
    EditorTableModel,
    compact,
    move_row,
    set_read_only,
    tool_button,
)

_Index = QModelIndex | QPersistentModelIndex


class ExecutorsModel(EditorTableModel):
    COL_ROLE, COL_NAME = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionEditor", "Role"),
        QT_TRANSLATE_NOOP("SessionEditor", "Executor"),
    )

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[m.Executor] = []

    def load(self, ids: list[m.Executor]) -> None:  # the instruction's list, edited in place
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def add(self, ex: m.Executor | int) -> bool:
        """Add an executor (a bare int is a person); False if already listed."""
        ex = m.as_executors([ex])[0]
        if ex in self.ids:
            return False
        n = len(self.ids)
        self.beginInsertRows(QModelIndex(), n, n)
        self.ids.append(ex)
        self.endInsertRows()
        self._roles_changed()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.ids):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.ids[row]
            self.endRemoveRows()
            self._roles_changed()

    def move(self, row: int, step: int) -> int:
        to = move_row(self, self.ids, row, step)
        if to >= 0:
            self._roles_changed()
        return to

    def _roles_changed(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, 1))

    def rows(self) -> list:
        return self.ids

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        main = index.row() == 0
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_ROLE:
                return (
                    QCoreApplication.translate("SessionEditor", "Main executor")
                    if main
                    else QCoreApplication.translate("SessionEditor", "Co-executor")
                )
            ex = self.ids[index.row()]
            if ex.organisation_id is not None:
                return self.ctx.executor_name(ex)
            p = self.ctx.people().get(ex.person_id) if ex.person_id else None
            return person_label(p, self.ctx.name_lang) if p else ""
        if role == Qt.ItemDataRole.FontRole and main:
            f = QFont()
            f.setBold(True)
            return f
        return None


class InstructionEditor(QGroupBox):
    """The instruction of one decision. Checkable while not issued: unticking drops it."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inst: InstructionDraft | None = None
        self._number = ""
        self.read_only = False
        self._loading = False
        self.number = QLabel(self)
        self.text = compact(text_edit(self, 7), 7)
        self.executors_model = ExecutorsModel(ctx, self)
        self.executors = QTableView(self)
        self.executors.setModel(self.executors_model)
        self.executors.verticalHeader().hide()
        self.executors.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.executors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.executors.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.executors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.executors.horizontalHeader().setStretchLastSection(True)
        self.executors.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.executors.setMinimumHeight(120)
        self.executor_person = ExecutorCombo(ctx, self, picker=True)
        self.executor_person.lineEdit().returnPressed.connect(self._on_add_executor)
        self.executor_person.lineEdit().textEdited.connect(self._hide_executor_message)
        # a typed name that is nobody in the directory: said here, never dropped silently
        self.executor_message = QLabel(self)
        self.executor_message.setWordWrap(True)
        self.executor_message.setStyleSheet("color: #a94442;")
        self.executor_message.hide()
        # ... and offered to the directory right here
        self.add_to_directory = QPushButton(self)
        self.add_to_directory.clicked.connect(self._on_add_to_directory)
        self.add_to_directory.hide()
        self._dialogs = DialogKeeper()
        self.add_executor = tool_button(self, ADD_ICON)
        self.add_executor.clicked.connect(self._on_add_executor)
        self.remove_executor = tool_button(self, REMOVE_ICON)
        self.remove_executor.clicked.connect(self._on_remove_executor)
        self.executor_up = tool_button(self, UP_ICON)
        self.executor_up.clicked.connect(lambda: self._move_executor(-1))
        self.executor_down = tool_button(self, DOWN_ICON)
        self.executor_down.clicked.connect(lambda: self._move_executor(1))
        self.controller = PersonCombo(ctx, self)
        self.due = DueField(ctx, self)
        self.issued_hint = QLabel(self)
        self.issued_hint.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.executor_person, 1)
        add_row.addWidget(self.add_executor)
        exec_buttons = QHBoxLayout()
        for b in (self.remove_executor, self.executor_up, self.executor_down):
            exec_buttons.addWidget(b)
        exec_buttons.addStretch(1)
        executors = QVBoxLayout()
        executors.addWidget(self.executors, 1)
        executors.addLayout(exec_buttons)
        executors.addLayout(add_row)
        message_row = QHBoxLayout()
        message_row.addWidget(self.executor_message, 1)
        message_row.addWidget(self.add_to_directory)
        executors.addLayout(message_row)
        self.text_label, self.exec_label = QLabel(self), QLabel(self)
        self.controller_label, self.due_label = QLabel(self), QLabel(self)
        self.text_label.setBuddy(self.text)
        self.exec_label.setBuddy(self.executor_person)
        self.controller_label.setBuddy(self.controller)
        self.due_label.setBuddy(self.due.edit)
        left = QVBoxLayout()
        left.addWidget(self.number)
        left.addWidget(self.text_label)
        left.addWidget(self.text)
        left.addWidget(self.issued_hint)
        left.addStretch(1)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.addRow(self.exec_label, executors)
        right.addRow(self.controller_label, self.controller)
        right.addRow(self.due_label, self.due)
        box = QHBoxLayout(self)
        box.addLayout(left, 4)
        box.addSpacing(12)
        box.addLayout(right, 5)

        self.text.textChanged.connect(self._on_field_changed)
        self.controller.person_changed.connect(self._on_field_changed)
        self.due.text_changed.connect(self._on_field_changed)
        self.retranslateUi()

    def load(self, inst: InstructionDraft | None, number: str) -> None:
        """Show ``inst`` (None: the decision has none yet; ``number`` is what it would get)."""
        self.inst = inst
        self._number = number
        self._loading = True
        try:
            issued = bool(inst and inst.issued)
            self.setCheckable(not issued)
            if not issued:
                self.setChecked(inst is not None)
            self.number.setText(
                "<b>{}</b>".format(
                    esc(
                        QCoreApplication.translate(
                            "SessionEditor", "Instruction No. {number}"
                        ).format(number=inst.number if issued else number)
                    )
                )
            )
            self.text.setPlainText(inst.text if inst else "")
            self.executors_model.load(inst.executors if inst else [])
            self.controller.set_person(inst.controller_id if inst else None)
            self.due.set_text(inst.due_text if inst else "")
            if issued and inst.due_date is not None:
                self.due.show_in_force(inst.due_date, inst.due_date_original)
            self.issued_hint.setVisible(bool(inst and inst.fixed))
            self._show_title()
        finally:
            self._loading = False
        self._apply_read_only()

    def _show_title(self) -> None:
        if self.inst is not None and self.inst.issued:
            self.setTitle(
                QCoreApplication.translate("SessionEditor", "Instruction: {status}").format(
                    status=label(m.STATUS_LABELS[self.inst.status])
                )
            )
        else:
            self.setTitle(
                QCoreApplication.translate(
                    "SessionEditor", "Instruction: put this decision on control"
                )
            )

    def set_base(self, base: date) -> None:
        self.due.set_base(base)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        """Once execution has begun, only the text may change here (the tracker extends
        or cancels); before that, and until the minutes are approved, everything."""
        fixed = bool(self.inst and self.inst.fixed)
        self.setEnabled(not self.read_only)  # QGroupBox's own tick has no read-only mode
        set_read_only(
            [
                self.executor_person,
                self.add_executor,
                self.remove_executor,
                self.executor_up,
                self.executor_down,
                self.controller,
            ],
            fixed,
        )
        self.due.set_read_only(fixed)

    def reload_people(self) -> None:
        self._loading = True
        try:
            self.executor_person.reload()
            self.controller.reload()
        finally:
            self._loading = False
        self.executors_model.load(self.inst.executors if self.inst else [])

    def _on_field_changed(self, *_args) -> None:
        if self._loading or self.inst is None:
            return
        self.inst.text = self.text.toPlainText()
        if not self.inst.fixed:
            self.inst.controller_id = self.controller.person_id()
            self.inst.due_text = self.due.text()
        self.changed.emit()

    def _on_add_executor(self) -> None:
        if self.inst is None or self.inst.fixed or self.read_only:
            return
        ex = self.executor_person.executor()
        typed = self.executor_person.currentText().strip()
        if ex is None and typed:
            # "Управление спорта (Ахметов А.Б.)", or a name typed whole: the one it names
            exact = [c for c in self.ctx.services.match_executor(typed) if c.exact]
            if len(exact) == 1:
                ex = exact[0].executor
        if ex is None:
            if typed:  # nobody of that name: say so, keep the text, offer the directory
                self.executor_message.setText(
                    QCoreApplication.translate(
                        "SessionEditor",
                        "«{name}» is not in the directory. Choose from the list as you "
                        "type, or add it to the directory.",
                    ).format(name=typed)
                )
                self.executor_message.show()
                self.add_to_directory.show()
            return  # an empty field adds nobody
        self._hide_executor_message()
        self._add(ex)

    def _add(self, ex: m.Executor) -> None:
        """Add an executor; a group that stands for its members adds each of them."""
        added = False
        if ex.organisation_id is not None and ex.person_id is None:
            org = self.ctx.store.organisation(ex.organisation_id)
            if org.kind == m.OrgKind.GROUP and org.expands:
                for member in self.ctx.services.group_members(org.id):
                    added |= self.executors_model.add(m.Executor.org(member.id))
                if added:
                    self.changed.emit()
                QTimer.singleShot(0, self.executor_person.clear_text)
                return
        if self.executors_model.add(ex):
            self.changed.emit()
        # emptied once Qt has finished with this Enter: its completer, still busy with the
        # key, would otherwise fill the field again with the list's first person
        QTimer.singleShot(0, self.executor_person.clear_text)

    def _hide_executor_message(self, *_args) -> None:
        self.executor_message.hide()
        self.add_to_directory.hide()

    def _on_add_to_directory(self) -> None:
        if self.inst is None or self.inst.fixed or self.read_only:
            return
        from ..directory.directory_edit import NewExecutorDialog

        dlg = NewExecutorDialog(self.ctx, self.executor_person.currentText().strip(), self)
        dlg.accepted.connect(lambda: self._on_added_to_directory(dlg))
        self._dialogs.open(dlg)

    def _on_added_to_directory(self, dlg) -> None:
        if dlg.created is None:
            return
        self._hide_executor_message()
        self.executor_person.reload()
        self._add(dlg.created)
        QTimer.singleShot(0, self.executor_person.clear_text)

    def _on_remove_executor(self) -> None:
        rows = self.executors.selectionModel().selectedRows()
        if rows and self.inst is not None and not self.inst.fixed and not self.read_only:
            self.executors_model.remove(rows[0].row())
            self.changed.emit()

    def _move_executor(self, step: int) -> None:
        rows = self.executors.selectionModel().selectedRows()
        if not rows or self.inst is None or self.inst.fixed or self.read_only:
            return
        to = self.executors_model.move(rows[0].row(), step)
        if to >= 0:
            self.executors.selectRow(to)
            self.changed.emit()

    def retranslateUi(self) -> None:
        self.text_label.setText(QCoreApplication.translate("SessionEditor", "Instruction &text:"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "The decision's text, unless changed")
        )
        self.exec_label.setText(QCoreApplication.translate("SessionEditor", "E&xecutors:"))
        self.controller_label.setText(QCoreApplication.translate("SessionEditor", "Contro&ller:"))
        self.due_label.setText(QCoreApplication.translate("SessionEditor", "D&ue:"))
        # a short hint that fits the field; the whole of it in the tool tip
        self.executor_person.lineEdit().setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "Type a name, then Add")
        )
        self.executor_person.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Type a name, then Add (the first is the main executor)"
            )
        )
        self.add_executor.setText(QCoreApplication.translate("SessionEditor", "Add"))
        self.add_to_directory.setText(
            QCoreApplication.translate("SessionEditor", "Add to the directory…")
        )
        self.remove_executor.setText(QCoreApplication.translate("SessionEditor", "Remove"))
        self.executor_up.setText(QCoreApplication.translate("SessionEditor", "Up"))
        self.executor_down.setText(QCoreApplication.translate("SessionEditor", "Down"))
        self.controller.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Who watches the execution; the commission's controller if empty"
            )
        )
        self.issued_hint.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "Issued: the executors, controller and due date are fixed here. "
                "Extend the deadline or cancel the instruction in the tracker.",
            )
        )
        self.executors_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.due.retranslateUi()
        self.load(self.inst, self._number)
