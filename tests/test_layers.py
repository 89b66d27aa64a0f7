"""The package's layers import downwards only: resolve < store < query < app < api, web < cli.

Read from the source with `ast`, so an import inside a function counts as well.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "summitry"

# package -> the packages above it, which it must not import
ABOVE = {
    "clean": ("extract", "resolve", "store", "query", "app", "api", "web", "cli"),
    "extract": ("resolve", "store", "query", "app", "api", "web", "cli"),
    "resolve": ("store", "query", "app", "api", "web", "cli"),
    "store": ("query", "app", "api", "web", "cli"),
    "query": ("app", "api", "web", "cli"),
    "app": ("api", "web", "cli"),
    "web": ("api", "cli"),
    "api": ("cli",),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The summitry modules a file imports, at the top or inside functions; for
    `from package import submodule` the submodule, not the package."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("summitry"):
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                found.add(name if name in modules else node.module or "")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("summitry"))
    return found & modules


@functools.cache
def graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {m: imports_of(p, set(files)) - {m} for m, p in files.items()}


def in_package(module: str, package: str) -> bool:
    return module == f"summitry.{package}" or module.startswith(f"summitry.{package}.")


@pytest.mark.parametrize("package", sorted(ABOVE))
def test_a_layer_imports_nothing_above_it(package: str) -> None:
    wrong = sorted(
        (module, target)
        for module, targets in graph().items()
        if in_package(module, package)
        for target in targets
        if any(in_package(target, above) for above in ABOVE[package])
    )
    assert wrong == []


def test_no_import_cycles() -> None:
    edges = graph()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            module = todo.pop()
            for target in edges[module]:
                if target == goal:
                    return True
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return False

    cycles = sorted(m for m in edges if reaches(m, m))
    assert cycles == []
