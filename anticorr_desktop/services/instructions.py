"""Instructions and their control: issue, revise, reports, extensions, closing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import model as m
from ..domain import rules
from ..domain.model import InstructionStatus as S
from ..errors import ValidationError

if TYPE_CHECKING:
    from ..domain.due import DueRule

from .base import ServiceBase, _default_until, clean_pair, clean_text, fmt


class InstructionsService(ServiceBase):
    def revise_instruction(
        self,
        inst_id: int,
        *,
        executors: Sequence[m.Executor | int] | None = None,
        controller_id: int | None = None,
        due_text: str | None = None,
    ) -> None:
        """Correct an instruction's executors, controller or due rule while its session is
        not approved and nothing has been reported on it (before that, the minutes are a
        draft; after it, a deadline moves only by an extension, which leaves a trace)."""
        from ..domain.dueparse import DueKind, effective_due

        inst = self.store.instruction(inst_id)
        if inst.session_id:
            self._editable(inst.session_id)
        if (
            self.store.reports(inst_id)
            or self.store.extensions(inst_id)
            or inst.status != S.ON_CONTROL
        ):
            raise ValidationError(
                "Instruction {number} is already being executed: change its deadline "
                "with an extension, or cancel it and issue a new one.",
                number=inst.number,
            )
        if executors is not None:
            inst.executors = self._executors(executors)
        if controller_id is not None:
            self.store.person(controller_id)
        points: list[date] | None = None
        if due_text is not None and due_text.strip() != inst.due_text:
            due_text = clean_text(due_text, "", required=False, max_len=300)  # none: no deadline
            rule = self.parse_due(due_text, inst.issued_date)
            inst.due_text, inst.due_rule = due_text, rule
            if rule.kind == DueKind.DATE:
                due = effective_due(rule, self.calendar)
                assert due is not None  # a DATE rule always has its date
                if due < inst.issued_date:
                    raise ValidationError(
                        "The due date {due} is before the instruction was issued ({issued}).",
                        due=fmt(due),
                        issued=fmt(inst.issued_date),
                    )
                inst.due_date = inst.due_date_original = due
                inst.recur_until = None
                points = []
            elif rule.kind == DueKind.RECURRING:
                from ..domain.dueparse import control_points

                inst.recur_until = inst.recur_until or _default_until(inst.issued_date)
                points = control_points(rule, inst.issued_date, inst.recur_until, self.calendar)
                if not points:
                    raise ValidationError(
                        "The schedule gives no control date before {until}. "
                        "Check the day of the month or give an end date.",
                        until=fmt(inst.recur_until),
                    )
                inst.due_date = inst.due_date_original = points[0]
            else:
                inst.due_date = inst.due_date_original = inst.recur_until = None
                points = []
        if controller_id is not None:
            inst.controller_id = controller_id
        with self.store.transaction():
            self.store.save_instruction(inst, note="revised before execution")
            if inst.session_id and inst.due_rule.kind == DueKind.NEXT_SESSION:
                self._follow_next_session(self.store.session(inst.session_id).commission_id)
            if points is not None:
                for p in self.store.control_points(inst_id):
                    self.store.delete_control_point(p.id)
                for d in points:
                    self.store.save_control_point(m.ControlPoint(inst.id, d, d, uid=m.new_uid()))

    # -- instructions ------------------------------------------------------------------
    def parse_due(self, text: str, base: date, default_day: int | None = None) -> DueRule:
        """The typed deadline read as a DueRule (the commission's default day for a
        schedule written without one, unless ``default_day`` is given)."""
        from ..domain.dueparse import parse_due

        day = default_day or self.due_default_day()
        return parse_due(text, base, self.calendar, default_day=day)

    def describe_due(
        self, text: str, issued: date, lang: str, default_day: int | None = None
    ) -> dict[str, Any]:
        """How a typed deadline is read (``anticorr due`` and the window's preview): text,
        kind, due_date, time, control_points within a year, printed {ru, kk}."""
        from ..domain.dueparse import describe_due

        day = default_day or self.due_default_day()
        return describe_due(text, issued, lang, self.calendar, day)

    def preview_due(self, text: str, base: date) -> tuple[object, date | None, list[date]]:
        """(rule, effective first due date, control points) for a typed due rule."""
        from ..domain.dueparse import DueKind, control_points, effective_due

        rule = self.parse_due(text, base)
        if rule.kind == DueKind.DATE:
            return rule, effective_due(rule, self.calendar), []
        if rule.kind == DueKind.RECURRING:
            pts = control_points(rule, base, _default_until(base), self.calendar)
            return rule, (pts[0] if pts else None), pts
        return rule, None, []

    def issue_instruction(
        self,
        *,
        text: str,
        executors: Sequence[m.Executor | int],
        due_text: str,
        session_id: int | None = None,
        decision_id: int | None = None,
        issued_date: date | None = None,
        issued_by_id: int | None = None,
        controller_id: int | None = None,
        number: str = "",
        text_kk: str = "",
        recur_until: date | None = None,
        uid: str | None = None,
    ) -> m.Instruction:
        from ..domain.dueparse import DueKind, control_points, effective_due

        session = None
        if decision_id is not None:
            d = self.store.decision(decision_id)
            if self.store.instruction_of_decision(decision_id) is not None:
                raise ValidationError(
                    "This decision already has its instruction; add another decision "
                    "for a further instruction."
                )
            item = self.store.agenda_item(d.agenda_item_id)
            if session_id is not None and session_id != item.session_id:
                raise ValidationError(
                    "The decision belongs to another session; pick a decision of this one."
                )
            session_id = item.session_id
            number = number or rules.instruction_number(item.position, d.position)
        if session_id is not None:
            session = self._editable(session_id)
            issued_date = issued_date or session.date
            com = self.store.commission(session.commission_id)
            issued_by_id = issued_by_id or session.chair_id
            controller_id = controller_id or com.controller_id
        if issued_date is None:
            issued_date = self.today()
        text, text_kk = clean_pair(text, text_kk, self.t("Instruction text"))
        executors = self._executors(executors)
        due_text = clean_text(due_text, "", required=False, max_len=300)  # none: no deadline
        rule = self.parse_due(due_text, issued_date)
        inst = m.Instruction(
            text=text,
            executors=executors,
            due_text=due_text,
            due_rule=rule,
            issued_date=issued_date,
            session_id=session_id,
            decision_id=decision_id,
            number=number.strip(),
            text_kk=text_kk,
            issued_by_id=issued_by_id,
            controller_id=controller_id,
        )
        if uid:
            inst.uid = uid
        points: list[date] = []
        if rule.kind == DueKind.DATE:
            due = effective_due(rule, self.calendar)
            assert due is not None  # a DATE rule always has its date
            if due < issued_date:
                raise ValidationError(
                    "The due date {due} is before the instruction was issued ({issued}).",
                    due=fmt(due),
                    issued=fmt(issued_date),
                )
            inst.due_date = inst.due_date_original = due
        elif rule.kind == DueKind.RECURRING:
            inst.recur_until = recur_until or _default_until(issued_date)
            points = control_points(rule, issued_date, inst.recur_until, self.calendar)
            if not points:
                raise ValidationError(
                    "The schedule gives no control date before {until}. "
                    "Check the day of the month or give an end date.",
                    until=fmt(inst.recur_until),
                )
            inst.due_date = inst.due_date_original = points[0]
        with self.store.transaction():
            self.store.save_instruction(inst)
            for n, p in enumerate(points, 1):
                self.store.save_control_point(m.ControlPoint(inst.id, p, p, uid=f"{inst.uid}/p{n}"))
            if rule.kind == DueKind.NEXT_SESSION and session is not None:
                self._follow_next_session(session.commission_id)
                inst.due_date = inst.due_date_original = self.store.instruction(inst.id).due_date
        return inst

    # -- deadlines that wait for something ------------------------------------------------
    def _follow_next_session(self, commission_id: int, moved: bool = False) -> None:
        """Within a transaction: each open instruction of the commission due "by the next
        session" falls due on the date of the commission's first session after the one
        that issued it; with none scheduled it stays open without a date. Called when a
        session is scheduled, moved or its instructions issued: a moved session moves
        their due date (journalled, with its reason)."""
        sessions = self.store.session_dates(commission_id)
        for r in self.store.open_next_session_items(commission_id):
            issued_at = (date.fromisoformat(r["session_date"]), r["session_number"])
            nxt = next((d for d, n in sessions if (d, n) > issued_at), None)
            due = nxt.isoformat() if nxt else None
            if due == r["due_date"]:
                continue
            changes: dict[str, object] = {"due_date": due}
            if r["due_date_original"] is None:
                changes["due_date_original"] = due
            # the reason, in the journal and the history: a session moved, or scheduled
            # (also one that comes before the next one known so far)
            note = (
                "the next session was cancelled"
                if due is None
                else "the next session was moved"
                if moved and r["due_date"] is not None
                else "the next session was scheduled"
            )
            self.store.set_instruction_fields(r["id"], changes, note)

    def record_event(self, inst_id: int, event_date: date) -> date:
        """ "Событие наступило ДАТА": the event an event-driven deadline waits for occurred
        on ``event_date``; the due date follows by the phrase's offset (working days by
        the calendar; a date on a day off moves as every deadline does). Recorded again,
        it corrects the date (journalled). Returns the due date."""
        from ..domain.dueparse import DueKind, due_after_event

        inst = self.store.instruction(inst_id)
        if inst.due_rule.kind != DueKind.EVENT or inst.due_rule.offset is None:
            raise ValidationError(
                "Instruction {number}'s deadline does not count from an event "
                '("{due}"); nothing to compute.',
                number=inst.number or inst.id,
                due=inst.due_text,
            )
        if not inst.is_open:
            raise ValidationError(
                "Instruction {number} is no longer on control.", number=inst.number or inst.id
            )
        if event_date < inst.issued_date:
            raise ValidationError(
                "The event's date {date} is before the instruction was issued ({issued}).",
                date=fmt(event_date),
                issued=fmt(inst.issued_date),
            )
        if event_date > self.today():
            raise ValidationError(
                "The event's date {date} is in the future; record it once it has happened.",
                date=fmt(event_date),
            )
        due = due_after_event(inst.due_rule, event_date, self.calendar)
        assert due is not None  # an EVENT rule with an offset
        due = self.calendar.shift(due)
        changes: dict[str, object] = {"event_date": event_date, "due_date": due}
        if inst.due_date_original is None:
            changes["due_date_original"] = due
        with self.store.transaction():
            self.store.set_instruction_fields(inst_id, changes, "the event occurred")
        return due

    def update_instruction_text(self, inst_id: int, text: str, text_kk: str = "") -> None:
        inst = self.store.instruction(inst_id)
        if inst.session_id:
            self._editable(inst.session_id)
        text, text_kk = clean_pair(text, text_kk, self.t("Instruction text"))
        with self.store.transaction():
            self.store.set_instruction_fields(inst_id, {"text": text, "text_kk": text_kk})

    def _is_periodic(self, inst: m.Instruction) -> bool:
        return inst.due_rule.is_periodic

    def _check(self, action: rules.Action, inst: m.Instruction) -> None:
        rules.check_action(
            action, inst.status, self.status_label(inst.status), self._is_periodic(inst)
        )

    def _owing_points(self, inst_id: int) -> list[m.ControlPoint]:
        """Control points whose report is still owed (open, or returned for rework), by date."""
        return [
            p
            for p in self.store.control_points(inst_id)
            if p.status in (m.PointStatus.OPEN, m.PointStatus.REWORK)
        ]

    def _sync_recurring(self, inst_id: int) -> None:
        """A recurring instruction mirrors its control points: its due date is the first
        date still owed, so a missed date is overdue whatever happens to an earlier one's
        report; it is "report received" only when nothing is owed and a report waits."""
        points = self.store.control_points(inst_id)
        owing = [p for p in points if p.status in (m.PointStatus.OPEN, m.PointStatus.REWORK)]
        if all(p.status == m.PointStatus.DONE for p in points):
            last = points[-1] if points else None
            changes = {"status": S.DONE, "done_date": last.done_date if last else None}
        elif owing:
            changes = {
                "status": S.REWORK if owing[0].status == m.PointStatus.REWORK else S.ON_CONTROL,
                "due_date": owing[0].due_date,
            }
        else:
            waiting = [p for p in points if p.status == m.PointStatus.REPORTED]
            changes = {"status": S.REPORTED, "due_date": waiting[0].due_date}
        self.store.set_instruction_fields(inst_id, changes)

    def register_report(
        self,
        inst_id: int,
        *,
        received: date,
        text: str,
        outgoing_number: str = "",
        from_person_id: int | None = None,
        uid: str | None = None,
    ) -> m.Report:
        """A report received. For a recurring instruction it covers the first control date
        still owed."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.REPORT, inst)
        if received < inst.issued_date:
            raise ValidationError(
                "The report date {date} is before the instruction was issued ({issued}).",
                date=fmt(received),
                issued=fmt(inst.issued_date),
            )
        if received > self.today():
            raise ValidationError("The report date {date} is in the future.", date=fmt(received))
        rep = m.Report(
            inst_id,
            received,
            clean_text(text, self.t("Report text")),
            clean_text(outgoing_number, "", required=False, max_len=100),
            from_person_id or inst.main_executor_id,
        )
        if uid:
            rep.uid = uid
        recurring = inst.due_rule.is_recurring
        point = None
        if recurring:
            owing = self._owing_points(inst_id)
            if not owing:
                raise ValidationError(
                    "Every control date already has its report; accept or return the "
                    "reports awaiting a decision first."
                )
            point = owing[0]
        with self.store.transaction():
            if point is not None:
                rep.control_point_id = point.id
                point.status = m.PointStatus.REPORTED
                self.store.save_control_point(point)
            self.store.save_report(rep)
            if recurring:
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"status": S.REPORTED})
        return rep

    def _pending_reports(self, inst: m.Instruction) -> list[m.Report]:
        """The reports awaiting a decision; for a recurring instruction the one of the
        earliest control date (reports of later dates wait their turn)."""
        pending = [r for r in self.store.reports(inst.id) if r.outcome == m.ReportOutcome.PENDING]
        if not pending:
            raise ValidationError(
                "There is no report awaiting a decision. Register the executor's report first."
            )
        if inst.due_rule.is_recurring:
            due: dict[int | None, date] = {
                p.id: p.due_date for p in self.store.control_points(inst.id)
            }
            first = min(pending, key=lambda r: (due.get(r.control_point_id, date.max), r.received))
            return [first]
        return pending

    def accept_report(self, inst_id: int, on: date | None = None, note: str = "") -> None:
        """Accept the pending report(s): the instruction (or its control point) is
        done as of the day the latest report was received. An ongoing instruction
        stays on control until the commission takes it off."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.ACCEPT, inst)
        pending = self._pending_reports(inst)
        rep = pending[-1]
        on = on or self.today()
        if on < rep.received:
            raise ValidationError(
                "The decision date {date} is before the report was received ({received}).",
                date=fmt(on),
                received=fmt(rep.received),
            )
        note = clean_text(note, "", required=False)
        with self.store.transaction():
            for r in pending:
                r.outcome, r.outcome_date, r.outcome_note = m.ReportOutcome.ACCEPTED, on, note
                self.store.save_report(r)
            if inst.due_rule.is_recurring and rep.control_point_id:
                point = next(
                    p for p in self.store.control_points(inst_id) if p.id == rep.control_point_id
                )
                point.status, point.done_date = m.PointStatus.DONE, rep.received
                self.store.save_control_point(point)
                self._sync_recurring(inst_id)
            elif inst.due_rule.is_periodic:  # ongoing: stays on control until taken off
                self.store.set_instruction_fields(inst_id, {"status": S.ON_CONTROL})
            else:
                self.store.set_instruction_fields(
                    inst_id, {"status": S.DONE, "done_date": rep.received}
                )

    def return_report(self, inst_id: int, reason: str, on: date | None = None) -> None:
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.RETURN, inst)
        pending = self._pending_reports(inst)
        reason = clean_text(reason, self.t("Reason for rework"))
        if on is not None and on < pending[-1].received:
            raise ValidationError(
                "The decision date {date} is before the report was received ({received}).",
                date=fmt(on),
                received=fmt(pending[-1].received),
            )
        with self.store.transaction():
            for r in pending:
                r.outcome, r.outcome_date, r.outcome_note = (
                    m.ReportOutcome.RETURNED,
                    on or self.today(),
                    reason,
                )
                self.store.save_report(r)
                if r.control_point_id:
                    point = next(
                        p for p in self.store.control_points(inst_id) if p.id == r.control_point_id
                    )
                    point.status = m.PointStatus.REWORK
                    self.store.save_control_point(point)
            if inst.due_rule.is_recurring:
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"status": S.REWORK})

    def extend(
        self,
        inst_id: int,
        new_date: date,
        reason: str,
        decided_by: str,
        decided_on: date | None = None,
        uid: str | None = None,
    ) -> m.Extension:
        """Move the deadline later; the old date stays in the history."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.EXTEND, inst)
        reason = clean_text(reason, self.t("Reason for the extension"), max_len=2000)
        decided_by = clean_text(decided_by, self.t("Who decided"), max_len=500)
        new_date = self.calendar.shift(new_date)  # a deadline never falls on a day off
        rules.check_extension(inst.due_date, new_date, reason)
        assert inst.due_date is not None  # check_extension refuses an instruction without one
        owing = self._owing_points(inst_id) if inst.due_rule.is_recurring else []
        point = owing[0] if owing else None
        if point is not None:
            later = [
                p
                for p in self.store.control_points(inst_id)
                if p.status != m.PointStatus.DONE
                and p.id != point.id
                and p.due_date > point.due_date
            ]
            if later and self.calendar.shift(new_date) >= later[0].due_date:
                raise ValidationError(
                    "A control date can be moved only to before the next one ({next}); "
                    "the next report is due then anyway.",
                    next=fmt(later[0].due_date),
                )
        ext = m.Extension(
            inst_id,
            inst.due_date,
            new_date,
            reason,
            decided_by,
            decided_on or self.today(),
            point.id if point else None,
        )
        if uid:
            ext.uid = uid
        with self.store.transaction():
            self.store.save_extension(ext)
            if point is not None:
                point.due_date = new_date
                self.store.save_control_point(point)
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(inst_id, {"due_date": new_date})
        return ext

    def cancel(self, inst_id: int, reason: str, on: date | None = None) -> None:
        """Cancel with a reason; what was overdue before ``on`` stays overdue in the reports."""
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.CANCEL, inst)
        reason = clean_text(reason, self.t("Reason for cancelling"), max_len=2000)
        with self.store.transaction():
            self.store.set_instruction_fields(
                inst_id,
                {"status": S.CANCELLED, "closed_note": reason, "closed_on": on or self.today()},
            )

    def take_off_control(self, inst_id: int, decision: str = "", on: date | None = None) -> None:
        inst = self.store.instruction(inst_id)
        self._check(rules.Action.OFF_CONTROL, inst)
        changes: dict[str, Any] = {
            "status": S.OFF_CONTROL,
            "closed_on": on or self.today(),
            # the basis (the commission's or the chair's decision) is part of the record
            "closed_note": clean_text(
                decision, self.t("Basis for taking off control"), max_len=2000
            ),
        }
        if inst.done_date is None and self._is_periodic(inst):
            changes["done_date"] = on or self.today()
        with self.store.transaction():
            self.store.set_instruction_fields(inst_id, changes)

    def put_back_on_control(self, inst_id: int, reason: str, on: date | None = None) -> None:
        """Undo "taken off control" (back to where it stood: done, or on control for an
        ongoing or recurring one) or "done" (the accepted report is returned for rework
        with this reason: the work is owed again). The reason is journalled."""
        inst = self.store.instruction(inst_id)
        rules.check_action(
            rules.Action.BACK_ON_CONTROL, inst.status, self.status_label(inst.status)
        )
        reason = clean_text(reason, self.t("Reason for putting back on control"), max_len=2000)
        day = on or self.today()
        note = reason  # the journal's note of the change: the history shows it
        recurring = inst.due_rule.is_recurring
        with self.store.transaction():
            if inst.status == S.OFF_CONTROL:
                changes: dict[str, Any] = {"closed_on": None, "closed_note": ""}
                if self._is_periodic(inst):
                    changes["done_date"] = None
                    changes["status"] = S.ON_CONTROL
                else:
                    changes["status"] = S.DONE  # taken off control from done
                self.store.set_instruction_fields(inst_id, changes, note)
                if recurring:
                    self._sync_recurring(inst_id)
                return
            # done: its last accepted report goes back for rework
            accepted = [
                r for r in self.store.reports(inst_id) if r.outcome == m.ReportOutcome.ACCEPTED
            ]
            last = max(accepted, key=lambda r: (r.outcome_date or r.received, r.id), default=None)
            if last is not None:
                last.outcome, last.outcome_date, last.outcome_note = (
                    m.ReportOutcome.RETURNED,
                    day,
                    reason,
                )
                self.store.save_report(last, note=note)
                if last.control_point_id is not None:
                    point = next(
                        p
                        for p in self.store.control_points(inst_id)
                        if p.id == last.control_point_id
                    )
                    point.status, point.done_date = m.PointStatus.REWORK, None
                    self.store.save_control_point(point, note=note)
            if recurring:
                self.store.set_instruction_fields(inst_id, {"done_date": None}, note)
                self._sync_recurring(inst_id)
            else:
                self.store.set_instruction_fields(
                    inst_id, {"status": S.REWORK, "done_date": None}, note
                )

    def bulk(self, action: Callable[[int], None], ids: Sequence[int]) -> None:
        """Apply one action to several instructions in one transaction."""
        with self.store.transaction():
            for i in ids:
                action(i)
