from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_urls
from .views import ALLOWED_GROUPS


class _FilesMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or user.groups.filter(name__in=ALLOWED_GROUPS).exists()


@hooks.register("register_admin_urls")
def translation_exchange_urls():
    return [
        path(
            "translation-files/",
            include(admin_urls, namespace="translation_exchange"),
        )
    ]


@hooks.register("register_admin_menu_item")
def translation_files_menu_item():
    return _FilesMenuItem(
        _("Translation files"),
        reverse("translation_exchange:files"),
        icon_name="download",
        order=310,
    )
