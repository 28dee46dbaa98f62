"""Small pieces the session editor's pages share (the person picker itself is in
kit/people.py): delegates for table cells, a list of people, the quorum indicator, moving rows
and read-only switching."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QToolButton,
    QWidget,
)

from ...domain import rules
from ..kit.context import AppContext
from ..kit.people import person_label


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a fixed list of (text, value) choices (EditRole holds the value)."""

    def __init__(self, choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # callable -> list[(text, value)], so texts follow the language

    def createEditor(self, parent, option, index) -> QWidget:
        box = QComboBox(parent)
        for text, value in self.choices():
            box.addItem(text, value)
        return box

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def move_row(model: QAbstractItemModel, rows: list, row: int, step: int) -> int:
    """Move ``rows[row]`` by ``step`` (-1 up, +1 down) with the model's move signals;
    returns the new row, or -1 if it cannot move."""
    to = row + step
    if not (0 <= row < len(rows) and 0 <= to < len(rows)):
        return -1
    dest = to + 1 if step > 0 else to  # Qt's destination is "before this row"
    model.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
    rows.insert(to, rows.pop(row))
    model.endMoveRows()
    return to


def tool_button(parent: QWidget, icon: QStyle.StandardPixmap | str | None = None) -> QToolButton:
    """A small button with text; ``icon`` is a standard pixmap or a theme icon name
    (text only where the theme has none)."""
    b = QToolButton(parent)
    if isinstance(icon, str):
        themed = QIcon.fromTheme(icon)
        if not themed.isNull():
            b.setIcon(themed)
    elif icon is not None:
        b.setIcon(QApplication.style().standardIcon(icon))
    b.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if not b.icon().isNull()
        else Qt.ToolButtonStyle.ToolButtonTextOnly
    )
    return b


ADD_ICON = "list-add"
REMOVE_ICON = QStyle.StandardPixmap.SP_TrashIcon
UP_ICON = QStyle.StandardPixmap.SP_ArrowUp
DOWN_ICON = QStyle.StandardPixmap.SP_ArrowDown


def compact(edit: QPlainTextEdit, lines: int) -> QPlainTextEdit:
    """A text box of ``lines`` lines that does not grow (long text scrolls)."""
    h = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(h)
    edit.setMaximumHeight(h)
    return edit


def set_read_only(widgets, read_only: bool) -> None:
    """An approved session: every input disabled (the Preview shows the text to copy)."""
    for w in widgets:
        w.setEnabled(not read_only)


_Index = QModelIndex | QPersistentModelIndex


class EditorTableModel(QAbstractTableModel):
    """A table of the session editor: its rows are ``rows()``, its columns ``HEADERS``
    (English sources, translated in context "SessionEditor")."""

    HEADERS: tuple[str, ...] = ()

    def rows(self) -> list:
        return []

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows())

    def columnCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("SessionEditor", self.HEADERS[section])
        return None


class PeopleListModel(QAbstractListModel):
    """An ordered list of person ids, shown as names with positions (the invited)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[int] = []

    def load(self, ids: list[int]) -> None:  # the draft's list, edited in place
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def add(self, pid: int) -> bool:
        if pid in self._ids:
            return False
        n = len(self._ids)
        self.beginInsertRows(QModelIndex(), n, n)
        self._ids.append(pid)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._ids):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        p = self.ctx.people().get(self._ids[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return person_label(p, self.ctx.name_lang) if p else ""
        if role == Qt.ItemDataRole.ToolTipRole and p is not None:
            return p.full_name(self.ctx.name_lang) + "\n" + p.position_in(self.ctx.name_lang)
        return None


class QuorumIndicator(QFrame):
    """The quorum in words, with an icon and a colour (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.reached: bool | None = None
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.icon)
        box.addWidget(self.text, 1)

    def show_quorum(self, q: rules.Quorum) -> None:
        self.reached = q.reached
        if q.total == 0:
            text = QCoreApplication.translate(
                "SessionEditor",
                "No voting members on the roster on this date: check the "
                "commission's membership in the directory.",
            )
        elif q.reached:
            text = QCoreApplication.translate(
                "SessionEditor", "Quorum present: {present} of {total}, {required} needed"
            )
        else:
            text = QCoreApplication.translate(
                "SessionEditor", "No quorum: {present} of {total} present, {required} needed"
            )
        self.text.setText(text.format(present=q.present, total=q.total, required=q.required))
        pix = (
            QStyle.StandardPixmap.SP_DialogApplyButton
            if q.reached
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self.icon.setPixmap(QApplication.style().standardIcon(pix).pixmap(20, 20))
        colour = "#dff0d8" if q.reached else "#f8d4d4"
        self.setStyleSheet(
            f"QuorumIndicator {{ background: {colour}; }} "
            "QuorumIndicator QLabel { color: #1a1a1a; font-weight: bold; }"
        )
