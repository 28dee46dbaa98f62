"""The directory: people, organisations, commission rosters, with buttons to edit them
(the forms are in ``directory_edit``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...i18n import QT_TRANSLATE_NOOP
from ..kit.common import ReloadingView, fmt_date, hrow, label
from ..kit.context import AppContext
from ..kit.records_model import Column, RecordsModel

# The core has no labels for organisation kinds yet; these are the window's.
ORG_KIND_LABELS = {
    m.OrgKind.AKIM_APPARATUS: QT_TRANSLATE_NOOP("Directory", "Akim's apparatus"),
    m.OrgKind.DISTRICT_AKIMAT: QT_TRANSLATE_NOOP("Directory", "District akimat"),
    m.OrgKind.CITY_DEPARTMENT: QT_TRANSLATE_NOOP("Directory", "City department"),
    m.OrgKind.QUASI_STATE: QT_TRANSLATE_NOOP("Directory", "Quasi-state organisation"),
    m.OrgKind.AGENCY: QT_TRANSLATE_NOOP("Directory", "Anti-Corruption Agency"),
    m.OrgKind.OTHER: QT_TRANSLATE_NOOP("Directory", "Other"),
    m.OrgKind.GROUP: QT_TRANSLATE_NOOP("Directory", "Group of organisations"),
}


@dataclass
class PersonRow:
    person: m.Person
    organisation: str
    lang: str

    @property
    def id(self) -> int:
        return self.person.id


class DirectoryPeopleModel(RecordsModel):
    context = "Directory"
    COL_NAME, COL_POSITION, COL_ORGANISATION = range(3)
    columns = (
        Column(QT_TRANSLATE_NOOP("Directory", "Name"), lambda r: r.person.full_name(r.lang)),
        Column(QT_TRANSLATE_NOOP("Directory", "Position"), lambda r: r.person.position_in(r.lang)),
        Column(QT_TRANSLATE_NOOP("Directory", "Organisation"), lambda r: r.organisation),
    )

    def load(self, ctx: AppContext) -> None:
        lang = ctx.name_lang
        orgs = {o.id: o.short(lang) for o in ctx.store.organisations()}
        rows = [PersonRow(p, orgs.get(p.organisation_id, ""), lang) for p in ctx.store.people()]
        rows.sort(key=lambda r: kazakh_key(r.person.full_name(lang)))
        self.set_records(rows)

    def tooltip(self, r: PersonRow, column: int) -> str | None:
        return r.person.position_in(r.lang) or None


@dataclass
class OrgRow:
    org: m.Organisation
    lang: str

    @property
    def id(self) -> int:
        return self.org.id


class OrganisationsModel(RecordsModel):
    context = "Directory"
    COL_SHORT, COL_FULL, COL_KIND = range(3)
    columns = (
        Column(QT_TRANSLATE_NOOP("Directory", "Short name"), lambda r: r.org.short(r.lang)),
        Column(QT_TRANSLATE_NOOP("Directory", "Full name"), lambda r: r.org.full(r.lang)),
        Column(
            QT_TRANSLATE_NOOP("Directory", "Kind"),
            lambda r: QCoreApplication.translate("Directory", ORG_KIND_LABELS[r.org.kind]),
        ),
    )

    def load(self, ctx: AppContext) -> None:
        self.set_records([OrgRow(o, ctx.name_lang) for o in ctx.store.organisations()])


@dataclass
class MemberRow:
    membership: m.Membership
    name: str
    position: str

    @property
    def id(self) -> int:
        return self.membership.id


_ROLE_ORDER = {m.Role.CHAIR: 0, m.Role.DEPUTY: 1, m.Role.SECRETARY: 2, m.Role.MEMBER: 3}


class RosterModel(RecordsModel):
    context = "Directory"
    COL_NAME, COL_ROLE, COL_VOTING, COL_FROM, COL_TO, COL_POSITION = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("Directory", "Member"), lambda r: r.name),
        Column(
            QT_TRANSLATE_NOOP("Directory", "Role"),
            lambda r: label(m.ROLE_LABELS[r.membership.role]),
            key=lambda r: _ROLE_ORDER[r.membership.role],
        ),
        Column(
            QT_TRANSLATE_NOOP("Directory", "Votes"),
            lambda r: (
                QCoreApplication.translate("Directory", "yes")
                if r.membership.voting
                else QCoreApplication.translate("Directory", "no")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Directory", "From"),
            lambda r: fmt_date(r.membership.date_from),
            key=lambda r: r.membership.date_from,
        ),
        Column(
            QT_TRANSLATE_NOOP("Directory", "Until"),
            lambda r: fmt_date(r.membership.date_to),
            key=lambda r: r.membership.date_to,
        ),
        Column(QT_TRANSLATE_NOOP("Directory", "Position"), lambda r: r.position),
    )

    def load(self, ctx: AppContext, commission_id: int | None) -> None:
        if commission_id is None:
            self.set_records([])
            return
        people = ctx.people()
        rows = []
        for ms in ctx.store.memberships(commission_id):
            p = people.get(ms.person_id)
            rows.append(
                MemberRow(
                    ms,
                    p.full_name(ctx.name_lang) if p else "",
                    p.position_in(ctx.name_lang) if p else "",
                )
            )
        rows.sort(key=lambda r: (_ROLE_ORDER[r.membership.role], kazakh_key(r.name)))
        self.set_records(rows)


SIZE_SAMPLE_ROWS = 200  # rows measured for a column's width (all 2,000 people took 0.2 s)


def fit_columns(table: QTableView, widest: int = 420) -> None:
    """Every column but the last (which stretches) as wide as its contents, within reason."""
    table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    for col in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(col)
        table.setColumnWidth(col, min(table.columnWidth(col) + 8, widest))


def _table(model: RecordsModel, parent: QWidget) -> QTableView:
    v = QTableView(parent)
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.setSortingEnabled(True)
    v.sortByColumn(
        -1, Qt.SortOrder.AscendingOrder
    )  # the model's own order until a header is clicked
    v.setWordWrap(False)
    v.verticalHeader().hide()
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    v.horizontalHeader().setStretchLastSection(True)
    return v


def _page(page: QWidget, table: QTableView, *buttons: QPushButton) -> None:
    box = QVBoxLayout(page)
    box.addWidget(table, 1)
    box.addLayout(hrow(*buttons))


class DirectoryView(ReloadingView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self.people_model = DirectoryPeopleModel(self)
        self.orgs_model = OrganisationsModel(self)
        self.roster_model = RosterModel(self)
        self.tabs = QTabWidget(self)
        people_page = QWidget(self)
        self.people_table = _table(self.people_model, people_page)
        self.add_person_button = QPushButton(people_page)
        self.edit_person_button = QPushButton(people_page)
        _page(people_page, self.people_table, self.add_person_button, self.edit_person_button)
        orgs_page = QWidget(self)
        self.orgs_table = _table(self.orgs_model, orgs_page)
        self.add_org_button = QPushButton(orgs_page)
        self.edit_org_button = QPushButton(orgs_page)
        _page(orgs_page, self.orgs_table, self.add_org_button, self.edit_org_button)
        roster_page = QWidget(self)
        self.commission = QComboBox(roster_page)
        self.commission_label = QLabel(roster_page)
        self.commission_label.setBuddy(self.commission)
        self.quorum = QLabel(roster_page)
        self.roster_table = _table(self.roster_model, roster_page)
        self.add_member_button = QPushButton(roster_page)
        self.end_member_button = QPushButton(roster_page)
        top = QHBoxLayout()
        top.addWidget(self.commission_label)
        top.addWidget(self.commission, 1)
        rbox = QVBoxLayout(roster_page)
        rbox.addLayout(top)
        rbox.addWidget(self.quorum)
        rbox.addWidget(self.roster_table, 1)
        rbox.addLayout(hrow(self.add_member_button, self.end_member_button))
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(orgs_page, "")
        self.tabs.addTab(roster_page, "")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.hint)
        from .directory_edit import DirectoryEditor  # it imports this module

        self.editor = DirectoryEditor(ctx, self)
        self.add_person_button.clicked.connect(self.editor.add_person)
        self.edit_person_button.clicked.connect(self._on_edit_person)
        self.people_table.doubleClicked.connect(self._on_edit_person)
        self.add_org_button.clicked.connect(self.editor.add_organisation)
        self.edit_org_button.clicked.connect(self._on_edit_organisation)
        self.orgs_table.doubleClicked.connect(self._on_edit_organisation)
        self.add_member_button.clicked.connect(self._on_add_member)
        self.end_member_button.clicked.connect(self._on_end_membership)
        for table in (self.people_table, self.orgs_table, self.roster_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.commission.currentIndexChanged.connect(self._on_commission_changed)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslateUi()
        self.reload()

    def reload(self) -> None:
        self.people_model.load(self.ctx)
        self.orgs_model.load(self.ctx)
        keep = self.commission.currentData()
        self.commission.blockSignals(True)
        self.commission.clear()
        for c in self.ctx.store.commissions():
            self.commission.addItem(c.name(self.ctx.name_lang), c.id)
        n = self.commission.findData(keep)
        self.commission.setCurrentIndex(max(n, 0))
        self.commission.blockSignals(False)
        self._on_commission_changed()
        for table in (self.people_table, self.orgs_table, self.roster_table):
            fit_columns(table)
        self._dirty = False
        self._update_buttons()

    # -- editing ------------------------------------------------------------------------------
    @staticmethod
    def _selected(table: QTableView):
        rows = table.selectionModel().selectedRows()
        return table.model().record(rows[0].row()) if rows else None

    def select_record(self, table: QTableView, record_id: int) -> bool:
        model = table.model()
        for row in range(model.rowCount()):
            if model.record(row).id == record_id:
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        self.edit_person_button.setEnabled(self._selected(self.people_table) is not None)
        self.edit_org_button.setEnabled(self._selected(self.orgs_table) is not None)
        self.add_member_button.setEnabled(self.commission.currentData() is not None)
        member = self._selected(self.roster_table)
        self.end_member_button.setEnabled(member is not None and member.membership.date_to is None)

    def _on_edit_person(self, *_args) -> None:
        row = self._selected(self.people_table)
        if row is not None:
            self.editor.edit_person(row.person.id)

    def _on_edit_organisation(self, *_args) -> None:
        row = self._selected(self.orgs_table)
        if row is not None:
            self.editor.edit_organisation(row.org.id)

    def _on_add_member(self) -> None:
        cid = self.commission.currentData()
        if cid is not None:
            self.editor.add_member(cid)

    def _on_end_membership(self) -> None:
        row = self._selected(self.roster_table)
        if row is not None and row.membership.date_to is None:
            self.editor.end_membership(row.membership)

    def _on_commission_changed(self, *_args) -> None:
        cid = self.commission.currentData()
        self.roster_model.load(self.ctx, cid)
        self._update_buttons()
        if cid is None:
            self.quorum.setText(
                QCoreApplication.translate("Directory", "No commission is set up yet.")
            )
            return
        c = self.ctx.store.commission(cid)
        q = c.quorum
        text = (
            QCoreApplication.translate(
                "Directory", "Quorum: more than {n}/{d} of the voting members"
            )
            if q.strict
            else QCoreApplication.translate(
                "Directory", "Quorum: at least {n}/{d} of the voting members"
            )
        )
        self.quorum.setText(text.format(n=q.numerator, d=q.denominator))

    def retranslateUi(self) -> None:
        self.tabs.setTabText(0, QCoreApplication.translate("Directory", "People"))
        self.tabs.setTabText(1, QCoreApplication.translate("Directory", "Organisations"))
        self.tabs.setTabText(2, QCoreApplication.translate("Directory", "Commissions"))
        self.commission_label.setText(QCoreApplication.translate("Directory", "Commission:"))
        self.add_person_button.setText(QCoreApplication.translate("Directory", "Add a person…"))
        self.edit_person_button.setText(QCoreApplication.translate("Directory", "Edit…"))
        self.add_org_button.setText(QCoreApplication.translate("Directory", "Add an organisation…"))
        self.edit_org_button.setText(QCoreApplication.translate("Directory", "Edit…"))
        self.add_member_button.setText(QCoreApplication.translate("Directory", "Add a member…"))
        self.end_member_button.setText(
            QCoreApplication.translate("Directory", "End the membership…")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "Directory",
                "Double-click a person or an organisation to edit it. Names are shown "
                "in Kazakh when the interface is Kazakh. The commission's names, officers "
                "and quorum are in Settings.",
            )
        )
        self._on_data_changed(
            None
        )  # names follow the language; a hidden view reads them when shown
