"""Settings kept with the commission's data: the page layout, the working-days calendar."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import model as m
from ..errors import Term, ValidationError
from ..i18n import DOCUMENT_LANGUAGES, QT_TRANSLATE_NOOP
from .base import ServiceBase, _num, clean_text

if TYPE_CHECKING:
    from ..reports.data import DocumentSettings

# The page layout a commission may change (Settings > Documents): name -> (lowest,
# highest, what it is called in a message). The defaults are in DocumentSettings.
DOCUMENT_LAYOUT_KEY = "document_layout"
DOCUMENT_LAYOUT_LIMITS: dict[str, tuple[float, float, str]] = {
    "font_size": (10, 16, QT_TRANSLATE_NOOP("Layout", "The text size")),
    "table_font_size": (8, 14, QT_TRANSLATE_NOOP("Layout", "The table text size")),
    "margin_left_mm": (10, 50, QT_TRANSLATE_NOOP("Layout", "The left margin")),
    "margin_right_mm": (5, 40, QT_TRANSLATE_NOOP("Layout", "The right margin")),
    "margin_top_mm": (10, 40, QT_TRANSLATE_NOOP("Layout", "The top margin")),
    "margin_bottom_mm": (10, 40, QT_TRANSLATE_NOOP("Layout", "The bottom margin")),
    "annex_threshold": (
        5,
        200,
        QT_TRANSLATE_NOOP("Layout", "The number of attendees listed in the minutes"),
    ),
}

# The commission's practice, stored with its data (Settings > Reminders, Documents, Data).
SETTING_REMINDER_DAYS = "reminder_days"
DEFAULT_REMINDER_DAYS = 5
MAX_REMINDER_DAYS = 60
SETTING_DOCUMENT_LANG = "document_lang"
SETTING_DUE_DEFAULT_DAY = "due_default_day"  # a schedule with no day: by the Nth of the next month
DEFAULT_DUE_DEFAULT_DAY = 5
SETTING_BACKUP_KEEP = "backup_keep"  # how many daily backups are kept
DEFAULT_BACKUP_KEEP = 14


class SettingsService(ServiceBase):
    # -- the commission's practice ------------------------------------------------------
    def reminder_days(self) -> int:
        """The reminders' horizon in working days (within 1..60)."""
        try:
            n = int(self.store.get_setting(SETTING_REMINDER_DAYS, DEFAULT_REMINDER_DAYS))
        except (TypeError, ValueError):
            return DEFAULT_REMINDER_DAYS
        return min(max(n, 1), MAX_REMINDER_DAYS)

    def set_reminder_days(self, n: int) -> None:
        if not 1 <= int(n) <= MAX_REMINDER_DAYS:
            raise ValidationError(
                "Reminders look ahead between 1 and {max} working days.", max=MAX_REMINDER_DAYS
            )
        self.store.set_setting(SETTING_REMINDER_DAYS, int(n))

    def document_language(self) -> str:
        """The language documents are made in unless the user picks another."""
        lang = self.store.get_setting(SETTING_DOCUMENT_LANG, "ru")
        return lang if lang in DOCUMENT_LANGUAGES else "ru"

    def set_document_language(self, lang: str) -> None:
        if lang not in DOCUMENT_LANGUAGES:
            raise ValueError(f"not a document language: {lang}")
        self.store.set_setting(SETTING_DOCUMENT_LANG, lang)

    def due_default_day(self) -> int:
        """The day of the month after each period by which a schedule written without a
        day ("ежеквартально", "ай сайын") is due."""
        try:
            n = int(self.store.get_setting(SETTING_DUE_DEFAULT_DAY, DEFAULT_DUE_DEFAULT_DAY))
        except (TypeError, ValueError):
            return DEFAULT_DUE_DEFAULT_DAY
        return n if 1 <= n <= 31 else DEFAULT_DUE_DEFAULT_DAY

    def set_due_default_day(self, n: int) -> None:
        if not 1 <= int(n) <= 31:
            raise ValidationError("The default day must be from 1 to 31.")
        self.store.set_setting(SETTING_DUE_DEFAULT_DAY, int(n))

    def backup_keep(self) -> int:
        try:
            return max(1, int(self.store.get_setting(SETTING_BACKUP_KEEP, DEFAULT_BACKUP_KEEP)))
        except (TypeError, ValueError):
            return DEFAULT_BACKUP_KEEP

    def set_backup_keep(self, n: int) -> None:
        self.store.set_setting(SETTING_BACKUP_KEEP, max(1, int(n)))

    # -- document layout -----------------------------------------------------------
    def document_settings(self) -> DocumentSettings:
        """The page layout of every document (reports.data.DocumentSettings): the
        defaults of national practice, with what the commission changed in Settings."""
        from ..reports.data import DocumentSettings

        stored = self.store.get_setting(DOCUMENT_LAYOUT_KEY, {})
        values: dict[str, Any] = {}  # int or float, as each field of DocumentSettings is
        if isinstance(stored, dict):
            for key, (lo, hi, _label) in DOCUMENT_LAYOUT_LIMITS.items():
                v = stored.get(key)
                if isinstance(v, (int, float)) and not isinstance(v, bool) and lo <= v <= hi:
                    values[key] = int(v) if key == "annex_threshold" else float(v)
        return DocumentSettings(**values)

    def set_document_settings(self, **changes: float) -> object:
        """Change some of the layout (names as in DocumentSettings); each value is checked
        against its range, nothing is stored if one is out of it."""
        stored = self.store.get_setting(DOCUMENT_LAYOUT_KEY, {})
        stored = dict(stored) if isinstance(stored, dict) else {}
        for key, value in changes.items():
            if key not in DOCUMENT_LAYOUT_LIMITS:
                raise ValueError(f"not a layout setting: {key}")
            lo, hi, label = DOCUMENT_LAYOUT_LIMITS[key]
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not lo <= value <= hi
            ):
                raise ValidationError(
                    "{what} must be between {lo} and {hi}; {value} is outside.",
                    what=Term(label, "Layout"),
                    lo=_num(lo),
                    hi=_num(hi),
                    value=_num(value) if isinstance(value, (int, float)) else value,
                )
            stored[key] = value
        self.store.set_setting(DOCUMENT_LAYOUT_KEY, stored)
        return self.document_settings()

    def reset_document_settings(self) -> object:
        self.store.set_setting(DOCUMENT_LAYOUT_KEY, {})
        return self.document_settings()

    def set_day_off_rule(self, rule: str) -> None:
        from ..domain.workdays import DayOffRule

        self.store.set_setting("day_off_rule", DayOffRule(rule).value)
        self._calendar = None

    def set_calendar_day(self, day: date, working: bool, note: str = "") -> None:
        with self.store.transaction():
            self.store.set_calendar_override(
                day, working, clean_text(note, "Note", required=False, max_len=200), m.new_uid()
            )
        self._calendar = None

    def remove_calendar_day(self, day: date) -> None:
        with self.store.transaction():
            self.store.delete_calendar_override(day)
        self._calendar = None
