"""The benchmark runs (a smoke test of the scripts, not of the timings)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_on_a_small_database(tmp_path):
    db = tmp_path / "small.sqlite3"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "cfg"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--db", str(db), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.splitlines()
    assert lines[0].startswith("calibration loop ")  # how fast the machine was meanwhile
    assert lines[1].startswith("| what | median | target | met |")
    for what in (
        "overdue of one executor",
        "full-text search",
        "minutes PDF",
        "XLSX export",
        "backup",
        "cold start",
        "tracker: sort",
    ):
        assert any(what in line for line in lines), what
    assert not (ROOT / "benchmarks" / "small.sqlite3").exists()
