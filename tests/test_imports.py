"""The package's modules import one another without cycles, lazy imports included."""
import ast
from pathlib import Path

import pytest

import summarylab

ROOT = Path(summarylab.__file__).parent
PACKAGES = {p.parent.name for p in ROOT.glob("*/__init__.py")}   # summarylab.indicators
MODULES = {p.stem for p in ROOT.glob("*.py")} | PACKAGES | {
    f"{p.parent.name}.{p.stem}" for p in ROOT.glob("*/*.py") if p.stem != "__init__"}


def module_name(path: Path) -> str:
    """indicators/lexicon.py -> indicators.lexicon, indicators/__init__.py -> indicators,
    analysis.py -> analysis."""
    if path.parent == ROOT:
        return path.stem
    return path.parent.name if path.stem == "__init__" else f"{path.parent.name}.{path.stem}"


def _forwarders(tree: ast.Module) -> set[int]:
    """ids of the nodes inside a module-level ``__getattr__``: it forwards names that moved
    to another module (summarylab.slogans.slogan_matrix -> summarylab.comparison), which
    is no dependency of the module itself."""
    return {id(sub) for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "__getattr__"
            for sub in ast.walk(node)}


def imports(path: Path) -> set[str]:
    """The package modules ``path`` imports: at module level, in functions, under TYPE_CHECKING
    (in a subpackage, ``.x`` is a sibling and ``..x`` a module of summarylab)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = module_name(path)
    sub = path.parent.name if path.parent != ROOT else None
    skip, out = _forwarders(tree), set()
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, ast.ImportFrom):
            continue
        top = node.level == 2 if sub else node.level == 1
        if sub and node.level == 1:
            names = [f"{sub}.{node.module}"] if node.module else [f"{sub}.{a.name}" for a in node.names]
        elif top:
            names = [node.module] if node.module else [a.name for a in node.names]
        elif node.level == 0 and node.module and node.module.split(".")[0] == "summarylab":
            names = [node.module.split(".", 1)[1]] if "." in node.module else [a.name for a in node.names]
        else:
            continue
        out |= {_known(n) for n in names} - {None}
    return out - {name}


def _known(dotted: str) -> str | None:
    """The longest known module that ``dotted`` names or lies in (indicators.lexicon._x -> indicators.lexicon)."""
    parts = dotted.split(".")
    for k in range(len(parts), 0, -1):
        if ".".join(parts[:k]) in MODULES:
            return ".".join(parts[:k])
    return None


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` (a path that comes back to its start), or None."""
    state: dict[str, int] = {}   # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt, path + [nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_no_import_cycles_between_modules():
    files = [p for p in [*ROOT.glob("*.py"), *ROOT.glob("*/*.py")] if p.parent != ROOT or p.stem != "__init__"]
    graph = {module_name(p): imports(p) for p in files}
    assert graph["indicators.scanner"] >= {"indicators.lexicon", "indicators.values", "indicators.subject", "panel"}
    assert "indicators" in graph["analysis"]
    assert _cycle(graph) is None


@pytest.mark.parametrize("graph, cycle", [
    ({"analysis": {"display"}, "display": {"analysis"}}, ["analysis", "display", "analysis"]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": set()}, None),
])
def test_the_cycle_finder_finds_cycles(graph, cycle):
    assert _cycle(graph) == cycle


def test_moved_names_are_still_importable_from_their_old_module():
    from summarylab import comparison
    from summarylab.slogans import shared_formulations, slogan_matrix

    assert slogan_matrix is comparison.slogan_matrix is summarylab.slogan_matrix
    assert shared_formulations is comparison.shared_formulations is summarylab.shared_formulations
