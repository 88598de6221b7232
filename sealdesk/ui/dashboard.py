"""Dashboard: a painted bar chart of per-dimension scores with the level thresholds, the
projected level, and what is missing for the next level (each item a link to its benchmark).

Colours say only what the level rules say. A level is reached by the *overall* score and the
mandatory benchmarks (domain/scoring.py), never by one dimension, so the dimension bars are one
neutral colour; only the overall bar takes a level's colour, and only the level actually
projected (grey while none is). A legend under the chart says so in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sealdesk.domain.scoring import ScoreReport, score_round
from sealdesk.domain.status import LEVELS, Level
from sealdesk.ui import i18n
from sealdesk.ui.office_view_box import OfficeViewBox
from sealdesk.ui.session import Session
from sealdesk.ui.thaiwrap import elide

LEVEL_COLORS = {Level.BRONZE: "#a0522d", Level.SILVER: "#708090", Level.GOLD: "#b8860b"}
DIMENSION_COLOR = "#4a78b5"  # neutral: a dimension reaches no level by itself
NO_LEVEL_COLOR = "#9e9e9e"  # the overall bar while no level is projected


def overall_color(level: Level | None) -> str:
    """The overall bar's colour: the projected level's, grey while none is reached."""
    return NO_LEVEL_COLOR if level is None else LEVEL_COLORS[level]


MORE_NEEDED = "%n more benchmarks must be met, for example:"
"""A plural message (``numerus="yes"``): "1 more benchmark must ...", "9 more benchmarks ..."."""


def _lupdate_marks() -> None:  # pragma: no cover - never called
    """pyside6-lupdate marks a message plural only when it is translated with a literal
    number, so MORE_NEEDED is written here once more for it."""
    QCoreApplication.translate("Dashboard", "%n more benchmarks must be met, for example:", None, 1)


class ScoreChart(QWidget):
    """Horizontal bars, the overall score first and then one per dimension, with vertical lines
    at the level thresholds (which apply to the overall score)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float]] = []  # label, percent (the dimensions)
        self.overall: tuple[str, float, str] | None = None  # label, percent, colour
        self.thresholds: dict[Level, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(200)

    def set_data(
        self,
        rows: list[tuple[str, float]],
        thresholds: dict[Level, int],
        overall: tuple[str, float, str] | None = None,
    ) -> None:
        self.rows = rows
        self.overall = overall
        self.thresholds = thresholds
        metrics = QFontMetrics(self.font())
        count = len(self.bars())
        self.setFixedHeight(int(count * (metrics.height() * 2.2) + metrics.height() * 5))
        self.setAccessibleDescription(
            "; ".join(f"{label}: {percent:.0f} %" for label, percent, _c in self.bars())
        )
        self.update()

    def bars(self) -> list[tuple[str, float, str]]:
        """What is drawn, top to bottom: (label, percent, colour)."""
        dimensions = [(label, percent, DIMENSION_COLOR) for label, percent in self.rows]
        return ([self.overall] if self.overall else []) + dimensions

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
        bars = self.bars()
        for i, (label, percent, color) in enumerate(bars):
            y = top + i * row_height
            text_rect = QRectF(4, y, label_width, row_height)
            elided = elide(label, metrics, int(label_width))  # never inside a Thai cluster
            painter.setPen(QColor("#222222"))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            bar = QRectF(left, y + row_height * 0.2, width * percent / 100, row_height * 0.6)
            painter.fillRect(QRectF(left, bar.top(), width, bar.height()), QColor("#eeeeee"))
            painter.fillRect(bar, QColor(color))
            painter.drawText(
                QRectF(left + width + 6, y, 50, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{percent:.0f}%",
            )
        bottom = top + len(bars) * row_height
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
        self.legend = QLabel(self)
        self.legend.setObjectName("chartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.gaps = QTextBrowser(self)
        self.gaps.setObjectName("gaps")
        self.gaps.setOpenLinks(False)
        self.gaps.anchorClicked.connect(self._anchor)
        layout.addWidget(self.level)
        layout.addWidget(self.overall)
        layout.addWidget(self.chart)
        layout.addWidget(self.legend)
        # issue 15: the office's view beside the district's own (hidden until feedback came)
        self.office_view = OfficeViewBox(session, body)
        self.office_view.benchmark_activated.connect(self.benchmark_activated)
        beside = QHBoxLayout()
        beside.addWidget(self.gaps, 1)
        beside.addWidget(self.office_view, 1)
        layout.addLayout(beside, 1)
        session.assessment_changed.connect(lambda _a: self.refresh())
        session.round_changed.connect(lambda _round: self.refresh())
        # Filled by refresh(), which the main window calls once it is built (MainWindow._fill):
        # scoring here as well would read every assessment twice at start (issue 13).
        self._name_parts()

    def _name_parts(self) -> None:
        self.chart.setAccessibleName(QCoreApplication.translate("Dashboard", "Scores by dimension"))
        self.gaps.setAccessibleName(
            QCoreApplication.translate("Dashboard", "What is missing for the next level")
        )

    def retranslate(self) -> None:
        self._name_parts()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        # The service's score (services/assessments.score) of what the Session holds: on the
        # first look, what the window was shown with, so the store is not opened (issue 13).
        catalog = self.session.catalog
        statuses = {code: a.status for code, a in self.session.assessments().items()}
        report = score_round(catalog, statuses)
        self.report = report
        lang = i18n.current()
        rows = []
        for dim in report.dimensions:
            dimension = catalog.dimension(dim.code)
            title = dimension.title.get(lang) if dimension else ""
            rows.append((f"{dim.code}. {title}", dim.score.percent))
        overall = (
            QCoreApplication.translate("Dashboard", "Overall"),
            report.overall.percent,
            overall_color(report.level),
        )
        self.chart.set_data(rows, catalog.thresholds, overall)
        self.legend.setText(self._legend_html(report.level))
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
        self.office_view.refresh()

    def _legend_html(self, level: Level | None) -> str:
        """The legend: what each colour and line means, in whole sentences."""

        def swatch(color: str, text: str, glyph: str = "■") -> str:
            return f'<span style="color:{color}">{glyph}</span> {_html(text)}'

        if level is None:
            overall = QCoreApplication.translate(
                "Dashboard", "Overall score: grey, because no level is reached yet."
            )
        else:
            overall = QCoreApplication.translate(
                "Dashboard", "Overall score: in the colour of the projected level."
            )
        thresholds = "&nbsp;".join(
            swatch(LEVEL_COLORS[lv], QCoreApplication.translate("Level", lv.label), "┆")
            for lv in LEVELS
        )
        note = QCoreApplication.translate(
            "Dashboard",
            "Dashed lines: the overall score each level needs. A level also needs every "
            "benchmark mandatory for it met, so a dimension past a line does not reach that "
            "level.",
        )
        lines = [
            swatch(overall_color(level), overall),
            swatch(
                DIMENSION_COLOR,
                QCoreApplication.translate("Dashboard", "Dimension scores: one colour for all."),
            ),
            f"{thresholds}&nbsp; {_html(note)}",
        ]
        return "<br>".join(lines)

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
                + QCoreApplication.translate("Dashboard", MORE_NEEDED, "", more_needed)
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
