"""Who spoke on an agenda item: heard (СЛУШАЛИ) and spoke (ВЫСТУПИЛИ), picked from
the directory or typed, each with what they spoke on."""

from __future__ import annotations

import itertools
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
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...i18n import QT_TRANSLATE_NOOP
from ..kit.context import AppContext
from ..kit.people import PersonCombo
from .session_widgets import (
    ADD_ICON,
    DOWN_ICON,
    REMOVE_ICON,
    UP_ICON,
    ChoiceDelegate,
    EditorTableModel,
    move_row,
    set_read_only,
    tool_button,
)

_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: m.SpeakerKind) -> str:
    if kind == m.SpeakerKind.HEARD:
        return QCoreApplication.translate("SessionEditor", "Heard")
    return QCoreApplication.translate("SessionEditor", "Spoke")


class SpeakersModel(EditorTableModel):
    COL_KIND, COL_NAME, COL_SUMMARY, COL_SUMMARY_KK = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("SessionEditor", "Heard / spoke"),
        QT_TRANSLATE_NOOP("SessionEditor", "Speaker"),
        QT_TRANSLATE_NOOP("SessionEditor", "On what"),
        QT_TRANSLATE_NOOP("SessionEditor", "On what, in Kazakh"),
    )
    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = False
        self.speakers: list[m.Speaker] = []

    def load(self, speakers: list[m.Speaker]) -> None:  # the item's list, edited in place
        self.beginResetModel()
        self.speakers = speakers
        self.endResetModel()

    def add(self, speaker: m.Speaker) -> None:
        n = len(self.speakers)
        self.beginInsertRows(QModelIndex(), n, n)
        self.speakers.append(speaker)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.speakers):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.speakers[row]
            self.endRemoveRows()

    def rows(self) -> list:
        return self.speakers

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.speakers):
            return None
        sp = self.speakers[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return {
                self.COL_KIND: sp.kind,
                self.COL_SUMMARY: sp.summary,
                self.COL_SUMMARY_KK: sp.summary_kk,
            }.get(col)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_KIND:
                return kind_label(sp.kind)
            if col == self.COL_NAME:
                return self.ctx.person_name(sp.person_id) if sp.person_id else sp.name
            return sp.summary_kk if col == self.COL_SUMMARY_KK else sp.summary
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_SUMMARY and sp.summary:
                return sp.summary
            if col == self.COL_SUMMARY_KK and sp.summary_kk:
                return sp.summary_kk
            if col == self.COL_NAME and sp.person_id:
                p = self.ctx.people().get(sp.person_id)
                return p.position_in(self.ctx.name_lang) if p else None
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        sp = self.speakers[index.row()]
        if index.column() == self.COL_KIND and value:
            sp.kind = m.SpeakerKind(value)
        elif index.column() == self.COL_SUMMARY:
            sp.summary = str(value or "")
        elif index.column() == self.COL_SUMMARY_KK:
            sp.summary_kk = str(value or "")
        else:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() != self.COL_NAME:
            f |= Qt.ItemFlag.ItemIsEditable
        return f


class SpeakersBox(QGroupBox):
    """The speakers of one item: a table (kind and "on what" editable in place), and a row
    to add one: kind, a person from the directory or a typed name, on what."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.model = SpeakersModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            SpeakersModel.COL_KIND,
            ChoiceDelegate(lambda: [(kind_label(k), k) for k in m.SpeakerKind], self.table),
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.kind = QComboBox(self)
        for k in m.SpeakerKind:
            self.kind.addItem("", k)
        self.person = PersonCombo(ctx, self, free_text=True)
        self.person.lineEdit().returnPressed.connect(self.add)
        self.summary = QLineEdit(self)
        self.summary.returnPressed.connect(self.add)
        self.summary_kk = QLineEdit(self)
        self.summary_kk.returnPressed.connect(self.add)
        self.add_button = tool_button(self, ADD_ICON)
        self.add_button.clicked.connect(self.add)
        self.remove_button = tool_button(self, REMOVE_ICON)
        self.remove_button.clicked.connect(self.remove)
        self.up_button = tool_button(self, UP_ICON)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = tool_button(self, DOWN_ICON)
        self.down_button.clicked.connect(lambda: self.move(1))
        new = QHBoxLayout()
        new.addWidget(self.kind)
        new.addWidget(self.person, 2)
        new.addWidget(self.summary, 3)
        new.addWidget(self.summary_kk, 3)
        new.addWidget(self.add_button)
        buttons = QHBoxLayout()
        for b in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addLayout(new)
        self.model.edited.connect(self.changed)
        self.retranslateUi()

    def inputs(self) -> list[QWidget]:
        """In tab order."""
        return [
            self.table,
            self.kind,
            self.person,
            self.summary,
            self.summary_kk,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ]

    def chain_tab_order(self, before: QWidget, after: QWidget) -> None:
        for a, b in itertools.pairwise([before, *self.inputs(), after]):
            QWidget.setTabOrder(a, b)

    def load(self, speakers: list[m.Speaker]) -> None:
        self.model.load(speakers)
        self.table.resizeColumnToContents(SpeakersModel.COL_KIND)
        self.table.setColumnWidth(SpeakersModel.COL_NAME, 180)
        # what each said, in both languages, shares the width left
        header = self.table.horizontalHeader()
        for col in (SpeakersModel.COL_SUMMARY, SpeakersModel.COL_SUMMARY_KK):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = self.model.read_only = read_only
        set_read_only(self.inputs()[1:], read_only)  # the table stays readable

    def reload_people(self) -> None:
        self.person.reload()
        self.model.layoutChanged.emit()

    def add(self) -> None:
        if self.read_only or not self.isEnabled():
            return
        pid, name = self.person.person_id(), self.person.free_name()
        if pid is None and not name:
            self.person.setFocus()
            return
        kind = m.SpeakerKind(self.kind.currentData())  # the combo gives back a str
        self.model.add(
            m.Speaker(
                kind,
                pid,
                "" if pid else name,
                self.summary.text().strip(),
                self.summary_kk.text().strip(),
            )
        )
        self.person.set_person(None)
        self.summary.clear()
        self.summary_kk.clear()
        self.person.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self.read_only:
            self.model.remove(rows[0].row())
            self.changed.emit()

    def move(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.read_only:
            return
        to = move_row(self.model, self.model.speakers, rows[0].row(), step)
        if to >= 0:
            self.table.selectRow(to)
            self.changed.emit()

    def retranslateUi(self) -> None:
        self.setTitle(
            QCoreApplication.translate(
                "SessionEditor", "Speakers: heard (СЛУШАЛИ) and spoke (ВЫСТУПИЛИ)"
            )
        )
        for n, k in enumerate(m.SpeakerKind):
            self.kind.setItemText(n, kind_label(k))
        self.person.lineEdit().setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "Name (directory or any)")
        )
        self.summary.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "on what (optional)")
        )
        self.summary_kk.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "on what, in Kazakh")
        )
        self.add_button.setText(QCoreApplication.translate("SessionEditor", "Add speaker"))
        self.remove_button.setText(QCoreApplication.translate("SessionEditor", "Remove"))
        self.up_button.setText(QCoreApplication.translate("SessionEditor", "Up"))
        self.down_button.setText(QCoreApplication.translate("SessionEditor", "Down"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
