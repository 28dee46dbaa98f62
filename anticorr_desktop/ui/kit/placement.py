"""Windows that fit the screen and remember where they were.

Every top-level window opens inside its screen's available area (the screen
minus the task bar), whatever its default size: ``ScreenFit`` is installed on
the application once and trims any window (dialogs and message boxes too) as
it is shown. ``remember_geometry`` keeps a window's size, place and
maximised state in the settings between runs.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

MARGIN = 16  # pixels kept free around a window that would fill the screen


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen area a window may use: its own screen's, else the primary screen's."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit_size(size: QSize, area: QRect) -> QSize:
    """``size`` trimmed to fit inside ``area`` with a margin."""
    return QSize(
        max(1, min(size.width(), area.width() - 2 * MARGIN)),
        max(1, min(size.height(), area.height() - 2 * MARGIN)),
    )


def fit_rect(rect: QRect, area: QRect) -> QRect:
    """``rect`` (a frame) made no larger than ``area`` and moved inside it."""
    w = min(rect.width(), area.width())
    h = min(rect.height(), area.height())
    x = min(max(rect.x(), area.left()), area.left() + area.width() - w)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - h)
    return QRect(x, y, w, h)


def fit_window(widget: QWidget) -> None:
    """Trim and move a shown (or about to be shown) normal window into its screen."""
    if widget.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return
    area = available_area(widget)
    frame = widget.frameGeometry()
    extra_w = max(0, frame.width() - widget.width())
    extra_h = max(0, frame.height() - widget.height())
    if frame.width() > area.width() or frame.height() > area.height():
        inner = fit_size(QSize(widget.width(), widget.height()), area)
        inner = QSize(
            min(inner.width(), area.width() - extra_w), min(inner.height(), area.height() - extra_h)
        )
        widget.resize(inner.expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize()))
        frame = widget.frameGeometry()
    moved = fit_rect(frame, area)
    if moved.topLeft() != frame.topLeft():
        widget.move(moved.topLeft())


def default_size(widget: QWidget, size: QSize) -> None:
    """Resize ``widget`` to ``size``, or to less where the screen is smaller."""
    widget.resize(fit_size(size, available_area(widget)))


class ScreenFit(QObject):
    """Trims its window into the screen whenever it is shown.

    One filter per window, not one on the whole application: an application-wide
    Python filter is called for every event of every object, also in the query
    lane's thread, where it was seen to fail ("eventFilter ... returned a result
    with an exception set") and take the test run down with it."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget):
            fit_window(obj)
        return False


def fit_on_show(widget: QWidget) -> None:
    """Keep ``widget`` (a window or dialog of ours) within its screen each time it is shown."""
    widget.installEventFilter(ScreenFit(widget))


class GeometryKeeper(QObject):
    """Saves a window's geometry (and maximised state) to ``settings`` whenever it is
    hidden or closed; made by ``remember_geometry``."""

    def __init__(self, widget: QWidget, settings: QSettings, key: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.settings = settings
        self.key = key
        widget.installEventFilter(self)

    def save(self) -> None:
        self.settings.setValue(self.key, self.widget.saveGeometry())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Hide:
            self.save()
        return False


def remember_geometry(
    widget: QWidget, settings: QSettings | None, key: str, size: QSize
) -> GeometryKeeper | None:
    """Restore ``widget``'s saved geometry (size, place, maximised) from ``settings[key]``,
    else give it ``size`` trimmed to the screen; save it again whenever it is hidden."""
    saved = settings.value(key) if settings is not None else None
    restored = False
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        restored = widget.restoreGeometry(saved)
    if not restored:
        default_size(widget, size)
    else:
        fit_window(widget)
    fit_on_show(widget)
    if settings is None:
        return None
    return GeometryKeeper(widget, settings, key)


def scrolling(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless scroll area: a tall form still fits a low screen
    (1280x720 at 125 %), scrolled instead of pushing the window's buttons off it."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.viewport().setAutoFillBackground(False)  # the tab page's colour shows through
    widget.setAutoFillBackground(False)
    return area


class SidewaysScroll(QScrollArea):
    """A bar of controls that scrolls sideways on a narrow screen instead of widening the
    window past it; as tall as the bar (and its scroll bar, when one is shown)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint()
        bar = self.horizontalScrollBar()
        extra = bar.sizeHint().height() if bar.isVisible() else 0
        return QSize(inner.width(), inner.height() + extra)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()
        height = self.widget().sizeHint().height()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        if self.height() != height:
            self.setFixedHeight(height)
