"""Issue #14, item 8: no user-visible text escapes the catalogues because it is built
through another name for translate (``tr = QCoreApplication.translate``, a ``def tr(text)``
wrapping it with a fixed context, ``partial(translate, "Ctx")``). Every module's AST is
walked independently of the extractor, and each such call's text must have a finished
Russian and Kazakh translation."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "anticorr_desktop"
DIRECT = {"translate", "QT_TRANSLATE_NOOP", "N_"}


def _str(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _is_translate(node) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate") or (
        isinstance(node, ast.Name) and node.id == "translate"
    )


def indirect_calls(tree: ast.AST) -> list[tuple[str | None, str, int]]:
    """(context or None when the call passes it, text, line) of each literal text built
    through another name for translate."""
    two_arg: set[str] = set()  # name(context, text)
    fixed: dict[str, str] = {}  # name(text) with a fixed context
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            v = node.value
            if _is_translate(v):
                two_arg.update(names)
            elif (
                isinstance(v, ast.Call)
                and getattr(v.func, "id", getattr(v.func, "attr", "")) == "partial"
                and v.args
                and _is_translate(v.args[0])
                and len(v.args) >= 2
                and _str(v.args[1])
            ):
                fixed.update({n: _str(v.args[1]) for n in names})
            elif isinstance(v, ast.Lambda):
                for inner in ast.walk(v.body):
                    if (
                        isinstance(inner, ast.Call)
                        and _is_translate(inner.func)
                        and inner.args
                        and _str(inner.args[0])
                    ):
                        fixed.update({n: _str(inner.args[0]) for n in names})
        elif isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and _is_translate(inner.func)
                    and len(inner.args) >= 2
                    and _str(inner.args[0])
                    and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id in {a.arg for a in node.args.args}
                ):
                    fixed[node.name] = _str(inner.args[0])
    two_arg -= DIRECT
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        if name in two_arg and len(node.args) >= 2 and _str(node.args[1]):
            found.append((_str(node.args[0]), _str(node.args[1]), node.lineno))
        elif name in fixed and node.args and _str(node.args[0]):
            found.append((fixed[name], _str(node.args[0]), node.lineno))
    return found


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    out = {}
    ts = ROOT / "resources" / "translations" / f"anticorr_{lang}.ts"
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.text and tr.get("type") != "unfinished"
            out[(name, msg.findtext("source") or "")] = tr.text if done else ""
    return out


def _all_indirect():
    for path in sorted(PKG.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for ctx, text, line in indirect_calls(tree):
            yield f"{path.relative_to(ROOT)}:{line}", ctx, text


def test_the_walker_sees_the_aliases():
    where = {w.split(":")[0] for w, _c, _t in _all_indirect()}
    assert "anticorr_desktop/ui/about.py" in where  # tr = QCoreApplication.translate
    assert "anticorr_desktop/ui/startup.py" in where  # def tr(text): ...translate("Startup", text)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_text_built_through_other_names_is_translated(lang):
    catalogue = _catalogue(lang)
    missing = [
        (where, ctx, text)
        for where, ctx, text in _all_indirect()
        if ctx is not None and not catalogue.get((ctx, text))
    ]
    assert not missing, f"not in the {lang} catalogue: {missing[:8]}"
