"""Issue #14, item 9: on a Linux desktop without the libraries of Qt's xcb plugin, the
launcher says in one line what to install, and exits 1 before Qt aborts."""

from __future__ import annotations

from anticorr_desktop import xcb_check

ALL = [soname for soname, _package in xcb_check.XCB_LIBRARIES] + ["libc.so.6", "libxcb.so.1"]


def test_nothing_missing():
    assert xcb_check.missing_packages(ALL) == []


def test_the_missing_ones_are_named_as_packages():
    have = [s for s in ALL if s not in ("libxcb-cursor.so.0", "libxcb-keysyms.so.1")]
    assert xcb_check.missing_packages(have) == ["libxcb-cursor0", "libxcb-keysyms1"]
    hint = xcb_check.install_hint(xcb_check.missing_packages(have))
    assert "\n" not in hint
    assert hint.endswith("sudo apt install libxcb-cursor0 libxcb-keysyms1")


def test_only_on_linux_with_x11():
    x11 = {"DISPLAY": ":0"}
    assert xcb_check.platform_is_xcb(x11, system="linux")
    assert not xcb_check.platform_is_xcb(x11, system="win32")
    assert not xcb_check.platform_is_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}, system="linux")
    assert not xcb_check.platform_is_xcb({"QT_QPA_PLATFORM": "offscreen"}, system="linux")
    assert xcb_check.platform_is_xcb({"QT_QPA_PLATFORM": "xcb"}, system="linux")
    assert xcb_check.platform_is_xcb({}, ["-platform", "xcb"], system="linux")


def test_the_launcher_prints_one_line_and_exits_1(monkeypatch, capsys):
    from anticorr_desktop.ui import app

    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr("sys.platform", "linux")
    have = {s for s in ALL if s != "libxcb-icccm.so.4"}
    monkeypatch.setattr(xcb_check, "installed_libraries", lambda: have)
    monkeypatch.setattr(xcb_check, "cached_libraries", lambda: set(have))
    monkeypatch.setattr(app.QApplication, "instance", staticmethod(lambda: None))
    assert app.main([]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.endswith("sudo apt install libxcb-icccm4"), err


def _cache_file(tmp_path, names):
    """A loader cache file as glibc writes it: a header, then NUL-terminated strings
    (each soname and its library's path)."""
    body = b"".join(
        n.encode() + b"\0" + f"/usr/lib/x86_64-linux-gnu/{n}".encode() + b"\0" for n in names
    )
    path = tmp_path / "ld.so.cache"
    path.write_bytes(b"glibc-ld.so.cache1.1" + b"\0" * 28 + body)
    return str(path)


def test_the_loader_cache_file_is_read_without_running_ldconfig(tmp_path):
    have = [s for s in ALL if s != "libxcb-shape.so.0"] + ["libxcb-shape.so.0.0.0"]
    found = xcb_check.cached_libraries(_cache_file(tmp_path, have))
    assert "libxcb-shape.so.0" not in found  # a longer name is not the soname
    assert xcb_check.missing_packages(found) == ["libxcb-shape0"]
    assert xcb_check.cached_libraries(str(tmp_path / "none")) == set()


def test_ldconfig_runs_only_when_the_cache_file_lacks_a_library(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr("sys.platform", "linux")
    asked = []
    monkeypatch.setattr(xcb_check, "installed_libraries", lambda: asked.append(1) or set(ALL))
    monkeypatch.setattr(xcb_check, "cached_libraries", lambda: set(ALL))
    assert xcb_check.check() is None and asked == []
    monkeypatch.setattr(xcb_check, "cached_libraries", lambda: set(ALL[1:]))
    assert xcb_check.check() is None and asked == [1]  # ldconfig knows it: no complaint
    monkeypatch.setattr(xcb_check, "installed_libraries", lambda: set(ALL[2:]))
    monkeypatch.setattr(xcb_check, "cached_libraries", lambda: set())
    assert xcb_check.check() == xcb_check.install_hint(
        [package for _soname, package in xcb_check.XCB_LIBRARIES[:2]]
    )
