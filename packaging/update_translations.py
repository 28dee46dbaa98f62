"""Collect every user-facing string into the Qt Linguist catalogues and build the .qm files.

    python packaging/update_translations.py          # update .ts (keeps translations), build .qm
    python packaging/update_translations.py --check  # exit 1 when a ru or kk translation is missing

pyside6-lupdate only sees QCoreApplication.translate / QT_TRANSLATE_NOOP calls;
the Qt-free core also raises UserError subclasses with an English source text
(context "Errors"), and the CLI uses _t() (context "CLI"). This script reads
the Python sources with ``ast`` and collects all of them, so one catalogue
serves the window (via .qm) and the command line (via the .ts XML).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "anticorr_desktop"
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("ru", "kk")
ERROR_CLASSES = {
    "UserError",
    "ValidationError",
    "NotFound",
    "StorageError",
    "DamagedDatabase",
    "ForeignFile",
    "ImportError_",
    "DueParseError",
    "ExportError",
    "ExportCancelled",
}
TRANSLATE_FUNCS = {"QT_TRANSLATE_NOOP", "N_", "translate"}


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    return None


def translate_aliases(tree: ast.AST) -> tuple[set[str], dict[str, str]]:
    """Other names a module builds user text through: ``tr = QCoreApplication.translate``
    (a name taking a context and a text), and ``def tr(text): return
    QCoreApplication.translate("Startup", text)`` (a name with its context fixed)."""
    aliases: set[str] = set()
    fixed: dict[str, str] = {}

    def is_translate(node: ast.AST) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "translate") or (
            isinstance(node, ast.Name) and node.id == "translate"
        )

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and is_translate(node.value):
            aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.FunctionDef) and node.args.args:
            first = node.args.args[0].arg
            if first == "self" and len(node.args.args) > 1:
                first = node.args.args[1].arg
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and is_translate(inner.func)
                    and len(inner.args) >= 2
                    and _literal(inner.args[0])
                    and isinstance(inner.args[1], ast.Name)
                    and inner.args[1].id == first
                ):
                    fixed[node.name] = _literal(inner.args[0])
                    break
    return aliases - TRANSLATE_FUNCS, fixed


def collect() -> dict[tuple[str, str], str]:
    """(context, source) -> "file:line" of its first use."""
    found: dict[tuple[str, str], str] = {}

    def add(ctx: str, text: str | None, where: str) -> None:
        if text and text.strip():
            found.setdefault((ctx, text), where)

    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text("utf-8"), rel)
        aliases, fixed = translate_aliases(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            f = node.func
            name = (
                f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            )
            where = f"{rel}:{node.lineno}"
            if (name in TRANSLATE_FUNCS or name in aliases) and len(node.args) >= 2:
                ctx = _literal(node.args[0])
                if ctx:
                    add(ctx, _literal(node.args[1]), where)
            elif isinstance(f, ast.Name) and name in fixed and name not in ("_t", "label"):
                add(fixed[name], _literal(node.args[0]), where)
            elif name in ERROR_CLASSES or name == "fail":
                add("Errors", _literal(node.args[0]), where)
            elif name == "_t" and rel.endswith("cli.py"):
                add("CLI", _literal(node.args[0]), where)
            elif name == "t" and isinstance(f, ast.Attribute) and "/services/" in rel:
                add("Labels", _literal(node.args[0]), where)
    return found


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute)."""
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source") or "")] = (
                (tr.text or "") if tr is not None else "",
                tr.get("type") if tr is not None else "unfinished",
            )
    return out


def write_ts(
    path: Path,
    lang: str,
    strings: dict[tuple[str, str], str],
    old: dict[tuple[str, str], tuple[str, str | None]],
) -> None:
    root = ET.Element("TS", version="2.1", language={"ru": "ru_RU", "kk": "kk_KZ"}[lang])
    by_ctx: dict[str, list[tuple[str, str]]] = {}
    for (ctx, src), where in sorted(strings.items()):
        by_ctx.setdefault(ctx, []).append((src, where))
    for ctx, items in by_ctx.items():
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for src, where in items:
            msg = ET.SubElement(c, "message")
            file_, line = where.rsplit(":", 1)
            ET.SubElement(msg, "location", filename=f"../../{file_}", line=line)
            ET.SubElement(msg, "source").text = src
            text, kind = old.get((ctx, src), ("", "unfinished"))
            tr = ET.SubElement(msg, "translation")
            tr.text = text
            if not text or kind == "unfinished":
                tr.set("type", "unfinished")
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        "utf-8",
    )


def missing(lang: str, strings) -> list[tuple[str, str]]:
    old = read_ts(TS_DIR / f"anticorr_{lang}.ts")
    return [k for k in strings if not old.get(k, ("", None))[0] or old[k][1] == "unfinished"]


def _read_fill(paths: list[Path]) -> dict[tuple[str, str], dict[str, str]]:
    import json

    out: dict[tuple[str, str], dict[str, str]] = {}
    for path in paths:
        for item in json.loads(path.read_text("utf-8")):
            out[(item["context"], item["source"])] = {lang: item.get(lang, "") for lang in LANGS}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument(
        "--fill",
        type=Path,
        action="append",
        default=[],
        help="a JSON list of {context, source, ru, kk} to enter into the catalogues "
        "(translations written beside a change, merged without conflicts in the .ts files)",
    )
    args = ap.parse_args(argv)
    strings = collect()
    filled = _read_fill(args.fill)
    if args.check:
        bad = {lang: missing(lang, strings) for lang in LANGS}
        for lang, items in bad.items():
            for ctx, src in items[:20]:
                print(f"{lang}: untranslated [{ctx}] {src!r}")
        return 1 if any(bad.values()) else 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        path = TS_DIR / f"anticorr_{lang}.ts"
        old = read_ts(path)
        for (ctx, src), texts in filled.items():
            if texts.get(lang):
                old[(ctx, src)] = (texts[lang], None)
        write_ts(path, lang, strings, old)
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).parent / "pyside6-lrelease"
        )
        if Path(lrelease).exists():
            subprocess.run(
                [lrelease, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
            )
    print(
        f"{len(strings)} strings; untranslated: "
        + ", ".join(f"{lang} {len(missing(lang, strings))}" for lang in LANGS)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
