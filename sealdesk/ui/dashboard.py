"""Dashboard: a painted bar chart of per-dimension scores with the level thresholds, the
projected level, and what is missing for the next level (each item a link to its benchmark)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.scoring import ScoreReport
from sealdesk.domain.status import LEVELS, Level
from sealdesk.ui import i18n
from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import elide

LEVEL_COLORS = {Level.BRONZE: "#a0522d", Level.SILVER: "#708090", Level.GOLD: "#b8860b"}


class ScoreChart(QWidget):
    """Horizontal bars, one per dimension, with vertical lines at the level thresholds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []  # label, percent
        self.thresholds: dict[Level, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(200)

    def set_data(self, rows: list[tuple[str, float]], thresholds: dict[Level, int]) -> None:
        self.rows = rows
        self.thresholds = thresholds
        metrics = QFontMetrics(self.font())
        self.setFixedHeight(int(len(rows) * (metrics.height() * 2.2) + metrics.height() * 5))
        self.setAccessibleDescription(
            "; ".join(f"{label}: {percent:.0f} %" for label, percent in rows)
        )
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        row_height = line * 2.2
        label_width = min(self.width() * 0.42, 420)
        left = label_width + 12
        right = self.width() - 56
        width = max(right - left, 10)
        top = line * 3.6
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for i, (label, percent) in enumerate(self.rows):
            y = top + i * row_height
            text_rect = QRectF(4, y, label_width, row_height)
            elided = elide(label, metrics, int(label_width))  # never inside a Thai cluster
            painter.setPen(QColor("#222222"))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            bar = QRectF(left, y + row_height * 0.2, width * percent / 100, row_height * 0.6)
            painter.fillRect(QRectF(left, bar.top(), width, bar.height()), QColor("#eeeeee"))
            painter.fillRect(bar, QColor(self._color(percent)))
            painter.drawText(
                QRectF(left + width + 6, y, 50, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{percent:.0f}%",
            )
        bottom = top + len(self.rows) * row_height
        for rank, level in enumerate(LEVELS):
            threshold = self.thresholds.get(level)
            if threshold is None:
                continue
            x = left + width * threshold / 100
            pen = QPen(QColor(LEVEL_COLORS[level]), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(int(x), int(top - 4), int(x), int(bottom + 4))
            caption = f"{QCoreApplication.translate('Level', level.label)} {threshold}%"
            cw = metrics.horizontalAdvance(caption)
            # Captions on staggered lines, so close thresholds never overlap.
            baseline = top - line * (0.5 + (len(LEVELS) - 1 - rank))
            painter.drawText(int(min(x - cw / 2, self.width() - cw - 2)), int(baseline), caption)
        painter.end()

    def _color(self, percent: float) -> str:
        for level in reversed(LEVELS):
            if percent >= self.thresholds.get(level, 101):
                return LEVEL_COLORS[level]
        return "#c62828" if percent < 30 else "#ef6c00"


class Dashboard(QWidget):
    benchmark_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: ScoreReport | None = None
        # The page scrolls on a small screen (issue 12) instead of widening the window.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        self.level = QLabel(self)
        self.level.setObjectName("projectedLevel")
        self.level.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.overall = QLabel(self)
        self.overall.setWordWrap(True)
        self.chart = ScoreChart(self)
        self.chart.setObjectName("scoreChart")
        self.gaps = QTextBrowser(self)
        self.gaps.setObjectName("gaps")
        self.gaps.setOpenLinks(False)
        self.gaps.anchorClicked.connect(self._anchor)
        layout.addWidget(self.level)
        layout.addWidget(self.overall)
        layout.addWidget(self.chart)
        layout.addWidget(self.gaps, 1)
        session.assessment_changed.connect(lambda _a: self.refresh())
        session.round_changed.connect(lambda _round: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.chart.setAccessibleName(QCoreApplication.translate("Dashboard", "Scores by dimension"))
        self.gaps.setAccessibleName(
            QCoreApplication.translate("Dashboard", "What is missing for the next level")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        round_be = self.session.round
        report = self.session.query(lambda ws: ws.score(round_be))
        self.report = report
        catalog = self.session.catalog
        lang = i18n.current()
        rows = []
        for dim in report.dimensions:
            dimension = catalog.dimension(dim.code)
            title = dimension.title.get(lang) if dimension else ""
            rows.append((f"{dim.code}. {title}", dim.score.percent))
        self.chart.set_data(rows, catalog.thresholds)
        if report.level is None:
            self.level.setText(
                QCoreApplication.translate("Dashboard", "Projected level: not yet Bronze")
            )
        else:
            self.level.setText(
                QCoreApplication.translate("Dashboard", "Projected level: {level}").format(
                    level=QCoreApplication.translate("Level", report.level.label)
                )
            )
        o = report.overall
        self.overall.setText(
            QCoreApplication.translate(
                "Dashboard",
                "Overall {percent}% — {met} met, {partly} partially met, {na} not applicable, "
                "of {total} benchmarks",
            ).format(
                percent=f"{o.percent:.0f}",
                met=o.met,
                partly=o.partially_met,
                na=o.not_applicable,
                total=o.total,
            )
        )
        self.gaps.setHtml(self._gaps_html(report))

    def _gaps_html(self, report: ScoreReport) -> str:
        gap = report.next_gap
        if gap is None:
            return (
                "<p>"
                + QCoreApplication.translate("Dashboard", "Gold is reached. Well done!")
                + "</p>"
            )
        lang = i18n.current()
        catalog = self.session.catalog
        level = QCoreApplication.translate("Level", gap.level.label)

        def link(code: str) -> str:
            benchmark = catalog.benchmark(code)
            title = benchmark.title.get(lang) if benchmark else ""
            return f'<li><a href="bm:{code}">{code}</a> {_html(title)}</li>'

        parts = [
            "<h3>"
            + QCoreApplication.translate("Dashboard", "Missing for {level} ({threshold}%)").format(
                level=level, threshold=gap.threshold
            )
            + "</h3>"
        ]
        if gap.mandatory_missing:
            parts.append(
                "<p><b>"
                + QCoreApplication.translate("Dashboard", "Mandatory benchmarks not yet met:")
                + "</b></p><ul>"
            )
            parts.extend(link(code) for code in gap.mandatory_missing)
            parts.append("</ul>")
        more_needed = gap.more_needed  # a plain name: pyside6-lupdate 6.11 misses gap.x
        if gap.more_needed:
            parts.append(
                "<p><b>"
                + QCoreApplication.translate(
                    "Dashboard",
                    "%n more benchmark(s) must be met, for example:",
                    "",
                    more_needed,
                )
                + "</b></p><ul>"
            )
            parts.extend(link(code) for code in gap.candidates[: max(gap.more_needed, 5)])
            parts.append("</ul>")
        if not gap.mandatory_missing and not gap.more_needed:
            parts.append(
                "<p>" + QCoreApplication.translate("Dashboard", "Nothing is missing.") + "</p>"
            )
        return "".join(parts)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("bm:"):
            self.benchmark_activated.emit(text[3:])


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
