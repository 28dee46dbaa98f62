"""What every window needs: the use cases, the settings and the language.

One ``AppContext`` per open database, passed to each view (no global).
"""

from __future__ import annotations

import weakref
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...services import Services
from .common import DUE_SOON_WORKING_DAYS, set_date_context
from .lane import QueryLane
from .language import LanguageManager, normalise

SETTING_LANGUAGE = "ui/language"
SETTING_JOURNAL_NAME = "journal/name"  # the name this computer's user signs the journal with


def _login() -> str:
    """This computer's login, as the journal names its author without a name set."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment (a service account)
        return "unknown"


def journal_user(name: str, login: str) -> str:
    """The journal's author: the name the user set, with the system login kept beside it
    ("Ахметова А. (root)"); the login alone until a name is set."""
    name = " ".join(name.split())
    return f"{name} ({login})" if name and name != login else login


class AppContext(QObject):
    # Something was written to the database; ``source`` is the object that wrote it.
    data_changed = Signal(object)
    language_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        languages: LanguageManager | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.languages = languages or LanguageManager(self)
        self._people: dict[int, m.Person] | None = None
        self._choices: tuple[str, list, int] | None = None
        self._executor_choices: tuple[str, list, int] | None = None
        self.data_changed.connect(self._on_data_changed)
        # long read-only queries run here, off the UI thread, on their own connection
        self.lane = QueryLane(lambda: self.services, Services, self)
        self._apply_journal_user()
        # the date fields' day-off warnings and weekdays: this database's calendar
        me = weakref.ref(self)
        set_date_context(
            lambda: me().services.calendar if me() is not None else None,
            lambda: me().lang if me() is not None else "en",
        )

    def close(self) -> None:
        """Stop the background queries (before the database is closed)."""
        self.lane.close()

    @property
    def store(self):
        return self.services.store

    # -- language -----------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.services.lang or "ru"

    @property
    def name_lang(self) -> str:
        """The language of names and positions: Kazakh in a Kazakh interface, else Russian."""
        return "kk" if self.lang == "kk" else "ru"

    def set_language(self, lang: str) -> None:
        lang = normalise(lang)
        self.services.lang = lang
        self.settings.setValue(SETTING_LANGUAGE, lang)
        self.languages.load(lang)
        self.language_changed.emit(lang)

    # -- the journal's author -----------------------------------------------------------
    def journal_name(self) -> str:
        return str(self.settings.value(SETTING_JOURNAL_NAME, "") or "")

    def set_journal_name(self, name: str) -> None:
        """Sign what this user writes from now on with ``name`` (and the login)."""
        self.settings.setValue(SETTING_JOURNAL_NAME, " ".join(name.split())[:120])
        self._apply_journal_user()

    def _apply_journal_user(self) -> None:
        from . import tasks

        user = journal_user(self.journal_name(), _login())
        self.store.user = user
        tasks.set_journal_user(user)  # the connections of background tasks sign the same

    # -- dates --------------------------------------------------------------------
    def today(self) -> date:
        return self.services.today()

    def due_soon_until(self, today: date | None = None) -> date:
        """The last day of "due soon": N working days ahead."""
        return self.services.calendar.add_working_days(today or self.today(), DUE_SOON_WORKING_DAYS)

    # -- people -------------------------------------------------------------------
    def people(self) -> dict[int, m.Person]:
        if self._people is None:
            self._people = self.store.people_by_id()
        return self._people

    def person_name(self, pid: int | None) -> str:
        p = self.people().get(pid) if pid else None
        return p.short_name(self.name_lang) if p else ""

    def executor_name(self, ex: m.Executor | None) -> str:
        """A person, an organisation, or "Организация (А.Б. Фамилия)"."""
        return self.services.executor_name(ex, self.name_lang) if ex else ""

    def person_choices(self) -> tuple[list[tuple[str, int, str]], int]:
        """Everyone in the directory as (label, id, tool tip), by surname, for the
        person pickers, and the width (px) their popups need; kept until data changes."""
        lang = self.name_lang
        if self._choices is None or self._choices[0] != lang:
            from PySide6.QtGui import QFontMetrics
            from PySide6.QtWidgets import QApplication

            from .people import person_label

            people = sorted(
                self.people().values(), key=lambda p: (kazakh_key(p.surname), kazakh_key(p.name))
            )
            entries = [
                (person_label(p, lang), p.id, p.full_name(lang) + "\n" + p.position_in(lang))
                for p in people
            ]
            fm = QFontMetrics(QApplication.font())
            longest = sorted((e[0] for e in entries), key=len)[-20:]  # measure a few, not 2,000
            width = min(640, max((fm.horizontalAdvance(t) for t in longest), default=0) + 24)
            self._choices = (lang, entries, width)
        return self._choices[1], self._choices[2]

    def executor_choices(self) -> tuple[list[tuple[str, str, str]], int]:
        """People and organisations (groups too) as (label, Executor.ref, tool tip) for the
        executor field, in Kazakh alphabetical order. A label carries the name in the other
        language too when it differs, so typing any part of either finds it."""
        lang = self.name_lang
        other = "ru" if lang == "kk" else "kk"
        if self._executor_choices is None or self._executor_choices[0] != lang:
            from PySide6.QtCore import QCoreApplication
            from PySide6.QtGui import QFontMetrics
            from PySide6.QtWidgets import QApplication

            from .people import person_label

            entries: list[tuple[str, str, str]] = []
            for p in self.people().values():
                text = person_label(p, lang)
                if p.full_name(other) != p.full_name(lang):
                    text += f" · {p.short_name(other)}"
                tip = p.full_name(lang) + "\n" + p.position_in(lang)
                entries.append((text, m.Executor.person(p.id).ref, tip))
            group = QCoreApplication.translate("SessionEditor", "group")
            body = QCoreApplication.translate("SessionEditor", "organisation")
            for o in self.store.organisations():
                text = o.short(lang)
                if o.short(other) != text:
                    text += f" · {o.short(other)}"
                text += f" — {group if o.kind == m.OrgKind.GROUP else body}"
                entries.append((text, m.Executor.org(o.id).ref, o.full(lang)))
            entries.sort(key=lambda e: kazakh_key(e[0]))
            fm = QFontMetrics(QApplication.font())
            longest = sorted((e[0] for e in entries), key=len)[-20:]
            width = min(640, max((fm.horizontalAdvance(t) for t in longest), default=0) + 24)
            self._executor_choices = (lang, entries, width)
        return self._executor_choices[1], self._executor_choices[2]

    def _on_data_changed(self, _source: object) -> None:
        self._people = None
        self._choices = None
        self._executor_choices = None

    def notify_changed(self, source: object) -> None:
        self.data_changed.emit(source)
