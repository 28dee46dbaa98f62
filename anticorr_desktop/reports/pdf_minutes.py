"""The minutes (протокол / хаттама) and the extract sent to an executor, as PDF.

Both are drawn from data computed beforehand (``reports/data.py``); nothing
here reads storage. Every piece of user text passes through :func:`esc`.
"""

from __future__ import annotations

# First, before reportlab.platypus is imported: see rlimport.py.
from . import rlimport  # noqa: F401  # isort: skip
import re
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

from ..domain.gender import FEMALE, gender_from_name
from .data import (
    AgendaSection,
    DecisionLine,
    DocumentSettings,
    ExtractData,
    MinutesData,
    PersonLine,
    SessionHeader,
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
    FALLBACK_TAG,
    control_closing,
    date_attributive,
    kind_line,
    long_date,
    people_count,
    position_at_line_start,
    position_in_sentence,
    w,
    words,
)

__all__ = ["render_extract", "render_minutes", "signature_name"]

_INITIALS = re.compile(r"^((?:\w\.\s?)+)\s*(.+)$")
# A line of a text that is an item of a list typed in it: "1)", "2.", "а)", "-", "•".
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{1,3}\.\d{1,3}\.?|[^\W\d_][)]|[-–—•·*])\s")
# ... of those, the ones that number the text: no decision number before them.
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{1,3}\.\d{1,3}\.?|[^\W\d_][)])\s")
# A decision up to this many characters moves to the next page whole rather
# than leave its "Срок:" behind.
KEEP_WHOLE_DECISION = 600


# --------------------------------------------------------------------------- text helpers


def signature_name(p: PersonLine) -> str:
    """The name under a signature, "И. Фамилия".

    ``signature_name`` when the builder gave one; otherwise derived from
    "И.О. Фамилия" or "Фамилия Имя Отчество"; otherwise the name as given.
    """
    if p.signature_name.strip():
        return p.signature_name.strip()
    name = " ".join(p.name.split())
    m = _INITIALS.match(name)
    if m:
        return f"{m.group(1)[0]}. {m.group(2)}"
    parts = name.split(" ")
    if len(parts) in (2, 3) and all(part[:1].isupper() for part in parts):
        return f"{parts[1][0]}. {parts[0]}"
    return name


def _tag(markup: str, text_lang: str) -> str:
    """Mark a text printed in the other language ("[рус.]" in a Kazakh document)."""
    if not text_lang or not markup:
        return markup
    tag = FALLBACK_TAG.get(text_lang, f"[{text_lang}]")
    return f'{markup} <font size="-3" color="#555555">{tag}</font>'


def _with_note(text: str, note: str) -> str:
    note = note.strip()
    if not note:
        return text
    if not note.startswith("("):
        note = f"({note})"
    return f"{text} {note}"


def _person(p: PersonLine, lang: str, *, line_start: bool = True) -> str:
    """Markup for "position — name (note)", starting a line or after a label."""
    text = keep_name(esc(p.name))
    position = p.position.strip()
    if position:
        if line_start:
            position = position_at_line_start(position)
        else:
            position = position_in_sentence(position, p.position_lang or lang)
        text = f"{_tag(esc(position), p.position_lang)} — {text}"
    return _with_note(text, _tag(esc(p.note), p.note_lang))


def _speaker(s: SpeakerLine, lang: str) -> str:
    """Markup for "И.О. Фамилия, position"."""
    text = _tag(keep_name(esc(s.name)), s.name_lang)
    if s.position.strip():
        position = esc(position_in_sentence(s.position.strip(), s.position_lang or lang))
        text = f"{text}, {_tag(position, s.position_lang)}"
    return text


_TRAILING_BREAKS = re.compile(r"(?:\s|<br/>)+$")
_ENTITY_AT_END = re.compile(r"&(?:amp|lt|gt);$")


def _end(markup: str) -> str:
    """Add a full stop unless the text already ends with punctuation."""
    stripped = _TRAILING_BREAKS.sub("", markup)
    if not stripped:
        return stripped
    if stripped[-1] in ".!?…;:" and not _ENTITY_AT_END.search(stripped):
        return stripped
    return stripped + "."


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
    if h.title:  # the body's title, worded by the builder
        story += [
            Para(_tag(esc(t.text), t.text_lang), st.centre_bold if t.bold else st.centre)
            for t in h.title
        ]
    else:
        type_line = Para(w(lang, doc_type), st.centre_bold)
        kind = Para(esc(kind_line(lang, h.kind)), st.centre)
        story += [kind, type_line] if words(lang)["type_after_kind"] else [type_line, kind]
    story.append(Spacer(1, st.size * 0.6))
    line = Table(
        [
            [
                Para(keep_whole(esc(long_date(h.date, lang))), st.normal),
                Para(esc(_number(h, lang)), st.right),
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


def _number(h: SessionHeader, lang: str) -> str:
    """The session's number as printed: "№ 4", "б/н" or nothing."""
    return w(lang, "number", n=h.number) if h.number_text is None else h.number_text


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


def _signatures(rows: list[tuple[str, PersonLine | None, bool]], st: Styles, width: float) -> Table:
    """Label | signature line | "И. Фамилия"; ``None`` person: a label row only."""
    data: list[list[object]] = []
    style = _plain_table(st)
    for i, (label, person, line) in enumerate(rows):
        if person is None:
            data.append([Para(label, st.normal), "", ""])
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
    lines = [line for line in clean(text).split("\n") if line.strip()]
    if not lines:
        lines = [""]
    out: list[Para] = []
    for k, line in enumerate(lines):
        markup = esc(line.strip())
        item = bool(_LIST_ITEM.match(line))
        if k == 0 and prefix and not _NUMBERED.match(line):
            markup = f"{prefix} {markup}" if markup else prefix
            item = False
        if k == len(lines) - 1:
            markup = _tag(markup, text_lang)
        out.append(Para(markup, st.list_item if item else style))
    return out


def _decision(d: DecisionLine, lang: str, st: Styles) -> list[Flowable]:
    number = d.label.strip() or d.number.strip()
    prefix = esc(number if number.endswith((".", ")")) else number + ".") if number else ""
    story: list[Flowable] = list(_text_blocks(d.text, st, prefix=prefix, text_lang=d.text_lang))
    lead = len(story)
    ins = d.instruction
    if ins is not None:
        if ins.due.strip():
            story.append(Para(_label(w(lang, "due"), _end(esc(ins.due))), st.body_left))
        names = [p.name for p in ins.responsible if p.name.strip()]
        if names:
            key = "responsible_one" if len(names) == 1 else "responsible_many"
            joined = ", ".join(keep_name(esc(n)) for n in names)
            story.append(Para(_label(w(lang, key), _end(joined)), st.body_left))
        if ins.controller is not None and ins.controller.name.strip():
            controller = _person(ins.controller, lang, line_start=False)
            story.append(Para(_label(w(lang, "controller"), _end(controller)), st.body_left))
    # "Срок:" and "Ответственные:" stay on the page of their decision. A long
    # decision flows freely (kept whole, it would leave a page half empty);
    # its last line, "Срок:" and "Ответственные:" still stay together.
    if len(d.text) <= KEEP_WHOLE_DECISION:
        return [KeepTogether(story)]
    return [*story[: lead - 1], KeepTogether(story[lead - 1 :])]


def _speakers(speakers: list[SpeakerLine], lang: str, st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for s in speakers:
        text = _speaker(s, lang)
        if s.summary.strip():
            text = f"{text} — {_tag(esc(s.summary), s.summary_lang)}"
        out.append(Para(_end(text), st.body))
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
    if with_title or not sec.heard:
        title = f"{sec.number}. {_tag(esc(sec.title), sec.title_lang)}"
        carry.append(Para(title, st.hanging_bold))
    summary = (
        _text_blocks(sec.summary, st, text_lang=sec.summary_lang) if sec.summary.strip() else []
    )
    if sec.heard:
        label = w(lang, "heard") if carry else f"{sec.number}. {w(lang, 'heard')}"
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
        carry.append(Para(esc(sec.lead) if sec.lead else w(lang, "resolved"), st.heading))
    votes: list[Flowable] = []
    if sec.vote_line is not None:
        votes = _vote(sec.vote_line, st)
    elif sec.vote is not None:
        yes, no, abstained = sec.vote
        votes = [Para(w(lang, "vote", yes=yes, no=no, abstained=abstained), st.body_left)]
    if votes:
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


def _chaired(chair: PersonLine, lang: str) -> str:
    """ "Председательствовал:" or, for a woman, "Председательствовала:"."""
    gender = chair.gender or gender_from_name(chair.name)
    return w(lang, "chaired_f" if gender == FEMALE else "chaired")


def _attendance(
    data: MinutesData, st: Styles, settings: DocumentSettings
) -> tuple[list[Flowable], bool]:
    lang = data.lang
    story: list[Flowable] = []
    chair = _person(data.chair, lang, line_start=False)
    chaired = data.chaired_label or _chaired(data.chair, lang)
    story.append(Para(_label(chaired, chair), st.normal))
    if data.secretary_listed and data.secretary.name.strip():
        secretary = _person(data.secretary, lang, line_start=False)
        story.append(Para(_label(w(lang, "secretary_line"), secretary), st.normal))
    story.append(Spacer(1, st.size * 0.5))
    count = len(data.present) + len(data.invited)
    annex = count > settings.annex_threshold
    if annex:
        story.append(Para(_label(w(lang, "present"), people_count(count, lang)), st.normal))
    elif count:
        heading: list[Flowable] = [Para(f"<b>{w(lang, 'present')}</b>", st.normal)]
        members = w(lang, "members") if data.members_label is None else data.members_label
        for label, people in ((members, data.present), (w(lang, "invited"), data.invited)):
            if not people:
                continue
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
    quorum = data.quorum_text
    if quorum is None and data.voting_total > 0:
        count_line = w(lang, "quorum_count", total=data.voting_total, present=data.voting_present)
        quorum = f"{count_line} {w(lang, 'quorum_yes' if data.quorum else 'quorum_no')}"
    if quorum:
        story.append(Para(esc(quorum), st.normal))
        story.append(Spacer(1, st.size * 0.8))
    return story, annex


def _agenda(data: MinutesData, st: Styles) -> list[Flowable]:
    lang = data.lang
    heading: list[Flowable] = [Para(w(lang, "agenda"), st.centre_bold), Spacer(1, st.size * 0.4)]
    story: list[Flowable] = []
    for sec in data.agenda:
        item: list[Flowable] = [
            Para(f"{sec.number}. {_tag(esc(sec.title), sec.title_lang)}", st.hanging)
        ]
        if sec.heard:
            key = "reporter_one" if len(sec.heard) == 1 else "reporter_many"
            names = "; ".join(_speaker(s, lang) for s in sec.heard)
            item.append(Para(f"{w(lang, key)} {_end(names)}", st.hanging_note))
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
                number=_number(h, lang),
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
    for key, people in (("members", data.present), ("invited", data.invited)):
        if not people:
            continue
        rows.append([Para(w(lang, key), st.table_bold), "", ""])
        style.add("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1))
        for p in people:
            n += 1
            rows.append(
                [
                    Para(str(n), st.table_centre),
                    Para(_with_note(keep_name(esc(p.name)), esc(p.note)), st.table),
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
    if data.control_assignee is not None and data.control_assignee.name.strip():
        number = max((s.number for s in data.agenda), default=0) + 1
        who = data.control_assignee
        sentence = keep_name(esc(control_closing(lang, who.position, who.name)))
        closing.append(Para(f"{number}. {sentence}", st.body))
    rows: list[tuple[str, PersonLine | None, bool]] = [
        (esc(sg.role), sg.person, sg.line) for sg in data.signatures
    ] or [
        (w(lang, "chair_sign"), data.chair, True),
        (w(lang, "secretary_sign"), data.secretary, True),
    ]
    signatures = _signatures(rows, st, width)
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
    from ..domain.dueparse import format_date_short

    title = " ".join(
        w(data.lang, meta_key, number=_number(h, data.lang), date=format_date_short(h.date)).split()
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
    chaired = data.chaired_label or _chaired(data.chair, lang)
    story.append(Para(_label(chaired, chair), st.normal))
    story.append(Spacer(1, st.size * 0.8))
    for sec in data.agenda:
        story += _section(sec, lang, st, with_title=True)
    signatures = _signatures(
        [
            (esc(data.chair_sign) or w(lang, "chair_sign"), data.chair, False),
            (f"<b>{w(lang, 'extract_true')}</b>", None, False),
            (w(lang, "secretary_sign"), data.secretary, True),
        ],
        st,
        width,
    )
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
