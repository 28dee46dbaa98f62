"""The demo: the Almaty commission's extended session of December 2024 and
a few older sessions, built through the same use cases a secretary uses.

The chair (akim Е. Досаев) and the invited head of the Agency's city
department (А. Рахимов) appear as the news report of the session names them;
every other person, and every instruction except the chair's closing one, is
fictitious.
"""

from __future__ import annotations

from datetime import date

from .domain import model as m
from .services import AttendanceEntry, Services

DEMO_NOTE = (
    "Демонстрационные данные. Кроме Е. Досаева и А. Рахимова, названных в сообщении о заседании, "
    "все лица и поручения вымышлены."
)


# The Kazakh version of each agenda title and decision (the protocols are kept
# in both languages: a Kazakh print takes these, never the Russian text).
KK_TEXTS = {
    "О результатах внутреннего анализа коррупционных рисков в управлениях за 5 месяцев 2024 года": (
        "2024 жылғы 5 айдағы басқармалардағы сыбайлас жемқорлық тәуекелдеріне ішкі талдау "
        "нәтижелері туралы"
    ),
    "Управлению по работе с персоналом обеспечить устранение выявленных коррупционных рисков "
    "и представить информацию в комиссию.": (
        "Персоналмен жұмыс басқармасы анықталған сыбайлас жемқорлық тәуекелдерінің жойылуын "
        "қамтамасыз етсін және комиссияға ақпарат ұсынсын."
    ),
    "Управлению строительства провести анализ закупок по объектам, финансируемым "
    "из местного бюджета, на предмет завышения стоимости.": (
        "Құрылыс басқармасы жергілікті бюджеттен қаржыландырылатын объектілер бойынша сатып "
        "алуларға құнның асыра көрсетілуі тұрғысынан талдау жүргізсін."
    ),
    "Акимам районов ежеквартально информировать комиссию о принятых мерах по "
    "минимизации коррупционных рисков.": (
        "Аудандардың әкімдері сыбайлас жемқорлық тәуекелдерін азайту бойынша қабылданған шаралар "
        "туралы комиссияны тоқсан сайын хабардар етсін."
    ),
    "О цифровизации государственных услуг как инструменте снижения коррупционных рисков": (
        "Сыбайлас жемқорлық тәуекелдерін төмендету құралы ретінде мемлекеттік қызметтерді "
        "цифрландыру туралы"
    ),
    "Управлению цифровизации обеспечить публикацию открытых данных о распределении "
    "средств по проекту «Цифровой ваучер».": (
        "Цифрландыру басқармасы «Цифрлық ваучер» жобасы бойынша қаражаттың бөлінуі туралы ашық "
        "деректердің жариялануын қамтамасыз етсін."
    ),
    "Управлению занятости и социальных программ провести выборочную проверку получателей "
    "помощи через «Социальный кошелек».": (
        "Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы «Әлеуметтік әмиян» арқылы көмек "
        "алушыларға іріктеп тексеру жүргізсін."
    ),
    "Об итогах работы по противодействию коррупции за 11 месяцев 2024 года": (
        "2024 жылғы 11 айдағы сыбайлас жемқорлыққа қарсы іс-қимыл жұмысының қорытындылары туралы"
    ),
    "Информацию принять к сведению.": "Ақпарат назарға алынсын.",
    "Усилить контроль за реализацией текущих проектов и продолжить работу по минимизации "
    "коррупционных рисков.": (
        "Ағымдағы жобалардың іске асырылуын бақылау күшейтілсін және сыбайлас жемқорлық "
        "тәуекелдерін азайту жөніндегі жұмыс жалғастырылсын."
    ),
    "Расширить внутренний анализ коррупционных рисков в квазигосударственном секторе "
    "с 54 до 80 субъектов.": (
        "Квазимемлекеттік сектордағы сыбайлас жемқорлық тәуекелдеріне ішкі талдау 54-тен "
        "80 субъектіге дейін кеңейтілсін."
    ),
    "О результатах внешнего анализа коррупционных рисков в сфере спорта": (
        "Спорт саласындағы сыбайлас жемқорлық тәуекелдеріне сыртқы талдау нәтижелері туралы"
    ),
    "Управлению спорта совместно с управлением строительства провести аудит смет строящихся "
    "спортивных объектов.": (
        "Спорт басқармасы құрылыс басқармасымен бірлесіп салынып жатқан спорт объектілерінің "
        "сметаларына аудит жүргізсін."
    ),
    "Управлению спорта ежемесячно представлять информацию о ходе устранения выявленных рисков.": (
        "Спорт басқармасы анықталған тәуекелдерді жою барысы туралы ақпаратты ай сайын ұсынып "
        "отырсын."
    ),
    "Провести антикоррупционный мониторинг закупок спортивного инвентаря районными акиматами.": (
        "Аудандық әкімдіктердің спорт мүкәммалын сатып алуына сыбайлас жемқорлыққа қарсы "
        "мониторинг жүргізілсін."
    ),
}


def load_demo(sv: Services) -> int:
    """Fill an empty database with the demo; returns the December session's id."""
    org = {}
    for key, short_ru, full_ru, short_kk, kind in [
        (
            "apparatus",
            "Аппарат акима г. Алматы",
            "Аппарат акима города Алматы",
            "Алматы қаласы әкімінің аппараты",
            m.OrgKind.AKIM_APPARATUS,
        ),
        (
            "agency",
            "Департамент АПК по г. Алматы",
            "Департамент Агентства Республики Казахстан по противодействию коррупции по городу "
            "Алматы",
            "ҚР СЖҚА Алматы қаласы бойынша департаменті",
            m.OrgKind.AGENCY,
        ),
        (
            "sport",
            "Управление спорта",
            "Управление спорта города Алматы",
            "Алматы қаласының Спорт басқармасы",
            m.OrgKind.CITY_DEPARTMENT,
        ),
        (
            "build",
            "Управление строительства",
            "Управление строительства города Алматы",
            "Алматы қаласының Құрылыс басқармасы",
            m.OrgKind.CITY_DEPARTMENT,
        ),
        (
            "digital",
            "Управление цифровизации",
            "Управление цифровизации города Алматы",
            "Алматы қаласының Цифрландыру басқармасы",
            m.OrgKind.CITY_DEPARTMENT,
        ),
        (
            "social",
            "Управление занятости и социальных программ",
            "Управление занятости и социальных программ города Алматы",
            "Алматы қаласының Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы",
            m.OrgKind.CITY_DEPARTMENT,
        ),
        (
            "hr",
            "Управление по работе с персоналом",
            "Управление по работе с персоналом аппарата акима",
            "Әкім аппаратының Персоналмен жұмыс басқармасы",
            m.OrgKind.AKIM_APPARATUS,
        ),
        (
            "medeu",
            "Аким Медеуского района",
            "Аппарат акима Медеуского района",
            "Медеу ауданы әкімінің аппараты",
            m.OrgKind.DISTRICT_AKIMAT,
        ),
        (
            "almaly",
            "Аким Алмалинского района",
            "Аппарат акима Алмалинского района",
            "Алмалы ауданы әкімінің аппараты",
            m.OrgKind.DISTRICT_AKIMAT,
        ),
        (
            "holding",
            "ТОО «Алматы Даму-Инвест»",
            "ТОО «Алматы Даму-Инвест» (вымышленная организация)",
            "«Алматы Даму-Инвест» ЖШС",
            m.OrgKind.QUASI_STATE,
        ),
    ]:
        o = m.Organisation(short_ru, full_ru, short_kk, "", kind)
        sv.save_organisation(o)
        org[key] = o.id
    # a named group: addressed as one ("акимам районов"), its members listed
    districts = m.Organisation(
        "Акимы районов", "Акимы районов города Алматы", "Аудан әкімдері", "", m.OrgKind.GROUP
    )
    sv.save_organisation(districts, members=[org["medeu"], org["almaly"]])
    org["districts"] = districts.id

    people = {}

    def person(
        key, surname, name, patronymic, position, position_kk, org_key, surname_kk="", name_kk=""
    ):
        p = m.Person(
            surname, name, patronymic, position, surname_kk, name_kk, "", position_kk, org[org_key]
        )
        sv.save_person(p)
        people[key] = p.id

    # The two officials named by the news report, as it names them (no patronymic given there).
    person(
        "akim", "Досаев", "Ерболат", "", "Аким города Алматы", "Алматы қаласының әкімі", "apparatus"
    )
    person(
        "agency",
        "Рахимов",
        "Арман",
        "",
        "Руководитель Департамента Агентства Республики Казахстан "
        "по противодействию коррупции по городу Алматы",
        "ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл "
        "агенттігінің Алматы қаласы бойынша департаментінің басшысы",
        "agency",
    )
    # Fictitious people.
    person(
        "deputy",
        "Жұмабеков",
        "Нұрлан",
        "Серікұлы",
        "Заместитель акима города Алматы",
        "Алматы қаласы әкімінің орынбасары",
        "apparatus",
    )
    person(
        "secretary",
        "Ахметова",
        "Әсел",
        "Бекқызы",
        "Руководитель службы антикоррупционного комплаенса",
        "Сыбайлас жемқорлыққа қарсы комплаенс қызметінің басшысы",
        "apparatus",
    )
    person(
        "sport",
        "Ким",
        "Виктор",
        "Алексеевич",
        "Руководитель управления спорта",
        "Спорт басқармасының басшысы",
        "sport",
    )
    person(
        "build",
        "Оспанов",
        "Ерлан",
        "Маратович",
        "Руководитель управления строительства",
        "Құрылыс басқармасының басшысы",
        "build",
    )
    person(
        "digital",
        "Сейітова",
        "Гүлнар",
        "Қайратқызы",
        "Руководитель управления цифровизации",
        "Цифрландыру басқармасының басшысы",
        "digital",
    )
    person(
        "social",
        "Нұрғалиев",
        "Айдос",
        "Тимурұлы",
        "Руководитель управления занятости и социальных программ",
        "Жұмыспен қамту және әлеуметтік бағдарламалар басқармасының басшысы",
        "social",
    )
    person(
        "hr",
        "Иванова",
        "Ольга",
        "Петровна",
        "Руководитель управления по работе с персоналом",
        "Персоналмен жұмыс басқармасының басшысы",
        "hr",
    )
    person(
        "medeu",
        "Тұрсынов",
        "Бауыржан",
        "Әділұлы",
        "Аким Медеуского района",
        "Медеу ауданының әкімі",
        "medeu",
    )
    person(
        "almaly",
        "Қасымова",
        "Дина",
        "Ерланқызы",
        "Аким Алмалинского района",
        "Алмалы ауданының әкімі",
        "almaly",
    )
    person(
        "holding",
        "Серіков",
        "Тимур",
        "Болатұлы",
        "Генеральный директор ТОО «Алматы Даму-Инвест»",
        "«Алматы Даму-Инвест» ЖШС бас директоры",
        "holding",
    )
    person(
        "public",
        "Әбдірахманова",
        "Мәдина",
        "Ғаниқызы",
        "Член общественного совета города Алматы",
        "Алматы қаласы қоғамдық кеңесінің мүшесі",
        "apparatus",
    )

    com = m.Commission(
        "Комиссия по вопросам противодействия коррупции при акимате города Алматы",
        "Алматы қаласы әкімдігі жанындағы сыбайлас жемқорлыққа қарсы іс-қимыл мәселелері жөніндегі "
        "комиссия",
        "г. Алматы",
        "Алматы қ.",
        people["akim"],
        people["secretary"],
        people["deputy"],
    )
    sv.save_commission(com)
    start = date(2024, 1, 1)
    sv.add_member(com.id, people["akim"], m.Role.CHAIR, True, start)
    sv.add_member(com.id, people["deputy"], m.Role.DEPUTY, True, start)
    sv.add_member(com.id, people["secretary"], m.Role.SECRETARY, False, start)
    for key in (
        "sport",
        "build",
        "digital",
        "social",
        "hr",
        "medeu",
        "almaly",
        "holding",
        "public",
    ):
        sv.add_member(com.id, people[key], m.Role.MEMBER, True, start)

    P = people

    def _executor(key: str) -> m.Executor:
        """ "sport" is a person; "org:sport" an organisation; "org:sport/sport" the
        organisation with that person responsible."""
        if not key.startswith("org:"):
            return m.Executor.person(P[key])
        o, _, p = key[4:].partition("/")
        return m.Executor.org(org[o], P[p] if p else None)

    def session(
        day,
        number,
        kind,
        attendance,
        items,
        place="г. Алматы, пл. Республики, 4, зал заседаний акимата",
    ):
        s = sv.create_session(
            com.id,
            day,
            number=number,
            kind=kind,
            time="15:00",
            place=place,
            place_kk="Алматы қ., Республика алаңы, 4, әкімдіктің мәжіліс залы",
            notes=DEMO_NOTE,
        )
        sv.set_attendance(s.id, attendance)
        made = []
        for title, heard, spoke, summary, decisions, votes in items:
            item = m.AgendaItem(
                s.id,
                0,
                title,
                KK_TEXTS.get(title, ""),
                summary=summary,
                speakers=[m.Speaker(m.SpeakerKind.HEARD, P[k], summary=t) for k, t in heard]
                + [m.Speaker(m.SpeakerKind.SPOKE, P[k], summary=t) for k, t in spoke],
            )
            if votes:
                item.vote_for, item.vote_against, item.vote_abstained = votes
            sv.save_agenda_item(item)
            for text, execs, due in decisions:
                d = sv.add_decision(item.id, text, KK_TEXTS.get(text, ""))
                if execs:
                    made.append(
                        sv.issue_instruction(
                            text=text,
                            text_kk=KK_TEXTS.get(text, ""),
                            executors=[_executor(e) for e in execs],
                            due_text=due,
                            decision_id=d.id,
                        )
                    )
        return s, made

    everyone_present = [
        AttendanceEntry(P[k])
        for k in (
            "akim",
            "deputy",
            "sport",
            "build",
            "digital",
            "social",
            "hr",
            "medeu",
            "almaly",
            "holding",
            "public",
        )
    ]

    # -- 2024/2, June: older instructions with reports, extensions and rework
    s2, i2 = session(
        date(2024, 6, 14),
        2,
        m.SessionKind.REGULAR,
        [
            AttendanceEntry(P[k])
            for k in (
                "akim",
                "deputy",
                "sport",
                "build",
                "digital",
                "social",
                "hr",
                "medeu",
                "public",
            )
        ]
        + [
            AttendanceEntry(P["almaly"], False, "командировка"),
            AttendanceEntry(P["holding"], False, "отпуск"),
        ],
        [
            (
                "О результатах внутреннего анализа коррупционных рисков в управлениях за 5 месяцев "
                "2024 года",
                [("hr", "о проведенных внутренних проверках")],
                [("deputy", "")],
                "Проведен внутренний анализ коррупционных рисков в 12 управлениях; выявлено 37 "
                "рисков.",
                [
                    (
                        "Управлению по работе с персоналом обеспечить устранение выявленных "
                        "коррупционных рисков и представить информацию в комиссию.",
                        ["hr", "sport"],
                        "до 30 сентября 2024 года",
                    ),
                    (
                        "Управлению строительства провести анализ закупок по объектам, "
                        "финансируемым из местного бюджета, на предмет завышения стоимости.",
                        ["build"],
                        "до 15 октября 2024 года",
                    ),
                    (
                        "Акимам районов ежеквартально информировать комиссию о принятых мерах по "
                        "минимизации коррупционных рисков.",
                        ["medeu", "almaly"],
                        "ежеквартально до 5 числа месяца, следующего за отчетным",
                    ),
                ],
                (9, 0, 0),
            )
        ],
    )
    sv.set_session_status(s2.id, m.SessionStatus.HELD)
    sv.set_session_status(s2.id, m.SessionStatus.APPROVED)
    hr_i, build_i, district_i = i2
    sv.register_report(
        hr_i.id,
        received=date(2024, 9, 27),
        outgoing_number="05-12/1184",
        text="Устранены 31 из 37 выявленных рисков; по остальным утверждены дорожные карты.",
    )
    sv.return_report(
        hr_i.id, "Не представлены сведения по 6 рискам; доработать.", date(2024, 10, 2)
    )
    sv.register_report(
        hr_i.id,
        received=date(2024, 10, 18),
        outgoing_number="05-12/1302",
        text="Представлена информация по всем 37 рискам с подтверждающими документами.",
    )
    sv.accept_report(hr_i.id, date(2024, 10, 21))
    sv.take_off_control(
        hr_i.id,
        "Снято с контроля решением комиссии (протокол № 4 от 12.12.2024)",
        date(2024, 12, 12),
    )
    sv.extend(
        build_i.id,
        date(2024, 12, 16),
        "Большой объем закупок; запрос управления от 10.10.2024 № 07-3/880",
        "Председатель комиссии Е. Досаев",
        date(2024, 10, 11),
    )
    sv.extend(
        build_i.id,
        date(2025, 2, 28),
        "Ожидание заключения внешнего аудита",
        "Председатель комиссии Е. Досаев",
        date(2024, 12, 12),
    )
    # the districts report the first quarters, then go quiet
    for when, num in ((date(2024, 10, 3), "02-11/455"), (date(2025, 1, 8), "02-11/12")):
        sv.register_report(
            district_i.id,
            received=when,
            outgoing_number=num,
            text="Информация о принятых мерах за квартал представлена.",
        )
        sv.accept_report(district_i.id, when)

    # -- 2024/3, September: digital projects
    s3, i3 = session(
        date(2024, 9, 20),
        3,
        m.SessionKind.REGULAR,
        everyone_present,
        [
            (
                "О цифровизации государственных услуг как инструменте снижения коррупционных "
                "рисков",
                [("digital", "о проектах Mass Alert, «Социальный кошелек», «Цифровой ваучер»")],
                [("agency", "")],
                "Доля услуг, оказываемых без контакта с чиновником, выросла до 92%.",
                [
                    (
                        "Управлению цифровизации обеспечить публикацию открытых данных о "
                        "распределении средств по проекту «Цифровой ваучер».",
                        ["digital", "social"],
                        "до 30 ноября 2024 года",
                    ),
                    (
                        "Управлению занятости и социальных программ провести выборочную проверку "
                        "получателей помощи через «Социальный кошелек».",
                        ["social"],
                        "в трехмесячный срок",
                    ),
                ],
                None,
            )
        ],
    )
    sv.set_session_status(s3.id, m.SessionStatus.HELD)
    sv.set_session_status(s3.id, m.SessionStatus.APPROVED)
    digital_i, social_i = i3
    sv.register_report(
        digital_i.id,
        received=date(2024, 11, 28),
        outgoing_number="11-04/2210",
        text="Открытые данные опубликованы на портале акимата.",
    )
    sv.accept_report(digital_i.id, date(2024, 12, 2))
    sv.register_report(
        social_i.id,
        received=date(2025, 1, 15),
        outgoing_number="09-01/77",
        text="Проверено 1 200 получателей; выявлено 14 несоответствий, материалы направлены в АПК.",
    )
    sv.accept_report(social_i.id, date(2025, 1, 20))

    # -- 2024/4, December: the extended session from the news report
    s4, i4 = session(
        date(2024, 12, 12),
        4,
        m.SessionKind.EXTENDED,
        everyone_present + [AttendanceEntry(P["agency"], invited=True)],
        [
            (
                "Об итогах работы по противодействию коррупции за 11 месяцев 2024 года",
                [
                    (
                        "deputy",
                        "о внутренних проверках в аппарате акима, районных акиматах, управлениях и "
                        "квазигосударственных организациях; об обновлении системы «Картограмма "
                        "коррупции»; о курсах повышения квалификации и онлайн-обучении госслужащих",
                    )
                ],
                [
                    (
                        "agency",
                        "отметил положительную динамику и проекты Mass Alert, «Социальный кошелек» "
                        "и «Цифровой ваучер»",
                    )
                ],
                "В 2024 году проведены внутренние проверки; обновлена «Картограмма коррупции»; в "
                "2025 году число проверяемых субъектов квазигосударственного сектора вырастет с 54 "
                "до 80.",
                [
                    ("Информацию принять к сведению.", [], ""),
                    (
                        "Усилить контроль за реализацией текущих проектов и продолжить работу по "
                        "минимизации коррупционных рисков.",
                        ["deputy", "medeu", "almaly"],
                        "постоянно",
                    ),
                    (
                        "Расширить внутренний анализ коррупционных рисков в квазигосударственном "
                        "секторе с 54 до 80 субъектов.",
                        ["hr", "holding"],
                        "до 30 июня 2025 года",
                    ),
                ],
                (11, 0, 0),
            ),
            (
                "О результатах внешнего анализа коррупционных рисков в сфере спорта",
                [
                    (
                        "sport",
                        "о мерах по устранению рисков при строительстве спортивных объектов, "
                        "развитии инфраструктуры для лиц с инвалидностью, массового спорта и "
                        "поддержке атлетов",
                    )
                ],
                [("build", "")],
                "Внешний анализ выявил риски в строительстве спортивных объектов.",
                [
                    (
                        "Управлению спорта совместно с управлением строительства провести аудит "
                        "смет строящихся спортивных объектов.",
                        # organisations as executors: the department with its head, and
                        # the other department as a body
                        ["org:sport/sport", "org:build"],
                        "до 31 марта 2025 года",
                    ),
                    (
                        "Управлению спорта ежемесячно представлять информацию о ходе устранения "
                        "выявленных рисков.",
                        ["sport"],
                        "ежемесячно до 5 числа",
                    ),
                ],
                (11, 0, 0),
            ),
        ],
    )
    sv.set_session_status(s4.id, m.SessionStatus.HELD)
    sv.set_session_status(s4.id, m.SessionStatus.APPROVED)
    _, ongoing_i, quasi_i, audit_i, monthly_i = [None] + i4
    sv.extend(
        quasi_i.id,
        date(2025, 9, 30),
        "Изменение перечня субъектов по решению наблюдательного совета",
        "Председатель комиссии Е. Досаев",
        date(2025, 6, 20),
    )
    sv.register_report(
        audit_i.id,
        received=date(2025, 4, 14),
        outgoing_number="03-07/519",
        text="Аудит проведен по 3 из 5 объектов.",
    )
    sv.return_report(audit_i.id, "Аудит проведен не по всем объектам.", date(2025, 4, 16))
    for when in (date(2025, 1, 4), date(2025, 2, 5), date(2025, 3, 12)):
        sv.register_report(
            monthly_i.id,
            received=when,
            outgoing_number=f"03-07/{when.month}05",
            text="Информация о ходе устранения рисков за месяц.",
        )
        sv.accept_report(monthly_i.id, when)
    sv.register_report(
        ongoing_i.id,
        received=date(2025, 3, 3),
        outgoing_number="01-02/300",
        text="Контроль за реализацией проектов усилен: введен еженедельный мониторинг.",
    )
    sv.accept_report(ongoing_i.id, date(2025, 3, 5))
    # an instruction of the akim outside a session
    outside = (
        "Провести антикоррупционный мониторинг закупок спортивного инвентаря районными акиматами."
    )
    sv.issue_instruction(
        text=outside,
        text_kk=KK_TEXTS[outside],
        executors=[P["almaly"], P["sport"]],
        due_text="до 15 мая 2025 года",
        issued_date=date(2025, 3, 17),
        issued_by_id=P["akim"],
        controller_id=P["deputy"],
        number="А-12",
    )
    return s4.id
