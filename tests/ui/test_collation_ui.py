"""Issue #14 (should-fix): the window's person pickers follow the Kazakh alphabet."""

from anticorr_desktop.domain.collation import sort_names


def test_the_person_pickers_follow_the_kazakh_alphabet(ctx):
    entries, _width = ctx.person_choices()
    surnames = [ctx.people()[pid].surname for _label, pid, _tip in entries]
    assert any(s.startswith(("Қ", "Ә", "Ө", "Ұ", "Ү", "І")) for s in surnames)
    assert surnames == sort_names(surnames)
    assert surnames[-1][0] not in "ҚӘӨҰҮІҢҒҺ", surnames  # not after Я


def test_the_settings_pickers_follow_the_kazakh_alphabet(ctx, qtbot):
    from PySide6.QtWidgets import QComboBox

    from anticorr_desktop.ui.settings.settings_commission import fill_people

    combo = QComboBox()
    combo.setEditable(True)
    qtbot.addWidget(combo)
    fill_people(combo, ctx, "—", None)
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == sort_names(names)
    assert names[-1][0] not in "ҚӘӨҰҮІҢҒҺ", names
