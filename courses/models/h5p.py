"""H5P packages uploaded by editors, and the pinned store of H5P libraries a steward approved.

A library is executable code that runs in children's browsers, so it is never taken from an
upload as it is: a package that ships one only proposes it (a pending row), and a library
steward approves it after comparing it with an official H5P release. One approved patch is
pinned per machine name and major.minor, as H5P core does; an upload whose copy differs by a
single byte waits for the steward instead of replacing it.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.h5p.manifest import LibraryRef


def package_upload_to(instance: "H5PPackage", filename: str) -> str:
    """Where an upload is stored: named by the package's UUID, never by the user's file name."""
    return f"h5p/uploads/{instance.pk}.h5p"


class H5PPackageStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    CHECKING = "checking", _("Being checked")
    NEEDS_LIBRARIES = "needs_libraries", _("Waiting for library approval")
    READY = "ready", _("Ready")
    REFUSED = "refused", _("Refused")


class H5PPackage(models.Model):
    """One uploaded .h5p file and what checking it found."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    original = models.FileField(_("package file"), upload_to=package_upload_to, max_length=255)
    # The uploader's file name, shown to editors only (made printable); never used as a path.
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded on"), default=timezone.now)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=H5PPackageStatus.choices,
        default=H5PPackageStatus.RECEIVED,
    )
    # [{"code", "message" (English, for the record), "path"}]: why it is refused or waiting.
    problems = models.JSONField(default=list, blank=True)
    # What a reviewer reads: title, language, libraries, content files, warnings, strings, URLs.
    report = models.JSONField(default=dict, blank=True)
    # The storage folder of the checked, sanitised content ("h5p/content/<uuid>/"), once ready.
    content_folder = models.CharField(max_length=255, blank=True)
    checked_at = models.DateTimeField(_("checked on"), null=True, blank=True)

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["-uploaded_at"]
        permissions = [("upload_h5ppackage", "Can upload H5P packages")]

    def __str__(self) -> str:
        return self.report.get("title") or self.filename or str(self.pk)


class H5PLibraryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for approval")
    APPROVED = "approved", _("Approved")
    REFUSED = "refused", _("Refused")
    # An approved library that a newer patch of the same major.minor took the place of.
    REPLACED = "replaced", _("Replaced by a newer patch")


class H5PLibrary(models.Model):
    """One version of an H5P library, as proposed by a package and, once approved, pinned."""

    machine_name = models.CharField(max_length=255)
    major = models.PositiveIntegerField()
    minor = models.PositiveIntegerField()
    patch = models.PositiveIntegerField()
    title = models.CharField(max_length=255)
    runnable = models.BooleanField(default=False)
    core_api = models.CharField(max_length=16, blank=True)  # "1.24"; blank when not declared
    licence = models.CharField(max_length=255, blank=True)
    # Path inside the library folder -> SHA-256 of its bytes: exactly what was approved.
    files = models.JSONField(default=dict)
    preloaded_js = models.JSONField(default=list, blank=True)
    preloaded_css = models.JSONField(default=list, blank=True)
    dependencies = models.JSONField(default=list, blank=True)  # ["H5P.Question 1.4", ...]
    status = models.CharField(
        max_length=10, choices=H5PLibraryStatus.choices, default=H5PLibraryStatus.PENDING
    )
    proposed_from = models.ForeignKey(
        H5PPackage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposed_libraries",
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major", "minor", "patch"]
        permissions = [("approve_h5plibrary", "Can approve H5P libraries")]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major", "minor"],
                condition=Q(status="approved"),
                name="one_approved_h5p_library_per_minor",
            )
        ]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.version}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def ref(self) -> LibraryRef:
        return LibraryRef(self.machine_name, self.major, self.minor)
