"""Run the app with uvicorn on a free loopback port, in a thread, for tests over real HTTP."""

from __future__ import annotations

import atexit
import csv
import functools
import io
import json
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from summitry.api import create_app
from summitry.ingest import ingest
from summitry.store import Store, open_store
from tests.conftest import EXAMPLES, dev_pages

PAGES = 17  # 5 dev pages + 12 examples


@functools.cache
def _seeded_file() -> Path:
    """The pages ingested once per test process, into a file the stores are copied from."""
    folder = Path(tempfile.mkdtemp(prefix="summitry-seeded-"))
    atexit.register(shutil.rmtree, folder, True)
    with open_store(folder / "seeded.db") as store:
        report = ingest([*dev_pages(), EXAMPLES], store)
    assert not report.failed and report.new == PAGES, report.summary()
    return folder / "seeded.db"


def seeded_store(folder: Path) -> Store:
    """A store of its own holding the five dev pages and the example pages."""
    target = folder / "served.db"
    shutil.copyfile(_seeded_file(), target)
    return open_store(target)


@contextmanager
def running(store: Store, **options: Any) -> Iterator[str]:
    """The app over `store` served on 127.0.0.1:<free port>; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(store, **options), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def csv_rows(response: Any) -> list[dict[str, str]]:
    """A CSV download's rows, checked to be one."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def ndjson_rows(response: Any) -> list[dict]:
    """An NDJSON download's objects, checked to be one."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.text.splitlines()]
