"""The settings the window reads outside the settings dialog (reminders, documents),
without importing the dialog and its tabs; they are stored by the services."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .context import AppContext


def reminder_days(ctx: AppContext) -> int:
    """The reminders' horizon in working days (the setting, within 1..60)."""
    return ctx.services.reminder_days()


def document_lang(ctx: AppContext) -> str:
    return ctx.services.document_language()
