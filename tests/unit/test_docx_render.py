"""The Word copy of the minutes and extracts (reports/docx_minutes.py), issue #16.

One document model, two renderers: the Word copy must say word for word what
the PDF says (read back with python-docx and compared with pypdf's text of
our PDF), in real Word styles, with the page layout of the settings, Times New
Roman, and a footer that names the journal head and says the record is the
program's. Where LibreOffice is installed it opens the copy and prints it to
PDF, and that print must read like ours too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from anticorr_desktop import cli
from anticorr_desktop.errors import ValidationError
from anticorr_desktop.reports.data import DocumentSettings, PersonLine
from anticorr_desktop.reports.docx_minutes import (
    FONT,
    render_extract_docx,
    render_minutes_docx,
)
from anticorr_desktop.reports.pdf_minutes import render_extract, render_minutes
from anticorr_desktop.reports.wording import KK, RU, stamp_line
from tests.unit.test_pdf_render import STAMP, kk_minutes, ru_extract, ru_minutes

# --------------------------------------------------------------------------- reading back


def body_blocks(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of the body in order, table cells included
    (a merged cell once)."""
    doc = Document(str(path))
    out: list[tuple[str, str]] = []
    for el in doc.element.body:
        if el.tag == qn("w:p"):
            p = Paragraph(el, doc._body)
            out.append((p.style.name, p.text))
        elif el.tag == qn("w:tbl"):
            for row in Table(el, doc._body).rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    for p in cell.paragraphs:
                        out.append((p.style.name, p.text))
    return out


def words(text: str) -> list[str]:
    return text.replace("\u00a0", " ").split()


def docx_words(path: Path) -> list[str]:
    return words("\n".join(text for _style, text in body_blocks(path)))


def pdf_words(path: Path, lang: str) -> list[str]:
    """The words of a PDF's text without the page furniture: the page numbers and the
    footer (our stamp line; in LibreOffice's print, the Word copy's footer too)."""
    footer = set(words(RU["word_copy"] if lang == "ru" else KK["word_copy"]))  # type: ignore[arg-type]
    out: list[str] = []
    for k, page in enumerate(PdfReader(path).pages):
        lines = [line.strip() for line in page.extract_text().split("\n")]
        lines = [line for line in lines if line]
        while lines and (lines[-1].startswith("Журнал:") or set(words(lines[-1])) <= footer):
            lines.pop()
        number = str(k + 1)  # drawn last by reportlab, first by LibreOffice
        if k and lines and lines[-1] == number:
            lines.pop()
        elif k and lines and lines[0] == number:
            lines.pop(0)
        out += words("\n".join(lines))
    return out


def in_order(haystack: list[str], needles: list[str]) -> None:
    """Each needle is the text (or a part) of a later block than the previous one."""
    at = 0
    for needle in needles:
        for k in range(at, len(haystack)):
            if needle in haystack[k].replace("\u00a0", " "):
                at = k + 1
                break
        else:
            raise AssertionError(f"{needle!r} missing after block {at}: {haystack[at - 1]!r}")


def mixed_minutes():
    """Russian minutes with texts marked as printed in Kazakh, a chairwoman, a draft."""
    m = ru_minutes()
    m.agenda[1].title_lang = "kk"
    m.absent[0].note_lang = "kk"
    m.agenda[0].heard[0].summary_lang = "kk"
    m.agenda[0].decisions[1].text_lang = "kk"
    m.chair = PersonLine("А.Б. Иванова", "аким города", gender="f")
    m.secretary_listed = True
    m.header = replace(m.header, draft=True)
    return m


DOCUMENTS = {
    "minutes ru, marked, draft": (render_minutes, render_minutes_docx, mixed_minutes),
    "minutes ru with annex": (
        render_minutes,
        render_minutes_docx,
        lambda: ru_minutes(present=14, invited=5),
    ),
    "minutes kk": (render_minutes, render_minutes_docx, kk_minutes),
    "extract ru": (render_extract, render_extract_docx, ru_extract),
    "extract kk": (render_extract, render_extract_docx, lambda: ru_extract("kk")),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_word_copy_says_word_for_word_what_the_pdf_says(tmp_path, name):
    pdf, docx, make = DOCUMENTS[name]
    data = make()
    pdf(data, tmp_path / "d.pdf")
    docx(data, tmp_path / "d.docx")
    assert docx_words(tmp_path / "d.docx") == pdf_words(tmp_path / "d.pdf", data.lang)


def test_minutes_ru_every_requisite_in_order_in_word_styles(tmp_path):
    data = mixed_minutes()
    render_minutes_docx(data, tmp_path / "m.docx")
    blocks = body_blocks(tmp_path / "m.docx")
    texts = [t for _s, t in blocks]
    in_order(
        texts,
        [
            "Контроль\tПРОЕКТ",
            "Городская комиссия по вопросам противодействия коррупции",
            "ПРОТОКОЛ",
            "расширенного заседания",
            "13 декабря 2024 года\t№ 4",
            "г. Алматы",
            "Время проведения: 10:00",
            "Место проведения: акимат города Алматы",
            "Председательствовала: аким города — А.Б. Иванова",
            "Секретарь: руководитель службы",
            "Присутствовали:",
            "Члены комиссии:",
            "Аким Медеуского района — Б.П. Нұрғалиева (замещает Т.К. Оспанова)",
            "Приглашенные:",
            "Отсутствовали:",
            "(в отпуске [қаз.])",
            "Членов комиссии: всего — 10, присутствуют — 8. Кворум имеется.",
            "ПОВЕСТКА ДНЯ:",
            "1. Об итогах работы",
            "Докладчик: А.С. Рахимов, руководитель Департамента",
            "2. О результатах внутреннего анализа",
            "1. СЛУШАЛИ:",
            "квалификации. [қаз.].",
            "Доклад прилагается.",
            "ВЫСТУПИЛИ:",
            "ПОСТАНОВИЛИ:",
            "1.1. Информацию докладчиков принять к сведению.",
            "1.2. Руководителям управлений",
            "Срок: до 25 декабря 2024 года.",
            "Ответственные: Д.Қ. Оңғарбаев (свод), Н.Ғ. Әлімжанова, С.Ү. Сейітқали.",
            "Контроль исполнения: заместитель акима города Алматы — Б.А. Ахметов.",
            "Голосовали: «за» — 12, «против» — 0, «воздержались» — 1.",
            "2. СЛУШАЛИ:",
            "3.3. Управлению цифровизации",
            "4. Контроль за исполнением настоящего протокола возложить на заместителя акима "
            "города Алматы Б.А. Ахметова.",
            "Председатель",
            "А. Иванова",
            "Секретарь",
            "Ғ. Тілеубердиева",
        ],
    )
    styles = dict((t, s) for s, t in blocks)
    assert styles["ПРОТОКОЛ"] == "Heading 1"
    assert styles["ПОВЕСТКА ДНЯ:"] == "Heading 1"
    assert styles["1. СЛУШАЛИ:"] == "Heading 2"
    assert styles["ПОСТАНОВИЛИ:"] == "Heading 3"
    assert styles["1.1. Информацию докладчиков принять к сведению."] == "Decision"
    assert styles["Срок: до 25 декабря 2024 года."] == "Instruction"
    # the signatures: a table of three columns, the name in the last one
    doc = Document(str(tmp_path / "m.docx"))
    signatures = doc.tables[-1]
    assert [c.text for c in signatures.rows[0].cells] == ["Председатель", "", "А.\u00a0Иванова"]
    assert signatures.rows[1].cells[0].text == "Секретарь"
    # initials never part from the surname; the marked text is small and grey
    assert "Б.А.\u00a0Ахметов" in "".join(texts)
    marks = [r for p in doc.paragraphs for r in p.runs if "[қаз.]" in r.text]
    assert marks and all(r.font.size.pt == 11 for r in marks)  # 3 pt below the text
    # every paragraph's style is one the file defines
    defined = {st.style_id for st in doc.styles}
    with zipfile.ZipFile(tmp_path / "m.docx") as z:
        used = set(re.findall(r'<w:pStyle w:val="([^"]+)"', z.read("word/document.xml").decode()))
    assert used and used <= defined, used - defined


def test_minutes_kk_put_the_kind_before_the_type(tmp_path):
    render_minutes_docx(kk_minutes(), tmp_path / "k.docx")
    texts = [t for _s, t in body_blocks(tmp_path / "k.docx")]
    in_order(
        texts,
        [
            "Бақылау",
            "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі қалалық комиссия",
            "кеңейтілген отырысының",
            "ХАТТАМАСЫ",
            "2024 жылғы 13 желтоқсан\t№ 4",
            "Төрағалық етті:",
            "КҮН ТӘРТІБІ:",
            "1. ТЫҢДАЛДЫ:",
            "ҚАУЛЫ ЕТТІ:",
            "Мерзімі: 2024 жылғы 25 желтоқсанға дейін.",
            "Жауаптылар: Ү.Ө. Нұрғалиева (жинақтау), Һ.І. Әбілқасымов.",
            "Дауыс беру қорытындысы:",
            "2. Осы хаттаманың орындалуын бақылау",
            "Төраға",
            "Хатшы",
        ],
    )


def test_extract_signatures_and_true_copy(tmp_path):
    render_extract_docx(ru_extract(), tmp_path / "e.docx")
    texts = [t for _s, t in body_blocks(tmp_path / "e.docx")]
    in_order(
        texts,
        [
            "ВЫПИСКА ИЗ ПРОТОКОЛА",
            "Исполнитель: руководитель управления спорта города Алматы — Д.Қ. Оңғарбаев",
            "1. Об итогах работы",
            "СЛУШАЛИ:",
            "ПОСТАНОВИЛИ:",
            "1.2. Руководителям управлений",
            "Председатель",
            "Выписка верна:",
            "Секретарь",
        ],
    )


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_page_says_the_record_is_the_programs(tmp_path, lang):
    data = ru_minutes() if lang == "ru" else kk_minutes()
    render_minutes_docx(data, tmp_path / "m.docx")
    section = Document(str(tmp_path / "m.docx")).sections[0]
    note = (RU if lang == "ru" else KK)["word_copy"]
    assert section.different_first_page_header_footer
    for footer in (section.footer, section.first_page_footer):
        lines = [p.text for p in footer.paragraphs]
        assert lines == [stamp_line(STAMP, lang), note]
        assert STAMP.journal_head in lines[0]
    # the page number from page 2: a PAGE field in the header of the other pages
    header_xml = section.header._element.xml
    assert "PAGE" in header_xml and "PAGE" not in section.first_page_header._element.xml


def test_page_layout_and_fonts_follow_the_settings(tmp_path):
    settings = DocumentSettings(
        font_size=13,
        table_font_size=11,
        margin_left_mm=35,
        margin_right_mm=15,
        margin_top_mm=25,
        margin_bottom_mm=18,
        annex_threshold=5,
    )
    render_minutes_docx(ru_minutes(), tmp_path / "m.docx", settings)
    doc = Document(str(tmp_path / "m.docx"))
    s = doc.sections[0]
    assert round(s.page_width.mm) == 210 and round(s.page_height.mm) == 297
    assert (round(s.left_margin.mm), round(s.right_margin.mm)) == (35, 15)
    assert (round(s.top_margin.mm), round(s.bottom_margin.mm)) == (25, 18)
    normal = doc.styles["Normal"]
    assert normal.font.size.pt == 13 and normal.font.name == FONT
    assert doc.styles["Table Text"].font.size.pt == 11
    # every style we use names Times New Roman for every script, and no theme font
    # (a theme font would win over the name in Word)
    with zipfile.ZipFile(tmp_path / "m.docx") as z:
        styles_xml = z.read("word/styles.xml").decode()
        fonts_xml = z.read("word/fontTable.xml").decode()
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Decision", "Footer"):
        rfonts = doc.styles[name].element.rPr.find(qn("w:rFonts"))
        assert {rfonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {FONT}
        assert not any(k.endswith("Theme") for k in rfonts.attrib), name
    assert 'w:val="ru-RU"' in styles_xml
    assert "Liberation Serif" in fonts_xml  # the stand-in named for LibreOffice
    # 7 + 3 attendees > 5: the list goes to an annex table with a repeated header
    texts = [t for _s, t in body_blocks(tmp_path / "m.docx")]
    assert any(t.startswith("Присутствовали: 11 человек") for t in texts)
    annex = doc.tables[-1]
    assert [c.text for c in annex.rows[0].cells] == ["№ п/п", "Ф.И.О.", "Должность"]
    assert annex.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_hostile_text_is_written_as_typed(tmp_path):
    m = ru_minutes(items=1)
    m.agenda[0].decisions[0].text = (
        "Текст с <b>разметкой</b> & «кавычками»\x00\x07, строкой\r\nи ещё одной\u2028и "
        "эмодзи 🙂; 1) пункт первый\n2) пункт второй"
    )
    render_minutes_docx(m, tmp_path / "h.docx")
    text = "\n".join(t for _s, t in body_blocks(tmp_path / "h.docx"))
    assert "1.1. Текст с <b>разметкой</b> & «кавычками», строкой\nи ещё одной\nи эмодзи 🙂" in text
    assert "2) пункт второй" in text


def test_a_failed_write_leaves_the_old_file(tmp_path):
    target = tmp_path / "m.docx"
    target.write_bytes(b"old")
    bad = ru_minutes()
    bad.agenda = None  # type: ignore[assignment]
    with pytest.raises(TypeError):
        render_minutes_docx(bad, target)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["m.docx"]


# --------------------------------------------------------------------------- the use case


def test_service_writes_the_word_copy_with_the_mixed_language_rule(demo, tmp_path):
    sid = demo.demo_session_id
    item = demo.store.agenda(sid)[0]
    item.summary_kk = ""  # the demo is whole in both languages: one text kept in Russian only
    with demo.store.transaction():  # an approved session: straight to the store
        demo.store.save_agenda_item(item)
    with pytest.raises(ValidationError, match="--allow-mixed"):
        demo.write_minutes(sid, "kk", tmp_path / "k.docx", allow_mixed=False, fmt="docx")
    assert not (tmp_path / "k.docx").exists()
    demo.write_minutes(sid, "kk", tmp_path / "k.docx", fmt="docx")
    demo.write_minutes(sid, "kk", tmp_path / "k.pdf")
    assert docx_words(tmp_path / "k.docx") == pdf_words(tmp_path / "k.pdf", "kk")
    assert any("[рус.]" in t for _s, t in body_blocks(tmp_path / "k.docx"))
    files = demo.write_extracts(sid, "ru", tmp_path / "out", fmt="docx")
    assert files and all(p.suffix == ".docx" and zipfile.is_zipfile(p) for p in files)
    s = demo.store.session(sid)
    assert demo.minutes_file_name(s, "ru", "docx").endswith("(RU).docx")
    with pytest.raises(ValueError):
        demo.write_minutes(sid, "ru", tmp_path / "x.odt", fmt="odt")


def test_cli_minutes_and_extracts_as_word(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    out = tmp_path / "m.docx"
    assert cli.main(["--db", str(db), "minutes", "2024/4", "--format", "docx", "-o", str(out)]) == 0
    assert any("ПОСТАНОВИЛИ:" in t for _s, t in body_blocks(out))
    args = ["extract", "2024/4", "--all", "--format", "docx", "-o", str(tmp_path / "e")]
    assert cli.main(["--db", str(db), *args]) == 0
    printed = capsys.readouterr().out.split("\n")
    written = sorted((tmp_path / "e").iterdir())
    assert written and all(p.suffix == ".docx" for p in written)
    assert {str(p) for p in written} <= set(printed)
    k = tmp_path / "k.docx"  # the demo is whole in Kazakh too: nothing to refuse
    rc = cli.main(
        ["--db", str(db), "minutes", "2024/4", "--lang", "kk", "--format", "docx", "-o", str(k)]
    )
    assert rc == 0 and any("ҚАТЫСҚАНДАР" in t.upper() for _s, t in body_blocks(k))


def test_python_docx_is_not_loaded_to_start(tmp_path):
    code = (
        "import sys; from anticorr_desktop import cli; import anticorr_desktop.services; "
        f"cli.main(['--db', r'{tmp_path / 'q.sqlite3'}', 'init', '--demo']); "
        "assert 'docx' not in sys.modules, 'python-docx imported at start'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


# --------------------------------------------------------------------------- LibreOffice

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)
def test_libreoffice_prints_the_word_copy_like_our_pdf(tmp_path):
    data = mixed_minutes()
    render_minutes(data, tmp_path / "ours.pdf")
    render_minutes_docx(data, tmp_path / "copy.docx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(tmp_path / "copy.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    printed = tmp_path / "lo" / "copy.pdf"
    reader = PdfReader(printed)
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    assert pdf_words(printed, "ru") == pdf_words(tmp_path / "ours.pdf", "ru")
    # the same number of pages, give or take one (the two layout engines differ)
    assert abs(len(reader.pages) - len(PdfReader(tmp_path / "ours.pdf").pages)) <= 1
    fonts = set()
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("LiberationSerif" in f or "TimesNewRoman" in f for f in fonts), fonts
    # the footer: the journal head and the note, on every page
    for page in reader.pages:
        assert STAMP.journal_head in page.extract_text()


def test_table_and_cell_properties_in_the_schemas_order(tmp_path):
    """Word refuses a file whose property elements stand out of the schema's order."""
    render_minutes_docx(ru_minutes(present=14, invited=5), tmp_path / "m.docx")
    tbl_order = [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook",
    ]  # fmt: skip
    tc_order = ["tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar"]
    body = Document(str(tmp_path / "m.docx")).element.body
    seen = 0
    for tag, order in (("w:tblPr", tbl_order), ("w:tcPr", tc_order)):
        for props in body.iter(qn(tag)):
            names = [el.tag.split("}")[1] for el in props]
            known = [n for n in names if n in order]
            assert known == sorted(known, key=order.index), names
            seen += 1
    assert seen > 10
    # the run and paragraph properties of the styles, which we edit by hand too
    rpr_order = [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
        "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
    ]  # fmt: skip
    ppr_order = [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
        "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
        "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
        "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
        "outlineLvl", "divId", "cnfStyle", "rPr",
    ]  # fmt: skip
    styles = Document(str(tmp_path / "m.docx")).styles.element
    for tag, order in (("w:rPr", rpr_order), ("w:pPr", ppr_order)):
        for props in styles.iter(qn(tag)):
            names = [el.tag.split("}")[1] for el in props]
            known = [n for n in names if n in order]
            assert known == sorted(known, key=order.index), names


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_document_that_cannot_be_written_is_the_users_to_fix(demo, tmp_path, fmt):
    """The Word copy still open in Word, a folder that is gone: a clear message, no
    traceback, nothing left behind."""
    from anticorr_desktop.errors import UserError

    sid = demo.demo_session_id
    out = tmp_path / "out"
    gone = out / "gone" / f"m.{fmt}"
    out.mkdir()
    with pytest.raises(UserError, match="Could not write") as caught:
        demo.write_minutes(sid, "ru", gone, fmt=fmt)
    assert str(gone) in caught.value.message("en")
    folder = out / f"m.{fmt}"
    folder.mkdir()  # a folder where the file should go
    with pytest.raises(UserError):
        demo.write_extract(sid, demo.session_executors(sid)[0], "ru", folder, fmt=fmt)
    assert [p.name for p in out.iterdir()] == [folder.name]
    assert list(folder.iterdir()) == []


# --------------------------------------------------------------------------- each body's frame

PROTOCOLS = ["commission", "working_group", "supervisory_board", "meeting", "public_discussion"]


def _imported(sv, name: str) -> int:
    from tests.unit.test_body_protocols import imported

    return imported(sv, name)


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("name", PROTOCOLS)
def test_each_bodys_word_copy_says_what_its_pdf_says(sv, tmp_path, name, lang):
    """Issue #13 x #16: a protocol of each body type, as imported, prints in Word with
    the body's title, number, labels, lead-in, numbering, votes and signatures, word
    for word as in the PDF; so do its extracts."""
    from anticorr_desktop.reports.build import extract_data, minutes_data, session_executors

    sid = _imported(sv, name)
    data = minutes_data(sv, sid, lang)
    assert data.missing == []
    render_minutes(data, tmp_path / "m.pdf")
    render_minutes_docx(data, tmp_path / "m.docx")
    assert docx_words(tmp_path / "m.docx") == pdf_words(tmp_path / "m.pdf", lang)
    for k, executor in enumerate(session_executors(sv, sid)):
        ex = extract_data(sv, sid, executor, lang)
        render_extract(ex, tmp_path / f"e{k}.pdf")
        render_extract_docx(ex, tmp_path / f"e{k}.docx")
        assert docx_words(tmp_path / f"e{k}.docx") == pdf_words(tmp_path / f"e{k}.pdf", lang)


def test_a_supervisory_boards_word_copy_in_its_own_words(sv, tmp_path):
    """The board's frame in the Word copy: its title, no number but "б/н", its members'
    label, "РЕШИЛИ:", the agenda vote and the named voters, the signatories' roles."""
    from anticorr_desktop.reports.build import minutes_data

    sid = _imported(sv, "supervisory_board")
    render_minutes_docx(minutes_data(sv, sid, "ru"), tmp_path / "ru.docx")
    blocks = body_blocks(tmp_path / "ru.docx")
    texts = [t for _s, t in blocks]
    in_order(
        texts,
        [
            "ПРОТОКОЛ",
            "заседания Наблюдательного совета",
            "12 июня 2025 года\tб/н",
            "Председательствовала:",
            "Члены наблюдательного совета:",
            "Членов наблюдательного совета: всего — 3, присутствуют — 3. Кворум имеется.",
            "ПОВЕСТКА ДНЯ:",
            "Голосование по повестке дня: «ЗА» — 3, «ПРОТИВ» — 0, «ВОЗДЕРЖАЛСЯ» — 0.",
            "ЗА: Ж.К. Оспанова, Е. Ким, Н.С. Даулетов.",
            "РЕШИЛИ:",
            "1.1. Утвердить План мероприятий",
            "Голосовали: «ЗА» — 2, «ПРОТИВ» — 0, «ВОЗДЕРЖАЛСЯ» — 1.",
            "ВОЗДЕРЖАЛСЯ: Н.С. Даулетов.",
            "Председатель Наблюдательного совета",
            "Ж. Оспанова",
            "Член Наблюдательного совета",
            "Корпоративный секретарь",
            "З. Алиева",
        ],
    )
    assert not any(t in " ".join(texts) for t in ("№ 1", "ПОСТАНОВИЛИ", "Члены комиссии"))
    styles = dict((t, s) for s, t in blocks)
    assert styles["РЕШИЛИ:"] == "Heading 3"
    kk = [t for _s, t in body_blocks_of(minutes_data(sv, sid, "kk"), tmp_path / "kk.docx")]
    in_order(
        kk,
        [
            "Байқау кеңесі отырысының",
            "ХАТТАМАСЫ",
            "2025 жылғы 12 маусым\tнөмірсіз",
            "Төрағалық етті:",
            "Байқау кеңесінің мүшелері:",
            "ШЕШІМ ЕТТІ:",
            "ҚАЛЫС: Н.С. Дәулетов.",
            "Байқау кеңесінің төрағасы",
            "Корпоративтік хатшы",
        ],
    )


def test_a_meetings_word_copy_lists_those_present_without_a_label(sv, tmp_path):
    from anticorr_desktop.reports.build import minutes_data

    sid = _imported(sv, "meeting")
    data = minutes_data(sv, sid, "ru")
    assert data.members_label == "" and data.header.number_text == ""
    texts = [t for _s, t in body_blocks_of(data, tmp_path / "m.docx")]
    assert "Члены комиссии:" not in texts and "" not in texts[: texts.index("Присутствовали:")]
    date_line = next(t for t in texts if "2025 года" in t)
    assert "№" not in date_line


def body_blocks_of(data, path: Path) -> list[tuple[str, str]]:
    render_minutes_docx(data, path)
    return body_blocks(path)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_a_supervisory_boards_word_copy_like_our_pdf(sv, tmp_path):
    """The board's own title, "б/н", its vote words and named voters, its signatories
    with two-line roles: LibreOffice's print of the Word copy reads as our PDF, on as
    many pages."""
    from anticorr_desktop.reports.build import minutes_data

    sid = _imported(sv, "supervisory_board")
    for lang in ("ru", "kk"):
        data = minutes_data(sv, sid, lang)
        render_minutes(data, tmp_path / f"{lang}.pdf")
        render_minutes_docx(data, tmp_path / f"{lang}.docx")
        subprocess.run(
            [
                str(SOFFICE),
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path / "lo"),
                str(tmp_path / f"{lang}.docx"),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
        printed = tmp_path / "lo" / f"{lang}.pdf"
        # a compound word ("іс-шаралар") may break after its hyphen in one print only
        assert joined(pdf_words(printed, lang)) == joined(pdf_words(tmp_path / f"{lang}.pdf", lang))
        assert len(PdfReader(printed).pages) == len(PdfReader(tmp_path / f"{lang}.pdf").pages)


def joined(words_: list[str]) -> list[str]:
    """Words with a line broken after a compound's hyphen made whole again."""
    out: list[str] = []
    for word in words_:
        if out and len(out[-1]) > 1 and out[-1][-1] == "-" and out[-1][-2].isalpha():
            out[-1] += word
        else:
            out.append(word)
    return out
