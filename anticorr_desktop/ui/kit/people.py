"""The person picker every room uses: a searchable combo box over the directory,
its list model, a table-cell delegate, and how a person is labelled in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...domain import model as m
from .common import one_line, typical_width
from .context import AppContext


def person_label(p: m.Person, lang: str) -> str:
    """ "А.Б. Фамилия — position", short enough for a list."""
    pos = p.position_in(lang)
    return f"{p.short_name(lang)} — {one_line(pos, 70)}" if pos else p.short_name(lang)


class PeopleModel(QAbstractListModel):
    """The directory's people for a person picker (:class:`PersonCombo`, the settings'
    :func:`settings_commission.fill_people`), as (text, id, tool tip) entries: filling a
    combo box item by item cost 0.1 s apiece with 2,000 people."""

    def __init__(
        self,
        entries: list[tuple[str, int, str]],
        allow_none: bool,
        parent: QObject | None = None,
        none_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._entries = ([(none_text, None, "")] if allow_none else []) + list(entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        text, pid, tip = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return pid
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None


class PersonCombo(QComboBox):
    """The people of the directory, found by typing any part of a name or position.

    With ``free_text`` a name that is not in the directory may be typed (a speaker
    from outside); otherwise text that matches nobody goes back to the last choice.
    With ``picker`` (a field to choose someone to add to a list) the field may be
    empty, and stays so; text that matches nobody stays as typed."""

    person_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        allow_none: bool = True,
        free_text: bool = False,
        picker: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.allow_none = allow_none and not picker
        self.free_text = free_text
        self.picker = picker
        self._last = -1
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typical_width(self, 22)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._on_index_changed)
        self.lineEdit().editingFinished.connect(self._on_editing_finished)
        if free_text:
            self.lineEdit().textEdited.connect(lambda _t: self.person_changed.emit())
        self.reload()

    def _choices(self) -> tuple[list, int]:
        return self.ctx.person_choices()

    def reload(self) -> None:
        keep, text = self.person_id(), self.currentText()
        self.blockSignals(True)
        entries, width = self._choices()
        # (QComboBox deletes the model it replaces when the combo was its parent)
        self.setModel(PeopleModel(entries, self.allow_none, self))
        self.completer().setModel(self.model())
        self.view().setMinimumWidth(width)
        self.blockSignals(False)
        if self.picker and keep is None:
            self.clear_text()
        elif keep is not None or not self.free_text:
            self.set_person(keep)
        else:
            self.setEditText(text)
        self._last = self.currentIndex()

    def person_id(self) -> int | None:
        n = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if n < 0 and self.picker and self.currentText().strip():
            n = self._only_match(self.currentText().strip())
        return self.itemData(n) if n >= 0 else None

    def _only_match(self, typed: str) -> int:
        """The row of the one person whose entry contains ``typed`` (-1: none or several)."""
        rows = [
            r
            for r in range(self.count())
            if self.itemData(r) is not None and typed.casefold() in self.itemText(r).casefold()
        ]
        return rows[0] if len(rows) == 1 else -1

    def free_name(self) -> str:
        """The typed name of someone outside the directory ("" if a person is chosen)."""
        return "" if self.person_id() is not None else self.currentText().strip()

    def set_person(self, pid: int | None) -> None:
        n = self.findData(pid) if pid is not None else (0 if self.allow_none else -1)
        self.setCurrentIndex(n)
        if n < 0:
            self.setEditText("")
        self._last = n

    def clear_text(self) -> None:
        """Nobody chosen and nothing typed (a picker after adding)."""
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.completer().setCompletionPrefix("")
        self._last = -1

    def set_free_name(self, name: str) -> None:
        self.setCurrentIndex(-1)
        self.setEditText(name)

    def _on_index_changed(self, n: int) -> None:
        self._last = n
        self.person_changed.emit()

    def _on_editing_finished(self) -> None:
        if self.free_text or self.findText(self.currentText(), Qt.MatchFlag.MatchExactly) >= 0:
            return
        if self.picker:  # empty stays empty; an unknown name stays for the user to see
            if self.currentIndex() >= 0:
                text = self.currentText()
                self.setCurrentIndex(-1)
                self.setEditText(text)
            return
        if not self.currentText().strip() and self.allow_none:
            self.setCurrentIndex(0)
            return
        # nobody matches: back to the last choice
        self.setCurrentIndex(self._last)
        self.setEditText(self.itemText(self._last) if self._last >= 0 else "")


class ExecutorCombo(PersonCombo):
    """The executor field: people and organisations (groups too) of the directory, found
    by any part of the name in either language; its data is an ``Executor.ref``."""

    def _choices(self) -> tuple[list, int]:
        return self.ctx.executor_choices()

    def executor(self) -> m.Executor | None:
        ref = self.person_id()
        return m.Executor.parse(ref) if ref else None

    def set_person(self, pid: int | str | m.Executor | None) -> None:  # type: ignore[override]
        """Choose an executor (a bare int is a person's id)."""
        if isinstance(pid, int):
            pid = m.Executor.person(pid)
        super().set_person(pid.ref if isinstance(pid, m.Executor) else pid)  # type: ignore[arg-type]


class PersonDelegate(QStyledItemDelegate):
    """Edits a person-id cell (EditRole) with a :class:`PersonCombo`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return PersonCombo(self.ctx, parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, PersonCombo)
        editor.set_person(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model, index) -> None:
        assert isinstance(editor, PersonCombo)
        model.setData(index, editor.person_id(), Qt.ItemDataRole.EditRole)
