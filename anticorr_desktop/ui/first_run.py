"""The first start on an empty database: load the demo, set up the
commission, or start empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..domain import model as m
from ..errors import UserError
from .kit.common import show_user_error
from .kit.context import AppContext
from .kit.dialogs import ActionDialog, DialogKeeper


def load_demo_into(ctx: AppContext) -> None:
    ctx.services.load_demo()  # all of the demo, or nothing


class SetupCommissionDialog(ActionDialog):
    """Commission name (ru/kk), city, chair and secretary: the least to start."""

    FIELDS = (
        "name_ru",
        "name_kk",
        "city",
        "chair_surname",
        "chair_name",
        "chair_patronymic",
        "chair_position",
        "secretary_surname",
        "secretary_name",
        "secretary_patronymic",
        "secretary_position",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.setMinimumWidth(620)
        self.edits: dict[str, QLineEdit] = {}
        for key in self.FIELDS:
            e = QLineEdit(self)
            e.setObjectName(key)
            self.edits[key] = e
            self.add_row(e)
        self.set_action(lambda d: d.create())  # no closure over self: no reference cycle
        self.retranslateUi()

    def value(self, key: str) -> str:
        return self.edits[key].text()

    def create(self) -> int:
        """People without an organisation, the commission, and the two memberships."""
        v = self.value
        com = self.ctx.services.set_up_commission(
            v("name_ru"),
            v("name_kk"),
            v("city").strip(),
            m.Person(
                v("chair_surname"),
                v("chair_name"),
                v("chair_patronymic"),
                position=v("chair_position"),
            ),
            m.Person(
                v("secretary_surname"),
                v("secretary_name"),
                v("secretary_patronymic"),
                position=v("secretary_position"),
            ),
        )
        return com.id

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Set up the commission"))
        self.subject.setText(
            QCoreApplication.translate(
                "FirstRun",
                "The chair and the secretary are enough to start; add the members "
                "in the directory later.",
            )
        )
        labels = {
            "name_ru": QCoreApplication.translate("FirstRun", "Commission name (Russian):"),
            "name_kk": QCoreApplication.translate("FirstRun", "Commission name (Kazakh):"),
            "city": QCoreApplication.translate("FirstRun", "City:"),
            "chair_surname": QCoreApplication.translate("FirstRun", "Chair, surname:"),
            "chair_name": QCoreApplication.translate("FirstRun", "Chair, first name:"),
            "chair_patronymic": QCoreApplication.translate("FirstRun", "Chair, patronymic:"),
            "chair_position": QCoreApplication.translate("FirstRun", "Chair, position:"),
            "secretary_surname": QCoreApplication.translate("FirstRun", "Secretary, surname:"),
            "secretary_name": QCoreApplication.translate("FirstRun", "Secretary, first name:"),
            "secretary_patronymic": QCoreApplication.translate(
                "FirstRun", "Secretary, patronymic:"
            ),
            "secretary_position": QCoreApplication.translate("FirstRun", "Secretary, position:"),
        }
        for key, e in self.edits.items():
            self._row_label(e).setText(labels[key])
        self.edits["name_ru"].setPlaceholderText(
            QCoreApplication.translate(
                "FirstRun",
                "e.g. Комиссия по вопросам противодействия коррупции при акимате города …",
            )
        )
        self.edits["city"].setPlaceholderText(
            QCoreApplication.translate("FirstRun", "e.g. г. Алматы")
        )


class FirstRunDialog(QDialog):
    DEMO, SETUP, EMPTY = "demo", "setup", "empty"
    # what the window opens after the commission is set up
    NEXT_DIRECTORY, NEXT_SESSION = "directory", "session"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.next_step: str | None = None
        self._dialogs = DialogKeeper()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_button = QPushButton(self)
        self.setup_button = QPushButton(self)
        self.empty_button = QPushButton(self)
        self.demo_button.clicked.connect(self._on_demo_clicked)
        self.setup_button.clicked.connect(self._on_setup_clicked)
        self.empty_button.clicked.connect(self._on_empty_clicked)
        # once the commission is set up: what to do next
        self.next_intro = QLabel(self)
        self.next_intro.setWordWrap(True)
        self.directory_button = QPushButton(self)
        self.session_button = QPushButton(self)
        self.later_button = QPushButton(self)
        self.directory_button.clicked.connect(lambda: self._on_next(self.NEXT_DIRECTORY))
        self.session_button.clicked.connect(lambda: self._on_next(self.NEXT_SESSION))
        self.later_button.clicked.connect(lambda: self._on_next(None))
        self.next_buttons = (self.directory_button, self.session_button, self.later_button)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        for b in (self.demo_button, self.setup_button, self.empty_button):
            b.setMinimumHeight(40)
            box.addWidget(b)
        box.addWidget(self.next_intro)
        for b in self.next_buttons:
            b.setMinimumHeight(40)
            box.addWidget(b)
            b.hide()
        self.next_intro.hide()
        self.setMinimumWidth(520)
        self.retranslateUi()

    def _on_demo_clicked(self) -> None:
        try:
            load_demo_into(self.ctx)
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return
        self._finish(self.DEMO)

    def _on_setup_clicked(self) -> None:
        dlg = SetupCommissionDialog(self.ctx, self)
        dlg.accepted.connect(self._on_setup_accepted)
        self._dialogs.open(dlg)

    @property
    def setup_dialog(self) -> SetupCommissionDialog | None:
        return self._dialogs.current

    def _on_setup_accepted(self) -> None:
        """The commission exists: say what comes next (the members, then the first
        session) instead of leaving the secretary before an empty window."""
        self.choice = self.SETUP
        self.ctx.notify_changed(self)
        for b in (self.intro, self.demo_button, self.setup_button, self.empty_button):
            b.hide()
        self.next_intro.show()
        for b in self.next_buttons:
            b.show()
        self.directory_button.setDefault(True)
        self.directory_button.setFocus()
        # the dialog takes the height of its new content (the explanation wraps)
        self.layout().activate()
        self.setMinimumHeight(self.layout().totalHeightForWidth(self.width()))
        self.adjustSize()

    def _on_next(self, step: str | None) -> None:
        self.next_step = step
        self.accept()

    def _on_empty_clicked(self) -> None:
        self._finish(self.EMPTY)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice != self.EMPTY:
            self.ctx.notify_changed(self)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to AntiCorr Desktop"))
        self.intro.setText(
            QCoreApplication.translate(
                "FirstRun", "The database is empty. How would you like to start?"
            )
        )
        self.demo_button.setText(
            QCoreApplication.translate(
                "FirstRun", "Load the demo (the Almaty commission, sessions of 2024)"
            )
        )
        self.setup_button.setText(QCoreApplication.translate("FirstRun", "Set up the commission…"))
        self.empty_button.setText(QCoreApplication.translate("FirstRun", "Start empty"))
        self.next_intro.setText(
            QCoreApplication.translate(
                "FirstRun",
                "The commission is set up. Next, add its members (and the executors) to the "
                "directory; then create the first session: its attendance, agenda, decisions "
                "and instructions. F1 opens the user guide at any time.",
            )
        )
        self.directory_button.setText(
            QCoreApplication.translate("FirstRun", "1. Add the members in the directory")
        )
        self.session_button.setText(
            QCoreApplication.translate("FirstRun", "2. Create the first session")
        )
        self.later_button.setText(QCoreApplication.translate("FirstRun", "Later"))
