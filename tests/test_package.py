"""The package namespace: public names resolve to the documented objects."""
import importlib
import inspect

import summarylab


def test_every_public_name_resolves():
    for name in summarylab.__all__:
        assert getattr(summarylab, name) is not None, name


def test_functions_named_like_their_modules_stay_functions_after_imports():
    # importing the modules (as the pipeline and the theme model do) must not hide the functions
    for mod in ("normalise", "clean", "segment", "analysis", "themes"):
        importlib.import_module(f"summarylab.{mod}")
    for name in ("normalise", "clean", "segment"):
        assert inspect.isfunction(getattr(summarylab, name)), name
    assert summarylab.normalise("兩個率先").text == "两个率先"
    assert summarylab.segment("坚持三个代表") == ["坚持", "三个代表"]
    from summarylab.normalise import available_backend   # the module is still importable
    assert available_backend() in ("python", "cpp")
