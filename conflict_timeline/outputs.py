"""Writing outputs without losing what is already there.

:func:`atomic_writer` writes to a temporary file beside the target and moves it
into place only when the writing succeeded, so a failure half-way, a full disk
or Ctrl-C leaves the old file as it was (and no temporary file behind).
:func:`encodable` makes any ``str`` writable as UTF-8: a lone surrogate (a
truncated emoji, a ``"\\ud800"`` escape in a JSON record) becomes U+FFFD.
:func:`write_output` is what ``Timeline.to_csv(path_or_buf)`` and its siblings
do with their first argument, as pandas does: a path is written atomically, an
open file is written to.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TypeAlias

from .errors import InvalidInput, UnencodableTextWarning

__all__ = ["atomic_writer", "encodable", "write_output", "PathOrBuffer", "REPLACEMENT"]

#: Where an export may be written: a path (``str`` or ``os.PathLike``) or an open file, text or binary.
PathOrBuffer: TypeAlias = str | os.PathLike[str] | IO[str] | IO[bytes]

#: What a character that cannot be encoded is written as.
REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many there were.

    A Python ``str`` may hold surrogates that no encoding can write; valid text
    never does (a pair of surrogates is not a character in a ``str``), so
    nothing else changes.
    """
    if text.isascii():
        return text, 0
    return _SURROGATE.subn(REPLACEMENT, text)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Open ``path`` for writing text so that it is replaced only when the ``with`` block succeeds.

    The text goes to a hidden temporary file in the same folder (so the final
    rename stays on one file system and is atomic); on success it is flushed,
    given the permissions a new file would get (or the old file's, when one is
    replaced) and renamed over ``path``. Any exception, ``KeyboardInterrupt``
    included, removes the temporary file and leaves ``path`` untouched.
    A symbolic link at ``path`` is followed: the file it points to is replaced.
    """
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with open(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:  # a new file: what open() would have made under the current umask
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_output(text: str, path_or_buf: PathOrBuffer, *, what: str = "the timeline") -> None:
    """Write ``text`` to a path (atomically, UTF-8) or to an open file, as pandas' ``to_csv`` does.

    A path goes through :func:`atomic_writer`: the file is replaced only once all of it is
    written. An open text file gets the text; an open binary file its UTF-8 bytes. A lone
    surrogate (which no encoding can write) is written as U+FFFD, with an
    :class:`~conflict_timeline.errors.UnencodableTextWarning` naming ``what``. Anything else
    raises :class:`~conflict_timeline.errors.InvalidInput`.
    """
    clean, replaced = encodable(text)
    if replaced:
        warnings.warn(
            f"{what}: {replaced} character(s) that cannot be encoded (lone surrogates) written as U+FFFD",
            UnencodableTextWarning,
            stacklevel=3,
        )
    if isinstance(path_or_buf, (str, os.PathLike)):
        with atomic_writer(path_or_buf) as handle:
            handle.write(clean)
        return
    write = getattr(path_or_buf, "write", None)
    if not callable(write):
        raise InvalidInput(f"expected a path or an open file, not {type(path_or_buf).__name__}")
    if isinstance(path_or_buf, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(getattr(path_or_buf, "mode", "")):
        write(clean.encode("utf-8"))
    else:
        write(clean)
