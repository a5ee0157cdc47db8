"""Making an activity from a ready package: a draft that goes to safeguarding review.

The package's checks say it is technically safe; the review says it is right for children.
An activity starts as a draft holding the package's texts and is only played once a reviewer
approved it (the "Safeguarding review" workflow publishes it).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from courses.models import H5PActivity, H5PPackage, H5PPackageStatus

from .activity_texts import texts_from_package

ADD_PERMISSION = "courses.add_h5pactivity"
TITLE_MAX = 255


def create_activity(package: H5PPackage, user, *, title: str = "") -> H5PActivity:
    """A new draft activity for ``package`` with its texts, saved as a first revision."""
    if user is None or not user.has_perm(ADD_PERMISSION):
        raise PermissionDenied
    if package.status != H5PPackageStatus.READY:
        raise ValidationError(
            _("Only a package that passed every check can become an activity."),
            code="package_not_ready",
        )
    name = (title or package.report.get("title") or package.filename or "H5P")[:TITLE_MAX]
    with transaction.atomic():
        activity = H5PActivity(
            title=name, title_en=name, package=package, live=False, has_unpublished_changes=True
        )
        activity.texts_en = texts_from_package(package)
        activity.save()
        activity.save_revision(user=user, log_action=True)
    return activity


def activity_for(package: H5PPackage) -> H5PActivity | None:
    """The first activity made from ``package``, if any (for the package screen's link)."""
    return H5PActivity.objects.filter(package=package).order_by("pk").first()
