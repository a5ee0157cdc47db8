"""Admin URLs for H5P, mounted under /admin/h5p/ by courses/wagtail_hooks.py."""

from django.urls import path

from .views import libraries, packages

app_name = "h5p_admin"

urlpatterns = [
    path("packages/", packages.package_list, name="packages"),
    path("packages/upload/", packages.package_upload, name="package_upload"),
    path("packages/<uuid:pk>/", packages.package_detail, name="package"),
    path("packages/<uuid:pk>/check/", packages.package_check, name="package_check"),
    path(
        "packages/<uuid:pk>/activity/",
        packages.package_make_activity,
        name="package_make_activity",
    ),
    path("libraries/", libraries.library_list, name="libraries"),
    path("libraries/<int:pk>/", libraries.library_detail, name="library"),
    path("libraries/<int:pk>/approve/", libraries.library_approve, name="library_approve"),
    path("libraries/<int:pk>/replace/", libraries.library_replace, name="library_replace"),
    path("libraries/<int:pk>/refuse/", libraries.library_refuse, name="library_refuse"),
]
