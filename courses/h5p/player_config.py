"""The options our player page gives h5p-standalone (read by static/js/h5p-player.js).

Every path is on the content origin. The learner is always the same pseudonymous "learner":
the content origin never learns who plays, and the app binds statements to the session.
"""

from django.utils import translation

from . import player_strings
from .iri import activity_iri
from .play import Play

PSEUDONYM = {"name": "learner", "mail": "learner@rightspath.invalid"}
PLAYER = "/player"
PLAYER_STATIC = "/player-static"


def player_config(play: Play) -> dict:
    base = f"/play/{play.token}"
    with translation.override(play.grant.language):
        title = str(play.activity.title)
    return {
        "appOrigin": play.grant.app_origin,
        "options": {
            "id": str(play.activity.key),
            "title": title,
            "h5pJsonPath": base,
            "contentJsonPath": f"{base}/content",
            "librariesPath": f"{base}/libraries",
            "frameJs": f"{PLAYER}/frame.bundle.js",
            "frameCss": f"{PLAYER}/styles/h5p.css",
            "customCss": [f"{PLAYER_STATIC}/h5p-player.css"],
            "embedType": "div",
            "xAPIObjectIRI": activity_iri(play.activity.key),
            "user": dict(PSEUDONYM),
            "frame": False,
            "copyright": False,
            "export": False,
            "embed": False,
            "icon": False,
            "fullScreen": True,
            "saveFreq": False,
            # No saved state, and none fetched: with ``user`` set, H5P core would otherwise
            # ask a contentUserData address we do not have (we keep no state on this origin).
            "contentUserData": [{"state": "RESET"}],
            "translations": player_strings.translations(play.grant.language),
        },
    }
