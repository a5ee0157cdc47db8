from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.cache import cache_page
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import urls as accounts_urls
from home import views as home_views
from home.sitemaps import PageSitemap

# Outside the language prefix: the admin, machine endpoints and files.
urlpatterns = [
    # Staff sign in through allauth, where two-step sign-in and rate limits apply.
    path("admin/login/", home_views.admin_login_redirect, name="wagtailadmin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", home_views.healthz, name="healthz"),
    # H5P statements posted by the lesson page's script (JSON, no language prefix).
    path("h5p/", include("courses.h5p.xapi_urls")),
    path(
        "sitemap.xml",
        cache_page(60 * 15)(sitemap),
        {"sitemaps": {"pages": PageSitemap}},
        name="sitemap",
    ),
    path("", include("home.urls_unprefixed")),
]

# Everything a person reads lives under /en/, /km/, /fil/ or /vi/.
urlpatterns += i18n_patterns(
    path("accounts/", include(accounts_urls)),
    path("accounts/", include("allauth.urls")),
    path("", include("home.urls")),
    path("", include("resources.urls")),
    path("", include("courses.urls")),
    path("", include("paralegal.urls")),
    path("", include("safeguarding.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

handler400 = "home.errors.bad_request"
handler403 = "home.errors.permission_denied"
handler404 = "home.errors.page_not_found"
handler500 = "home.errors.server_error"
