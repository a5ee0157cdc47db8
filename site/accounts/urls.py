from django.urls import path

from . import views

urlpatterns = [
    path("reset-codes/new/", views.issue_reset_code, name="accounts_issue_reset_code"),
    path("reset-with-code/", views.redeem_reset_code, name="accounts_redeem_reset_code"),
]
