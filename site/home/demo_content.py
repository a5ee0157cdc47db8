"""Demo content for the embedded default. Filipino has no body yet on purpose: it shows
how a missing translation falls back to English with a visible note."""

from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage

HOME = {
    "title": {
        "en": "Learn your rights, one step at a time",
        "km": "ស្វែងយល់ពីសិទ្ធិរបស់អ្នក មួយជំហានម្តងៗ",
        "fil": "Alamin ang iyong mga karapatan, paisa-isang hakbang",
        "vi": "Tìm hiểu quyền của bạn, từng bước một",
    },
    "intro": {
        "en": "Guides and courses for young people, families and the people who support them.",
        "km": "មគ្គុទ្ទេសក៍ និងវគ្គសិក្សាសម្រាប់យុវជន គ្រួសារ និងអ្នកដែលគាំទ្រពួកគេ។",
        "fil": "Mga gabay at kurso para sa kabataan, pamilya at sa mga sumusuporta sa kanila.",
        "vi": "Hướng dẫn và khóa học cho người trẻ, gia đình và những người hỗ trợ họ.",
    },
    "body": {
        "en": "<p>Every child has the right to be safe, to be heard and to get help. "
        "Here you can read about your rights in your own language "
        "and learn how to help others.</p>",
        "km": "<p>កុមារគ្រប់រូបមានសិទ្ធិទទួលបានសុវត្ថិភាព មានសិទ្ធិបញ្ចេញមតិ "
        "និងមានសិទ្ធិទទួលបានជំនួយ។ នៅទីនេះ អ្នកអាចអានអំពីសិទ្ធិរបស់អ្នកជាភាសារបស់អ្នក។</p>",
        "fil": "",
        "vi": "<p>Mọi trẻ em đều có quyền được an toàn, được lắng nghe và được giúp đỡ. "
        "Tại đây bạn có thể đọc về quyền của mình bằng ngôn ngữ của bạn.</p>",
    },
}


def _translated(field: str) -> dict:
    return {f"{field}_{lang}": value for lang, value in HOME[field].items()}


@transaction.atomic
def demo_home_ensure(publish=None) -> HomePage:
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        # Wagtail's first migration leaves a plain "Welcome" page at /home/; replace it.
        for page in root.get_children().filter(slug="home"):
            if page.specific_class is Page:
                page.delete()
        home = HomePage(
            slug="home",
            live=False,
            **_translated("title"),
            **_translated("intro"),
            **_translated("body"),
        )
        root.add_child(instance=home)
        if publish is None:
            home.save_revision().publish()
        else:
            publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="RightsPath",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home
