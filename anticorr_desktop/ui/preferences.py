"""The settings the window reads outside the settings dialog (reminders, documents,
backups), without importing the dialog and its tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import AppContext

SETTING_BACKUP_KEEP = "backup_keep"  # how many daily backups are kept (read by ui/startup.py)
DEFAULT_BACKUP_KEEP = 14
SETTING_REMINDER_DAYS = "reminder_days"  # in the database: the commission's practice
SETTING_DOCUMENT_LANG = "document_lang"
DEFAULT_REMINDER_DAYS = 5
MAX_REMINDER_DAYS = 60
DOCUMENT_LANGUAGES = ("ru", "kk")


def reminder_days(ctx: AppContext) -> int:
    """The reminders' horizon in working days (the setting, within 1..60)."""
    try:
        n = int(ctx.store.get_setting(SETTING_REMINDER_DAYS, DEFAULT_REMINDER_DAYS))
    except (TypeError, ValueError):
        return DEFAULT_REMINDER_DAYS
    return min(max(n, 1), MAX_REMINDER_DAYS)


def document_lang(ctx: AppContext) -> str:
    lang = ctx.store.get_setting(SETTING_DOCUMENT_LANG, "ru")
    return lang if lang in DOCUMENT_LANGUAGES else "ru"
