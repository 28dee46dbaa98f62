"""Writing a document's file: whole or not at all (shared by the PDF and Word renderers)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def write_file_atomic(
    path: str | os.PathLike[str], build_fn: Callable[[IO[bytes]], object]
) -> Path:
    """Call ``build_fn(binary_file)`` on a temporary file beside ``path``, then
    move it into place.

    If ``build_fn`` raises, the temporary file is removed and ``path`` is left
    as it was (absent, or the previous document).
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            # mkstemp makes the file private (0600); a document keeps the mode
            # of the one it replaces, or gets the usual 0644.
            try:
                mode = target.stat().st_mode & 0o777
            except OSError:
                mode = 0o644
            os.chmod(tmp, mode)
            build_fn(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    return target
