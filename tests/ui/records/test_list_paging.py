"""Long lists: the first page before the count, the count and position index from a worker, keyset reads
of every page (no OFFSET once the index is in), grouped search order, translated headers, column widths."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from kpu_desktop.services.paging import ListQuery, RecordPager
from kpu_desktop.ui.records import AsnScreen, FacilityScreen, ReceiptScreen
from kpu_desktop.ui.records.columns import asn_columns
from kpu_desktop.ui.records.list_model import PagedTableModel


@pytest.fixture
def statements(demo_ctx):
    """The SQL the UI thread's connection runs, with its parameters."""
    seen: list[str] = []
    demo_ctx.conn.set_trace_callback(seen.append)
    yield seen
    demo_ctx.conn.set_trace_callback(None)


@pytest.fixture
def make_model(qtbot):
    made = []

    def build(ctx, query, **kwargs):
        model = PagedTableModel(ctx, asn_columns(), query, **kwargs)
        made.append(model)
        return model

    yield build
    for model in made:
        model.shutdown()
        assert not model.survey_running()


def ids(model):
    return [model.record_id(r) for r in range(model.rowCount())]


def test_first_page_comes_before_the_count(qtbot, make_model, demo_ctx, statements):
    """A filtered list shows its first page at once, counts nothing on the UI thread, grows page by page
    until the worker's count arrives, then knows its exact length."""
    query = ListQuery("asn", status="ACTIVE")
    exact = RecordPager(demo_ctx, query).count()
    assert exact > 45
    statements.clear()
    model = make_model(demo_ctx, query, page_size=20, survey_delay_ms=10_000)
    assert model.rowCount() == 20 and not model.count_known() and model.canFetchMore()
    assert not [s for s in statements if "COUNT(" in s.upper()], statements
    model.fetchMore()
    assert model.rowCount() == 40 and not model.count_known()
    model._delay.setInterval(0)
    model._delay.start()
    qtbot.waitUntil(model.count_known, timeout=5000)
    assert model.rowCount() == exact and model.surveyed() and not model.canFetchMore()


def test_surveyed_pages_are_read_from_their_first_key(qtbot, make_model, demo_ctx, statements):
    """Once the position index is in, any page, read in any order, comes by key (OFFSET 0) and the list is
    the one a fresh pager reads front to back."""
    query = ListQuery("asn", sort="post", descending=True)
    model = make_model(demo_ctx, query, page_size=7, survey_delay_ms=0)
    qtbot.waitUntil(model.surveyed, timeout=5000)
    statements.clear()
    order = list(range(model.rowCount()))
    random.Random(3).shuffle(order)
    found = {r: model.record_id(r) for r in order}
    assert [found[r] for r in range(model.rowCount())] == \
        [row["id"] for row in (RecordPager(demo_ctx, query).row(r) for r in range(model.rowCount()))]
    reads = [s for s in statements if "LIMIT" in s]
    assert reads and all(s.rstrip().endswith("OFFSET 0") for s in reads), reads


@pytest.mark.parametrize("descending", [False, True])
def test_a_search_reads_in_one_order_from_either_end(demo_ctx, descending):
    """A search (persons as the outer loop, several placements per person) gives one order whether its
    pages are read forwards, backwards, at random or through a survey."""
    query = ListQuery("asn", search="6", descending=descending)

    def listed(order, surveyed=False):
        pager = RecordPager(demo_ctx, query, page_size=5)
        if surveyed:
            pager.adopt(RecordPager(demo_ctx, query, page_size=5).survey())
        found = {i: pager.row(i)["id"] for i in order}
        return [found[i] for i in range(len(found))]
    count = RecordPager(demo_ctx, query).count()
    assert count > 15
    shuffled = list(range(count))
    random.Random(5).shuffle(shuffled)
    forwards = listed(range(count))
    assert forwards == listed(reversed(range(count))) == listed(shuffled) == listed(shuffled, True)
    assert len(set(forwards)) == count


def test_a_new_search_cancels_the_survey_of_the_old(qtbot, make_screen, demo_ctx):
    """Typing again replaces the pending survey; the count shown is the current search's."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.filters.search.setText("a")
    qtbot.waitUntil(lambda: screen.model.query.search == "a")
    screen.filters.search.setText("yus")
    qtbot.waitUntil(lambda: screen.model.query.search == "yus" and screen.model.count_known())
    assert screen.model.rowCount() == RecordPager(demo_ctx, ListQuery("asn", search="yus")).count()
    assert screen.status.text().startswith(str(screen.model.rowCount()))


def test_status_says_at_least_until_counted(qtbot, make_screen, demo_ctx):
    """While a long filtered list is not counted yet, the status shows the rows read so far with a '+'."""
    screen = make_screen(AsnScreen, demo_ctx)
    screen.model.page_size = 20
    screen.model._delay.setInterval(10_000)
    screen.show_filtered(status="ACTIVE")
    assert "+" in screen.status.text() and screen.status.text().startswith("20")
    screen.model._delay.setInterval(0)
    screen.model._delay.start()
    qtbot.waitUntil(screen.model.count_known, timeout=5000)
    assert "+" not in screen.status.text().split(".")[0]


def test_headers_are_translated(make_screen, demo_ctx):
    """Column headers and the column chooser speak the installed language."""
    from kpu_desktop.ui import i18n

    try:
        assert i18n.install_language("id")
        screen = make_screen(AsnScreen, demo_ctx)
        header = [screen.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
        assert header == ["Nama", "NIP / NIK", "Kepegawaian"]
        assert screen.chooser.actions["status"].text() == QCoreApplication.translate("RecordColumns", "Status")
        assert screen.chooser.actions["post"].text() == "Jabatan"
    finally:
        i18n.install_language("en")


def test_columns_have_sensible_widths(make_screen, demo_ctx):
    """Names and units are wide, codes narrow; a short last column does not take the spare width."""
    screen = make_screen(AsnScreen, demo_ctx)
    keys = [c.key for c in screen.model.columns]
    width = {k: screen.table.columnWidth(n) for n, k in enumerate(keys)}
    assert width["person_name"] > 2 * width["status"] and width["unit"] > width["post"] > width["status"]
    assert not screen.table.horizontalHeader().stretchLastSection()
    assert not screen.table.wordWrap()
    row = screen.model.index(0, keys.index("unit"))
    text = screen.model.data(row)
    assert text.count(" ") >= 1 and text.split()[0].startswith("62.01")
    metrics = screen.table.fontMetrics()
    assert metrics.horizontalAdvance(screen.model.data(screen.model.index(0, 0))) < width["person_name"]


def test_each_screen_shuts_its_worker_down(qtbot, make_screen, demo_ctx):
    """shutdown() stops the survey timer and waits for its worker, on every screen."""
    for cls in (AsnScreen, FacilityScreen, ReceiptScreen):
        screen = make_screen(cls, demo_ctx)
        screen.shutdown()
        assert not screen.model.survey_running()
        assert screen.model.rowCount(QModelIndex()) > 0
