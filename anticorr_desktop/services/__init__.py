"""The use cases the window and the command line both call.

Each public method is one user action and one transaction: all of it is
written, with its journal entries, or none of it. Rules live in ``domain/``;
SQL lives in ``storage/``; this package joins them, one module per area:

- ``settings``      the page layout, the working-days calendar
- ``directory``     organisations, people, commissions, members
- ``sessions``      a session's header, attendance, agenda, decisions
- ``drafts``        the session editor's whole-session save (one transaction)
- ``instructions``  issue, revise, reports, extensions, closing
- ``queries``       overdue, discipline, history, the register's listings
- ``documents``     minutes, extracts and reports as files; task-list exports
- ``exchange``      the JSON interchange file in and out, the demo
- ``backups``       backups of the open database, restore
- ``register``      a register kept in Excel or CSV: preview, import
- ``listing``       the register's filters as data (the tracker, the overview and the
                    command line list with the same query)

``Services`` is the one facade: each area is a class over the same store, and
the facade combines them, so a front holds one object and calls
``services.extend(...)`` or ``services.write_extracts(...)``.
"""

from __future__ import annotations

from .backups import BackupsService
from .base import MAX_TEXT, clean_text, fmt
from .directory import DirectoryService
from .documents import DocumentsService, safe_file_name
from .exchange import ImportOutcome, InterchangeService
from .instructions import InstructionsService
from .queries import DisciplineStat, HistoryEvent, OverdueItem, QueriesService
from .register import RegisterService
from .sessions import AttendanceEntry, SessionRecord, SessionsService, TranslationGap
from .settings import DOCUMENT_LAYOUT_KEY, DOCUMENT_LAYOUT_LIMITS, SettingsService


def __getattr__(name: str) -> object:
    if name == "BackupInfo":  # a backup's row; storage.backup is imported on first use
        from ..storage.backup import BackupInfo

        return BackupInfo
    raise AttributeError(name)


class Services(
    SettingsService,
    DirectoryService,
    SessionsService,
    InstructionsService,
    QueriesService,
    DocumentsService,
    InterchangeService,
    BackupsService,
    RegisterService,
):
    """Every use case, over one store."""


__all__ = [
    "DOCUMENT_LAYOUT_KEY",
    "DOCUMENT_LAYOUT_LIMITS",
    "MAX_TEXT",
    "AttendanceEntry",
    "BackupInfo",
    "DisciplineStat",
    "HistoryEvent",
    "ImportOutcome",
    "OverdueItem",
    "Services",
    "SessionRecord",
    "TranslationGap",
    "clean_text",
    "fmt",
    "safe_file_name",
]
