"""Minutes as each body writes them (issue #13, the printing half).

Each rule is checked on the printed text (pypdf), on documents built by hand
and on sessions entered through the services (the fixture protocols in
``tests/fixtures/protocols``).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from pypdf import PdfReader

from anticorr_desktop.domain import model as m
from anticorr_desktop.domain.gender import gender_from_name, gender_of
from anticorr_desktop.domain.language import text_language
from anticorr_desktop.reports.build import extract_data, minutes_data, missing_texts
from anticorr_desktop.reports.data import (
    DecisionLine,
    DocumentSettings,
    InstructionLine,
    PersonLine,
)
from anticorr_desktop.reports.pdf_minutes import _text_blocks, render_extract, render_minutes
from anticorr_desktop.reports.pdfbase import build_styles
from anticorr_desktop.reports.wording import control_closing, position_in_sentence
from tests.fixtures.protocols import enterprise_kazakh, public_discussion, supervisory_board
from tests.unit.test_pdf_render import (
    all_text,
    body_text,
    flat,
    kk_minutes,
    overdue,
    pages_text,
    ru_extract,
    ru_minutes,
    top_texts,
)

HEADINGS_RU = ("СЛУШАЛИ:", "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:", "ПОВЕСТКА ДНЯ:")


def body_lines(page: str) -> list[str]:
    return [
        line.strip()
        for line in page.splitlines()
        if line.strip() and not line.startswith("Журнал: ") and not line.strip().isdigit()
    ]


# --------------------------------------------------------------------------- 1. heard


def test_background_text_without_a_speaker_is_the_items_own_text(tmp_path):
    data = ru_minutes(items=2)
    sec = data.agenda[0]
    sec.heard = []
    sec.spoke = []
    sec.summary = "Материалы по вопросу направлены членам комиссии заранее."
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    after_agenda = text.split("ПОВЕСТКА ДНЯ:", 1)[1]
    assert "1. СЛУШАЛИ:" not in text
    assert "ВЫСТУПИЛИ:" not in after_agenda.split("2. СЛУШАЛИ:")[0]
    # the item's title, then its text, then the decisions
    first = after_agenda.split("2. СЛУШАЛИ:")[0]
    title = sec.title
    assert first.count(title) == 2  # in the agenda and over the item
    assert first.index(title, first.index(title) + 1) < first.index("Материалы по вопросу")
    assert first.index("Материалы по вопросу") < first.index("ПОСТАНОВИЛИ:")
    assert "2. СЛУШАЛИ: А.С. Рахимов" in text  # an item with a speaker is heard as before


def test_spoke_without_heard_keeps_spoke_only(tmp_path):
    data = ru_minutes(items=1)
    data.agenda[0].heard = []
    data.agenda[0].summary = ""
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "СЛУШАЛИ" not in text and "ВЫСТУПИЛИ: Д.Қ. Оңғарбаев" in text


# --------------------------------------------------------------------------- 2. lists


def test_typed_lists_print_as_typed_without_a_second_number(tmp_path):
    data = ru_minutes(items=1)
    data.agenda[0].decisions = [
        DecisionLine("1.1", "1) Информацию принять к сведению."),
        DecisionLine(
            "1.2",
            "Управлению спорта:\n1) провести аудит смет;\nа) по строящимся объектам;\n"
            "- по объектам, введенным в 2024 году;\n• с привлечением общественных наблюдателей.",
            InstructionLine("до 25 декабря 2024 года", [PersonLine("Д.Қ. Оңғарбаев")]),
        ),
    ]
    text = body_text(render_minutes(data, tmp_path / "p.pdf"))
    flat_text = flat(text)
    assert "1.1. 1)" not in flat_text and "1.1." not in flat_text
    assert "1) Информацию принять к сведению." in flat_text
    assert "1.2. Управлению спорта:" in flat_text
    lines = [line.strip() for line in text.splitlines()]
    for item in ("1) провести аудит смет;", "а) по строящимся объектам;", "- по объектам"):
        assert any(line.startswith(item) for line in lines), item
    assert "1.2. 1)" not in flat_text and "1.2.1)" not in flat_text


def test_list_lines_hang_their_marker():
    st = build_styles()
    paras = _text_blocks("Поручить:\n1) первое;\n- второе", st, prefix="2.1.")
    assert [p.style.name for p in paras] == ["body", "list_item", "list_item"]
    assert paras[1].style.firstLineIndent < 0 < paras[1].style.leftIndent
    assert paras[0].getPlainText().startswith("2.1. Поручить:")
    # a text that numbers itself gets no decision number
    assert _text_blocks("1) Принять к сведению.", st, prefix="2.1.")[0].getPlainText() == (
        "1) Принять к сведению."
    )


# --------------------------------------------------------------------------- 3. quorum


def test_no_quorum_sentence_without_a_roster(tmp_path):
    data = ru_minutes()
    data.quorum, data.voting_total, data.voting_present = False, 0, 0
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "Кворум" not in text and "Членов комиссии: всего" not in text
    data.voting_total, data.voting_present = 9, 4  # a roster, too few present
    text = all_text(render_minutes(data, tmp_path / "q.pdf"))
    assert "Членов комиссии: всего — 9, присутствуют — 4. Кворума нет." in text
    kk = kk_minutes()
    kk.quorum, kk.voting_total = False, 0
    assert "Кворум" not in all_text(render_minutes(kk, tmp_path / "kk.pdf"))


def test_builder_quorum_from_the_roster(sv):
    sid = enterprise_kazakh(sv)  # a working group whose roster nobody entered
    data = minutes_data(sv, sid, "kk")
    assert data.voting_total == 0 and not data.quorum


# --------------------------------------------------------------------------- 4. gender


@pytest.mark.parametrize(
    "surname, patronymic, gender",
    [
        ("Иванова", "", "f"),
        ("Досаев", "", "m"),
        ("Ким", "Александровна", "f"),
        ("Ким", "Сергеевич", "m"),
        ("Оспан", "Маратқызы", "f"),
        ("Оспан", "Серікұлы", "m"),
        ("Оспан", "Маратулы", "m"),
        ("Оспан", "Маратович кызы", "f"),
        ("Сарсенова", "", "f"),
        ("Калинина", "", "f"),
        ("Пушкин", "", "m"),
        ("Вишневская", "", "f"),
        ("Вишневский", "", "m"),
        ("Оспанұлы", "", "m"),
        ("Ким", "", ""),
        ("Сейітқали", "", ""),
    ],
)
def test_gender_from_the_name(surname, patronymic, gender):
    assert gender_of(surname, patronymic) == gender


def test_gender_from_a_printed_name():
    assert gender_from_name("О.П. Иванова") == "f"
    assert gender_from_name("Иванова Ольга Петровна") == "f"
    assert gender_from_name("Ким Ольга Петровна") == "f"
    assert gender_from_name("В.А. Ким") == ""


def test_a_woman_chairing(tmp_path):
    data = ru_minutes(items=1)
    data.chair = PersonLine("О.П. Иванова", "заместитель акима города Алматы")
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "Председательствовала: заместитель акима города Алматы — О.П. Иванова" in text
    data.chair = PersonLine("В.А. Ким", "аким города", gender="f")  # the builder knew
    assert "Председательствовала:" in all_text(render_minutes(data, tmp_path / "q.pdf"))
    data.chair = PersonLine("В.А. Ким", "аким города")  # unknown: as before
    assert "Председательствовал: аким города" in all_text(render_minutes(data, tmp_path / "r.pdf"))
    ext = ru_extract()
    ext.chair = PersonLine("О.П. Иванова", "аким")
    assert "Председательствовала:" in all_text(render_extract(ext, tmp_path / "x.pdf"))


def test_builder_gender_from_the_patronymic(sv, tmp_path):
    sid = supervisory_board(sv)
    data = minutes_data(sv, sid, "ru")
    assert data.chair.gender == "f"
    assert "Председательствовала:" in all_text(render_minutes(data, tmp_path / "p.pdf"))


def test_kazakh_positions_in_a_sentence_are_lower_cased():
    assert position_in_sentence("Спорт басқармасының басшысы", "kk") == (
        "спорт басқармасының басшысы"
    )
    assert position_in_sentence("Бас директордың орынбасары", "kk") == "бас директордың орынбасары"
    for proper in ("Алматы қаласының әкімі", "Медеу ауданының әкімі", "ҚР СЖҚА басшысы"):
        assert position_in_sentence(proper, "kk") == proper
    assert control_closing("kk", "Бас директордың орынбасары", "Б.С. Ержанов") == (
        "Осы хаттаманың орындалуын бақылау бас директордың орынбасары Б.С. Ержановқа жүктелсін."
    )


def test_kazakh_positions_after_a_label(tmp_path):
    data = kk_minutes()
    data.chair = PersonLine("Ү.Ө. Нұрғалиева", "Спорт басқармасының басшысы")
    text = all_text(render_minutes(data, tmp_path / "kk.pdf"))
    assert "Төрағалық етті: спорт басқармасының басшысы — Ү.Ө. Нұрғалиева" in text


# --------------------------------------------------------------------------- 5. secretary


def test_the_secretary_without_a_vote_is_listed_as_secretary(sv, tmp_path):
    sid = supervisory_board(sv)
    data = minutes_data(sv, sid, "ru")
    assert data.secretary_listed
    assert all("Ибраева" not in p.name for p in data.present)
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "Секретарь: корпоративный секретарь предприятия — С.К. Ибраева" in text
    members = text.split("Члены комиссии:")[1].split("Приглашенные:")[0]
    assert "Ибраева" not in members


def test_a_secretary_with_a_vote_stays_among_the_members(sv):
    sid = supervisory_board(sv)
    s = sv.store.session(sid)
    with sv.store.transaction():
        for ms in sv.store.memberships(s.commission_id):
            if ms.person_id == s.secretary_id:
                ms.voting = True
                sv.store.save_membership(ms)
    data = minutes_data(sv, sid, "ru")
    assert not data.secretary_listed
    assert any("Ибраева" in p.name for p in data.present)


# --------------------------------------------------------------------------- 6. draft


def test_draft_mark_top_right_of_page_one(tmp_path):
    data = ru_minutes()
    data.header = dataclasses.replace(data.header, draft=True)
    path = render_minutes(data, tmp_path / "p.pdf")
    pages = pages_text(path)
    first = body_lines(pages[0])
    assert first[:2] == ["Контроль", "ПРОЕКТ"]
    assert all("ПРОЕКТ" not in p for p in pages[1:])
    # right-aligned: the word ends near the right margin
    ends = []

    def visit(text, cm, tm, font_dict, font_size):
        if "ПРОЕКТ" in text:
            ends.append(cm[4] + tm[4] * cm[0])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    assert ends and ends[0] > 595 * 0.6
    kk = kk_minutes(on_control=False)
    kk.header = dataclasses.replace(kk.header, draft=True)
    kk_first = body_lines(pages_text(render_minutes(kk, tmp_path / "kk.pdf"))[0])
    assert kk_first[0] == "ЖОБА"
    approved = all_text(render_minutes(ru_minutes(), tmp_path / "a.pdf"))
    assert "ПРОЕКТ" not in approved
    assert top_texts(path)[0] == []  # the mark is in the text, not in the top margin


def test_builder_marks_sessions_not_yet_approved(sv):
    sid = supervisory_board(sv)  # left a draft
    assert minutes_data(sv, sid, "ru").header.draft
    sid = public_discussion(sv)  # approved
    assert not minutes_data(sv, sid, "ru").header.draft


# --------------------------------------------------------------------------- 7. keeping


def _stranded(pages: list[str], headings=HEADINGS_RU) -> list[tuple[int, str]]:
    """Pages (but the last) ending with a heading, and pages starting with a vote."""
    bad = []
    for n, page in enumerate(pages, 1):
        lines = body_lines(page)
        if not lines:
            continue
        if n < len(pages) and any(lines[-1].endswith(h) for h in headings):
            bad.append((n, lines[-1]))
        if n > 1 and lines[0].startswith(("Голосовали", "Дауыс беру")):
            bad.append((n, lines[0]))
    return bad


@pytest.mark.parametrize("size", [12.0, 13.0, 14.0, 15.0, 16.0])
@pytest.mark.parametrize("items", [2, 3, 4])
def test_no_heading_ends_a_page(tmp_path, size, items):
    data = ru_minutes(items=items)
    for k, sec in enumerate(data.agenda):
        sec.vote = (12, 0, 1)
        if k % 2:
            sec.summary = "Доклад прилагается. " * (3 + k)
    settings = DocumentSettings(font_size=size)
    pages = pages_text(render_minutes(data, tmp_path / "p.pdf", settings))
    assert not _stranded(pages), _stranded(pages)


@pytest.mark.parametrize("pad", range(0, 20, 2))
def test_resolved_stays_with_its_first_decision(tmp_path, pad):
    """The issue's case: ПОСТАНОВИЛИ (ҚАУЛЫ ЕТТІ) at the foot of a page, its decisions
    on the next; the text before it grows line by line until the page breaks there."""
    for lang, make, word in (("ru", ru_minutes, "ПОСТАНОВИЛИ:"), ("kk", kk_minutes, "ҚАУЛЫ ЕТТІ:")):
        data = make() if lang == "kk" else make(items=2)
        data.agenda[0].summary = "\n".join(["Материалы прилагаются."] * pad)
        for sec in data.agenda:  # each item's first decision an instruction (kept whole)
            sec.decisions = [d for d in sec.decisions if d.instruction is not None]
        pages = pages_text(render_minutes(data, tmp_path / f"{lang}.pdf"))
        assert not _stranded(pages, (word, "СЛУШАЛИ:", "ТЫҢДАЛДЫ:", "СӨЙЛЕДІ:")), (lang, pad)


def test_a_one_page_extract_stays_one_page(tmp_path):
    ext = ru_extract()
    ext.agenda[0].heard = []
    ext.agenda[0].decisions = ext.agenda[0].decisions[:1]
    pages = pages_text(render_extract(ext, tmp_path / "x.pdf"))
    assert len(pages) == 1
    assert "Выписка верна:" in pages[0]


def test_overdue_executor_heading_never_ends_a_page(tmp_path):
    from anticorr_desktop.reports.pdf_reports import PagedTable, _overdue_story

    st = build_styles()
    data = overdue(rows_per_group=3)
    data.groups = data.groups * 4
    story = _overdue_story(data, st, 800, 500)
    table = story[-1]
    assert isinstance(table, PagedTable)
    keep = table.grid.keep_with_next
    assert keep
    checked = 0
    for height in range(60, 500, 5):
        t = PagedTable(table.grid)
        t.wrap(800, height)
        parts = t.split(800, height)
        if len(parts) == 2:
            placed = parts[0]._nrows - 1
            assert 1 + placed - 1 not in keep, height
            checked += 1
    assert checked > 10


def test_instruction_numbers_never_break_in_a_cell(tmp_path):
    from anticorr_desktop.reports.pdf_reports import render_overdue

    data = overdue(rows_per_group=2)
    for g in data.groups:
        for r in g.rows:
            r.number = "А-12"
    for size in (12.0, 14.0):
        path = render_overdue(
            data, tmp_path / f"o{size}.pdf", DocumentSettings(table_font_size=size)
        )
        text = "\n".join(pages_text(path))
        assert text.count("А-12") == 4, size


# --------------------------------------------------------------------------- 8. languages


def test_text_language():
    assert text_language("Информацию принять к сведению.") == "ru"
    assert text_language("Баяндамашылардың ақпараты назарға алынсын.") == "kk"
    assert text_language("Управлению спорта (Жұмабеков Н.С.) обеспечить") == "ru"
    assert text_language("Сатып алу бөлімінің басшысы") == "kk"
    assert text_language("Аким города Алматы") == "ru"
    assert text_language("Комплаенс-офицер") == ""
    assert text_language("Mass Alert") == ""


def test_a_kazakh_print_marks_and_lists_russian_text(tmp_path):
    data = kk_minutes()
    data.agenda[0].decisions[0] = DecisionLine("1.1", "Информацию принять к сведению.", None, "ru")
    data.missing = ["Шешім 1.1"]
    text = all_text(render_minutes(data, tmp_path / "kk.pdf"))
    assert "1.1. Информацию принять к сведению. [рус.]" in text
    assert text.count("[рус.]") == 1


def test_missing_texts_of_the_demo(demo, tmp_path):
    """The demo keeps every text of its sessions in both languages: its Kazakh
    protocol prints entirely in Kazakh, nothing marked."""
    sid = demo.demo_session_id
    assert missing_texts(demo, sid, "ru") == []
    assert missing_texts(demo, sid, "kk") == []
    data = minutes_data(demo, sid, "kk")
    assert data.missing == []
    text = all_text(render_minutes(data, tmp_path / "kk.pdf"))
    assert "[рус.]" not in text
    assert "Об итогах" not in text and "Информацию принять" not in text
    assert "Проведены" not in text and "отметил" not in text
    assert "2024 жылғы 11 айдағы сыбайлас жемқорлыққа қарсы" in text
    assert "1.1. Ақпарат назарға алынсын." in text
    assert "оң серпінді" in text  # a speech, in its Kazakh version


def test_a_body_writing_only_kazakh(sv, tmp_path):
    sid = enterprise_kazakh(sv)
    assert missing_texts(sv, sid, "kk") == []
    data = minutes_data(sv, sid, "kk")
    text = all_text(render_minutes(data, tmp_path / "kk.pdf"))
    for s in [
        "«Атырау жылу» МКК сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жұмыс тобы",
        "кезекті отырысының ХАТТАМАСЫ",
        "2025 жылғы 14 наурыз",
        "№ 1",
        "Атырау қ.",
        "Төрағалық етті: бас директордың орынбасары — Б.С. Ержанов",
        "Хатшы: комплаенс-офицер — Д.Қ. Әлібекова",
        "Қатыспағандар:",
        "(іссапарда)",
        "1. ТЫҢДАЛДЫ:",
        "СӨЙЛЕДІ:",
        "ҚАУЛЫ ЕТТІ:",
        "1.1. Баяндамашының ақпараты назарға алынсын.",
        "1.2. Кәсіпорын бөлімдері:",
        "1) жоспардың тармақтарын",
        "Мерзімі: 2025 жылғы 30 маусымға дейін.",
        "Жауаптылар: Н.Ә. Қожахметов (жинақтау), Г.Е. Сағынтаева.",
        "Дауыс беру қорытындысы: «жақтап» — 4",
        "Төраға",
        "Хатшы",
    ]:
        assert s in text, s
    assert "[рус.]" not in text and "Кворум" not in text and "ЖОБА" not in text
    # the Russian print of a body that writes only Kazakh says so
    ru = minutes_data(sv, sid, "ru")
    assert "Решение 1.1" in ru.missing and "Повестка, п. 1: название" in ru.missing
    assert "[каз.]" not in all_text(render_minutes(ru, tmp_path / "ru.pdf"))
    assert "[қаз.]" in all_text(render_minutes(ru, tmp_path / "ru.pdf"))
    executor = sv.store.instructions_of_session(sid)[0].executors[0]
    assert extract_data(sv, sid, executor, "kk").missing == []
    assert missing_texts(sv, sid, "kk", executor) == []
    assert missing_texts(sv, sid, "ru", executor)


def test_a_supervisory_board_protocol(sv, tmp_path):
    sid = supervisory_board(sv)
    data = minutes_data(sv, sid, "ru")
    assert data.missing == []
    path = render_minutes(data, tmp_path / "p.pdf")
    text = all_text(path)
    for s in [
        "Наблюдательный совет ГКП на ПХВ «Городская поликлиника № 5» акимата города Астаны",
        "ПРОТОКОЛ",
        "20 февраля 2025 года",
        "№ 2",
        "г. Астана",
        "Место проведения: г. Астана, ул. Кенесары, 40, каб. 305",
        "Председательствовала: руководитель управления здравоохранения — А.М. Сарсенова",
        "Приглашенные: Директор предприятия — Е.Б. Тулегенов",
        "Главный бухгалтер управления — А.Н. Бекболатов (отпуск)",
        "Членов комиссии: всего — 4, присутствуют — 3. Кворум имеется.",
        "1. Об утверждении Антикоррупционного стандарта предприятия Проект стандарта",
        "1) Утвердить Антикоррупционный стандарт предприятия.",
        "1.2. Директору предприятия:",
        "- с указанием даты утверждения.",
        "Срок: до 31 марта 2025 года.",
        "ВЫСТУПИЛИ: И.В. Ковальчук, независимый член наблюдательного совета — предложила",
        "Голосовали: «за» — 3, «против» — 0, «воздержались» — 0.",
        "А. Сарсенова",
        "С. Ибраева",
    ]:
        assert s in text, s
    assert "СЛУШАЛИ" not in text and "1.1. 1)" not in text
    assert pages_text(path)[0].lstrip().startswith("Контроль")
    assert "ПРОЕКТ" in pages_text(path)[0]
    assert not _stranded(pages_text(path))


def test_a_public_discussion(sv, tmp_path):
    sid = public_discussion(sv)
    data = minutes_data(sv, sid, "ru")
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "СЛУШАЛИ" not in text and "Кворум" not in text
    assert "ВЫСТУПИЛИ: Жители мкр. Айгерим-1 — о прозрачности" in text
    assert "1.1. Одобрить проект Плана с учетом предложений:" in text
    kk = minutes_data(sv, sid, "kk")
    assert kk.missing == [
        "Күн тәртібі, 1-тармақ: сөз сөйлеу (Жители мкр. Айгерим-1)",
        "Күн тәртібі, 1-тармақ: сөз сөйлеу (Представитель ОО «Адал болашақ»)",
    ]
    kk_text = all_text(render_minutes(kk, tmp_path / "kk.pdf"))
    assert "1.1. Жоспардың жобасы ұсыныстар ескеріле отырып мақұлдансын:" in kk_text
    assert "Алатау ауданы әкімінің орынбасары" in kk_text
    assert "о прозрачности распределения земельных участков [рус.]" in kk_text
    assert "о мониторинге закупок [рус.]" in kk_text
    assert date(2025, 4, 10) == kk.header.date
    assert kk.header.kind == m.SessionKind.REGULAR


def test_a_position_in_the_other_language_reads_as_that_language_does(tmp_path):
    data = kk_minutes()
    data.chair = PersonLine("А.М. Сарсенова", "Руководитель управления", position_lang="ru")
    text = all_text(render_minutes(data, tmp_path / "kk.pdf"))
    assert "Төрағалық етті: руководитель управления [рус.] — А.М. Сарсенова" in text
