"""PDF rendering of the minutes, the extract and the control reports.

The documents are built by hand here (no storage), rendered to ``tmp_path``
and read back with pypdf: the text that must be printed, embedded fonts,
page numbers, the control mark, the annex, hostile user text.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.platypus import Paragraph

from anticorr_desktop.domain.model import SessionKind
from anticorr_desktop.reports.data import (
    AgendaSection,
    DecisionLine,
    DisciplineReportData,
    DisciplineRow,
    DocumentSettings,
    ExtractData,
    InstructionLine,
    MinutesData,
    OverdueGroup,
    OverdueReportData,
    OverdueRow,
    PersonLine,
    SessionHeader,
    SpeakerLine,
    Stamp,
)
from anticorr_desktop.reports.pdf_minutes import render_extract, render_minutes, signature_name
from anticorr_desktop.reports.pdf_reports import (
    BAND_BAR,
    BAND_CELL,
    discipline_band,
    discipline_bar_colour,
    discipline_colour,
    render_discipline,
    render_overdue,
)
from anticorr_desktop.reports.pdfbase import (
    MISSING_GLYPH,
    build_styles,
    esc,
    register_fonts,
    write_pdf_atomic,
)
from anticorr_desktop.reports.wording import (
    KK,
    RU,
    WORDING,
    control_closing,
    date_attributive,
    kk_surname_dative,
    people_count,
    percent_text,
    position_in_sentence,
    ru_position_accusative,
    ru_surname_accusative,
)

KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
STAMP = Stamp(journal_head="3f2a9c1d07be", generated_at=datetime(2024, 12, 13, 16, 5))

# --------------------------------------------------------------------------- documents


def ru_people(n: int, kind: str) -> list[PersonLine]:
    positions = [
        "руководитель управления цифровизации города Алматы",
        "аким Медеуского района",
        "руководитель управления спорта города Алматы",
        "председатель правления ТОО «Алматы Даму»",
        "руководитель управления строительства города Алматы",
        "член общественного совета города Алматы",
    ]
    surnames = [
        "Әбдіқадыров",
        "Нұрғалиева",
        "Құрманов",
        "Сейітқали",
        "Үсенова",
        "Жұмабеков",
        "Оңғарбаева",
    ]
    return [
        PersonLine(
            name=f"{'АБВГДЕЖЗИКЛМН'[i % 13]}.{'ОПРСТУ'[i % 6]}. {surnames[i % len(surnames)]}",
            position=positions[i % len(positions)]
            if kind != "absent"
            else "заместитель акима города Алматы",
            note="в отпуске"
            if kind == "absent"
            else ("(замещает Т.К. Оспанова)" if i == 1 and kind == "member" else ""),
        )
        for i in range(n)
    ]


CHAIR_RU = PersonLine("Е.Б. Досаев", "аким города Алматы", signature_name="Е. Досаев")
SECRETARY_RU = PersonLine(
    "Ғ.Ә. Тілеубердиева",
    "руководитель службы антикоррупционного комплаенса аппарата акима города Алматы",
)
RAKHIMOV_RU = PersonLine(
    "А.С. Рахимов",
    "руководитель Департамента Агентства по противодействию коррупции по городу Алматы",
)


def ru_agenda(items: int = 3) -> list[AgendaSection]:
    topics = [
        "Об итогах работы по противодействию коррупции в местных исполнительных органах города "
        "Алматы за 11 месяцев 2024 года",
        "О результатах внутреннего анализа коррупционных рисков в управлении спорта и при "
        "строительстве спортивных объектов",
        "О функционировании системы «Картограмма коррупции» и сервисов Mass Alert, «Социальный "
        "кошелёк», «Цифровой ваучер»",
        "О плане работы комиссии на 2025 год",
    ]
    sections = []
    for n in range(1, items + 1):
        topic = topics[(n - 1) % len(topics)]
        decisions = [
            DecisionLine(f"{n}.1", "Информацию докладчиков принять к сведению."),
            DecisionLine(
                f"{n}.2",
                "Руководителям управлений и акимам районов обеспечить проведение внутреннего "
                "анализа коррупционных рисков в подведомственных организациях, устранить "
                "выявленные нарушения и принять меры дисциплинарного характера к виновным "
                "должностным лицам.",
                InstructionLine(
                    due="до 25 декабря 2024 года",
                    responsible=[
                        PersonLine("Д.Қ. Оңғарбаев", "руководитель управления спорта"),
                        PersonLine("Н.Ғ. Әлімжанова"),
                        PersonLine("С.Ү. Сейітқали"),
                    ],
                    controller=PersonLine("Б.А. Ахметов", "заместитель акима города Алматы"),
                ),
            ),
            DecisionLine(
                f"{n}.3",
                "Управлению цифровизации обеспечить интеграцию системы «Картограмма коррупции» с "
                "информационными системами районных акиматов и ежеквартально информировать "
                "комиссию о ходе работ.",
                InstructionLine(
                    due="ежеквартально, до 5 числа месяца, следующего за отчетным",
                    responsible=[
                        PersonLine("М.Ж. Құдайбергенов", "руководитель управления цифровизации")
                    ],
                ),
            ),
        ]
        sections.append(
            AgendaSection(
                number=n,
                title=topic,
                heard=[
                    SpeakerLine(
                        RAKHIMOV_RU.name,
                        RAKHIMOV_RU.position,
                        "о положительной динамике: число проверяемых субъектов "
                        "квазигосударственного сектора в 2025 году вырастет с 54 до 80, обновлена "
                        "система «Картограмма коррупции», для государственных служащих "
                        "организованы курсы повышения квалификации.",
                    )
                ],
                spoke=[
                    SpeakerLine(
                        "Д.Қ. Оңғарбаев",
                        "руководитель управления спорта города Алматы",
                        "о мерах по снижению рисков при строительстве спортивных объектов.",
                    ),
                    SpeakerLine("Ү.Ө. Нұрғалиева", "аким Бостандыкского района"),
                ],
                summary="Доклад прилагается.",
                decisions=decisions,
                vote=(12, 0, 1) if n == 1 else None,
            )
        )
    return sections


def ru_minutes(
    *,
    present: int = 8,
    invited: int = 3,
    absent: int = 2,
    on_control: bool = True,
    revision: int = 0,
    items: int = 3,
) -> MinutesData:
    return MinutesData(
        lang="ru",
        header=SessionHeader(
            body_name="Городская комиссия по вопросам противодействия коррупции",
            city="г. Алматы",
            kind=SessionKind.EXTENDED,
            date=date(2024, 12, 13),
            number=4,
            time="10:00",
            place="акимат города Алматы, площадь Республики, 4, зал заседаний",
            revision=revision,
        ),
        chair=CHAIR_RU,
        secretary=SECRETARY_RU,
        present=ru_people(present, "member"),
        invited=[RAKHIMOV_RU, *ru_people(max(invited - 1, 0), "invited")][:invited],
        absent=ru_people(absent, "absent"),
        quorum=True,
        voting_present=present,
        voting_total=present + absent,
        agenda=ru_agenda(items),
        control_assignee=PersonLine("Б.А. Ахметов", "Заместитель акима города Алматы"),
        on_control=on_control,
        stamp=STAMP,
    )


def kk_minutes(*, on_control: bool = True) -> MinutesData:
    chair = PersonLine("Е.Б. Досаев", "Алматы қаласының әкімі", signature_name="Е. Досаев")
    return MinutesData(
        lang="kk",
        header=SessionHeader(
            body_name="Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі қалалық комиссия",
            city="Алматы қ.",
            kind=SessionKind.EXTENDED,
            date=date(2024, 12, 13),
            number=4,
        ),
        chair=chair,
        secretary=PersonLine("Ғ.Ә. Тілеубердиева", "комплаенс қызметінің басшысы"),
        present=[
            PersonLine("Ә.Ғ. Құрманғалиев", "Медеу ауданының әкімі"),
            PersonLine("Ү.Ө. Нұрғалиева", "Алматы қаласының спорт басқармасының басшысы"),
            PersonLine("Һ.І. Әбілқасымов", "Алматы қаласының цифрландыру басқармасының басшысы"),
            PersonLine("Ұ.Т. Ұлықбекова", "Алматы қаласының құрылыс басқармасының басшысы"),
        ],
        invited=[
            PersonLine(
                "А.С. Рахимов",
                "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің Алматы қаласы бойынша "
                "департаментінің басшысы",
            )
        ],
        absent=[PersonLine("Б.Ң. Сәрсенбаев", "әкімнің орынбасары", note="іссапарда")],
        quorum=True,
        voting_present=4,
        voting_total=5,
        agenda=[
            AgendaSection(
                number=1,
                title=(
                    "2024 жылғы 11 айдағы сыбайлас жемқорлыққа қарсы іс-қимыл жұмысының "
                    "қорытындылары туралы"
                ),
                heard=[
                    SpeakerLine(
                        "А.С. Рахимов",
                        "департамент басшысы",
                        "оң серпін туралы: квазимемлекеттік сектордың тексерілетін субъектілерінің "
                        "саны 54-тен 80-ге дейін өседі.",
                    )
                ],
                spoke=[SpeakerLine("Ү.Ө. Нұрғалиева", "спорт басқармасының басшысы")],
                decisions=[
                    DecisionLine("1.1", "Баяндамашылардың ақпараты назарға алынсын."),
                    DecisionLine(
                        "1.2",
                        "Спорт нысандарын салу және жиһаздау кезіндегі сыбайлас жемқорлық "
                        "тәуекелдеріне ішкі талдау жүргізу қамтамасыз етілсін.",
                        InstructionLine(
                            due="2024 жылғы 25 желтоқсанға дейін",
                            responsible=[
                                PersonLine("Ү.Ө. Нұрғалиева"),
                                PersonLine("Һ.І. Әбілқасымов"),
                            ],
                        ),
                    ),
                ],
                vote=(3, 0, 0),
            )
        ],
        control_assignee=PersonLine("Б.Ң. Сәрсенбаев", "қала әкімінің орынбасары"),
        on_control=on_control,
        stamp=STAMP,
    )


def ru_extract(lang: str = "ru") -> ExtractData:
    m = ru_minutes() if lang == "ru" else kk_minutes()
    section = m.agenda[0]
    section = AgendaSection(
        number=section.number,
        title=section.title,
        heard=section.heard,
        decisions=[d for d in section.decisions if d.instruction is not None],
    )
    return ExtractData(
        lang=lang,
        header=m.header,
        executor=PersonLine("Д.Қ. Оңғарбаев", "руководитель управления спорта города Алматы"),
        chair=m.chair,
        secretary=m.secretary,
        agenda=[section],
        on_control=True,
        stamp=STAMP,
    )


def overdue(lang: str = "ru", rows_per_group: int = 3) -> OverdueReportData:
    text = (
        "Обеспечить проведение внутреннего анализа коррупционных рисков в подведомственных "
        "организациях и представить в комиссию информацию о принятых мерах."
    )
    groups = []
    for g, who in enumerate(
        [
            PersonLine("Д.Қ. Оңғарбаев", "руководитель управления спорта"),
            PersonLine("Ү.Ө. Нұрғалиева", "аким Бостандыкского района"),
        ]
    ):
        groups.append(
            OverdueGroup(
                executor=who,
                rows=[
                    OverdueRow(
                        number=f"{g + 1}.{i + 1}",
                        protocol="№ 4 от 13.12.2024",
                        text=text,
                        original_due=date(2024, 12, 25),
                        current_due=date(2025, 1, 15),
                        extensions=i % 2,
                        days_overdue=40 + i,
                        co_executors=["Н.Ғ. Әлімжанова", "С.Ү. Сейітқали"] if i % 2 else [],
                        last_report="12.01.2025, исх. № 01-12/345: работа продолжается"
                        if i
                        else "",
                    )
                    for i in range(rows_per_group)
                ],
            )
        )
    return OverdueReportData(
        lang=lang,
        title_body="Городская комиссия по вопросам противодействия коррупции",
        as_of=date(2025, 2, 24),
        groups=groups,
        stamp=STAMP,
    )


def discipline(lang: str = "ru") -> DisciplineReportData:
    rows = [
        DisciplineRow("Д.Қ. Оңғарбаев", "Управление спорта города Алматы", 10, 9, 1, 0, 90.0),
        DisciplineRow("Ү.Ө. Нұрғалиева", "Аппарат акима Бостандыкского района", 8, 5, 1, 2, 62.5),
        DisciplineRow(
            "М.Ж. Құдайбергенов", "Управление цифровизации города Алматы", 6, 2, 2, 2, 33.3
        ),
        DisciplineRow("Һ.І. Әбілқасымов", "ТОО «Алматы Даму»", 0, 0, 0, 0, None),
    ]
    total = DisciplineRow("", "", 24, 16, 4, 4, 66.7)
    return DisciplineReportData(
        lang=lang,
        title_body="Городская комиссия по вопросам противодействия коррупции",
        date_from=date(2024, 1, 1),
        date_to=date(2024, 12, 31),
        rows=rows,
        total=total,
        stamp=STAMP,
    )


# --------------------------------------------------------------------------- helpers


def pages_text(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def flat(text: str) -> str:
    """Whitespace collapsed: line breaks fall wherever the wrapping put them."""
    return " ".join(text.split())


def all_text(path: Path) -> str:
    return flat(" ".join(pages_text(path)))


def body_text(path: Path) -> str:
    """The text without the page furniture (stamp, page numbers), unflattened."""
    keep = []
    for line in "\n".join(pages_text(path)).splitlines():
        if line.startswith("Журнал: ") or line.strip().isdigit():
            continue
        keep.append(line)
    return "\n".join(keep)


def top_texts(path: Path, settings: DocumentSettings | None = None) -> list[list[str]]:
    """Per page, the text drawn in the top margin."""
    settings = settings or DocumentSettings()
    out = []
    for page in PdfReader(path).pages:
        height = float(page.mediabox.height)
        found: list[str] = []

        def visit(text, cm, tm, font_dict, font_size, found=found, height=height):
            y = cm[5] + tm[5] * cm[3] if cm else tm[5]
            if text.strip() and y > height - settings.margin_top_mm * 72 / 25.4:
                found.append(text.strip())

        page.extract_text(visitor_text=visit)
        out.append(found)
    return out


def assert_fonts_embedded(path: Path) -> None:
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descs = [font]
            if font.get("/Subtype") == "/Type0":
                descs = [d.get_object() for d in font["/DescendantFonts"]]
            for d in descs:
                descriptor = d.get("/FontDescriptor")
                assert descriptor is not None, (
                    f"{font.get('/BaseFont')} has no descriptor (not embedded)"
                )
                assert "/FontFile2" in descriptor.get_object(), (
                    f"{font.get('/BaseFont')} not embedded"
                )
                seen += 1
    assert seen


# --------------------------------------------------------------------------- fonts and text


def test_bundled_fonts_cover_kazakh_and_document_punctuation():
    fonts = register_fonts()
    for ch in KAZAKH_LETTERS + "«»—–№·□":
        assert ord(ch) in fonts.charset, ch
    assert register_fonts() is fonts  # registered once


@pytest.mark.parametrize(
    ("raw", "markup"),
    [
        ("x<y", "x&lt;y"),
        ("A&B", "A&amp;B"),
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("a\nb\r\nc\rd", "a<br/>b<br/>c<br/>d"),
        ("\x00\x07 control\x1b", " control"),
        ("tab\there", "tab here"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("и\u0306", "й"),
        ("😀", MISSING_GLYPH),
        (None, ""),
        (42, "42"),
    ],
)
def test_esc(raw, markup):
    assert esc(raw) == markup


def test_esc_output_always_parses():
    st = build_styles()
    for raw in [
        "<img src='/etc/passwd'/>",
        "&nbsp;&#0;",
        "<para>",
        "]]>",
        "<br/>",
        "<font size=80>x</font>",
        "\x00" * 10,
    ]:
        Paragraph(esc(raw), st.body).wrap(400, 800)


# --------------------------------------------------------------------------- the minutes


def test_minutes_ru_says_what_it_must(tmp_path):
    path = render_minutes(ru_minutes(), tmp_path / "p.pdf")
    pages = pages_text(path)
    text = flat(" ".join(pages))
    assert 2 <= len(pages) <= 6
    assert pages[0].lstrip().startswith("Контроль")
    for s in [
        "Городская комиссия по вопросам противодействия коррупции",
        "ПРОТОКОЛ",
        "расширенного заседания",
        "13 декабря 2024 года",
        "№ 4",
        "г. Алматы",
        "Время проведения: 10:00",
        "Председательствовал: аким города Алматы — Е.Б. Досаев",
        "Присутствовали:",
        "Члены комиссии:",
        "(замещает Т.К. Оспанова)",
        "Приглашенные:",
        "Отсутствовали:",
        "Заместитель акима города Алматы — А.О. Әбдіқадыров (в отпуске)",
        "Руководитель управления цифровизации города Алматы — А.О. Әбдіқадыров",
        "Членов комиссии: всего — 10, присутствуют — 8. Кворум имеется.",
        "ПОВЕСТКА ДНЯ:",
        "Докладчик: А.С. Рахимов",
        "1. СЛУШАЛИ:",
        "ВЫСТУПИЛИ:",
        "ПОСТАНОВИЛИ:",
        "1.1. Информацию докладчиков принять к сведению.",
        "Срок: до 25 декабря 2024 года.",
        "Ответственные: Д.Қ. Оңғарбаев (свод), Н.Ғ. Әлімжанова, С.Ү. Сейітқали.",
        "Ответственный: М.Ж. Құдайбергенов.",
        "Срок: ежеквартально, до 5 числа месяца, следующего за отчетным.",
        "Голосовали: «за» — 12, «против» — 0, «воздержались» — 1.",
        "3.3.",
        "4. Контроль за исполнением настоящего протокола возложить на заместителя акима города "
        "Алматы Б.А. Ахметова.",
        "Председатель",
        "Е. Досаев",
        "Секретарь",
        "Ғ. Тілеубердиева",
        "Журнал: 3f2a9c1d07be · 13.12.2024 16:05",
    ]:
        assert s in text, s
    assert "Редакция" not in text
    assert "список прилагается" not in text
    assert_fonts_embedded(path)
    meta = PdfReader(path).metadata
    assert meta.title == "Протокол № 4 от 13.12.2024"
    assert meta.creator.startswith("AntiCorr Desktop")


def test_every_page_has_the_stamp_and_numbers_from_page_two(tmp_path):
    path = render_minutes(ru_minutes(items=4), tmp_path / "p.pdf")
    pages = pages_text(path)
    assert len(pages) >= 3
    assert all("Журнал: 3f2a9c1d07be · 13.12.2024 16:05" in flat(p) for p in pages)
    tops = top_texts(path)
    assert tops[0] == []
    for n, found in enumerate(tops[1:], 2):
        assert found == [str(n)]


def test_signatures_keep_the_closing_decision_with_them(tmp_path):
    path = render_minutes(ru_minutes(), tmp_path / "p.pdf")
    last = flat(pages_text(path)[-1])
    assert "возложить на" in last and "Секретарь" in last and "Председатель" in last


def test_minutes_kk(tmp_path):
    path = render_minutes(kk_minutes(), tmp_path / "kk.pdf")
    pages = pages_text(path)
    text = flat(" ".join(pages))
    assert pages[0].lstrip().startswith("Бақылау")
    for s in [
        "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі қалалық комиссия",
        "кеңейтілген отырысының ХАТТАМАСЫ",
        "2024 жылғы 13 желтоқсан",
        "№ 4",
        "Алматы қ.",
        "Төрағалық етті: Алматы қаласының әкімі — Е.Б. Досаев",
        "Қатысқандар:",
        "Комиссия мүшелері:",
        "Шақырылғандар:",
        "Қатыспағандар:",
        "(іссапарда)",
        "Кворум бар.",
        "КҮН ТӘРТІБІ:",
        "Баяндамашы:",
        "1. ТЫҢДАЛДЫ:",
        "СӨЙЛЕДІ:",
        "ҚАУЛЫ ЕТТІ:",
        "1.2.",
        "Мерзімі: 2024 жылғы 25 желтоқсанға дейін.",
        "Жауаптылар: Ү.Ө. Нұрғалиева (жинақтау), Һ.І. Әбілқасымов.",
        "Дауыс беру қорытындысы: «жақтап» — 3, «қарсы» — 0, «қалыс қалғандар» — 0.",
        "2. Осы хаттаманың орындалуын бақылау қала әкімінің орынбасары Б.Ң. Сәрсенбаевқа "
        "жүктелсін.",
        "Төраға",
        "Хатшы",
        "Журнал: 3f2a9c1d07be · 13.12.2024 16:05",
    ]:
        assert s in text, s
    for ch in KAZAKH_LETTERS:
        assert ch in text, ch
    for ru_word in ("ПРОТОКОЛ", "Председатель", "Срок:", "Контроль"):
        assert ru_word not in text
    assert_fonts_embedded(path)


def test_control_mark_only_when_on_control(tmp_path):
    path = render_minutes(ru_minutes(on_control=False), tmp_path / "p.pdf")
    first = pages_text(path)[0].lstrip()
    assert not first.startswith("Контроль")
    assert first.startswith("Городская комиссия")
    path = render_minutes(kk_minutes(on_control=False), tmp_path / "kk.pdf")
    assert "Бақылау" not in pages_text(path)[0].split("\n")[0]


def test_revision_is_printed_under_the_header(tmp_path):
    text = all_text(render_minutes(ru_minutes(revision=2), tmp_path / "p.pdf"))
    assert "г. Алматы Редакция 2" in text


def test_annex_when_attendees_exceed_the_threshold(tmp_path):
    settings = DocumentSettings(annex_threshold=15)
    path = render_minutes(ru_minutes(present=14, invited=4), tmp_path / "p.pdf", settings)
    pages = pages_text(path)
    main = flat(" ".join(pages[:-1]))
    assert "Присутствовали: 18 человек (список прилагается)" in main
    assert "Члены комиссии:" not in main  # the list went to the annex
    assert "Отсутствовали:" in main
    annex = flat(pages[-1])
    assert annex.startswith(
        "Приложение к протоколу № 4 от 13 декабря 2024 года Список присутствовавших"
    )
    assert "Члены комиссии" in annex and "Приглашенные" in annex
    assert "18 А.С. Рахимов" not in annex and "15 А.С. Рахимов" in annex
    assert "Секретарь" not in annex  # the signatures close the protocol, before the annex

    below = all_text(
        render_minutes(ru_minutes(present=12, invited=3), tmp_path / "q.pdf", settings)
    )
    assert "список прилагается" not in below and "Приложение к протоколу" not in below


def test_annex_kk(tmp_path):
    data = kk_minutes()
    text = all_text(render_minutes(data, tmp_path / "kk.pdf", DocumentSettings(annex_threshold=2)))
    assert "Қатысқандар: 5 адам (тізім қоса беріледі)" in text
    assert "2024 жылғы 13 желтоқсандағы № 4 хаттамаға қосымша" in text
    assert "Қатысқандардың тізімі" in text


def test_settings_change_the_font_size_and_margins(tmp_path):
    small = render_minutes(
        ru_minutes(items=4), tmp_path / "a.pdf", DocumentSettings(font_size=11, margin_left_mm=20)
    )
    big = render_minutes(ru_minutes(items=4), tmp_path / "b.pdf")
    assert len(PdfReader(small).pages) < len(PdfReader(big).pages)


# --------------------------------------------------------------------------- the extract


def test_extract_ru(tmp_path):
    path = render_extract(ru_extract(), tmp_path / "x.pdf")
    pages = pages_text(path)
    text = flat(" ".join(pages))
    assert pages[0].lstrip().startswith("Контроль")
    for s in [
        "ВЫПИСКА ИЗ ПРОТОКОЛА расширенного заседания",
        "13 декабря 2024 года",
        "№ 4",
        "Исполнитель: руководитель управления спорта города Алматы — Д.Қ. Оңғарбаев",
        "1. Об итогах работы по противодействию коррупции",
        "СЛУШАЛИ:",
        "ПОСТАНОВИЛИ:",
        "1.2. Руководителям управлений",
        "Срок: до 25 декабря 2024 года.",
        "Выписка верна:",
        "Секретарь Ғ. Тілеубердиева",
        "Председатель Е. Досаев",
    ]:
        assert s in text, s
    assert "1.1. Информацию" not in text
    last = flat(pages[-1])  # the signatures never stand alone on a page
    assert "Выписка верна:" in last and ("Срок:" in last or "Ответственн" in last)
    assert_fonts_embedded(path)


def test_extract_kk(tmp_path):
    text = all_text(render_extract(ru_extract("kk"), tmp_path / "x.pdf"))
    for s in [
        "Бақылау",
        "кеңейтілген отырысының ХАТТАМАСЫНАН ҮЗІНДІ",
        "Орындаушы:",
        "ТЫҢДАЛДЫ:",
        "ҚАУЛЫ ЕТТІ:",
        "Үзінді дұрыс:",
        "Хатшы",
        "Төраға",
    ]:
        assert s in text, s


# --------------------------------------------------------------------------- hostile text

HOSTILE = [
    "x<y",
    "A&B",
    "<img src='/etc/passwd'/>",
    "<b>bold</b>",
    "&amp; &lt; &#169;",
    "Rtl: שלום",
    "e\u0301 и\u0306 a\u0308",
]


def test_hostile_text_prints_as_typed(tmp_path):
    word = "Ж" * 5000
    data = ru_minutes(items=1)
    data.chair = PersonLine("<b>bold</b> & Co", "x<y")
    data.header.body_name = "<img src='/etc/passwd'/> A&B"
    section = data.agenda[0]
    section.summary = "\n".join(HOSTILE) + "\n\x00\x07 control"
    section.decisions.append(DecisionLine("1.4", "emoji 😀 here; arabic مرحبا; " + word))
    path = render_minutes(data, tmp_path / "h.pdf")
    raw = body_text(path)
    text = flat(raw)
    for s in [
        "<b>bold</b> & Co",
        "x<y",
        "<img src='/etc/passwd'/> A&B",
        "A&B",
        "&amp; &lt; &#169;",
        "é й ä",
        " control",
    ]:
        assert unicodedata.normalize("NFC", s) in text, s
    assert "\x00" not in raw and "\x07" not in raw
    assert set("שלום") <= set(text)  # pypdf reorders right-to-left runs
    assert "emoji □ here" in text  # the font has no emoji: a visible placeholder
    assert word in re.sub(r"\s", "", raw)  # broken across lines, never lost
    assert_fonts_embedded(path)


def test_huge_text_and_unbroken_word_in_tables(tmp_path):
    report = overdue(rows_per_group=1)
    report.groups[0].rows[0].text = "слово " * 16_000 + "Ж" * 5000  # ~100,000 characters
    report.groups[1].rows[0].last_report = "<script>alert(1)</script>"
    path = render_overdue(report, tmp_path / "o.pdf")
    raw = body_text(path)
    assert len(PdfReader(path).pages) > 3
    assert raw.count("слово") == 16_000
    header = "".join(
        RU[k]
        for k in (
            "col_number",
            "col_protocol",
            "col_text",
            "col_original_due",
            "col_current_due",
            "col_days",
            "col_co",
            "col_last_report",
        )
    )
    assert "Ж" * 5000 in re.sub(r"\s", "", raw).replace(
        re.sub(r"\s", "", header), ""
    )  # the header repeats on each page
    assert "<script>alert(1)</script>" in re.sub(
        r"\s", "", raw
    )  # a long word, broken in its narrow cell


# --------------------------------------------------------------------------- reports


def test_overdue_report(tmp_path):
    path = render_overdue(overdue(rows_per_group=12), tmp_path / "o.pdf")
    pages = pages_text(path)
    text = flat(" ".join(pages))
    assert len(pages) >= 2
    for s in [
        "Справка о просроченных поручениях по состоянию на 24 февраля 2025 года",
        "Д.Қ. Оңғарбаев, руководитель управления спорта",
        "№ 4 от 13.12.2024",
        "25.12.2024",
        "15.01.2025 (продлений: 1)",
        "Н.Ғ. Әлімжанова, С.Ү. Сейітқали",
        "12.01.2025, исх. № 01-12/345",
        "Итого по исполнителю: 12",
        "Всего просроченных поручений: 24",
    ]:
        assert s in text, s
    for page in pages:  # the header row repeats
        assert "Исходный срок" in flat(page) and "Последний отчёт" in flat(page)
    assert float(PdfReader(path).pages[0].mediabox.width) > float(
        PdfReader(path).pages[0].mediabox.height
    )
    assert_fonts_embedded(path)


def test_overdue_report_kk(tmp_path):
    text = all_text(render_overdue(overdue("kk"), tmp_path / "o.pdf"))
    for s in [
        "2025 жылғы 24 ақпандағы жағдай бойынша мерзімі өткен тапсырмалар туралы анықтама",
        "Бастапқы мерзімі",
        "(ұзартулар саны: 1)",
        "Орындаушы бойынша барлығы: 3",
        "Мерзімі өткен тапсырмалардың барлығы: 6",
    ]:
        assert s in text, s


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("ru", "Просроченных поручений нет."), ("kk", "Мерзімі өткен тапсырмалар жоқ.")],
)
def test_empty_overdue_report(tmp_path, lang, phrase):
    data = OverdueReportData(
        lang=lang, title_body="", as_of=date(2025, 2, 24), groups=[], stamp=STAMP
    )
    path = render_overdue(data, tmp_path / "o.pdf")
    text = all_text(path)
    assert phrase in text
    assert len(PdfReader(path).pages) == 1


def test_paged_table_draws_the_pages_of_one_whole_table(tmp_path):
    """A report's table is laid out a page at a time (``PagedTable``); its
    pages are drawn exactly as those of one reportlab ``Table`` of all the rows."""
    from reportlab.platypus import Table, TableStyle

    from anticorr_desktop.reports import pdf_reports

    data = overdue(rows_per_group=25)
    data.groups[0].rows[3].text = "слово " * 2500  # one record in several rows
    st = build_styles()

    def render(path: Path, whole: bool) -> list:
        def build(fh):
            doc = pdf_reports._doc(fh, DocumentSettings(), st, "ru", STAMP, "t", "")
            story = pdf_reports._overdue_story(data, st, doc.width, doc.height)
            if whole:
                grid = story[-1].grid
                story[-1] = Table(grid.rows, colWidths=grid.widths, repeatRows=1)
                story[-1].setStyle(TableStyle(grid.base + grid.cmds))
            doc.build(story)

        return PdfReader(write_pdf_atomic(path, build)).pages

    paged = render(tmp_path / "paged.pdf", whole=False)
    whole = render(tmp_path / "whole.pdf", whole=True)
    assert len(paged) == len(whole) > 5
    for n, (a, b) in enumerate(zip(paged, whole, strict=True), 1):
        assert a.get_contents().get_data() == b.get_contents().get_data(), f"page {n}"


def test_reportlab_loads_without_compiling_its_url_pattern():
    """reportlab.platypus compiles, on import, a URL pattern these documents
    never use (about 100 ms); the first import through this package defers it."""
    code = (
        "import anticorr_desktop.reports.pdf_minutes\n"
        "from reportlab.platypus import paragraph\n"
        "print(type(paragraph.uri_pat).__name__)\n"
        "print(paragraph._uri_split_pairs('https://example.com/a/b')[0])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "LazyPattern", "reportlab's pattern changed: see reports/rlimport.py"
    assert out[1] == "('https://example.com/a/', 'b')"  # still works when used


@pytest.mark.parametrize(
    ("percent", "band"),
    [
        (None, None),
        (float("nan"), None),
        (0.0, "red"),
        (50.0, "red"),
        (50.01, "yellow"),
        (75.0, "yellow"),
        (75.1, "green"),
        (100.0, "green"),
    ],
)
def test_discipline_bands(percent, band):
    assert discipline_band(percent) == band
    if band is None:
        assert discipline_colour(percent) is None and discipline_bar_colour(percent) is None
    else:
        assert discipline_colour(percent) == BAND_CELL[band]
        assert discipline_bar_colour(percent) == BAND_BAR[band]


def test_band_colours_look_like_their_names():
    for table in (BAND_CELL, BAND_BAR):
        red, yellow, green = table["red"], table["yellow"], table["green"]
        assert red.red > red.green and red.red > red.blue
        assert yellow.red > yellow.blue and yellow.green > yellow.blue
        assert green.green > green.red and green.green > green.blue
        assert all(isinstance(c, colors.Color) for c in table.values())


def test_discipline_report(tmp_path):
    path = render_discipline(discipline(), tmp_path / "d.pdf")
    text = all_text(path)
    for s in [
        "Справка об исполнительской дисциплине за период с 01.01.2024 по 31.12.2024",
        "Исполнительская дисциплина, %",
        "Д.Қ. Оңғарбаев Управление спорта города Алматы 10 9 1 0 90,0",
        "62,5",
        "33,3",
        "Итого 24 16 4 4 66,7",
        "Исполнительская дисциплина по исполнителям, %",
    ]:
        assert s in text, s
    assert text.count("—") >= 2  # no value: in the table and beside the bar
    assert_fonts_embedded(path)


def test_discipline_report_kk_and_many_executors(tmp_path):
    data = discipline("kk")
    data.rows = [
        DisciplineRow(f"Орындаушы Ә{i}", "Ұйым", 5, i % 6, 1, 1, (i % 6) * 100 / 7)
        for i in range(45)
    ]
    data.rows.append(DisciplineRow("<b>x</b> & 😀\x00 " + "Ж" * 300, "A&B <i>", 1, 1, 0, 0, 100.0))
    text = all_text(render_discipline(data, tmp_path / "d.pdf"))
    for s in [
        "атқарушылық тәртіп туралы анықтама",
        "Орындаушы",
        "Барлығы",
        "Орындаушылар бойынша атқарушылық тәртіп, %",
        "Орындаушы Ә44",
        "<b>x</b> & □",
        "A&B <i>",
    ]:
        assert s in text, s


# --------------------------------------------------------------------------- files


def test_write_pdf_atomic_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.pdf"

    def boom(fh):
        fh.write(b"%PDF-1.4 half a file")
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError):
        write_pdf_atomic(target, boom)
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"the previous document")
    with pytest.raises(RuntimeError):
        write_pdf_atomic(target, boom)
    assert target.read_bytes() == b"the previous document"
    assert list(tmp_path.iterdir()) == [target]


def test_render_failure_leaves_no_file(tmp_path):
    data = ru_minutes()
    data.agenda[0].vote = ("not", "a")  # type: ignore[assignment] - a builder bug
    with pytest.raises(ValueError):
        render_minutes(data, tmp_path / "p.pdf")
    assert list(tmp_path.iterdir()) == []


def test_rendering_replaces_an_existing_file(tmp_path):
    target = tmp_path / "p.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    render_minutes(ru_minutes(items=1), target)
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":  # the mode of the file it replaced, not mkstemp's 0600
        assert target.stat().st_mode & 0o777 == 0o644


# --------------------------------------------------------------------------- wording


def test_wording_is_complete_in_both_languages():
    assert set(RU) == set(KK) == set(WORDING["ru"])
    for table in (RU, KK):
        assert set(table["kind"]) == set(SessionKind)
    assert RU["control_mark"] == "Контроль" and KK["control_mark"] == "Бақылау"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (16, "16 человек"),
        (22, "22 человека"),
        (21, "21 человек"),
        (112, "112 человек"),
        (104, "104 человека"),
    ],
)
def test_people_count(n, text):
    assert people_count(n, "ru") == f"{text} (список прилагается)"


def test_kazakh_attributive_dates():
    assert date_attributive(date(2024, 12, 13), "kk") == "2024 жылғы 13 желтоқсандағы"
    assert date_attributive(date(2024, 9, 5), "kk") == "2024 жылғы 5 қыркүйектегі"
    assert date_attributive(date(2024, 4, 1), "kk") == "2024 жылғы 1 сәуірдегі"
    assert date_attributive(date(2024, 4, 1), "ru") == "1 апреля 2024 года"


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (PersonLine("Е.Б. Досаев", signature_name="Е. Досаев"), "Е. Досаев"),
        (PersonLine("Ғ.Ә. Тілеубердиева"), "Ғ. Тілеубердиева"),
        (PersonLine("Ә. Құрманғалиев"), "Ә. Құрманғалиев"),
        (PersonLine("Досаев Ерболат Бахаевич"), "Е. Досаев"),
        (PersonLine("somebody"), "somebody"),
    ],
)
def test_signature_name(person, expected):
    assert signature_name(person) == expected


def test_a_missing_font_family_falls_back_to_the_bundled_one(tmp_path):
    settings = DocumentSettings(font="NoSuchFont")
    path = render_minutes(ru_minutes(items=1), tmp_path / "p.pdf", settings)
    assert "ПРОТОКОЛ" in all_text(path)
    assert_fonts_embedded(path)
    with pytest.raises(FileNotFoundError):
        register_fonts("NoSuchFont")
    with pytest.raises(ValueError):
        register_fonts("../../etc/passwd")


def test_full_stops_are_not_fooled_by_escaped_text(tmp_path):
    data = ru_minutes(items=1)
    instruction = data.agenda[0].decisions[1].instruction
    instruction.due = "до 1 марта 2025 года\n\n"
    instruction.responsible = [PersonLine("ТОО <Альфа>"), PersonLine("x&y;")]
    text = all_text(render_minutes(data, tmp_path / "p.pdf"))
    assert "Срок: до 1 марта 2025 года. " in text
    assert "Ответственные: ТОО <Альфа> (свод), x&y;" in text  # ends with its own ";"


def test_no_value_percent_prints_a_dash():
    assert percent_text(None, "ru") == "—"
    assert percent_text(float("nan"), "kk") == "—"
    assert percent_text(87.5, "ru") == "87,5"
    assert percent_text(100, "kk") == "100,0"


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("заместитель акима города Алматы", "заместителя акима города Алматы"),
        ("Первый заместитель акима", "Первого заместителя акима"),
        ("генеральный директор ТОО «Алматы Даму»", "генерального директора ТОО «Алматы Даму»"),
        ("старший инспектор", "старшего инспектора"),
        ("временно исполняющий обязанности акима", "временно исполняющего обязанности акима"),
        ("руководитель управления", "руководителя управления"),
        ("ТОО «Алматы Даму»", None),
        ("Алматы қаласының әкімі", None),
    ],
)
def test_ru_position_accusative(position, expected):
    assert ru_position_accusative(position) == expected


@pytest.mark.parametrize(
    ("name", "ru", "kk"),
    [
        ("Н.С. Жұмабеков", "Н.С. Жұмабекова", "Н.С. Жұмабековке"),
        ("Е.Б. Досаев", "Е.Б. Досаева", "Е.Б. Досаевқа"),
        ("О.П. Иванова", "О.П. Иванову", "О.П. Ивановаға"),
        ("Д.Е. Қасымова", "Д.Е. Қасымову", "Д.Е. Қасымоваға"),
        ("Петровская А.А.", "Петровскую А.А.", "Петровскаяға А.А."),
        ("В.А. Ким", "В.А. Ким", "В.А. Кимге"),
        ("А.Б. Сейітқали", "А.Б. Сейітқали", "А.Б. Сейітқалиге"),
        ("Ә. Оспанұлы", "Ә. Оспанұлы", "Ә. Оспанұлына"),
    ],
)
def test_surname_cases(name, ru, kk):
    assert ru_surname_accusative(name) == ru
    assert kk_surname_dative(name) == kk


def test_control_closing_wording():
    assert control_closing("ru", "Заместитель акима города Алматы", "Н.С. Жұмабеков") == (
        "Контроль за исполнением настоящего протокола возложить на "
        "заместителя акима города Алматы Н.С. Жұмабекова."
    )
    assert control_closing("ru", "", "Петровская А.А.") == (
        "Контроль за исполнением настоящего протокола возложить на Петровскую А.А."
    )
    # a position whose case the rules do not know: worded without the case
    assert control_closing("ru", "ТОО «Алматы Даму»", "Т.Б. Серіков") == (
        "Контроль за исполнением настоящего протокола: ТОО «Алматы Даму» Т.Б. Серіков."
    )
    assert control_closing("kk", "Алматы қаласы әкімінің орынбасары", "Н.С. Жұмабеков") == (
        "Осы хаттаманың орындалуын бақылау Алматы қаласы әкімінің орынбасары "
        "Н.С. Жұмабековке жүктелсін."
    )


def test_positions_read_in_a_sentence():
    assert position_in_sentence("Аким города Алматы", "ru") == "аким города Алматы"
    assert position_in_sentence("Алматинский филиал", "ru") == "Алматинский филиал"
    assert position_in_sentence("ТОО «Даму»", "ru") == "ТОО «Даму»"
    assert position_in_sentence("Алматы қаласының әкімі", "kk") == "Алматы қаласының әкімі"


def test_reportlab_runs_its_c_accelerator():
    """rl_accel is a dependency: without it reportlab formats numbers and measures text
    in Python (the minutes took a third longer)."""
    from reportlab.lib import rl_accel

    from anticorr_desktop.reports import rlimport  # noqa: F401 - reportlab as the program imports it

    for name in ("fp_str", "escapePDF", "instanceStringWidthTTF"):
        assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method", name


@pytest.mark.parametrize("size", [12.0, 14.0])
def test_plain_cells_only_where_they_fit(size):
    """Short values of the overdue report are drawn as strings, which do not wrap: one
    that would cross its column (a long number, Kazakh wording, a larger size from
    Settings) is a paragraph instead, and user text in it stays text."""
    from reportlab.lib.units import mm

    from anticorr_desktop.reports.pdf_reports import Cell, Grid
    from anticorr_desktop.reports.pdfbase import build_styles

    st = build_styles(DocumentSettings(table_font_size=size))
    grid = Grid(st, ["№", "Срок"], [10 * mm, 24 * mm], 700)  # as the overdue report
    grid.record(
        [Cell("1.2", st.table_centre, plain=True), Cell("16.03.2019", st.table_centre, plain=True)]
    )
    grid.record(
        [
            Cell("А-12<b>", st.table_centre, plain=True),
            Cell("16.03.2019\n(ұзартулар саны: 2)", st.table_centre, plain=True),
        ]
    )
    short, long_ = grid.rows[1], grid.rows[2]
    assert short[0] == "1.2"
    assert isinstance(short[1], str) == (size == 12.0)  # a date fits 24 mm at 12 pt only
    assert all(isinstance(cell, Paragraph) for cell in long_)
    assert "А-12<b>" in long_[0].getPlainText()
    assert "ұзартулар саны" in long_[1].getPlainText()


def test_protocol_lines_break_where_the_paragraph_did():
    from anticorr_desktop.reports.pdf_reports import _protocol_lines

    assert _protocol_lines("№ 11 от 14.02.2019", "ru") == "№ 11 от\n14.02.2019"
    assert _protocol_lines("14.06.2024 № 2 хаттама", "kk") == "14.06.2024\n№ 2 хаттама"
    assert _protocol_lines("", "ru") == "—" and _protocol_lines("", "kk") == "—"
