"""Three demo "Rights check" activities for the paralegal course, with their translations.

Each is a few true-or-false statements in plain, child-friendly words, with kind feedback: no
graphic detail, no real case, nobody identifiable, no phone numbers. ``content`` is the English
content.json of a RightsPath.RightsCheck 1.0 package (``own_package.build_package`` makes the
package); ``translations`` maps, for km, fil and vi, every readable English string of that
content (the introduction as plain text, each statement and feedback, every interface text) to
its translation, ready to be put into the activity's translated texts.

The interface texts and their translations are read from the library's own semantics.json and
language files, so that an activity and the content type never disagree about them.

The Khmer, Filipino and Vietnamese texts are drafts: native speakers should check them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from .own_package import LIBRARY_FOLDER, build_package
from .review_strings import visible_text

LANGUAGES = ("km", "fil", "vi")
_L10N_FIELD = "l10n"


@dataclass(frozen=True)
class DemoActivity:
    """A demo activity: English content.json, titles and translations of every readable text."""

    slug: str
    title: dict[str, str]  # language -> title (en, km, fil, vi)
    content: dict  # content.json, English
    translations: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> {en: text}

    def package(self) -> bytes:
        """The .h5p file of this activity (English), always the same bytes."""
        return build_package(self.content, title=self.title["en"], language="en")


def _read_json(relative: str):
    return json.loads((LIBRARY_FOLDER / relative).read_text("utf-8"))


@cache
def l10n_defaults() -> dict[str, str]:
    """The English interface texts, as semantics.json gives them: field name -> text."""
    group = next(f for f in _read_json("semantics.json") if f["name"] == _L10N_FIELD)
    return {f["name"]: f["default"] for f in group["fields"]}


@cache
def l10n_translations(language: str) -> dict[str, str]:
    """English interface text -> its translation, from the library's language file."""
    semantics = _read_json("semantics.json")
    position = next(i for i, f in enumerate(semantics) if f["name"] == _L10N_FIELD)
    english = semantics[position]["fields"]
    translated = _read_json(f"language/{language}.json")["semantics"][position]["fields"]
    return {e["default"]: t["default"] for e, t in zip(english, translated, strict=True)}


def _t(en: str, km: str, fil: str, vi: str) -> dict[str, str]:
    return {"en": en, "km": km, "fil": fil, "vi": vi}


@dataclass(frozen=True)
class _Statement:
    sub_content_id: str
    text: dict[str, str]
    correct: bool
    right: dict[str, str]  # feedback for a right answer
    wrong: dict[str, str]  # feedback for a wrong answer


def _activity(
    slug: str, title: dict[str, str], intro: dict[str, str], statements: list[_Statement]
) -> DemoActivity:
    """``intro["en"]`` is HTML (p, strong, em); its translations are plain text."""
    content = {
        "intro": intro["en"],
        "questions": [
            {
                "subContentId": s.sub_content_id,
                "statement": s.text["en"],
                "correct": "true" if s.correct else "false",
                "feedbackCorrect": s.right["en"],
                "feedbackWrong": s.wrong["en"],
            }
            for s in statements
        ],
        _L10N_FIELD: dict(l10n_defaults()),
    }
    translations: dict[str, dict[str, str]] = {}
    for language in LANGUAGES:
        texts = {visible_text(intro["en"]): intro[language]}
        for s in statements:
            for text in (s.text, s.right, s.wrong):
                texts[text["en"]] = text[language]
        texts.update(l10n_translations(language))
        translations[language] = texts
    return DemoActivity(slug=slug, title=title, content=content, translations=translations)


RIGHT_TO_BE_HEARD = _activity(
    "your-right-to-be-heard",
    _t(
        "Your right to be heard",
        "សិទ្ធិរបស់អ្នកក្នុងការបញ្ចេញមតិ និងឱ្យគេស្ដាប់",
        "Ang karapatan mong mapakinggan",
        "Quyền được lắng nghe của bạn",
    ),
    _t(
        "<p>The <strong>Convention on the Rights of the Child</strong> says every child has the "
        "right to share their views on things that affect them (article 12). Is each sentence "
        "true or false?</p>",
        "អនុសញ្ញាស្ដីពីសិទ្ធិកុមារ ចែងថា កុមារគ្រប់រូបមានសិទ្ធិបញ្ចេញមតិលើរឿងដែលប៉ះពាល់ដល់ពួកគេ "
        "(មាត្រា ១២)។ តើប្រយោគនីមួយៗពិត ឬមិនពិត?",
        "Sinasabi ng Kumbensiyon sa mga Karapatan ng Bata na may karapatan ang bawat bata na "
        "ibahagi ang kanilang pananaw sa mga bagay na may kinalaman sa kanila (artikulo 12). "
        "Tama o mali ba ang bawat pangungusap?",
        "Công ước về Quyền trẻ em quy định rằng mọi trẻ em đều có quyền bày tỏ ý kiến về những "
        "việc ảnh hưởng đến mình (Điều 12). Mỗi câu sau đây đúng hay sai?",
    ),
    [
        _Statement(
            "0a876b6b-821b-4cc3-a2f6-08f03ede969f",
            _t(
                "Every child has the right to say what they think about decisions that affect "
                "them.",
                "កុមារគ្រប់រូបមានសិទ្ធិនិយាយពីអ្វីដែលខ្លួនគិត អំពីការសម្រេចចិត្តដែលប៉ះពាល់ដល់ខ្លួន។",
                "May karapatan ang bawat bata na sabihin ang iniisip nila tungkol sa mga desisyong "
                "may kinalaman sa kanila.",
                "Mọi trẻ em đều có quyền nói lên suy nghĩ của mình về những quyết định ảnh hưởng "
                "đến mình.",
            ),
            True,
            _t(
                "Yes. Article 12 of the Convention on the Rights of the Child gives every child "
                "this right.",
                "ត្រូវហើយ។ មាត្រា ១២ នៃអនុសញ្ញាស្ដីពីសិទ្ធិកុមារ ផ្ដល់សិទ្ធិនេះដល់កុមារគ្រប់រូប។",
                "Oo. Ibinibigay ng artikulo 12 ng Kumbensiyon sa mga Karapatan ng Bata ang "
                "karapatang ito sa bawat bata.",
                "Đúng vậy. Điều 12 của Công ước về Quyền trẻ em trao quyền này cho mọi trẻ em.",
            ),
            _t(
                "This right is for every child. Article 12 of the Convention on the Rights of the "
                "Child says so.",
                "សិទ្ធិនេះគឺសម្រាប់កុមារគ្រប់រូប។ មាត្រា ១២ នៃអនុសញ្ញាស្ដីពីសិទ្ធិកុមារ ចែងដូច្នេះ។",
                "Para sa bawat bata ang karapatang ito. Iyan ang sinasabi ng artikulo 12 ng "
                "Kumbensiyon sa mga Karapatan ng Bata.",
                "Quyền này dành cho mọi trẻ em. Điều 12 của Công ước về Quyền trẻ em quy định như "
                "vậy.",
            ),
        ),
        _Statement(
            "24e947c7-4708-4c11-bacd-8cc2efe2607d",
            _t(
                "Only children who are good at speaking have the right to be heard.",
                "មានតែកុមារដែលពូកែនិយាយទេ ទើបមានសិទ្ធិឱ្យគេស្ដាប់។",
                "Ang mga batang magaling lang magsalita ang may karapatang mapakinggan.",
                "Chỉ những trẻ em nói giỏi mới có quyền được lắng nghe.",
            ),
            False,
            _t(
                "Right. Every child can share their views, in words, drawings or any way that "
                "works for them.",
                "ត្រូវហើយ។ កុមារគ្រប់រូបអាចបញ្ចេញមតិ ដោយពាក្យសម្ដី គំនូរ ឬតាមវិធីណាមួយដែលសមស្របនឹងពួកគេ។",
                "Tama. Maaaring ibahagi ng bawat bata ang kanilang pananaw sa salita, sa guhit, o "
                "sa anumang paraang angkop sa kanila.",
                "Đúng rồi. Mọi trẻ em đều có thể bày tỏ ý kiến bằng lời nói, hình vẽ hoặc bất kỳ "
                "cách nào phù hợp với mình.",
            ),
            _t(
                "Every child has this right. Children can share their views in words, drawings or "
                "any way that works for them.",
                "កុមារគ្រប់រូបមានសិទ្ធិនេះ។ កុមារអាចបញ្ចេញមតិ ដោយពាក្យសម្ដី គំនូរ ឬតាមវិធីណាមួយដែលសមស្របនឹងពួកគេ។",
                "May ganitong karapatan ang bawat bata. Maaaring ibahagi ng mga bata ang kanilang "
                "pananaw sa salita, sa guhit, o sa anumang paraang angkop sa kanila.",
                "Mọi trẻ em đều có quyền này. Trẻ em có thể bày tỏ ý kiến bằng lời nói, hình vẽ "
                "hoặc bất kỳ cách nào phù hợp với mình.",
            ),
        ),
        _Statement(
            "38e3569b-58aa-4948-b2a0-8021bd49346a",
            _t(
                "Adults should explain things in words a child can understand.",
                "មនុស្សពេញវ័យគួរពន្យល់រឿងរ៉ាវ ដោយប្រើពាក្យដែលកុមារអាចយល់បាន។",
                "Dapat ipaliwanag ng matatanda ang mga bagay gamit ang mga salitang naiintindihan "
                "ng bata.",
                "Người lớn nên giải thích mọi việc bằng những từ ngữ mà trẻ em có thể hiểu.",
            ),
            True,
            _t(
                "Yes. Clear, child-friendly words help children take part in decisions.",
                "ត្រូវហើយ។ ពាក្យច្បាស់លាស់ និងងាយយល់សម្រាប់កុមារ ជួយឱ្យកុមារចូលរួមក្នុងការសម្រេចចិត្ត។",
                "Oo. Nakatutulong ang malinaw at madaling maintindihang mga salita para makasali "
                "ang mga bata sa mga desisyon.",
                "Đúng vậy. Lời lẽ rõ ràng, thân thiện với trẻ em giúp các em tham gia vào các "
                "quyết định.",
            ),
            _t(
                "Children can only take part when they understand. Adults should use clear, "
                "child-friendly words.",
                "កុមារអាចចូលរួមបាន លុះត្រាតែពួកគេយល់។ មនុស្សពេញវ័យគួរប្រើពាក្យច្បាស់លាស់ និងងាយយល់សម្រាប់កុមារ។",
                "Makasasali lamang ang mga bata kapag naiintindihan nila. Dapat gumamit ang "
                "matatanda ng malinaw at madaling maintindihang mga salita.",
                "Trẻ em chỉ có thể tham gia khi các em hiểu. Người lớn nên dùng lời lẽ rõ ràng, "
                "thân thiện với trẻ em.",
            ),
        ),
        _Statement(
            "0355929a-b1dc-49b6-b209-3dfed622a520",
            _t(
                "Being heard means a child always gets what they ask for.",
                "ការឱ្យគេស្ដាប់ មានន័យថា កុមារតែងតែទទួលបានអ្វីដែលខ្លួនស្នើសុំ។",
                "Ang mapakinggan ay nangangahulugang laging makukuha ng bata ang hinihingi niya.",
                "Được lắng nghe có nghĩa là trẻ em luôn nhận được những gì mình đòi hỏi.",
            ),
            False,
            _t(
                "Right. Adults must take the child's views seriously, and they also think about "
                "what is best for the child.",
                "ត្រូវហើយ។ មនុស្សពេញវ័យត្រូវយកមតិរបស់កុមារមកពិចារណាយ៉ាងម៉ឺងម៉ាត់ "
                "ហើយពួកគេក៏គិតពីអ្វីដែលល្អបំផុតសម្រាប់កុមារផងដែរ។",
                "Tama. Dapat seryosohin ng matatanda ang pananaw ng bata, at iniisip din nila kung "
                "ano ang pinakamabuti para sa bata.",
                "Đúng rồi. Người lớn phải xem trọng ý kiến của trẻ em, đồng thời cân nhắc điều gì "
                "là tốt nhất cho trẻ.",
            ),
            _t(
                "Being heard means your views are taken seriously. Adults also think about what "
                "is best for the child, so the answer may still be different.",
                "ការឱ្យគេស្ដាប់ មានន័យថា មតិរបស់អ្នកត្រូវបានយកមកពិចារណាយ៉ាងម៉ឺងម៉ាត់។ "
                "មនុស្សពេញវ័យក៏គិតពីអ្វីដែលល្អបំផុតសម្រាប់កុមារដែរ "
                "ដូច្នេះចម្លើយអាចនៅតែខុសពីអ្វីដែលអ្នកស្នើ។",
                "Ang mapakinggan ay nangangahulugang sineseryoso ang iyong pananaw. Iniisip din ng "
                "matatanda kung ano ang pinakamabuti para sa bata, kaya maaaring iba pa rin ang "
                "maging sagot.",
                "Được lắng nghe có nghĩa là ý kiến của bạn được xem trọng. Người lớn cũng cân nhắc "
                "điều gì là tốt nhất cho trẻ, nên câu trả lời vẫn có thể khác.",
            ),
        ),
        _Statement(
            "db4ffb64-80b5-4970-b67e-84a780e258dc",
            _t(
                "A child can ask to pause or change a plan that is about them.",
                "កុមារអាចស្នើសុំផ្អាក ឬផ្លាស់ប្ដូរផែនការដែលទាក់ទងនឹងខ្លួន។",
                "Maaaring humiling ang bata na ihinto muna o baguhin ang planong tungkol sa "
                "kaniya.",
                "Trẻ em có thể đề nghị tạm dừng hoặc thay đổi một kế hoạch liên quan đến mình.",
            ),
            True,
            _t(
                "Yes. A child's wishes about a plan for them should be listened to and respected.",
                "ត្រូវហើយ។ បំណងរបស់កុមារអំពីផែនការសម្រាប់ខ្លួន គួរតែត្រូវបានស្ដាប់ និងគោរព។",
                "Oo. Dapat pakinggan at igalang ang kagustuhan ng bata tungkol sa planong para sa "
                "kaniya.",
                "Đúng vậy. Mong muốn của trẻ về kế hoạch dành cho mình cần được lắng nghe và tôn "
                "trọng.",
            ),
            _t(
                "Children can ask to pause or change a plan that is about them. Adults should "
                "listen and respect that.",
                "កុមារអាចស្នើសុំផ្អាក ឬផ្លាស់ប្ដូរផែនការដែលទាក់ទងនឹងខ្លួន។ មនុស្សពេញវ័យគួរស្ដាប់ និងគោរពការស្នើសុំនោះ។",
                "Maaaring humiling ang mga bata na ihinto muna o baguhin ang planong tungkol sa "
                "kanila. Dapat itong pakinggan at igalang ng matatanda.",
                "Trẻ em có thể đề nghị tạm dừng hoặc thay đổi kế hoạch liên quan đến mình. Người "
                "lớn nên lắng nghe và tôn trọng điều đó.",
            ),
        ),
    ],
)

WHO_CAN_HELP = _activity(
    "who-can-help",
    _t(
        "Who can help: trusted adults and hotlines",
        "អ្នកណាអាចជួយបាន៖ មនុស្សពេញវ័យដែលទុកចិត្តបាន និងខ្សែទូរស័ព្ទបន្ទាន់",
        "Sino ang makatutulong: mga pinagkakatiwalaang nakatatanda at mga hotline",
        "Ai có thể giúp bạn: người lớn đáng tin cậy và đường dây nóng",
    ),
    _t(
        "<p>Nobody should face a problem alone. Is each sentence about <strong>getting "
        "help</strong> true or false?</p>",
        "គ្មាននរណាម្នាក់គួរប្រឈមមុខនឹងបញ្ហាតែម្នាក់ឯងនោះទេ។ តើប្រយោគនីមួយៗអំពីការស្វែងរកជំនួយ ពិត ឬមិនពិត?",
        "Walang dapat humarap sa problema nang mag-isa. Tama o mali ba ang bawat pangungusap "
        "tungkol sa paghingi ng tulong?",
        "Không ai phải một mình đối mặt với khó khăn. Mỗi câu sau đây về việc tìm kiếm sự giúp "
        "đỡ đúng hay sai?",
    ),
    [
        _Statement(
            "5ff22409-29aa-423c-bef0-96485e5a8ec7",
            _t(
                "A trusted adult is someone who listens to you and helps you stay safe.",
                "មនុស្សពេញវ័យដែលទុកចិត្តបាន គឺជាអ្នកដែលស្ដាប់អ្នក និងជួយឱ្យអ្នកមានសុវត្ថិភាព។",
                "Ang pinagkakatiwalaang nakatatanda ay isang taong nakikinig sa iyo at tumutulong "
                "para manatili kang ligtas.",
                "Người lớn đáng tin cậy là người lắng nghe bạn và giúp bạn được an toàn.",
            ),
            True,
            _t(
                "Yes. It could be a family member, a teacher, a social worker or another adult "
                "you feel safe with.",
                "ត្រូវហើយ។ អ្នកនោះអាចជាសមាជិកគ្រួសារ គ្រូបង្រៀន បុគ្គលិកសង្គមកិច្ច "
                "ឬមនុស្សពេញវ័យផ្សេងទៀតដែលអ្នកមានអារម្មណ៍សុវត្ថិភាពនៅជាមួយ។",
                "Oo. Maaaring isang kapamilya, guro, social worker, o ibang nakatatandang "
                "panatag ka.",
                "Đúng vậy. Đó có thể là người trong gia đình, thầy cô giáo, nhân viên công tác xã "
                "hội hoặc một người lớn khác mà bạn cảm thấy an toàn khi ở bên.",
            ),
            _t(
                "A trusted adult listens and helps you stay safe. It could be a family member, a "
                "teacher or a social worker.",
                "មនុស្សពេញវ័យដែលទុកចិត្តបាន ស្ដាប់អ្នក និងជួយឱ្យអ្នកមានសុវត្ថិភាព។ "
                "អ្នកនោះអាចជាសមាជិកគ្រួសារ គ្រូបង្រៀន ឬបុគ្គលិកសង្គមកិច្ច។",
                "Nakikinig at tumutulong ang pinagkakatiwalaang nakatatanda para manatili kang "
                "ligtas. Maaaring isang kapamilya, guro, o social worker.",
                "Người lớn đáng tin cậy lắng nghe và giúp bạn được an toàn. Đó có thể là người "
                "trong gia đình, thầy cô giáo hoặc nhân viên công tác xã hội.",
            ),
        ),
        _Statement(
            "9df3d9fa-48fc-4115-a28a-63ed49425b27",
            _t(
                "If the first adult you tell does not help, you should stop asking.",
                "ប្រសិនបើមនុស្សពេញវ័យដំបូងដែលអ្នកប្រាប់ មិនជួយទេ អ្នកគួរឈប់សុំជំនួយ។",
                "Kung hindi tumulong ang unang nakatatandang sinabihan mo, dapat ka nang tumigil "
                "sa paghingi ng tulong.",
                "Nếu người lớn đầu tiên bạn kể không giúp, bạn nên thôi không nhờ giúp đỡ nữa.",
            ),
            False,
            _t(
                "Right. Keep telling trusted adults until someone helps. You deserve to be heard.",
                "ត្រូវហើយ។ បន្តប្រាប់មនុស្សពេញវ័យដែលទុកចិត្តបាន រហូតដល់មាននរណាម្នាក់ជួយ។ អ្នកសមនឹងទទួលបានការស្ដាប់។",
                "Tama. Patuloy na magsabi sa mga pinagkakatiwalaang nakatatanda hanggang may "
                "tumulong. Nararapat kang mapakinggan.",
                "Đúng rồi. Hãy tiếp tục kể với những người lớn đáng tin cậy cho đến khi có người "
                "giúp. Bạn xứng đáng được lắng nghe.",
            ),
            _t(
                "Please keep asking. If one adult does not help, tell another trusted adult until "
                "someone does.",
                "សូមបន្តសុំជំនួយ។ ប្រសិនបើមនុស្សពេញវ័យម្នាក់មិនជួយ "
                "សូមប្រាប់មនុស្សពេញវ័យដែលទុកចិត្តបានម្នាក់ទៀត រហូតដល់មាននរណាម្នាក់ជួយ។",
                "Patuloy kang humingi ng tulong. Kung hindi tumulong ang isang nakatatanda, "
                "magsabi sa iba pang pinagkakatiwalaang nakatatanda hanggang may tumulong.",
                "Hãy tiếp tục nhờ giúp đỡ. Nếu một người lớn không giúp, hãy kể với một người lớn "
                "đáng tin cậy khác cho đến khi có người giúp.",
            ),
        ),
        _Statement(
            "d0fbc63d-a3df-4ca1-8c0b-abeeb22e2c4a",
            _t(
                "A child helpline should keep what you say private.",
                "ខ្សែទូរស័ព្ទជំនួយកុមារ គួររក្សាការសម្ងាត់នូវអ្វីដែលអ្នកនិយាយ។",
                "Dapat panatilihing pribado ng child helpline ang mga sinasabi mo.",
                "Đường dây trợ giúp trẻ em cần giữ kín những gì bạn nói.",
            ),
            True,
            _t(
                "Yes. A child helpline should be confidential.",
                "ត្រូវហើយ។ ខ្សែទូរស័ព្ទជំនួយកុមារ គួររក្សាការសម្ងាត់។",
                "Oo. Dapat kumpidensiyal ang child helpline.",
                "Đúng vậy. Đường dây trợ giúp trẻ em cần bảo mật.",
            ),
            _t(
                "A child helpline should be confidential: it keeps what you say private.",
                "ខ្សែទូរស័ព្ទជំនួយកុមារ គួររក្សាការសម្ងាត់៖ វារក្សាទុកអ្វីដែលអ្នកនិយាយជាការសម្ងាត់។",
                "Dapat kumpidensiyal ang child helpline: pinapanatili nitong pribado ang mga "
                "sinasabi mo.",
                "Đường dây trợ giúp trẻ em cần bảo mật: những gì bạn nói sẽ được giữ kín.",
            ),
        ),
        _Statement(
            "aeb3a435-fa9c-4243-b0e2-1089d7ad3bd6",
            _t(
                "Hotlines are only for adults.",
                "ខ្សែទូរស័ព្ទបន្ទាន់ គឺសម្រាប់តែមនុស្សពេញវ័យប៉ុណ្ណោះ។",
                "Para lamang sa matatanda ang mga hotline.",
                "Đường dây nóng chỉ dành cho người lớn.",
            ),
            False,
            _t(
                "Right. Many hotlines are for children and young people too. A trusted adult can "
                "help you find one.",
                "ត្រូវហើយ។ ខ្សែទូរស័ព្ទបន្ទាន់ជាច្រើនក៏សម្រាប់កុមារ និងយុវជនផងដែរ។ "
                "មនុស្សពេញវ័យដែលទុកចិត្តបានអាចជួយអ្នករកលេខមួយ។",
                "Tama. Marami ring hotline para sa mga bata at kabataan. Matutulungan ka ng isang "
                "pinagkakatiwalaang nakatatanda na makahanap nito.",
                "Đúng rồi. Nhiều đường dây nóng cũng dành cho trẻ em và thanh thiếu niên. Một "
                "người lớn đáng tin cậy có thể giúp bạn tìm số điện thoại.",
            ),
            _t(
                "Many hotlines are for children and young people too. A trusted adult can help "
                "you find one.",
                "ខ្សែទូរស័ព្ទបន្ទាន់ជាច្រើនក៏សម្រាប់កុមារ និងយុវជនផងដែរ។ មនុស្សពេញវ័យដែលទុកចិត្តបានអាចជួយអ្នករកលេខមួយ។",
                "Marami ring hotline para sa mga bata at kabataan. Matutulungan ka ng isang "
                "pinagkakatiwalaang nakatatanda na makahanap nito.",
                "Nhiều đường dây nóng cũng dành cho trẻ em và thanh thiếu niên. Một người lớn "
                "đáng tin cậy có thể giúp bạn tìm số điện thoại.",
            ),
        ),
        _Statement(
            "f8411bc0-cb65-44cb-9408-f15a7cf2ebd3",
            _t(
                "If someone treats you badly, it is your fault.",
                "ប្រសិនបើនរណាម្នាក់ប្រព្រឹត្តមិនល្អចំពោះអ្នក នោះជាកំហុសរបស់អ្នក។",
                "Kung may tumrato sa iyo nang masama, kasalanan mo iyon.",
                "Nếu ai đó đối xử tệ với bạn, đó là lỗi của bạn.",
            ),
            False,
            _t(
                "Right. It is never your fault. The person who causes harm is responsible.",
                "ត្រូវហើយ។ វាមិនមែនជាកំហុសរបស់អ្នកទាល់តែសោះ។ អ្នកដែលបង្កគ្រោះថ្នាក់ គឺជាអ្នកទទួលខុសត្រូវ។",
                "Tama. Hindi kailanman kasalanan mo iyon. Ang taong nananakit ang may pananagutan.",
                "Đúng rồi. Đó không bao giờ là lỗi của bạn. Người gây tổn hại mới là người phải "
                "chịu trách nhiệm.",
            ),
            _t(
                "It is never your fault. The person who causes harm is responsible, and you "
                "deserve help.",
                "វាមិនមែនជាកំហុសរបស់អ្នកទាល់តែសោះ។ អ្នកដែលបង្កគ្រោះថ្នាក់ គឺជាអ្នកទទួលខុសត្រូវ ហើយអ្នកសមនឹងទទួលបានជំនួយ។",
                "Hindi kailanman kasalanan mo iyon. Ang taong nananakit ang may pananagutan, at "
                "nararapat kang matulungan.",
                "Đó không bao giờ là lỗi của bạn. Người gây tổn hại mới là người phải chịu trách "
                "nhiệm, và bạn xứng đáng được giúp đỡ.",
            ),
        ),
        _Statement(
            "fe93aa5b-f9d6-4b72-9fa9-f1b7bf2459db",
            _t(
                "A social worker is trained to help children and families get support.",
                "បុគ្គលិកសង្គមកិច្ច ត្រូវបានបណ្ដុះបណ្ដាលឱ្យជួយកុមារ និងគ្រួសារ ឱ្យទទួលបានការគាំទ្រ។",
                "Sinanay ang social worker para tulungan ang mga bata at pamilya na makakuha ng "
                "suporta.",
                "Nhân viên công tác xã hội được đào tạo để giúp trẻ em và gia đình nhận được sự hỗ "
                "trợ.",
            ),
            True,
            _t(
                "Yes. Social workers help children and families get support and stay safe.",
                "ត្រូវហើយ។ បុគ្គលិកសង្គមកិច្ចជួយកុមារ និងគ្រួសារ ឱ្យទទួលបានការគាំទ្រ និងមានសុវត្ថិភាព។",
                "Oo. Tinutulungan ng mga social worker ang mga bata at pamilya na makakuha ng "
                "suporta at manatiling ligtas.",
                "Đúng vậy. Nhân viên công tác xã hội giúp trẻ em và gia đình nhận được sự hỗ trợ "
                "và được an toàn.",
            ),
            _t(
                "Social workers are trained to help children and families get support and stay "
                "safe.",
                "បុគ្គលិកសង្គមកិច្ច ត្រូវបានបណ្ដុះបណ្ដាលឱ្យជួយកុមារ និងគ្រួសារ ឱ្យទទួលបានការគាំទ្រ និងមានសុវត្ថិភាព។",
                "Sinanay ang mga social worker para tulungan ang mga bata at pamilya na makakuha "
                "ng suporta at manatiling ligtas.",
                "Nhân viên công tác xã hội được đào tạo để giúp trẻ em và gia đình nhận được sự hỗ "
                "trợ và được an toàn.",
            ),
        ),
    ],
)

CONFIDENTIALITY = _activity(
    "confidentiality-peer-support",
    _t(
        "Confidentiality when you support a peer",
        "ការរក្សាការសម្ងាត់ នៅពេលអ្នកជួយគាំទ្រមិត្តភក្ដិ",
        "Pagiging kumpidensiyal kapag sumusuporta ka sa kapwa kabataan",
        "Bảo mật thông tin khi bạn hỗ trợ bạn bè",
    ),
    _t(
        "<p>When you support a peer, you keep what they share <em>private</em>. Is each "
        "sentence true or false?</p>",
        "នៅពេលអ្នកជួយគាំទ្រមិត្តភក្ដិ អ្នករក្សាទុកអ្វីដែលពួកគេចែករំលែកជាការសម្ងាត់។ តើប្រយោគនីមួយៗពិត ឬមិនពិត?",
        "Kapag sumusuporta ka sa kapwa kabataan, pinananatili mong pribado ang ibinabahagi "
        "nila. Tama o mali ba ang bawat pangungusap?",
        "Khi hỗ trợ bạn bè, bạn giữ kín những gì họ chia sẻ. Mỗi câu sau đây đúng hay sai?",
    ),
    [
        _Statement(
            "2f5bd5b8-9b0c-47b5-ba1c-5286fa36994c",
            _t(
                "Confidentiality means keeping someone's information private and sharing it only "
                "with their permission.",
                "ការរក្សាការសម្ងាត់ មានន័យថា រក្សាព័ត៌មានរបស់នរណាម្នាក់ជាការសម្ងាត់ "
                "ហើយចែករំលែកវាតែនៅពេលមានការអនុញ្ញាតពីពួកគេប៉ុណ្ណោះ។",
                "Ang pagiging kumpidensiyal ay ang pagpapanatiling pribado ng impormasyon ng "
                "isang tao at pagbabahagi lamang nito kapag may pahintulot niya.",
                "Bảo mật có nghĩa là giữ kín thông tin của một người và chỉ chia sẻ khi người đó "
                "cho phép.",
            ),
            True,
            _t(
                "Yes. That is what confidentiality means.",
                "ត្រូវហើយ។ នោះហើយជាអត្ថន័យនៃការរក្សាការសម្ងាត់។",
                "Oo. Iyan ang ibig sabihin ng pagiging kumpidensiyal.",
                "Đúng vậy. Đó chính là ý nghĩa của bảo mật.",
            ),
            _t(
                "Confidentiality means keeping information private and sharing it only with "
                "permission.",
                "ការរក្សាការសម្ងាត់ មានន័យថា រក្សាព័ត៌មានជាការសម្ងាត់ ហើយចែករំលែកវាតែនៅពេលមានការអនុញ្ញាតប៉ុណ្ណោះ។",
                "Ang pagiging kumpidensiyal ay ang pagpapanatiling pribado ng impormasyon at "
                "pagbabahagi lamang nito kapag may pahintulot.",
                "Bảo mật có nghĩa là giữ kín thông tin và chỉ chia sẻ khi được cho phép.",
            ),
        ),
        _Statement(
            "36de8eff-93ee-473b-be96-4ec30f6161f2",
            _t(
                "It is fine to post a friend's story online if you leave out their name.",
                "ការបង្ហោះរឿងរបស់មិត្តភក្ដិនៅលើអ៊ីនធឺណិត គឺមិនអីទេ ប្រសិនបើអ្នកមិនដាក់ឈ្មោះរបស់គេ។",
                "Ayos lang na i-post online ang kuwento ng kaibigan basta hindi mo isasama ang "
                "pangalan niya.",
                "Đăng câu chuyện của bạn mình lên mạng là được, miễn là bạn không ghi tên người "
                "đó.",
            ),
            False,
            _t(
                "Right. Even without a name, details like a school or a village can show who "
                "someone is.",
                "ត្រូវហើយ។ ទោះបីគ្មានឈ្មោះក៏ដោយ ព័ត៌មានលម្អិតដូចជាសាលារៀន ឬភូមិ អាចបង្ហាញថាអ្នកនោះជានរណា។",
                "Tama. Kahit walang pangalan, maaaring ipakita ng mga detalye tulad ng paaralan o "
                "barangay kung sino ang isang tao.",
                "Đúng rồi. Dù không có tên, những chi tiết như trường học hay làng xóm vẫn có thể "
                "cho biết người đó là ai.",
            ),
            _t(
                "Please keep it private. Details like a school or a village can show who someone "
                "is, even without a name.",
                "សូមរក្សាវាជាការសម្ងាត់។ ព័ត៌មានលម្អិតដូចជាសាលារៀន ឬភូមិ "
                "អាចបង្ហាញថាអ្នកនោះជានរណា ទោះបីគ្មានឈ្មោះក៏ដោយ។",
                "Panatilihin itong pribado. Maaaring ipakita ng mga detalye tulad ng paaralan o "
                "barangay kung sino ang isang tao, kahit walang pangalan.",
                "Hãy giữ kín câu chuyện đó. Những chi tiết như trường học hay làng xóm vẫn có thể "
                "cho biết người đó là ai, dù không có tên.",
            ),
        ),
        _Statement(
            "0b4b5ef3-9ad2-4ff5-a8a9-18fc22eb58a8",
            _t(
                "When you support a peer, you should ask for photos or messages as proof.",
                "នៅពេលអ្នកជួយគាំទ្រមិត្តភក្ដិ អ្នកគួរសុំរូបថត ឬសារ ទុកជាភស្តុតាង។",
                "Kapag sumusuporta ka sa kapwa kabataan, dapat kang humingi ng mga litrato o "
                "mensahe bilang patunay.",
                "Khi hỗ trợ bạn bè, bạn nên xin ảnh hoặc tin nhắn để làm bằng chứng.",
            ),
            False,
            _t(
                "Right. Never collect or forward photos or messages. If something worries you, "
                "tell a trusted adult.",
                "ត្រូវហើយ។ កុំប្រមូល ឬបញ្ជូនបន្តរូបថត ឬសារ ជាដាច់ខាត។ "
                "ប្រសិនបើមានអ្វីដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ សូមប្រាប់មនុស្សពេញវ័យដែលទុកចិត្តបាន។",
                "Tama. Huwag kailanman mangolekta o magpasa ng mga litrato o mensahe. Kung may "
                "ikinababahala ka, magsabi sa isang pinagkakatiwalaang nakatatanda.",
                "Đúng rồi. Đừng bao giờ thu thập hay chuyển tiếp ảnh hoặc tin nhắn. Nếu có điều gì "
                "khiến bạn lo lắng, hãy kể với một người lớn đáng tin cậy.",
            ),
            _t(
                "Never collect or forward photos or messages: it can hurt your friend. If "
                "something worries you, tell a trusted adult.",
                "កុំប្រមូល ឬបញ្ជូនបន្តរូបថត ឬសារ ជាដាច់ខាត៖ វាអាចធ្វើឱ្យមិត្តភក្ដិរបស់អ្នករងគ្រោះ។ "
                "ប្រសិនបើមានអ្វីដែលធ្វើឱ្យអ្នកព្រួយបារម្ភ សូមប្រាប់មនុស្សពេញវ័យដែលទុកចិត្តបាន។",
                "Huwag kailanman mangolekta o magpasa ng mga litrato o mensahe: maaari nitong "
                "masaktan ang kaibigan mo. Kung may ikinababahala ka, magsabi sa isang "
                "pinagkakatiwalaang nakatatanda.",
                "Đừng bao giờ thu thập hay chuyển tiếp ảnh hoặc tin nhắn: điều đó có thể làm tổn "
                "thương bạn của bạn. Nếu có điều gì khiến bạn lo lắng, hãy kể với một người lớn "
                "đáng tin cậy.",
            ),
        ),
        _Statement(
            "a71ac3a8-d6b5-4b07-87e1-3c08bb334c23",
            _t(
                "If a friend may be in danger, you can get help from your facilitator or another "
                "trusted adult.",
                "ប្រសិនបើមិត្តភក្ដិម្នាក់អាចកំពុងប្រឈមនឹងគ្រោះថ្នាក់ "
                "អ្នកអាចសុំជំនួយពីអ្នកសម្របសម្រួលរបស់អ្នក ឬមនុស្សពេញវ័យផ្សេងទៀតដែលទុកចិត្តបាន។",
                "Kung maaaring nasa panganib ang isang kaibigan, maaari kang humingi ng tulong sa "
                "iyong facilitator o sa iba pang pinagkakatiwalaang nakatatanda.",
                "Nếu một người bạn có thể đang gặp nguy hiểm, bạn có thể nhờ người điều phối của "
                "mình hoặc một người lớn đáng tin cậy khác giúp đỡ.",
            ),
            True,
            _t(
                "Yes. Keeping someone safe comes first. Tell your friend that you are asking for "
                "help.",
                "ត្រូវហើយ។ សុវត្ថិភាពរបស់មនុស្សម្នាក់មកមុនគេ។ ប្រាប់មិត្តភក្ដិរបស់អ្នកថា អ្នកកំពុងសុំជំនួយ។",
                "Oo. Inuuna ang kaligtasan ng tao. Sabihin sa kaibigan mo na hihingi ka ng tulong.",
                "Đúng vậy. Sự an toàn của một người là quan trọng nhất. Hãy cho bạn mình biết rằng "
                "bạn đang nhờ giúp đỡ.",
            ),
            _t(
                "Keeping someone safe comes first. You can get help from your facilitator or "
                "another trusted adult, and tell your friend you are doing so.",
                "សុវត្ថិភាពរបស់មនុស្សម្នាក់មកមុនគេ។ អ្នកអាចសុំជំនួយពីអ្នកសម្របសម្រួលរបស់អ្នក "
                "ឬមនុស្សពេញវ័យផ្សេងទៀតដែលទុកចិត្តបាន ហើយប្រាប់មិត្តភក្ដិរបស់អ្នកថា "
                "អ្នកកំពុងធ្វើដូច្នេះ។",
                "Inuuna ang kaligtasan ng tao. Maaari kang humingi ng tulong sa iyong facilitator "
                "o sa iba pang pinagkakatiwalaang nakatatanda, at sabihin sa kaibigan mo na "
                "ginagawa mo ito.",
                "Sự an toàn của một người là quan trọng nhất. Bạn có thể nhờ người điều phối của "
                "mình hoặc một người lớn đáng tin cậy khác giúp đỡ, và cho bạn mình biết bạn đang "
                "làm vậy.",
            ),
        ),
        _Statement(
            "4f69e479-146a-4e60-a2ef-875355c3fb7d",
            _t(
                "Looking after yourself is part of supporting others.",
                "ការថែរក្សាខ្លួនឯង គឺជាផ្នែកមួយនៃការជួយគាំទ្រអ្នកដទៃ។",
                "Bahagi ng pagsuporta sa iba ang pag-aalaga sa sarili.",
                "Chăm sóc bản thân là một phần của việc hỗ trợ người khác.",
            ),
            True,
            _t(
                "Yes. Rest, talk with your facilitator and take breaks when you need them.",
                "ត្រូវហើយ។ សម្រាក និយាយជាមួយអ្នកសម្របសម្រួលរបស់អ្នក ហើយឈប់សម្រាកនៅពេលអ្នកត្រូវការ។",
                "Oo. Magpahinga, kausapin ang iyong facilitator, at huminto muna kapag kailangan "
                "mo.",
                "Đúng vậy. Hãy nghỉ ngơi, trò chuyện với người điều phối của bạn và tạm nghỉ khi "
                "cần.",
            ),
            _t(
                "Supporting others can be tiring. Rest, talk with your facilitator and take "
                "breaks when you need them.",
                "ការជួយគាំទ្រអ្នកដទៃ អាចធ្វើឱ្យអស់កម្លាំង។ សម្រាក "
                "និយាយជាមួយអ្នកសម្របសម្រួលរបស់អ្នក ហើយឈប់សម្រាកនៅពេលអ្នកត្រូវការ។",
                "Nakapapagod ang pagsuporta sa iba. Magpahinga, kausapin ang iyong facilitator, at "
                "huminto muna kapag kailangan mo.",
                "Hỗ trợ người khác có thể khiến bạn mệt mỏi. Hãy nghỉ ngơi, trò chuyện với người "
                "điều phối của bạn và tạm nghỉ khi cần.",
            ),
        ),
    ],
)

DEMO_ACTIVITIES: tuple[DemoActivity, ...] = (RIGHT_TO_BE_HEARD, WHO_CAN_HELP, CONFIDENTIALITY)


def demo_activity(slug: str) -> DemoActivity:
    """The demo activity with this slug; KeyError when there is none."""
    for activity in DEMO_ACTIVITIES:
        if activity.slug == slug:
            return activity
    raise KeyError(slug)
