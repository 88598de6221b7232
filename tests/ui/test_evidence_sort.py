"""The library sorts by real dates and in Thai dictionary order (issue 12)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt

from sealdesk.domain.assessment import Evidence
from sealdesk.domain.districts import all_districts
from sealdesk.domain.thaisort import thai_sort_key, thai_sorted
from sealdesk.services.workspace import Workspace
from sealdesk.ui.mainwindow import MainWindow
from sealdesk.ui.models import EvidenceModel

from .helpers import make_file, tiny_pdf

# Real names of the kind a district office files (and the 50 district names below).
DOCUMENTS = [
    "ไฟล์สแกนคำสั่ง.pdf",
    "แผนปฏิบัติการ.pdf",
    "โครงการอบรม.pdf",
    "เอกสารประกอบ.pdf",
    "ใบรับรอง.pdf",
    "คำสั่งแต่งตั้ง.pdf",
    "ประกาศเขต.pdf",
    "ป้ายประชาสัมพันธ์.pdf",
    "สรุปผล.pdf",
    "กิจกรรมวันสตรี.pdf",
]


def thai_collator() -> QCollator:
    return QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))


def test_leading_vowels_are_not_the_first_sort_letter() -> None:
    words = ["ไก่", "เกม", "แกะ", "กา", "ขวด", "โต๊ะ", "ใบ", "คน", "เสือ", "สุนัข", "ก้อน", "กอ"]
    assert thai_sorted(words) == [
        "กอ",
        "ก้อน",
        "กา",
        "เกม",
        "แกะ",
        "ไก่",
        "ขวด",
        "คน",
        "โต๊ะ",
        "ใบ",
        "สุนัข",
        "เสือ",
    ]
    # Raw code points put every leading vowel after all the consonants: the bug.
    assert sorted(words).index("ไก่") > sorted(words).index("สุนัข")


def test_district_names_sort_as_in_a_thai_dictionary() -> None:
    names = [d.th for d in all_districts()]
    ordered = thai_sorted(names)
    assert ordered.index("คลองเตย") < ordered.index("คลองสาน")  # เ after the consonant ต
    assert sorted(names).index("คลองเตย") > sorted(names).index("คลองสาน")
    assert ordered[0] == "คลองเตย"


def test_the_key_agrees_with_qcollator_thai_where_the_build_has_icu(qapp) -> None:
    collator = thai_collator()
    if collator.compare("ไก่", "ขวด") >= 0:  # pragma: no cover - a Qt build without ICU
        pytest.skip("this Qt build's QCollator does not sort Thai; the domain key is used")
    names = [d.th for d in all_districts()] + [n.removesuffix(".pdf") for n in DOCUMENTS]
    assert sorted(names, key=collator.sortKey) == sorted(names, key=thai_sort_key)


def sorted_names(window: MainWindow, column: int, order: Qt.SortOrder) -> list[str]:
    library = window.library
    library.table.sortByColumn(column, order)
    proxy = library.proxy
    return [proxy.index(row, EvidenceModel.NAME).data() for row in range(proxy.rowCount())]


def test_library_sorts_names_in_thai_order_and_dates_by_date(
    qtbot, window: MainWindow, ws: Workspace, tmp_path
) -> None:
    dates = {
        "ประกาศเขต.pdf": date(2026, 2, 1),  # 1 ก.พ. 2569
        "แผนปฏิบัติการ.pdf": date(2025, 8, 1),  # 1 ส.ค. 2568
        "ไฟล์สแกนคำสั่ง.pdf": date(2025, 12, 31),  # 31 ธ.ค. 2568
        "กิจกรรมวันสตรี.pdf": date(2026, 1, 15),
    }
    for i, name in enumerate(DOCUMENTS):
        ws.add_evidence(
            make_file(tmp_path, name, tiny_pdf(f"d{i}")), effective_date=dates.get(name)
        )
    window.reload()
    window.tabs.setCurrentWidget(window.library)

    assert sorted_names(window, EvidenceModel.NAME, Qt.SortOrder.AscendingOrder) == [
        "กิจกรรมวันสตรี.pdf",
        "คำสั่งแต่งตั้ง.pdf",
        "โครงการอบรม.pdf",
        "ใบรับรอง.pdf",
        "ประกาศเขต.pdf",
        "ป้ายประชาสัมพันธ์.pdf",
        "แผนปฏิบัติการ.pdf",
        "ไฟล์สแกนคำสั่ง.pdf",
        "สรุปผล.pdf",
        "เอกสารประกอบ.pdf",
    ]
    by_date = sorted_names(window, EvidenceModel.DATE, Qt.SortOrder.AscendingOrder)
    assert by_date[:4] == [
        "แผนปฏิบัติการ.pdf",
        "ไฟล์สแกนคำสั่ง.pdf",
        "กิจกรรมวันสตรี.pdf",
        "ประกาศเขต.pdf",
    ]
    assert set(by_date[4:]) == set(DOCUMENTS) - set(dates)  # undated last
    # The displayed Thai text would have put 1 ก.พ. 2569 before 1 ส.ค. 2568.
    proxy = window.library.proxy
    shown = [proxy.index(r, EvidenceModel.DATE).data() for r in range(4)]
    assert shown[0].endswith("2568") and shown[-1].endswith("2569")
    newest_first = sorted_names(window, EvidenceModel.DATE, Qt.SortOrder.DescendingOrder)
    assert newest_first.index("ประกาศเขต.pdf") < newest_first.index("แผนปฏิบัติการ.pdf")


def test_the_same_files_again_neither_reset_nor_resort_the_library(qapp) -> None:
    """Issue 13: the window's first fill hands the library the list it was built with; a model
    reset there would sort the library a second time at every start."""
    model = EvidenceModel()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    items = [_item(n, name) for n, name in enumerate(DOCUMENTS)]
    model.set_items(items)
    model.set_items(list(items))
    assert len(resets) == 1 and model.rowCount() == len(DOCUMENTS)
    model.set_items(items[:-1])  # a file fewer: the view must follow
    assert len(resets) == 2 and model.rowCount() == len(DOCUMENTS) - 1


def _item(n: int, name: str) -> Evidence:
    return Evidence(
        n, f"{n:064x}", name, 100 + n, "application/pdf", datetime(2026, 1, 1), "สมหญิง",
        None, None, "", "file",
    )  # fmt: skip
