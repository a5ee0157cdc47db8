"""Decide whether an .h5p package may be used, and describe it for the people who review it.

Runs the archive checks (central directory only), then the JSON checks, then the dependency
closure, and gathers every problem before refusing, so that an editor sees the whole list.
Nothing is written to disk here.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .archive import PathOrFile, inspect, open_package, open_zip
from .limits import Limits
from .manifest import (
    Findings,
    LibraryInfo,
    LibraryRef,
    PackageManifest,
    read_content,
    read_library,
    read_package_manifest,
)
from .problems import PackageRefused, Problem, printable, problem

Installed = Callable[[LibraryRef], bool]


@dataclass
class PackageReport:
    """A package that passed every check, with what a reviewer and the player need to know."""

    manifest: PackageManifest
    libraries: dict[LibraryRef, LibraryInfo]  # the library folders the package ships
    content: dict  # content/content.json, parsed
    content_files: list[str]  # archive names under content/
    ignored: list[str]  # archive names left out (__MACOSX/, dotfiles, stray top-level files)
    warnings: list[Problem] = field(default_factory=list)
    # Every library the content needs to play, dependencies first; those not shipped in the
    # package were found installed.
    required: list[LibraryRef] = field(default_factory=list)


def validate(
    path: PathOrFile, limits: Limits | None = None, installed: Installed | None = None
) -> PackageReport:
    """Check a package completely, or raise PackageRefused listing every problem found.

    ``installed(ref)`` says whether a library is already in the pinned library store; without
    it, every dependency must be shipped in the package.
    """
    limits = limits or Limits()
    findings = Findings()
    with open_package(path) as handle:
        inventory = inspect(handle, limits)
        with open_zip(handle) as archive:
            manifest = read_package_manifest(archive, inventory, limits, findings)
            content = read_content(archive, inventory, limits, findings)
            libraries: dict[LibraryRef, LibraryInfo] = {}
            for folder, entries in sorted(inventory.libraries.items()):
                info = read_library(archive, folder, entries, limits, findings)
                if info is None:
                    continue
                if info.ref in libraries:
                    findings.problems.append(_twice(info, libraries[info.ref]))
                    continue
                libraries[info.ref] = info
    required = _dependency_closure(manifest, libraries, installed, limits, findings)
    if findings.problems:
        raise PackageRefused(findings.problems)
    if inventory.ignored:
        findings.warnings.append(
            problem(
                "ignored_files",
                _("Files left out because H5P does not use them (%(count)s): %(names)s"),
                count=len(inventory.ignored),
                names=", ".join(printable(n, 80) for n in inventory.ignored[:10])
                + (", …" if len(inventory.ignored) > 10 else ""),
            )
        )
    return PackageReport(
        manifest=manifest,
        libraries=libraries,
        content=content,
        content_files=[e.name for e in inventory.content],
        ignored=inventory.ignored,
        warnings=findings.warnings,
        required=required,
    )


def _twice(info: LibraryInfo, other: LibraryInfo) -> Problem:
    return problem(
        "duplicate_library",
        _("The folders “%(path)s” and “%(other)s” both hold %(library)s."),
        info.folder,
        other=other.folder,
        library=str(info.ref),
    )


def _dependency_closure(
    manifest: PackageManifest | None,
    libraries: dict[LibraryRef, LibraryInfo],
    installed: Installed | None,
    limits: Limits,
    findings: Findings,
) -> list[LibraryRef]:
    """Check that every dependency is shipped or installed, without cycles or endless depth.

    Every shipped library is checked, reachable from h5p.json or not (H5P core does the same:
    a broken library is broken wherever it sits). Returns what h5p.json needs, dependencies
    first. Iterative, so a hostile chain of libraries cannot exhaust Python's stack.
    """
    installed = installed or (lambda ref: False)
    needers: list[tuple[str, list[LibraryRef]]] = [
        (str(info.ref), info.dependencies) for info in libraries.values()
    ]
    if manifest is not None:
        needers.insert(0, ("h5p.json", manifest.dependencies))
    missing: dict[LibraryRef, list[str]] = {}
    known: dict[LibraryRef, bool] = {}
    for needer, dependencies in needers:
        for ref in dependencies:
            if ref in libraries:
                continue
            if ref not in known:
                known[ref] = bool(installed(ref))
            if not known[ref]:
                missing.setdefault(ref, []).append(needer)
    for ref, needed_by in sorted(missing.items()):
        findings.problems.append(
            problem(
                "missing_library",
                _(
                    "The library %(library)s is needed (by %(needed_by)s) but is neither in "
                    "the package nor installed on this site."
                ),
                library=str(ref),
                needed_by=", ".join(needed_by),
            )
        )
    order, heights = _topological(libraries, findings)
    roots = manifest.dependencies if manifest is not None else []
    depth = max((heights.get(r, 1) for r in roots), default=0) + 1
    deepest = max([depth, *heights.values()])
    if deepest > limits.max_depth:
        findings.problems.append(
            problem(
                "dependency_depth",
                _("Libraries depend on each other %(depth)s levels deep; at most %(limit)s."),
                depth=deepest,
                limit=limits.max_depth,
            )
        )
    return _required(roots, libraries, order, known)


def _topological(
    libraries: dict[LibraryRef, LibraryInfo], findings: Findings
) -> tuple[list[LibraryRef], dict[LibraryRef, int]]:
    """Shipped libraries with dependencies first, and the height of each (a leaf is 1).

    Libraries left over sit on, or depend on, a cycle, which is reported by name.
    """
    waiting = {
        ref: {d for d in info.dependencies if d in libraries} for ref, info in libraries.items()
    }
    dependants: dict[LibraryRef, list[LibraryRef]] = {ref: [] for ref in libraries}
    for ref, dependencies in waiting.items():
        for dependency in dependencies:
            dependants[dependency].append(ref)
    heights: dict[LibraryRef, int] = {}
    ready = sorted(ref for ref, dependencies in waiting.items() if not dependencies)
    order: list[LibraryRef] = []
    while ready:
        ref = ready.pop()
        order.append(ref)
        heights[ref] = 1 + max(
            (heights[d] for d in libraries[ref].dependencies if d in heights), default=0
        )
        for dependant in dependants[ref]:
            waiting[dependant].discard(ref)
            if not waiting[dependant]:
                ready.append(dependant)
    stuck = {ref for ref in libraries if ref not in heights}
    if stuck:
        findings.problems.append(
            problem(
                "dependency_cycle",
                _("These libraries depend on each other in a circle: %(cycle)s."),
                cycle=" → ".join(str(r) for r in _a_cycle(stuck, waiting)),
            )
        )
    return order, heights


def _a_cycle(
    stuck: set[LibraryRef], waiting: dict[LibraryRef, set[LibraryRef]]
) -> list[LibraryRef]:
    """Follow unmet dependencies from a stuck library until one repeats: that is a cycle."""
    path: list[LibraryRef] = []
    ref = min(stuck)
    while ref not in path:
        path.append(ref)
        ref = min(waiting[ref])
    return [*path[path.index(ref) :], ref]


def _required(
    roots: list[LibraryRef],
    libraries: dict[LibraryRef, LibraryInfo],
    order: list[LibraryRef],
    known: dict[LibraryRef, bool],
) -> list[LibraryRef]:
    reachable: set[LibraryRef] = set()
    queue = list(roots)
    while queue:
        ref = queue.pop()
        if ref in reachable:
            continue
        reachable.add(ref)
        if ref in libraries:
            queue.extend(libraries[ref].dependencies)
    shipped = [ref for ref in order if ref in reachable]
    elsewhere = sorted(ref for ref in reachable if ref not in libraries and known.get(ref))
    return elsewhere + shipped
