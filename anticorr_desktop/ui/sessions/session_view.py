"""A read-only view of one session: attendance with quorum, agenda, decisions,
instructions. Rendered as escaped HTML in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...domain import rules
from ..kit.common import esc, fmt_date, label, paragraphs
from ..kit.context import AppContext
from ..kit.placement import remember_geometry


def session_html(ctx: AppContext, session_id: int) -> str:
    sv = ctx.services
    rec = sv.session_record(session_id)
    s = rec.session
    lang = ctx.name_lang
    people = ctx.people()
    com = ctx.store.commission(s.commission_id)
    roles = {ms.person_id: ms.role for ms in ctx.store.roster_on(s.commission_id, s.date)}

    def who(pid: int | None, with_position: bool = True) -> str:
        p = people.get(pid) if pid else None
        if p is None:
            return ""
        pos = p.position_in(lang)
        return esc(p.short_name(lang)) + (f" — <i>{esc(pos)}</i>" if with_position and pos else "")

    out: list[str] = []
    out.append(f"<p>{esc(com.name(lang))}</p>")
    out.append(
        "<h2>{}</h2>".format(
            esc(
                QCoreApplication.translate("SessionView", "Session No. {number} of {date}").format(
                    number=s.number, date=fmt_date(s.date)
                )
            )
        )
    )
    place = s.place_kk if lang == "kk" and s.place_kk else s.place
    facts = [
        (
            QCoreApplication.translate("SessionView", "Kind"),
            esc(label(m.SESSION_KIND_LABELS[s.kind])),
        ),
        (
            QCoreApplication.translate("SessionView", "Status"),
            esc(label(m.SESSION_STATUS_LABELS[s.status])),
        ),
        (
            QCoreApplication.translate("SessionView", "Time and place"),
            esc(", ".join(x for x in (s.time, place) if x)),
        ),
        (QCoreApplication.translate("SessionView", "Chair"), who(s.chair_id)),
        (QCoreApplication.translate("SessionView", "Secretary"), who(s.secretary_id)),
    ]
    out.append(_facts(facts))

    # -- attendance and quorum
    out.append("<h3>{}</h3>".format(esc(QCoreApplication.translate("SessionView", "Attendance"))))
    q = sv.quorum(session_id)
    verdict = (
        QCoreApplication.translate("SessionView", "quorum present")
        if q.reached
        else QCoreApplication.translate("SessionView", "NO QUORUM")
    )
    out.append(
        "<p><b>{}</b></p>".format(
            esc(
                QCoreApplication.translate(
                    "SessionView",
                    "Voting members present: {present} of {total}; {required} needed: {verdict}.",
                ).format(present=q.present, total=q.total, required=q.required, verdict=verdict)
            )
        )
    )
    members = [a for a in rec.attendance if a.kind == m.AttendanceKind.MEMBER]
    present = [a for a in members if a.present]
    absent = [a for a in members if not a.present]
    invited = [a for a in rec.attendance if a.kind == m.AttendanceKind.INVITED]
    if present:
        out.append(
            "<p><b>{}</b></p>".format(esc(QCoreApplication.translate("SessionView", "Present")))
        )
        out.append(_list(who(a.person_id) + _role(roles.get(a.person_id)) for a in present))
    if invited:
        out.append(
            "<p><b>{}</b></p>".format(esc(QCoreApplication.translate("SessionView", "Invited")))
        )
        out.append(_list(who(a.person_id) for a in invited))
    if absent:
        out.append(
            "<p><b>{}</b></p>".format(esc(QCoreApplication.translate("SessionView", "Absent")))
        )
        items = []
        for a in absent:
            line = who(a.person_id, with_position=False)
            if a.absence_reason:
                line += f" ({esc(a.absence_reason)})"
            if a.substitute_id:
                line += " — " + esc(
                    QCoreApplication.translate("SessionView", "replaced by {name}").format(
                        name=ctx.person_name(a.substitute_id)
                    )
                )
            items.append(line)
        out.append(_list(items))

    # -- agenda and decisions
    out.append(
        "<h3>{}</h3>".format(esc(QCoreApplication.translate("SessionView", "Agenda and decisions")))
    )
    insts_by_decision = {i.decision_id: i for i in rec.instructions if i.decision_id}
    for item in rec.agenda:
        title = item.title_kk if lang == "kk" and item.title_kk else item.title or item.title_kk
        out.append(f"<p><b>{item.position}. {esc(title)}</b></p>")
        for kind, caption in (
            (m.SpeakerKind.HEARD, QCoreApplication.translate("SessionView", "Heard")),
            (m.SpeakerKind.SPOKE, QCoreApplication.translate("SessionView", "Spoke")),
        ):
            sp = [x for x in item.speakers if x.kind == kind]
            if sp:
                lines = []
                for x in sp:
                    name = who(x.person_id, with_position=False) if x.person_id else esc(x.name)
                    lines.append(name + (f": {esc(x.summary)}" if x.summary else ""))
                out.append("<p><i>{}:</i> {}</p>".format(esc(caption), "; ".join(lines)))
        if item.summary:
            out.append(f"<p>{paragraphs(item.summary)}</p>")
        if item.has_vote:
            out.append(
                "<p>{}</p>".format(
                    esc(
                        QCoreApplication.translate(
                            "SessionView", "Vote: for {f}, against {a}, abstained {s}."
                        ).format(f=item.vote_for, a=item.vote_against, s=item.vote_abstained)
                    )
                )
            )
        decisions = [d for d in rec.decisions if d.agenda_item_id == item.id]
        if decisions:
            out.append(
                "<p><i>{}:</i></p><ol style='list-style-type:none'>".format(
                    esc(QCoreApplication.translate("SessionView", "Decided"))
                )
            )
            for d in decisions:
                text = d.text_kk if lang == "kk" and d.text_kk else d.text or d.text_kk
                line = f"{item.position}.{d.position}. {paragraphs(text)}"
                inst = insts_by_decision.get(d.id)
                if inst is not None:
                    line += f"<br><small>{_instruction_line(ctx, inst)}</small>"
                out.append(f"<li>{line}</li>")
            out.append("</ol>")

    # -- instructions
    out.append("<h3>{}</h3>".format(esc(QCoreApplication.translate("SessionView", "Instructions"))))
    if not rec.instructions:
        out.append(
            "<p>{}</p>".format(
                esc(
                    QCoreApplication.translate(
                        "SessionView", "This session issued no instructions."
                    )
                )
            )
        )
    else:
        head = [
            QCoreApplication.translate("SessionView", "No."),
            QCoreApplication.translate("SessionView", "Instruction"),
            QCoreApplication.translate("SessionView", "Executors"),
            QCoreApplication.translate("SessionView", "Due"),
            QCoreApplication.translate("SessionView", "Status"),
        ]
        rows = []
        today = ctx.today()
        for i in rec.instructions:
            status = esc(label(m.STATUS_LABELS[i.status]))
            days = rules.days_overdue(i.status, i.due_date, today)
            if days:
                status += "<br><b style='color:#a40000'>{}</b>".format(
                    esc(
                        QCoreApplication.translate("SessionView", "overdue by {n} days").format(
                            n=days
                        )
                    )
                )
            rows.append(
                [
                    esc(i.number),
                    paragraphs(i.text),
                    "<br>".join(esc(ctx.executor_name(p)) for p in i.executors),
                    esc(fmt_date(i.due_date) or i.due_text),
                    status,
                ]
            )
        out.append(_table(head, rows))
    return "\n".join(out)


def _instruction_line(ctx: AppContext, inst: m.Instruction) -> str:
    return esc(
        QCoreApplication.translate(
            "SessionView", "Executors: {names}. Due: {due}. {status}."
        ).format(
            names=", ".join(ctx.executor_name(p) for p in inst.executors),
            due=fmt_date(inst.due_date) or inst.due_text,
            status=label(m.STATUS_LABELS[inst.status]),
        )
    )


def _role(role: m.Role | None) -> str:
    if role in (m.Role.CHAIR, m.Role.DEPUTY, m.Role.SECRETARY):
        return f" ({esc(label(m.ROLE_LABELS[role]))})"
    return ""


def _facts(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:12px'><b>{esc(k)}</b></td><td>{v}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<table>{body}</table>"


def _list(items) -> str:
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th align='left' style='padding:3px'>{esc(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td valign='top' style='padding:3px'>{c}</td>" for c in r) + "</tr>"
        for r in rows
    )
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr>{th}</tr>{body}</table>"
    )


class SessionViewDialog(QDialog):
    show_instructions = Signal(int)

    def __init__(self, ctx: AppContext, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self._stale = True
        self._geometry = remember_geometry(
            self, ctx.settings, "session_view/geometry", QSize(900, 700)
        )
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.label = ctx.store.session(session_id).label
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.tracker_button = QPushButton(self)
        self.buttons.addButton(self.tracker_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.tracker_button.clicked.connect(self._on_tracker_clicked)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(self.buttons)
        self.retranslateUi()

    def _on_tracker_clicked(self) -> None:
        self.show_instructions.emit(self.session_id)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("SessionView", "Session {label}").format(label=self.label)
        )
        self.tracker_button.setText(
            QCoreApplication.translate("SessionView", "Instructions in the tracker")
        )
        self._render()

    def _render(self) -> None:
        if self.isVisible():
            self.browser.setHtml(session_html(self.ctx, self.session_id))
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._render()
        super().showEvent(event)
