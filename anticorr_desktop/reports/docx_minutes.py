"""The minutes and the extract as Word documents (.docx), for the official who
edits the wording before signing.

The same data (``reports/data.py``) and the same words (``reports/wording.py``)
as the PDF: nothing here reads storage or composes a phrase. Real Word styles
(the headings, "Decision", "Attendee", a signature table), the page layout of
the settings, Times New Roman (which LibreOffice replaces with the
metric-compatible Liberation Serif). Every page's footer names the journal
head and says that the record is the program's, so an edited copy is never
taken for it. python-docx is imported only when a Word copy is made.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import IO, Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from .data import (
    AgendaSection,
    DecisionLine,
    DocumentSettings,
    ExtractData,
    MinutesData,
    SessionHeader,
    SignatureLine,
    SpeakerLine,
    VoteLine,
)
from .files import write_file_atomic
from .wording import (
    Piece,
    attendance_groups,
    chaired,
    closing_pieces,
    date_attributive,
    decision_prefix,
    decisions_lead,
    ended,
    extract_signatures,
    fallback_mark,
    fill_pieces,
    heard_heading,
    instruction_lines,
    item_title_pieces,
    long_date,
    minutes_signatures,
    number_text,
    people_count,
    person_pieces,
    quorum_text,
    reporters_label,
    reporters_pieces,
    section_title_shown,
    section_vote,
    signature_name,
    speaker_pieces,
    stamp_line,
    text_lines,
    title_lines,
    uses_annex,
    w,
    with_note,
)

__all__ = ["FONT", "render_extract_docx", "render_minutes_docx"]

# Named in the file; LibreOffice and fontconfig substitute Liberation Serif, of
# the same metrics, where Times New Roman is not installed.
FONT = "Times New Roman"
FONT_ALT = "Liberation Serif"
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
# A decision up to this many characters is kept on one page, as in the PDF.
KEEP_WHOLE_DECISION = 600
INDENT = Mm(12.5)  # the first-line indent of running text, as in the PDF
HANG = Mm(7.5)  # room for "12. " before a hanging item
FOOTER_SIZE = 8.0
GREY = RGBColor(0x59, 0x59, 0x59)
MARK_GREY = RGBColor(0x55, 0x55, 0x55)
LANGUAGE_TAG = {"ru": "ru-RU", "kk": "kk-KZ"}

# Control characters other than \n and \t, lone surrogates and the two
# non-characters: XML cannot hold them.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
_INITIAL_SPACE = re.compile(r"(\b\w\.) +(?=\w)")
NBSP = "\u00a0"


def plain(text: object) -> str:
    """User text as a Word document can hold it: newlines "\\n", tabs a space,
    no control characters, NFC-composed."""
    if text is None:
        return ""
    s = _NEWLINES.sub("\n", str(text))
    s = _DROP.sub("", s).replace("\t", " ")
    return unicodedata.normalize("NFC", s)


def _keep_name(text: str) -> str:
    """Bind initials to the surname ("Д.Қ. Оңғарбаев" never breaks after "Д.Қ.")."""
    return _INITIAL_SPACE.sub(lambda m: m.group(1) + NBSP, text)


# --------------------------------------------------------------------------- styles


def _set_font(rpr_owner: Any, size: float | None = None) -> None:
    """Times New Roman for every script (Latin, Cyrillic, complex, East Asian),
    the theme's fonts removed so that they do not win."""
    font = rpr_owner.font
    font.name = FONT
    rpr = rpr_owner.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        font.size = Pt(size)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), str(round(size * 2)))


def _paragraph_style(
    doc: Any,
    name: str,
    size: float,
    *,
    base: str | None = "Normal",
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    first_line: Any = None,
    left: Any = None,
    before: float = 0.0,
    keep_next: bool = False,
    outline: int | None = None,
) -> Any:
    styles = doc.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if base is not None and name != base:
        style.base_style = styles[base]
    _set_font(style, size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = RGBColor(0, 0, 0)
    pf = style.paragraph_format
    pf.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.LEFT
    pf.first_line_indent = first_line
    pf.left_indent = left
    pf.right_indent = None
    pf.space_before = Pt(before)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    pf.keep_with_next = keep_next
    pf.widow_control = True
    if outline is not None:  # the headings: Word's navigation pane and contents
        ppr = style.element.get_or_add_pPr()
        level = ppr.find(qn("w:outlineLvl"))
        if level is None:
            level = OxmlElement("w:outlineLvl")
            ppr.append(level)
        level.set(qn("w:val"), str(outline))
    # the built-in headings' borders and theme colours are not ours
    ppr = style.element.get_or_add_pPr()
    for tag in ("w:pBdr",):
        for el in ppr.findall(qn(tag)):
            ppr.remove(el)
    return style


def _styles(doc: Any, settings: DocumentSettings, lang: str) -> None:
    size = float(settings.font_size)
    tsize = float(settings.table_font_size)
    normal = _paragraph_style(doc, "Normal", size, base=None)
    rpr = normal.element.get_or_add_rPr()
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    for attr in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attr), LANGUAGE_TAG.get(lang, "ru-RU"))
    centre, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    # The document's title ("ПРОТОКОЛ", "ПОВЕСТКА ДНЯ:"): Heading 1.
    _paragraph_style(doc, "Heading 1", size, bold=True, align=centre, keep_next=True, outline=0)
    # An agenda item's title in the text, or "1. СЛУШАЛИ:": Heading 2.
    _paragraph_style(
        doc,
        "Heading 2",
        size,
        bold=True,
        align=justify,
        left=HANG,
        first_line=-HANG,
        keep_next=True,
        outline=1,
    )
    # "СЛУШАЛИ:", "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:": Heading 3.
    _paragraph_style(
        doc, "Heading 3", size, bold=True, before=size * 0.5, keep_next=True, outline=2
    )
    _paragraph_style(doc, "Commission", size, bold=True, align=centre, keep_next=True)
    _paragraph_style(doc, "Title Line", size, align=centre, keep_next=True)
    _paragraph_style(doc, "Body Text", size, align=justify, first_line=INDENT)
    _paragraph_style(doc, "Decision", size, align=justify, first_line=INDENT)
    _paragraph_style(doc, "Instruction", size, first_line=INDENT)
    _paragraph_style(doc, "Text List", size, align=justify, left=INDENT + HANG, first_line=-HANG)
    _paragraph_style(doc, "Attendee", size, left=HANG, first_line=-HANG)
    _paragraph_style(doc, "Agenda Item", size, align=justify, left=HANG, first_line=-HANG)
    _paragraph_style(doc, "Reporter", size, italic=True, left=HANG)
    _paragraph_style(doc, "Signature", size)
    _paragraph_style(doc, "Table Text", tsize)
    _paragraph_style(doc, "Table Heading", tsize, bold=True, align=centre)
    # the size of each style by its id, for the marks after a text (3 pt smaller)
    doc.part.anticorr_sizes = {
        _style_id(name): (float(style.font.size.pt) if style.font.size else size)
        for name, style in ((s.name, s) for s in doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH)
    }
    footer = _paragraph_style(doc, "Footer", FOOTER_SIZE)
    footer.font.color.rgb = GREY
    _paragraph_style(doc, "Header", tsize, align=centre)
    # the grid of the annex's table, and the plain one of the signatures
    for table_style in ("Table Grid", "Normal Table"):
        try:
            _set_font(doc.styles[table_style], tsize)
        except KeyError:
            pass


def _font_table_alternative(doc: Any) -> None:
    """Name Liberation Serif as Times New Roman's stand-in in the font table."""
    from lxml import etree

    for rel in doc.part.rels.values():
        if not rel.reltype.endswith("/fontTable"):
            continue
        part = rel.target_part
        root = etree.fromstring(part.blob)
        fonts = [f for f in root.findall(qn("w:font")) if f.get(qn("w:name")) == FONT]
        if not fonts:
            font = etree.SubElement(root, qn("w:font"))
            font.set(qn("w:name"), FONT)
            fonts = [font]
        for font in fonts:
            if font.find(qn("w:altName")) is None:
                alt = etree.Element(qn("w:altName"))
                alt.set(qn("w:val"), FONT_ALT)
                font.insert(0, alt)
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return


# --------------------------------------------------------------------------- text


def _style_id(name: str) -> str:
    """The id of one of our styles: its name without spaces ("Heading 1" -> "Heading1"),
    as python-docx and Word name them (looking a style up by name costs a scan of all
    styles in python-docx, some 2 ms a paragraph)."""
    return name.replace(" ", "")


def _set_style(paragraph: Any, name: str) -> None:
    paragraph._p.get_or_add_pPr().style = _style_id(name)


def _para(doc: Any, style: str = "Normal", text: str = "") -> Any:
    """A new paragraph at the end of the body, in ``style``."""
    para = doc.add_paragraph()
    if style != "Normal":
        _set_style(para, style)
    if text:
        _add_text(para, plain(text))
    return para


def _runs(paragraph: Any, pieces: list[Piece], *, bold: bool | None = None) -> Any:
    """The pieces as runs; a text in the other language marked after it, smaller, grey.
    Returns the paragraph."""
    for p in pieces:
        text = plain(p.text)
        if p.name:
            text = _keep_name(text)
        _add_text(paragraph, text, bold=True if p.bold else bold)
        if p.other_lang and text:
            mark = paragraph.add_run(NBSP + fallback_mark(p.other_lang))
            mark.font.size = Pt(max(6.0, _size(paragraph) - 3))
            mark.font.color.rgb = MARK_GREY
    return paragraph


def _size(paragraph: Any) -> float:
    """The text size of the paragraph's style (ours all set one)."""
    sizes: dict[str, float] = getattr(paragraph.part, "anticorr_sizes", {})
    return sizes.get(paragraph._p.style or "Normal", sizes.get("Normal", 12.0))


def _add_text(paragraph: Any, text: str, *, bold: bool | None = None, italic: bool | None = None):
    """A run; a line break inside a text stays a line break (<w:br/>), a tab a tab
    (<w:tab/>), as python-docx's ``Run.text`` writes them."""
    run = paragraph.add_run()
    run.text = text
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    return run


def _labelled(doc: Any, label: str, pieces: list[Piece], style: str) -> Any:
    """ "**Label:** text"."""
    para = _para(doc, style)
    _add_text(para, label, bold=True)
    if pieces:
        _add_text(para, " ")
        _runs(para, pieces)
    return para


def _text_width(settings: DocumentSettings) -> Any:
    return Mm(PAGE_WIDTH_MM - settings.margin_left_mm - settings.margin_right_mm)


def _two_ends(
    doc: Any,
    settings: DocumentSettings,
    left: list[Piece],
    right: list[Piece],
    *,
    bold: bool = False,
    style: str = "Normal",
) -> Any:
    """One line, ``left`` at the margin and ``right`` at the right margin (a tab stop)."""
    para = _para(doc, style)
    para.paragraph_format.tab_stops.add_tab_stop(_text_width(settings), WD_TAB_ALIGNMENT.RIGHT)
    _runs(para, left, bold=bold)
    _add_text(para, "\t")
    _runs(para, right, bold=bold)
    return para


def _last(doc: Any) -> Any:
    """The body's last paragraph (without listing them all, as doc.paragraphs does)."""
    for el in reversed(doc.element.body):
        if el.tag == qn("w:p"):
            return Paragraph(el, doc._body)
    return None


def _space(doc: Any, lines: float, size: float) -> None:
    """Vertical space after the last paragraph (never an empty paragraph)."""
    last = _last(doc)
    if last is not None:
        last.paragraph_format.space_after = Pt(size * lines)


def _keep_together(paragraphs: list[Any]) -> None:
    """On one page: each paragraph whole and with the next (the last one free)."""
    for k, para in enumerate(paragraphs):
        para.paragraph_format.keep_together = True
        if k < len(paragraphs) - 1:
            para.paragraph_format.keep_with_next = True


def _text_paragraphs(
    doc: Any, text: str, style: str, *, prefix: str = "", text_lang: str = ""
) -> list[Any]:
    """A typed text, a paragraph a line; typed list items hang their marker."""
    lines = text_lines(plain(text), prefix)
    out = []
    for k, line in enumerate(lines):
        para = _para(doc, "Text List" if line.list_item else style)
        last = k == len(lines) - 1
        _runs(para, [Piece(line.text, text_lang if last else "")])
        out.append(para)
    return out


# --------------------------------------------------------------------------- shared blocks


def _marks(doc: Any, settings: DocumentSettings, on_control: bool, draft: bool, lang: str) -> None:
    if not on_control and not draft:
        return
    left = [Piece(w(lang, "control_mark"))] if on_control else []
    right = [Piece(w(lang, "draft_mark"))] if draft else []
    _two_ends(doc, settings, left, right, bold=True)
    _space(doc, 0.8, settings.font_size)


def _header(
    doc: Any, h: SessionHeader, lang: str, settings: DocumentSettings, doc_type: str
) -> None:
    size = settings.font_size
    if h.body_name.strip():
        para = _para(doc, "Commission")
        _runs(para, [Piece(h.body_name, h.body_lang)])
        _space(doc, 1.0, size)
    for t in title_lines(h, lang, doc_type):
        para = _para(doc, "Heading 1" if t.bold else "Title Line")
        _runs(para, [Piece(t.text, t.text_lang)])
    _space(doc, 0.6, size)
    _two_ends(
        doc,
        settings,
        [Piece(long_date(h.date, lang).replace(" ", NBSP))],
        [Piece(number_text(h, lang))],
    )
    if h.city.strip():
        _last(doc).paragraph_format.space_after = Pt(size * 0.3)
        _runs(_para(doc, "Title Line"), [Piece(h.city)])
    if h.revision > 0:
        _runs(_para(doc, "Title Line"), [Piece(w(lang, "revision", n=h.revision))])
    _space(doc, 0.8, size)
    if h.time.strip():
        _runs(_para(doc), fill_pieces(lang, "time", v=Piece(h.time)))
    if h.place.strip():
        _runs(_para(doc), fill_pieces(lang, "place", v=Piece(h.place, h.place_lang)))
    if h.time.strip() or h.place.strip():
        _space(doc, 0.6, size)


def _no_borders(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _cell_margins(table: Any, top: float, side: float) -> None:
    """The padding of every cell, in points (the PDF's: 3 above and below, 4 at the sides)."""
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("top", top), ("left", side), ("bottom", top), ("right", side)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(round(value * 20)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def _cell_border_bottom(cell: Any) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bottom = OxmlElement("w:bottom")
    for attr, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "0"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(attr), value)
    borders.append(bottom)
    tc_pr.append(borders)


def _row_cant_split(row: Any, *, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _widths(table: Any, widths: list[Any]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=False):
        col.set(qn("w:w"), str(int(width.twips)))


def _signatures(doc: Any, rows: list[SignatureLine], settings: DocumentSettings) -> None:
    """Label | signature line | "И. Фамилия": a table without borders, kept on the
    page of the paragraph before it."""
    size = settings.font_size
    width = _text_width(settings)
    table = doc.add_table(rows=len(rows), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(table)
    _cell_margins(table, 0, 0)
    _widths(table, [Mm(width.mm * 0.42), Mm(width.mm * 0.28), Mm(width.mm * 0.30)])
    for k, (row, sig) in enumerate(zip(table.rows, rows, strict=True)):
        _row_cant_split(row)
        label_cell, line_cell, name_cell = row.cells
        label = label_cell.paragraphs[0]
        _set_style(label, "Signature")
        if sig.person is None:
            merged = label_cell.merge(name_cell)
            para = merged.paragraphs[0]
            para.paragraph_format.space_before = Pt(size * 1.2)
            _add_text(para, plain(sig.role), bold=sig.bold)
        else:
            # a role on two lines: the line and the name stand by its last, as in the PDF
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            label.paragraph_format.space_before = Pt(size * 2.2)
            _add_text(label, plain(sig.role))
            name = name_cell.paragraphs[0]
            _set_style(name, "Signature")
            name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            name.paragraph_format.space_before = Pt(size * 2.2)
            _add_text(name, plain(signature_name(sig.person)).replace(" ", NBSP))
            _set_style(line_cell.paragraphs[0], "Signature")
            if sig.line:
                _cell_border_bottom(line_cell)
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.keep_with_next = k < len(rows) - 1


def _decision(doc: Any, d: DecisionLine, lang: str) -> list[Any]:
    paras = _text_paragraphs(
        doc, d.text, "Decision", prefix=decision_prefix(d), text_lang=d.text_lang
    )
    lead = len(paras)
    ins = d.instruction
    if ins is not None:
        for label, pieces in instruction_lines(ins, lang):
            paras.append(_labelled(doc, label, pieces, "Instruction"))
    # "Срок:" and "Ответственные:" stay on the page of their decision: a short
    # decision is kept whole, a long one keeps its last line with them
    whole = len(d.text) <= KEEP_WHOLE_DECISION
    _keep_together(paras if whole else paras[lead - 1 :])
    return paras


def _speakers(doc: Any, speakers: list[SpeakerLine], lang: str) -> list[Any]:
    return [
        _runs(_para(doc, "Body Text"), ended(speaker_pieces(s, lang, summary=True)))
        for s in speakers
    ]


def _first_whole(paragraphs: list[Any]) -> None:
    """A heading goes to the next page with the first block under it: that block, if
    not long, is kept whole (Word then moves both), as the PDF does."""
    if paragraphs and len(paragraphs[0].text) <= KEEP_WHOLE_DECISION:
        paragraphs[0].paragraph_format.keep_together = True


def _section(doc: Any, sec: AgendaSection, lang: str, size: float, *, with_title: bool) -> None:
    titled = section_title_shown(sec, with_title)
    if titled:
        _runs(
            _para(doc, "Heading 2"),
            item_title_pieces(sec),
        )
    body: list[Any] = []
    if sec.heard:
        _para(doc, "Heading 3" if titled else "Heading 2", heard_heading(sec, lang, titled))
        body += _speakers(doc, sec.heard, lang)
    if sec.summary.strip():
        body += _text_paragraphs(doc, sec.summary, "Body Text", text_lang=sec.summary_lang)
    _first_whole(body)
    if sec.spoke:
        _para(doc, "Heading 3", w(lang, "spoke"))
        _first_whole(_speakers(doc, sec.spoke, lang))
    if sec.decisions:
        _para(doc, "Heading 3", decisions_lead(sec, lang))
    last: list[Any] = []
    for d in sec.decisions:
        last = _decision(doc, d, lang)
    vote = section_vote(sec, lang)
    if vote is not None:
        if last:  # the vote never starts a page alone
            last[-1].paragraph_format.keep_with_next = True
        _vote(doc, vote)
    _space(doc, 0.5, size)


def _vote(doc: Any, vote: VoteLine) -> None:
    """ "Голосовали: «за» — 5, ..." and, below, who voted how; kept together."""
    paras = [_runs(_para(doc, "Instruction"), [Piece(vote.text)])]
    paras += [_runs(_para(doc, "Instruction"), [Piece(line, name=True)]) for line in vote.voters]
    _keep_together(paras)


# --------------------------------------------------------------------------- the minutes


def _attendance(doc: Any, data: MinutesData, settings: DocumentSettings) -> bool:
    lang, size = data.lang, settings.font_size
    _labelled(
        doc,
        chaired(data.chair, lang, data.chaired_label),
        person_pieces(data.chair, lang, line_start=False),
        "Normal",
    )
    if data.secretary_listed and data.secretary.name.strip():
        secretary = person_pieces(data.secretary, lang, line_start=False)
        _labelled(doc, w(lang, "secretary_line"), secretary, "Normal")
    _space(doc, 0.5, size)
    annex = uses_annex(data, settings.annex_threshold)
    count = len(data.present) + len(data.invited)
    if annex:
        _labelled(doc, w(lang, "present"), [Piece(people_count(count, lang))], "Normal")
    elif count:
        heading = _para(doc)
        _add_text(heading, w(lang, "present"), bold=True)
        heading.paragraph_format.keep_with_next = True
        for label, people in attendance_groups(data):
            if label:  # a meeting lists those present without "Члены ...:"
                group = _para(doc)
                _add_text(group, plain(label), italic=True)
                group.paragraph_format.keep_with_next = True
            for p in people:
                _runs(_para(doc, "Attendee"), person_pieces(p, lang))
    if data.absent:
        _space(doc, 0.5, size)
        heading = _para(doc)
        _add_text(heading, w(lang, "absent"), bold=True)
        heading.paragraph_format.keep_with_next = True
        for p in data.absent:
            _runs(_para(doc, "Attendee"), person_pieces(p, lang))
    _space(doc, 0.5, size)
    quorum = quorum_text(data)
    if quorum:
        _runs(_para(doc), [Piece(quorum)])
        _space(doc, 0.8, size)
    return annex


def _agenda(doc: Any, data: MinutesData, size: float) -> None:
    lang = data.lang
    _para(doc, "Heading 1", w(lang, "agenda"))
    _space(doc, 0.4, size)
    for sec in data.agenda:
        item = _para(doc, "Agenda Item")
        item.paragraph_format.keep_with_next = bool(sec.heard)
        _runs(item, item_title_pieces(sec))
        if sec.heard:
            note = _para(doc, "Reporter")
            _add_text(note, reporters_label(lang, len(sec.heard)) + " ")
            _runs(note, reporters_pieces(sec, lang))
        _space(doc, 0.3, size)
    if data.agenda_vote is not None:
        _vote(doc, data.agenda_vote)
    _space(doc, 0.8, size)


def _annex(doc: Any, data: MinutesData, settings: DocumentSettings) -> None:
    lang, h = data.lang, data.header
    size = settings.font_size
    width = _text_width(settings)
    ref = _para(doc)
    ref.paragraph_format.page_break_before = True
    ref.paragraph_format.left_indent = Mm(width.mm * 0.5)
    date_text = date_attributive(h.date, lang).replace(" ", NBSP)
    _runs(ref, [Piece(w(lang, "annex_ref", number=number_text(h, lang), date=date_text))])
    _space(doc, 1.0, size)
    _para(doc, "Heading 1", w(lang, "attendance_list"))
    _space(doc, 0.6, size)
    table = doc.add_table(rows=1, cols=3, style="Table Grid")
    _cell_margins(table, 3, 4)
    widths = [Mm(width.mm * 0.1), Mm(width.mm * 0.35), Mm(width.mm * 0.55)]
    head = table.rows[0]
    _row_cant_split(head, header=True)
    for cell, key in zip(head.cells, ("col_no", "col_name", "col_position"), strict=True):
        _set_style(cell.paragraphs[0], "Table Heading")
        _add_text(cell.paragraphs[0], w(lang, key))
    n = 0
    for label, people in attendance_groups(data):
        if label:  # a meeting's list has no "Члены ...:" row
            row = table.add_row()
            _row_cant_split(row)
            merged = row.cells[0].merge(row.cells[2])
            _set_style(merged.paragraphs[0], "Table Text")
            _add_text(merged.paragraphs[0], plain(label), bold=True)
        for p in people:
            n += 1
            row = table.add_row()
            _row_cant_split(row)
            texts = [str(n), with_note(_keep_name(plain(p.name)), plain(p.note)), plain(p.position)]
            for k, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
                para = cell.paragraphs[0]
                _set_style(para, "Table Text")
                if k == 0:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _add_text(para, text)
    _widths(table, widths)


def _minutes_body(doc: Any, data: MinutesData, settings: DocumentSettings) -> None:
    lang, size = data.lang, settings.font_size
    _marks(doc, settings, data.on_control, data.header.draft, lang)
    _header(doc, data.header, lang, settings, "minutes")
    annex = _attendance(doc, data, settings)
    if data.agenda:
        _agenda(doc, data, size)
    for sec in data.agenda:
        _section(doc, sec, lang, size, with_title=False)
    closing = closing_pieces(data)
    if closing:
        _runs(_para(doc, "Decision"), closing)
    # the signatures never stand alone at the top of a page
    _last(doc).paragraph_format.keep_with_next = True
    _space(doc, 1.2, size)
    _signatures(doc, minutes_signatures(data), settings)
    if annex:
        _annex(doc, data, settings)


def _extract_body(doc: Any, data: ExtractData, settings: DocumentSettings) -> None:
    lang, size = data.lang, settings.font_size
    _marks(doc, settings, data.on_control, data.header.draft, lang)
    _header(doc, data.header, lang, settings, "extract")
    if data.executor.name.strip():
        executor = person_pieces(data.executor, lang, line_start=False)
        _labelled(doc, w(lang, "executor"), executor, "Normal")
        _space(doc, 0.4, size)
    _labelled(
        doc,
        chaired(data.chair, lang, data.chaired_label),
        person_pieces(data.chair, lang, line_start=False),
        "Normal",
    )
    _space(doc, 0.8, size)
    for sec in data.agenda:
        _section(doc, sec, lang, size, with_title=True)
    _last(doc).paragraph_format.keep_with_next = True
    _space(doc, 1.2, size)
    _signatures(doc, extract_signatures(data), settings)


# --------------------------------------------------------------------------- the file


# The order the schema gives the children of a table's and a cell's properties: Word
# refuses a file whose elements stand out of it.
_TBL_PR_ORDER = [
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
]
_TC_PR_ORDER = [
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
]


def _schema_order(doc: Any) -> None:
    """Put the children of every tblPr and tcPr in the schema's order (python-docx
    adds its own in order; ours are appended)."""
    for tag, order in (("w:tblPr", _TBL_PR_ORDER), ("w:tcPr", _TC_PR_ORDER)):
        rank = {qn(f"w:{name}"): k for k, name in enumerate(order)}
        for props in doc.element.body.iter(qn(tag)):
            children = list(props)
            ordered = sorted(children, key=lambda el: rank.get(el.tag, len(rank)))
            if ordered != children:
                for el in children:
                    props.remove(el)
                props.extend(ordered)


def _page_number_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = "2"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, separate, shown, end):
        run._r.append(el)


def _page(doc: Any, data: MinutesData | ExtractData, settings: DocumentSettings) -> None:
    """A4 portrait, the settings' margins; the page number at the top from page 2;
    on every page the journal stamp and the note that the record is the program's."""
    section = doc.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.left_margin = Mm(settings.margin_left_mm)
    section.right_margin = Mm(settings.margin_right_mm)
    section.top_margin = Mm(settings.margin_top_mm)
    section.bottom_margin = Mm(settings.margin_bottom_mm)
    section.header_distance = Mm(max(settings.margin_top_mm / 2 - 3, 4))
    section.footer_distance = Mm(max(settings.margin_bottom_mm / 2 - 4, 4))
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    _set_style(number, "Header")
    _page_number_field(number)
    for footer in (section.footer, section.first_page_footer):
        stamp = footer.paragraphs[0]
        _set_style(stamp, "Footer")
        _add_text(stamp, stamp_line(data.stamp, data.lang))
        note = footer.add_paragraph()
        _set_style(note, "Footer")
        _add_text(note, w(data.lang, "word_copy"))


def _render(
    data: MinutesData | ExtractData,
    path: str | Path,
    settings: DocumentSettings | None,
    meta_key: str,
    body: Any,
) -> Path:
    from ..domain.dueparse import format_date_short

    settings = settings or DocumentSettings()
    doc = Document()
    _styles(doc, settings, data.lang)
    _font_table_alternative(doc)
    _page(doc, data, settings)
    body(doc, data, settings)  # python-docx's template has an empty body
    _schema_order(doc)
    h = data.header
    props = doc.core_properties
    props.title = " ".join(
        w(
            data.lang, meta_key, number=number_text(h, data.lang), date=format_date_short(h.date)
        ).split()
    )
    props.subject = props.title
    props.author = plain(h.body_name)[:255]
    props.last_modified_by = ""
    props.language = LANGUAGE_TAG.get(data.lang, "")
    props.comments = stamp_line(data.stamp, data.lang)
    props.created = props.modified = data.stamp.generated_at
    props.revision = 1

    def build(fh: IO[bytes]) -> None:
        doc.save(fh)

    return write_file_atomic(path, build)


def render_minutes_docx(
    data: MinutesData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write the minutes of a session to ``path`` as .docx (atomically); returns the path."""
    return _render(data, path, settings, "meta_minutes", _minutes_body)


def render_extract_docx(
    data: ExtractData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write an extract of the minutes for one executor to ``path`` as .docx."""
    return _render(data, path, settings, "meta_extract", _extract_body)
