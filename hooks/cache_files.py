"""Write a file in `.cache/` so that a reader never sees it half-written.

A build and a preview (or two test processes) may share one checkout's
`.cache/`: the content goes to a temporary file in the same folder first and
then replaces the old file in one step (`os.replace`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write(path: Path, data: bytes) -> None:
    """Put `data` at `path` in one step, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
