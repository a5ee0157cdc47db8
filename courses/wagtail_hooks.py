"""Enrolments in the admin: until cohorts exist, an administrator enrols learners."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Enrolment


class EnrolmentForm(WagtailAdminModelForm):
    class Meta:
        model = Enrolment
        fields = ["user", "course", "quizzes_due_at"]

    def save(self, commit=True):
        enrolment = super().save(commit=False)
        if enrolment.enrolled_by_id is None:
            enrolment.enrolled_by = self.for_user
        if commit:
            enrolment.save()
        return enrolment


class EnrolmentViewSet(ModelViewSet):
    model = Enrolment
    form_fields = ["user", "course", "quizzes_due_at"]
    list_display = ["user", "course", "enrolled_at", "completed_at"]
    list_filter = ["course"]
    icon = "group"
    add_to_admin_menu = True
    menu_label = _("Enrolments")
    name = "enrolments"

    def get_form_class(self, for_update=False):
        return EnrolmentForm


@hooks.register("register_admin_viewset")
def register_enrolments():
    return EnrolmentViewSet()
