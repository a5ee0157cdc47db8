from django.urls import path

from .views import certificates, learning

app_name = "courses"

urlpatterns = [
    path("learning/", learning.my_learning, name="my_learning"),
    path("certificates/<str:code>/", certificates.verify, name="certificate_verify"),
]
