from django.urls import path

from . import offline, views

app_name = "home"

urlpatterns = [
    path("me/", views.dashboard, name="dashboard"),
    path("phone/", offline.kept_on_this_phone, name="offline"),
    path("phone/clear/", offline.clear_this_phone, name="clear_phone"),
]
