"""Issue #13: a protocol of each kind of body, entered through the interchange file,
prints in its body's form in both languages.

The fixtures (``tests/fixtures/protocols/*.json``, interchange version 2) follow the
shape of published protocols: an akimat district commission, an enterprise's working
group, a supervisory board of a municipal polyclinic, a management meeting
(совещание) of a joint-stock company, a district akim's public discussion. Names,
organisations and figures are made up. Each test reads the printed PDF (pypdf) and
checks every requisite in the order a reader meets it.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from anticorr_desktop.interchange import VERSION, export_data, import_data
from anticorr_desktop.reports.build import minutes_data, missing_texts
from anticorr_desktop.reports.pdf_minutes import render_minutes
from tests.conftest import TODAY
from tests.unit.test_pdf_render import all_text

FIXTURES = Path(__file__).parents[1] / "fixtures" / "protocols"


@pytest.fixture
def store_factory(tmp_path):
    """Another database, as on another computer."""
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    opened = []

    def make():
        st = open_store(tmp_path / f"other{len(opened)}.sqlite3")
        opened.append(st)
        return Services(st, today=lambda: TODAY, lang="en")

    yield make
    for st in opened:
        st.close()


def load(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))


def imported(sv, name: str) -> int:
    """The fixture imported into ``sv``; the id of its session."""
    data = load(name)
    import_data(sv, data)
    return sv.store.id_for_uid("session", data["sessions"][0]["uid"])


def printed(sv, sid: int, lang: str, tmp_path: Path) -> str:
    data = minutes_data(sv, sid, lang)
    assert data.missing == [], data.missing  # every text has its version in both languages
    return all_text(render_minutes(data, tmp_path / f"{lang}.pdf"))


def in_order(text: str, *parts: str) -> None:
    """Each part is printed, in this order."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} not found after position {at}:\n{text[at : at + 400]}"
        at = found + len(part)


def absent(text: str, *parts: str) -> None:
    for part in parts:
        assert part not in text, part


# --------------------------------------------------------------------------- the bodies


def test_an_akimat_commission_keeps_the_standard_frame(sv, tmp_path):
    sid = imported(sv, "commission")
    ru = printed(sv, sid, "ru", tmp_path)
    in_order(
        ru,
        "Комиссия по противодействию коррупции при акимате Алатауского района",
        "ПРОТОКОЛ",
        "очередного заседания",
        "17 апреля 2025 года",
        "№ 2",
        "г. Алматы",
        "Время проведения: 11:00",
        "Место проведения: г. Алматы, мкр. Шанырак-2",
        "Председательствовал: аким Алатауского района города Алматы — Б.Е. Нурланов",
        "Секретарь: главный специалист службы антикоррупционного комплаенса — Р.К. Абенов",
        "Присутствовали:",
        "Члены комиссии:",
        "Заместитель акима Алатауского района — Г.М. Садыкова",
        "Отсутствовали:",
        "Руководитель отдела финансов района — В.А. Ли (ежегодный трудовой отпуск)",
        "Членов комиссии: всего — 5, присутствуют — 4. Кворум имеется.",
        "ПОВЕСТКА ДНЯ:",
        "1. О результатах внутреннего анализа коррупционных рисков",
        "Докладчик: Р.К. Абенов",
        "1. СЛУШАЛИ:",
        "Р.К. Абенов, главный специалист",
        "Анализ проведен в 6 отделах",
        "ВЫСТУПИЛИ:",
        "Е.С. Омаров, руководитель аппарата акима района — о мерах по устранению нарушений.",
        "ПОСТАНОВИЛИ:",
        "1.1. Информацию принять к сведению.",
        "1.2. Аппарату акима района обеспечить устранение",
        "Срок: до 30 июня 2025 года.",
        "Ответственный: Е.С. Омаров.",
        "Голосовали: «за» — 4, «против» — 0, «воздержались» — 0.",
        "2. СЛУШАЛИ:",
        "2.1. Отделу образования провести разъяснительную работу",
        "3. Контроль за исполнением настоящего протокола возложить на заместителя акима "
        "Алатауского района Г.М. Садыкову.",
        "Председатель",
        "Б. Нурланов",
        "Секретарь",
        "Р. Абенов",
    )
    absent(ru, "ПРОЕКТ", "б/н", "[қаз.]")
    kk = printed(sv, sid, "kk", tmp_path)
    in_order(
        kk,
        "Алматы қаласы Алатау ауданы әкімдігі жанындағы сыбайлас жемқорлыққа қарсы",
        "кезекті отырысының",
        "ХАТТАМАСЫ",
        "2025 жылғы 17 сәуір",
        "№ 2",
        "Алматы қ.",
        "Өткізілу орны: Алматы қ., Шаңырақ-2 ы/а",
        "Төрағалық етті: Алматы қаласы Алатау ауданының әкімі — Б.Е. Нұрланов",
        "Хатшы: сыбайлас жемқорлыққа қарсы комплаенс қызметінің бас маманы — Р.Қ. Әбенов",
        "Қатысқандар:",
        "Комиссия мүшелері:",
        "Қатыспағандар:",
        "(жыл сайынғы еңбек демалысы)",
        "Комиссия мүшелері: барлығы — 5, қатысып отырғаны — 4. Кворум бар.",
        "КҮН ТӘРТІБІ:",
        "1. ТЫҢДАЛДЫ:",
        "Талдау 6 бөлімде жүргізілді",
        "СӨЙЛЕДІ:",
        "бұзушылықтарды жою шаралары туралы",
        "ҚАУЛЫ ЕТТІ:",
        "1.1. Ақпарат назарға алынсын.",
        "Мерзімі:",
        "Дауыс беру қорытындысы: «жақтап» — 4, «қарсы» — 0, «қалыс қалғандар» — 0.",
        "Төраға",
        "Б. Нұрланов",
        "Хатшы",
        "Р. Әбенов",
    )
    absent(kk, "ЖОБА", "[рус.]", "СЛУШАЛИ", "ПОСТАНОВИЛИ")


def test_a_working_group_decides_numbers_flat_and_all_present_sign(sv, tmp_path):
    sid = imported(sv, "working_group")
    ru = printed(sv, sid, "ru", tmp_path)
    in_order(
        ru,
        "ПРОЕКТ",  # held, not yet approved
        "Рабочая группа по противодействию коррупции АО «Алатау Жарык»",
        "ПРОТОКОЛ",
        "очередного заседания",
        "№ 3",
        "Председательствовал: заместитель генерального директора АО «Алатау Жарык» — М.Н. Касымов",
        "Секретарь: комплаенс-офицер — Д.Е. Серикбаева",
        "Члены рабочей группы:",
        "Директор департамента закупок — Н.С. Белова",
        "Членов рабочей группы: всего — 3, присутствуют — 3. Кворум имеется.",
        "1. СЛУШАЛИ:",
        "РЕШИЛИ:",
        # a typed list keeps its own numbers, after the decision's "1."
        "1. Департаменту закупок исключить дробление закупок:",
        "1) утвердить годовой план закупок до 1 июля;",
        "2) ежеквартально сверять план с фактом.",
        "Срок: до 1 июля 2025 года.",
        "2. Материалы о 9 случаях направить в службу внутреннего аудита.",
        "Руководитель рабочей группы",
        "М. Касымов",
        "Члены рабочей группы:",
        "Н. Белова",
        "А. Жунусов",
        "Секретарь",
        "Д. Серикбаева",
    )
    absent(ru, "ПОСТАНОВИЛИ", "1.1.", "Голосовали")
    kk = printed(sv, sid, "kk", tmp_path)
    in_order(
        kk,
        "ЖОБА",
        "«Алатау Жарық» АҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жұмыс тобы",
        "кезекті отырысының",
        "ХАТТАМАСЫ",
        "Жұмыс тобының мүшелері:",
        "Жұмыс тобының мүшелері: барлығы — 3, қатысып отырғаны — 3. Кворум бар.",
        "ШЕШІМ ЕТТІ:",
        "1. Сатып алу департаменті сатып алуды бөлшектеуге жол бермесін:",
        "1) жылдық сатып алу жоспарын 1 шілдеге дейін бекітсін;",
        "2. 9 жағдай бойынша материалдар",
        "Жұмыс тобының жетекшісі",
        "М. Қасымов",
        "Жұмыс тобының мүшелері:",
        "Хатшы",
    )
    absent(kk, "ҚАУЛЫ ЕТТІ", "[рус.]")


def test_a_supervisory_board_signs_by_list_and_names_its_voters(sv, tmp_path):
    sid = imported(sv, "supervisory_board")
    data = minutes_data(sv, sid, "ru")
    assert [(t.text, t.bold) for t in data.header.title] == [
        ("ПРОТОКОЛ", True),
        ("заседания Наблюдательного совета", False),
    ]
    assert data.header.number_text == "б/н"
    assert [s.role for s in data.signatures] == [
        "Председатель Наблюдательного совета",
        "Член Наблюдательного совета",
        "Член Наблюдательного совета",
        "Корпоративный секретарь",
    ]
    ru = printed(sv, sid, "ru", tmp_path)
    in_order(
        ru,
        "Наблюдательный совет ГКП на ПХВ «Городская поликлиника № 3»",
        "ПРОТОКОЛ",
        "заседания Наблюдательного совета",
        "12 июня 2025 года",
        "б/н",
        "г. Шымкент",
        "Председательствовала: председатель Наблюдательного совета",
        "— Ж.К. Оспанова",
        "Секретарь: корпоративный секретарь — З.Р. Алиева",
        "Члены наблюдательного совета:",
        "— Е. Ким",
        "Приглашенные:",
        "Главный врач ГКП на ПХВ «Городская поликлиника № 3» — С.А. Муканов",
        "Членов наблюдательного совета: всего — 3, присутствуют — 3. Кворум имеется.",
        "ПОВЕСТКА ДНЯ:",
        "Голосование по повестке дня: «ЗА» — 3, «ПРОТИВ» — 0, «ВОЗДЕРЖАЛСЯ» — 0.",
        "ЗА: Ж.К. Оспанова, Е. Ким, Н.С. Даулетов.",
        "1. СЛУШАЛИ:",
        "РЕШИЛИ:",
        "1.1. Утвердить План мероприятий",
        "1.2. Главному врачу ежеполугодно",
        "Голосовали: «ЗА» — 2, «ПРОТИВ» — 0, «ВОЗДЕРЖАЛСЯ» — 1.",
        "ЗА: Ж.К. Оспанова, Е. Ким.",
        "ВОЗДЕРЖАЛСЯ: Н.С. Даулетов.",
        "Председатель Наблюдательного совета",
        "Ж. Оспанова",
        "Член Наблюдательного совета",
        "Е. Ким",
        "Член Наблюдательного совета",
        "Н. Даулетов",
        "Корпоративный секретарь",
        "З. Алиева",
    )
    absent(ru, "№ 1", "очередного", "внеочередного", "ПОСТАНОВИЛИ", "Члены комиссии", "ПРОЕКТ")
    kk = printed(sv, sid, "kk", tmp_path)
    in_order(
        kk,
        "Шымкент қаласы денсаулық сақтау басқармасының «№ 3 қалалық емхана» ШЖҚ МКК Байқау кеңесі",
        "Байқау кеңесі отырысының",
        "ХАТТАМАСЫ",
        "2025 жылғы 12 маусым",
        "нөмірсіз",
        "Төрағалық етті:",
        "Хатшы: корпоративтік хатшы — З.Р. Әлиева",
        "Байқау кеңесінің мүшелері:",
        "Шақырылғандар:",
        "Байқау кеңесінің мүшелері: барлығы — 3, қатысып отырғаны — 3. Кворум бар.",
        "КҮН ТӘРТІБІ:",
        "Күн тәртібі бойынша дауыс беру қорытындысы: «ИӘ» — 3, «ҚАРСЫ» — 0, «ҚАЛЫС» — 0.",
        "ИӘ: Ж.К. Оспанова, Е. Ким, Н.С. Дәулетов.",
        "ТЫҢДАЛДЫ:",
        "ШЕШІМ ЕТТІ:",
        "1.1. 2025–2026 жылдарға арналған",
        "Дауыс беру қорытындысы: «ИӘ» — 2, «ҚАРСЫ» — 0, «ҚАЛЫС» — 1.",
        "ҚАЛЫС: Н.С. Дәулетов.",
        "Байқау кеңесінің төрағасы",
        "Ж. Оспанова",
        "Байқау кеңесінің мүшесі",
        "Корпоративтік хатшы",
        "З. Әлиева",
    )
    absent(kk, "№ 1", "[рус.]", "жақтап")


def test_a_meeting_lists_those_present_without_a_number(sv, tmp_path):
    sid = imported(sv, "meeting")
    ru = printed(sv, sid, "ru", tmp_path)
    in_order(
        ru,
        "АО «Казахстанские коммунальные системы»",
        "ПРОТОКОЛ",
        "совещания",
        "5 марта 2025 года",
        "г. Астана",
        "Председательствовал: первый заместитель председателя правления — А.Б. Жакупов",
        "Секретарь: главный менеджер службы комплаенс — А.Н. Баймуханова",
        "Присутствовали:",
        "Руководитель службы комплаенс — О.П. Иванова",
        "Директор по персоналу — Н.А. Сейткали",
        "ПОВЕСТКА ДНЯ:",
        "1. СЛУШАЛИ:",
        "ВЫСТУПИЛИ:",
        "Н.А. Сейткали, директор по персоналу.",
        "РЕШИЛИ:",
        "1) Службе персонала дополнить анкету кандидата",
        "Срок: до 1 апреля 2025 года.",
        "2) Службе комплаенс провести обучение",
        "Председательствующий",
        "А. Жакупов",
        "Секретарь",
        "А. Баймуханова",
    )
    # no roster: no members' label, no quorum sentence, no number at all
    absent(ru, "Члены", "Кворум", "№", "б/н", "очередного", "1.1")
    kk = printed(sv, sid, "kk", tmp_path)
    in_order(
        kk,
        "«Қазақстандық коммуналдық жүйелер» АҚ",
        "кеңестің",
        "ХАТТАМАСЫ",
        "Төрағалық етті: басқарма төрағасының бірінші орынбасары — А.Б. Жақыпов",
        "Қатысқандар:",
        "Комплаенс қызметінің басшысы — О.П. Иванова",
        "ШЕШІМ ЕТТІ:",
        "1) Персонал қызметі үміткердің сауалнамасына",
        "Төрағалық етуші",
        "А. Жақыпов",
        "Хатшы",
    )
    absent(kk, "мүшелері", "Кворум", "№", "нөмірсіз", "[рус.]")


def test_a_public_discussion_hears_the_floor_and_the_secretary_signs(sv, tmp_path):
    sid = imported(sv, "public_discussion")
    ru = printed(sv, sid, "ru", tmp_path)
    in_order(
        ru,
        "Аким Турксибского района города Алматы",
        "ПРОТОКОЛ",
        "общественного обсуждения",
        "20 ноября 2025 года",
        "Председательствовал: аким Турксибского района города Алматы — Т.М. Бейсенов",
        "Присутствовали:",
        "ПОВЕСТКА ДНЯ:",
        "1. Об очереди на арендное жилье без права выкупа",
        "Голосование по повестке дня: «за» — 46, «против» — 0, «воздержались» — 2.",
        # nobody "heard": the item's own text under its title, no СЛУШАЛИ
        "1. Об очереди на арендное жилье без права выкупа",
        "Участникам разъяснен порядок учета",
        "ВЫСТУПИЛИ:",
        "Житель мкр. Жулдыз-1 — о прозрачности распределения квартир.",
        "Е.К. Галиев, руководитель отдела жилищной политики района — ответил на вопросы.",
        "РЕШИЛИ:",
        "1.1. Отделу жилищной политики ежемесячно публиковать",
        "Срок: ежемесячно, до 5 числа.",
        "Голосовали: «за» — 44, «против» — 1, «воздержались» — 3.",
        "Секретарь",
        "К. Нурпеисова",
    )
    absent(ru, "СЛУШАЛИ", "Кворум", "№", "Председатель ")
    kk = printed(sv, sid, "kk", tmp_path)
    in_order(
        kk,
        "қоғамдық талқылаудың",
        "ХАТТАМАСЫ",
        "Күн тәртібі бойынша дауыс беру қорытындысы: «жақтап» — 46",
        "Қатысушыларға тұрғын үйді есепке алу",
        "СӨЙЛЕДІ:",
        "Жұлдыз-1 ы/а тұрғыны — пәтерлерді бөлудің ашықтығы туралы.",
        "Е.Қ. Ғалиев, аудандық тұрғын үй саясаты бөлімінің басшысы — сұрақтарға жауап берді.",
        "ШЕШІМ ЕТТІ:",
        "Хатшы",
        "К. Нұрпейісова",
    )
    absent(kk, "ТЫҢДАЛДЫ", "Төраға ", "[рус.]")


# --------------------------------------------------------------------------- interchange


@pytest.mark.parametrize(
    "name", ["commission", "working_group", "supervisory_board", "meeting", "public_discussion"]
)
def test_a_protocol_goes_out_and_back_unchanged(sv, store_factory, name, tmp_path):
    """Export carries the frame, signatories, genders, both languages, the agenda vote and
    the named votes; another database importing it prints the same minutes."""
    sid = imported(sv, name)
    data = export_data(sv, [sid])
    assert data["version"] == VERSION == 2
    other = store_factory()
    import_data(other, data)
    again = other.store.id_for_uid("session", load(name)["sessions"][0]["uid"])
    for lang in ("ru", "kk"):
        mine, theirs = minutes_data(sv, sid, lang), minutes_data(other, again, lang)
        mine.stamp = theirs.stamp  # the journal heads differ
        assert mine == theirs
    # importing the same file again changes nothing
    before = other.store.journal_length()
    assert import_data(other, data).created == 0
    assert other.store.journal_length() == before


def test_gender_is_inferred_on_import_and_a_stated_one_kept(sv):
    imported(sv, "supervisory_board")
    people = {p.surname: p for p in sv.store.people()}
    assert people["Оспанова"].gender == "f"  # from "Каримовна"
    assert people["Даулетов"].gender == "m"
    assert people["Ким"].gender == "f"  # stated in the file: "Ким" tells nothing


def _as_v1(data: dict) -> dict:
    """The same protocol as a version 1 file: none of version 2's keys."""
    v1 = copy.deepcopy(data)
    v1["version"] = 1
    for c in v1.get("commissions", []):
        c.pop("frame", None)
    for p in v1.get("directory", {}).get("people", []):
        p.pop("gender", None)
    for s in v1.get("sessions", []):
        for key in ("notes_kk", "agenda_vote", "named_votes"):
            s.pop(key, None)
        for a in s.get("attendance", []):
            a.pop("absence_reason_kk", None)
        for it in s.get("agenda", []):
            it.pop("summary_kk", None)
            for sp in it.get("speakers", []):
                sp.pop("summary_kk", None)
                sp.pop("name_kk", None)
    return v1


def test_a_version_1_file_imports_and_prints_as_well_as_its_data_allows(sv, tmp_path):
    data = _as_v1(load("supervisory_board"))
    import_data(sv, data)
    sid = sv.store.id_for_uid("session", data["sessions"][0]["uid"])
    assert sv.store.commission(sv.store.session(sid).commission_id).frame.dumps() == ""
    people = {p.surname: p for p in sv.store.people()}
    assert people["Оспанова"].gender == "f" and people["Ким"].gender == ""
    ru = printed(sv, sid, "ru", tmp_path)  # the standard frame: nothing is missing in Russian
    in_order(ru, "ПРОТОКОЛ", "внеочередного заседания", "№ 1", "Председательствовала:")
    in_order(ru, "ПОСТАНОВИЛИ:", "Председатель", "Ж. Оспанова", "Секретарь", "З. Алиева")
    # the Kazakh print says what the file did not carry, and marks it
    assert missing_texts(sv, sid, "kk") == ["Күн тәртібі, 1-тармақ: сөз сөйлеу (С.А. Мұқанов)"]
    kk = all_text(render_minutes(minutes_data(sv, sid, "kk"), tmp_path / "v1kk.pdf"))
    in_order(kk, "о проекте Плана мероприятий", "[рус.]")


# --------------------------------------------------------------------------- one language


def test_a_body_keeping_its_minutes_in_kazakh_only_fills_no_russian_field(sv, tmp_path):
    """Titles, decisions and instructions need one language, not Russian; each view and
    report shows the version there is."""
    from datetime import date

    from anticorr_desktop.domain import model as m
    from anticorr_desktop.errors import ValidationError
    from anticorr_desktop.reports.build import task_rows

    sid = imported(sv, "meeting")
    com_id = sv.store.session(sid).commission_id
    new = sv.create_session(com_id, date(2025, 9, 1), place_kk="Астана қ., кеңес залы")
    item = m.AgendaItem(new.id, 0, "", "Іскерлік әдеп туралы")
    sv.save_agenda_item(item)
    d = sv.add_decision(item.id, "", "Әдеп кодексі бекітілсін.")
    person = sv.store.people()[0].id
    inst = sv.issue_instruction(
        text="",
        text_kk="Әдеп кодексін қызметкерлерге жеткізу.",
        executors=[person],
        due_text="2025 жылғы 1 қазанға дейін",
        decision_id=d.id,
    )
    with pytest.raises(ValidationError, match="empty"):
        sv.add_decision(item.id, " ", "")
    kk = all_text(render_minutes(minutes_data(sv, new.id, "kk"), tmp_path / "kk.pdf"))
    in_order(kk, "Іскерлік әдеп туралы", "ШЕШІМ ЕТТІ:", "1) Әдеп кодексі бекітілсін.")
    assert missing_texts(sv, new.id, "kk") == []
    # the Russian print names what it lacks; nothing is ever left blank
    assert missing_texts(sv, new.id, "ru") == [
        "Место проведения",
        "Повестка, п. 1: название",
        "Решение 1.1",
    ]
    [row] = task_rows(sv, [inst.id], date(2025, 9, 2), "ru")
    assert row.text == "Әдеп кодексін қызметкерлерге жеткізу."


def test_the_overdue_report_names_a_protocol_as_its_body_numbers_it(sv):
    """No invented "№ 1" in the overdue report either: a meeting without numbers is
    "от 05.03.2025", a supervisory board's protocol "б/н от 12.06.2025"."""
    from datetime import date

    from anticorr_desktop.reports.build import overdue_data

    imported(sv, "meeting")
    imported(sv, "supervisory_board")
    imported(sv, "commission")
    rows = [r for g in overdue_data(sv, date(2026, 2, 1), "ru").groups for r in g.rows]
    assert {r.protocol for r in rows} >= {"от 05.03.2025", "б/н от 12.06.2025", "№ 2 от 17.04.2025"}
    kk = [r for g in overdue_data(sv, date(2026, 2, 1), "kk").groups for r in g.rows]
    assert {r.protocol for r in kk} >= {"05.03.2025 хаттама", "12.06.2025 нөмірсіз хаттама"}
