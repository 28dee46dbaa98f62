"""Sort arrows drawn as Windows draws them: pointing up for an ascending order (A→Z,
the earliest date first), centred above the column's title, so the title keeps its
whole width. Qt's Fusion style points the arrow down for ascending and puts it at the
right edge, where it eats into a narrow column's title."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter, QPalette, QPolygon
from PySide6.QtWidgets import QHeaderView, QProxyStyle, QStyle, QStyleOptionHeader

# the platform's own styles already draw the arrow the Windows way
_NATIVE = ("windowsvista", "windows11")
_ARROW_W, _ARROW_H = 9, 5


class WindowsSortArrowStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            # Qt names ascending "SortDown"; Windows shows it as a triangle pointing up
            up = option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown
            r = option.rect
            left, right, mid = r.left(), r.left() + _ARROW_W - 1, r.left() + _ARROW_W // 2
            top, bottom = r.top(), r.top() + _ARROW_H - 1
            points = (
                [QPoint(left, bottom), QPoint(right, bottom), QPoint(mid, top)]
                if up
                else [QPoint(left, top), QPoint(right, top), QPoint(mid, bottom)]
            )
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            color = option.palette.color(QPalette.ColorRole.WindowText)
            painter.setPen(color)
            painter.setBrush(color)
            painter.drawPolygon(QPolygon(points))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)

    def sizeFromContents(self, ct, option, size, widget=None):
        size = super().sizeFromContents(ct, option, size, widget)
        if ct == QStyle.ContentsType.CT_HeaderSection:
            size.setHeight(size.height() + _ARROW_H)  # a strip for the arrow over the title
        return size

    def drawControl(self, element, option, painter, widget=None) -> None:
        # the common style places the label and the arrow by its own rectangles, not the
        # proxy's: draw the header's three parts here, in ours
        if element != QStyle.ControlElement.CE_Header or not isinstance(option, QStyleOptionHeader):
            super().drawControl(element, option, painter, widget)
            return
        painter.save()
        painter.setClipRect(option.rect)
        self.drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, widget)
        label = QStyleOptionHeader(option)
        # the title keeps the whole width, below the arrow's strip
        label.rect = option.rect.adjusted(4, _ARROW_H - 1, -4, 0)
        self.drawControl(QStyle.ControlElement.CE_HeaderLabel, label, painter, widget)
        if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = QStyleOptionHeader(option)
            arrow.rect = sort_arrow_rect(option.rect)
            self.drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, arrow, painter, widget
            )
        painter.restore()


def sort_arrow_rect(section: QRect) -> QRect:
    """Where the arrow goes: centred at the top of the section."""
    return QRect(section.center().x() - _ARROW_W // 2 + 1, section.top() + 1, _ARROW_W, _ARROW_H)


def use_windows_sort_arrow(header: QHeaderView) -> None:
    """Draw ``header``'s sort arrow as Windows does (unless the platform already does)."""
    base = header.style()
    if base.name().lower() in _NATIVE:
        return
    style = WindowsSortArrowStyle(base.name())
    style.setParent(header)
    header.setStyle(style)
