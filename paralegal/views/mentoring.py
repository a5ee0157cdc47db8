"""mentoring views."""

urlpatterns = []
