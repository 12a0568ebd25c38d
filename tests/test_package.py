"""The package namespace: public names resolve to the documented objects."""
import importlib
import inspect
import types

import pytest

import summarylab


def test_every_public_name_resolves():
    for name in summarylab.__all__:
        assert getattr(summarylab, name) is not None, name


@pytest.mark.parametrize("function, module", [
    ("normalise", "normalisation"), ("clean", "cleaning"), ("segment", "segmentation"),
])
def test_pipeline_functions_stay_functions_after_their_modules_are_imported(function, module):
    # the modules are nouns, the functions verbs: importing a module never hides a function
    for mod in (module, "analysis", "themes"):
        importlib.import_module(f"summarylab.{mod}")
    assert inspect.isfunction(getattr(summarylab, function)), function
    assert getattr(summarylab, function) is getattr(importlib.import_module(f"summarylab.{module}"), function)
    assert inspect.ismodule(getattr(summarylab, module))


def test_public_functions_work_through_the_package():
    assert summarylab.normalise("兩個率先").text == "两个率先"
    assert summarylab.segment("坚持三个代表") == ["坚持", "三个代表"]
    assert summarylab.clean("一、主要做法\n上一篇：其他总结").text == "一、主要做法\n"


def test_a_module_imported_under_a_name_is_the_module():
    import summarylab.normalisation as m
    assert m.available_backend() in ("python", "cpp")
    import summarylab.segmentation as seg
    assert seg.Tokenizer is summarylab.Tokenizer
    import summarylab.cleaning as c
    assert c.load_patterns is not None


def test_the_package_is_a_plain_module():
    # no class swap: the package is an ordinary module object
    assert type(summarylab) is types.ModuleType


def test_old_module_names_are_gone():
    # summarylab.normalise/.clean/.segment name the functions; a module of the same name
    # would replace the function on import (see README, "Changes")
    # (looked up in the package's own folder only, without importing anything)
    from importlib.machinery import PathFinder
    for old, new in (("normalise", "normalisation"), ("clean", "cleaning"), ("segment", "segmentation")):
        assert PathFinder.find_spec(f"summarylab.{old}", summarylab.__path__) is None, old
        assert PathFinder.find_spec(f"summarylab.{new}", summarylab.__path__) is not None, new
