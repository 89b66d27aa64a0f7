"""The write endpoints: upload pages to ingest, and corrections; all behind the bearer token."""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, HTTPException, Path, Request, UploadFile
from starlette.concurrency import run_in_threadpool

from summitry.api.models import ERROR_RESPONSES, CorrectionIn, CorrectionOut, ErrorBody, UploadOut
from summitry.api.security import require_token
from summitry.app import writes
from summitry.errors import PageOverBudget
from summitry.store.correct_record import CorrectionError

__all__ = ["MAX_FILES", "label_of", "router"]

MAX_FILES = 20
_LABEL_CHARS = 120
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorBody, "description": "Missing or wrong bearer token"},
    403: {"model": ErrorBody, "description": "Server is read-only (no token set)"},
    411: {"model": ErrorBody, "description": "No Content-Length"},
    413: {"model": ErrorBody, "description": "Upload too large"},
    422: {"model": ErrorBody, "description": "A page took longer than the page budget"},
}

router = APIRouter(prefix="/api", responses=_WRITE_ERRORS, dependencies=[Depends(require_token)])


def label_of(filename: str | None) -> str:
    """The upload's base name as a printable label; it is never opened as a path."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in name).strip()
    return cleaned[:_LABEL_CHARS] or "upload"


async def _read_all(request: Request, files: list[UploadFile]) -> list[tuple[str, bytes]]:
    """Every file's bytes, refusing the whole request if one is over the page limit."""
    limit = request.app.state.max_upload_bytes
    read = []
    for upload in files:
        content = await upload.read(limit + 1)
        if len(content) > limit:
            name = label_of(upload.filename)
            raise HTTPException(413, f"{name}: larger than the {limit}-byte page limit")
        read.append((label_of(upload.filename), content))
    return read


@router.post("/documents", response_model=UploadOut, status_code=201)
async def upload_documents(
    request: Request,
    files: Annotated[list[UploadFile], File(description="Pages (HTML or text) to ingest.")],
) -> dict[str, Any]:
    """Ingest uploaded pages like `summitry ingest`; each one is reported on its own."""
    if len(files) > MAX_FILES:
        raise HTTPException(413, f"at most {MAX_FILES} files per upload")
    store = request.app.state.store
    extract = request.app.state.extract_upload
    items = []
    for name, content in await _read_all(request, files):
        try:
            items.append(
                await run_in_threadpool(writes.ingest_upload, store, name, content, extract)
            )
        except PageOverBudget as exc:
            raise HTTPException(422, _over_budget(str(exc), items)) from None
    return {"items": items}


def _over_budget(why: str, stored: list[dict[str, Any]]) -> str:
    """The reason, and which pages of the same upload before it were stored."""
    done = [item["name"] for item in stored if item.get("id")]
    return why + (f"; stored before it: {', '.join(done)}" if done else "")


@router.post("/corrections", response_model=CorrectionOut, status_code=201)
def add_correction(request: Request, correction: CorrectionIn) -> dict[str, Any]:
    """Store a correction, kept apart from extractions; a document's is applied at once."""
    try:
        return writes.add_correction(request.app.state.store, correction.model_dump())
    except CorrectionError as exc:
        raise HTTPException(_correction_status(exc), str(exc)) from None


@router.delete("/corrections/{correction_id}", response_model=CorrectionOut)
def remove_correction(
    request: Request,
    correction_id: Annotated[
        int,
        Path(
            ge=1, le=2**62, description="The correction's id (GET /api/corrections).", examples=[1]
        ),
    ],
) -> dict[str, Any]:
    """Remove a correction; what it changed goes back to the extracted value."""
    try:
        return writes.remove_correction(request.app.state.store, correction_id)
    except CorrectionError as exc:
        raise HTTPException(_correction_status(exc), str(exc)) from None


def _correction_status(exc: CorrectionError) -> int:
    """404 for a document or correction that is not there, 422 for one given wrong."""
    return 404 if re.search(r"no such document|^no correction", str(exc)) else 422
