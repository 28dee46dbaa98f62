"""A base for the small listings (sessions, people, organisations, rosters):
a list of records, column definitions, one reset per load, and sorting by a
raw key in Python."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

RecordIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    title: str  # English source marked with QT_TRANSLATE_NOOP in the model's ``context``
    display: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None  # raw value to sort on; display text if None
    align_right: bool = False


class RecordsModel(QAbstractTableModel):
    context = ""  # the translation context of the column titles
    columns: Sequence[Column] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading ----------------------------------------------------------------------
    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._sort is not None:
            self._records.sort(
                key=self._key(*self._sort), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._records[row]

    def records(self) -> list[Any]:
        return list(self._records)

    def record_id(self, record: Any) -> int:
        return record.id

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, self.columnCount() - 1)
            )

    # -- hooks for subclasses --------------------------------------------------------
    def background(self, record: Any, column: int) -> Any:
        return None

    def foreground(self, record: Any, column: int) -> Any:
        return None

    def decoration(self, record: Any, column: int) -> Any:
        return None

    def tooltip(self, record: Any, column: int) -> str | None:
        return None

    # -- the model interface ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        rec = self._records[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(rec, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(rec, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(rec, index.column())
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(rec, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == RecordIdRole:
            return self.record_id(rec)
        if role == SortRole:
            return col.key(rec) if col.key else col.display(rec)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _key(self, column: int, _order: Qt.SortOrder) -> Callable[[Any], Any]:
        col = self.columns[column]
        key = col.key or (lambda r: col.display(r).casefold())
        return lambda r: _none_last(key(r))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sort = None  # keep the order the records were loaded in
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_recs = [(self._records[ix.row()], ix.column()) for ix in old]
        self._records.sort(
            key=self._key(column, order), reverse=order == Qt.SortOrder.DescendingOrder
        )
        pos = {id(r): n for n, r in enumerate(self._records)}
        self.changePersistentIndexList(old, [self.index(pos[id(r)], c) for r, c in old_recs])
        self.layoutChanged.emit()


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)
