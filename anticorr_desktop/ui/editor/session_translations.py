"""Fill in place the texts a print lacks in its language (issue #13): each text in the
other language beside a box for its translation; OK stores them all at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...services import TranslationGap
from ..kit.common import show_user_error
from ..kit.context import AppContext
from ..kit.dialogs import text_edit


class FillTranslationsDialog(QDialog):
    """The gaps of one session for a print in ``lang``, to fill and store."""

    def __init__(
        self,
        ctx: AppContext,
        session_id: int,
        lang: str,
        gaps: list[TranslationGap],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self.gaps = gaps
        tr = QCoreApplication.translate
        language = tr("Common", "Kazakh") if lang == "kk" else tr("Common", "Russian")
        self.setWindowTitle(
            tr("SessionEditor", "Fill in the {language} texts").format(language=language)
        )
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.addWidget(QLabel(f"<b>{tr('SessionEditor', 'As written')}</b>", inner), 0, 1)
        grid.addWidget(
            QLabel(
                "<b>" + tr("SessionEditor", "In {language}").format(language=language) + "</b>",
                inner,
            ),
            0,
            2,
        )
        self.edits: list[QPlainTextEdit] = []
        for row, g in enumerate(gaps, 1):
            where = QLabel(g.label, inner)
            where.setWordWrap(True)
            source = QLabel(g.source, inner)
            source.setWordWrap(True)
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit = text_edit(inner, 2 if len(g.source) < 120 else 4)
            edit.setPlainText(g.text)
            self.edits.append(edit)
            grid.addWidget(where, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(source, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(edit, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        hint = QLabel(
            tr(
                "SessionEditor",
                "Type the translation of each text; those left empty print in the other "
                "language, marked.",
            ),
            self,
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(scroll, 1)
        box.addWidget(self.buttons)
        self.resize(900, 560)

    def save(self) -> None:
        for g, edit in zip(self.gaps, self.edits, strict=True):
            g.text = edit.toPlainText()
        try:
            self.ctx.services.fill_translations(self.session_id, self.gaps)
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return
        self.ctx.notify_changed(self)
        self.accept()


def _exec(dlg: QDialog) -> int:
    return dlg.exec()


exec_dialog = _exec  # the window's tests fill the dialog instead of a user


def fill_in_place(ctx: AppContext, session_id: int, lang: str, parent: QWidget | None) -> bool:
    """Ask for the texts a print in ``lang`` lacks; True when something was stored."""
    gaps = ctx.services.translation_gaps(session_id, lang)
    if not gaps:
        return False
    dlg = FillTranslationsDialog(ctx, session_id, lang, gaps, parent)
    return exec_dialog(dlg) == QDialog.DialogCode.Accepted
