"""Demo session plans: an index and two plans, the first also in draft Khmer, Filipino and
Vietnamese (marked for a translator's review like the rest of the demo content).

Pages are made unpublished and handed to ``publish``, which the demo loader sets to the
safeguarding review (safeguarding.demo.review_publisher), as courses.demo does. Running it
again changes nothing: pages are looked up by slug and an existing page is left as it is.
Lessons of the demo paralegal course are linked when they exist (load the courses first).
"""

import json
from html import escape

from django.db import transaction

from courses.demo import PARALEGAL_COURSE, block_id, per_language
from courses.models import CoursePage, LessonPage
from home.models import HomePage
from resources.demo import publish_now

from .models import SessionPlanIndexPage, SessionPlanPage

LANGUAGES = ("en", "km", "fil", "vi")

INDEX = {
    "slug": "plans",
    "title": {
        "en": "Session plans",
        "km": "ផែនការវគ្គ",
        "fil": "Mga plano ng sesyon",
        "vi": "Kế hoạch buổi học",
    },
    "intro": {
        "en": "Plans for group sessions, for facilitators.",
        "km": "ផែនការសម្រាប់វគ្គជាក្រុម សម្រាប់អ្នកសម្របសម្រួល។",
        "fil": "Mga plano para sa mga sesyon ng grupo, para sa mga facilitator.",
        "vi": "Kế hoạch cho các buổi học nhóm, dành cho người hướng dẫn.",
    },
}

PLANS = [
    {
        "slug": "plan-1",
        "duration_minutes": 90,
        "lessons": ("four-principles",),
        "title": {
            "en": "Getting started: rights we all have",
            "km": "ចាប់ផ្តើម៖ សិទ្ធិដែលយើងទាំងអស់គ្នាមាន",
            "fil": "Pagsisimula: mga karapatan nating lahat",
            "vi": "Bắt đầu: những quyền tất cả chúng ta đều có",
        },
        "summary": {
            "en": "The group agrees how it will work together and meets the four principles "
            "of children's rights.",
            "km": "ក្រុមព្រមព្រៀងគ្នាអំពីរបៀបធ្វើការជាមួយគ្នា ហើយស្គាល់គោលការណ៍ទាំងបួននៃសិទ្ធិកុមារ។",
            "fil": "Nagkakasundo ang grupo kung paano sila magtutulungan at nakikilala ang apat "
            "na prinsipyo ng karapatan ng bata.",
            "vi": "Nhóm thống nhất cách làm việc cùng nhau và tìm hiểu bốn nguyên tắc của "
            "quyền trẻ em.",
        },
        "objectives": {
            "en": "Everyone knows the group agreement and how to take a break.\n"
            "Everyone can name the four principles of children's rights.",
            "km": "គ្រប់គ្នាដឹងពីកិច្ចព្រមព្រៀងរបស់ក្រុម និងរបៀបសម្រាក។\nគ្រប់គ្នាអាចប្រាប់ឈ្មោះគោលការណ៍ទាំងបួននៃសិទ្ធិកុមារ។",
            "fil": "Alam ng lahat ang kasunduan ng grupo at kung paano magpahinga.\n"
            "Kaya ng lahat na pangalanan ang apat na prinsipyo ng karapatan ng bata.",
            "vi": "Mọi người biết thỏa thuận của nhóm và cách xin nghỉ.\n"
            "Mọi người nêu được bốn nguyên tắc của quyền trẻ em.",
        },
        "activities": [
            {
                "minutes": 15,
                "title": {
                    "en": "Welcome and group agreement",
                    "km": "ស្វាគមន៍ និងកិច្ចព្រមព្រៀងក្រុម",
                    "fil": "Pagbati at kasunduan ng grupo",
                    "vi": "Chào mừng và thỏa thuận nhóm",
                },
                "instructions": {
                    "en": "Agree together how the group will work: listen, keep what others "
                    "say in the room, and anyone may pass or take a break at any time.",
                    "km": "ព្រមព្រៀងគ្នាពីរបៀបដែលក្រុមនឹងធ្វើការ៖ ស្តាប់ រក្សាអ្វីដែលអ្នកដទៃនិយាយនៅក្នុងបន្ទប់ "
                    "ហើយអ្នកណាក៏អាចរំលង ឬសម្រាកបានគ្រប់ពេល។",
                    "fil": "Magkasundo kung paano gagana ang grupo: makinig, panatilihin sa "
                    "silid ang sinasabi ng iba, at sinuman ay maaaring lumaktaw o magpahinga "
                    "anumang oras.",
                    "vi": "Cùng thống nhất cách nhóm làm việc: lắng nghe, giữ những gì người "
                    "khác nói trong phòng, và ai cũng có thể bỏ qua hoặc nghỉ bất cứ lúc nào.",
                },
            },
            {
                "minutes": 45,
                "title": {
                    "en": "The four principles",
                    "km": "គោលការណ៍ទាំងបួន",
                    "fil": "Ang apat na prinsipyo",
                    "vi": "Bốn nguyên tắc",
                },
                "instructions": {
                    "en": "Read the lesson together. In small groups, each group draws one "
                    "principle and shows it to the others.",
                    "km": "អានមេរៀនជាមួយគ្នា។ ក្នុងក្រុមតូចៗ ក្រុមនីមួយៗគូររូបគោលការណ៍មួយ ហើយបង្ហាញដល់អ្នកដទៃ។",
                    "fil": "Basahin nang sama-sama ang aralin. Sa maliliit na grupo, iguguhit ng "
                    "bawat grupo ang isang prinsipyo at ipapakita ito sa iba.",
                    "vi": "Cùng đọc bài học. Chia nhóm nhỏ, mỗi nhóm vẽ một nguyên tắc và "
                    "trình bày cho các bạn khác.",
                },
            },
            {
                "minutes": 20,
                "title": {
                    "en": "Talk it over",
                    "km": "ពិភាក្សាគ្នា",
                    "fil": "Pag-usapan",
                    "vi": "Cùng trao đổi",
                },
                "instructions": {
                    "en": "Ask: where do you see these principles in your town? Talk about "
                    "places and services, never about what happened to anyone.",
                    "km": "សួរ៖ តើអ្នកឃើញគោលការណ៍ទាំងនេះនៅកន្លែងណាក្នុងទីក្រុងរបស់អ្នក? "
                    "និយាយអំពីទីកន្លែង និងសេវា មិនមែនអំពីអ្វីដែលបានកើតឡើងចំពោះនរណាម្នាក់ទេ។",
                    "fil": "Itanong: saan ninyo nakikita ang mga prinsipyong ito sa inyong "
                    "bayan? Pag-usapan ang mga lugar at serbisyo, hindi kailanman ang nangyari "
                    "sa sinuman.",
                    "vi": "Hỏi: các bạn thấy những nguyên tắc này ở đâu trong thị trấn của "
                    "mình? Nói về nơi chốn và dịch vụ, không bao giờ nói về chuyện đã xảy ra "
                    "với ai.",
                },
            },
            {
                "minutes": 10,
                "title": {
                    "en": "Closing circle",
                    "km": "រង្វង់បិទ",
                    "fil": "Pangwakas na bilog",
                    "vi": "Vòng kết thúc",
                },
                "instructions": {
                    "en": "Each person says one word about how they feel now. Remind everyone "
                    "how to reach a facilitator or raise a concern.",
                    "km": "ម្នាក់ៗនិយាយពាក្យមួយអំពីអារម្មណ៍របស់ខ្លួនឥឡូវនេះ។ "
                    "រំលឹកគ្រប់គ្នាពីរបៀបទាក់ទងអ្នកសម្របសម្រួល ឬលើកឡើងការព្រួយបារម្ភ។",
                    "fil": "Magsasabi ang bawat isa ng isang salita tungkol sa nararamdaman "
                    "nila ngayon. Ipaalala sa lahat kung paano makakausap ang facilitator o "
                    "magpahayag ng alalahanin.",
                    "vi": "Mỗi người nói một từ về cảm xúc của mình lúc này. Nhắc mọi người "
                    "cách liên hệ người hướng dẫn hoặc báo một mối lo ngại.",
                },
            },
        ],
        "materials": {
            "en": "Large paper and markers\nThe lesson on a phone or printed",
            "km": "ក្រដាសធំ និងប៊ិចហ្វឺត\nមេរៀននៅលើទូរស័ព្ទ ឬបោះពុម្ព",
            "fil": "Malalaking papel at marker\nAng aralin sa telepono o naka-print",
            "vi": "Giấy khổ lớn và bút dạ\nBài học trên điện thoại hoặc bản in",
        },
        "safeguarding_notes": {
            "en": "Never ask anyone to tell what happened to them. Agree a sign for a break "
            "before you start. If someone is upset, a second adult stays with the group while "
            "you talk with them, and you raise a concern the same day.",
            "km": "កុំសួរនរណាម្នាក់ឱ្យប្រាប់ពីអ្វីដែលបានកើតឡើងចំពោះពួកគេ។ ព្រមព្រៀងសញ្ញាសម្រាប់សម្រាក "
            "មុនពេលចាប់ផ្តើម។ ប្រសិនបើនរណាម្នាក់មិនសប្បាយចិត្ត មនុស្សពេញវ័យម្នាក់ទៀតនៅជាមួយក្រុម "
            "ខណៈអ្នកនិយាយជាមួយពួកគេ ហើយអ្នកលើកឡើងការព្រួយបារម្ភនៅថ្ងៃដដែល។",
            "fil": "Huwag kailanman hilingin sa sinuman na ikuwento ang nangyari sa kanila. "
            "Magkasundo sa isang senyas para sa pahinga bago magsimula. Kung may nababagabag, "
            "may isa pang nasa hustong gulang na mananatili sa grupo habang kinakausap mo "
            "siya, at magpahayag ng alalahanin sa araw ding iyon.",
            "vi": "Không bao giờ yêu cầu ai kể lại chuyện đã xảy ra với họ. Thống nhất một "
            "dấu hiệu xin nghỉ trước khi bắt đầu. Nếu có ai buồn, một người lớn khác ở lại với "
            "nhóm trong khi bạn nói chuyện với người đó, và báo mối lo ngại ngay trong ngày.",
        },
    },
    {
        "slug": "plan-2",
        "duration_minutes": 60,
        "lessons": ("helplines",),
        "title": {"en": "Where to find help"},
        "summary": {"en": "The group finds the help services near them and practises a call."},
        "objectives": {
            "en": "Everyone knows two help services in their area.\n"
            "Everyone has practised what to say on a helpline call."
        },
        "activities": [
            {
                "minutes": 20,
                "title": {"en": "Help near us"},
                "instructions": {
                    "en": "Open the help directory together and list the services near you."
                },
            },
            {
                "minutes": 30,
                "title": {"en": "Practise a call"},
                "instructions": {
                    "en": "In pairs, one plays the helpline worker. Use made-up situations "
                    "only, from the cards you bring."
                },
            },
            {
                "minutes": 10,
                "title": {"en": "Closing circle"},
                "instructions": {"en": "Each person names one service they would call."},
            },
        ],
        "materials": {"en": "Situation cards (made up)\nA phone to open the help directory"},
        "safeguarding_notes": {
            "en": "Role plays use made-up situations only. Someone may recognise their own "
            "story: let them step out, and check in with them privately afterwards."
        },
    },
]


def _paragraph(text: str) -> str:
    return f"<p>{escape(text, quote=False)}</p>"


def _words(value: dict, language: str) -> str:
    return value.get(language) or value.get("en") or ""


def activities_stream(activities: list[dict], language: str, *, key: str) -> list[dict]:
    """The plan's activities in ``language`` as StreamField raw data (missing words: English).

    Block ids are the same in every language: translations supply words, never the key."""
    return [
        {
            "type": "step",
            "value": {
                "minutes": step["minutes"],
                "title": _words(step["title"], language),
                "instructions": _paragraph(_words(step["instructions"], language)),
            },
            "id": block_id(key, number),
        }
        for number, step in enumerate(activities)
    ]


def _translated_languages(data: dict) -> list[str]:
    return [language for language in LANGUAGES if data["title"].get(language)]


def _lesson_links(lesson_slugs, *, key: str) -> list[dict]:
    course = CoursePage.objects.filter(slug=PARALEGAL_COURSE["slug"]).first()
    if course is None or not lesson_slugs:
        return []
    lessons = {
        lesson.slug: lesson
        for lesson in LessonPage.objects.descendant_of(course).filter(slug__in=lesson_slugs)
    }
    return [
        {"type": "lesson", "value": lessons[slug].pk, "id": block_id(key, "lesson", slug)}
        for slug in lesson_slugs
        if slug in lessons
    ]


def _plan_page(data: dict) -> SessionPlanPage:
    key = f"session-plans/{data['slug']}"
    languages = _translated_languages(data)
    return SessionPlanPage(
        live=False,
        slug=data["slug"],
        duration_minutes=data["duration_minutes"],
        **per_language("title", data["title"]),
        **per_language("summary", data["summary"]),
        **per_language("objectives", data["objectives"]),
        **per_language("materials", data["materials"]),
        **per_language("safeguarding_notes", data["safeguarding_notes"]),
        **{
            f"activities_{language}": json.dumps(
                activities_stream(data["activities"], language, key=key)
            )
            for language in languages
        },
        links=json.dumps(_lesson_links(data["lessons"], key=key)),
    )


@transaction.atomic
def session_plans_ensure(*, home: HomePage, publish=publish_now) -> SessionPlanIndexPage:
    """The session plan index under ``home`` and the demo plans in it."""
    index = SessionPlanIndexPage.objects.first()
    if index is None:
        index = SessionPlanIndexPage(
            live=False,
            slug=INDEX["slug"],
            **per_language("title", INDEX["title"]),
            **per_language("intro", INDEX["intro"]),
        )
        home.add_child(instance=index)
        publish(index)
    for data in PLANS:
        if SessionPlanPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            continue
        plan = _plan_page(data)
        index.add_child(instance=plan)
        publish(plan)
    return index
