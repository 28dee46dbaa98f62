"""The detail pane of the tracker: one instruction in full, its history, and
the buttons of its life cycle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ...domain import model as m
from ...domain import rules
from ...domain.rules import Action
from ..kit.common import esc, fmt_date, fmt_timestamp, label, paragraphs
from ..kit.context import AppContext

# Actions that may be applied to several selected instructions at once.
BULK_ACTIONS = (Action.ACCEPT, Action.OFF_CONTROL)
ACTION_ORDER = (
    Action.REPORT,
    Action.ACCEPT,
    Action.RETURN,
    Action.EXTEND,
    Action.CANCEL,
    Action.OFF_CONTROL,
    Action.BACK_ON_CONTROL,
    Action.EVENT,
)


def is_periodic(inst: m.Instruction) -> bool:
    return inst.due_rule.is_periodic


def action_allowed(action: Action, insts: list[m.Instruction]) -> bool:
    if not insts or (len(insts) > 1 and action not in BULK_ACTIONS):
        return False
    if action == Action.EVENT and not all(counts_from_event(i) for i in insts):
        return False
    return all(rules.allowed(action, i.status, is_periodic(i)) for i in insts)


def counts_from_event(inst: m.Instruction) -> bool:
    """An event-driven deadline with an offset: its due date follows the event's date."""
    return inst.due_rule.kind.value == "event" and inst.due_rule.offset is not None


class InstructionDetail(QWidget):
    action_requested = Signal(str)  # a rules.Action value

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._insts: list[m.Instruction] = []
        self._stale = True
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.buttons: dict[Action, QPushButton] = {}
        column = QVBoxLayout()
        for action in ACTION_ORDER:
            b = QPushButton(self)
            b.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a.value))
            self.buttons[action] = b
            column.addWidget(b)
        column.addStretch(1)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.browser, 1)
        box.addLayout(column)
        self.retranslateUi()

    def show_instructions(self, insts: list[m.Instruction]) -> None:
        self._insts = list(insts)
        for action, b in self.buttons.items():
            b.setEnabled(action_allowed(action, self._insts))
        self._render()

    def _render(self) -> None:
        if self.isVisible():
            self.browser.setHtml(self._html())
            self._stale = False
        else:  # the history is read when the pane is shown
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._render()
        super().showEvent(event)

    def _html(self) -> str:
        if not self._insts:
            return "<p>{}</p>".format(
                esc(
                    QCoreApplication.translate(
                        "Detail",
                        "Select an instruction to see it in full, with its history. Select "
                        "several (Ctrl or Shift and click) to accept reports or take them off "
                        "control together.",
                    )
                )
            )
        if len(self._insts) > 1:
            items = "".join(
                f"<li>{esc(i.number)} — {esc(label(m.STATUS_LABELS[i.status]))}</li>"
                for i in self._insts
            )
            return "<p><b>{}</b></p><ul>{}</ul><p>{}</p>".format(
                esc(
                    QCoreApplication.translate("Detail", "{n} instructions selected").format(
                        n=len(self._insts)
                    )
                ),
                items,
                esc(
                    QCoreApplication.translate(
                        "Detail", "Accept and Take off control apply to all of them at once."
                    )
                ),
            )
        return instruction_html(self.ctx, self._insts[0])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        texts = action_texts()
        for action, b in self.buttons.items():
            b.setText(texts[action])
        self._render()


def action_texts() -> dict[Action, str]:
    """The actions' names with their Alt letters (&), on the buttons and in the tracker's
    context menu; the letters are unique in the tracker's window in every language."""
    return {
        Action.REPORT: QCoreApplication.translate("Detail", "&Register report…"),
        Action.ACCEPT: QCoreApplication.translate("Detail", "&Accept…"),
        Action.RETURN: QCoreApplication.translate("Detail", "Re&turn for rework…"),
        Action.EXTEND: QCoreApplication.translate("Detail", "E&xtend deadline…"),
        Action.CANCEL: QCoreApplication.translate("Detail", "&Cancel…"),
        Action.OFF_CONTROL: QCoreApplication.translate("Detail", "Take off contro&l…"),
        Action.BACK_ON_CONTROL: QCoreApplication.translate("Detail", "Bac&k on control…"),
        Action.EVENT: QCoreApplication.translate("Detail", "Event occ&urred…"),
    }


def instruction_html(ctx: AppContext, inst: m.Instruction) -> str:
    store = ctx.store
    lang = ctx.name_lang
    people = ctx.people()
    today = ctx.today()
    out: list[str] = []
    where = ""
    if inst.session_id:
        s = store.session(inst.session_id)
        where = QCoreApplication.translate("Detail", "minutes No. {number} of {date}").format(
            number=s.number, date=fmt_date(s.date)
        )
    title = " · ".join(x for x in (inst.number, where) if x)
    out.append(f"<h3>{esc(title)}</h3>")
    out.append(f"<p>{paragraphs(inst.text or inst.text_kk)}</p>")

    facts: list[tuple[str, str]] = []
    status = esc(label(m.STATUS_LABELS[inst.status]))
    days = rules.days_overdue(inst.status, inst.due_date, today)
    if days:
        status += " — <b style='color:#a40000'>{}</b>".format(
            esc(QCoreApplication.translate("Detail", "overdue by {n} days").format(n=days))
        )
    facts.append((QCoreApplication.translate("Detail", "Status"), status))
    execs = []
    for n, ex in enumerate(inst.executors):
        p = people.get(ex.person_id) if ex.person_id else None
        name = ctx.executor_name(ex)
        if not name:
            continue
        role = (
            QCoreApplication.translate("Detail", "main executor")
            if n == 0
            else QCoreApplication.translate("Detail", "co-executor")
        )
        pos = p.position_in(lang) if p is not None and ex.organisation_id is None else ""
        execs.append(
            f"{n + 1}. {esc(name)} ({esc(role)})"
            + (f"<br><small>{esc(pos)}</small>" if pos else "")
        )
    facts.append((QCoreApplication.translate("Detail", "Executors"), "<br>".join(execs)))
    facts.append((QCoreApplication.translate("Detail", "Due, as written"), esc(inst.due_text)))
    if inst.due_date:
        due = esc(fmt_date(inst.due_date))
        if inst.due_date_original and inst.due_date_original != inst.due_date:
            due += " " + esc(
                QCoreApplication.translate("Detail", "(first set: {date})").format(
                    date=fmt_date(inst.due_date_original)
                )
            )
        facts.append((QCoreApplication.translate("Detail", "Current due date"), due))
    if inst.due_rule.is_recurring:
        points = store.control_points(inst.id)
        done = sum(1 for p in points if p.status == m.PointStatus.DONE)
        facts.append(
            (
                QCoreApplication.translate("Detail", "Control dates"),
                esc(
                    QCoreApplication.translate(
                        "Detail", "{done} of {n} reported and accepted"
                    ).format(done=done, n=len(points))
                ),
            )
        )
    if inst.done_date:
        facts.append(
            (QCoreApplication.translate("Detail", "Done on"), esc(fmt_date(inst.done_date)))
        )
    facts.append(
        (
            QCoreApplication.translate("Detail", "Issued"),
            esc(
                ", ".join(
                    x for x in (fmt_date(inst.issued_date), ctx.person_name(inst.issued_by_id)) if x
                )
            ),
        )
    )
    if inst.controller_id:
        facts.append(
            (
                QCoreApplication.translate("Detail", "Controller"),
                esc(ctx.person_name(inst.controller_id)),
            )
        )
    if inst.closed_note:
        facts.append(
            (
                QCoreApplication.translate("Detail", "Decision / reason"),
                paragraphs(inst.closed_note),
            )
        )
    out.append(
        "<table cellpadding='2'>"
        + "".join(
            f"<tr><td valign='top' style='padding-right:10px'><b>{esc(k)}</b></td><td>{v}</td></tr>"
            for k, v in facts
            if v
        )
        + "</table>"
    )

    out.append("<h4>{}</h4>".format(esc(QCoreApplication.translate("Detail", "History"))))
    events = ctx.services.history(inst.id, lang=ctx.lang)
    if not events:
        out.append("<p>—</p>")
    else:
        rows = "".join(
            "<tr><td valign='top' style='padding-right:8px'>{}</td><td valign='top'><b>{}</b>{}"
            "<br><small>{}</small></td></tr>".format(
                esc(fmt_timestamp(e.when)),
                esc(e.what),
                f"<br>{paragraphs(e.detail)}" if e.detail else "",
                esc(e.user),
            )
            for e in events
        )
        out.append(f"<table cellpadding='2'>{rows}</table>")
    return "\n".join(out)
