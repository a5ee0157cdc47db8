# ruff: noqa: E501  (prose in four languages, one sentence a line)
"""The short public demo course "Know your rights", in the curriculum data format.

Anyone who signs in may take it; the browser test walks it and downloads its Khmer
certificate. The quiz is answered by reading choice texts, so every single-choice question
has exactly one plainly right choice, nothing refers to a choice's place ("all of the
above"), and ``PUBLIC_COURSE_ANSWERS`` gives the right answers by their English words.
"""

from .models import CourseAccess

COURSE = {
    "slug": "know-your-rights",
    "access": CourseAccess.SIGNED_IN,
    "title": {
        "en": "Know your rights",
        "km": "ស្គាល់សិទ្ធិរបស់អ្នក",
        "fil": "Alamin ang iyong mga karapatan",
        "vi": "Hiểu về quyền của bạn",
    },
    "summary": {
        "en": "A short course for everyone: what your rights are, and where to find help.",
        "km": "វគ្គសិក្សាខ្លីសម្រាប់អ្នកទាំងអស់គ្នា៖ សិទ្ធិរបស់អ្នកមានអ្វីខ្លះ និងកន្លែងដែលអាចរកជំនួយបាន។",
        "fil": "Maikling kurso para sa lahat: ano ang iyong mga karapatan, at saan makakahanap ng tulong.",
        "vi": "Một khóa học ngắn cho mọi người: quyền của bạn là gì, và tìm sự giúp đỡ ở đâu.",
    },
    # Printed on certificates: neutral words only (see courses.certificates.wording).
    "certificate_title": {
        "en": "Know your rights",
        "km": "ស្គាល់សិទ្ធិរបស់អ្នក",
        "fil": "Alamin ang iyong mga karapatan",
        "vi": "Hiểu về quyền của bạn",
    },
}

MODULE = {
    "slug": "rights-and-help",
    "title": {
        "en": "Your rights and where to find help",
        "km": "សិទ្ធិរបស់អ្នក និងកន្លែងរកជំនួយ",
        "fil": "Ang iyong mga karapatan at kung saan hihingi ng tulong",
        "vi": "Quyền của bạn và nơi tìm sự giúp đỡ",
    },
    "summary": {
        "en": "What rights every child has, and who can help when you need it.",
        "km": "សិទ្ធិដែលកុមារគ្រប់រូបមាន និងអ្នកដែលអាចជួយនៅពេលអ្នកត្រូវការ។",
        "fil": "Ang mga karapatan ng bawat bata, at kung sino ang makakatulong kapag kailangan mo.",
        "vi": "Những quyền mà mọi trẻ em đều có, và ai có thể giúp khi bạn cần.",
    },
    "lessons": [
        {
            "slug": "you-have-rights",
            "title": {
                "en": "You have rights",
                "km": "អ្នកមានសិទ្ធិ",
                "fil": "May mga karapatan ka",
                "vi": "Bạn có quyền",
            },
            "summary": {
                "en": "Rights belong to every child. Here are some of yours.",
                "km": "កុមារគ្រប់រូបមានសិទ្ធិ។ នេះគឺជាសិទ្ធិមួយចំនួនរបស់អ្នក។",
                "fil": "Bawat bata ay may mga karapatan. Narito ang ilan sa iyo.",
                "vi": "Mọi trẻ em đều có quyền. Đây là một số quyền của bạn.",
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": "Every child, everywhere, has rights. A right is something every person should have, just because they are a person. You do not have to earn your rights, and nobody can take them away from you.",
                        "km": "កុមារគ្រប់រូប នៅគ្រប់ទីកន្លែង សុទ្ធតែមានសិទ្ធិ។ សិទ្ធិ គឺជាអ្វីដែលមនុស្សគ្រប់រូបគួរតែមាន ដោយសារតែពួកគេជាមនុស្ស។ អ្នកមិនចាំបាច់ធ្វើអ្វីដើម្បីទទួលបានសិទ្ធិរបស់អ្នកទេ ហើយគ្មាននរណាម្នាក់អាចដកហូតសិទ្ធិទាំងនោះពីអ្នកបានឡើយ។",
                        "fil": "Ang bawat bata, saanman, ay may mga karapatan. Ang karapatan ay isang bagay na dapat mayroon ang bawat tao, dahil lang sa siya ay tao. Hindi mo kailangang paghirapan ang iyong mga karapatan, at walang sinuman ang puwedeng kumuha nito sa iyo.",
                        "vi": "Mọi trẻ em, ở bất cứ đâu, đều có quyền. Quyền là điều mà mỗi người đều nên có, chỉ vì họ là con người. Bạn không cần phải làm gì để có được quyền của mình, và không ai có thể lấy đi quyền đó của bạn.",
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "Some of your rights",
                        "km": "សិទ្ធិមួយចំនួនរបស់អ្នក",
                        "fil": "Ilan sa iyong mga karapatan",
                        "vi": "Một số quyền của bạn",
                    },
                    "points": [
                        {
                            "en": "You have the right to be safe.",
                            "km": "អ្នកមានសិទ្ធិទទួលបានសុវត្ថិភាព។",
                            "fil": "May karapatan kang maging ligtas.",
                            "vi": "Bạn có quyền được an toàn.",
                        },
                        {
                            "en": "You have the right to say what you think and to be listened to.",
                            "km": "អ្នកមានសិទ្ធិបញ្ចេញគំនិតរបស់អ្នក និងទទួលបានការស្តាប់។",
                            "fil": "May karapatan kang sabihin ang iniisip mo at mapakinggan.",
                            "vi": "Bạn có quyền nói lên suy nghĩ của mình và được lắng nghe.",
                        },
                        {
                            "en": "You have the right to keep your private life private.",
                            "km": "អ្នកមានសិទ្ធិរក្សាជីវិតឯកជនរបស់អ្នកជាការសម្ងាត់។",
                            "fil": "May karapatan kang panatilihing pribado ang iyong personal na buhay.",
                            "vi": "Bạn có quyền giữ kín đời sống riêng tư của mình.",
                        },
                        {
                            "en": "You have the right to get help.",
                            "km": "អ្នកមានសិទ្ធិទទួលបានជំនួយ។",
                            "fil": "May karapatan kang makakuha ng tulong.",
                            "vi": "Bạn có quyền được giúp đỡ.",
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": "Your name and your story belong to you. Nobody should share them without asking you first.",
                        "km": "ឈ្មោះ និងរឿងរ៉ាវរបស់អ្នក គឺជារបស់អ្នក។ គ្មាននរណាម្នាក់គួរចែករំលែកវា ដោយមិនសួរអ្នកជាមុននោះទេ។",
                        "fil": "Sa iyo ang iyong pangalan at ang iyong kuwento. Walang dapat magbahagi nito nang hindi ka muna tinatanong.",
                        "vi": "Tên và câu chuyện của bạn thuộc về bạn. Không ai được chia sẻ chúng mà không hỏi ý bạn trước.",
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": "Which of these rights matters most to you today? You can keep your answer to yourself if you like.",
                        "km": "តើសិទ្ធិមួយណាក្នុងចំណោមសិទ្ធិទាំងនេះ សំខាន់បំផុតសម្រាប់អ្នកនៅថ្ងៃនេះ? អ្នកអាចរក្សាចម្លើយទុកសម្រាប់ខ្លួនឯងក៏បាន។",
                        "fil": "Alin sa mga karapatang ito ang pinakamahalaga sa iyo ngayon? Puwede mong sarilinin ang iyong sagot kung gusto mo.",
                        "vi": "Hôm nay, quyền nào trong số này quan trọng nhất với bạn? Bạn có thể giữ câu trả lời cho riêng mình nếu muốn.",
                    },
                },
            ],
        },
        {
            "slug": "getting-help",
            "title": {
                "en": "Getting help",
                "km": "ការស្វែងរកជំនួយ",
                "fil": "Paghingi ng tulong",
                "vi": "Tìm sự giúp đỡ",
            },
            "summary": {
                "en": "Who can help, and what you can expect when you ask.",
                "km": "អ្នកណាអាចជួយបាន និងអ្វីដែលអ្នកអាចរំពឹងទុក នៅពេលអ្នកសុំជំនួយ។",
                "fil": "Sino ang makakatulong, at ano ang maaasahan mo kapag humingi ka ng tulong.",
                "vi": "Ai có thể giúp bạn, và bạn có thể mong đợi điều gì khi nhờ giúp đỡ.",
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": "Everyone needs help sometimes. Asking for help is a strong and brave thing to do.",
                        "km": "មនុស្សគ្រប់គ្នាត្រូវការជំនួយនៅពេលខ្លះ។ ការសុំជំនួយ គឺជាទង្វើដ៏រឹងមាំ និងក្លាហាន។",
                        "fil": "Lahat ay nangangailangan ng tulong paminsan-minsan. Ang paghingi ng tulong ay tanda ng lakas at tapang.",
                        "vi": "Ai cũng có lúc cần được giúp đỡ. Nhờ giúp đỡ là một việc làm mạnh mẽ và dũng cảm.",
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "People who can help",
                        "km": "អ្នកដែលអាចជួយបាន",
                        "fil": "Mga taong makakatulong",
                        "vi": "Những người có thể giúp bạn",
                    },
                    "points": [
                        {
                            "en": "A trusted adult, such as someone in your family, a teacher or a neighbour you feel safe with.",
                            "km": "មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ដូចជាសមាជិកគ្រួសារ គ្រូ ឬអ្នកជិតខាងដែលអ្នកមានអារម្មណ៍សុវត្ថិភាពពេលនៅជាមួយ។",
                            "fil": "Isang nakatatandang pinagkakatiwalaan mo, gaya ng kapamilya, guro o kapitbahay na panatag ka.",
                            "vi": "Một người lớn bạn tin tưởng, như người trong gia đình, thầy cô hoặc hàng xóm mà bạn thấy an toàn khi ở cạnh.",
                        },
                        {
                            "en": "A child helpline, where you can call and talk to someone.",
                            "km": "ខ្សែទូរស័ព្ទជំនួយកុមារ ដែលអ្នកអាចហៅទូរស័ព្ទ ហើយនិយាយជាមួយនរណាម្នាក់។",
                            "fil": "Isang child helpline, kung saan puwede kang tumawag at makipag-usap sa isang tao.",
                            "vi": "Đường dây hỗ trợ trẻ em, nơi bạn có thể gọi điện và nói chuyện với một người.",
                        },
                        {
                            "en": "A social worker or an outreach worker.",
                            "km": "បុគ្គលិកសង្គមកិច្ច ឬបុគ្គលិកចុះមូលដ្ឋាន។",
                            "fil": "Isang social worker o outreach worker.",
                            "vi": "Nhân viên công tác xã hội hoặc nhân viên tiếp cận cộng đồng.",
                        },
                        {
                            "en": "A drop-in centre, where young people can go for support.",
                            "km": "មជ្ឈមណ្ឌលបើកចំហ ដែលយុវជនអាចទៅទទួលការគាំទ្រ។",
                            "fil": "Isang drop-in centre, kung saan puwedeng pumunta ang kabataan para sa suporta.",
                            "vi": "Trung tâm hỗ trợ mở cửa, nơi người trẻ có thể đến để được giúp đỡ.",
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": "If someone has hurt you, it is not your fault. You should never be blamed or punished for what someone else did.",
                        "km": "ប្រសិនបើនរណាម្នាក់បានធ្វើឱ្យអ្នកឈឺចាប់ នោះមិនមែនជាកំហុសរបស់អ្នកទេ។ អ្នកមិនគួរត្រូវបានគេបន្ទោស ឬដាក់ទោស ចំពោះអ្វីដែលអ្នកដទៃបានធ្វើឡើយ។",
                        "fil": "Kung may nanakit sa iyo, hindi mo iyon kasalanan. Hindi ka dapat sisihin o parusahan sa ginawa ng ibang tao.",
                        "vi": "Nếu ai đó làm tổn thương bạn, đó không phải lỗi của bạn. Bạn không bao giờ đáng bị đổ lỗi hay trừng phạt vì việc người khác đã làm.",
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": "If you talk to the police or a lawyer, they should tell you what happens next. You can ask questions at any time.",
                        "km": "ប្រសិនបើអ្នកនិយាយជាមួយនគរបាល ឬមេធាវី ពួកគេគួរប្រាប់អ្នកពីអ្វីដែលនឹងកើតឡើងបន្ទាប់។ អ្នកអាចសួរសំណួរបានគ្រប់ពេល។",
                        "fil": "Kung kakausapin mo ang pulis o abogado, dapat nilang sabihin sa iyo kung ano ang susunod na mangyayari. Puwede kang magtanong anumang oras.",
                        "vi": "Nếu bạn nói chuyện với công an hoặc luật sư, họ nên cho bạn biết điều gì sẽ xảy ra tiếp theo. Bạn có thể đặt câu hỏi bất cứ lúc nào.",
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": "Think of one adult you could talk to if you needed help. You do not have to say who it is.",
                        "km": "សូមគិតពីមនុស្សពេញវ័យម្នាក់ ដែលអ្នកអាចនិយាយជាមួយបាន ប្រសិនបើអ្នកត្រូវការជំនួយ។ អ្នកមិនចាំបាច់ប្រាប់ថាជានរណាទេ។",
                        "fil": "Mag-isip ng isang nakatatanda na puwede mong kausapin kung kailangan mo ng tulong. Hindi mo kailangang sabihin kung sino.",
                        "vi": "Hãy nghĩ về một người lớn mà bạn có thể nói chuyện khi cần giúp đỡ. Bạn không cần nói ra đó là ai.",
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {
            "en": "Check what you know",
            "km": "ពិនិត្យមើលអ្វីដែលអ្នកដឹង",
            "fil": "Subukin ang iyong natutunan",
            "vi": "Kiểm tra những gì bạn biết",
        },
        "intro": {
            "en": "Six short questions about this course. There are no trick questions, and you can try again.",
            "km": "សំណួរខ្លីៗចំនួនប្រាំមួយ អំពីវគ្គសិក្សានេះ។ គ្មានសំណួរបោកបញ្ឆោតទេ ហើយអ្នកអាចសាកល្បងម្តងទៀតបាន។",
            "fil": "Anim na maiikling tanong tungkol sa kursong ito. Walang tanong na panlilinlang, at puwede kang sumubok ulit.",
            "vi": "Sáu câu hỏi ngắn về khóa học này. Không có câu hỏi đánh đố nào, và bạn có thể làm lại.",
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "single_choice",
                "question": {
                    "en": "Who has rights?",
                    "km": "តើនរណាខ្លះមានសិទ្ធិ?",
                    "fil": "Sino ang may mga karapatan?",
                    "vi": "Ai có quyền?",
                },
                "explanation": {
                    "en": "Rights belong to every child, wherever they live and whatever has happened to them.",
                    "km": "សិទ្ធិជារបស់កុមារគ្រប់រូប មិនថាពួកគេរស់នៅទីណា ឬមានរឿងអ្វីកើតឡើងចំពោះពួកគេនោះទេ។",
                    "fil": "Ang mga karapatan ay para sa bawat bata, saan man siya nakatira at anuman ang nangyari sa kanya.",
                    "vi": "Quyền thuộc về mọi trẻ em, dù các em sống ở đâu và dù điều gì đã xảy ra với các em.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "Every child, everywhere",
                            "km": "កុមារគ្រប់រូប នៅគ្រប់ទីកន្លែង",
                            "fil": "Bawat bata, saanman",
                            "vi": "Mọi trẻ em, ở bất cứ đâu",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Every child has rights, wherever they live.",
                            "km": "ត្រឹមត្រូវ។ កុមារគ្រប់រូបមានសិទ្ធិ មិនថារស់នៅទីណាទេ។",
                            "fil": "Tama. May mga karapatan ang bawat bata, saan man siya nakatira.",
                            "vi": "Đúng rồi. Mọi trẻ em đều có quyền, dù sống ở đâu.",
                        },
                    },
                    {
                        "text": {
                            "en": "Only children who get good marks at school",
                            "km": "មានតែកុមារដែលរៀនពូកែនៅសាលាប៉ុណ្ណោះ",
                            "fil": "Ang mga batang matataas lang ang marka sa paaralan",
                            "vi": "Chỉ những trẻ em học giỏi ở trường",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Not quite. You do not have to earn your rights: every child has them.",
                            "km": "មិនទាន់ត្រឹមត្រូវទេ។ អ្នកមិនចាំបាច់ធ្វើអ្វីដើម្បីទទួលបានសិទ្ធិទេ៖ កុមារគ្រប់រូបមានសិទ្ធិ។",
                            "fil": "Hindi pa tama. Hindi mo kailangang paghirapan ang iyong mga karapatan: mayroon nito ang bawat bata.",
                            "vi": "Chưa đúng. Bạn không cần phải làm gì để có quyền: mọi trẻ em đều có quyền.",
                        },
                    },
                    {
                        "text": {
                            "en": "Only adults",
                            "km": "មានតែមនុស្សពេញវ័យប៉ុណ្ណោះ",
                            "fil": "Ang matatanda lang",
                            "vi": "Chỉ người lớn",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Not quite. Children have rights too, just like adults.",
                            "km": "មិនទាន់ត្រឹមត្រូវទេ។ កុមារក៏មានសិទ្ធិដែរ ដូចមនុស្សពេញវ័យដែរ។",
                            "fil": "Hindi pa tama. May mga karapatan din ang mga bata, tulad ng matatanda.",
                            "vi": "Chưa đúng. Trẻ em cũng có quyền, giống như người lớn.",
                        },
                    },
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": "Which of these are your rights? Choose every right answer.",
                    "km": "តើមួយណាខ្លះជាសិទ្ធិរបស់អ្នក? សូមជ្រើសរើសចម្លើយត្រឹមត្រូវទាំងអស់។",
                    "fil": "Alin sa mga ito ang iyong mga karapatan? Piliin ang lahat ng tamang sagot.",
                    "vi": "Những điều nào sau đây là quyền của bạn? Hãy chọn tất cả các câu đúng.",
                },
                "explanation": {
                    "en": "You have the right to be safe, to be listened to and to keep your story private. Nobody has the right to make you stay silent.",
                    "km": "អ្នកមានសិទ្ធិទទួលបានសុវត្ថិភាព ទទួលបានការស្តាប់ និងរក្សារឿងរ៉ាវរបស់អ្នកជាការសម្ងាត់។ គ្មាននរណាម្នាក់មានសិទ្ធិបង្ខំឱ្យអ្នកនៅស្ងៀមទេ។",
                    "fil": "May karapatan kang maging ligtas, mapakinggan at panatilihing pribado ang iyong kuwento. Walang sinuman ang may karapatang patahimikin ka.",
                    "vi": "Bạn có quyền được an toàn, được lắng nghe và giữ kín câu chuyện của mình. Không ai có quyền bắt bạn phải im lặng.",
                },
                "choices": [
                    {
                        "text": {
                            "en": "To be safe",
                            "km": "ទទួលបានសុវត្ថិភាព",
                            "fil": "Maging ligtas",
                            "vi": "Được an toàn",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Being safe is one of your rights.",
                            "km": "ត្រឹមត្រូវ។ សុវត្ថិភាព គឺជាសិទ្ធិមួយរបស់អ្នក។",
                            "fil": "Tama. Karapatan mong maging ligtas.",
                            "vi": "Đúng rồi. Được an toàn là một quyền của bạn.",
                        },
                    },
                    {
                        "text": {
                            "en": "To be listened to",
                            "km": "ទទួលបានការស្តាប់",
                            "fil": "Mapakinggan",
                            "vi": "Được lắng nghe",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes. What you think counts.",
                            "km": "ត្រឹមត្រូវ។ គំនិតរបស់អ្នកមានតម្លៃ។",
                            "fil": "Tama. Mahalaga ang iyong iniisip.",
                            "vi": "Đúng rồi. Ý kiến của bạn có giá trị.",
                        },
                    },
                    {
                        "text": {
                            "en": "To keep your story private",
                            "km": "រក្សារឿងរ៉ាវរបស់អ្នកជាការសម្ងាត់",
                            "fil": "Panatilihing pribado ang iyong kuwento",
                            "vi": "Giữ kín câu chuyện của mình",
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Your story belongs to you.",
                            "km": "ត្រឹមត្រូវ។ រឿងរ៉ាវរបស់អ្នក គឺជារបស់អ្នក។",
                            "fil": "Tama. Sa iyo ang iyong kuwento.",
                            "vi": "Đúng rồi. Câu chuyện của bạn thuộc về bạn.",
                        },
                    },
                    {
                        "text": {
                            "en": "To be told to stay silent",
                            "km": "ត្រូវគេប្រាប់ឱ្យនៅស្ងៀម",
                            "fil": "Sabihang manahimik",
                            "vi": "Bị bắt phải im lặng",
                        },
                        "correct": False,
                        "feedback": {
                            "en": "Not quite. Nobody should make you stay silent. You can always speak up and ask for help.",
                            "km": "មិនទាន់ត្រឹមត្រូវទេ។ គ្មាននរណាម្នាក់គួរបង្ខំឱ្យអ្នកនៅស្ងៀមទេ។ អ្នកតែងតែអាចនិយាយ និងសុំជំនួយបាន។",
                            "fil": "Hindi pa tama. Walang dapat magpatahimik sa iyo. Puwede kang laging magsalita at humingi ng tulong.",
                            "vi": "Chưa đúng. Không ai được bắt bạn im lặng. Bạn luôn có thể lên tiếng và nhờ giúp đỡ.",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": "True or false: if an adult hurts a child, the child is to blame.",
                    "km": "ពិត ឬមិនពិត៖ ប្រសិនបើមនុស្សពេញវ័យធ្វើឱ្យកុមារឈឺចាប់ កុមារនោះជាអ្នកមានកំហុស។",
                    "fil": "Tama o mali: kapag sinaktan ng isang nakatatanda ang isang bata, ang bata ang may kasalanan.",
                    "vi": "Đúng hay sai: nếu người lớn làm tổn thương một đứa trẻ, thì đứa trẻ có lỗi.",
                },
                "explanation": {
                    "en": "The adult is responsible for what they did. A child is never to blame.",
                    "km": "មនុស្សពេញវ័យនោះ ត្រូវទទួលខុសត្រូវចំពោះអ្វីដែលខ្លួនបានធ្វើ។ កុមារមិនដែលជាអ្នកមានកំហុសឡើយ។",
                    "fil": "Ang nakatatanda ang may pananagutan sa kanyang ginawa. Hindi kailanman kasalanan ng bata.",
                    "vi": "Người lớn phải chịu trách nhiệm về việc mình đã làm. Trẻ em không bao giờ có lỗi.",
                },
                "answer": False,
                "feedback_true": {
                    "en": "Not quite. It is never the child's fault. The adult is responsible.",
                    "km": "មិនទាន់ត្រឹមត្រូវទេ។ វាមិនដែលជាកំហុសរបស់កុមារទេ។ មនុស្សពេញវ័យនោះជាអ្នកទទួលខុសត្រូវ។",
                    "fil": "Hindi pa tama. Hindi kailanman kasalanan ng bata. Ang nakatatanda ang may pananagutan.",
                    "vi": "Chưa đúng. Đó không bao giờ là lỗi của trẻ em. Người lớn phải chịu trách nhiệm.",
                },
                "feedback_false": {
                    "en": "Yes, that's right. The child did nothing wrong.",
                    "km": "ត្រឹមត្រូវ។ កុមារនោះមិនបានធ្វើអ្វីខុសទេ។",
                    "fil": "Tama. Walang ginawang mali ang bata.",
                    "vi": "Đúng rồi. Đứa trẻ không làm gì sai cả.",
                },
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": "Fill in the missing word: when you need it, you have the right to ask for ____.",
                    "km": "សូមបំពេញពាក្យដែលបាត់៖ នៅពេលអ្នកត្រូវការ អ្នកមានសិទ្ធិសុំ ____ ។",
                    "fil": "Punan ang nawawalang salita: kapag kailangan mo, may karapatan kang humingi ng ____.",
                    "vi": "Điền từ còn thiếu: khi cần, bạn có quyền nhờ sự ____.",
                },
                "explanation": {
                    "en": "Asking for help is your right, and it is a brave thing to do.",
                    "km": "ការសុំជំនួយ គឺជាសិទ្ធិរបស់អ្នក ហើយវាជាទង្វើដ៏ក្លាហាន។",
                    "fil": "Karapatan mong humingi ng tulong, at ito ay isang matapang na gawain.",
                    "vi": "Nhờ giúp đỡ là quyền của bạn, và đó là một việc làm dũng cảm.",
                },
                "answers": {
                    "en": ["help", "support"],
                    "km": ["ជំនួយ", "ការជួយ"],
                    "fil": ["tulong", "saklolo"],
                    "vi": ["giúp đỡ", "giup do", "hỗ trợ", "ho tro"],
                },
            },
            {
                "kind": "ordering",
                "question": {
                    "en": "Put these steps for getting help in order, from first to last.",
                    "km": "សូមរៀបចំជំហានទាំងនេះសម្រាប់ការស្វែងរកជំនួយតាមលំដាប់ ពីដំបូងដល់ចុងក្រោយ។",
                    "fil": "Ayusin ang mga hakbang na ito sa paghingi ng tulong, mula una hanggang huli.",
                    "vi": "Hãy sắp xếp các bước tìm sự giúp đỡ theo thứ tự, từ đầu đến cuối.",
                },
                "explanation": {
                    "en": "First you notice that something is not right, then you tell someone you trust, and then you get help together. You never have to do it alone.",
                    "km": "ដំបូង អ្នកកត់សម្គាល់ថាមានអ្វីមួយមិនប្រក្រតី បន្ទាប់មកអ្នកប្រាប់នរណាម្នាក់ដែលអ្នកទុកចិត្ត ហើយបន្ទាប់មកអ្នកទទួលជំនួយជាមួយគ្នា។ អ្នកមិនចាំបាច់ធ្វើវាតែម្នាក់ឯងទេ។",
                    "fil": "Una, napapansin mong may hindi tama; pagkatapos, sasabihin mo sa taong pinagkakatiwalaan mo; at saka kayo hihingi ng tulong nang magkasama. Hindi mo kailangang gawin ito nang mag-isa.",
                    "vi": "Đầu tiên bạn nhận ra có điều không ổn, sau đó kể với người bạn tin tưởng, rồi cùng nhau tìm sự giúp đỡ. Bạn không bao giờ phải làm điều đó một mình.",
                },
                "items": [
                    {
                        "en": "Notice that something does not feel right",
                        "km": "កត់សម្គាល់ថាមានអ្វីមួយមិនប្រក្រតី",
                        "fil": "Mapansin na may hindi tama",
                        "vi": "Nhận ra có điều gì đó không ổn",
                    },
                    {
                        "en": "Tell an adult you trust",
                        "km": "ប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត",
                        "fil": "Sabihin sa isang nakatatandang pinagkakatiwalaan mo",
                        "vi": "Kể với một người lớn bạn tin tưởng",
                    },
                    {
                        "en": "Get help together",
                        "km": "ទទួលជំនួយជាមួយគ្នា",
                        "fil": "Humingi ng tulong nang magkasama",
                        "vi": "Cùng nhau tìm sự giúp đỡ",
                    },
                ],
            },
            {
                "kind": "matching",
                "question": {
                    "en": "Match each helper with what they can do.",
                    "km": "សូមផ្គូផ្គងអ្នកជួយនីមួយៗ ជាមួយអ្វីដែលពួកគេអាចធ្វើបាន។",
                    "fil": "Itugma ang bawat tagatulong sa kung ano ang kaya nilang gawin.",
                    "vi": "Hãy nối mỗi người hỗ trợ với việc họ có thể làm.",
                },
                "explanation": {
                    "en": "Each helper does something different, and all of them are there for you.",
                    "km": "អ្នកជួយម្នាក់ៗធ្វើការងារខុសៗគ្នា ហើយពួកគេទាំងអស់នៅទីនោះដើម្បីអ្នក។",
                    "fil": "Magkakaiba ang ginagawa ng bawat tagatulong, at lahat sila ay nariyan para sa iyo.",
                    "vi": "Mỗi người hỗ trợ làm một việc khác nhau, và tất cả đều ở đó vì bạn.",
                },
                "pairs": [
                    {
                        "prompt": {
                            "en": "A child helpline",
                            "km": "ខ្សែទូរស័ព្ទជំនួយកុមារ",
                            "fil": "Child helpline",
                            "vi": "Đường dây hỗ trợ trẻ em",
                        },
                        "match": {
                            "en": "Listens on the phone and tells you where to find help",
                            "km": "ស្តាប់អ្នកតាមទូរស័ព្ទ និងប្រាប់អ្នកពីកន្លែងរកជំនួយ",
                            "fil": "Nakikinig sa telepono at sinasabi kung saan makakahanap ng tulong",
                            "vi": "Lắng nghe qua điện thoại và chỉ cho bạn nơi tìm sự giúp đỡ",
                        },
                    },
                    {
                        "prompt": {
                            "en": "A lawyer",
                            "km": "មេធាវី",
                            "fil": "Abogado",
                            "vi": "Luật sư",
                        },
                        "match": {
                            "en": "Explains the law and your rights",
                            "km": "ពន្យល់អំពីច្បាប់ និងសិទ្ធិរបស់អ្នក",
                            "fil": "Ipinapaliwanag ang batas at ang iyong mga karapatan",
                            "vi": "Giải thích pháp luật và quyền của bạn",
                        },
                    },
                    {
                        "prompt": {
                            "en": "A counsellor",
                            "km": "អ្នកប្រឹក្សា",
                            "fil": "Tagapayo",
                            "vi": "Người tư vấn",
                        },
                        "match": {
                            "en": "Helps you with your feelings",
                            "km": "ជួយអ្នកក្នុងការដោះស្រាយអារម្មណ៍របស់អ្នក",
                            "fil": "Tinutulungan ka sa iyong mga damdamin",
                            "vi": "Giúp bạn với những cảm xúc của mình",
                        },
                    },
                ],
            },
        ],
    },
}


def _right_answer(question: dict) -> dict:
    """A question's right answer in English words, as a learner would give it."""
    kind = question["kind"]
    if kind == "single_choice":
        (choice,) = [c["text"]["en"] for c in question["choices"] if c["correct"]]
        return {"kind": kind, "choice": choice}
    if kind == "multiple_response":
        return {
            "kind": kind,
            "choices": [c["text"]["en"] for c in question["choices"] if c["correct"]],
        }
    if kind == "true_false":
        return {"kind": kind, "answer": question["answer"]}
    if kind == "short_answer":
        return {"kind": kind, "text": question["answers"]["en"][0]}
    if kind == "ordering":
        return {"kind": kind, "order": [item["en"] for item in question["items"]]}
    if kind == "matching":
        return {
            "kind": kind,
            "pairs": {p["prompt"]["en"]: p["match"]["en"] for p in question["pairs"]},
        }
    raise ValueError(kind)


# The right answers of the quiz, by each question's English text (for tests):
#   single_choice {"choice": text}, multiple_response {"choices": [texts]},
#   true_false {"answer": bool}, short_answer {"text": a simple accepted word},
#   ordering {"order": [texts, first to last]}, matching {"pairs": {prompt: match}}.
PUBLIC_COURSE_ANSWERS = {
    question["question"]["en"]: _right_answer(question) for question in MODULE["quiz"]["questions"]
}
