"""Generated content in bulk: thousands of guides, glossary terms and directory entries.

For measuring (query counts, benchmarks, a site that feels full), never for readers: the text
is real words of each language in random order, at the lengths and in the scripts of real
content (Khmer written without spaces between words, Vietnamese with its tone marks).
``manage.py generate_bulk_content`` is the command; ``make run`` never calls it.

Everything made here is marked, so that it can be removed and nothing else is touched:
guides and glossary terms by their slug (``bulk-guide-00042``, ``bulk-term-00042``), directory
entries by ``verified_by`` = ``BULK_MARK``. Directory entries are examples (no phone number,
no website, never verified). Running it again adds only what is missing: ``guides=2000``
means "make sure 2,000 generated guides exist".

Fast: rows go in with ``bulk_create``. Guides are Wagtail pages in a tree, so their paths are
computed here the way treebeard would (the index's path plus one 4-character step each), the
base page rows go in with ``bulk_create`` and each guide's own row with ``save_base(raw=True)``,
which is how ``loaddata`` inserts fixtures (multi-table models cannot be bulk-created).
Everything is live with a revision (``live_revision`` = ``latest_revision``), as
``save_revision().publish()`` leaves it, without log entries. Each item is announced with
``published``, as a publish does, so that the search index and the glossary marks include it
(most of the time taken; ``announce=False`` skips it); ``page_published`` is not sent, since
it would queue a PDF for each guide (a reader asking for one queues it instead). The
anonymous page cache is retired once the transaction is committed.

The command's defaults (2,000 guides and terms, 1,000 entries) took 29 s on the reference
machine (7 s with ``--no-signals``), and removing them 11 s.
"""

import datetime
import random
from dataclasses import dataclass
from itertools import islice

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone, translation
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, Revision
from wagtail.signals import published

from config.countries import Country

from .models import (
    Audience,
    GlossaryTerm,
    GuideCountry,
    GuideIndexPage,
    ReferralService,
    RightsGuidePage,
    ServiceKind,
    Topic,
)

GUIDE_SLUG_PREFIX = "bulk-guide-"
TERM_SLUG_PREFIX = "bulk-term-"
BULK_MARK = "generate_bulk_content"
LANGUAGES = ("en", "km", "fil", "vi")
BATCH_SIZE = 500
REVISION_FIELDS = ("latest_revision", "live_revision")

# --- Words ---------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


EN_WORDS = _words("""
child children young person people parent parents family families caregiver teacher friend
school home community village city country right rights safe safety help support service
services law laws police court lawyer judge social worker hotline shelter counsellor health
body feelings fear trust secret truth fault never always sometimes often can could should must
will may tell talk listen ask answer question report protect protection care cared hurt harm
abuse violence online phone message photo picture video stranger adult adults someone anyone
nobody everyone together alone afraid strong brave kind calm angry sad worried
free private personal information number place time day night week month year first next
after before during when where why how what who because if and or but not no yes your you
they we their our his her its this that these those every each other another new old good
bad important true real different same better best agreement consent choice
choose decide decision keep stop leave go come stay wait call write read learn know understand
remember forget believe feel think want need get give take make let find show see hear
""")

FIL_WORDS = _words("""
ang mga bata kabataan tao magulang pamilya tagapag-alaga guro kaibigan paaralan tahanan
komunidad barangay lungsod bansa karapatan karapatang ligtas kaligtasan tulong suporta
serbisyo batas pulis korte abogado hukom social worker hotline kanlungan tagapayo kalusugan
katawan damdamin takot tiwala lihim katotohanan kasalanan hindi kailanman palagi minsan
madalas puwede dapat kailangan sabihin magsalita makinig magtanong sagot tanong magsumbong
protektahan proteksyon alagaan saktan pananakit pang-aabuso karahasan online telepono
mensahe larawan video estranghero matanda isang tao sinuman walang lahat magkasama mag-isa
natatakot malakas matapang mabait kalmado galit malungkot nag-aalala malaya pribado personal
impormasyon numero lugar oras araw gabi linggo buwan taon una susunod pagkatapos bago habang
kapag saan bakit paano ano sino dahil kung at o pero oo iyong ikaw sila kami tayo kanilang
aming kanya ito iyan bawat iba bago luma mabuti masama mahalaga totoo tunay iba-iba pareho
mas pinakamabuti pahintulot pagpili pumili magpasya desisyon itago tumigil umalis pumunta
dumating manatili maghintay tumawag sumulat magbasa matuto malaman maunawaan tandaan
kalimutan maniwala pakiramdam isipin gusto makakuha magbigay kumuha gumawa hanapin ipakita
makita marinig sa na ng ay para may
""")

VI_WORDS = _words("""
quyền trẻ em được bảo vệ an toàn gia đình cha mẹ người lớn tin cậy giúp đỡ pháp luật công
tòa án luật sư thẩm phán trường học thầy cô bạn bè cơ thể xâm hại bạo lực bóc lột mua bán
trực tuyến điện thoại tin nhắn hình ảnh bí mật sự thật lỗi không phải của nạn nhân hỗ trợ
tư vấn tâm lý bệnh viện chính quyền địa phương hàng xóm anh chị ông bà cộng đồng cảm thấy
sợ hãi mạnh mẽ nói với ai đó lắng nghe báo cáo khi nếu và hoặc là có thể cần mọi mỗi ngày
đêm nơi ở về cho những các một hai ba quốc hy vọng hồi phục câu hỏi trả lời hướng dẫn thông
số đồng ý quyết định sức khỏe tinh thần chăm sóc đường dây nóng trung tâm xã hội phúc lợi
tuổi học sinh thanh niên làng thành phố giữ dừng lại đi đến chờ gọi viết đọc biết hiểu nhớ
quên tin tưởng nghĩ muốn nhận cho thấy nghe tìm riêng tư thông tin đúng sai tốt xấu quan
trọng khác nhau giống luôn luôn đôi khi thường xuyên không bao giờ giúp
""")

KM_WORDS = _words("""
កុមារ សិទ្ធិ សុវត្ថិភាព ជំនួយ គ្រួសារ ឪពុកម្តាយ ច្បាប់ នគរបាល តុលាការ មេធាវី សាលារៀន គ្រូ
មិត្តភក្តិ រាងកាយ ការរំលោភបំពាន ការការពារ សេវា រដ្ឋាភិបាល សហគមន៍ ទំនុកចិត្ត និយាយ ស្តាប់ ជួយ
រាយការណ៍ អនឡាញ ទូរស័ព្ទ សារ រូបថត អាថ៌កំបាំង ការពិត កំហុស មិនមែន របស់អ្នក ជនរងគ្រោះ
អ្នករស់រានមានជីវិត អ្នកប្រឹក្សា មន្ទីរពេទ្យ ភូមិ ឃុំ អ្នកជិតខាង បងប្អូន ជីដូនជីតា ការងារ លុយ អំណោយ
ការសន្យា ការសម្រេចចិត្ត ការយល់ព្រម ខ្លួនឯង ជីវិត អនាគត ក្តីសង្ឃឹម ការជាសះស្បើយ ការគាំទ្រ សំណួរ
ចម្លើយ មគ្គុទ្ទេសក៍ ព័ត៌មាន លេខ កន្លែង ប្រទេស អ្នក យើង ពួកគេ មាន ត្រូវ អាច គួរ ដែល និង ឬ
ប្រសិនបើ នៅពេល ទៅ មក ពី ក្នុង សម្រាប់ ជាមួយ គ្រប់ រាល់ថ្ងៃ ភ័យខ្លាច រឹងមាំ សុខភាព ផ្លូវចិត្ត
ការថែទាំ ខ្សែទូរស័ព្ទជំនួយ មជ្ឈមណ្ឌល សង្គមកិច្ច សុខុមាលភាព យុវជន មនុស្សពេញវ័យ ផ្ទះ ទីក្រុង
ការពារ ថែរក្សា ប្រាប់ សួរ ឆ្លើយ ដឹង យល់ ចងចាំ ជឿ គិត ចង់ ទទួល ផ្តល់ ស្វែងរក ឃើញ ឮ រង់ចាំ
""")

KM_FULL_STOP = "\u17d4"  # ។


@dataclass(frozen=True)
class Script:
    words: tuple[str, ...]
    spaced: bool  # False: words are written together, with spaces only between phrases
    full_stop: str

    def phrase(self, rng: random.Random, count: int) -> str:
        return ("" if not self.spaced else " ").join(rng.choices(self.words, k=count))

    def sentence(self, rng: random.Random, low: int, high: int, end: str = "") -> str:
        count = rng.randint(low, high)
        if self.spaced:
            words = rng.choices(self.words, k=count)
            if count > 7 and rng.random() < 0.4:
                words[rng.randint(2, count - 4)] += ","
            text = " ".join(words)
        else:
            # Khmer: a space marks a pause between phrases, not between words.
            phrases, left = [], count
            while left:
                size = min(left, rng.randint(2, 5))
                phrases.append(self.phrase(rng, size))
                left -= size
            text = " ".join(phrases)
        return _capitalise(text) + (end or self.full_stop)

    def text(self, rng: random.Random, sentences: int, *, limit: int, low=6, high=16) -> str:
        """Up to ``sentences`` sentences, as many as fit in ``limit`` characters (at least one)."""
        parts: list[str] = []
        for _ in range(sentences):
            sentence = self.sentence(rng, low, high)
            if parts and len(" ".join([*parts, sentence])) > limit:
                break
            parts.append(sentence)
        text = " ".join(parts)
        return text if len(text) <= limit else self.sentence(rng, 2, 4)

    def title(self, rng: random.Random, low: int, high: int) -> str:
        return _capitalise(self.phrase(rng, rng.randint(low, high)))


SCRIPTS = {
    "en": Script(EN_WORDS, spaced=True, full_stop="."),
    "fil": Script(FIL_WORDS, spaced=True, full_stop="."),
    "vi": Script(VI_WORDS, spaced=True, full_stop="."),
    "km": Script(KM_WORDS, spaced=False, full_stop=KM_FULL_STOP),
}


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rng(kind: str, number: int) -> random.Random:
    # The same number always gives the same text, whatever else exists. Filler text only:
    # nothing here is a secret, so the standard generator is the right one.
    return random.Random(f"{kind}:{number}")  # noqa: S311


def _per_language(field: str, make) -> dict:
    return {f"{field}_{language}": make(language) for language in LANGUAGES}


# --- Guides --------------------------------------------------------------------------------

# What a sensitive guide shows in the browser tab instead of its title.
NEUTRAL_TITLE = {"en": "Study notes", "km": "កំណត់ចំណាំ", "fil": "Mga tala", "vi": "Ghi chép"}
HELP_COUNTRIES = (Country.CAMBODIA.value, Country.PHILIPPINES.value, Country.VIET_NAM.value)


def guide_body(rng: random.Random, language: str, *, help_blocks: int, country: str) -> list[dict]:
    """A guide's blocks in one language: text, key points, questions and "where to get help"."""
    script = SCRIPTS[language]
    paragraphs = "".join(
        f"<p>{script.text(rng, rng.randint(3, 5), limit=1200)}</p>"
        for _ in range(rng.randint(2, 4))
    )
    points = [script.sentence(rng, 5, 12) for _ in range(rng.randint(3, 5))]
    questions = [
        {
            "question": script.sentence(rng, 4, 10, end="?"),
            "answer": script.text(rng, rng.randint(1, 3), limit=1000),
        }
        for _ in range(rng.randint(2, 4))
    ]
    body = [
        {"type": "paragraph", "value": paragraphs},
        {"type": "key_points", "value": {"heading": script.title(rng, 2, 4), "points": points}},
        {"type": "questions", "value": questions},
    ]
    for _ in range(help_blocks):
        where = country if country in HELP_COUNTRIES else rng.choice(HELP_COUNTRIES)
        kind = rng.choice(["", *ServiceKind.values])
        body.append({"type": "help", "value": {"country": where, "kind": kind}})
    return body


def guide_fields(number: int) -> dict:
    """The content of generated guide ``number``: the same every time.

    Guide n has 1 + n % 3 "where to get help" blocks (the demo guides have 0 to 3);
    about one in five has a content warning and a neutral browser title.
    """
    rng = _rng("guide", number)
    country = rng.choice(GuideCountry.values)
    help_blocks = 1 + number % 3
    sensitive = rng.random() < 0.2
    fields = {
        "slug": f"{GUIDE_SLUG_PREFIX}{number:05d}",
        "audience": rng.choice(Audience.values),
        "country": country,
        "topic": rng.choice(Topic.values),
        "lawyer_checked_on": timezone.localdate() - datetime.timedelta(days=rng.randint(1, 700)),
        **_per_language("title", lambda lang: SCRIPTS[lang].title(rng, 3, 7)),
        **_per_language("summary", lambda lang: SCRIPTS[lang].text(rng, 2, limit=300)),
        **_per_language(
            "body",
            lambda lang: guide_body(rng, lang, help_blocks=help_blocks, country=country),
        ),
    }
    if sensitive:
        fields.update(
            _per_language("content_warning", lambda lang: SCRIPTS[lang].text(rng, 1, limit=300))
        )
        fields.update(
            _per_language("browser_title", lambda lang: f"{NEUTRAL_TITLE[lang]} {number % 97 + 1}")
        )
    return fields


def _children(index: Page):
    # Not index.get_children(): treebeard answers "none" from a stale in-memory numchild.
    return Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)


def _next_child_step(index: Page) -> int:
    last = _children(index).order_by("-path").only("path").first()
    return 1 if last is None else Page._str2int(last.path[-Page.steplen :]) + 1


def _create_guides(index: GuideIndexPage, numbers: list[int], now, announce: bool) -> list:
    guide_type = ContentType.objects.get_for_model(RightsGuidePage)
    first_step = _next_child_step(index)
    pages, guides = [], []
    for offset, number in enumerate(numbers):
        fields = guide_fields(number)
        if len(Page._int2str(first_step + offset)) > Page.steplen:
            raise ValueError("The guide index is full: no more tree paths under it.")
        slug = fields.pop("slug")
        page_fields = {
            **{f"title_{language}": fields.pop(f"title_{language}") for language in LANGUAGES},
            "slug": slug,
            "path": Page._get_path(index.path, index.depth + 1, first_step + offset),
            "depth": index.depth + 1,
            "numchild": 0,
            "content_type_id": guide_type.pk,
            "locale_id": index.locale_id,
            "live": True,
            "has_unpublished_changes": False,
            "first_published_at": now,
            "last_published_at": now,
            "latest_revision_created_at": now,
            "url_path": f"{index.url_path}{slug}/",
        }
        page_fields["draft_title"] = page_fields["title_en"]
        page = Page(**page_fields)
        pages.append(page)
        guides.append(
            RightsGuidePage(**page_fields, translation_key=page.translation_key, **fields)
        )
    Page.objects.bulk_create(pages, batch_size=BATCH_SIZE)
    for page, guide in zip(pages, guides, strict=True):
        guide.pk = page.pk  # the parent link and the page's own id
        guide.save_base(raw=True, force_insert=True)
        for relation in get_all_child_relations(guide):
            setattr(guide, relation.get_accessor_name(), [])  # none yet: no query to find out
    Page.objects.filter(pk=index.pk).update(numchild=_children(index).count())
    _publish(RightsGuidePage, guides, base_model=Page, now=now, announce=announce)
    return guides


def _publish(model, objects: list, *, base_model, now, announce: bool) -> None:
    """Give each inserted row a revision and make it the live one, as ``save_revision()``
    and ``publish()`` would; with ``announce``, send ``published`` for each, as they do."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    base_type = ContentType.objects.get_for_model(base_model, for_concrete_model=False)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_type,
                object_id=str(obj.pk),
                created_at=now,
                object_str=str(obj),
                content=obj.serializable_data(),
            )
            for obj in objects
        ],
        batch_size=BATCH_SIZE,
    )
    # bulk_update() writes one CASE per column, which SQLite evaluates slowly for thousands.
    meta, quote = base_model._meta, connection.ops.quote_name
    latest, live = (quote(meta.get_field(name).column) for name in REVISION_FIELDS)
    sql = (
        f"UPDATE {quote(meta.db_table)} SET {latest} = %s, {live} = %s "  # noqa: S608 (names)
        f"WHERE {quote(meta.pk.column)} = %s"
    )
    pairs = list(zip(objects, revisions, strict=True))
    with connection.cursor() as cursor:
        cursor.executemany(sql, [(revision.pk, revision.pk, obj.pk) for obj, revision in pairs])
    for obj, revision in pairs:
        obj.latest_revision = obj.live_revision = revision
        if announce:
            # Receivers bring what they derive from content (search, glossary marks) up to date.
            published.send(sender=model, instance=obj, revision=revision)


# --- Glossary ------------------------------------------------------------------------------


def _unique(make, taken: set[str]) -> str:
    for _attempt in range(50):
        value = make()
        if value.casefold() not in taken:
            break
    else:
        suffix = 2
        while f"{value} {suffix}".casefold() in taken:
            suffix += 1
        value = f"{value} {suffix}"
    taken.add(value.casefold())
    return value


def _taken_terms() -> dict[str, set[str]]:
    taken: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    columns = [f"term_{language}" for language in LANGUAGES]
    for row in GlossaryTerm.objects.values_list(*columns):
        for language, value in zip(LANGUAGES, row, strict=True):
            if value:
                taken[language].add(value.strip().casefold())
    return taken


def _create_terms(numbers: list[int], now, announce: bool) -> list[GlossaryTerm]:
    taken = _taken_terms()
    terms = []
    for number in numbers:
        rng = _rng("term", number)
        values = {"slug": f"{TERM_SLUG_PREFIX}{number:05d}"}
        for language in LANGUAGES:
            script = SCRIPTS[language]
            # Two words or more, as most terms are: a one-word term would be found in every
            # generated text (they share one vocabulary) and mark far more than real ones do.
            low, high = (2, 4) if language == "vi" else (2, 3)
            values[f"term_{language}"] = _unique(
                lambda s=script, r=rng, low=low, high=high: s.title(r, low, high),
                taken[language],
            )
            values[f"definition_{language}"] = script.text(rng, rng.randint(1, 3), limit=500)
        terms.append(
            GlossaryTerm(
                **values,
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
            )
        )
    GlossaryTerm.objects.bulk_create(terms, batch_size=BATCH_SIZE)
    _publish(GlossaryTerm, terms, base_model=GlossaryTerm, now=now, announce=announce)
    return terms


# --- Directory -----------------------------------------------------------------------------

REGIONS = {
    "KH": {
        "Phnom Penh": {"km": "ភ្នំពេញ"},
        "Siem Reap": {"km": "សៀមរាប"},
        "Battambang": {"km": "បាត់ដំបង"},
        "Kampong Cham": {"km": "កំពង់ចាម"},
        "Kampot": {"km": "កំពត"},
        "Takeo": {"km": "តាកែវ"},
        "Kandal": {"km": "កណ្តាល"},
        "Prey Veng": {"km": "ព្រៃវែង"},
    },
    "PH": {
        "Manila": {"km": "ម៉ានីល", "fil": "Maynila"},
        "Cebu": {"km": "សេប៊ូ"},
        "Davao": {},
        "Pampanga": {"km": "ប៉ាំប៉ាងហ្គា"},
        "Iloilo": {},
        "Quezon City": {"fil": "Lungsod Quezon"},
    },
    "VN": {
        "Ha Noi": {"km": "ហាណូយ", "vi": "Hà Nội"},
        "Ho Chi Minh City": {"vi": "Thành phố Hồ Chí Minh"},
        "Da Nang": {"km": "ដាណាំង", "vi": "Đà Nẵng"},
        "Hai Phong": {"vi": "Hải Phòng"},
        "Can Tho": {"vi": "Cần Thơ"},
        "Lao Cai": {"km": "ឡាវកាយ", "vi": "Lào Cai"},
    },
}

KIND_NAMES = {
    "hotline": {"en": "Hotline", "km": "ខ្សែទូរស័ព្ទជំនួយ", "fil": "Hotline", "vi": "Đường dây nóng"},
    "legal_aid": {
        "en": "Legal Aid Centre",
        "km": "មជ្ឈមណ្ឌលជំនួយផ្នែកច្បាប់",
        "fil": "Sentro ng Tulong Legal",
        "vi": "Trung tâm Trợ giúp Pháp lý",
    },
    "shelter": {"en": "Shelter", "km": "ទីជម្រកសុវត្ថិភាព", "fil": "Kanlungan", "vi": "Nhà tạm lánh"},
    "counselling": {
        "en": "Counselling Service",
        "km": "សេវាប្រឹក្សា",
        "fil": "Serbisyo ng Counselling",
        "vi": "Dịch vụ Tư vấn",
    },
    "police": {
        "en": "Child Protection Unit",
        "km": "អង្គភាពការពារកុមារ",
        "fil": "Yunit para sa Proteksyon ng Bata",
        "vi": "Đơn vị Bảo vệ Trẻ em",
    },
    "social_welfare": {
        "en": "Social Welfare Office",
        "km": "ការិយាល័យសុខុមាលភាពសង្គម",
        "fil": "Tanggapan ng Kagalingang Panlipunan",
        "vi": "Phòng Phúc lợi Xã hội",
    },
    "ngo": {
        "en": "Children's Organisation",
        "km": "អង្គការកុមារ",
        "fil": "Organisasyon para sa mga Bata",
        "vi": "Tổ chức Trẻ em",
    },
}

OPENING_HOURS = (
    {"en": "24 hours", "km": "២៤ ម៉ោង", "fil": "24 oras", "vi": "24 giờ"},
    {
        "en": "Monday to Friday, 8:00–17:00",
        "km": "ថ្ងៃច័ន្ទ ដល់ ថ្ងៃសុក្រ ម៉ោង ៨:០០–១៧:០០",
        "fil": "Lunes hanggang Biyernes, 8:00–17:00",
        "vi": "Thứ Hai đến Thứ Sáu, 8:00–17:00",
    },
)

LANGUAGES_SPOKEN = {
    "KH": {
        "en": "Khmer, English",
        "km": "ខ្មែរ អង់គ្លេស",
        "fil": "Khmer, Ingles",
        "vi": "Tiếng Khmer, tiếng Anh",
    },
    "PH": {
        "en": "Filipino, English",
        "km": "ហ្វីលីពីន អង់គ្លេស",
        "fil": "Filipino, Ingles",
        "vi": "Tiếng Philippines, tiếng Anh",
    },
    "VN": {"en": "Vietnamese", "km": "វៀតណាម", "fil": "Vietnamese", "vi": "Tiếng Việt"},
}


def service_fields(number: int) -> dict:
    """The content of generated directory entry ``number``: the same every time."""
    rng = _rng("service", number)
    country = rng.choice(HELP_COUNTRIES)
    kind = rng.choice(ServiceKind.values)
    region = rng.choice([*REGIONS[country], ""])  # one in seven or so is national
    regions = {"en": region, **REGIONS[country].get(region, {})} if region else {}
    hours = rng.choice(OPENING_HOURS)

    def name(language: str) -> str:
        script, kind_name = SCRIPTS[language], KIND_NAMES[kind][language]
        words = script.phrase(rng, rng.randint(1, 3))
        where = regions.get(language) or region
        if script.spaced:
            words = " ".join(_capitalise(word) for word in words.split())
            named = f"{words} {kind_name}"
            return f"{named}, {where}" if where else named
        return f"{kind_name}{words}" + (f" {where}" if where else "")

    return {
        "kind": kind,
        "country": country,
        "is_example": True,
        "verified_by": BULK_MARK,
        **_per_language("name", name),
        **{f"region_{language}": value for language, value in regions.items()},
        **_per_language("description", lambda language: SCRIPTS[language].text(rng, 3, limit=600)),
        **_per_language("opening_hours", lambda language: hours[language]),
        **_per_language("languages_spoken", lambda language: LANGUAGES_SPOKEN[country][language]),
    }


def _create_services(numbers: list[int], now, announce: bool) -> list[ReferralService]:
    services = [
        ReferralService(
            **service_fields(number),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        for number in numbers
    ]
    ReferralService.objects.bulk_create(services, batch_size=BATCH_SIZE)
    _publish(ReferralService, services, base_model=ReferralService, now=now, announce=announce)
    return services


# --- Entry points --------------------------------------------------------------------------


@dataclass(frozen=True)
class BulkCounts:
    guides: int = 0
    terms: int = 0
    services: int = 0


def generated_guides():
    return RightsGuidePage.objects.filter(slug__startswith=GUIDE_SLUG_PREFIX)


def generated_terms():
    return GlossaryTerm.objects.filter(slug__startswith=TERM_SLUG_PREFIX)


def generated_services():
    return ReferralService.objects.filter(verified_by=BULK_MARK)


def bulk_content_count() -> BulkCounts:
    return BulkCounts(
        guides=generated_guides().count(),
        terms=generated_terms().count(),
        services=generated_services().count(),
    )


def _missing(existing_slugs, prefix: str, wanted: int) -> list[int]:
    have = {slug.removeprefix(prefix) for slug in existing_slugs}
    return [number for number in range(wanted) if f"{number:05d}" not in have]


@transaction.atomic
def bulk_content_ensure(
    *,
    guides: int = 0,
    terms: int = 0,
    services: int = 0,
    index: GuideIndexPage | None = None,
    announce: bool = True,
) -> BulkCounts:
    """Make sure at least this many generated guides, terms and entries exist; say how many
    were created. Guides go under ``index`` (default: the site's guide index).

    ``announce`` sends ``published`` for every item, as publishing does, so that the search
    index and the glossary marks include them (most of the time taken). Without it only the
    page cache is retired: derived data miss the new items until rebuilt or expired.
    ``page_published`` is never sent for guides: it would queue a PDF for each one (the first
    reader of a guide's PDF queues it instead)."""
    from home.page_cache import invalidate_all

    now = timezone.now()
    created = {"guides": 0, "terms": 0, "services": 0}
    # Untranslated model fields (``title``, ``term``...) take the active language's value.
    with translation.override(settings.LANGUAGE_CODE):
        if guides:
            index = index or GuideIndexPage.objects.first()
            if index is None:
                raise LookupError("There is no guide index page to put guides under.")
            index.refresh_from_db()
            existing = generated_guides().values_list("slug", flat=True)
            for numbers in _chunks(_missing(existing, GUIDE_SLUG_PREFIX, guides)):
                created["guides"] += len(_create_guides(index, numbers, now, announce))
        if terms:
            existing = generated_terms().values_list("slug", flat=True)
            for numbers in _chunks(_missing(existing, TERM_SLUG_PREFIX, terms)):
                created["terms"] += len(_create_terms(numbers, now, announce))
        if services:
            have = generated_services().count()
            for numbers in _chunks(list(range(have, services))):
                created["services"] += len(_create_services(numbers, now, announce))
    if any(created.values()):
        transaction.on_commit(invalidate_all)
    return BulkCounts(**created)


@transaction.atomic
def bulk_content_remove() -> BulkCounts:
    """Delete everything this module generated (with its revisions), and nothing else."""
    from home.page_cache import invalidate_all

    guide_ids = list(generated_guides().values_list("pk", flat=True))
    # Treebeard deletes pages with one OR-ed condition per page: keep each batch small.
    for chunk in _chunks(guide_ids, 200):
        pages = Page.objects.filter(pk__in=chunk)
        # Not live first, so that Wagtail does not unpublish each page before deleting it
        # (which re-indexes it for search only to remove it again: most of the time taken);
        # the post_delete receivers remove what was derived from the guide.
        pages.update(live=False)
        pages.delete()
    _total, terms = generated_terms().delete()
    _total, services = generated_services().delete()
    transaction.on_commit(invalidate_all)
    return BulkCounts(
        guides=len(guide_ids),
        terms=terms.get(GlossaryTerm._meta.label, 0),
        services=services.get(ReferralService._meta.label, 0),
    )


def _chunks(numbers: list[int], size: int = BATCH_SIZE):
    iterator = iter(numbers)
    while chunk := list(islice(iterator, size)):
        yield chunk
