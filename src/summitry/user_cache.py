"""Built data kept between runs in the user's cache folder, so that a process does not pay
again for what an earlier one built from the same files (the knowledge base's automaton, the
parsed YAML, the language model).

Each entry is a pickle named by what it holds and a hash of everything it was built from (the
bytes of its source files, the code that builds it, the versions it depends on), written
whole or not at all; a new entry replaces the one of the same name built from other sources.
The folder is $SUMMITRY_CACHE_DIR, else $XDG_CACHE_HOME/summitry, else ~/.cache/summitry;
setting SUMMITRY_CACHE_DIR to "off" turns the cache off. A folder that cannot be written, or
an entry that cannot be read, costs only the build: nothing is reported and nothing fails.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

__all__ = [
    "cache_dir",
    "cached",
    "collections_spaced",
    "collector_paused",
    "digest",
    "file_stamp",
]

T = TypeVar("T")
OFF = "off"


def cache_dir() -> Path | None:
    """The folder entries go in, or None when the cache is off."""
    chosen = os.environ.get("SUMMITRY_CACHE_DIR", "").strip()
    if chosen:
        return None if chosen.lower() == OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summitry"


def digest(parts: Iterable[bytes | str]) -> str:
    """A short hash of the parts, with Python's version and pickle protocol among them."""
    h = hashlib.sha256(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:24]


def file_stamp(path: Path) -> str:
    """Which build of a file this is, told without reading it: its name, size and time of
    change; "" when there is no such file or it is not a regular file (a folder). A file
    without read permission still has its stamp: only its metadata is read."""
    try:
        st = path.stat()
    except OSError:
        return ""
    if not stat.S_ISREG(st.st_mode):
        return ""
    return f"{path.name} {st.st_size} {st.st_mtime_ns}"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """What `build()` returns, read from the entry NAME-KEY if there is one, else built and
    written there for the next process."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as f:
            return _unpickled(f)
    except Exception:  # noqa: BLE001 - absent, cut short or from another version: build it
        pass
    value = build()
    _write(path, value)
    return value


def _unpickled(f: BinaryIO) -> Any:
    """pickle.load with the cyclic garbage collector paused: an entry (the knowledge base)
    holds tens of thousands of objects, and each few hundred made would start a collection
    that finds nothing to free (17 of the 71 ms the knowledge base took to load)."""
    with collector_paused():
        return pickle.load(f)  # noqa: S301 - the user's own cache folder


@contextlib.contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """The cyclic garbage collector off for the block, then as it was; with freeze, what
    exists at the end is left out of every later collection (gc.freeze): data made once
    that lives as long as the process."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def collections_spaced(young: int) -> Iterator[None]:
    """`young` allocations between young collections for the block (in processes forked in
    it too), then the thresholds as they were; as a decorator, for each call."""
    before = gc.get_threshold()
    gc.set_threshold(young, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _write(path: Path, value: object) -> None:
    """Write the pickle to a temporary file beside the entry and move it into place, so a
    reader sees the whole entry or none; any failure leaves the cache as it was."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        tmp = None
        _drop_older(path)
    except Exception:  # noqa: BLE001 - read-only home, full disk, an unpicklable value
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _drop_older(path: Path) -> None:
    """Remove the entries of the same name built from other sources (an older version), so
    the folder holds one entry per name."""
    name = path.name.rsplit("-", 1)[0]
    for other in path.parent.glob(f"{name}-*.pickle"):
        if other != path and other.name.rsplit("-", 1)[0] == name:
            with contextlib.suppress(OSError):
                other.unlink()
