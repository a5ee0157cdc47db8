"""Property tests of the package reader (checklist UP-8): whatever the entry names and sizes,
the checks either accept or refuse, and extraction writes nothing outside its folder."""

import io
import os
import warnings
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.h5p.extract import extract_content
from courses.h5p.problems import PackageRefused
from courses.h5p.validate import validate
from tests.h5p_packages import package_files

# Name pieces that have broken zip readers: traversal, absolute and drive paths, backslashes,
# NUL and control characters, dot-files, case and Unicode look-alikes, very long segments.
PIECES = st.sampled_from(
    ["..", ".", "", "/", "\\", "C:", "\x00", "\x1b", "content", "images", "a.png", "A.PNG"]
    + ["x.html", "x.js", "x.svg", "h5p.json", ".DS_Store", "__MACOSX", "é", "e\u0301", "a" * 120]
)
NAMES = st.lists(PIECES, min_size=1, max_size=6).map("/".join)
EXTRA = st.lists(st.tuples(NAMES, st.binary(max_size=64)), max_size=8)


def _package(extra: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    # Duplicate names are one of the cases under test; zipfile warns while writing them.
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore", UserWarning)
        for name, data in list(package_files().items()) + extra:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, data)
    return out.getvalue()


def _files_below(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(EXTRA)
def test_any_names_are_accepted_or_refused_and_nothing_lands_outside(tmp_path_factory, extra):
    work = tmp_path_factory.mktemp("prop")
    path = work / "package.h5p"
    path.write_bytes(_package(extra))
    before = _files_below(work)
    try:
        report = validate(path)
    except PackageRefused as refused:
        assert refused.problems, "a refusal always says why"
        return
    destination = work / "out"
    written = extract_content(path, report, destination)
    root = os.path.realpath(destination)
    for item in written:
        target = os.path.realpath(destination / item.name)
        assert os.path.commonpath([root, target]) == root
    outside = _files_below(work) - before
    assert all(name == str(destination) or name.startswith(f"{destination}/") for name in outside)
