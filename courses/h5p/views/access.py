"""Who may use which H5P admin screen.

Editors upload packages; the library steward approves library code. Both may read the package
screens (a steward checks a package again after approving its libraries); only the steward sees
the library screens, which show code that runs in children's browsers.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from ..intake import UPLOAD_PERMISSION
from ..libraries import APPROVE_PERMISSION

PACKAGE_PERMISSIONS = (UPLOAD_PERMISSION, APPROVE_PERMISSION)


def can_see_packages(user) -> bool:
    return any(user.has_perm(permission) for permission in PACKAGE_PERMISSIONS)


def require_packages(request) -> None:
    if not can_see_packages(request.user):
        raise PermissionDenied


def require_upload(request) -> None:
    if not request.user.has_perm(UPLOAD_PERMISSION):
        raise PermissionDenied


def require_steward(request) -> None:
    if not request.user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied


def forbidden_as_403(view):
    """Answer a refused user with 403 and a page that says so.

    Wagtail turns PermissionDenied into a redirect to the dashboard; a plain 403 says clearly,
    to people and to tests, that these screens are not for this user.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return render(request, "courses/h5p/admin/forbidden.html", status=403)

    return wrapped
