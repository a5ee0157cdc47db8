"""cohorts views."""

urlpatterns = []
