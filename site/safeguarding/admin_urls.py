from django.urls import path

from .views import admin

app_name = "safeguarding_admin"

urlpatterns = [
    path("audit/<int:content_type_id>/<int:object_id>/", admin.object_audit, name="object_audit"),
    path("audit/export.csv", admin.audit_csv, name="audit_csv"),
    path("takedown/<int:content_type_id>/<int:object_id>/", admin.takedown, name="takedown"),
    path("reports/", admin.reports, name="reports"),
    path("reports/<int:report_id>/handled/", admin.report_handled, name="report_handled"),
]
