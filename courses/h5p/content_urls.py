"""The URLconf of the content origin (see content_origin.py); nothing of the app is here.

/play/<token>/                               the player page
/play/<token>/h5p.json                       the package's h5p.json
/play/<token>/content/content.json           content.json in the token's language
/play/<token>/content/<path>                 the package's content files
/play/<token>/libraries/<Machine-x.y>/<path> files of the approved libraries it uses
/player/<path>                               h5p-standalone (node_modules/.../dist)
/player-static/<file>                        our player script, styles and Khmer font
"""

from django.urls import path, re_path

from .views import content

urlpatterns = [
    path("play/<str:token>/", content.player_page, name="h5p_play"),
    path("play/<str:token>/h5p.json", content.h5p_json, name="h5p_play_manifest"),
    path("play/<str:token>/content/content.json", content.content_json, name="h5p_play_content"),
    path("play/<str:token>/content/<path:name>", content.content_file, name="h5p_play_file"),
    re_path(
        r"^play/(?P<token>[^/]+)/libraries/(?P<machine>[A-Za-z0-9_.\-]+)-(?P<major>[0-9]{1,5})"
        r"\.(?P<minor>[0-9]{1,5})/(?P<name>.+)$",
        content.library_file,
        name="h5p_play_library",
    ),
    path("player/<path:name>", content.player_file, name="h5p_player_file"),
    path("player-static/<path:name>", content.player_static, name="h5p_player_static"),
]

handler400 = "courses.h5p.views.content.bad_request"
handler403 = "courses.h5p.views.content.not_found"
handler404 = "courses.h5p.views.content.not_found"
handler500 = "courses.h5p.views.content.server_error"
