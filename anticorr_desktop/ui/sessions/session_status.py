"""The session's status in the editor: draft -> "Mark as held" -> "Approve…";
an approved session is reopened with a reason (the revision goes up)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...domain import model as m
from ...errors import UserError
from ..kit.common import esc, label, show_user_error
from ..kit.context import AppContext
from ..kit.dialogs import ActionDialog, DialogKeeper, text_edit

S = m.SessionStatus


class ReopenDialog(ActionDialog):
    """Reopen an approved session: the reason is recorded and the revision raised."""

    def __init__(self, lang, parent: QWidget | None = None) -> None:
        super().__init__(lang, parent)
        self.reason = text_edit(self, 3)
        self.add_row(self.reason)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SessionEditor", "Reopen the session"))
        self.subject.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "The minutes were approved. Reopening records the reason and "
                "raises the revision printed on the minutes.",
            )
        )
        self._row_label(self.reason).setText(
            QCoreApplication.translate("SessionEditor", "&Reason:")
        )
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "SessionEditor", "e.g. a typo in decision 1.2 noticed by the chair"
            )
        )


class StatusBar(QWidget):
    """The status in words and the one next step; the editor reloads on ``status_changed``."""

    status_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        ensure_saved: Callable[[], int | None],
        quorum_reached: Callable[[], bool | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ensure_saved = ensure_saved
        self._quorum_reached = quorum_reached
        self._dialogs = DialogKeeper()
        self.session: m.Session | None = None
        self.label = QLabel(self)
        self.held_button = QPushButton(self)
        self.approve_button = QPushButton(self)
        self.reopen_button = QPushButton(self)
        self.held_button.clicked.connect(self.mark_held)
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        for b in self.buttons():
            box.addWidget(b)
        self.retranslateUi()

    def buttons(self) -> list[QPushButton]:
        return [self.held_button, self.approve_button, self.reopen_button]

    def show_status(self, session: m.Session) -> None:
        self.session = session
        self.held_button.setVisible(session.status == S.DRAFT)
        self.approve_button.setVisible(session.status == S.HELD)
        self.reopen_button.setVisible(session.status == S.APPROVED)
        self._show_label()

    def _show_label(self) -> None:
        if self.session is None:
            return
        status = label(m.SESSION_STATUS_LABELS[self.session.status])
        if self.session.revision:
            status += QCoreApplication.translate("SessionEditor", " (revision {n})").format(
                n=self.session.revision
            )
        self.label.setText(
            QCoreApplication.translate("SessionEditor", "Status: <b>{status}</b>").format(
                status=esc(status)
            )
        )

    def mark_held(self) -> None:
        self._set_status(S.HELD)

    def approve(self) -> None:
        text = QCoreApplication.translate(
            "SessionEditor",
            "Approve the minutes of this session? An approved session is "
            "read-only; changing it later needs reopening with a reason.",
        )
        if self._quorum_reached() is False:
            text += "\n\n" + QCoreApplication.translate(
                "SessionEditor", "Note: the attendance recorded has no quorum."
            )
        if (
            QMessageBox.question(
                self,
                QCoreApplication.translate("SessionEditor", "Approve the minutes"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._set_status(S.APPROVED)

    def reopen(self) -> ReopenDialog | None:
        if self.session is None or self.session.status != S.APPROVED:
            return None
        sid = self.session.id
        dlg = ReopenDialog(lambda: self.ctx.lang, self.window())
        dlg.set_action(
            lambda d: self.ctx.services.set_session_status(sid, S.HELD, d.reason.toPlainText())
        )
        dlg.accepted.connect(self.status_changed)
        return self._dialogs.open(dlg)  # type: ignore[return-value]

    def _set_status(self, status: S) -> None:
        sid = self._ensure_saved()
        if sid is None:
            return
        try:
            self.ctx.services.set_session_status(sid, status)
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return
        self.status_changed.emit()

    def retranslateUi(self) -> None:
        self.held_button.setText(QCoreApplication.translate("SessionEditor", "Mark as held"))
        self.approve_button.setText(QCoreApplication.translate("SessionEditor", "Approve…"))
        self.reopen_button.setText(QCoreApplication.translate("SessionEditor", "Reopen…"))
        self.held_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "The session took place: the minutes can be approved next"
            )
        )
        self._show_label()
