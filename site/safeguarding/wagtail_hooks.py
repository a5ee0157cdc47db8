"""Admin wiring: review tools for pages and snippets, the checklist, and log actions."""

from django.contrib.contenttypes.models import ContentType
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from uploads.scanner import INFECTED_ACTION

from . import admin_urls
from .models import ChecklistItem
from .takedown import TAKEDOWN_ACTION
from .workflow import public_snippet_models


class ChecklistItemViewSet(SnippetViewSet):
    model = ChecklistItem
    icon = "tasks"
    menu_label = _("Review checklist")
    add_to_settings_menu = True
    list_display = ["text", "active", "sort_order"]


register_snippet(ChecklistItemViewSet)


@hooks.register("register_admin_urls")
def safeguarding_admin_urls():
    return [path("safeguarding/", include(admin_urls, namespace="safeguarding_admin"))]


@hooks.register("register_log_actions")
def safeguarding_log_actions(actions):
    actions.register_action(TAKEDOWN_ACTION, _("Take down"), _("Taken down for safeguarding"))
    actions.register_action(
        INFECTED_ACTION, _("Upload refused: virus"), _("An upload was refused: a virus was found")
    )


class _PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def problem_reports_menu_item():
    return _PermissionMenuItem(
        _("Problem reports"),
        reverse("safeguarding_admin:reports"),
        icon_name="warning",
        order=250,
        permission="safeguarding.take_down_content",
    )


@hooks.register("register_admin_menu_item")
def audit_export_menu_item():
    return _PermissionMenuItem(
        _("Review audit (CSV)"),
        reverse("safeguarding_admin:audit_csv"),
        icon_name="download",
        order=260,
        permission="safeguarding.export_review_audit",
    )


def _buttons(obj, user, content_type_id):
    if user.has_perm("safeguarding.view_review_audit"):
        yield Button(
            _("Review history"),
            reverse("safeguarding_admin:object_audit", args=[content_type_id, obj.pk]),
            icon_name="history",
            priority=900,
        )
    if obj.live and user.has_perm("safeguarding.take_down_content"):
        yield Button(
            _("Take down"),
            reverse("safeguarding_admin:takedown", args=[content_type_id, obj.pk]),
            icon_name="warning",
            priority=910,
        )


@hooks.register("register_page_header_buttons")
def page_review_buttons(page, user, next_url=None, view_name=None):
    return list(_buttons(page, user, ContentType.objects.get_for_model(page.__class__).pk))


@hooks.register("register_page_listing_more_buttons")
def page_listing_review_buttons(page, user, next_url=None):
    return list(_buttons(page, user, ContentType.objects.get_for_model(page.__class__).pk))


@hooks.register("register_snippet_listing_buttons")
def snippet_review_buttons(snippet, user, next_url=None):
    if type(snippet) not in public_snippet_models() or not hasattr(snippet, "live"):
        return []
    return list(_buttons(snippet, user, ContentType.objects.get_for_model(snippet).pk))
