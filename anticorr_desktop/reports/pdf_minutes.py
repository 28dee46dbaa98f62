"""The minutes (протокол / хаттама) and the extract sent to an executor, as PDF.

Both are drawn from data computed beforehand (``reports/data.py``); nothing
here reads storage. Every piece of user text passes through :func:`esc`.
"""

from __future__ import annotations

# First, before reportlab.platypus is imported: see rlimport.py.
from . import rlimport  # noqa: F401  # isort: skip
from pathlib import Path
from typing import IO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

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
from .pdfbase import (
    KeepTogether,
    OfficialDocTemplate,
    Para,
    Styles,
    build_styles,
    clean,
    esc,
    keep_name,
    keep_whole,
    stamp_text,
    write_pdf_atomic,
)
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
    text_lines,
    title_lines,
    uses_annex,
    w,
    with_note,
)

__all__ = ["render_extract", "render_minutes", "signature_name"]

# A decision up to this many characters moves to the next page whole rather
# than leave its "Срок:" behind.
KEEP_WHOLE_DECISION = 600


# --------------------------------------------------------------------------- text helpers
#
# The words come from wording.py (shared with the Word renderer); here they
# only become reportlab markup.


def _tag(markup: str, text_lang: str) -> str:
    """Mark a text printed in the other language ("[рус.]" in a Kazakh document)."""
    if not text_lang or not markup:
        return markup
    return f'{markup} <font size="-3" color="#555555">{fallback_mark(text_lang)}</font>'


def _markup(pieces: list[Piece]) -> str:
    out = []
    for p in pieces:
        text = keep_name(esc(p.text)) if p.name else esc(p.text)
        if p.bold:
            text = f"<b>{text}</b>"
        out.append(_tag(text, p.other_lang))
    return "".join(out)


def _person(p, lang: str, *, line_start: bool = True) -> str:
    """Markup for "position — name (note)", starting a line or after a label."""
    return _markup(person_pieces(p, lang, line_start=line_start))


def _label(label: str, text: str) -> str:
    return f"<b>{label}</b> {text}" if text else f"<b>{label}</b>"


# --------------------------------------------------------------------------- shared blocks


def _marks(on_control: bool, draft: bool, lang: str, st: Styles, width: float) -> list[Flowable]:
    """Page 1's marks: «Контроль» top left when on control, "ПРОЕКТ" top right
    while the session is not approved."""
    if not on_control and not draft:
        return []
    left = Para(w(lang, "control_mark"), st.bold) if on_control else ""
    right = Para(f"<b>{w(lang, 'draft_mark')}</b>", st.right) if draft else ""
    row = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    row.setStyle(_plain_table(st))
    return [row, Spacer(1, st.size * 0.8)]


def _header(h: SessionHeader, lang: str, st: Styles, doc_type: str, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if h.body_name.strip():
        body = _tag(esc(h.body_name), h.body_lang)
        story += [Para(body, st.centre_bold), Spacer(1, st.size)]
    story += [
        Para(_tag(esc(t.text), t.text_lang), st.centre_bold if t.bold else st.centre)
        for t in title_lines(h, lang, doc_type)
    ]
    story.append(Spacer(1, st.size * 0.6))
    line = Table(
        [
            [
                Para(keep_whole(esc(long_date(h.date, lang))), st.normal),
                Para(esc(number_text(h, lang)), st.right),
            ]
        ],
        colWidths=[width * 0.6, width * 0.4],
    )
    line.setStyle(_plain_table(st))
    story.append(line)
    if h.city.strip():
        story += [Spacer(1, st.size * 0.3), Para(esc(h.city), st.centre)]
    if h.revision > 0:
        story.append(Para(w(lang, "revision", n=h.revision), st.centre))
    story.append(Spacer(1, st.size * 0.8))
    if h.time.strip():
        story.append(Para(w(lang, "time", v=esc(h.time)), st.normal))
    if h.place.strip():
        story.append(Para(w(lang, "place", v=_tag(esc(h.place), h.place_lang)), st.normal))
    if h.time.strip() or h.place.strip():
        story.append(Spacer(1, st.size * 0.6))
    return story


def _plain_table(st: Styles) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]
    )


def _signatures(rows: list[SignatureLine], st: Styles, width: float) -> Table:
    """Label | signature line | "И. Фамилия"; ``None`` person: a label row only."""
    data: list[list[object]] = []
    style = _plain_table(st)
    for i, row in enumerate(rows):
        label, person, line = esc(row.role), row.person, row.line
        if person is None:  # a heading row: "Члены комиссии:", "Выписка верна:" (bold)
            data.append([Para(f"<b>{label}</b>" if row.bold else label, st.normal), "", ""])
            style.add("SPAN", (0, i), (-1, i))
            style.add("TOPPADDING", (0, i), (-1, i), st.size * 1.2)
            continue
        data.append(
            [
                Para(label, st.normal),
                "",
                Para(keep_whole(esc(signature_name(person))), st.right),
            ]
        )
        style.add("TOPPADDING", (0, i), (-1, i), st.size * 2.2)
        if line:
            style.add("LINEBELOW", (1, i), (1, i), 0.6, "black")
    table = Table(data, colWidths=[width * 0.42, width * 0.28, width * 0.30], hAlign="LEFT")
    table.setStyle(style)
    return table


def _keep_with_last(story: list[Flowable], block: Flowable, st: Styles) -> KeepTogether:
    """Take the last paragraph off ``story`` and keep it on one page with ``block``."""
    i = len(story)
    while i > 0 and isinstance(story[i - 1], (Spacer, CondPageBreak)):
        i -= 1
    if i > 0 and isinstance(story[i - 1], (Paragraph, KeepTogether)):
        i -= 1
    tail = _flat(story[i:])
    del story[i:]
    return KeepTogether([*tail, Spacer(1, st.size * 1.2), block])


def _text_blocks(
    text: str, st: Styles, *, prefix: str = "", text_lang: str = "", style=None
) -> list[Para]:
    """A text as typed, a paragraph a line: lines that are items of a list
    ("1)", "а)", "-", "•") hang their marker; ``prefix`` (a decision's number)
    goes before the first line unless that line numbers itself ("1) ..."),
    which would print two numbers; the language mark after the last line."""
    style = style or st.body
    lines = text_lines(clean(text), prefix)
    out: list[Para] = []
    for k, line in enumerate(lines):
        markup = esc(line.text)
        if k == len(lines) - 1:
            markup = _tag(markup, text_lang)
        out.append(Para(markup, st.list_item if line.list_item else style))
    return out


def _decision(d: DecisionLine, lang: str, st: Styles) -> list[Flowable]:
    prefix = esc(decision_prefix(d))
    story: list[Flowable] = list(_text_blocks(d.text, st, prefix=prefix, text_lang=d.text_lang))
    lead = len(story)
    ins = d.instruction
    if ins is not None:
        for label, pieces in instruction_lines(ins, lang):
            story.append(Para(_label(esc(label), _markup(pieces)), st.body_left))
    # "Срок:" and "Ответственные:" stay on the page of their decision. A long
    # decision flows freely (kept whole, it would leave a page half empty);
    # its last line, "Срок:" and "Ответственные:" still stay together.
    if len(d.text) <= KEEP_WHOLE_DECISION:
        return [KeepTogether(story)]
    return [*story[: lead - 1], KeepTogether(story[lead - 1 :])]


def _speakers(speakers: list[SpeakerLine], lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for s in speakers:
        out.append(Para(_markup(ended(speaker_pieces(s, lang, summary=True))), st.body))
    return out


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    """The content of kept groups, for a group that takes them in (reportlab
    cannot keep a group inside another: it would break the page before it)."""
    out: list[Flowable] = []
    for f in flowables:
        out += _flat(f._content) if isinstance(f, KeepTogether) else [f]
    return out


def _with_heading(heading: list[Flowable], body: list[Flowable], st: Styles) -> list[Flowable]:
    """A heading ("СЛУШАЛИ:", "ПОСТАНОВИЛИ:", an item's title) never ends a page:
    it goes to the next page with the first block of what follows it."""
    if not body:
        return heading
    first = body[0]
    if isinstance(first, KeepTogether) or (
        isinstance(first, Paragraph) and len(first.text) <= KEEP_WHOLE_DECISION
    ):
        return [KeepTogether([*heading, *_flat([first])]), *body[1:]]
    # a long paragraph: the heading and its first lines (room for them, or a new page)
    need = sum(f.wrap(10**4, 10**4)[1] for f in heading) + st.size * 1.15 * 3
    return [CondPageBreak(need), *heading, *body]


def _section(sec: AgendaSection, lang: str, st: Styles, *, with_title: bool) -> list[Flowable]:
    """One agenda item: "N. СЛУШАЛИ:" (or its title, in an extract or when nobody
    was heard), what was said and decided, the vote."""
    story: list[Flowable] = []
    # headings not yet placed: each goes on the page of what follows it
    carry: list[Flowable] = []
    if section_title_shown(sec, with_title):
        title = _markup(item_title_pieces(sec))
        carry.append(Para(title, st.hanging_bold))
    summary = (
        _text_blocks(sec.summary, st, text_lang=sec.summary_lang) if sec.summary.strip() else []
    )
    if sec.heard:
        label = esc(heard_heading(sec, lang, titled=bool(carry)))
        carry.append(Para(label, st.heading))
        body = [*_speakers(sec.heard, lang, st), *summary]
    else:
        # background material without a speaker: the item's own text, no "СЛУШАЛИ"
        body = list(summary)
    if body:
        story += _with_heading(carry, body, st)
        carry = []
    if sec.spoke:
        carry.append(Para(w(lang, "spoke"), st.heading))
        story += _with_heading(carry, _speakers(sec.spoke, lang, st), st)
        carry = []
    decisions: list[Flowable] = []
    for d in sec.decisions:
        decisions += _decision(d, lang, st)
    if sec.decisions:
        carry.append(Para(esc(decisions_lead(sec, lang)), st.heading))
    vote_line = section_vote(sec, lang)
    if vote_line is not None:
        votes = _vote(vote_line, st)
        if decisions:  # the vote never starts a page alone
            last = decisions.pop()
            decisions.append(KeepTogether([*_flat([last]), *votes]))
        else:
            decisions.append(KeepTogether(votes))
    story += _with_heading(carry, decisions, st)
    story.append(Spacer(1, st.size * 0.5))
    return story


def _vote(vote: VoteLine, st: Styles) -> list[Flowable]:
    """ "Голосовали: «за» — 5, ..." and, below, who voted how."""
    return [
        Para(esc(vote.text), st.body_left),
        *[Para(keep_name(esc(line)), st.body_left) for line in vote.voters],
    ]


# --------------------------------------------------------------------------- the minutes


def _attendance(
    data: MinutesData, st: Styles, settings: DocumentSettings
) -> tuple[list[Flowable], bool]:
    lang = data.lang
    story: list[Flowable] = []
    chair = _person(data.chair, lang, line_start=False)
    story.append(Para(_label(chaired(data.chair, lang, data.chaired_label), chair), st.normal))
    if data.secretary_listed and data.secretary.name.strip():
        secretary = _person(data.secretary, lang, line_start=False)
        story.append(Para(_label(w(lang, "secretary_line"), secretary), st.normal))
    story.append(Spacer(1, st.size * 0.5))
    count = len(data.present) + len(data.invited)
    annex = uses_annex(data, settings.annex_threshold)
    if annex:
        story.append(Para(_label(w(lang, "present"), people_count(count, lang)), st.normal))
    elif count:
        heading: list[Flowable] = [Para(f"<b>{w(lang, 'present')}</b>", st.normal)]
        for label, people in attendance_groups(data):
            if label:  # a meeting lists those present without "Члены ...:"
                heading.append(Para(f"<i>{esc(label)}</i>", st.normal))
            story += _with_heading(heading, [Para(_person(p, lang), st.person) for p in people], st)
            heading = []
    if data.absent:
        story.append(Spacer(1, st.size * 0.5))
        story += _with_heading(
            [Para(f"<b>{w(lang, 'absent')}</b>", st.normal)],
            [Para(_person(p, lang), st.person) for p in data.absent],
            st,
        )
    story.append(Spacer(1, st.size * 0.5))
    # Only a commission with members on its roster for the date can state a
    # quorum; without a roster the protocol says nothing (never "Кворума нет.").
    quorum = quorum_text(data)
    if quorum:
        story.append(Para(esc(quorum), st.normal))
        story.append(Spacer(1, st.size * 0.8))
    return story, annex


def _agenda(data: MinutesData, st: Styles) -> list[Flowable]:
    lang = data.lang
    heading: list[Flowable] = [Para(w(lang, "agenda"), st.centre_bold), Spacer(1, st.size * 0.4)]
    story: list[Flowable] = []
    for sec in data.agenda:
        item: list[Flowable] = [Para(_markup(item_title_pieces(sec)), st.hanging)]
        if sec.heard:
            label = esc(reporters_label(lang, len(sec.heard)))
            item.append(Para(f"{label} {_markup(reporters_pieces(sec, lang))}", st.hanging_note))
        block = KeepTogether([*heading, *item])
        heading = []
        story += [block, Spacer(1, st.size * 0.3)]
    if data.agenda_vote is not None:
        story.append(KeepTogether(_vote(data.agenda_vote, st)))
    story.append(Spacer(1, st.size * 0.5))
    return story


def _annex(data: MinutesData, st: Styles, width: float) -> list[Flowable]:
    lang = data.lang
    h = data.header
    ref_style = ParagraphStyle("annex_ref", parent=st.normal, leftIndent=width * 0.5)
    story: list[Flowable] = [
        PageBreak(),
        Para(
            w(
                lang,
                "annex_ref",
                number=number_text(h, lang),
                date=keep_whole(esc(date_attributive(h.date, lang))),
            ).replace("  ", " "),
            ref_style,
        ),
        Spacer(1, st.size),
        Para(w(lang, "attendance_list"), st.centre_bold),
        Spacer(1, st.size * 0.6),
    ]
    rows: list[list[object]] = [
        [Para(w(lang, k), st.table_head) for k in ("col_no", "col_name", "col_position")]
    ]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    n = 0
    for label, people in attendance_groups(data):
        if label:  # a meeting's list has no "Члены ...:" row
            rows.append([Para(esc(label), st.table_bold), "", ""])
            style.add("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))
        for p in people:
            n += 1
            rows.append(
                [
                    Para(str(n), st.table_centre),
                    Para(with_note(keep_name(esc(p.name)), esc(p.note)), st.table),
                    Para(esc(p.position), st.table),
                ]
            )
    table = Table(
        rows, colWidths=[width * 0.1, width * 0.35, width * 0.55], repeatRows=1, splitInRow=1
    )
    table.setStyle(style)
    story.append(table)
    return story


def _minutes_story(
    data: MinutesData, st: Styles, settings: DocumentSettings, width: float
) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = _marks(data.on_control, data.header.draft, lang, st, width)
    story += _header(data.header, lang, st, "minutes", width)
    attendance, annex = _attendance(data, st, settings)
    story += attendance
    if data.agenda:
        story += _agenda(data, st)
    for sec in data.agenda:
        story += _section(sec, lang, st, with_title=False)

    closing: list[Flowable] = []
    sentence = closing_pieces(data)
    if sentence:
        closing.append(Para(_markup(sentence), st.body))
    signatures = _signatures(minutes_signatures(data), st, width)
    # The signatures never stand alone at the top of a page: they keep the
    # closing decision (or the last paragraph) with them.
    story += closing
    story.append(_keep_with_last(story, signatures, st))
    if annex:
        story += _annex(data, st, width)
    return story


def _render_session_document(
    data, path: str | Path, settings: DocumentSettings | None, meta_key: str, story_fn
) -> Path:
    """The minutes or an extract: same page template, title and footer; ``story_fn``
    gives the content as story_fn(styles, settings, width)."""
    settings = settings or DocumentSettings()
    st = build_styles(settings)
    h = data.header
    from ..domain.due import format_date_short

    title = " ".join(
        w(
            data.lang, meta_key, number=number_text(h, data.lang), date=format_date_short(h.date)
        ).split()
    )

    def build(fh: IO[bytes]) -> None:
        doc = OfficialDocTemplate(
            fh,
            settings=settings,
            styles=st,
            footer=stamp_text(data.stamp, data.lang),
            title=title,
            author=h.body_name,
            subject=title,
            lang=data.lang,
        )
        doc.build(story_fn(st, settings, doc.width))

    return write_pdf_atomic(path, build)


def render_minutes(
    data: MinutesData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write the minutes of a session to ``path`` (atomically); returns the path."""
    return _render_session_document(
        data,
        path,
        settings,
        "meta_minutes",
        lambda st, settings, width: _minutes_story(data, st, settings, width),
    )


# --------------------------------------------------------------------------- the extract


def _extract_story(data: ExtractData, st: Styles, width: float) -> list[Flowable]:
    lang = data.lang
    story: list[Flowable] = _marks(data.on_control, data.header.draft, lang, st, width)
    story += _header(data.header, lang, st, "extract", width)
    if data.executor.name.strip():
        executor = _person(data.executor, lang, line_start=False)
        story.append(Para(_label(w(lang, "executor"), executor), st.normal))
        story.append(Spacer(1, st.size * 0.4))
    chair = _person(data.chair, lang, line_start=False)
    story.append(Para(_label(chaired(data.chair, lang, data.chaired_label), chair), st.normal))
    story.append(Spacer(1, st.size * 0.8))
    for sec in data.agenda:
        story += _section(sec, lang, st, with_title=True)
    signatures = _signatures(extract_signatures(data), st, width)
    story.append(_keep_with_last(story, signatures, st))
    return story


def render_extract(
    data: ExtractData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write an extract of the minutes for one executor to ``path``; returns the path."""
    return _render_session_document(
        data,
        path,
        settings,
        "meta_extract",
        lambda st, _settings, width: _extract_story(data, st, width),
    )
