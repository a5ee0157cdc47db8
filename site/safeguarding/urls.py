from django.urls import path

from .views import concerns, public

app_name = "safeguarding"

urlpatterns = [
    path("report/", public.report_problem, name="report_problem"),
    path("support/", concerns.concern_new, name="concern_new"),
    path("support/<uuid:public_id>/", concerns.concern_status, name="concern_status"),
    path("leads/concerns/", concerns.concern_list, name="concern_list"),
    path("leads/concerns/<uuid:public_id>/", concerns.concern_detail, name="concern_detail"),
]
