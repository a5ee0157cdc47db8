"""Demo referral directory: organisations named in the research notes, as examples only.

None carries a phone number, address or website: a made-up number could ring a stranger,
and a real one must be verified by a person before it is shown.
"""

import datetime
import json

from django.db import transaction

from home.models import HomePage

from .models import (
    DirectoryPage,
    GlossaryPage,
    GlossaryTerm,
    GuideIndexPage,
    ReferralService,
    RightsGuidePage,
)

# (country, kind, region, {lang: name}, {lang: description})
SERVICES = [
    (
        "KH",
        "ngo",
        "Phnom Penh",
        {
            "en": "APLE Cambodia",
            "km": "អង្គការ APLE កម្ពុជា",
            "fil": "APLE Cambodia",
            "vi": "Tổ chức APLE Campuchia",
        },
        {
            "en": "A Cambodian organisation that works against sexual abuse and exploitation of children.",
            "km": "អង្គការកម្ពុជាដែលធ្វើការប្រឆាំងការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ។",
            "fil": "Isang organisasyon sa Cambodia na lumalaban sa sekswal na pang-aabuso at pagsasamantala sa mga bata.",
            "vi": "Một tổ chức Campuchia hoạt động chống xâm hại và bóc lột tình dục trẻ em.",
        },
    ),
    (
        "KH",
        "hotline",
        "",
        {
            "en": "Government child helpline (24 hours)",
            "km": "ខ្សែទូរស័ព្ទជំនួយកុមាររបស់រដ្ឋាភិបាល (២៤ ម៉ោង)",
            "fil": "Child helpline ng pamahalaan (24 oras)",
            "vi": "Đường dây hỗ trợ trẻ em của chính phủ (24 giờ)",
        },
        {
            "en": "Tells callers where a child can get help, and passes cases on to the right service.",
            "km": "ប្រាប់អ្នកហៅទូរស័ព្ទពីកន្លែងដែលកុមារអាចទទួលជំនួយ និងបញ្ជូនករណីទៅសេវាដែលត្រឹមត្រូវ។",
            "fil": "Sinasabi kung saan makakakuha ng tulong ang bata, at ipinapasa ang kaso sa tamang serbisyo.",
            "vi": "Cho biết trẻ có thể nhận giúp đỡ ở đâu và chuyển trường hợp đến đúng nơi hỗ trợ.",
        },
    ),
    (
        "KH",
        "police",
        "",
        {
            "en": "Anti-Human Trafficking and Juvenile Protection Department",
            "km": "នាយកដ្ឋានប្រឆាំងការជួញដូរមនុស្ស និងការពារអនីតិជន",
            "fil": "Kagawaran laban sa Human Trafficking at para sa Proteksyon ng Kabataan",
            "vi": "Cục Phòng chống Mua bán người và Bảo vệ Người chưa thành niên",
        },
        {
            "en": "The police department for trafficking and the protection of children.",
            "km": "នាយកដ្ឋាននគរបាលទទួលបន្ទុកការជួញដូរមនុស្ស និងការការពារកុមារ។",
            "fil": "Ang kagawaran ng pulisya para sa trafficking at proteksyon ng mga bata.",
            "vi": "Cơ quan công an phụ trách chống mua bán người và bảo vệ trẻ em.",
        },
    ),
    (
        "KH",
        "social_welfare",
        "",
        {
            "en": "Ministry of Social Affairs, Veterans and Youth Rehabilitation",
            "km": "ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា",
            "fil": "Ministri ng Social Affairs, Veterans at Youth Rehabilitation",
            "vi": "Bộ Xã hội, Cựu chiến binh và Phục hồi Thanh thiếu niên",
        },
        {
            "en": "Runs child welfare and the return of children to their families and communities.",
            "km": "គ្រប់គ្រងសុខុមាលភាពកុមារ និងការធ្វើសមាហរណកម្មកុមារទៅក្នុងគ្រួសារ និងសហគមន៍។",
            "fil": "Namamahala sa kapakanan ng bata at sa pagbabalik ng mga bata sa pamilya at komunidad.",
            "vi": "Phụ trách phúc lợi trẻ em và việc đưa trẻ trở về với gia đình, cộng đồng.",
        },
    ),
    (
        "KH",
        "ngo",
        "Siem Reap",
        {
            "en": "ChildSafe Network (Friends International)",
            "km": "បណ្ដាញ ChildSafe (Friends International)",
            "fil": "ChildSafe Network (Friends International)",
            "vi": "Mạng lưới ChildSafe (Friends International)",
        },
        {
            "en": "Trains people in the community to notice and protect children at risk.",
            "km": "បណ្តុះបណ្តាលប្រជាជនក្នុងសហគមន៍ឱ្យចេះសម្គាល់ និងការពារកុមារដែលប្រឈមនឹងហានិភ័យ។",
            "fil": "Nagsasanay sa mga tao sa komunidad na mapansin at maprotektahan ang mga batang nasa panganib.",
            "vi": "Đào tạo người dân trong cộng đồng nhận biết và bảo vệ trẻ em có nguy cơ.",
        },
    ),
    (
        "PH",
        "legal_aid",
        "Cebu",
        {
            "en": "Children's Legal Bureau",
            "km": "ការិយាល័យច្បាប់សម្រាប់កុមារ",
            "fil": "Children's Legal Bureau",
            "vi": "Văn phòng Pháp lý Trẻ em",
        },
        {
            "en": "Lawyers who help children who are victims of abuse and exploitation.",
            "km": "មេធាវីដែលជួយកុមារដែលជាជនរងគ្រោះនៃការរំលោភបំពាន និងការកេងប្រវ័ញ្ច។",
            "fil": "Mga abogado na tumutulong sa mga batang biktima ng pang-aabuso at pagsasamantala.",
            "vi": "Luật sư giúp đỡ trẻ em là nạn nhân của xâm hại và bóc lột.",
        },
    ),
    (
        "PH",
        "social_welfare",
        "",
        {
            "en": "Department of Social Welfare and Development (DSWD)",
            "km": "ក្រសួងសុខុមាលភាពសង្គម និងអភិវឌ្ឍន៍ (DSWD)",
            "fil": "Kagawaran ng Kagalingang Panlipunan at Pagpapaunlad (DSWD)",
            "vi": "Bộ Phúc lợi Xã hội và Phát triển (DSWD)",
        },
        {
            "en": "The government department that protects children and supports families.",
            "km": "ក្រសួងរដ្ឋាភិបាលដែលការពារកុមារ និងគាំទ្រគ្រួសារ។",
            "fil": "Ang kagawaran ng pamahalaan na nagpoprotekta sa mga bata at sumusuporta sa mga pamilya.",
            "vi": "Cơ quan chính phủ bảo vệ trẻ em và hỗ trợ các gia đình.",
        },
    ),
    (
        "PH",
        "counselling",
        "Manila",
        {
            "en": "Child Protection Unit, Philippine General Hospital",
            "km": "អង្គភាពការពារកុមារ មន្ទីរពេទ្យទូទៅហ្វីលីពីន",
            "fil": "Child Protection Unit, Philippine General Hospital",
            "vi": "Đơn vị Bảo vệ Trẻ em, Bệnh viện Đa khoa Philippines",
        },
        {
            "en": "Medical care and counselling for children who have been harmed.",
            "km": "ការថែទាំសុខភាព និងការប្រឹក្សាសម្រាប់កុមារដែលបានរងគ្រោះ។",
            "fil": "Pangangalagang medikal at counselling para sa mga batang nasaktan.",
            "vi": "Chăm sóc y tế và tư vấn cho trẻ em bị tổn hại.",
        },
    ),
    (
        "PH",
        "ngo",
        "",
        {
            "en": "ECPAT Philippines",
            "km": "ECPAT ហ្វីលីពីន",
            "fil": "ECPAT Philippines",
            "vi": "ECPAT Philippines",
        },
        {
            "en": "Works with young people to end the sexual exploitation of children.",
            "km": "ធ្វើការជាមួយយុវជនដើម្បីបញ្ចប់ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ។",
            "fil": "Nakikipagtulungan sa kabataan para wakasan ang sekswal na pagsasamantala sa mga bata.",
            "vi": "Làm việc cùng người trẻ để chấm dứt bóc lột tình dục trẻ em.",
        },
    ),
    (
        "PH",
        "legal_aid",
        "Pampanga",
        {
            "en": "International Justice Mission Pampanga",
            "km": "International Justice Mission ប៉ាំប៉ាងហ្គា",
            "fil": "International Justice Mission Pampanga",
            "vi": "International Justice Mission Pampanga",
        },
        {
            "en": "Helps survivors of online exploitation through the justice system.",
            "km": "ជួយអ្នករស់រានមានជីវិតពីការកេងប្រវ័ញ្ចតាមអនឡាញ ក្នុងដំណើរការយុត្តិធម៌។",
            "fil": "Tumutulong sa mga survivor ng online na pagsasamantala sa proseso ng hustisya.",
            "vi": "Hỗ trợ người sống sót sau bóc lột trực tuyến trong quá trình tư pháp.",
        },
    ),
    (
        "VN",
        "ngo",
        "Ha Noi",
        {
            "en": "Blue Dragon Children's Foundation",
            "km": "មូលនិធិកុមារ Blue Dragon",
            "fil": "Blue Dragon Children's Foundation",
            "vi": "Tổ chức Trẻ em Rồng Xanh (Blue Dragon)",
        },
        {
            "en": "Rescues and supports children in crisis, including survivors of trafficking.",
            "km": "ជួយសង្គ្រោះ និងគាំទ្រកុមារដែលមានវិបត្តិ រួមទាំងអ្នករស់រានមានជីវិតពីការជួញដូរ។",
            "fil": "Sumasagip at sumusuporta sa mga batang nasa krisis, kasama ang mga survivor ng trafficking.",
            "vi": "Giải cứu và hỗ trợ trẻ em gặp khó khăn, kể cả nạn nhân bị mua bán.",
        },
    ),
    (
        "VN",
        "social_welfare",
        "",
        {
            "en": "Ministry of Labour, Invalids and Social Affairs",
            "km": "ក្រសួងការងារ ជនពិការ និងសង្គមកិច្ច",
            "fil": "Ministri ng Paggawa, mga Invalid at Social Affairs",
            "vi": "Bộ Lao động – Thương binh và Xã hội",
        },
        {
            "en": "The lead government agency for child protection.",
            "km": "ស្ថាប័នរដ្ឋាភិបាលឈានមុខគេសម្រាប់ការការពារកុមារ។",
            "fil": "Ang pangunahing ahensya ng pamahalaan para sa proteksyon ng bata.",
            "vi": "Cơ quan chính phủ chủ trì công tác bảo vệ trẻ em.",
        },
    ),
    (
        "VN",
        "counselling",
        "Da Nang",
        {
            "en": "Provincial counselling centre",
            "km": "មជ្ឈមណ្ឌលប្រឹក្សាខេត្ត",
            "fil": "Counselling centre ng lalawigan",
            "vi": "Trung tâm tư vấn cấp tỉnh",
        },
        {
            "en": "Legal and psychological guidance for children and families.",
            "km": "ការណែនាំផ្នែកច្បាប់ និងផ្លូវចិត្តសម្រាប់កុមារ និងគ្រួសារ។",
            "fil": "Gabay na legal at sikolohikal para sa mga bata at pamilya.",
            "vi": "Hướng dẫn pháp lý và tâm lý cho trẻ em và gia đình.",
        },
    ),
    (
        "VN",
        "shelter",
        "Lao Cai",
        {
            "en": "Recovery centre near the border",
            "km": "មជ្ឈមណ្ឌលស្ដារឡើងវិញជិតព្រំដែន",
            "fil": "Recovery centre malapit sa hangganan",
            "vi": "Trung tâm phục hồi gần biên giới",
        },
        {
            "en": "A safe place to stay and recover for children coming home from abroad.",
            "km": "កន្លែងស្នាក់នៅ និងជាសះស្បើយប្រកបដោយសុវត្ថិភាពសម្រាប់កុមារដែលត្រឡប់មកពីបរទេស។",
            "fil": "Ligtas na matutuluyan at lugar ng paggaling para sa mga batang umuuwi mula sa ibang bansa.",
            "vi": "Nơi ở an toàn để hồi phục cho trẻ em trở về từ nước ngoài.",
        },
    ),
]

REGIONS = {
    "Phnom Penh": {"km": "ភ្នំពេញ"},
    "Siem Reap": {"km": "សៀមរាប"},
    "Cebu": {"km": "សេប៊ូ"},
    "Manila": {"km": "ម៉ានីល", "fil": "Maynila"},
    "Pampanga": {"km": "ប៉ាំប៉ាងហ្គា"},
    "Ha Noi": {"km": "ហាណូយ", "vi": "Hà Nội"},
    "Da Nang": {"km": "ដាណាំង", "vi": "Đà Nẵng"},
    "Lao Cai": {"km": "ឡាវកាយ", "vi": "Lào Cai"},
}

DIRECTORY_TITLE = {
    "en": "Where to get help",
    "km": "កន្លែងដែលអាចទទួលជំនួយ",
    "fil": "Saan makakakuha ng tulong",
    "vi": "Nơi nhận giúp đỡ",
}


def _per_language(field: str, values: dict) -> dict:
    return {f"{field}_{lang}": value for lang, value in values.items()}


def publish_now(obj) -> None:
    """Publish at once, as tests need. The demo loader passes a publisher that goes through
    the safeguarding review instead (safeguarding.demo.review_publisher)."""
    obj.save_revision().publish()


def _section_page_ensure(model, *, slug: str, titles: dict, home: HomePage, publish=publish_now):
    page = model.objects.first()
    if page is None:
        page = model(slug=slug, live=False, **_per_language("title", titles))
        home.add_child(instance=page)
        publish(page)
    return page


@transaction.atomic
def demo_directory_ensure(*, home: HomePage, publish=publish_now) -> DirectoryPage:
    for country, kind, region, names, descriptions in SERVICES:
        if ReferralService.objects.filter(name_en=names["en"], country=country).exists():
            continue
        regions = {"en": region, **REGIONS.get(region, {})} if region else {}
        service = ReferralService(
            live=False,
            kind=kind,
            country=country,
            is_example=True,
            verified_by="",
            **_per_language("name", names),
            **_per_language("description", descriptions),
            **_per_language("region", regions),
        )
        service.full_clean()
        service.save()
        publish(service)
    return _section_page_ensure(
        DirectoryPage, slug="help", titles=DIRECTORY_TITLE, home=home, publish=publish
    )


GLOSSARY_TITLE = {
    "en": "Words to know",
    "km": "ពាក្យដែលគួរដឹង",
    "fil": "Mga salitang dapat malaman",
    "vi": "Những từ cần biết",
}


@transaction.atomic
def demo_glossary_ensure(*, home: HomePage, publish=publish_now) -> GlossaryPage:
    from .demo_glossary import TERMS

    existing = set(GlossaryTerm.objects.values_list("slug", flat=True))
    for item in TERMS:
        if item["slug"] in existing:
            continue
        term = GlossaryTerm(
            live=False,
            slug=item["slug"],
            **_per_language("term", item["term"]),
            **_per_language("definition", item["definition"]),
        )
        term.full_clean()
        term.save()
        publish(term)
    return _section_page_ensure(
        GlossaryPage, slug="words", titles=GLOSSARY_TITLE, home=home, publish=publish
    )


GUIDES_TITLE = {
    "en": "Guides",
    "km": "មគ្គុទ្ទេសក៍",
    "fil": "Mga gabay",
    "vi": "Hướng dẫn",
}


def _guide_body(blocks: list[dict], language: str) -> str:
    body = []
    for block in blocks:
        if block["type"] == "help":
            body.append({"type": "help", "value": block["value"]})
        elif language in block["value"]:
            body.append({"type": block["type"], "value": block["value"][language]})
    return json.dumps(body)


@transaction.atomic
def demo_guides_ensure(*, home: HomePage, publish=publish_now) -> GuideIndexPage:
    from .demo_guides import GUIDES

    index = _section_page_ensure(
        GuideIndexPage, slug="guides", titles=GUIDES_TITLE, home=home, publish=publish
    )
    existing = set(RightsGuidePage.objects.values_list("slug", flat=True))
    for item in GUIDES:
        if item["slug"] in existing:
            continue
        languages = item["title"].keys()
        guide = RightsGuidePage(
            live=False,
            slug=item["slug"],
            audience=item["audience"],
            country=item["country"],
            topic=item["topic"],
            lawyer_checked_on=datetime.date.fromisoformat(item["lawyer_checked_on"]),
            **_per_language("title", item["title"]),
            **_per_language("summary", item["summary"]),
            **_per_language("browser_title", item["browser_title"] or {}),
            **_per_language("content_warning", item["content_warning"] or {}),
            **{f"body_{lang}": _guide_body(item["body"], lang) for lang in languages},
        )
        index.add_child(instance=guide)
        publish(guide)
    return index
