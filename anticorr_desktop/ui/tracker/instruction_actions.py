"""The life-cycle actions of the tracker: each opens a small dialog whose OK
calls one use case. Accept and Take off control apply to several instructions
in one transaction (``Services.bulk``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain import model as m
from ...domain.rules import Action
from ...errors import UserError
from ..kit.context import AppContext
from ..kit.dialogs import (
    AcceptDialog,
    ActionDialog,
    DialogKeeper,
    EventDialog,
    ExtendDialog,
    ReasonDialog,
    ReportDialog,
)
from .instruction_detail import action_allowed


class InstructionActions(QObject):
    applied = Signal(list)  # ids of the instructions the action changed

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._dialogs = DialogKeeper()

    def start(self, action: Action, insts: list[m.Instruction]) -> ActionDialog | None:
        """Open the dialog for ``action`` on ``insts`` (window-modal, not blocking)."""
        if not action_allowed(action, insts):
            return None
        sv = self.ctx.services
        today = self.ctx.today()

        def lang() -> str:  # the dialogs follow a language switch while open
            return self.ctx.lang

        ids = [i.id for i in insts]
        first = insts[0]
        if action == Action.REPORT:
            dlg: ActionDialog = ReportDialog(lang, today, self._parent)
            dlg.set_action(
                lambda d: sv.register_report(
                    first.id,
                    received=d.received(),
                    text=d.text.toPlainText(),
                    outgoing_number=d.number.text(),
                )
            )
        elif action == Action.ACCEPT:
            dlg = AcceptDialog(lang, today, self._parent)
            dlg.set_action(
                lambda d: self._bulk(insts, lambda i: sv.accept_report(i, d.on(), d.note.text()))
            )
        elif action == Action.RETURN:
            dlg = ReasonDialog(lang, ReasonDialog.RETURN, today, self._parent)
            dlg.set_action(lambda d: sv.return_report(first.id, d.text()))
        elif action == Action.EXTEND:
            dlg = ExtendDialog(lang, today, first.due_date, self._parent)
            dlg.set_action(
                lambda d: sv.extend(
                    first.id, d.new_date(), d.reason.toPlainText(), d.decided_by.text(), d.decided()
                )
            )
        elif action == Action.EVENT:
            dlg = EventDialog(lang, today, first.due_text, first.event_date, self._parent)
            dlg.set_action(lambda d: sv.record_event(first.id, d.on()))
        elif action == Action.CANCEL:
            dlg = ReasonDialog(lang, ReasonDialog.CANCEL, today, self._parent)
            dlg.set_action(lambda d: sv.cancel(first.id, d.text()))
        elif action == Action.BACK_ON_CONTROL:
            dlg = ReasonDialog(lang, ReasonDialog.BACK_ON_CONTROL, today, self._parent)
            dlg.set_action(lambda d: sv.put_back_on_control(first.id, d.text(), d.on()))
        else:
            dlg = ReasonDialog(lang, ReasonDialog.OFF_CONTROL, today, self._parent)
            dlg.set_action(
                lambda d: self._bulk(insts, lambda i: sv.take_off_control(i, d.text(), d.on()))
            )
        dlg.set_subject(insts)
        dlg.accepted.connect(lambda: self.applied.emit(ids))
        return self._dialogs.open(dlg)

    @property
    def active_dialog(self) -> ActionDialog | None:
        return self._dialogs.current

    def _bulk(self, insts: list[m.Instruction], action: Callable[[int], None]) -> None:
        def one(inst_id: int) -> None:
            try:
                action(inst_id)
            except UserError as exc:
                if len(insts) > 1:  # say which one stopped the lot
                    exc.where = next(i.number or str(i.id) for i in insts if i.id == inst_id)
                raise

        self.ctx.services.bulk(one, [i.id for i in insts])
