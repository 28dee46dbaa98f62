"""Small helpers every view shares: dates, escaping, colours, user errors."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMessageBox, QWidget

from ..domain.rules import Band
from ..errors import UserError

# Row states of the tracker (and the sessions list), shown with colour AND icon AND text.
STATE_OVERDUE = "overdue"
STATE_DUE_SOON = "due_soon"
STATE_DONE = "done"
STATE_CANCELLED = "cancelled"
STATE_NORMAL = "normal"

# Light backgrounds with dark text: readable in light and dark desktop themes alike,
# because the foreground is set too.
_BACKGROUNDS = {
    STATE_OVERDUE: QColor("#f8d4d4"),
    STATE_DUE_SOON: QColor("#fcefc4"),
    STATE_DONE: QColor("#e4e4e4"),
    STATE_CANCELLED: QColor("#e4e4e4"),
}
_TEXT = QColor("#1a1a1a")

BAND_COLOURS = {
    Band.RED: QColor("#d9534f"),
    Band.YELLOW: QColor("#f0ad4e"),
    Band.GREEN: QColor("#5cb85c"),
    Band.NONE: QColor("#b0b0b0"),
}

DUE_SOON_WORKING_DAYS = 5


def state_background(state: str) -> QBrush | None:
    colour = _BACKGROUNDS.get(state)
    return QBrush(colour) if colour is not None else None


def state_foreground(state: str) -> QBrush | None:
    return QBrush(_TEXT) if state in _BACKGROUNDS else None


def band_label(band: Band) -> str:
    return {
        Band.RED: QCoreApplication.translate("Overview", "poor"),
        Band.YELLOW: QCoreApplication.translate("Overview", "needs attention"),
        Band.GREEN: QCoreApplication.translate("Overview", "good"),
        Band.NONE: QCoreApplication.translate("Overview", "nothing due yet"),
    }[band]


def label(text: str) -> str:
    """A core label (English source, context "Labels") in the interface language."""
    return QCoreApplication.translate("Labels", text)


def fmt_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def fmt_timestamp(iso: str) -> str:
    """A journal timestamp (ISO, UTC) as local day and time."""
    try:
        t = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if t.tzinfo is not None:
        t = t.astimezone()
    return t.strftime("%d.%m.%Y %H:%M")


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def typical_width(combo: QComboBox, chars: int) -> QComboBox:
    """``combo`` as wide as ``chars`` characters, not as its longest entry: Kazakh labels
    are long, and measuring 5,000 sessions at the first show took time."""
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def esc(text: object) -> str:
    """User text made safe for the HTML of a QTextBrowser or a tooltip."""
    # what html.escape(quote=True) does, without importing html and its entity tables
    # at start-up (3.6 ms)
    s = "" if text is None else str(text)
    return (
        s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def paragraphs(text: str) -> str:
    """Escaped user text with its line breaks kept."""
    return "<br>".join(esc(line) for line in (text or "").split("\n"))


def one_line(text: str, limit: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_user_error(parent: QWidget | None, exc: UserError, lang: str | None) -> None:
    """Tell the user what to fix, in their language; the caller keeps its state."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("Common", "Cannot do this"), exc.message(lang)
    )


def hrow(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side, left-aligned."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class ReloadingView(QWidget):
    """A view over the database. After a change it reloads at once when shown, else
    when next shown (``reload()`` clears ``_dirty``); it retranslates on a language change."""

    _dirty = False

    def reload(self) -> None:  # each view reads what it shows
        self._dirty = False

    def retranslateUi(self) -> None:
        pass

    def _on_data_changed(self, _source: object = None) -> None:
        self._dirty = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
