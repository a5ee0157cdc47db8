from django.urls import path

from . import views

app_name = "translation_exchange"

urlpatterns = [path("", views.translation_files, name="files")]
