"""A DOCX with the text of a session's minutes, for timing LibreOffice against our PDF.

The comparison the issue asks for is "a similar document": this writes every text of
the minutes' data (header, attendance, agenda, decisions, instructions with their
executors and deadlines) as paragraphs of a plain WordprocessingML file, in the order
the data holds them, with the instructions also as a table, as the PDF prints them.
Its text is as long as the PDF's; what LibreOffice has to lay out is comparable (one
font, the same paragraphs and table rows), not identical in styling.
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def texts(value: object) -> list[str]:
    """Every non-empty string in ``value`` (dataclasses, lists, dicts), in order."""
    out: list[str] = []
    if isinstance(value, str):
        if value.strip():
            out.append(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            out += texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for v in value.values():
            out += texts(v)
    elif isinstance(value, list | tuple):
        for v in value:
            out += texts(v)
    return out


def _para(text: str, bold: bool = False) -> str:
    props = '<w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>'
    props += "<w:b/>" if bold else ""
    props += '<w:sz w:val="28"/></w:rPr>'
    return f'<w:p><w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def write_docx(paragraphs: list[str], table: list[list[str]], path: Path) -> Path:
    """``paragraphs``, then ``table`` (first row bold) as a bordered table."""
    rows = []
    for n, row in enumerate(table):
        cells = "".join(f"<w:tc>{_para(c, bold=n == 0)}</w:tc>" for c in row)
        rows.append(f"<w:tr>{cells}</w:tr>")
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    tbl = (
        f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{border}'
        f"</w:tblBorders></w:tblPr>{''.join(rows)}</w:tbl>"
        if rows
        else ""
    )
    body = "".join(_para(p) for p in paragraphs) + tbl
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
        f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
        'w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document)
    return path


def minutes_docx(data: object, path: Path) -> Path:
    """The DOCX counterpart of the minutes ``data`` (reports.data.MinutesData)."""
    rows = [["№", "Поручение", "Исполнители", "Срок"]]
    for item in getattr(data, "on_control", None) or []:
        cells = texts(item)
        rows.append((cells + ["", "", "", ""])[:4])
    return write_docx(texts(data), rows, path)
