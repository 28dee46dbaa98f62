"""One instruction in a window of its own (Enter or a double click in the tracker): its
full text and history, and the actions that apply to it, each with its Alt letter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...domain.rules import Action
from ...errors import UserError
from ..kit.context import AppContext
from ..kit.placement import remember_geometry
from .instruction_actions import InstructionActions
from .instruction_detail import InstructionDetail


class InstructionWindow(QDialog):
    def __init__(self, ctx: AppContext, inst_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.inst_id = inst_id
        self.detail = InstructionDetail(ctx, self)
        self.actions = InstructionActions(ctx, self)  # its dialogs are modal to this window
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.detail, 1)
        box.addWidget(self.buttons)
        self.detail.action_requested.connect(self._on_action_requested)
        self.actions.applied.connect(self._on_applied)
        ctx.data_changed.connect(self._on_data_changed)
        self._geometry = remember_geometry(
            self, ctx.settings, "instruction_window/geometry", QSize(900, 600)
        )
        self._read()

    def _read(self) -> None:
        try:
            inst = self.ctx.store.instruction(self.inst_id)
        except UserError:  # deleted meanwhile (its session's draft was saved without it)
            self.detail.show_instructions([])
            return
        self.detail.show_instructions([inst])
        self.setWindowTitle(
            QCoreApplication.translate("Detail", "Instruction {number}").format(
                number=inst.number or inst.id
            )
        )

    def _on_action_requested(self, action: str) -> None:
        self.actions.start(Action(action), [self.ctx.store.instruction(self.inst_id)])

    def _on_applied(self, _ids: list[int]) -> None:
        self.ctx.notify_changed(self)  # the tracker and the overview read it again
        self._read()

    def _on_data_changed(self, source: object) -> None:
        if source is not self and self.isVisible():
            self._read()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        if self.isVisible():  # a closed one is kept hidden until the next opens
            self._read()
