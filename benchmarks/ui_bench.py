"""Window measurements, run as separate processes by run.py.

    python benchmarks/ui_bench.py start DB    # the real start-up path, quits when the window is up
    python benchmarks/ui_bench.py bare        # a bare PySide6 window with a table view, same way
    python benchmarks/ui_bench.py tracker DB  # tracker open / sort / filter at full size (JSON out)

``start`` and ``bare`` print (JSON) the wall-clock time at which the window had
been shown and painted once, so the caller can time spawn -> window, the CPU time
the process had used by then (user + system, all threads: less disturbed by other
work on a shared machine than the wall clock), and the peak memory (MiB) of the
process. With ``python -X importtime``, the line "-- first paint --" on stderr
separates what was imported before the paint from what came after. The tracker
figures run the way the window runs them: the query on the lane's thread, the result
applied on the UI thread.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _quit_when_shown():
    """exec() replaced: say when the window was first painted and when the overview's
    figures (counted on the query lane) were filled in, then use the window the way a
    secretary would (every instruction in the tracker, sorted by executor, scrolled to
    the end; the sessions list) so the peak memory covers it, and return."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    def exec_once():
        app = QApplication.instance()
        app.processEvents()
        said = {"shown_at": time.time(), "cpu_ms": time.process_time() * 1000}
        # with `python -X importtime`, what follows this line was imported after the paint
        print("-- first paint --", file=sys.stderr, flush=True)
        window = next(w for w in app.topLevelWidgets() if w.objectName() == "MainWindow")
        lane = window.ctx.lane

        def settle(done) -> None:
            end = time.time() + 60
            while not done() and time.time() < end:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        overview = window.views.get("overview")
        if overview is not None:
            settle(lambda: bool(overview.discipline_buttons))
            said["filled_at"] = time.time()
        tracker = window.tracker
        window.show_view("tracker")
        settle(lambda: not lane.is_busy(tracker.model._lane_key))
        tracker.model.sort(tracker.model.COL_EXECUTOR, Qt.SortOrder.AscendingOrder)
        settle(lambda: not lane.is_busy(tracker.model._lane_key))
        tracker.table.scrollToBottom()
        app.processEvents()
        said["tracker_rows"] = tracker.model.rowCount()
        sessions = window.sessions
        window.show_view("sessions")
        settle(lambda: sessions.model.rowCount() > 0)
        app.processEvents()
        print(json.dumps(said), flush=True)
        return 0

    QApplication.exec = staticmethod(exec_once)


def start(db: str) -> None:
    os.environ.setdefault("XDG_CONFIG_HOME", "/tmp/anticorr-bench-config")
    # the program's own module first, as `anticorr-desktop` imports it (it orders its imports
    # for the start; importing PySide6 before it here would time another start)
    from anticorr_desktop.ui import app, startup

    _quit_when_shown()

    # the daily backup and the journal check run in a worker after the window is up; they
    # are not part of the time to the window (and a benchmark must not write backups)
    startup.StartupChecks.start = lambda self: None
    app.main(["--db", db])
    print(json.dumps({"peak_mib": peak_mib()}))


def peak_mib() -> float:
    """This process's peak resident memory. (Not ru_maxrss: Linux carries that over from
    the parent across fork and exec, so a child of a large process would report its size.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> None:
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class M(QAbstractTableModel):
        def rowCount(self, parent=None):
            return 100

        def columnCount(self, parent=None):
            return 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return (
                f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None
            )

    app = QApplication([sys.argv[0]])
    w = QMainWindow()
    view = QTableView(w)
    model = M(view)
    view.setModel(model)
    w.setCentralWidget(view)
    w.resize(1280, 800)
    w.show()
    app.processEvents()
    print(json.dumps({"shown_at": time.time(), "cpu_ms": time.process_time() * 1000}), flush=True)


def tracker(db: str) -> None:
    from datetime import date

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from anticorr_desktop.services import Services
    from anticorr_desktop.services.listing import TrackerQuery
    from anticorr_desktop.storage.store import open_store
    from anticorr_desktop.ui.kit.context import AppContext
    from anticorr_desktop.ui.tracker.tracker import InstructionsModel

    app = QApplication([sys.argv[0]])  # noqa: F841
    settings = QSettings("/tmp/anticorr-bench.ini", QSettings.Format.IniFormat)
    ctx = AppContext(
        Services(open_store(db, readonly=True), today=lambda: date(2026, 11, 26), lang="ru"),
        settings,
    )

    def timed(model, start) -> float:
        """From the call to the first screen of rows shown: the query on the lane's thread,
        its ids applied and the first 40 rows read, as the window does it."""
        loop = QEventLoop()
        model.applied.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        t = time.perf_counter()
        start(model)
        loop.exec()
        model.applied.disconnect(loop.quit)
        for r in range(min(40, model.rowCount())):
            model.data(model.index(r, InstructionsModel.COL_TEXT))
        return (time.perf_counter() - t) * 1000

    out: dict[str, list[float]] = {"open": [], "sort": [], "filter": []}
    for _ in range(int(os.environ.get("REPEAT", "5"))):
        model = InstructionsModel(ctx)
        out["open"].append(timed(model, lambda m: m.request(TrackerQuery())))
        out["sort"].append(
            timed(
                model,
                lambda m: m.sort(InstructionsModel.COL_EXECUTOR, Qt.SortOrder.AscendingOrder),
            )
        )
        out["filter"].append(timed(model, lambda m: m.request(TrackerQuery(text="картограмм"))))
        rows = model.rowCount()
        model.deleteLater()
    ctx.close()
    out["rows"] = rows
    print(json.dumps(out))


if __name__ == "__main__":
    {"start": lambda: start(sys.argv[2]), "bare": bare, "tracker": lambda: tracker(sys.argv[2])}[
        sys.argv[1]
    ]()
