"""What every official document shares: fonts, styles, page frame, safe text.

The documents follow the layout practice of Kazakhstan's records management:
A4, a Times-compatible serif at 14 pt (12 pt in tables), margins from
:class:`DocumentSettings`, page numbers top centre from page 2. Every page
carries a small footer with the journal head and the time of printing, so a
printed copy can be matched with the record it came from.

User text reaches reportlab's ``Paragraph`` markup only through :func:`esc`.
Files are written through :func:`write_pdf_atomic`, so a failed rendering never
leaves half a PDF where the user expects the document.
"""

from __future__ import annotations

# First, before reportlab.platypus is imported: see rlimport.py.
from . import rlimport  # noqa: F401  # isort: skip
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import IO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus import KeepTogether as _KeepTogether
from reportlab.platypus.flowables import _listWrapOn

from .data import DocumentSettings, Stamp
from .files import write_file_atomic as write_pdf_atomic  # noqa: F401  (its old name)

log = logging.getLogger(__name__)

# Page streams and embedded fonts are Flate-compressed; reportlab by default
# also wraps them in ASCII85, which makes a report some 15 % bigger and costs
# a pure-Python pass over every stream (about 2 % of the time to print it).
rl_config.useA85 = 0

DEFAULT_FAMILY = "LiberationSerif"
FACES = ("Regular", "Bold", "Italic", "BoldItalic")
# Printed instead of a character the bundled font cannot draw (emoji, Arabic...),
# so the reader sees that something stood there rather than a silent gap.
MISSING_GLYPH = "\u25a1"  # □
FOOTER_SIZE = 8.0
FOOTER_GREY = colors.Color(0.35, 0.35, 0.35)


# --------------------------------------------------------------------------- fonts


@dataclass(frozen=True)
class FontSet:
    """The reportlab names of one registered family, and what it can draw."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    charset: frozenset[int]  # code points every face of the family has


_REGISTER_LOCK = threading.Lock()


@cache
def _register(family: str) -> FontSet:
    from ..paths import resource

    if not re.fullmatch(r"[A-Za-z0-9_-]+", family):
        raise ValueError(f"not a font family name: {family!r}")
    names: list[str] = []
    charset: set[int] | None = None
    for face in FACES:
        path = resource("fonts", f"{family}-{face}.ttf")
        if not path.is_file():
            raise FileNotFoundError(f"font file missing: {path}")
        name = family if face == "Regular" else f"{family}-{face}"
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        names.append(name)
        cmap = set(font.face.charToGlyph)
        charset = cmap if charset is None else charset & cmap
    regular, bold, italic, bold_italic = names
    pdfmetrics.registerFontFamily(
        family, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic
    )
    return FontSet(regular, bold, italic, bold_italic, frozenset(charset or ()))


def register_fonts(family: str = DEFAULT_FAMILY) -> FontSet:
    """Register ``resources/fonts/<family>-{Regular,Bold,Italic,BoldItalic}.ttf`` once.

    Safe to call from any thread; later calls return the cached set. Raises
    ``FileNotFoundError`` naming the missing file when the family is not
    bundled.
    """
    with _REGISTER_LOCK:
        return _register(family)


def fonts_for(settings: DocumentSettings) -> FontSet:
    """The family the settings name, or the bundled default if it is missing."""
    family = settings.font or DEFAULT_FAMILY
    if family != DEFAULT_FAMILY:
        try:
            return register_fonts(family)
        except (FileNotFoundError, ValueError):
            log.warning("font family %r is not bundled; using %s", family, DEFAULT_FAMILY)
    return register_fonts(DEFAULT_FAMILY)


# --------------------------------------------------------------------------- text

# Control characters other than \n and \t, lone surrogates (they cannot be
# encoded) and the two non-characters U+FFFE / U+FFFF.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")


def clean(text: object, charset: frozenset[int] | None = None) -> str:
    """User text made printable, still plain (not markup).

    Newline variants become ``\\n``, tabs a space, control characters go, the
    text is NFC-composed (decomposed "й" from some keyboards prints as one
    glyph) and characters the font lacks become :data:`MISSING_GLYPH`.
    """
    if text is None:
        return ""
    s = str(text)
    s = _NEWLINES.sub("\n", s)
    s = _DROP.sub("", s)
    s = unicodedata.normalize("NFC", s.replace("\t", " "))
    if charset is None:
        charset = register_fonts().charset
    if not s.isascii():
        used = set(map(ord, s))
        used.discard(10)  # "\n"
        if not used <= charset:
            s = "".join(c if (ord(c) in charset or c == "\n") else MISSING_GLYPH for c in s)
    return s


def esc(text: object, charset: frozenset[int] | None = None) -> str:
    """Any user text made safe for reportlab ``Paragraph`` markup.

    ``&``, ``<`` and ``>`` are escaped, newlines kept as ``<br/>``; see
    :func:`clean` for the rest. Words longer than a line are broken by the
    styles (``splitLongWords``), not here.
    """
    s = clean(text, charset)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace("\n", "<br/>")


_INITIAL_SPACE = re.compile(r"(\b\w\.) +(?=\w)")
NBSP = "\u00a0"


def keep_name(markup: str) -> str:
    """Bind initials to the surname ("Д.Қ. Оңғарбаев" never breaks after "Д.Қ.")."""
    return _INITIAL_SPACE.sub(lambda m: m.group(1) + NBSP, markup)


def keep_whole(text: str) -> str:
    """Make a short phrase unbreakable: a date, "№ 4", "(продлений: 2)"."""
    return text.replace(" ", NBSP)


# --------------------------------------------------------------------------- paragraphs


class Para(Paragraph):
    """A ``Paragraph`` that breaks its lines once for a given width.

    reportlab wraps a paragraph each time something asks for its size: a
    ``KeepTogether`` and then the frame, a table measuring its rows and then
    drawing its cells, the same header cell on every page. The line breaking
    depends on the width alone, so the last result is kept while the width
    (to a billionth of a point: a table gives a cell its width from column
    positions when drawing, a rounding away from the width it measured with)
    and the broken lines (``blPara``, which ``split`` may drop) stay the same.
    """

    _memo: tuple[float, object, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        memo = self._memo
        if (
            memo is not None
            and abs(memo[0] - availWidth) <= 1e-9
            and memo[1] is getattr(self, "blPara", None)
        ):
            return memo[2]
        size = super().wrap(availWidth, availHeight)
        blpara = getattr(self, "blPara", None)
        self._memo = (availWidth, blpara, size) if blpara is not None else None
        return size


class KeepTogether(_KeepTogether):
    """reportlab's ``KeepTogether``, measuring its flowables without copying the frame.

    reportlab measures kept flowables against a deep copy of the current
    frame, so that anything they generate while measured (a footnote, a frame
    break) lands in the copy. Paragraphs, spacers and tables generate nothing;
    the copies (one per decision of the minutes) were a few per cent of the
    time to print them.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, aW, None, dims=dims)
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split, as reportlab's does


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    size: float
    table_size: float
    normal: ParagraphStyle  # left, no indent: lists of people, labels
    body: ParagraphStyle  # justified, first-line indent: running text
    body_left: ParagraphStyle  # the same, ragged right: "Срок:", "Ответственные:"
    hanging: ParagraphStyle  # numbered items: the number hangs out
    hanging_bold: ParagraphStyle  # an item's title in an extract
    hanging_note: ParagraphStyle  # italic, aligned with the hanging text
    person: ParagraphStyle  # one attendee a line; wrapped lines indented
    list_item: ParagraphStyle  # "1)", "а)", "-" lines inside a text: the marker hangs
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    right: ParagraphStyle
    bold: ParagraphStyle
    heading: ParagraphStyle  # СЛУШАЛИ:, ПОСТАНОВИЛИ: ...
    italic: ParagraphStyle
    table: ParagraphStyle
    table_bold: ParagraphStyle
    table_centre: ParagraphStyle
    table_head: ParagraphStyle
    table_right: ParagraphStyle


def build_styles(settings: DocumentSettings | None = None) -> Styles:
    """The paragraph styles of a document, from the user's settings.

    Made once for each font and pair of sizes: reportlab never changes a
    style (it copies one before changing it), so documents share them.
    """
    settings = settings or DocumentSettings()
    return _styles(fonts_for(settings), float(settings.font_size), float(settings.table_font_size))


@lru_cache(maxsize=16)
def _styles(fonts: FontSet, size: float, tsize: float) -> Styles:
    leading = round(size * 1.15, 2)
    tleading = round(tsize * 1.15, 2)
    indent = 12.5 * mm  # the first-line indent of running text
    hang = 7.5 * mm  # room for "12. " before a hanging item

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": fonts.regular,
            "fontSize": size,
            "leading": leading,
            "alignment": TA_LEFT,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
            "textColor": colors.black,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    table_kw: dict[str, object] = {"fontSize": tsize, "leading": tleading}
    return Styles(
        fonts=fonts,
        size=size,
        table_size=tsize,
        normal=style("normal"),
        body=style("body", alignment=TA_JUSTIFY, firstLineIndent=indent),
        body_left=style("body_left", firstLineIndent=indent),
        hanging=style("hanging", alignment=TA_JUSTIFY, leftIndent=hang, firstLineIndent=-hang),
        hanging_bold=style(
            "hanging_bold",
            alignment=TA_JUSTIFY,
            leftIndent=hang,
            firstLineIndent=-hang,
            fontName=fonts.bold,
            keepWithNext=1,
        ),
        hanging_note=style("hanging_note", leftIndent=hang, fontName=fonts.italic),
        person=style("person", leftIndent=hang, firstLineIndent=-hang),
        list_item=style(
            "list_item", alignment=TA_JUSTIFY, leftIndent=indent + hang, firstLineIndent=-hang
        ),
        centre=style("centre", alignment=TA_CENTER),
        centre_bold=style("centre_bold", alignment=TA_CENTER, fontName=fonts.bold),
        right=style("right", alignment=TA_RIGHT),
        bold=style("bold", fontName=fonts.bold),
        heading=style("heading", fontName=fonts.bold, spaceBefore=size * 0.5, keepWithNext=1),
        italic=style("italic", fontName=fonts.italic),
        table=style("table", **table_kw),
        table_bold=style("table_bold", fontName=fonts.bold, **table_kw),
        table_centre=style("table_centre", alignment=TA_CENTER, **table_kw),
        table_head=style("table_head", alignment=TA_CENTER, fontName=fonts.bold, **table_kw),
        table_right=style("table_right", alignment=TA_RIGHT, **table_kw),
    )


# --------------------------------------------------------------------------- page frame


def stamp_text(stamp: Stamp, lang: str) -> str:
    """The footer line: "Журнал: 3f2a9c1d · 13.12.2024 16:05"."""
    from ..domain.due import format_date_short
    from .wording import words

    when = stamp.generated_at
    footer = words(lang)["footer"]
    assert isinstance(footer, str)
    return footer.format(
        head=clean(stamp.journal_head).replace("\n", " "),
        when=f"{format_date_short(when.date())} {when:%H:%M}",
    )


class OfficialDocTemplate(BaseDocTemplate):
    """A4 (portrait or landscape), margins from the settings, one frame per page.

    ``onPageEnd`` draws (after the text, so text extraction reads the
    document first) the page number top centre from page 2 and the stamp at
    the foot of every page.
    """

    def __init__(
        self,
        out: str | IO[bytes],
        *,
        settings: DocumentSettings,
        styles: Styles,
        footer: str,
        title: str,
        author: str = "",
        subject: str = "",
        lang: str = "ru",
        landscape_pages: bool = False,
    ) -> None:
        from .. import __version__

        pagesize = landscape(A4) if landscape_pages else A4
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=settings.margin_left_mm * mm,
            rightMargin=settings.margin_right_mm * mm,
            topMargin=settings.margin_top_mm * mm,
            bottomMargin=settings.margin_bottom_mm * mm,
            title=clean(title).replace("\n", " "),
            author=clean(author).replace("\n", " "),
            subject=clean(subject).replace("\n", " "),
            creator=f"AntiCorr Desktop {__version__}",
            lang={"kk": "kk-KZ", "ru": "ru-RU"}.get(lang, lang),
            displayDocTitle=1,
            pageCompression=1,
            initialFontName=styles.fonts.regular,
            initialFontSize=styles.size,
        )
        self._styles = styles
        self._footer = footer
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate)])

    def _decorate(self, canvas, doc) -> None:
        fonts = self._styles.fonts
        height = self.pagesize[1]
        canvas.saveState()
        if doc.page > 1:
            size = self._styles.table_size
            canvas.setFont(fonts.regular, size)
            y = height - max(self.topMargin / 2, size)
            canvas.drawCentredString(self.leftMargin + self.width / 2, y - size / 2, str(doc.page))
        canvas.setFont(fonts.regular, FOOTER_SIZE)
        canvas.setFillColor(FOOTER_GREY)
        canvas.drawString(
            self.leftMargin, max(self.bottomMargin / 2 - FOOTER_SIZE / 2, 4 * mm), self._footer
        )
        canvas.restoreState()
