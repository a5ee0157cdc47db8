from django.urls import path
from django.views.generic import TemplateView

urlpatterns = [
    path(
        "manifest.webmanifest",
        TemplateView.as_view(
            template_name="home/manifest.webmanifest", content_type="application/manifest+json"
        ),
        name="manifest",
    ),
]
