"""The xAPI endpoint, mounted at /h5p/ outside the language prefix (see config/urls.py)."""

from django.urls import path

from ..views.h5p_xapi import xapi_statement

urlpatterns = [
    path("xapi/<int:lesson_id>/<uuid:activity_key>/", xapi_statement, name="h5p_xapi"),
]
