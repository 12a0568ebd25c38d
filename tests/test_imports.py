"""The package's modules import one another without cycles, lazy imports included."""
import ast
from pathlib import Path

import pytest

import summarylab

ROOT = Path(summarylab.__file__).parent
MODULES = {p.stem for p in ROOT.glob("*.py")}


def _forwarders(tree: ast.Module) -> set[int]:
    """ids of the nodes inside a module-level ``__getattr__``: it forwards names that moved
    to another module (summarylab.slogans.slogan_matrix -> summarylab.comparison), which
    is no dependency of the module itself."""
    return {id(sub) for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "__getattr__"
            for sub in ast.walk(node)}


def imports(path: Path) -> set[str]:
    """The package modules ``path`` imports: at module level, in functions, under TYPE_CHECKING."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip, out = _forwarders(tree), set()
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            names = [node.module] if node.module else [a.name for a in node.names]
        elif node.module and node.module.split(".")[0] == "summarylab":
            names = [node.module.split(".")[1]] if "." in node.module else [a.name for a in node.names]
        else:
            continue
        out |= {n.split(".")[0] for n in names} & MODULES
    return out - {path.stem}


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
    graph = {p.stem: imports(p) for p in ROOT.glob("*.py") if p.stem != "__init__"}
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
