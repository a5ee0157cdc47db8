"""attendance views."""

urlpatterns = []
