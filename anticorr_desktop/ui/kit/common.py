"""Small helpers every view shares: dates, escaping, colours, user errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from ...domain.rules import Band
from ...errors import UserError

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


def confirm_mixed(
    parent: QWidget | None,
    missing: list[str],
    doc_lang: str,
    fill: Callable[[], bool] | None = None,
    recheck: Callable[[], list[str]] | None = None,
) -> bool:
    """Before printing in ``doc_lang``: name every text that has no version in it and
    ask whether to print them in the other language, marked (never a silent mix), to
    fill them in here (``fill``: True when the secretary saved translations; the print
    goes on when ``recheck`` finds nothing missing, else asks again), or to cancel."""
    if not missing:
        return True
    tr = QCoreApplication.translate
    language = tr("Common", "Kazakh") if doc_lang == "kk" else tr("Common", "Russian")
    shown = "\n".join(f"• {item}" for item in missing[:15])
    if len(missing) > 15:
        shown += "\n…"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Common", "Texts missing in the document's language"))
    box.setText(
        tr("Common", "These texts have no {language} version:").format(language=language)
        + "\n\n"
        + shown
    )
    box.setInformativeText(
        tr(
            "Common",
            "Fill them in the session editor, or print now: they will be printed in the "
            "other language, each marked as such.",
        )
    )
    fill_button = None
    if fill is not None:
        box.setInformativeText(
            tr(
                "Common",
                "Fill them in now, or print: they will be printed in the other language, "
                "each marked as such.",
            )
        )
        fill_button = box.addButton(tr("Common", "Fill in…"), QMessageBox.ButtonRole.ActionRole)
    anyway = box.addButton(tr("Common", "Print, marked"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if ask_box(box, anyway):
        return True
    chose_fill = fill_button is not None and box.clickedButton() is fill_button
    if fill is not None and chose_fill and fill():
        left = recheck() if recheck is not None else []
        return confirm_mixed(parent, left, doc_lang, fill, recheck)
    return False


def _ask_box(box: QMessageBox, yes: object) -> bool:
    box.exec()
    return box.clickedButton() is yes


ask_box = _ask_box  # the window's tests answer the question instead of a user


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


# -- the one date field of the window ------------------------------------------------------
_DATE_PATTERNS = (
    re.compile(r"^\s*(\d{1,2})[./,\- ](\d{1,2})[./,\- ](\d{4})\s*(г\.?|ж\.?)?\s*$"),  # 15.02.2027
    re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$"),  # 2027-02-15 (ISO)
    re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$"),  # 15022027
)
_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}
_calendar_source: Callable[[], Any] | None = None
_lang_source: Callable[[], str] | None = None


def parse_date(text: str) -> date | None:
    """A date typed or pasted whole: DD.MM.YYYY (also with / - or spaces, or "г."),
    DDMMYYYY, or ISO YYYY-MM-DD. None if it is not one (or no such day)."""
    for n, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.match(text or "")
        if m:
            a, b, c = int(m.group(1)), int(m.group(2)), int(m.group(3))
            day, month, year = (c, b, a) if n == 1 else (a, b, c)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def set_date_context(calendar: Callable[[], Any] | None, lang: Callable[[], str] | None) -> None:
    """Where date fields made without them find the working-day calendar and the language
    (set by the AppContext: one database per window)."""
    global _calendar_source, _lang_source
    _calendar_source, _lang_source = calendar, lang


def _calendar_icon() -> QIcon:
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setPen(QColor("#555555"))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(2, 3, 12, 3, QColor("#c0392b"))
    for row in (8, 11):
        for col in (3, 6, 9, 12):
            p.fillRect(col, row, 2, 2, QColor("#555555"))
    p.end()
    return QIcon(pm)


class DateField(QWidget):
    """A date typed or pasted whole as DD.MM.YYYY (a selection is replaced, not merged
    section by section), picked from a calendar, or stepped with Up/Down; beside it the
    day of the week, and a warning when the day is a day off in the working-day calendar.

    Speaks QDateEdit's language for what the window uses: ``date()``, ``setDate()``,
    ``dateChanged``, ``setMinimumDate()``, ``setMaximumDate()``.
    """

    dateChanged = Signal(QDate)

    def __init__(
        self,
        value: date | QDate | None = None,
        parent: QWidget | None = None,
        *,
        calendar: Callable[[], Any] | None = None,
        lang: Callable[[], str] | None = None,
        note: bool = True,
    ) -> None:
        super().__init__(parent)
        self._note_pending = False
        self._calendar = calendar
        self._lang = lang
        self._min = QDate(1900, 1, 1)
        self._max = QDate(2200, 12, 31)
        self._date = QDate.currentDate()
        self.edit = QLineEdit(self)
        self.edit.setInputMask("00.00.0000;_")
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 26)
        self.edit.installEventFilter(self)
        # the calendar: a button inside the field, so the field is no wider than Qt's own
        self.button = QAction(_calendar_icon(), "", self.edit)
        self.button.triggered.connect(self._show_calendar)
        self.edit.addAction(self.button, QLineEdit.ActionPosition.TrailingPosition)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        # takes the room there is (a row of date fields must not widen the window); the
        # whole note is in its tooltip
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.note, 1)
        self.note.setVisible(note)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self._popup: QCalendarWidget | None = None
        self.setDate(to_qdate(value) if isinstance(value, date) else (value or QDate.currentDate()))

    # -- QDateEdit's interface ---------------------------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | date) -> None:
        q = to_qdate(value) if isinstance(value, date) else QDate(value)
        if not q.isValid():
            return
        q = max(self._min, min(self._max, q))
        changed = q != self._date
        self._date = q
        self.edit.setText(q.toString("dd.MM.yyyy"))
        self._show_note()
        if changed:
            self.dateChanged.emit(QDate(q))

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def setMinimumDate(self, value: QDate) -> None:
        self._min = QDate(value)
        if self._date < self._min:
            self.setDate(self._min)

    def setMaximumDate(self, value: QDate) -> None:
        self._max = QDate(value)
        if self._date > self._max:
            self.setDate(self._max)

    def setCalendarPopup(self, _on: bool) -> None:  # always has its calendar button
        pass

    def setDisplayFormat(self, _fmt: str) -> None:  # always DD.MM.YYYY
        pass

    def setReadOnly(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        self.button.setEnabled(not on)

    def text(self) -> str:
        return self.edit.text()

    # -- typing --------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and not self.edit.isReadOnly():
            key = event.key()
            if event.matches(QKeySequence.StandardKey.Paste):
                pasted = parse_date(QGuiApplication.clipboard().text())
                if pasted is not None:
                    self.setDate(pasted)
                    self._show_note()
                    return True
            elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
                return True
            elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.setDate(self._date.addMonths(1 if key == Qt.Key.Key_PageUp else -1))
                return True
            elif event.text().isdigit() and not self.edit.hasSelectedText():
                # over a filled date the digit typed replaces the one at the cursor
                pos = self.edit.cursorPosition()
                shown = self.edit.displayText()
                if pos < len(shown) and shown[pos] == ".":
                    pos += 1
                if pos < len(shown) and shown[pos].isdigit():
                    self.edit.setSelection(pos, 1)
        return super().eventFilter(obj, event)

    def _on_text_edited(self, text: str) -> None:
        typed = parse_date(text)
        if typed is not None and len(text.replace("_", "")) == 10:
            pos = self.edit.cursorPosition()
            self.setDate(typed)
            self.edit.setCursorPosition(pos)
        else:
            self._show_note(typing=True)

    def _on_editing_finished(self) -> None:
        typed = parse_date(self.edit.text())
        if typed is None:  # incomplete or no such day: back to the date it holds
            self.edit.setText(self._date.toString("dd.MM.yyyy"))
            self._show_note()
        else:
            self.setDate(typed)

    # -- the note beside it --------------------------------------------------------------
    def _lang_now(self) -> str:
        source = self._lang or _lang_source
        try:
            return source() if source else "en"
        except Exception:
            return "en"

    def working_calendar(self):
        source = self._calendar or _calendar_source
        try:
            return source() if source else None
        except Exception:  # the database of a closed window
            return None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._note_pending:
            # after this paint: the first note of a day off loads the holiday calendar
            QTimer.singleShot(0, self, self._show_note)  # dropped if the field is deleted

    def _show_note(self, typing: bool = False) -> None:
        if not typing and not self.isVisible():
            self._note_pending = True  # written when shown (start-up builds hidden fields)
            return
        self._note_pending = False
        if typing:
            self.note.setText(QCoreApplication.translate("Common", "type the date as DD.MM.YYYY"))
            self.note.setStyleSheet("color: #8a6d3b;")
            return
        d = from_qdate(self._date)
        lang = self._lang_now()
        text = QLocale(_LOCALES.get(lang, "en_GB")).dayName(
            d.isoweekday(), QLocale.FormatType.LongFormat
        )
        warn = False
        cal = self.working_calendar()
        if cal is not None:
            try:
                if not cal.is_working_day(d):
                    warn = True
                    name = cal.holiday_name(d, lang)
                    text = (
                        QCoreApplication.translate("Common", "{weekday}: a day off ({name})")
                        if name
                        else QCoreApplication.translate("Common", "{weekday}: a day off")
                    ).format(weekday=text, name=name)
            except Exception:
                pass
        self.note.setText(text)
        self.note.setToolTip(text)
        self.edit.setToolTip(text)
        self.note.setStyleSheet("color: #a94442; font-weight: bold;" if warn else "")

    def is_day_off(self) -> bool:
        cal = self.working_calendar()
        try:
            return cal is not None and not cal.is_working_day(from_qdate(self._date))
        except Exception:
            return False

    def _show_calendar(self) -> None:
        if self._popup is None:
            self._popup = QCalendarWidget(self)
            self._popup.setWindowFlags(Qt.WindowType.Popup)
            self._popup.setGridVisible(True)
            self._popup.clicked.connect(self._on_picked)
            self._popup.activated.connect(self._on_picked)
        self._popup.setLocale(QLocale(_LOCALES.get(self._lang_now(), "en_GB")))
        self._popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._popup.setDateRange(self._min, self._max)
        self._popup.setSelectedDate(self._date)
        self._popup.adjustSize()
        self._popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self._popup.show()

    def _on_picked(self, value: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(value)
        self.edit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_note()
        super().changeEvent(event)


SETTING_LAST_FOLDER = "ui/last_folder"  # the folder of the last file chosen in a file dialog


def start_folder(settings, preferred: str | Path | None = None) -> str:
    """Where a file dialog opens: ``preferred`` if it exists, else the folder used last,
    else the user's Documents, else home (never the program's own folder, Qt's default
    for "", nor a Documents folder that does not exist, which Qt shows as a file name)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    last = settings.value(SETTING_LAST_FOLDER, "") if settings is not None else ""
    for candidate in (preferred, last, documents):
        if candidate and Path(str(candidate)).is_dir():
            return str(candidate)
    return str(Path.home())


def remember_folder(settings, chosen: str | Path) -> None:
    """Keep the folder of a file just chosen for the next file dialog."""
    if settings is not None and chosen:
        path = Path(str(chosen))
        settings.setValue(SETTING_LAST_FOLDER, str(path if path.is_dir() else path.parent))
