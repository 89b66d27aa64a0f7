"""The app's shutdown ends the upload extraction process: a forked worker inherits the
server's signal handlers and would otherwise outlive it, holding its output open."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from summitry.api import create_app
from summitry.store import open_store

TOKEN = "test-token-3d1a"
PAGE = "Minister Kim attended the 3rd APEC Ministerial Meeting in Lima on 1 May 2024.\n"


def test_the_upload_extraction_process_ends_with_the_server(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        app = create_app(store, token=TOKEN)
        with TestClient(app, base_url="http://127.0.0.1") as client:  # startup and shutdown
            files = {"files": ("new.txt", PAGE.encode(), "text/plain")}
            auth = {"Authorization": f"Bearer {TOKEN}"}
            answer = client.post("/api/documents", files=files, headers=auth)
            assert answer.status_code == 201, answer.text
            (worker,) = app.state.extract_upload._pool._processes.values()
            assert worker.is_alive()
        worker.join(timeout=10)
        assert not worker.is_alive() and app.state.extract_upload._pool is None
