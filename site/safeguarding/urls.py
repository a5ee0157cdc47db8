from django.urls import path

from .views import public

app_name = "safeguarding"

urlpatterns = [
    path("report/", public.report_problem, name="report_problem"),
]
