"""The fixed wording of the official documents, in Russian and in Kazakh.

These are the words of the documents themselves (not of the program's
interface, which Qt Linguist translates): they follow records-management
usage and must not depend on the interface language. Placeholders are
``str.format`` fields; callers fill them with text already escaped for
reportlab markup.

Kazakh puts the session kind before the document type, in the genitive
("кеңейтілген отырысының ХАТТАМАСЫ"), where Russian writes "ПРОТОКОЛ
расширенного заседания"; ``type_after_kind`` says which order to print.
Where a name would need a case ending we cannot compute (the person on whom
control is placed), the text is worded so that the builder's form fits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from ..domain.model import SessionKind
from .data import (
    AgendaSection,
    DecisionLine,
    ExtractData,
    InstructionLine,
    MinutesData,
    PersonLine,
    SessionHeader,
    SignatureLine,
    SpeakerLine,
    Stamp,
    TitleLine,
    VoteLine,
)

RU: dict[str, object] = {
    # header
    "minutes": "ПРОТОКОЛ",
    "extract": "ВЫПИСКА ИЗ ПРОТОКОЛА",
    "minutes_plain": "ПРОТОКОЛ",
    "extract_plain": "ВЫПИСКА ИЗ ПРОТОКОЛА",
    "type_after_kind": False,
    "kind": {
        SessionKind.REGULAR: "очередного заседания",
        SessionKind.EXTENDED: "расширенного заседания",
        SessionKind.EXTRAORDINARY: "внеочередного заседания",
        SessionKind.OFFSITE: "выездного заседания",
    },
    "number": "№\u00a0{n}",
    "revision": "Редакция {n}",
    "time": "Время проведения: {v}",
    "place": "Место проведения: {v}",
    "control_mark": "Контроль",
    "draft_mark": "ПРОЕКТ",
    # attendance
    "chaired": "Председательствовал:",
    "chaired_f": "Председательствовала:",
    "secretary_line": "Секретарь:",
    "present": "Присутствовали:",
    "members": "Члены комиссии:",
    "invited": "Приглашенные:",
    "absent": "Отсутствовали:",
    "quorum_count_body": "{count}: всего — {total}, присутствуют — {present}.",
    "quorum_yes": "Кворум имеется.",
    "quorum_no": "Кворума нет.",
    # agenda and decisions
    "agenda": "ПОВЕСТКА ДНЯ:",
    "reporter_one": "Докладчик:",
    "reporter_many": "Докладчики:",
    "heard": "СЛУШАЛИ:",
    "spoke": "ВЫСТУПИЛИ:",
    "due": "Срок:",
    "responsible_one": "Ответственный:",
    "responsible_many": "Ответственные:",
    "main_executor_mark": "(свод)",
    "controller": "Контроль исполнения:",
    # the frame (domain/frame.py): the body's vote words, the agenda vote, the lead-ins
    "vote_words": "за / против / воздержались",
    "vote_counts": "«{w1}» — {yes}, «{w2}» — {no}, «{w3}» — {abstained}",
    "vote_line": "Голосовали: {counts}.",
    "agenda_vote": "Голосование по повестке дня: {counts}.",
    "voters": "{word}: {names}.",
    "lead_resolved": "ПОСТАНОВИЛИ:",
    "lead_decided": "РЕШИЛИ:",
    "number_bn": "б/н",
    "members_sign": "Члены комиссии:",
    "control_closing": "Контроль за исполнением настоящего протокола возложить на {who}.",
    # when the position cannot be put in the accusative: a nominative wording
    "control_closing_plain": "Контроль за исполнением настоящего протокола: {who}.",
    # signatures
    "chair_sign": "Председатель",
    "secretary_sign": "Секретарь",
    "executor": "Исполнитель:",
    "extract_true": "Выписка верна:",
    # annex
    "annex_ref": "Приложение к протоколу {number} от {date}",
    "attendance_list": "Список присутствовавших",
    "col_no": "№ п/п",
    "col_name": "Ф.И.О.",
    "col_position": "Должность",
    # overdue report
    "overdue_title": "Справка о просроченных поручениях по состоянию на {date}",
    "overdue_none": "Просроченных поручений нет.",
    "col_number": "№",
    "col_protocol": "Протокол",
    "col_text": "Поручение",
    "col_original_due": "Исходный срок",
    "col_current_due": "Текущий срок",
    "col_days": "Дней просрочки",
    "col_co": "Соисполнители",
    "col_last_report": "Последний отчёт",
    "extensions": "(продлений:\u00a0{n})",
    "group_total": "Итого по исполнителю: {n}",
    "overall_total": "Всего просроченных поручений: {n}",
    # discipline report
    "discipline_title": (
        "Справка об исполнительской дисциплине за период с {date_from} по {date_to}"
    ),
    "discipline_none": "За период поручений со сроком исполнения нет.",
    "col_executor": "Исполнитель",
    "col_org": "Организация",
    "col_issued": "Выдано поручений",
    "col_on_time": "Исполнено в срок",
    "col_late": "Исполнено с нарушением срока",
    "col_overdue": "Просрочено",
    "col_percent": "Исполнительская дисциплина, %",
    "total": "Итого",
    "chart_title": "Исполнительская дисциплина по исполнителям, %",
    "discipline_formula": (
        "Исполнительская дисциплина = исполнено в срок × 100 / "
        "(исполнено в срок + исполнено с нарушением срока + просрочено)."
    ),
    "no_data": "—",
    # every page
    "footer": "Журнал: {head} · {when}",
    # the Word copy's footer, under the line above: the record is the program's
    "word_copy": (
        "Копия для правки в Word. Документом является запись в программе AntiCorr Desktop "
        "с этой отметкой журнала; изменения в этом файле в запись не вносятся."
    ),
    # what had no Russian version (a list for the user, not printed)
    "missing_body": "Название комиссии",
    "missing_city": "Город",
    "missing_place": "Место проведения",
    "missing_position": "Должность: {name}",
    "missing_note": "Причина отсутствия: {name}",
    "missing_title": "Повестка, п. {n}: название",
    "missing_summary": "Повестка, п. {n}: текст",
    "missing_speech": "Повестка, п. {n}: выступление ({name})",
    "missing_decision": "Решение {number}",
    "missing_title_frame": "Заголовок протокола (настройки комиссии)",
    "missing_lead": "Вводное слово решений (настройки комиссии)",
    "missing_role": "Подписант: {name}",
    # PDF metadata
    "meta_minutes": "Протокол {number} от {date}",
    "meta_extract": "Выписка из протокола {number} от {date}",
}

KK: dict[str, object] = {
    # header
    "minutes": "ХАТТАМАСЫ",
    "extract": "ХАТТАМАСЫНАН ҮЗІНДІ",
    "minutes_plain": "ХАТТАМА",
    "extract_plain": "ХАТТАМАДАН ҮЗІНДІ",
    "type_after_kind": True,
    "kind": {
        SessionKind.REGULAR: "кезекті отырысының",
        SessionKind.EXTENDED: "кеңейтілген отырысының",
        SessionKind.EXTRAORDINARY: "кезектен тыс отырысының",
        SessionKind.OFFSITE: "көшпелі отырысының",
    },
    "number": "№\u00a0{n}",
    "revision": "{n}-редакция",
    "time": "Өткізілу уақыты: {v}",
    "place": "Өткізілу орны: {v}",
    "control_mark": "Бақылау",
    "draft_mark": "ЖОБА",
    # attendance
    "chaired": "Төрағалық етті:",
    "chaired_f": "Төрағалық етті:",
    "secretary_line": "Хатшы:",
    "present": "Қатысқандар:",
    "members": "Комиссия мүшелері:",
    "invited": "Шақырылғандар:",
    "absent": "Қатыспағандар:",
    "quorum_count_body": "{count}: барлығы — {total}, қатысып отырғаны — {present}.",
    "quorum_yes": "Кворум бар.",
    "quorum_no": "Кворум жоқ.",
    # agenda and decisions
    "agenda": "КҮН ТӘРТІБІ:",
    "reporter_one": "Баяндамашы:",
    "reporter_many": "Баяндамашылар:",
    "heard": "ТЫҢДАЛДЫ:",
    "spoke": "СӨЙЛЕДІ:",
    "due": "Мерзімі:",
    "responsible_one": "Жауапты:",
    "responsible_many": "Жауаптылар:",
    "main_executor_mark": "(жинақтау)",
    "controller": "Орындалуын бақылау:",
    "vote_words": "жақтап / қарсы / қалыс қалғандар",
    "vote_counts": "«{w1}» — {yes}, «{w2}» — {no}, «{w3}» — {abstained}",
    "vote_line": "Дауыс беру қорытындысы: {counts}.",
    "agenda_vote": "Күн тәртібі бойынша дауыс беру қорытындысы: {counts}.",
    "voters": "{word}: {names}.",
    "lead_resolved": "ҚАУЛЫ ЕТТІ:",
    "lead_decided": "ШЕШІМ ЕТТІ:",
    "number_bn": "нөмірсіз",
    "members_sign": "Комиссия мүшелері:",
    "control_closing": "Осы хаттаманың орындалуын бақылау {who} жүктелсін.",
    "control_closing_plain": "Осы хаттаманың орындалуын бақылау: {who}.",
    # signatures
    "chair_sign": "Төраға",
    "secretary_sign": "Хатшы",
    "executor": "Орындаушы:",
    "extract_true": "Үзінді дұрыс:",
    # annex
    "annex_ref": "{date} {number} хаттамаға қосымша",
    "attendance_list": "Қатысқандардың тізімі",
    "col_no": "Р/с №",
    "col_name": "Т.А.Ә.",
    "col_position": "Лауазымы",
    # overdue report
    "overdue_title": "{date} жағдай бойынша мерзімі өткен тапсырмалар туралы анықтама",
    "overdue_none": "Мерзімі өткен тапсырмалар жоқ.",
    "col_number": "№",
    "col_protocol": "Хаттама",
    "col_text": "Тапсырма",
    "col_original_due": "Бастапқы мерзімі",
    "col_current_due": "Ағымдағы мерзімі",
    "col_days": "Мерзімі өткен күн саны",
    "col_co": "Бірлескен орындаушылар",
    "col_last_report": "Соңғы есеп",
    "extensions": "(ұзартулар саны:\u00a0{n})",
    "group_total": "Орындаушы бойынша барлығы: {n}",
    "overall_total": "Мерзімі өткен тапсырмалардың барлығы: {n}",
    # discipline report
    "discipline_title": "{date_from} – {date_to} кезеңіндегі атқарушылық тәртіп туралы анықтама",
    "discipline_none": "Кезеңде орындау мерзімі бар тапсырмалар жоқ.",
    "col_executor": "Орындаушы",
    "col_org": "Ұйым",
    "col_issued": "Берілген тапсырмалар",
    "col_on_time": "Мерзімінде орындалды",
    "col_late": "Мерзімі бұзылып орындалды",
    "col_overdue": "Мерзімі өтті",
    "col_percent": "Атқарушылық тәртіп, %",
    "total": "Барлығы",
    "chart_title": "Орындаушылар бойынша атқарушылық тәртіп, %",
    "discipline_formula": (
        "Атқарушылық тәртіп = мерзімінде орындалғандар × 100 / "
        "(мерзімінде орындалғандар + мерзімі бұзылып орындалғандар + мерзімі өткендер)."
    ),
    "no_data": "—",
    # every page
    "footer": "Журнал: {head} · {when}",
    "word_copy": (
        "Word-та өңдеуге арналған көшірме. Құжат — AntiCorr Desktop бағдарламасындағы "
        "журналдың осы белгісі бар жазба; осы файлдағы өзгерістер жазбаға енгізілмейді."
    ),
    # what had no Kazakh version (a list for the user, not printed)
    "missing_body": "Комиссияның атауы",
    "missing_city": "Қала",
    "missing_place": "Өткізілу орны",
    "missing_position": "Лауазымы: {name}",
    "missing_note": "Қатыспау себебі: {name}",
    "missing_title": "Күн тәртібі, {n}-тармақ: атауы",
    "missing_summary": "Күн тәртібі, {n}-тармақ: мәтіні",
    "missing_speech": "Күн тәртібі, {n}-тармақ: сөз сөйлеу ({name})",
    "missing_decision": "Шешім {number}",
    "missing_title_frame": "Хаттаманың тақырыбы (комиссия баптаулары)",
    "missing_lead": "Шешімдердің кіріспе сөзі (комиссия баптаулары)",
    "missing_role": "Қол қоюшы: {name}",
    # PDF metadata
    "meta_minutes": "{date} {number} хаттама",
    "meta_extract": "{date} {number} хаттамадан үзінді",
}

WORDING: dict[str, dict[str, object]] = {"ru": RU, "kk": KK}

# Each kind of body (domain/frame.py): the label of its members in the list of those
# present ("" where everyone is simply "present", as at a meeting), the same words
# counting them for the quorum, the noun of its sitting in the title, whether the
# session's kind qualifies it ("очередного заседания" but plain "совещания"), and
# the chair's word under the signature.
BODIES: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "commission": {
            "members": "Члены комиссии:",
            "count": "Членов комиссии",
            "sitting": "заседания",
            "kinds": "yes",
            "chair_sign": "Председатель",
        },
        "working_group": {
            "members": "Члены рабочей группы:",
            "count": "Членов рабочей группы",
            "sitting": "заседания",
            "kinds": "yes",
            "chair_sign": "Руководитель рабочей группы",
        },
        "supervisory_board": {
            "members": "Члены наблюдательного совета:",
            "count": "Членов наблюдательного совета",
            "sitting": "заседания",
            "kinds": "yes",
            "chair_sign": "Председатель наблюдательного совета",
        },
        "meeting": {
            "members": "",
            "count": "Участников совещания",
            "sitting": "совещания",
            "kinds": "",
            "chair_sign": "Председательствующий",
        },
        "public_discussion": {
            "members": "",
            "count": "Участников",
            "sitting": "общественного обсуждения",
            "kinds": "",
            "chair_sign": "Председательствующий",
        },
    },
    "kk": {
        "commission": {
            "members": "Комиссия мүшелері:",
            "count": "Комиссия мүшелері",
            "sitting": "отырысының",
            "kinds": "yes",
            "chair_sign": "Төраға",
        },
        "working_group": {
            "members": "Жұмыс тобының мүшелері:",
            "count": "Жұмыс тобының мүшелері",
            "sitting": "отырысының",
            "kinds": "yes",
            "chair_sign": "Жұмыс тобының жетекшісі",
        },
        "supervisory_board": {
            "members": "Байқау кеңесінің мүшелері:",
            "count": "Байқау кеңесінің мүшелері",
            "sitting": "отырысының",
            "kinds": "yes",
            "chair_sign": "Байқау кеңесінің төрағасы",
        },
        "meeting": {
            "members": "",
            "count": "Кеңеске қатысушылар",
            "sitting": "кеңестің",
            "kinds": "",
            "chair_sign": "Төрағалық етуші",
        },
        "public_discussion": {
            "members": "",
            "count": "Қатысушылар",
            "sitting": "қоғамдық талқылаудың",
            "kinds": "",
            "chair_sign": "Төрағалық етуші",
        },
    },
}


def body_words(lang: str, body: str) -> dict[str, str]:
    """The words of a kind of body in a document language (a commission's if unknown)."""
    bodies = BODIES["kk" if lang == "kk" else "ru"]
    return bodies.get(body, bodies["commission"])


def title_kind_line(lang: str, kind: SessionKind | str, body: str) -> str:
    """ "очередного заседания", "совещания", "кезекті отырысының", "кеңестің"."""
    bw = body_words(lang, body)
    if bw["kinds"]:
        return kind_line(lang, kind)
    return bw["sitting"]


# The mark after a text printed in the other language because it has no
# version in the document's: it names the language the text is in.
FALLBACK_TAG = {"ru": "[рус.]", "kk": "[қаз.]"}

# Kazakh attributive locative after a month name: "13 желтоқсандағы",
# "5 қыркүйектегі" (vowel harmony; voiceless -к takes -те-).
_KK_MONTH_ATTR = {
    1: "дағы",  # қаңтар
    2: "дағы",  # ақпан
    3: "дағы",  # наурыз
    4: "дегі",  # сәуір
    5: "дағы",  # мамыр
    6: "дағы",  # маусым
    7: "дегі",  # шілде
    8: "дағы",  # тамыз
    9: "тегі",  # қыркүйек
    10: "дағы",  # қазан
    11: "дағы",  # қараша
    12: "дағы",  # желтоқсан
}


def words(lang: str) -> dict[str, object]:
    """The wording for a document language ("ru" or "kk")."""
    try:
        return WORDING[lang]
    except KeyError:
        raise ValueError(f"no document wording for language {lang!r}") from None


def w(lang: str, key: str, **fields: object) -> str:
    """One phrase, its ``{fields}`` filled."""
    text = words(lang)[key]
    if not isinstance(text, str):
        raise TypeError(f"wording {key!r} is not a phrase")
    return text.format(**fields) if fields else text


def kind_line(lang: str, kind: SessionKind | str) -> str:
    kinds = words(lang)["kind"]
    assert isinstance(kinds, dict)
    return kinds[SessionKind(kind)]


def long_date(d: date, lang: str) -> str:
    """ "13 декабря 2024 года" / "2024 жылғы 13 желтоқсан"."""
    from ..domain.due import format_date

    return format_date(d, lang)


def date_attributive(d: date, lang: str) -> str:
    """The date as it stands before a noun: "от 13 декабря 2024 года" takes
    the plain form in Russian; Kazakh needs "2024 жылғы 13 желтоқсандағы"."""
    text = long_date(d, lang)
    if lang == "kk":
        return text + _KK_MONTH_ATTR[d.month]
    return text


def people_count(n: int, lang: str) -> str:
    """ "18 человек (список прилагается)" / "18 адам (тізім қоса беріледі)"."""
    if lang == "kk":
        return f"{n} адам (тізім қоса беріледі)"
    tail = n % 100
    if 11 <= tail <= 14:
        noun = "человек"
    elif tail % 10 in (2, 3, 4):
        noun = "человека"
    else:
        noun = "человек"
    return f"{n} {noun} (список прилагается)"


def percent_text(value: float | None, lang: str) -> str:
    """ "87,5" (a decimal comma in both languages); "—" when there is no value."""
    if value is None or not math.isfinite(value):
        return w(lang, "no_data")
    return f"{value:.1f}".replace(".", ",")


# --------------------------------------------------------------------------- cases
#
# The directory holds positions and names in the nominative. A few places
# need another case: "возложить на заместителя акима ... Н.С. Жұмабекова",
# "... орынбасары Н.С. Жұмабековке жүктелсін". The rules below cover the usual
# shapes of positions and of Russian-style and Kazakh surnames; when a
# position does not have a shape they know, the caller words the sentence
# without the case (``control_closing_plain``).

# Head nouns of Russian positions (masculine, animate: accusative = genitive).
_RU_HEADS = {
    "аким": "акима",
    "заместитель": "заместителя",
    "руководитель": "руководителя",
    "председатель": "председателя",
    "секретарь": "секретаря",
    "начальник": "начальника",
    "директор": "директора",
    "член": "члена",
    "советник": "советника",
    "помощник": "помощника",
    "инспектор": "инспектора",
    "специалист": "специалиста",
    "эксперт": "эксперта",
    "консультант": "консультанта",
    "представитель": "представителя",
    "министр": "министра",
    "депутат": "депутата",
    "прокурор": "прокурора",
    "ректор": "ректора",
    "управляющий": "управляющего",
    "уполномоченный": "уполномоченного",
    "ответственный": "ответственного",
}
# Words that may stand before the head noun unchanged.
_RU_KEEP = {"временно", "и.о.", "вице"}
_INITIALS_RE = re.compile(r"^(?:\w\.)+$")


def _ru_adjective_acc(word: str) -> str | None:
    low = word.lower()
    if low.endswith(("ый", "ой")):
        return word[:-2] + "ого"
    if low.endswith("ий"):
        return word[:-2] + ("ого" if low[-3:-2] in ("к", "г", "х") else "его")
    return None


def ru_position_accusative(position: str) -> str | None:
    """ "заместитель акима города" -> "заместителя акима города"; None if unsure."""
    words = position.split()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _RU_KEEP:
            out.append(word)
            continue
        if low in _RU_HEADS:
            head = _RU_HEADS[low]
            out.append(word[0] + head[1:] if word[:1].isupper() else head)
            return " ".join(out + words[i + 1 :])
        adjective = _ru_adjective_acc(word)
        if adjective is None:
            return None
        out.append(adjective)
        if i + 1 < len(words) and words[i + 1].lower() == "обязанности":
            return " ".join(out + words[i + 1 :])  # "исполняющего обязанности ..."
    return None


def _split_name(name: str) -> tuple[list[str], int] | None:
    """The words of a name and the index of the surname (the word that is not initials)."""
    words = name.split()
    surnames = [i for i, w in enumerate(words) if not _INITIALS_RE.match(w)]
    if len(surnames) != 1:
        return None
    return words, surnames[0]


def ru_surname_accusative(name: str) -> str:
    """ "Н.С. Жұмабеков" -> "Н.С. Жұмабекова", "О.П. Иванова" -> "О.П. Иванову".

    Surnames whose gender their ending does not tell (Ким, Сейітқали,
    Оспанұлы) stay as they are.
    """
    parts = _split_name(name)
    if parts is None:
        return name
    words, i = parts
    s = words[i]
    low = s.lower()
    if low.endswith(("ская", "цкая")):
        s = s[:-2] + "ую"
    elif low.endswith(("ский", "цкий")):
        s = s[:-2] + "ого"
    elif low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        s += "а"
    elif low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        s = s[:-1] + "у"
    words[i] = s
    return " ".join(words)


def kk_surname_dative(name: str) -> str:
    """ "Н.С. Жұмабеков" -> "Н.С. Жұмабековке", "Е.Б. Досаев" -> "Е.Б. Досаевқа",
    "Д.Е. Қасымова" -> "Д.Е. Қасымоваға", "А. Оспанұлы" -> "А. Оспанұлына"."""
    from ..domain.due import kk_dative

    parts = _split_name(name)
    if parts is None:
        return name
    words, i = parts
    s = words[i]
    low = s.lower()
    if low.endswith(("ұлы", "қызы", "улы", "кызы")):
        s += "на"
    elif low.endswith(("ов", "ев", "ёв")):
        # -ов/-ев sound [-оф/-еф]: -қа/-ке, in the harmony of the stem
        stem = low[:-2]
        vowels = [c for c in stem if c in "аәеиоөуұүыіэюя"]
        front = bool(vowels) and vowels[-1] in "әеөүіи"
        s += "ке" if front else "қа"
    else:
        s = kk_dative(s)
    words[i] = s
    return " ".join(words)


_RU_POSITION_START = (
    set(_RU_HEADS)
    | _RU_KEEP
    | {
        "первый",
        "главный",
        "старший",
        "генеральный",
        "исполнительный",
        "исполняющий",
        "ведущий",
        "временно",
        "независимый",
        "корпоративный",
        "штатный",
        "комплаенс-офицер",
    }
)


# Kazakh positions start with the name of a unit ("Спорт басқармасының
# басшысы") or with a proper name ("Алматы қаласының әкімі", "Медеу
# ауданының әкімі", "ҚР ..."): only these common words lose their capital.
_KK_POSITION_START = (
    "басшы",
    "бас ",
    "басқарма",
    "бөлім",
    "департамент",
    "орынбасар",
    "төраға",
    "хатшы",
    "директор",
    "әкім",
    "қала ",
    "аудан ",
    "облыс ",
    "маман",
    "бас маман",
    "сарапшы",
    "кеңесші",
    "инспектор",
    "жетекші",
    "аға ",
    "мүше",
    "өкіл",
    "спорт ",
    "құрылыс",
    "цифрландыру",
    "жұмыспен",
    "персоналмен",
    "қаржы",
    "білім ",
    "денсаулық",
    "мәдениет",
    "экономика",
    "кәсіпкерлік",
    "қоғамдық",
    "мемлекеттік",
    "комплаенс",
    "ішкі ",
    "заң ",
    "құқықтық",
    "ұйымдастыру",
    "тұрғын үй",
    "энергетика",
    "жолаушылар",
    "жастар",
    "дене шынықтыру",
    "кәсіпорын",
    "бухгалтер",
    "корпоративтік",
    "тәуелсіз",
    "бірінші",
    "жауапты",
    "уәкілетті",
    "персонал",
    "менеджер",
    "бас менеджер",
    "аудандық",
    "қалалық",
    "облыстық",
    "сыбайлас",
)


def position_in_sentence(position: str, lang: str) -> str:
    """A position as it reads after other words: "аким города", not "Аким города";
    "спорт басқармасының басшысы", not "Спорт басқармасының басшысы".

    Only when the first word is a known common word of positions (never a
    proper name such as "Алматы" or "Медеу", never an abbreviation as "ҚР").
    """
    if not position:
        return position
    first = position.split(maxsplit=1)[0]
    if not first[1:2].islower():
        return position
    if lang == "ru":
        if first.lower() in _RU_POSITION_START:
            return first[0].lower() + position[1:]
    elif lang == "kk":
        low = position.lower() + " "
        if low.startswith(_KK_POSITION_START):
            return first[0].lower() + position[1:]
    return position


def position_at_line_start(position: str) -> str:
    return position[:1].upper() + position[1:]


def _no_double_stop(text: str) -> str:
    return text[:-1] if text.endswith("..") else text


def control_closing(lang: str, position: str, name: str) -> str:
    """The closing decision, plain text (the caller escapes it)."""
    position = " ".join(position.split())
    name = " ".join(name.split())
    if lang == "kk":
        position = position_in_sentence(position, lang)
        who = " ".join(x for x in (position, kk_surname_dative(name)) if x)
        return w(lang, "control_closing", who=who)
    if not position:
        text = w(lang, "control_closing", who=ru_surname_accusative(name))
    else:
        declined = ru_position_accusative(position_in_sentence(position, lang))
        if declined is None:
            text = w(lang, "control_closing_plain", who=f"{position} {name}".strip())
        else:
            text = w(lang, "control_closing", who=f"{declined} {ru_surname_accusative(name)}")
    return _no_double_stop(text)


# --------------------------------------------------------------------------- composed text
#
# How the pieces of a document read, decided once for every renderer (PDF and
# Word): the renderers draw these pieces and never compose words themselves.


@dataclass(frozen=True)
class Piece:
    """A run of a document's text, plain (the renderer escapes it)."""

    text: str
    # the language the text is printed in when it had no version in the
    # document's ("ru" in a Kazakh document): the renderer marks it after the text
    other_lang: str = ""
    name: bool = False  # a person's name: its initials never part from the surname
    bold: bool = False  # the main executor among several


@dataclass(frozen=True)
class TextLine:
    """A line of a typed text, a paragraph of its own."""

    text: str
    list_item: bool  # an item of a list typed in the text ("1)", "а)", "-"): hangs its marker


# A line of a text that is an item of a list typed in it: "1)", "2.", "а)", "-", "•".
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{1,3}\.\d{1,3}\.?|[^\W\d_][)]|[-–—•·*])\s")
# ... of those, the ones that number the text: no decision number before them.
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{1,3}\.\d{1,3}\.?|[^\W\d_][)])\s")
_INITIALS_NAME = re.compile(r"^((?:\w\.\s?)+)\s*(.+)$")


def fallback_mark(text_lang: str) -> str:
    """ "[рус.]" after a text printed in Russian in a Kazakh document."""
    return FALLBACK_TAG.get(text_lang, f"[{text_lang}]") if text_lang else ""


def signature_name(p: PersonLine) -> str:
    """The name under a signature, "И. Фамилия".

    ``signature_name`` when the builder gave one; otherwise derived from
    "И.О. Фамилия" or "Фамилия Имя Отчество"; otherwise the name as given.
    """
    if p.signature_name.strip():
        return p.signature_name.strip()
    name = " ".join(p.name.split())
    m = _INITIALS_NAME.match(name)
    if m:
        return f"{m.group(1)[0]}. {m.group(2)}"
    parts = name.split(" ")
    if len(parts) in (2, 3) and all(part[:1].isupper() for part in parts):
        return f"{parts[1][0]}. {parts[0]}"
    return name


def chaired(chair: PersonLine, lang: str, label: str = "") -> str:
    """ "Председательствовал:" or, for a woman, "Председательствовала:" (the builder's
    ``label`` when it gave one)."""
    from ..domain.gender import FEMALE, gender_from_name

    if label:
        return label
    gender = chair.gender or gender_from_name(chair.name)
    return w(lang, "chaired_f" if gender == FEMALE else "chaired")


def with_note(text: str, note: str) -> str:
    """ "А.Б. Фамилия (в отпуске)"."""
    note = note.strip()
    if not note:
        return text
    return f"{text} {note if note.startswith('(') else f'({note})'}"


def person_pieces(p: PersonLine, lang: str, *, line_start: bool = True) -> list[Piece]:
    """ "Position — И.О. Фамилия (note)", starting a line or after a label."""
    out: list[Piece] = []
    position = p.position.strip()
    if position:
        if line_start:
            position = position_at_line_start(position)
        else:
            position = position_in_sentence(position, p.position_lang or lang)
        out += [Piece(position, p.position_lang), Piece(" — ")]
    out.append(Piece(p.name, name=True))
    note = p.note.strip()
    if note:
        if note.startswith("("):
            out += [Piece(" "), Piece(note, p.note_lang)]
        else:
            out += [Piece(" ("), Piece(note, p.note_lang), Piece(")")]
    return out


def speaker_pieces(s: SpeakerLine, lang: str, *, summary: bool = False) -> list[Piece]:
    """ "И.О. Фамилия, position" and, with ``summary``, " — what they said"."""
    out = [Piece(s.name, s.name_lang, name=True)]
    if s.position.strip():
        position = position_in_sentence(s.position.strip(), s.position_lang or lang)
        out += [Piece(", "), Piece(position, s.position_lang)]
    if summary and s.summary.strip():
        out += [Piece(" — "), Piece(s.summary, s.summary_lang)]
    return out


def ended(pieces: list[Piece]) -> list[Piece]:
    """A full stop after the last piece unless it ends with punctuation (a marked
    text ends with its mark, so a full stop follows it)."""
    pieces = [p for p in pieces if p.text]
    if not pieces:
        return []
    last = pieces[-1]
    text = last.text.rstrip()
    if not text:
        return pieces
    if text[-1] in ".!?…;:" and not last.other_lang:
        return [*pieces[:-1], Piece(text, last.other_lang, last.name)]
    return [*pieces[:-1], Piece(text, last.other_lang, last.name), Piece(".")]


def text_lines(text: str, prefix: str = "") -> list[TextLine]:
    """A text as typed, a paragraph a line; ``prefix`` (a decision's number) goes
    before the first line unless that line numbers itself ("1) ..."), which would
    print two numbers. ``text`` is already cleaned (newlines are "\\n")."""
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    out: list[TextLine] = []
    for k, line in enumerate(lines):
        body = line.strip()
        item = bool(_LIST_ITEM.match(line))
        if k == 0 and prefix and not _NUMBERED.match(line):
            body = f"{prefix} {body}" if body else prefix
            item = False
        out.append(TextLine(body, item))
    return out


def decision_prefix(d: DecisionLine) -> str:
    """The decision's printed number as the body numbers it ("1.1." , "1)", "а)");
    its label when the builder gave one, else its number ("1.1" -> "1.1.")."""
    number = d.label.strip() or d.number.strip()
    return (number if number.endswith((".", ")")) else number + ".") if number else ""


def standard_title(
    lang: str, kind: SessionKind | str, doc_type: str, body: str = "commission"
) -> list[TitleLine]:
    """The standard title, two lines in the language's order: "ПРОТОКОЛ" (bold) and
    "очередного заседания" / "кезекті отырысының" "ХАТТАМАСЫ"."""
    type_line = TitleLine(w(lang, doc_type), True)
    kind_text = TitleLine(title_kind_line(lang, kind, body))
    return [kind_text, type_line] if words(lang)["type_after_kind"] else [type_line, kind_text]


def title_lines(h: SessionHeader, lang: str, doc_type: str) -> list[TitleLine]:
    """The document's title in print order: the body's (``h.title``, worded by the
    builder from its frame), else the standard one."""
    return h.title or standard_title(lang, h.kind, doc_type)


def number_text(h: SessionHeader, lang: str) -> str:
    """The session's number as the body prints it: "№ 4", "б/н" or nothing ("")."""
    return w(lang, "number", n=h.number) if h.number_text is None else h.number_text


def quorum_text(data: MinutesData) -> str:
    """The quorum sentence the builder worded in the body's words ("" = none printed);
    for data without one, "Членов комиссии: всего — 10, присутствуют — 8. Кворум
    имеется.", or "" when the commission has no roster for the date (never "Кворума
    нет." then)."""
    if data.quorum_text is not None:
        return data.quorum_text
    return quorum_sentence(data.lang, data.voting_total, data.voting_present, data.quorum)


def quorum_sentence(
    lang: str, total: int, present: int, reached: bool, body: str = "commission"
) -> str:
    """ "Членов рабочей группы: всего — 10, присутствуют — 8. Кворум имеется."; "" when
    the body has no roster for the date (never "Кворума нет." then)."""
    if total <= 0:
        return ""
    count = body_words(lang, body)["count"]
    count_line = w(lang, "quorum_count_body", count=count, total=total, present=present)
    return f"{count_line} {w(lang, 'quorum_yes' if reached else 'quorum_no')}"


def vote_sentence(
    lang: str,
    counts: tuple[int, int, int],
    vote_words: tuple[str, str, str] | None = None,
    key: str = "vote_line",
) -> str:
    """ "Голосовали: «за» — 5, «против» — 0, «воздержались» — 1." in the body's vote
    words (the standard ones when None); ``key`` "agenda_vote" for the vote on the
    agenda."""
    if vote_words is None:
        from ..domain.frame import vote_words as parse_vote_words

        vote_words = parse_vote_words(w(lang, "vote_words"))
        assert vote_words is not None
    yes, no, abstained = counts
    w1, w2, w3 = vote_words
    text = w(lang, "vote_counts", w1=w1, w2=w2, w3=w3, yes=yes, no=no, abstained=abstained)
    return w(lang, key, counts=text)


def section_vote(sec: AgendaSection, lang: str) -> VoteLine | None:
    """An item's vote: in the body's words with its named voters (``sec.vote_line``),
    else the standard sentence from the counts; None when no vote was held."""
    if sec.vote_line is not None:
        return sec.vote_line
    if sec.vote is None:
        return None
    return VoteLine(vote_sentence(lang, sec.vote), [])


def decisions_lead(sec: AgendaSection, lang: str) -> str:
    """The decisions' lead-in: the body's ("РЕШИЛИ:", "ШЕШІМ ЕТТІ:"), else "ПОСТАНОВИЛИ:"."""
    return sec.lead or w(lang, "lead_resolved")


def reporters_label(lang: str, n: int) -> str:
    return w(lang, "reporter_one" if n == 1 else "reporter_many")


def responsible_label(lang: str, n: int) -> str:
    return w(lang, "responsible_one" if n == 1 else "responsible_many")


def section_title_shown(sec: AgendaSection, with_title: bool) -> bool:
    """An item prints its title (an extract always; the minutes when nobody was
    heard); otherwise its number stands before "СЛУШАЛИ:"."""
    return with_title or not sec.heard


def item_title_pieces(sec: AgendaSection) -> list[Piece]:
    """ "2. О результатах ..." (the agenda's list, an item's title in the text)."""
    return [Piece(f"{sec.number}. "), Piece(sec.title, sec.title_lang)]


def heard_heading(sec: AgendaSection, lang: str, titled: bool) -> str:
    """ "СЛУШАЛИ:" under the item's title, else "1. СЛУШАЛИ:" standing for it."""
    return w(lang, "heard") if titled else f"{sec.number}. {w(lang, 'heard')}"


def reporters_pieces(sec: AgendaSection, lang: str) -> list[Piece]:
    """Who reports on an item, for the agenda: "А.С. Рахимов, position; ...."."""
    names: list[Piece] = []
    for k, s in enumerate(sec.heard):
        names += [Piece("; ")] * bool(k) + speaker_pieces(s, lang)
    return ended(names)


def instruction_lines(ins: InstructionLine, lang: str) -> list[tuple[str, list[Piece]]]:
    """The lines under a decision that assigns work, each a label and its text:
    "Срок:", "Ответственные:" (main executor first), "Контроль исполнения:"."""
    out: list[tuple[str, list[Piece]]] = []
    if ins.due.strip():
        out.append((w(lang, "due"), ended([Piece(ins.due)])))
    names = [p.name for p in ins.responsible if p.name.strip()]
    if names:
        joined: list[Piece] = []
        for k, n in enumerate(names):
            joined += [Piece(", ")] * bool(k) + [Piece(n, name=True, bold=len(names) > 1 and not k)]
            if len(names) > 1 and not k:
                # the main executor, who answers for the whole and gathers the others'
                # reports, is named first, in bold, marked as in state bodies' practice
                joined.append(Piece(" " + w(lang, "main_executor_mark")))
        out.append((responsible_label(lang, len(names)), ended(joined)))
    if ins.controller is not None and ins.controller.name.strip():
        controller = ended(person_pieces(ins.controller, lang, line_start=False))
        out.append((w(lang, "controller"), controller))
    return out


def closing_pieces(data: MinutesData) -> list[Piece]:
    """The closing decision numbered after the last item ("4. Контроль за
    исполнением ... возложить на ..."); [] when nobody is named."""
    who = data.control_assignee
    if who is None or not who.name.strip():
        return []
    number = max((s.number for s in data.agenda), default=0) + 1
    sentence = control_closing(data.lang, who.position, who.name)
    return [Piece(f"{number}. "), Piece(sentence, name=True)]  # the name inside kept whole


def minutes_signatures(data: MinutesData) -> list[SignatureLine]:
    """Who signs, as the builder listed them in the body's way (``data.signatures``);
    the chair and the secretary for data without a list."""
    return data.signatures or standard_signatures(data.lang, data.chair, data.secretary)


def standard_signatures(
    lang: str, chair: PersonLine, secretary: PersonLine, body: str = "commission"
) -> list[SignatureLine]:
    """The chair (in the body's word: "Председатель", "Руководитель рабочей группы")
    and the secretary, each on a line."""
    return [
        SignatureLine(body_words(lang, body)["chair_sign"], chair, True),
        SignatureLine(w(lang, "secretary_sign"), secretary, True),
    ]


def extract_signatures(data: ExtractData) -> list[SignatureLine]:
    lang = data.lang
    return [
        SignatureLine(data.chair_sign or w(lang, "chair_sign"), data.chair, False),
        SignatureLine(w(lang, "extract_true"), None, False, bold=True),
        SignatureLine(w(lang, "secretary_sign"), data.secretary, True),
    ]


def stamp_line(stamp: Stamp, lang: str) -> str:
    """The footer line of every page: "Журнал: 3f2a9c1d · 13.12.2024 16:05"."""
    from ..domain.dueparse import format_date_short

    when = stamp.generated_at
    head = " ".join(stamp.journal_head.split())
    return w(lang, "footer", head=head, when=f"{format_date_short(when.date())} {when:%H:%M}")


def attendance_groups(data: MinutesData) -> list[tuple[str, list[PersonLine]]]:
    """The groups of those present, each under its label ("Члены комиссии:", the
    body's own "Члены рабочей группы:", or "" where a meeting lists those present
    without one; "Приглашенные:"); a group with nobody in it is left out."""
    members = w(data.lang, "members") if data.members_label is None else data.members_label
    groups = [(members, data.present), (w(data.lang, "invited"), data.invited)]
    return [(label, people) for label, people in groups if people]


def fill_pieces(lang: str, key: str, **pieces: Piece) -> list[Piece]:
    """A phrase whose fields are pieces (a marked text, a name) in the order the
    phrase has them: "Место проведения: {v}" -> [Piece("Место проведения: "), v]."""
    from string import Formatter

    out: list[Piece] = []
    for literal, name, _spec, _conv in Formatter().parse(w(lang, key)):
        if literal:
            out.append(Piece(literal))
        if name:
            out.append(pieces[name])
    return out


def uses_annex(data: MinutesData, threshold: int) -> bool:
    """More attendees than ``threshold``: the page says how many, the list is annexed."""
    return len(data.present) + len(data.invited) > threshold
