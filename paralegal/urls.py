"""The paralegal programme's front-end addresses, under the language prefix.

Each area keeps its own ``urlpatterns`` next to its views; this file only joins them.
"""

from .views import attendance, cohorts, dashboard, data, mentoring, sessions

app_name = "paralegal"

urlpatterns = [
    *cohorts.urlpatterns,
    *sessions.urlpatterns,
    *attendance.urlpatterns,
    *dashboard.urlpatterns,
    *mentoring.urlpatterns,
    *data.urlpatterns,
]
