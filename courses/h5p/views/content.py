"""Views of the content origin (routed by content_origin.py through content_urls.py).

Every /play/ address carries a play token: a token that is tampered with, expired, names an
activity that is not live (without a preview grant) or a package that is not ready is the same
404 as an address that never existed. Nothing here reads a cookie or knows a user.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse, HttpResponseNotFound, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views.decorators.http import require_safe

from .. import activity_texts, content_files, libraries, storage
from ..manifest import H5P_JSON, LibraryRef
from ..play import Play, play_for
from ..player_config import player_config

PLAYER_DIST = ("node_modules", "h5p-standalone", "dist")
# /player-static/<name> -> the static file it is; nothing else is served there.
PLAYER_STATIC = {
    "h5p-player.js": "js/h5p-player.js",
    "h5p-player.css": "css/h5p-player.css",
    "fonts/noto-sans-khmer-khmer-400-normal.woff2": (
        "vendor/noto-sans-khmer/noto-sans-khmer-khmer-400-normal.woff2"
    ),
    "fonts/noto-sans-khmer-khmer-700-normal.woff2": (
        "vendor/noto-sans-khmer/noto-sans-khmer-khmer-700-normal.woff2"
    ),
}
# The player and our own files are the same for everyone and change only with a release.
PUBLIC_CACHE = "public, max-age=3600"


def _play(token: str) -> Play:
    play = play_for(token)
    if play is None:
        raise Http404
    return play


@require_safe
def player_page(request, token):
    play = _play(token)
    config = player_config(play)
    with translation.override(play.grant.language):
        html = render_to_string(
            "courses/h5p/player.html",
            {"config": config, "title": config["options"]["title"], "lang": play.grant.language},
        )
    return HttpResponse(html)


@require_safe
def h5p_json(request, token):
    play = _play(token)
    path = content_files.resolve(play.package.content_folder, H5P_JSON)
    return content_files.file_response(request, path, H5P_JSON, "application/json")


@require_safe
def content_json(request, token):
    play = _play(token)
    content = activity_texts.package_content(play.package)
    translated = activity_texts.translated_content(play.activity, play.grant.language, content)
    return JsonResponse(translated, json_dumps_params={"ensure_ascii": False})


@require_safe
def content_file(request, token, name):
    play = _play(token)
    kind = content_files.content_type(name, content_files.CONTENT_TYPES)
    path = content_files.resolve(play.package.content_folder, f"content/{name}")
    return content_files.file_response(request, path, name, kind)


@require_safe
def library_file(request, token, machine, major, minor, name):
    play = _play(token)
    ref = LibraryRef(machine, int(major), int(minor))
    if str(ref) not in (play.package.report or {}).get("libraries", []):
        raise Http404
    approved = libraries.approved(ref)
    # Only the files the steward approved, byte for byte, are ever served from the store.
    if approved is None or name not in approved.files:
        raise Http404
    kind = content_files.content_type(name, content_files.LIBRARY_TYPES)
    path = content_files.resolve(storage.library_folder(ref), name)
    return content_files.file_response(request, path, name, kind)


@require_safe
def player_file(request, name):
    kind = content_files.content_type(name, content_files.PLAYER_TYPES)
    path = content_files.resolve_in(settings.BASE_DIR.joinpath(*PLAYER_DIST), name)
    response = content_files.file_response(request, path, name, kind)
    response["Cache-Control"] = PUBLIC_CACHE
    return response


@require_safe
def player_static(request, name):
    static_name = PLAYER_STATIC.get(name)
    found = finders.find(static_name) if static_name else None
    if not found:
        raise Http404
    kind = content_files.content_type(name, content_files.PLAYER_TYPES)
    response = content_files.file_response(request, Path(found), name, kind)
    response["Cache-Control"] = PUBLIC_CACHE
    return response


# --- Errors: plain text, nothing of the app's pages ------------------------------------------


def not_found(request, exception=None):
    return HttpResponseNotFound(b"Not found", content_type="text/plain")


def bad_request(request, exception=None):
    return HttpResponse(b"Bad request", status=400, content_type="text/plain")


def server_error(request):
    return HttpResponse(b"Server error", status=500, content_type="text/plain")
