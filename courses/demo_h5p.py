"""Demo H5P activities, loaded the way people would make them.

The demo editor uploads each package (built from our own content type), the demo library
steward approves the Rights check library by its file hashes, the package is checked, the
editor makes an activity of it with draft translations of its texts, and the activity is
published through the safeguarding review. Running it again changes nothing.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from .h5p import intake, libraries
from .h5p.activities import create_activity
from .h5p.demo_activities import DEMO_ACTIVITIES
from .h5p.own_package import build_package
from .models import H5PActivity, H5PLibrary, H5PLibraryStatus, H5PPackageStatus

TARGET_LANGUAGES = ("km", "fil", "vi")


def _ready_package(demo, *, editor, steward):
    data = build_package(demo.content, title=demo.title["en"])
    package = intake.receive(SimpleUploadedFile(f"{demo.slug}.h5p", data), editor)
    package = intake.check(package)
    if package.status == H5PPackageStatus.NEEDS_LIBRARIES:
        for library in H5PLibrary.objects.filter(
            proposed_from=package, status=H5PLibraryStatus.PENDING
        ):
            libraries.approve(library, steward)
        package = intake.check(package)
    if package.status != H5PPackageStatus.READY:
        raise RuntimeError(f"demo activity {demo.slug}: {package.problems}")
    return package


def _translated_texts(english: list[dict], words: dict[str, str]) -> list[dict]:
    texts = []
    for block in english:
        value = dict(block["value"])
        value["text"] = words.get(value["text"], "")
        texts.append({**block, "value": value})
    return texts


def demo_activities_ensure(*, editor, steward, publish) -> dict[str, H5PActivity]:
    """{slug: live activity} for every demo activity, made once."""
    made = {}
    for demo in DEMO_ACTIVITIES:
        activity = H5PActivity.objects.filter(title_en=demo.title["en"]).first()
        if activity is None:
            package = _ready_package(demo, editor=editor, steward=steward)
            activity = create_activity(package, editor, title=demo.title["en"])
            english = list(activity.texts_en.raw_data)
            for language in TARGET_LANGUAGES:
                setattr(activity, f"title_{language}", demo.title.get(language, ""))
                words = demo.translations.get(language, {})
                setattr(activity, f"texts_{language}", _translated_texts(english, words))
            publish(activity)
        made[demo.slug] = activity
    return made
