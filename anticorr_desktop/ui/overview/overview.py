"""The overview: the figures a secretary reports at each session. Every figure
is a button that opens the tracker with the matching filter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain import rules
from ...services.listing import STATUS_DONE_LATE, STATUS_OPEN, TrackerQuery, count_ids
from ..kit.common import (
    BAND_COLOURS,
    DUE_SOON_WORKING_DAYS,
    ReloadingView,
    band_label,
    fmt_date,
)
from ..kit.context import AppContext


class FigureButton(QPushButton):
    """A big number over its caption; the whole tile is one button."""

    def __init__(
        self,
        query: TrackerQuery,
        icon: QStyle.StandardPixmap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.query = query
        self.figure: int | None = None
        self.value = QLabel(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        for lab in (self.value, self.caption):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        top = QHBoxLayout()
        top.addStretch(1)
        if icon is not None:  # the same marks as the tracker's rows: not colour alone
            mark = QLabel(self)
            mark.setPixmap(self.style().standardIcon(icon).pixmap(24, 24))
            mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            top.addWidget(mark)
        top.addWidget(self.value)
        top.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.caption)
        self.setMinimumSize(QSize(150, 110))  # four in a row fit 1024 px (1280 at 125 %)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figure(self, value: int | None, caption: str) -> None:
        """``None``: still counting."""
        self.figure = value
        shown = "…" if value is None else str(value)
        self.value.setText(shown)
        self.caption.setText(caption)
        self.setAccessibleName(f"{shown} {caption}")
        self.setToolTip(QCoreApplication.translate("Overview", "Open these in the tracker"))


def _swatch(colour: QColor) -> QIcon:
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setBrush(colour)
    p.setPen(colour.darker(140))
    p.drawRoundedRect(1, 1, 14, 14, 3, 3)
    p.end()
    return QIcon(pm)


DISCIPLINE_ROWS = 15


class OverviewView(ReloadingView):
    open_tracker = Signal(object)  # TrackerQuery

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.figures = {
            "open": FigureButton(TrackerQuery(status=STATUS_OPEN), None, self),
            "overdue": FigureButton(
                TrackerQuery(overdue=True), QStyle.StandardPixmap.SP_MessageBoxWarning, self
            ),
            "due_soon": FigureButton(
                TrackerQuery(due_soon=True), QStyle.StandardPixmap.SP_MessageBoxInformation, self
            ),
            "done_late": FigureButton(TrackerQuery(status=STATUS_DONE_LATE), None, self),
        }
        row = QHBoxLayout()
        for b in self.figures.values():
            b.clicked.connect(lambda _c=False, b=b: self.open_tracker.emit(b.query))
            row.addWidget(b)
        self.discipline_title = QLabel(self)
        self.discipline_hint = QLabel(self)
        self.discipline_hint.setWordWrap(True)
        self.discipline_box = QWidget()
        self.discipline_grid = QGridLayout(self.discipline_box)
        self.discipline_grid.setHorizontalSpacing(24)
        self.discipline_grid.setColumnStretch(6, 1)
        self._discipline_widgets: list[QWidget] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.discipline_box)
        self.discipline_buttons: list[QPushButton] = []
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addLayout(row)
        box.addSpacing(12)
        box.addWidget(self.discipline_title)
        box.addWidget(self.discipline_hint)
        box.addWidget(scroll, 1)
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        """Count the figures and the discipline table off the UI thread (over years of
        instructions that takes a moment); the window is usable meanwhile."""
        ctx = self.ctx
        today = ctx.today()
        soon = ctx.due_soon_until(today)
        coms = ctx.store.commissions()
        names = "<br>".join(c.name(ctx.name_lang) for c in coms)
        self.title.setText(
            "<h2>{}</h2>{}".format(
                QCoreApplication.translate("Overview", "Overview as of {date}").format(
                    date=fmt_date(today)
                ),
                names,
            )
        )
        captions = self._captions(today, soon)
        for key, b in self.figures.items():
            if b.figure is None:  # the first time: a place holder until the count arrives
                b.set_figure(None, captions[key])
        queries = {key: b.query for key, b in self.figures.items()}
        self.discipline_title.setText(
            "<h3>{}</h3>".format(
                QCoreApplication.translate("Overview", "Executive discipline in {year}").format(
                    year=today.year
                )
            )
        )
        self.discipline_hint.setText(
            QCoreApplication.translate(
                "Overview",
                "On time × 100 / (on time + late + still overdue), over instructions and control "
                "dates due this year, by main executor. Up to 50% is poor, up to 75% needs "
                "attention, above is good.",
            )
        )

        def work(sv) -> tuple[dict[str, int], list]:
            counts = {key: count_ids(sv.store, q, today, soon) for key, q in queries.items()}
            stats = sv.discipline(date(today.year, 1, 1), date(today.year, 12, 31), as_of=today)
            return counts, stats

        self._dirty = False
        ctx.lane.submit(
            ("overview", id(self)), work, lambda r: self._fill(today, soon, *r), owner=self
        )

    @staticmethod
    def _captions(today: date, soon: date) -> dict[str, str]:
        return {
            "open": QCoreApplication.translate("Overview", "open instructions"),
            "overdue": QCoreApplication.translate("Overview", "overdue now"),
            "due_soon": QCoreApplication.translate(
                "Overview", "due within {n} working days (by {date})"
            ).format(n=DUE_SOON_WORKING_DAYS, date=fmt_date(soon)),
            "done_late": QCoreApplication.translate("Overview", "done late in {year}").format(
                year=today.year
            ),
        }

    def _fill(self, today: date, soon: date, counts: dict[str, int], stats: list) -> None:
        captions = self._captions(today, soon)
        for key, b in self.figures.items():
            b.set_figure(counts[key], captions[key])
        self._fill_discipline(today, stats)

    def _fill_discipline(self, today: date, stats: list) -> None:
        for w in self._discipline_widgets:
            self.discipline_grid.removeWidget(w)
            w.deleteLater()
        self._discipline_widgets = []
        self.discipline_buttons = []
        if not stats:
            self._add_cell(
                QLabel(QCoreApplication.translate("Overview", "Nothing was due this year yet.")),
                0,
                0,
            )
            self.discipline_grid.setRowStretch(1, 1)  # keep the line at the top
            return
        heads = (
            QCoreApplication.translate("Overview", "Main executor"),
            QCoreApplication.translate("Overview", "Discipline"),
            "",
            QCoreApplication.translate("Overview", "On time"),
            QCoreApplication.translate("Overview", "Late"),
            QCoreApplication.translate("Overview", "Overdue"),
        )
        for col, text in enumerate(heads):
            self._add_cell(QLabel(f"<b>{text}</b>"), 0, col)
        tip = QCoreApplication.translate(
            "Overview", "Open this executor's instructions in the tracker"
        )
        for row in range(self.discipline_grid.rowCount()):  # from an earlier fill
            self.discipline_grid.setRowStretch(row, 0)
        shown = stats[:DISCIPLINE_ROWS]  # the weakest first; the report has everyone
        for n, st in enumerate(shown, 1):
            band = rules.band(st.percent)
            pct = "—" if st.percent is None else f"{st.percent:.0f}%"
            name = self.ctx.executor_name(st.executor)
            b = QPushButton(_swatch(BAND_COLOURS[band]), name)
            b.setStyleSheet("text-align: left; padding: 4px 10px;")
            b.setToolTip(tip)
            b.setAccessibleName(f"{name}: {pct}, {band_label(band)}")
            q = TrackerQuery(executor_id=st.executor_id, organisation_id=st.organisation_id)
            b.clicked.connect(lambda _c=False, q=q: self.open_tracker.emit(q))
            self.discipline_buttons.append(b)
            self._add_cell(b, n, 0)
            self._add_cell(QLabel(f"<b>{pct}</b>"), n, 1, right=True)
            self._add_cell(QLabel(band_label(band)), n, 2)
            for col, value in enumerate((st.on_time, st.late, st.overdue), 3):
                self._add_cell(QLabel(str(value)), n, col, right=True)
        if len(stats) > len(shown):
            more = QLabel(
                QCoreApplication.translate(
                    "Overview", "{n} more executors: see the discipline report on the Reports page."
                ).format(n=len(stats) - len(shown))
            )
            more.setWordWrap(True)
            # across the whole table: in the name column it widened that column past the view
            self._add_cell(more, len(shown) + 1, 0, span=6)
        self.discipline_grid.setRowStretch(len(shown) + 2, 1)

    def _add_cell(self, w: QWidget, row: int, col: int, right: bool = False, span: int = 1) -> None:
        w.setParent(self.discipline_box)
        if right and isinstance(w, QLabel):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.discipline_grid.addWidget(w, row, col, 1, span)
        self._discipline_widgets.append(w)

    def retranslateUi(self) -> None:
        # every text here is built with the figures; a hidden view reads them when shown
        self._on_data_changed(None)
