"""The demo curriculum's data modules, for tests."""

import importlib
import pkgutil

import courses.demo_curriculum as curriculum


def all_modules() -> list[dict]:
    names = sorted(m.name for m in pkgutil.iter_modules(curriculum.__path__))
    return [importlib.import_module(f"{curriculum.__name__}.{n}").MODULE for n in names]
