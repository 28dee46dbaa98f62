"""A deterministic, realistic large database for the benchmarks.

    python benchmarks/generate.py OUT.sqlite3 [--scale 1.0]

At scale 1: 5 commissions x 10 years, 5,000 sessions, 100,000 instructions
(with the recurring ones' control points), 1,000 organisations, 2,000 people,
150,000 reports and extensions, Russian and Kazakh text. Everything goes
through storage's journaled writes, so the result verifies like a real one.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from anticorr_desktop.domain.dueparse import DueKind, DueRule, Freq
from anticorr_desktop.storage.db import canonical
from anticorr_desktop.storage.store import open_store

SURNAMES = [
    "Ахметов",
    "Жұмабеков",
    "Оспанов",
    "Ким",
    "Иванов",
    "Сейітов",
    "Нұрғалиев",
    "Тұрсынов",
    "Қасымов",
    "Серіков",
    "Әбдірахманов",
    "Бекова",
    "Омарова",
    "Петрова",
    "Ғабитов",
    "Құрманов",
    "Үсенов",
    "Исаев",
]
NAMES = [
    "Ерлан",
    "Нұрлан",
    "Әсел",
    "Гүлнар",
    "Айдос",
    "Дина",
    "Виктор",
    "Ольга",
    "Тимур",
    "Мәдина",
    "Бауыржан",
]
PATR = [
    "Серікұлы",
    "Маратович",
    "Бекқызы",
    "Алексеевич",
    "Тимурұлы",
    "Петровна",
    "Ерланқызы",
    "Болатұлы",
]
VERBS = [
    "Обеспечить",
    "Провести",
    "Усилить",
    "Представить",
    "Организовать",
    "Принять меры по",
    "Рассмотреть",
]
OBJECTS = [
    "контроль за реализацией проектов строительства",
    "анализ коррупционных рисков в сфере закупок",
    "мониторинг исполнения бюджетных программ",
    "проверку распределения земельных участков",
    "обучение государственных служащих антикоррупционному законодательству",
    "публикацию открытых данных о расходах",
    "устранение выявленных нарушений",
    "внутренний анализ в квазигосударственных организациях",
    "обновление «Картограммы коррупции»",
]
KK = [
    "Сыбайлас жемқорлық тәуекелдерін талдау және оларды жою бойынша шаралар қабылдансын.",
    "Хаттамадан үзінді орындаушыларға жіберілсін, орындау туралы есеп ұсынылсын.",
    "Мемлекеттік сатып алу саласындағы бақылау күшейтілсін.",
]
STATUSES = (
    ["on_control"] * 3 + ["done"] * 5 + ["off_control"] * 3 + ["rework", "reported", "cancelled"]
)


def generate(path: Path, scale: float = 1.0, seed: int = 20241212) -> dict:
    rnd = random.Random(seed)
    n_orgs, n_people = max(5, int(1000 * scale)), max(10, int(2000 * scale))
    n_sessions, n_inst = max(5, int(5000 * scale)), max(20, int(100_000 * scale))
    path.unlink(missing_ok=True)
    st = open_store(path, user="benchmark")
    uid = iter(f"00000000-0000-4000-8000-{n:012d}" for n in range(10**9))
    t0 = time.perf_counter()
    counts = {"reports": 0, "extensions": 0, "control_points": 0}
    with st.transaction():
        orgs = [
            st._insert(
                "organisation",
                {
                    "uid": next(uid),
                    "short_ru": f"Управление № {i}",
                    "full_ru": f"Управление № {i} города",
                    "short_kk": f"№ {i} басқарма",
                    "kind": "city_department",
                },
            )
            for i in range(n_orgs)
        ]
        people = [
            st._insert(
                "person",
                {
                    "uid": next(uid),
                    "surname": rnd.choice(SURNAMES) + ("а" if i % 2 else ""),
                    "name": rnd.choice(NAMES),
                    "patronymic": rnd.choice(PATR),
                    "position": "Руководитель управления",
                    "position_kk": "Басқарма басшысы",
                    "organisation_id": rnd.choice(orgs),
                },
            )
            for i in range(n_people)
        ]
        coms = []
        for c in range(5):
            cid = st._insert(
                "commission",
                {
                    "uid": next(uid),
                    "name_ru": f"Комиссия {c + 1}",
                    "name_kk": f"{c + 1}-комиссия",
                    "city_ru": "г. Алматы",
                    "chair_id": people[c],
                    "secretary_id": people[5 + c],
                    "controller_id": people[10 + c],
                },
            )
            coms.append(cid)
            for p in rnd.sample(people, min(15, len(people))):
                st._insert(
                    "membership",
                    {
                        "uid": next(uid),
                        "commission_id": cid,
                        "person_id": p,
                        "role": "member",
                        "voting": 1,
                        "date_from": "2015-01-01",
                    },
                )
    per_session = n_inst // n_sessions
    sessions_per_year = max(1, n_sessions // 50)
    inst_done = 0
    for s_index in range(n_sessions):
        with st.transaction():
            cid = coms[s_index % 5]
            year = 2016 + (s_index // 5) // sessions_per_year
            number = (s_index // 5) % sessions_per_year + 1
            day = date(year, 1, 10) + timedelta(days=int(350 * (number - 1) / sessions_per_year))
            sid = st._insert(
                "session",
                {
                    "uid": next(uid),
                    "commission_id": cid,
                    "year": year,
                    "number": number,
                    "date": day.isoformat(),
                    "kind": "regular",
                    "status": "approved",
                    "chair_id": people[0],
                    "secretary_id": people[5],
                },
            )
            item = st._insert(
                "agenda_item",
                {
                    "uid": next(uid),
                    "session_id": sid,
                    "position": 1,
                    "title": f"О ходе исполнения поручений за {year} год",
                },
            )
            for k in range(per_session):
                text = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)} ({year}, № {number}.{k + 1})."
                dec = st._insert(
                    "decision",
                    {"uid": next(uid), "agenda_item_id": item, "position": k + 1, "text": text},
                )
                execs = rnd.sample(people, rnd.choice((1, 1, 2, 3)))
                recurring = rnd.random() < 0.05
                due = day + timedelta(days=rnd.choice((14, 30, 60, 90, 180)))
                if day < date(2025, 6, 1):  # older work is almost all closed, as in a real register
                    status = rnd.choices(
                        ["done", "off_control", "cancelled", "on_control", "rework"],
                        [40, 55, 2, 2, 1],
                    )[0]
                else:
                    status = rnd.choice(STATUSES)
                rule = (
                    DueRule(DueKind.RECURRING, freq=Freq.QUARTERLY, day=5, next_period=True)
                    if recurring
                    else DueRule(DueKind.DATE, date=due)
                )
                done = (
                    (due + timedelta(days=rnd.randint(-20, 15)))
                    if status in ("done", "off_control")
                    else None
                )
                cur = due + timedelta(days=30) if rnd.random() < 0.2 else due
                iid = st._insert(
                    "instruction",
                    {
                        "uid": next(uid),
                        "session_id": sid,
                        "decision_id": dec,
                        "number": f"1.{k + 1}",
                        "text": text,
                        "text_kk": rnd.choice(KK),
                        "issued_by_id": people[0],
                        "issued_date": day.isoformat(),
                        "controller_id": people[10],
                        "main_executor_id": execs[0],
                        "due_text": "ежеквартально до 5 числа"
                        if recurring
                        else due.strftime("%d.%m.%Y"),
                        "due_rule": canonical(rule.to_json()),
                        "due_kind": rule.kind.value,
                        "due_date_original": due.isoformat(),
                        "due_date": cur.isoformat(),
                        "status": status,
                        "done_date": done.isoformat() if done else None,
                    },
                )
                for pos, p in enumerate(execs, 1):
                    st._insert(
                        "instruction_executor",
                        {"uid": next(uid), "instruction_id": iid, "person_id": p, "position": pos},
                    )
                if recurring:
                    for q in range(4):
                        pd = date(year + (q == 3), (3 * q + 3) % 12 + 1, 5)
                        st._insert(
                            "control_point",
                            {
                                "uid": next(uid),
                                "instruction_id": iid,
                                "due_date": pd.isoformat(),
                                "due_date_original": pd.isoformat(),
                                "status": "done" if status != "on_control" else "open",
                            },
                        )
                        counts["control_points"] += 1
                if cur != due:
                    st._insert(
                        "extension",
                        {
                            "uid": next(uid),
                            "instruction_id": iid,
                            "old_date": due.isoformat(),
                            "new_date": cur.isoformat(),
                            "reason": "Запрос исполнителя",
                            "decided_by": "Председатель комиссии",
                            "decided_on": due.isoformat(),
                        },
                    )
                    counts["extensions"] += 1
                for _ in range(rnd.choice((0, 1, 1, 2, 2, 2))):
                    rd = day + timedelta(days=rnd.randint(5, 120))
                    st._insert(
                        "report",
                        {
                            "uid": next(uid),
                            "instruction_id": iid,
                            "received": rd.isoformat(),
                            "outgoing_number": f"{rnd.randint(1, 99):02d}-{rnd.randint(1, 9999)}",
                            "text": f"Исполнено: {rnd.choice(OBJECTS)}. Хаттамадан үзінді қаралды.",
                            "outcome": "accepted"
                            if status in ("done", "off_control")
                            else "pending",
                        },
                    )
                    counts["reports"] += 1
                inst_done += 1
    st.conn.execute("ANALYZE")
    st.close()
    return {
        "instructions": inst_done,
        "sessions": n_sessions,
        "people": n_people,
        "organisations": n_orgs,
        **counts,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    print(json.dumps(generate(args.out, args.scale), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
