"""The keyboard path (issue 12): Tab leaves multi-line fields, Ctrl+Tab switches pages,
every benchmark-page control is reachable by Tab with a unique Alt-letter in both languages,
menus have no duplicate mnemonics, the checklist search opens its first match, the page scrolls
to what has the focus, the status box saves on commit, shortcuts work whatever has the focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from sealdesk.domain.status import Status
from sealdesk.services.workspace import Workspace
from sealdesk.ui import i18n
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.printing import COVER, DOCUMENTS
from sealdesk.ui.widgets import mnemonic, strip_mnemonic

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class GreedyLineEdit(QLineEdit):
    """Claims every key before shortcuts see it (accepts each ShortcutOverride)."""

    claimed = 0

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            self.claimed += 1
            event.accept()
            return True
        return super().event(event)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def activate(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def test_tab_leaves_the_narrative_and_no_tab_reaches_the_database(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    activate(qtbot, window)
    page = window.page
    page.narrative.setFocus()
    qtbot.waitUntil(lambda: page.narrative.hasFocus(), timeout=2000)
    qtbot.keyClicks(page.narrative, "abc")
    qtbot.keyClick(page.narrative, Qt.Key.Key_Tab)
    assert not page.narrative.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, SHIFT)
    assert page.narrative.hasFocus()
    qtbot.keyClicks(page.narrative, "def")
    qtbot.keyClick(page.narrative, Qt.Key.Key_Tab)
    page.save_narrative()
    saved = ws.assessment(page.code).narrative
    assert saved == "abcdef"
    assert "\t" not in saved
    # The justification box (shown for "not applicable") lets Tab leave as well.
    assert page.justification.tabChangesFocus()


def test_ctrl_tab_switches_pages_from_inside_the_page(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    window.show_tab(0)
    window.page.narrative.setFocus()
    qtbot.waitUntil(lambda: window.page.narrative.hasFocus(), timeout=2000)
    qtbot.keyClick(window.page.narrative, Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentIndex() == 1
    qtbot.keyClick(focused() or window, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert window.tabs.currentIndex() == 0
    assert "\t" not in window.page.narrative.toPlainText()


def page_controls(window: MainWindow) -> list[QWidget]:
    body = window.page.widget()
    return [
        w
        for w in body.findChildren(QWidget)
        if w.isVisibleTo(window.page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def test_tab_visits_every_control_on_the_benchmark_page(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    page = window.page
    page.status.setFocus()
    qtbot.waitUntil(lambda: page.status.hasFocus(), timeout=2000)
    visited: list[QWidget] = []
    for _ in range(80):
        widget = focused()
        assert widget is not None
        if widget not in visited:
            visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = page_controls(window)
    buttons = [w for w in wanted if isinstance(w, QPushButton)]
    assert len(buttons) >= 5  # add action, edit, remove, add files, link, unlink
    missing = [w.objectName() or type(w).__name__ for w in wanted if w not in visited]
    assert not missing


def window_mnemonics(window: MainWindow) -> list[tuple[str, str]]:
    """(letter, text) of every visible Alt-letter in the window with the benchmark page."""
    found: list[tuple[str, str]] = []
    for menu in window.menus.menus.values():
        found.append((mnemonic(menu.title()) or "", menu.title()))
    pane_and_page = [window.checklist, window.page.widget()]
    for root in pane_and_page:
        for widget in root.findChildren(QWidget):
            if not widget.isVisibleTo(window):
                continue
            if isinstance(widget, QAbstractButton):
                text = widget.text()
            elif isinstance(widget, QLabel) and widget.buddy() is not None:
                text = widget.text()
            elif isinstance(widget, QGroupBox):
                text = widget.title()
            else:
                continue
            letter = mnemonic(text)
            if letter:
                found.append((letter, text))
    return found


def test_page_buttons_have_unique_alt_letters_in_both_languages(
    window: MainWindow, languages: i18n.Languages
) -> None:
    for lang in ("th", "en"):
        window.set_language(lang)
        window.page.show_benchmark(window.page.code)
        buttons = [w for w in page_controls(window) if isinstance(w, QPushButton)]
        for button in buttons:
            assert mnemonic(button.text()), (lang, button.text())
        letters = window_mnemonics(window)
        seen: dict[str, str] = {}
        for letter, text in letters:
            assert letter, (lang, text)
            assert letter not in seen, (lang, text, seen.get(letter))
            seen[letter] = text


def all_menus(menu: QMenu) -> list[QMenu]:
    found = [menu]
    for action in menu.actions():
        if action.menu() is not None:
            found += all_menus(action.menu())
    return found


def test_no_menu_has_two_items_on_one_mnemonic(window: MainWindow) -> None:
    for lang in ("th", "en"):
        window.set_language(lang)
        titles = [mnemonic(menu.title()) for menu in window.menus.menus.values()]
        assert len(titles) == len(set(titles)), (lang, titles)
        for top in window.menus.menus.values():
            for menu in all_menus(top):
                letters = [
                    mnemonic(a.text())
                    for a in menu.actions()
                    if not a.isSeparator() and mnemonic(a.text())
                ]
                assert len(letters) == len(set(letters)), (lang, menu.title(), letters)
    # The example: Alt+E in File is Export, not the catalog import.
    window.set_language("en")
    file_menu = window.menus.menus["file"]
    on_e = [a.text() for a in file_menu.actions() if mnemonic(a.text()) == "E"]
    assert on_e == [window.menus.commands["export"].text()]


def test_window_titles_carry_no_mnemonic(window: MainWindow) -> None:
    from PySide6.QtCore import QCoreApplication

    for lang in ("th", "en"):
        window.set_language(lang)
        for _kind, text in (*DOCUMENTS, COVER):
            title = strip_mnemonic(QCoreApplication.translate("Print", text))
            assert "&" not in title and "(" not in title, title
    window.set_language("th")
    assert strip_mnemonic("แบบตรวจสอบที่กรอกแล้ว(&F)...") == "แบบตรวจสอบที่กรอกแล้ว..."


def test_enter_in_the_search_opens_the_first_match(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    benchmark = window.session.catalog.benchmarks()[6]
    window.search.setFocus()
    qtbot.keyClicks(window.search, benchmark.code)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.page.code == benchmark.code
    assert window.tabs.currentWidget() is window.page
    assert window.page.status.hasFocus()


def test_down_in_the_search_moves_into_the_results(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    window.search.setFocus()
    word = window.session.catalog.benchmarks()[3].title.th.split()[0][:6]
    window.search.setText(word)  # (QTest cannot type Thai letters)
    first = window.checklist.first_match()
    assert first.isValid()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.tree.hasFocus()
    assert window.tree.currentIndex() == first


def test_opening_a_benchmark_scrolls_to_top_and_focus_scrolls_into_view(
    qtbot, window: MainWindow
) -> None:
    activate(qtbot, window)
    window.showNormal()
    window.resize(900, 520)
    qtbot.waitUntil(lambda: window.page.verticalScrollBar().maximum() > 0, timeout=3000)
    bar = window.page.verticalScrollBar()
    codes = [b.code for b in window.session.catalog.benchmarks()]
    bar.setValue(bar.maximum())
    window.open_benchmark(codes[1])
    assert bar.value() == 0
    window.page.unlink_button.setFocus()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    button = window.page.unlink_button
    top_left = button.mapTo(window.page.viewport(), button.rect().topLeft())
    assert window.page.viewport().rect().contains(top_left)


def test_arrowing_through_the_status_saves_only_on_commit(
    qtbot, window: MainWindow, ws: Workspace
) -> None:
    activate(qtbot, window)
    page = window.page
    code = page.code
    page.status.setFocus()
    qtbot.waitUntil(lambda: page.status.hasFocus(), timeout=2000)
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    qtbot.keyClick(page.status, Qt.Key.Key_Down)
    qtbot.keyClick(page.status, Qt.Key.Key_Up)
    assert ws.assessment(code).status is Status.NOT_STARTED
    qtbot.keyClick(page.status, Qt.Key.Key_Return)
    assert ws.assessment(code).status is Status.MET
    # Leaving the box commits a stepped-to choice as well.
    qtbot.keyClick(page.status, Qt.Key.Key_Up)
    assert ws.assessment(code).status is Status.MET
    page.narrative.setFocus()
    qtbot.waitUntil(lambda: ws.assessment(code).status is Status.NOT_STARTED, timeout=2000)


def test_shortcuts_work_while_the_search_box_has_focus(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    window.focus_search()
    assert window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_3, CTRL)
    assert window.tabs.currentWidget() is window.dashboard
    window.focus_search()
    with qtbot.waitSignal(window.menus.commands["export"].triggered, timeout=2000):
        qtbot.keyClick(window.search, Qt.Key.Key_E, CTRL)
    close_dialogs(window)
    activate(qtbot, window)
    # A field that claims the key for itself, as a line edit on Linux claims Ctrl+E ("end of
    # line"; the offscreen platform's key scheme does not): the window's shortcut still wins.
    greedy = GreedyLineEdit(window.checklist)
    window.checklist.layout().addWidget(greedy)
    greedy.setFocus()
    qtbot.waitUntil(greedy.hasFocus, timeout=2000)
    with qtbot.waitSignal(window.menus.commands["export"].triggered, timeout=2000):
        qtbot.keyClick(greedy, Qt.Key.Key_E, CTRL)
    assert greedy.claimed
    close_dialogs(window)


def close_dialogs(window: MainWindow) -> None:
    for dialog in window.findChildren(QWidget):
        if dialog.isWindow() and dialog is not window and dialog.isVisible():
            dialog.close()


def test_first_run_starts_in_the_district_search(qtbot, tmp_path: Path, languages) -> None:
    from sealdesk.ui.firstrun import FirstRunDialog

    dialog = FirstRunDialog(tmp_path / "new", languages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.district_search.hasFocus(), timeout=3000)


def test_every_view_has_unique_latin_alt_letters_in_both_languages(window: MainWindow) -> None:
    """Each view (benchmark, library, dashboard, inbox, ready) with the menus and the checklist:
    no Alt-letter twice (the ready view's file check once took the File menu's Alt+F), and in
    Thai every letter is a Latin one, typed on any keyboard layout (never "&นำเข้า")."""
    for lang in ("th", "en"):
        window.set_language(lang)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            found = [(mnemonic(m.title()) or "", m.title()) for m in window.menus.menus.values()]
            for root in (window.checklist, window.tabs.currentWidget()):
                for widget in root.findChildren(QWidget):
                    if not widget.isVisibleTo(window):
                        continue
                    if isinstance(widget, QAbstractButton):
                        text = widget.text()
                    elif isinstance(widget, QLabel) and widget.buddy() is not None:
                        text = widget.text()
                    elif isinstance(widget, QGroupBox):
                        text = widget.title()
                    else:
                        continue
                    if mnemonic(text):
                        found.append((mnemonic(text), text))
            seen: dict[str, str] = {}
            for letter, text in found:
                assert letter.isascii() and letter.isalnum(), (lang, index, text)
                assert letter not in seen, (lang, index, text, seen[letter])
                seen[letter] = text
