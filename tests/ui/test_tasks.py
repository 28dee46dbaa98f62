import threading

from anticorr_desktop.ui.kit.tasks import Task, run_task


def test_task_runs_off_the_ui_thread_and_reports_on_it(qtbot, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", False)
    seen = {}

    def work(progress, cancelled):
        seen["thread"] = threading.current_thread()
        progress(1, 2)
        return 42

    got = []
    task = run_task(None, work, on_success=lambda r: got.append((r, threading.current_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["thread"] is not threading.main_thread()
    assert got == [(42, threading.main_thread())]


def test_failure_reaches_the_ui_thread(qtbot, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", False)
    errors = []

    def work(progress, cancelled):
        raise ValueError("boom")

    task = run_task(None, work, on_failure=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)


def test_cancel_is_seen_by_the_work(qtbot, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)
    task = Task(lambda p, c: c())
    task.cancel()
    out = []
    task.succeeded.connect(out.append)
    task._work()
    assert out == [True]
