"""The decisions tab: the decisions of the selected agenda item (ПОСТАНОВИЛИ 1.1,
1.2 ...) and, under the selected one, the instruction it carries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.drafts import DecisionDraft, InstructionDraft, ItemDraft, SessionDraft
from ..kit.common import fmt_date, one_line
from ..kit.context import AppContext
from ..kit.dialogs import text_edit
from ..kit.placement import scrolling
from .session_instruction import InstructionEditor
from .session_widgets import ADD_ICON, REMOVE_ICON, compact, set_read_only, tool_button

_Index = QModelIndex | QPersistentModelIndex


class DecisionsListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.decisions: list[DecisionDraft] = []
        self.item_number = 0

    def load(self, decisions: list[DecisionDraft], item_number: int) -> None:
        self.beginResetModel()
        self.decisions, self.item_number = decisions, item_number
        self.endResetModel()

    def refresh(self, row: int) -> None:
        if 0 <= row < len(self.decisions):
            self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.decisions)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.decisions):
            return None
        d = self.decisions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = one_line(d.text, 120) or QCoreApplication.translate(
                "SessionEditor", "(no text yet)"
            )
            line = f"{self.item_number}.{index.row() + 1}. {text}"
            inst = d.instruction
            if inst is not None:
                # issued: the date in force (extensions move it); else the rule as typed
                due = fmt_date(inst.due_date) if inst.issued and inst.due_date else inst.due_text
                line += "\n    " + QCoreApplication.translate(
                    "SessionEditor", "⤷ instruction, due: {due}"
                ).format(due=one_line(due, 60) or "…")
            return line
        if role == Qt.ItemDataRole.ToolTipRole:
            return d.text or None
        return None


class DecisionsPage(QWidget):
    changed = Signal()
    item_selected = Signal(int)  # the agenda item chosen in this tab's item box

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft: SessionDraft | None = None
        self.item: ItemDraft | None = None
        self.decision: DecisionDraft | None = None
        self.read_only = False
        self._loading = False
        self._stash: dict[int, InstructionDraft] = {}  # unticked instructions, by id(decision)

        self.item_label = QLabel(self)
        self.item_box = QComboBox(self)
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_box.setMinimumContentsLength(40)
        self.item_label.setBuddy(self.item_box)
        self.item_box.currentIndexChanged.connect(self._on_item_box_changed)

        left = QWidget(self)
        self.list_model = DecisionsListModel(self)
        self.list = QListView(left)
        self.list.setModel(self.list_model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.add_button = tool_button(left, ADD_ICON)
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button = tool_button(left, REMOVE_ICON)
        self.remove_button.clicked.connect(self.remove_decision)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.list, 1)
        lbox.addLayout(buttons)

        self.editor = QWidget(self)
        self.text = compact(text_edit(self.editor, 3), 3)
        self.text_kk = compact(text_edit(self.editor, 2), 2)
        self.text_label, self.text_kk_label = QLabel(self.editor), QLabel(self.editor)
        self.text_label.setBuddy(self.text)
        self.text_kk_label.setBuddy(self.text_kk)
        self.instruction = InstructionEditor(ctx, self.editor)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.text_label, self.text)
        form.addRow(self.text_kk_label, self.text_kk)
        ebox = QVBoxLayout(self.editor)
        ebox.setContentsMargins(0, 0, 0, 0)
        ebox.addLayout(form)
        ebox.addWidget(self.instruction, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.editor, 1)
        rbox.addWidget(self.empty, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right, splitter))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        top = QHBoxLayout()
        top.addWidget(self.item_label)
        top.addWidget(self.item_box, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(splitter, 1)

        self.text.textChanged.connect(self._on_text_changed)
        self.text_kk.textChanged.connect(self._on_text_changed)
        self.instruction.toggled.connect(self._on_instruction_toggled)
        self.instruction.changed.connect(self._on_instruction_changed)
        self.retranslateUi()
        self._show_decision(None)

    # -- loading and selection ------------------------------------------------------------
    def load(self, draft: SessionDraft, item_row: int, decision_row: int = 0) -> None:
        self.draft = draft
        self.instruction.set_base(draft.session.date)
        self.refresh_items(item_row, decision_row)

    def refresh_items(self, item_row: int, decision_row: int = 0) -> None:
        """Fill the item box again (titles, numbers or order changed) and show ``item_row``."""
        if self.draft is None:
            return
        self._loading = True
        try:
            self.item_box.clear()
            for n, it in enumerate(self.draft.items, 1):
                title = one_line(it.title, 120) or QCoreApplication.translate(
                    "SessionEditor", "(no title yet)"
                )
                self.item_box.addItem(f"{n}. {title}")
            self.item_box.setCurrentIndex(item_row if 0 <= item_row < len(self.draft.items) else -1)
        finally:
            self._loading = False
        self._show_item(self.item_box.currentIndex(), decision_row)

    def current_item_row(self) -> int:
        return self.item_box.currentIndex()

    def current_row(self) -> int:
        return self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1

    def select_decision(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            if row == self.current_row():
                self._on_current_row_changed(self.list_model.index(row, 0), QModelIndex())
            else:
                self.list.setCurrentIndex(self.list_model.index(row, 0))
        else:
            self._show_decision(None)

    def _on_item_box_changed(self, row: int) -> None:
        if self._loading:
            return
        self._show_item(row, 0)
        self.item_selected.emit(row)

    def _show_item(self, row: int, decision_row: int) -> None:
        assert self.draft is not None
        self.item = self.draft.items[row] if 0 <= row < len(self.draft.items) else None
        self.list_model.load(self.item.decisions if self.item else [], row + 1)
        self.decision = None
        self.select_decision(decision_row)
        self._update_buttons()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        d = self.item.decisions[row] if self.item and 0 <= row < len(self.item.decisions) else None
        self._show_decision(d)

    def _show_decision(self, d: DecisionDraft | None) -> None:
        self.decision = d
        self._loading = True
        try:
            self.text.setPlainText(d.text if d else "")
            self.text_kk.setPlainText(d.text_kk if d else "")
            self.instruction.load(d.instruction if d else None, self._number())
        finally:
            self._loading = False
        self.editor.setVisible(d is not None)
        self.empty.setVisible(d is None)
        self._update_buttons()

    def _number(self) -> str:
        return f"{self.current_item_row() + 1}.{max(self.current_row(), 0) + 1}"

    def _update_buttons(self) -> None:
        editable = not self.read_only
        self.add_button.setEnabled(editable and self.item is not None)
        self.remove_button.setEnabled(
            editable and self.decision is not None and not self.decision.id
        )

    def set_base(self, base) -> None:
        self.instruction.set_base(base)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        set_read_only([self.text, self.text_kk], read_only)
        self.instruction.set_read_only(read_only)
        self._update_buttons()

    def reload_people(self) -> None:
        self.instruction.reload_people()

    # -- editing --------------------------------------------------------------------------
    def add_decision(self) -> None:
        if self.item is None or self.read_only:
            return
        n = len(self.item.decisions)
        self.list_model.beginInsertRows(QModelIndex(), n, n)
        self.item.decisions.append(DecisionDraft())
        self.list_model.endInsertRows()
        self.select_decision(n)
        self.text.setFocus()
        self.changed.emit()

    def remove_decision(self) -> None:
        """Only a decision not yet saved can go (the minutes keep what was decided)."""
        row = self.current_row()
        if self.item is None or self.read_only or row < 0 or self.item.decisions[row].id:
            return
        self.list_model.beginRemoveRows(QModelIndex(), row, row)
        del self.item.decisions[row]
        self.list_model.endRemoveRows()
        self.select_decision(min(row, len(self.item.decisions) - 1))
        self.changed.emit()

    def _on_text_changed(self) -> None:
        d = self.decision
        if self._loading or d is None:
            return
        old = d.text
        d.text = self.text.toPlainText()
        d.text_kk = self.text_kk.toPlainText()
        inst = d.instruction
        if inst is not None and not inst.issued and inst.text == old and d.text != old:
            inst.text = d.text  # the instruction's text follows the decision's until edited
            self._loading = True
            self.instruction.text.setPlainText(inst.text)
            self._loading = False
        if inst is not None and not inst.issued:
            inst.text_kk = d.text_kk
        self.list_model.refresh(self.current_row())
        self.changed.emit()

    def _on_instruction_toggled(self, on: bool) -> None:
        d = self.decision
        if self._loading or d is None or (d.instruction is not None and d.instruction.issued):
            return
        if on:
            inst = self._stash.pop(id(d), None)
            if inst is None:
                com = self.ctx.store.commission(self.draft.session.commission_id)
                inst = InstructionDraft(d.text, [], com.controller_id, "", d.text_kk)
            d.instruction = inst
        else:
            if d.instruction is not None:
                self._stash[id(d)] = d.instruction
            d.instruction = None
        self._loading = True
        self.instruction.load(d.instruction, self._number())
        self._loading = False
        self.list_model.refresh(self.current_row())
        self.changed.emit()
        if on:
            self.instruction.executor_person.setFocus()

    def _on_instruction_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def retranslateUi(self) -> None:
        self.item_label.setText(QCoreApplication.translate("SessionEditor", "Agenda &item:"))
        self.add_button.setText(QCoreApplication.translate("SessionEditor", "Add decision"))
        self.remove_button.setText(QCoreApplication.translate("SessionEditor", "Remove"))
        self.remove_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Only a decision not saved yet can be removed"
            )
        )
        self.text_label.setText(QCoreApplication.translate("SessionEditor", "&Decision:"))
        self.text_kk_label.setText(QCoreApplication.translate("SessionEditor", "In Ka&zakh:"))
        self.text.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "e.g. Информацию принять к сведению.")
        )
        self.text_kk.setPlaceholderText(
            QCoreApplication.translate(
                "SessionEditor", "for the minutes in Kazakh; the Russian text if empty"
            )
        )
        self.empty.setText(
            QCoreApplication.translate(
                "SessionEditor",
                'Choose an agenda item above, then add its decisions with "Add decision".',
            )
        )
        if self.draft is not None:
            self.refresh_items(self.current_item_row(), self.current_row())
