"""sessions views."""

urlpatterns = []
