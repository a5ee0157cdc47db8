"""Enrolments in the admin (until cohorts exist, an administrator enrols learners), and H5P."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .h5p import admin_urls as h5p_admin_urls_module
from .h5p.libraries import APPROVE_PERMISSION
from .h5p.views.access import PACKAGE_PERMISSIONS
from .models import Enrolment, H5PActivity


class EnrolmentForm(WagtailAdminModelForm):
    class Meta:
        model = Enrolment
        fields = ["user", "course", "quizzes_due_at"]

    def save(self, commit=True):
        enrolment = super().save(commit=False)
        if enrolment.enrolled_by_id is None:
            enrolment.enrolled_by = self.for_user
        if commit:
            enrolment.save()
        return enrolment


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    form_fields = ["user", "course", "quizzes_due_at"]
    list_display = ["user", "course", "enrolled_at", "completed_at"]
    list_filter = ["course"]
    inspect_view_enabled = True
    inspect_view_fields = ["user", "course", "enrolled_at", "completed_at", "practice_results"]
    icon = "group"
    add_to_admin_menu = True
    menu_label = _("Enrolments")
    name = "enrolments"

    def get_form_class(self, for_update=False):
        return EnrolmentForm


@hooks.register("register_admin_viewset")
def register_enrolments():
    return EnrolmentViewSet()


# --- H5P: packages editors upload, libraries the steward approves ------------------------------


class _AnyPermissionMenuItem(MenuItem):
    """A menu item shown to users holding any one of ``permissions``."""

    def __init__(self, *args, permissions: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)


@hooks.register("register_admin_urls")
def h5p_admin_urls():
    return [path("h5p/", include(h5p_admin_urls_module, namespace="h5p_admin"))]


@hooks.register("register_admin_menu_item")
def h5p_packages_menu_item():
    return _AnyPermissionMenuItem(
        _("H5P packages"),
        reverse("h5p_admin:packages"),
        icon_name="upload",
        order=310,
        permissions=PACKAGE_PERMISSIONS,
    )


@hooks.register("register_admin_menu_item")
def h5p_libraries_menu_item():
    return _AnyPermissionMenuItem(
        _("H5P libraries"),
        reverse("h5p_admin:libraries"),
        icon_name="code",
        order=320,
        permissions=(APPROVE_PERMISSION,),
    )


# --- H5P activities: reviewed and translated like every public snippet -------------------------


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "pick"
    menu_label = _("H5P activities")
    menu_order = 305
    add_to_admin_menu = True
    list_display = ["title", "package", "live"]
    search_fields = ["title"]


register_snippet(H5PActivityViewSet)
