from django.urls import path

from . import views

app_name = "translation_status"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(
        "difference/<int:content_type_id>/<str:object_id>/<str:field_name>/<str:language>/",
        views.difference,
        name="diff",
    ),
]
