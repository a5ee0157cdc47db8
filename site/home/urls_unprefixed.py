from django.urls import path
from django.views.generic import TemplateView

from . import offline

urlpatterns = [
    # At the root, so that it can look after every page of the site.
    path("sw.js", offline.service_worker, name="service_worker"),
    path(
        "manifest.webmanifest",
        TemplateView.as_view(
            template_name="home/manifest.webmanifest", content_type="application/manifest+json"
        ),
        name="manifest",
    ),
]
