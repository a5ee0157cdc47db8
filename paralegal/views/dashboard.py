"""dashboard views."""

urlpatterns = []
