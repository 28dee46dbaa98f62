"""One row of a task list, as the tracker shows it and the exports write it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class TaskRow:
    id: int
    uid: str
    number: str  # "1.1"
    session: str  # "2024/4", "" outside a session
    session_date: date | None
    commission: str
    text: str
    main_executor: str
    co_executors: list[str]
    controller: str
    issued_date: date
    due_text: str  # as typed / worded: "ежеквартально, до 5 числа ..."
    due_date_original: date | None
    due_date: date | None  # current (next control point for recurring)
    extensions: int
    status: str  # InstructionStatus value
    status_label: str  # in the export's language
    days_overdue: int  # 0 when not overdue as of the export date
    done_date: date | None
    control_points: list[tuple[date, str]] = field(
        default_factory=list
    )  # (date, PointStatus value)
    # the executors' reports, one a line: "14.04.2025 № 03-07/519: text — accepted"
    reports: str = ""
    outgoing_numbers: list[str] = field(default_factory=list)  # of the reports, in order
    # each extension, one a line: "15.10.2024 → 13.12.2024: reason (who decided)"
    extension_reasons: str = ""
