"""The agenda tab: the ordered items on the left, the selected item on the right
(title, who was heard and who spoke, summary, vote)."""

from __future__ import annotations

import itertools
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
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.drafts import ItemDraft, SessionDraft
from ..kit.common import one_line
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper, text_edit
from ..kit.placement import scrolling
from .session_speakers import SpeakersBox
from .session_votes import NamedVotesDialog, records_voters
from .session_widgets import (
    ADD_ICON,
    DOWN_ICON,
    REMOVE_ICON,
    UP_ICON,
    compact,
    move_row,
    set_read_only,
    tool_button,
)

_Index = QModelIndex | QPersistentModelIndex


class AgendaListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemDraft] = []

    def load(self, items: list[ItemDraft]) -> None:  # the draft's list, edited in place
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def refresh(self, row: int | None = None) -> None:
        if not self.items:
            return
        first, last = (row, row) if row is not None else (0, len(self.items) - 1)
        self.dataChanged.emit(self.index(first, 0), self.index(last, 0))

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            title = one_line(item.title, 110) or QCoreApplication.translate(
                "SessionEditor", "(no title yet)"
            )
            return f"{index.row() + 1}. {title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title or None
        return None


class AgendaPage(QWidget):
    changed = Signal()
    structure_changed = Signal()  # items added, deleted or moved: numbers change
    current_changed = Signal(int)  # the selected item's row (-1: none)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft: SessionDraft | None = None
        self.item: ItemDraft | None = None
        self.read_only = False
        self._loading = False

        # left: the ordered list
        left = QWidget(self)
        self.list_model = AgendaListModel(self)
        self.list = QListView(left)
        self.list.setModel(self.list_model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.add_button = tool_button(left, ADD_ICON)
        self.delete_button = tool_button(left, REMOVE_ICON)
        self.up_button = tool_button(left, UP_ICON)
        self.down_button = tool_button(left, DOWN_ICON)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.list, 1)
        lbox.addLayout(buttons)

        # right: the selected item
        self.editor = QWidget(self)
        self.title = compact(text_edit(self.editor, 3), 3)
        self.title_kk = compact(text_edit(self.editor, 3), 3)
        self.summary = compact(text_edit(self.editor, 4), 4)
        self.summary_kk = compact(text_edit(self.editor, 4), 4)
        self.speakers = SpeakersBox(ctx, self.editor)

        self.vote = QCheckBox(self.editor)
        self.vote_for, self.vote_against, self.vote_abstained = (
            QSpinBox(self.editor),
            QSpinBox(self.editor),
            QSpinBox(self.editor),
        )
        self.vote_labels = [QLabel(self.editor) for _ in range(3)]
        votes = QHBoxLayout()
        votes.addWidget(self.vote)
        for lab, spin in zip(self.vote_labels, self._spins(), strict=True):
            spin.setRange(0, 999)
            lab.setBuddy(spin)
            votes.addSpacing(12)
            votes.addWidget(lab)
            votes.addWidget(spin)
        # a body that names its voters: who voted how on this item (stored at once)
        self.named_button = QPushButton(self.editor)
        self.named_button.clicked.connect(self.name_voters)
        self._dialogs = DialogKeeper()
        votes.addSpacing(12)
        votes.addWidget(self.named_button)
        votes.addStretch(1)

        # both languages side by side where the secretary types (issue #13); the speakers'
        # table takes the height the text boxes leave
        grid = QGridLayout()
        self.lang_heads = (QLabel(self.editor), QLabel(self.editor))
        grid.addWidget(self.lang_heads[0], 0, 1)
        grid.addWidget(self.lang_heads[1], 0, 2)
        self._labels = {w: QLabel(self.editor) for w in (self.title, self.summary)}
        for row, (w, kk) in (
            (1, (self.title, self.title_kk)),
            (3, (self.summary, self.summary_kk)),
        ):
            self._labels[w].setBuddy(w)
            grid.addWidget(self._labels[w], row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(w, row, 1)
            grid.addWidget(kk, row, 2)
        grid.addWidget(self.speakers, 2, 0, 1, 3)
        grid.addLayout(votes, 4, 0, 1, 3)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        rbox = QVBoxLayout(self.editor)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(grid)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.editor, 1)
        right_box.addWidget(self.empty, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(scrolling(right, splitter))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 800])
        box = QVBoxLayout(self)
        box.addWidget(splitter)

        QWidget.setTabOrder(self.title, self.title_kk)
        self.speakers.chain_tab_order(self.title_kk, self.summary)
        for a, b in itertools.pairwise([self.summary, self.summary_kk, self.vote, *self._spins()]):
            QWidget.setTabOrder(a, b)
        for w in (self.title, self.title_kk, self.summary, self.summary_kk):
            w.textChanged.connect(self._on_field_changed)
        self.vote.toggled.connect(self._on_field_changed)
        for spin in self._spins():
            spin.valueChanged.connect(self._on_field_changed)
        self.speakers.changed.connect(self.changed)
        self.retranslateUi()
        self._show_item(None)

    def _spins(self) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        return self.vote_for, self.vote_against, self.vote_abstained

    # -- loading and selection ------------------------------------------------------------
    def load(self, draft: SessionDraft, row: int = 0) -> None:
        self.draft = draft
        self.list_model.load(draft.items)
        self.select(row)

    def current_row(self) -> int:
        return self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1

    def select(self, row: int) -> None:
        if self.draft is None:
            return
        row = min(row, len(self.draft.items) - 1)
        if row < 0:
            self.list.setCurrentIndex(QModelIndex())
            self._show_item(None)
            self.current_changed.emit(-1)
        elif row == self.current_row():  # no currentRowChanged: show it here
            self._on_current_row_changed(self.list_model.index(row, 0), QModelIndex())
        else:
            self.list.setCurrentIndex(self.list_model.index(row, 0))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.draft is None:
            return
        row = current.row() if current.isValid() else -1
        item = self.draft.items[row] if 0 <= row < len(self.draft.items) else None
        if item is not self.item or item is None:
            self._show_item(item)
        self.current_changed.emit(row)

    def _show_item(self, item: ItemDraft | None) -> None:
        self.item = item
        self._loading = True
        try:
            self.title.setPlainText(item.title if item else "")
            self.title_kk.setPlainText(item.title_kk if item else "")
            self.summary.setPlainText(item.summary if item else "")
            self.summary_kk.setPlainText(item.summary_kk if item else "")
            self.speakers.load(item.speakers if item else [])
            has_vote = bool(item and item.has_vote)
            self.vote.setChecked(has_vote)
            for spin, v in zip(
                self._spins(),
                (item.vote_for, item.vote_against, item.vote_abstained) if item else (0, 0, 0),
                strict=True,
            ):
                spin.setValue(v or 0)
        finally:
            self._loading = False
        self.editor.setVisible(item is not None)
        self.empty.setVisible(item is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, n = self.current_row(), len(self.draft.items) if self.draft else 0
        editable = not self.read_only
        self.add_button.setEnabled(editable and self.draft is not None)
        self.delete_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < n - 1)
        for spin in self._spins():
            spin.setEnabled(editable and self.vote.isChecked())
        sid = self.draft.session.id if self.draft else None
        self.named_button.setVisible(records_voters(self.ctx, sid))
        self.named_button.setEnabled(editable and self.item is not None and bool(self.item.id))

    def name_voters(self) -> NamedVotesDialog | None:
        if self.draft is None or self.item is None or not self.item.id or self.read_only:
            return None
        return self._dialogs.open(  # type: ignore[return-value]
            NamedVotesDialog(self.ctx, self.draft.session.id, self.item.id, self)
        )

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        set_read_only(
            [self.title, self.title_kk, self.summary, self.summary_kk, self.vote], read_only
        )
        self.speakers.set_read_only(read_only)
        self._update_buttons()

    def reload_people(self) -> None:
        self.speakers.reload_people()

    # -- editing --------------------------------------------------------------------------
    def _on_field_changed(self, *_args) -> None:
        self._update_buttons()
        if self._loading or self.item is None:
            return
        it = self.item
        it.title = self.title.toPlainText()
        it.title_kk = self.title_kk.toPlainText()
        it.summary = self.summary.toPlainText()
        it.summary_kk = self.summary_kk.toPlainText()
        if self.vote.isChecked():
            it.vote_for, it.vote_against, it.vote_abstained = (s.value() for s in self._spins())
        else:
            it.vote_for = it.vote_against = it.vote_abstained = None
        self.list_model.refresh(self.current_row())
        self.changed.emit()

    def add_item(self) -> None:
        if self.draft is None or self.read_only:
            return
        n = len(self.draft.items)
        self.list_model.beginInsertRows(QModelIndex(), n, n)
        self.draft.items.append(ItemDraft())
        self.list_model.endInsertRows()
        self.select(n)
        self.title.setFocus()
        self.structure_changed.emit()
        self.changed.emit()

    def delete_item(self) -> None:
        row = self.current_row()
        if self.draft is None or self.read_only or row < 0:
            return
        item = self.draft.items[row]
        if item.has_issued_instructions():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("SessionEditor", "Delete item"),
                QCoreApplication.translate(
                    "SessionEditor",
                    "Item {n} has instructions on control, so it cannot be "
                    "deleted. Cancel the instructions in the tracker first, or "
                    "keep the item.",
                ).format(n=row + 1),
            )
            return
        if (item.title.strip() or item.decisions or item.speakers) and QMessageBox.question(
            self,
            QCoreApplication.translate("SessionEditor", "Delete item"),
            QCoreApplication.translate(
                "SessionEditor",
                "Delete agenda item {n} with its speakers and decisions? "
                "It is removed from the database when you save.",
            ).format(n=row + 1),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        ) != QMessageBox.StandardButton.Yes:
            return
        self.list_model.beginRemoveRows(QModelIndex(), row, row)
        del self.draft.items[row]
        self.list_model.endRemoveRows()
        if item.id:
            self.draft.deleted_item_ids.append(item.id)
        self.list_model.refresh()
        self.select(min(row, len(self.draft.items) - 1))
        self.structure_changed.emit()
        self.changed.emit()

    def move_item(self, step: int) -> None:
        row = self.current_row()
        if self.draft is None or self.read_only:
            return
        to = move_row(self.list_model, self.draft.items, row, step)
        if to < 0:
            return
        self.list_model.refresh()  # the numbers in front of the titles
        self.select(to)
        self.structure_changed.emit()
        self.changed.emit()

    def retranslateUi(self) -> None:
        self.add_button.setText(QCoreApplication.translate("SessionEditor", "Add item"))
        self.delete_button.setText(QCoreApplication.translate("SessionEditor", "Delete"))
        self.up_button.setText(QCoreApplication.translate("SessionEditor", "Up"))
        self.down_button.setText(QCoreApplication.translate("SessionEditor", "Down"))
        self._labels[self.title].setText(QCoreApplication.translate("SessionEditor", "&Title:"))
        self.lang_heads[0].setText(QCoreApplication.translate("SessionEditor", "In Russian"))
        self.lang_heads[1].setText(QCoreApplication.translate("SessionEditor", "In Kazakh"))
        self._labels[self.summary].setText(QCoreApplication.translate("SessionEditor", "S&ummary:"))
        self.title.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "О ... (as in the agenda)")
        )
        self.title_kk.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "for the minutes in Kazakh")
        )
        self.summary_kk.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "the same, in Kazakh")
        )
        self.summary.setPlaceholderText(
            QCoreApplication.translate(
                "SessionEditor", "What was reported and discussed, in a few sentences"
            )
        )
        self.speakers.retranslateUi()
        self.vote.setText(QCoreApplication.translate("SessionEditor", "&Vote taken:"))
        self.named_button.setText(QCoreApplication.translate("SessionEditor", "Who voted…"))
        self.named_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Name each member's vote (saved items only; stored at once)"
            )
        )
        for lab, text in zip(
            self.vote_labels,
            (
                QCoreApplication.translate("SessionEditor", "for"),
                QCoreApplication.translate("SessionEditor", "against"),
                QCoreApplication.translate("SessionEditor", "abstained"),
            ),
            strict=True,
        ):
            lab.setText(text)
        self.empty.setText(
            QCoreApplication.translate(
                "SessionEditor", 'The agenda is empty. Add its first item with "Add item".'
            )
        )
        self.list_model.refresh()
