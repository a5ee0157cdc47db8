from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .services import MINOR_CHANGE_ACTION


@hooks.register("register_admin_urls")
def translation_status_admin_urls():
    return [path("translations/", include(admin_urls, namespace="translation_status"))]


@hooks.register("register_admin_menu_item")
def translation_status_menu_item():
    return MenuItem(
        _("Translations"), reverse("translation_status:dashboard"), icon_name="globe", order=240
    )


@hooks.register("register_log_actions")
def translation_status_log_actions(actions):
    actions.register_action(
        MINOR_CHANGE_ACTION,
        _("Minor English change"),
        _("English change marked minor: translations stay valid"),
    )
