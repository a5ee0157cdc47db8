"""Demo rights guides, written for this project from the research notes.

Guides 1-4 carry draft km, fil and vi translations awaiting review; the rest are English.
"""

GUIDES = [
    {
        "slug": "your-right-to-be-safe",
        "audience": "children",
        "country": "all",
        "topic": "rights",
        "lawyer_checked_on": "2026-03-15",
        "title": {
            "en": "You have the right to be safe",
            "km": "អ្នកមានសិទ្ធិទទួលបានសុវត្ថិភាព",
            "fil": "May karapatan kang maging ligtas",
            "vi": "Em có quyền được an toàn",
        },
        "summary": {
            "en": "Every child has rights, just for being a child. Learn what they are and why your voice matters.",
            "km": "កុមារគ្រប់រូបមានសិទ្ធិ ដោយសារតែពួកគេជាកុមារ។ ស្វែងយល់ថាសិទ្ធិទាំងនោះជាអ្វី និងហេតុអ្វីសំឡេងរបស់អ្នកសំខាន់។",
            "fil": "May mga karapatan ang bawat bata dahil bata siya. Alamin kung ano ang mga ito at kung bakit mahalaga ang boses mo.",
            "vi": "Mọi trẻ em đều có quyền, chỉ vì các em là trẻ em. Hãy tìm hiểu đó là những quyền gì và vì sao tiếng nói của em quan trọng.",
        },
        "browser_title": None,
        "content_warning": {
            "en": "This guide mentions sexual exploitation, but gives no details. You can stop reading at any time.",
            "km": "មគ្គុទ្ទេសក៍នេះនិយាយអំពីការកេងប្រវ័ញ្ចផ្លូវភេទ ប៉ុន្តែមិនរៀបរាប់លម្អិតទេ។ អ្នកអាចឈប់អានបានគ្រប់ពេល។",
            "fil": "Binabanggit ng gabay na ito ang sekswal na pagsasamantala, pero walang detalye. Puwede kang tumigil sa pagbasa anumang oras.",
            "vi": "Hướng dẫn này có nhắc đến bóc lột tình dục nhưng không kể chi tiết. Em có thể dừng đọc bất cứ lúc nào.",
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>You have rights. <strong>Rights</strong> are things every child should have, just because they are a child. Nobody has to earn them, and nobody can take them away.</p><p>Almost every country in the world has signed an agreement about children's rights. It is called the <em>Convention on the Rights of the Child</em>. Cambodia, the Philippines and Viet Nam have all agreed to follow it.</p>",
                    "km": "<p>អ្នកមានសិទ្ធិ។ <strong>សិទ្ធិ</strong> គឺជាអ្វីដែលកុមារគ្រប់រូបគួរតែមាន ដោយសារតែពួកគេជាកុមារ។ គ្មាននរណាត្រូវខិតខំដើម្បីទទួលបានវាទេ ហើយក៏គ្មាននរណាអាចដកហូតវាបានដែរ។</p><p>ស្ទើរតែគ្រប់ប្រទេសក្នុងពិភពលោក បានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងមួយស្តីពីសិទ្ធិកុមារ។ វាមានឈ្មោះថា <em>អនុសញ្ញាស្តីពីសិទ្ធិកុមារ</em>។ កម្ពុជា ហ្វីលីពីន និងវៀតណាម សុទ្ធតែបានយល់ព្រមអនុវត្តតាមវា។</p>",
                    "fil": "<p>May mga karapatan ka. Ang <strong>karapatan</strong> ay mga bagay na dapat mayroon ang bawat bata, dahil bata siya. Hindi ito kailangang paghirapan, at walang makakakuha nito sa iyo.</p><p>Halos lahat ng bansa sa mundo ay pumirma sa isang kasunduan tungkol sa karapatan ng mga bata. Tinatawag itong <em>Kumbensyon sa mga Karapatan ng Bata</em>. Nangako ang Cambodia, ang Pilipinas at ang Viet Nam na susundin ito.</p>",
                    "vi": "<p>Em có những quyền của mình. <strong>Quyền</strong> là những điều mọi trẻ em đều được có, chỉ vì các em là trẻ em. Không ai phải cố gắng mới có được quyền, và không ai có thể lấy đi các quyền đó.</p><p>Gần như mọi quốc gia trên thế giới đã ký một thỏa thuận về quyền trẻ em. Thỏa thuận đó tên là <em>Công ước về Quyền trẻ em</em>. Campuchia, Philippines và Việt Nam đều đã cam kết thực hiện công ước này.</p>",
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Your rights include",
                        "points": [
                            "The right to be safe from sexual exploitation and abuse. This is true for every child, whatever their gender, background or where they live.",
                            "The right to be treated fairly. Girls and boys, children with or without papers, and children from every group get the same protection.",
                            "The right to say what you think about decisions that affect you, and to have adults take your views seriously.",
                            "The right to have adults put what is truly best for you first.",
                            "The right to care and support to get better if you have been hurt.",
                        ],
                    },
                    "km": {
                        "heading": "សិទ្ធិរបស់អ្នករួមមាន",
                        "points": [
                            "សិទ្ធិទទួលបានសុវត្ថិភាពពីការកេងប្រវ័ញ្ច និងការរំលោភបំពានផ្លូវភេទ។ នេះជាការពិតសម្រាប់កុមារគ្រប់រូប មិនថាភេទអ្វី មកពីណា ឬរស់នៅទីណាឡើយ។",
                            "សិទ្ធិទទួលបានការប្រព្រឹត្តដោយយុត្តិធម៌។ ក្មេងស្រី និងក្មេងប្រុស កុមារដែលមាន ឬគ្មានឯកសារ និងកុមារមកពីគ្រប់ក្រុម ទទួលបានការការពារដូចគ្នា។",
                            "សិទ្ធិបញ្ចេញមតិលើការសម្រេចចិត្តដែលប៉ះពាល់ដល់អ្នក ហើយឲ្យមនុស្សពេញវ័យយកមតិរបស់អ្នកមកពិចារណាដោយយកចិត្តទុកដាក់។",
                            "សិទ្ធិឲ្យមនុស្សពេញវ័យដាក់អ្វីដែលល្អបំផុតសម្រាប់អ្នកជាចម្បង។",
                            "សិទ្ធិទទួលបានការថែទាំ និងការគាំទ្រដើម្បីជាសះស្បើយ ប្រសិនបើអ្នកធ្លាប់រងការឈឺចាប់។",
                        ],
                    },
                    "fil": {
                        "heading": "Kabilang sa mga karapatan mo",
                        "points": [
                            "Ang karapatang maging ligtas sa sekswal na pagsasamantala at pang-aabuso. Totoo ito para sa bawat bata, anuman ang kasarian, pinagmulan o tirahan niya.",
                            "Ang karapatang tratuhin nang patas. Babae man o lalaki, may papeles man o wala, at mula sa anumang grupo, pare-pareho ang proteksyong dapat makuha ng bawat bata.",
                            "Ang karapatang sabihin ang iniisip mo tungkol sa mga desisyong may epekto sa iyo, at seryosohin ng matatanda ang pananaw mo.",
                            "Ang karapatang unahin ng matatanda kung ano talaga ang pinakamabuti para sa iyo.",
                            "Ang karapatang maalagaan at masuportahan para gumaling kung nasaktan ka.",
                        ],
                    },
                    "vi": {
                        "heading": "Các quyền của em bao gồm",
                        "points": [
                            "Quyền được an toàn trước bóc lột và xâm hại tình dục. Điều này đúng với mọi trẻ em, dù thuộc giới tính nào, xuất thân thế nào hay sống ở đâu.",
                            "Quyền được đối xử công bằng. Trẻ em gái và trẻ em trai, trẻ có hay không có giấy tờ, và trẻ thuộc mọi nhóm người đều được bảo vệ như nhau.",
                            "Quyền nói lên suy nghĩ của mình về những quyết định ảnh hưởng đến em, và được người lớn coi trọng ý kiến đó.",
                            "Quyền được người lớn đặt điều thật sự tốt nhất cho em lên hàng đầu.",
                            "Quyền được chăm sóc và hỗ trợ để hồi phục nếu em từng bị tổn thương.",
                        ],
                    },
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Do I have to do something to earn my rights?",
                            "answer": "No. You have them because you are a child. They do not depend on your family, your money, your papers or anything that has happened to you.",
                        },
                        {
                            "question": "What if something bad has already happened to me?",
                            "answer": "Your rights are still yours. If someone has hurt or used you, it was not your fault. You have the right to help, to care and to be treated with respect.",
                        },
                        {
                            "question": "Who should protect my rights?",
                            "answer": "The adults around you, like parents, carers, teachers, social workers and police. Your government has promised to protect them too. If one adult does not listen, keep asking until someone does.",
                        },
                    ],
                    "km": [
                        {
                            "question": "តើខ្ញុំត្រូវធ្វើអ្វីមួយ ដើម្បីទទួលបានសិទ្ធិរបស់ខ្ញុំឬ?",
                            "answer": "ទេ។ អ្នកមានសិទ្ធិទាំងនោះ ដោយសារតែអ្នកជាកុមារ។ វាមិនអាស្រ័យលើគ្រួសារ ប្រាក់ ឯកសារ ឬអ្វីដែលបានកើតឡើងចំពោះអ្នកឡើយ។",
                        },
                        {
                            "question": "ចុះបើមានរឿងអាក្រក់បានកើតឡើងចំពោះខ្ញុំរួចហើយ?",
                            "answer": "សិទ្ធិរបស់អ្នក នៅតែជារបស់អ្នក។ ប្រសិនបើនរណាម្នាក់បានធ្វើបាប ឬកេងប្រវ័ញ្ចអ្នក នោះមិនមែនជាកំហុសរបស់អ្នកទេ។ អ្នកមានសិទ្ធិទទួលបានជំនួយ ការថែទាំ និងការគោរព។",
                        },
                        {
                            "question": "តើនរណាគួរការពារសិទ្ធិរបស់ខ្ញុំ?",
                            "answer": "មនុស្សពេញវ័យនៅជុំវិញអ្នក ដូចជាឪពុកម្តាយ អ្នកថែទាំ គ្រូបង្រៀន បុគ្គលិកសង្គមកិច្ច និងនគរបាល។ រដ្ឋាភិបាលក៏បានសន្យាការពារសិទ្ធិទាំងនោះដែរ។ ប្រសិនបើមនុស្សពេញវ័យម្នាក់មិនស្តាប់ សូមបន្តសួររហូតដល់មាននរណាម្នាក់ស្តាប់។",
                        },
                    ],
                    "fil": [
                        {
                            "question": "Kailangan ko bang gumawa ng kahit ano para magkaroon ng karapatan?",
                            "answer": "Hindi. Mayroon ka nito dahil bata ka. Hindi ito nakadepende sa pamilya mo, sa pera mo, sa papeles mo o sa anumang nangyari sa iyo.",
                        },
                        {
                            "question": "Paano kung may masamang nangyari na sa akin?",
                            "answer": "Sa iyo pa rin ang mga karapatan mo. Kung may nanakit o nagsamantala sa iyo, hindi mo iyon kasalanan. May karapatan kang matulungan, maalagaan at igalang.",
                        },
                        {
                            "question": "Sino ang dapat magprotekta sa mga karapatan ko?",
                            "answer": "Ang matatanda sa paligid mo, gaya ng magulang, tagapag-alaga, guro, social worker at pulis. Nangako rin ang pamahalaan na poprotektahan ang mga ito. Kung may isang nakatatandang hindi nakikinig, patuloy kang magsabi hanggang may makinig.",
                        },
                    ],
                    "vi": [
                        {
                            "question": "Em có phải làm gì để có được quyền của mình không?",
                            "answer": "Không. Em có những quyền này vì em là trẻ em. Chúng không phụ thuộc vào gia đình, tiền bạc, giấy tờ của em hay bất cứ điều gì đã xảy ra với em.",
                        },
                        {
                            "question": "Nếu điều tồi tệ đã xảy ra với em rồi thì sao?",
                            "answer": "Các quyền của em vẫn là của em. Nếu ai đó đã làm hại hay lợi dụng em, đó không phải lỗi của em. Em có quyền được giúp đỡ, được chăm sóc và được tôn trọng.",
                        },
                        {
                            "question": "Ai có trách nhiệm bảo vệ quyền của em?",
                            "answer": "Những người lớn xung quanh em, như cha mẹ, người chăm sóc, thầy cô, nhân viên công tác xã hội và công an. Nhà nước cũng đã cam kết bảo vệ các quyền này. Nếu một người lớn không lắng nghe, em hãy tiếp tục nói cho đến khi có người lắng nghe.",
                        },
                    ],
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "PH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "VN", "kind": "hotline"}},
        ],
    },
    {
        "slug": "telling-someone-you-trust",
        "audience": "young_children",
        "country": "all",
        "topic": "telling",
        "lawyer_checked_on": "2026-02-20",
        "title": {
            "en": "Telling someone you trust",
            "km": "ការប្រាប់មនុស្សដែលអ្នកទុកចិត្ត",
            "fil": "Pagsasabi sa taong pinagkakatiwalaan mo",
            "vi": "Kể với người em tin tưởng",
        },
        "summary": {
            "en": "For younger children to read with a grown-up. If something feels wrong, you can tell someone, and it is never your fault.",
            "km": "សម្រាប់កុមារតូចៗ អានជាមួយមនុស្សពេញវ័យ។ ប្រសិនបើមានអ្វីមួយហាក់ដូចជាមិនត្រឹមត្រូវ អ្នកអាចប្រាប់នរណាម្នាក់បាន ហើយវាមិនមែនជាកំហុសរបស់អ្នកឡើយ។",
            "fil": "Para sa mas batang mambabasa, kasama ang isang nakatatanda. Kung may pakiramdam kang mali, puwede kang magsabi, at hindi kailanman ikaw ang may kasalanan.",
            "vi": "Dành cho các em nhỏ đọc cùng người lớn. Nếu có điều gì khiến em thấy không ổn, em có thể kể với ai đó, và đó không bao giờ là lỗi của em.",
        },
        "browser_title": {
            "en": "My reading book",
            "km": "សៀវភៅអានរបស់ខ្ញុំ",
            "fil": "Aking babasahin",
            "vi": "Sách đọc của em",
        },
        "content_warning": {
            "en": "This guide talks gently about people who may hurt children. A grown-up can read it with you, and you can stop at any time.",
            "km": "មគ្គុទ្ទេសក៍នេះនិយាយដោយទន់ភ្លន់អំពីមនុស្សដែលអាចធ្វើបាបកុមារ។ មនុស្សពេញវ័យម្នាក់អាចអានវាជាមួយអ្នក ហើយអ្នកអាចឈប់បានគ្រប់ពេល។",
            "fil": "Marahang pinag-uusapan ng gabay na ito ang mga taong maaaring manakit ng bata. Puwede itong basahin kasama mo ng isang nakatatanda, at puwede kang tumigil anumang oras.",
            "vi": "Hướng dẫn này nói nhẹ nhàng về những người có thể làm hại trẻ em. Một người lớn có thể đọc cùng em, và em có thể dừng lại bất cứ lúc nào.",
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p><strong>For the grown-up:</strong> read this slowly with the child. Let them stop, ask questions or come back to it later.</p><p>Your body belongs to you. If someone touches you in a way that feels wrong, or asks you to keep a secret that makes you feel scared or sad, you can tell someone. <strong>It is never your fault.</strong></p>",
                    "km": "<p><strong>សម្រាប់មនុស្សពេញវ័យ៖</strong> សូមអានអត្ថបទនេះយឺតៗជាមួយកុមារ។ ទុកឲ្យពួកគេឈប់ សួរសំណួរ ឬត្រឡប់មកអានវិញពេលក្រោយ។</p><p>រាងកាយរបស់អ្នក ជារបស់អ្នក។ ប្រសិនបើនរណាម្នាក់ប៉ះអ្នកតាមរបៀបដែលធ្វើឲ្យអ្នកមានអារម្មណ៍មិនត្រឹមត្រូវ ឬប្រាប់ឲ្យអ្នករក្សាការសម្ងាត់ដែលធ្វើឲ្យអ្នកភ័យខ្លាច ឬកើតទុក្ខ អ្នកអាចប្រាប់នរណាម្នាក់បាន។ <strong>វាមិនមែនជាកំហុសរបស់អ្នកឡើយ។</strong></p>",
                    "fil": "<p><strong>Para sa nakatatanda:</strong> basahin ito nang dahan-dahan kasama ang bata. Hayaan siyang tumigil, magtanong o balikan ito mamaya.</p><p>Sa iyo ang katawan mo. Kung may humawak sa iyo sa paraang parang mali, o may nagsabing maglihim ka ng bagay na nagpapatakot o nagpapalungkot sa iyo, puwede mo itong sabihin sa iba. <strong>Hindi kailanman ikaw ang may kasalanan.</strong></p>",
                    "vi": "<p><strong>Gửi người lớn:</strong> hãy đọc chậm rãi cùng trẻ. Hãy để trẻ dừng lại, đặt câu hỏi hoặc quay lại đọc sau.</p><p>Cơ thể em là của em. Nếu ai đó chạm vào em theo cách khiến em thấy không ổn, hoặc bảo em giữ một bí mật làm em sợ hãi hay buồn, em có thể kể với ai đó. <strong>Đó không bao giờ là lỗi của em.</strong></p>",
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Grown-ups you could tell",
                        "points": [
                            "A parent, or someone who looks after you at home",
                            "A teacher at school",
                            "A social worker, or a helper at a safe place for children",
                            "A helpline, where kind people answer the phone",
                        ],
                    },
                    "km": {
                        "heading": "មនុស្សពេញវ័យដែលអ្នកអាចប្រាប់បាន",
                        "points": [
                            "ឪពុកម្តាយ ឬអ្នកដែលមើលថែអ្នកនៅផ្ទះ",
                            "គ្រូនៅសាលារៀន",
                            "បុគ្គលិកសង្គមកិច្ច ឬអ្នកជួយនៅកន្លែងសុវត្ថិភាពសម្រាប់កុមារ",
                            "ខ្សែទូរសព្ទជំនួយ ដែលមានមនុស្សចិត្តល្អលើកទូរសព្ទ",
                        ],
                    },
                    "fil": {
                        "heading": "Mga nakatatandang puwede mong sabihan",
                        "points": [
                            "Magulang, o ang nag-aalaga sa iyo sa bahay",
                            "Guro sa paaralan",
                            "Social worker, o tagatulong sa isang ligtas na lugar para sa mga bata",
                            "Helpline, kung saan mababait na tao ang sumasagot sa telepono",
                        ],
                    },
                    "vi": {
                        "heading": "Những người lớn em có thể kể",
                        "points": [
                            "Cha mẹ, hoặc người chăm sóc em ở nhà",
                            "Thầy cô ở trường",
                            "Nhân viên công tác xã hội, hoặc người giúp đỡ ở một nơi an toàn cho trẻ em",
                            "Đường dây hỗ trợ, nơi có những người tốt bụng nghe máy",
                        ],
                    },
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "What if I am scared to tell?",
                            "answer": "That is okay. Lots of children feel scared. You can ask a grown-up you trust to sit with you. You can say just a little at first.",
                        },
                        {
                            "question": "What if the first grown-up does not listen?",
                            "answer": "Keep telling until someone helps you. You are important, and you deserve to be heard.",
                        },
                        {
                            "question": "Will I get in trouble?",
                            "answer": "No. Telling is brave. You did nothing wrong.",
                        },
                    ],
                    "km": [
                        {
                            "question": "ចុះបើខ្ញុំខ្លាចប្រាប់?",
                            "answer": "មិនអីទេ។ កុមារជាច្រើនក៏ខ្លាចដែរ។ អ្នកអាចសុំឲ្យមនុស្សពេញវ័យដែលអ្នកទុកចិត្ត អង្គុយជាមួយអ្នក។ ដំបូងអ្នកអាចនិយាយតែបន្តិចសិនក៏បាន។",
                        },
                        {
                            "question": "ចុះបើមនុស្សពេញវ័យដំបូងមិនស្តាប់?",
                            "answer": "សូមបន្តប្រាប់ រហូតដល់មាននរណាម្នាក់ជួយអ្នក។ អ្នកសំខាន់ណាស់ ហើយអ្នកសមនឹងទទួលបានការស្តាប់។",
                        },
                        {
                            "question": "តើខ្ញុំនឹងត្រូវគេស្តីបន្ទោសទេ?",
                            "answer": "ទេ។ ការប្រាប់គឺជាភាពក្លាហាន។ អ្នកមិនបានធ្វើអ្វីខុសទេ។",
                        },
                    ],
                    "fil": [
                        {
                            "question": "Paano kung natatakot akong magsabi?",
                            "answer": "Okay lang iyan. Maraming bata ang natatakot din. Puwede mong hilingin sa isang nakatatandang pinagkakatiwalaan mo na samahan ka. Puwede kang magkuwento nang kaunti muna.",
                        },
                        {
                            "question": "Paano kung hindi makinig ang unang nakatatandang sinabihan ko?",
                            "answer": "Patuloy kang magsabi hanggang may tumulong sa iyo. Mahalaga ka, at dapat kang pakinggan.",
                        },
                        {
                            "question": "Mapapagalitan ba ako?",
                            "answer": "Hindi. Matapang ang pagsasabi. Wala kang ginawang mali.",
                        },
                    ],
                    "vi": [
                        {
                            "question": "Nếu em sợ không dám kể thì sao?",
                            "answer": "Không sao cả. Nhiều bạn nhỏ cũng thấy sợ. Em có thể nhờ một người lớn em tin tưởng ngồi cùng em. Lúc đầu em có thể chỉ kể một chút thôi.",
                        },
                        {
                            "question": "Nếu người lớn đầu tiên không lắng nghe thì sao?",
                            "answer": "Em hãy tiếp tục kể cho đến khi có người giúp em. Em rất quan trọng, và em xứng đáng được lắng nghe.",
                        },
                        {
                            "question": "Em có bị mắng không?",
                            "answer": "Không. Kể ra là một việc dũng cảm. Em không làm gì sai cả.",
                        },
                    ],
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "PH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "VN", "kind": "hotline"}},
        ],
    },
    {
        "slug": "if-your-child-tells-you",
        "audience": "parents",
        "country": "all",
        "topic": "telling",
        "lawyer_checked_on": "2026-04-02",
        "title": {
            "en": "If your child tells you something has happened",
            "km": "ប្រសិនបើកូនប្រាប់លោកអ្នកថា មានរឿងអ្វីមួយបានកើតឡើង",
            "fil": "Kung magsabi ang anak mo na may nangyari sa kanya",
            "vi": "Khi con kể với bạn rằng đã có chuyện xảy ra",
        },
        "summary": {
            "en": "What to do if your child says they have been hurt or exploited: believe them, stay calm, and get help together.",
            "km": "អ្វីដែលត្រូវធ្វើ ប្រសិនបើកូនប្រាប់ថាពួកគេត្រូវគេធ្វើបាប ឬកេងប្រវ័ញ្ច៖ ជឿពួកគេ រក្សាភាពស្ងប់ស្ងាត់ ហើយស្វែងរកជំនួយជាមួយគ្នា។",
            "fil": "Ano ang gagawin kung sabihin ng anak mo na sinaktan o pinagsamantalahan siya: maniwala, manatiling kalmado, at humingi ng tulong nang magkasama.",
            "vi": "Cần làm gì khi con nói rằng con đã bị làm hại hoặc bị bóc lột: tin con, giữ bình tĩnh và cùng nhau tìm sự giúp đỡ.",
        },
        "browser_title": {
            "en": "Family notes",
            "km": "កំណត់ត្រាគ្រួសារ",
            "fil": "Mga tala ng pamilya",
            "vi": "Ghi chú gia đình",
        },
        "content_warning": {
            "en": "This guide talks about sexual abuse and exploitation of children, without details. You can stop and come back later.",
            "km": "មគ្គុទ្ទេសក៍នេះនិយាយអំពីការរំលោភបំពាន និងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ ដោយមិនរៀបរាប់លម្អិត។ លោកអ្នកអាចឈប់ ហើយត្រឡប់មកអានវិញពេលក្រោយ។",
            "fil": "Tinatalakay ng gabay na ito ang sekswal na pang-aabuso at pagsasamantala sa bata, nang walang detalye. Puwede kang tumigil at bumalik mamaya.",
            "vi": "Hướng dẫn này nói về xâm hại và bóc lột tình dục trẻ em, không kể chi tiết. Bạn có thể dừng lại và đọc tiếp sau.",
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>If your child tells you that someone has hurt them, it took great courage. The way you respond can help them feel safe again.</p><p>Children, and teenagers most of all, are often not believed, or are blamed for what happened. <strong>A child is never to blame for abuse or exploitation.</strong> The person who harmed them is responsible.</p>",
                    "km": "<p>ប្រសិនបើកូនប្រាប់លោកអ្នកថា មាននរណាម្នាក់បានធ្វើបាបពួកគេ នោះពួកគេត្រូវការភាពក្លាហានយ៉ាងខ្លាំង។ របៀបដែលលោកអ្នកឆ្លើយតប អាចជួយឲ្យពួកគេមានអារម្មណ៍សុវត្ថិភាពឡើងវិញ។</p><p>កុមារ ជាពិសេសក្មេងជំទង់ ជាញឹកញាប់មិនត្រូវបានគេជឿ ឬត្រូវគេបន្ទោសចំពោះអ្វីដែលបានកើតឡើង។ <strong>កុមារមិនដែលជាអ្នកខុស ចំពោះការរំលោភបំពាន ឬការកេងប្រវ័ញ្ចឡើយ។</strong> អ្នកដែលធ្វើបាបពួកគេ ជាអ្នកទទួលខុសត្រូវ។</p>",
                    "fil": "<p>Kung sabihin sa iyo ng anak mo na may nanakit sa kanya, malaking tapang ang kinailangan niya. Ang paraan ng pagtugon mo ay makatutulong para muli siyang makaramdam na ligtas.</p><p>Ang mga bata, lalo na ang mga tinedyer, ay madalas hindi pinaniniwalaan o sinisisi sa nangyari. <strong>Hindi kailanman kasalanan ng bata ang pang-aabuso o pagsasamantala.</strong> Ang taong nanakit sa kanya ang may pananagutan.</p>",
                    "vi": "<p>Nếu con kể với bạn rằng có người đã làm hại con, con đã phải rất dũng cảm. Cách bạn phản ứng có thể giúp con cảm thấy an toàn trở lại.</p><p>Trẻ em, nhất là trẻ vị thành niên, thường không được tin hoặc bị đổ lỗi cho những gì đã xảy ra. <strong>Trẻ em không bao giờ có lỗi khi bị xâm hại hay bóc lột.</strong> Người làm hại con mới là người phải chịu trách nhiệm.</p>",
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What helps most",
                        "points": [
                            "Stay calm and listen. Let your child speak in their own words and at their own pace.",
                            "Tell them you believe them and that it is not their fault.",
                            "Do not push for details. Trained helpers will ask what they need to know.",
                            "Keep it private. Do not share your child's name or story with neighbours, other parents or the media.",
                            "Get help from a hotline, a social worker or the police. Some organisations give legal help and counselling for free.",
                            "Keep your child informed, and ask what they think at every step.",
                        ],
                    },
                    "km": {
                        "heading": "អ្វីដែលជួយបានច្រើនបំផុត",
                        "points": [
                            "រក្សាភាពស្ងប់ស្ងាត់ ហើយស្តាប់។ ទុកឲ្យកូននិយាយតាមពាក្យសម្តី និងតាមល្បឿនរបស់ពួកគេផ្ទាល់។",
                            "ប្រាប់ពួកគេថា លោកអ្នកជឿពួកគេ ហើយវាមិនមែនជាកំហុសរបស់ពួកគេទេ។",
                            "កុំបង្ខំសួររកព័ត៌មានលម្អិត។ អ្នកជួយដែលបានទទួលការបណ្តុះបណ្តាល នឹងសួរអ្វីដែលពួកគេត្រូវដឹង។",
                            "រក្សាការសម្ងាត់។ កុំចែករំលែកឈ្មោះ ឬរឿងរ៉ាវរបស់កូនជាមួយអ្នកជិតខាង ឪពុកម្តាយផ្សេងទៀត ឬប្រព័ន្ធផ្សព្វផ្សាយឡើយ។",
                            "ស្វែងរកជំនួយពីខ្សែទូរសព្ទជំនួយ បុគ្គលិកសង្គមកិច្ច ឬនគរបាល។ អង្គការខ្លះផ្តល់ជំនួយផ្លូវច្បាប់ និងការប្រឹក្សាយោបល់ដោយឥតគិតថ្លៃ។",
                            "ប្រាប់កូនឲ្យដឹងពីអ្វីដែលកំពុងកើតឡើង ហើយសួរយោបល់ពួកគេគ្រប់ជំហាន។",
                        ],
                    },
                    "fil": {
                        "heading": "Ang pinakamakatutulong",
                        "points": [
                            "Manatiling kalmado at makinig. Hayaang magsalita ang anak mo sa sarili niyang salita at sa sarili niyang bilis.",
                            "Sabihin sa kanya na naniniwala ka at hindi niya ito kasalanan.",
                            "Huwag pilitin ang mga detalye. Ang mga sinanay na tagatulong ang magtatanong ng kailangan nilang malaman.",
                            "Panatilihin itong pribado. Huwag ibahagi ang pangalan o kuwento ng anak mo sa kapitbahay, ibang magulang o media.",
                            "Humingi ng tulong sa hotline, social worker o pulis. May mga organisasyong nagbibigay ng libreng tulong legal at pagpapayo.",
                            "Ipaalam sa anak mo ang nangyayari, at tanungin ang opinyon niya sa bawat hakbang.",
                        ],
                    },
                    "vi": {
                        "heading": "Điều giúp ích nhiều nhất",
                        "points": [
                            "Giữ bình tĩnh và lắng nghe. Hãy để con nói bằng lời của con và theo nhịp của con.",
                            "Nói với con rằng bạn tin con và đó không phải lỗi của con.",
                            "Đừng gặng hỏi chi tiết. Những người hỗ trợ được đào tạo sẽ hỏi những gì họ cần biết.",
                            "Giữ kín chuyện này. Đừng chia sẻ tên hay câu chuyện của con với hàng xóm, phụ huynh khác hay báo chí.",
                            "Tìm sự giúp đỡ từ đường dây nóng, nhân viên công tác xã hội hoặc công an. Một số tổ chức hỗ trợ pháp lý và tư vấn tâm lý miễn phí.",
                            "Cho con biết những gì đang diễn ra và hỏi ý kiến con ở từng bước.",
                        ],
                    },
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "My child is a teenager and went with the person willingly. Is it still exploitation?",
                            "answer": "Yes. An adult who uses a child for sex, or gives money or gifts in return, is exploiting that child. It is not a choice the child made, and it is not their fault. Your child needs your support, not punishment.",
                        },
                        {
                            "question": "I found sexual pictures of my child. Should I keep them as proof?",
                            "answer": "No. Never copy, save or forward sexual pictures of a child, not even to show the police. Tell the police or a social worker what you found, and let them deal with it.",
                        },
                        {
                            "question": "What about the rest of the family?",
                            "answer": "Counselling can help the whole family, not only the child. Getting better can take a long time, often more than a year. Your patience and love make a real difference.",
                        },
                    ],
                    "km": [
                        {
                            "question": "កូនខ្ញុំជាក្មេងជំទង់ ហើយបានទៅជាមួយមនុស្សនោះដោយខ្លួនឯង។ តើនេះនៅតែជាការកេងប្រវ័ញ្ចដែរឬទេ?",
                            "answer": "នៅតែជាការកេងប្រវ័ញ្ច។ មនុស្សពេញវ័យដែលប្រើកុមារសម្រាប់ការរួមភេទ ឬឲ្យប្រាក់ ឬអំណោយជាថ្នូរ គឺកំពុងកេងប្រវ័ញ្ចកុមារនោះ។ វាមិនមែនជាជម្រើសរបស់កុមារ ហើយក៏មិនមែនជាកំហុសរបស់ពួកគេដែរ។ កូនរបស់លោកអ្នកត្រូវការការគាំទ្រ មិនមែនការដាក់ទោសទេ។",
                        },
                        {
                            "question": "ខ្ញុំបានឃើញរូបភាពផ្លូវភេទរបស់កូនខ្ញុំ។ តើខ្ញុំគួររក្សាទុកវាជាភស្តុតាងឬ?",
                            "answer": "ទេ។ កុំចម្លង រក្សាទុក ឬបញ្ជូនបន្តរូបភាពផ្លូវភេទរបស់កុមារឡើយ សូម្បីតែដើម្បីបង្ហាញនគរបាល។ សូមប្រាប់នគរបាល ឬបុគ្គលិកសង្គមកិច្ចពីអ្វីដែលលោកអ្នកបានឃើញ ហើយទុកឲ្យពួកគេដោះស្រាយ។",
                        },
                        {
                            "question": "ចុះសមាជិកគ្រួសារផ្សេងទៀតវិញ?",
                            "answer": "ការប្រឹក្សាយោបល់អាចជួយគ្រួសារទាំងមូល មិនមែនតែកុមារប៉ុណ្ណោះទេ។ ការជាសះស្បើយអាចចំណាយពេលយូរ ជាញឹកញាប់លើសពីមួយឆ្នាំ។ ការអត់ធ្មត់ និងក្តីស្រឡាញ់របស់លោកអ្នក ពិតជាជួយបានច្រើន។",
                        },
                    ],
                    "fil": [
                        {
                            "question": "Tinedyer ang anak ko at kusa siyang sumama sa tao. Pagsasamantala pa rin ba ito?",
                            "answer": "Oo. Ang nakatatandang gumagamit sa bata para sa sex, o nagbibigay ng pera o regalo kapalit nito, ay nagsasamantala sa batang iyon. Hindi ito pinili ng bata, at hindi niya ito kasalanan. Suporta mo ang kailangan ng anak mo, hindi parusa.",
                        },
                        {
                            "question": "May nakita akong sekswal na larawan ng anak ko. Dapat ko ba itong itago bilang ebidensya?",
                            "answer": "Hindi. Huwag kailanman kopyahin, i-save o ipasa ang sekswal na larawan ng bata, kahit para ipakita sa pulis. Sabihin sa pulis o social worker ang nakita mo, at hayaan silang umasikaso nito.",
                        },
                        {
                            "question": "Paano naman ang iba pang miyembro ng pamilya?",
                            "answer": "Makatutulong ang pagpapayo sa buong pamilya, hindi lang sa bata. Maaaring matagal ang paggaling, kadalasan mahigit isang taon. Malaki ang naitutulong ng iyong pasensya at pagmamahal.",
                        },
                    ],
                    "vi": [
                        {
                            "question": "Con tôi đang tuổi vị thành niên và đã tự đi theo người đó. Đó có còn là bóc lột không?",
                            "answer": "Có. Người lớn lợi dụng trẻ em để quan hệ tình dục, hoặc đưa tiền hay quà để đổi lấy điều đó, là đang bóc lột trẻ. Đó không phải là lựa chọn của con, và không phải lỗi của con. Con cần sự ủng hộ của bạn, không phải sự trừng phạt.",
                        },
                        {
                            "question": "Tôi thấy ảnh tình dục của con. Tôi có nên giữ lại làm bằng chứng không?",
                            "answer": "Không. Đừng bao giờ sao chép, lưu giữ hay chuyển tiếp ảnh tình dục của trẻ em, kể cả để đưa cho công an xem. Hãy báo cho công an hoặc nhân viên công tác xã hội về những gì bạn đã thấy và để họ xử lý.",
                        },
                        {
                            "question": "Còn những người khác trong gia đình thì sao?",
                            "answer": "Tư vấn tâm lý có thể giúp cả gia đình, không chỉ riêng trẻ. Việc hồi phục có thể mất nhiều thời gian, thường là hơn một năm. Sự kiên nhẫn và tình thương của bạn tạo nên khác biệt thật sự.",
                        },
                    ],
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": ""}},
            {"type": "help", "value": {"country": "PH", "kind": ""}},
            {"type": "help", "value": {"country": "VN", "kind": ""}},
        ],
    },
    {
        "slug": "staying-safe-online",
        "audience": "children",
        "country": "all",
        "topic": "online",
        "lawyer_checked_on": "2026-03-01",
        "title": {
            "en": "Staying safe online",
            "km": "រក្សាសុវត្ថិភាពនៅលើអ៊ីនធឺណិត",
            "fil": "Pagiging ligtas online",
            "vi": "An toàn trên mạng",
        },
        "summary": {
            "en": "How some people use phones and the internet to trick young people, and what you can do if it happens to you.",
            "km": "របៀបដែលមនុស្សខ្លះប្រើទូរសព្ទ និងអ៊ីនធឺណិត ដើម្បីបោកបញ្ឆោតយុវវ័យ និងអ្វីដែលអ្នកអាចធ្វើបាន ប្រសិនបើវាកើតឡើងចំពោះអ្នក។",
            "fil": "Paano ginagamit ng ilang tao ang telepono at internet para linlangin ang kabataan, at ano ang puwede mong gawin kung mangyari ito sa iyo.",
            "vi": "Một số người dùng điện thoại và internet để lừa người trẻ như thế nào, và em có thể làm gì nếu chuyện đó xảy ra với em.",
        },
        "browser_title": {
            "en": "Phone tips",
            "km": "គន្លឹះប្រើទូរសព្ទ",
            "fil": "Mga tip sa telepono",
            "vi": "Mẹo dùng điện thoại",
        },
        "content_warning": {
            "en": "This guide talks about online sexual abuse and threats, without details. You can stop reading at any time.",
            "km": "មគ្គុទ្ទេសក៍នេះនិយាយអំពីការរំលោភបំពានផ្លូវភេទ និងការគំរាមកំហែងតាមអ៊ីនធឺណិត ដោយមិនរៀបរាប់លម្អិត។ អ្នកអាចឈប់អានបានគ្រប់ពេល។",
            "fil": "Tinatalakay ng gabay na ito ang sekswal na pang-aabuso at pananakot online, nang walang detalye. Puwede kang tumigil sa pagbasa anumang oras.",
            "vi": "Hướng dẫn này nói về xâm hại tình dục và đe dọa trên mạng, không kể chi tiết. Em có thể dừng đọc bất cứ lúc nào.",
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>The internet can be fun and useful. But some adults use it to trick young people. They may pretend to be a friend, give gifts or pay for your internet, and then ask for sexual pictures or a meeting.</p><p>If this happens to you, <strong>it is not your fault</strong>. The person who tricked you is the one doing wrong, and you can get help.</p>",
                    "km": "<p>អ៊ីនធឺណិតអាចសប្បាយ និងមានប្រយោជន៍។ ប៉ុន្តែមនុស្សពេញវ័យខ្លះប្រើវា ដើម្បីបោកបញ្ឆោតយុវវ័យ។ ពួកគេអាចធ្វើពុតជាមិត្តភក្តិ ឲ្យអំណោយ ឬបង់ថ្លៃអ៊ីនធឺណិតឲ្យអ្នក បន្ទាប់មកសុំរូបភាពផ្លូវភេទ ឬសុំជួបអ្នក។</p><p>ប្រសិនបើរឿងនេះកើតឡើងចំពោះអ្នក <strong>វាមិនមែនជាកំហុសរបស់អ្នកទេ</strong>។ អ្នកដែលបោកបញ្ឆោតអ្នក ជាអ្នកធ្វើខុស ហើយអ្នកអាចទទួលបានជំនួយ។</p>",
                    "fil": "<p>Masaya at kapaki-pakinabang ang internet. Pero may mga nakatatandang gumagamit nito para linlangin ang kabataan. Maaari silang magkunwaring kaibigan, magbigay ng regalo o magbayad ng internet mo, at saka hihingi ng sekswal na larawan o makikipagkita.</p><p>Kung mangyari ito sa iyo, <strong>hindi mo ito kasalanan</strong>. Ang taong nanlinlang sa iyo ang gumagawa ng mali, at puwede kang humingi ng tulong.</p>",
                    "vi": "<p>Internet có thể vui và hữu ích. Nhưng một số người lớn dùng nó để lừa người trẻ. Họ có thể giả làm bạn, tặng quà hoặc trả tiền mạng cho em, rồi đòi ảnh tình dục hoặc đòi gặp mặt.</p><p>Nếu chuyện này xảy ra với em, <strong>đó không phải lỗi của em</strong>. Người lừa em mới là người làm sai, và em có thể nhận được sự giúp đỡ.</p>",
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Warning signs",
                        "points": [
                            "A new online friend gives you lots of attention, gifts or money very quickly.",
                            "Someone asks you to keep your chats secret.",
                            "Someone asks for sexual pictures or videos, or asks you to go on camera.",
                            "Someone wants to meet you alone, or offers you a trip, a job or a shopping day.",
                            "Someone threatens to share your pictures unless you send money or more pictures. This is called sextortion.",
                        ],
                    },
                    "km": {
                        "heading": "សញ្ញាព្រមាន",
                        "points": [
                            "មិត្តភក្តិថ្មីតាមអ៊ីនធឺណិត យកចិត្តទុកដាក់ ឲ្យអំណោយ ឬឲ្យប្រាក់អ្នកច្រើន យ៉ាងឆាប់រហ័ស។",
                            "នរណាម្នាក់ប្រាប់ឲ្យអ្នករក្សាការជជែករបស់អ្នកជាការសម្ងាត់។",
                            "នរណាម្នាក់សុំរូបភាព ឬវីដេអូផ្លូវភេទ ឬសុំឲ្យអ្នកបើកកាមេរ៉ា។",
                            "នរណាម្នាក់ចង់ជួបអ្នកតែម្នាក់ឯង ឬសន្យានាំអ្នកទៅដើរលេង ឲ្យការងារ ឬនាំទៅទិញឥវ៉ាន់។",
                            "នរណាម្នាក់គំរាមថានឹងចែករំលែករូបភាពរបស់អ្នក លុះត្រាតែអ្នកផ្ញើប្រាក់ ឬរូបភាពបន្ថែម។ នេះហៅថា ការគំរាមជំរិតដោយរូបភាពផ្លូវភេទ។",
                        ],
                    },
                    "fil": {
                        "heading": "Mga babalang senyales",
                        "points": [
                            "Isang bagong kaibigan online na biglang nagbibigay sa iyo ng maraming atensyon, regalo o pera.",
                            "May nagsasabing ilihim mo ang inyong mga chat.",
                            "May humihingi ng sekswal na larawan o video, o gustong makita ka sa camera.",
                            "May gustong makipagkita sa iyo nang mag-isa, o nag-aalok ng biyahe, trabaho o pamamasyal para mamili.",
                            "May nananakot na ikakalat ang mga larawan mo kung hindi ka magpapadala ng pera o dagdag na larawan. Tinatawag itong sextortion.",
                        ],
                    },
                    "vi": {
                        "heading": "Dấu hiệu cảnh báo",
                        "points": [
                            "Một người bạn mới trên mạng rất nhanh chóng dành cho em nhiều sự quan tâm, quà hoặc tiền.",
                            "Ai đó bảo em giữ bí mật các cuộc trò chuyện.",
                            "Ai đó đòi ảnh hoặc video tình dục, hoặc đòi em bật camera.",
                            "Ai đó muốn gặp riêng em, hoặc rủ em đi chơi xa, hứa cho việc làm hay đưa đi mua sắm.",
                            "Ai đó đe dọa sẽ phát tán ảnh của em nếu em không gửi tiền hoặc thêm ảnh. Đây gọi là tống tiền tình dục.",
                        ],
                    },
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Someone is threatening to share my pictures. What do I do?",
                            "answer": "Do not send money or more pictures. Stop replying. Tell an adult you trust or call a helpline as soon as you can. You will not be in trouble. The person making threats is the one doing wrong.",
                        },
                        {
                            "question": "A friend sent me a sexual picture of another young person. Should I pass it on?",
                            "answer": "No. Do not forward it or show it to anyone. Sharing sexual pictures of a child hurts the person in them, and it is a crime. Tell a trusted adult, who can report it.",
                        },
                        {
                            "question": "I already sent a picture. Is it too late to get help?",
                            "answer": "It is never too late. Many young people have been tricked like this. Good helpers will not judge you. They will help you stay safe.",
                        },
                    ],
                    "km": [
                        {
                            "question": "មាននរណាម្នាក់កំពុងគំរាមចែករំលែករូបភាពរបស់ខ្ញុំ។ តើខ្ញុំគួរធ្វើអ្វី?",
                            "answer": "កុំផ្ញើប្រាក់ ឬរូបភាពបន្ថែម។ ឈប់ឆ្លើយតប។ ប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ឬទូរសព្ទទៅខ្សែទូរសព្ទជំនួយ ឲ្យបានឆាប់តាមដែលអាចធ្វើបាន។ អ្នកនឹងមិនត្រូវគេស្តីបន្ទោសទេ។ អ្នកដែលគំរាម គឺជាអ្នកធ្វើខុស។",
                        },
                        {
                            "question": "មិត្តម្នាក់បានផ្ញើរូបភាពផ្លូវភេទរបស់យុវវ័យម្នាក់ទៀតមកខ្ញុំ។ តើខ្ញុំគួរបញ្ជូនបន្តវាទេ?",
                            "answer": "ទេ។ កុំបញ្ជូនបន្ត ឬបង្ហាញវាដល់នរណាម្នាក់ឡើយ។ ការចែករំលែករូបភាពផ្លូវភេទរបស់កុមារ ធ្វើឲ្យអ្នកដែលនៅក្នុងរូបភាពរងការឈឺចាប់ ហើយវាជាបទល្មើស។ សូមប្រាប់មនុស្សពេញវ័យដែលអ្នកទុកចិត្ត ដើម្បីឲ្យពួកគេរាយការណ៍។",
                        },
                        {
                            "question": "ខ្ញុំបានផ្ញើរូបភាពរួចហើយ។ តើយឺតពេលហើយឬ ដើម្បីសុំជំនួយ?",
                            "answer": "មិនដែលយឺតពេលទេ។ យុវវ័យជាច្រើនត្រូវគេបោកបញ្ឆោតតាមរបៀបនេះ។ អ្នកជួយល្អៗនឹងមិនវិនិច្ឆ័យអ្នកទេ។ ពួកគេនឹងជួយឲ្យអ្នកមានសុវត្ថិភាព។",
                        },
                    ],
                    "fil": [
                        {
                            "question": "May nananakot na ikakalat ang mga larawan ko. Ano ang gagawin ko?",
                            "answer": "Huwag magpadala ng pera o dagdag na larawan. Tumigil sa pagsagot. Sabihin agad sa isang nakatatandang pinagkakatiwalaan mo o tumawag sa helpline. Hindi ka mapapahamak. Ang nananakot ang gumagawa ng mali.",
                        },
                        {
                            "question": "Pinadalhan ako ng kaibigan ng sekswal na larawan ng ibang kabataan. Dapat ko ba itong ipasa?",
                            "answer": "Hindi. Huwag itong ipasa o ipakita kaninuman. Nasasaktan ang taong nasa larawan kapag ikinakalat ito, at krimen ang pagkakalat ng sekswal na larawan ng bata. Sabihin sa isang nakatatandang pinagkakatiwalaan mo, para maiulat niya ito.",
                        },
                        {
                            "question": "Nakapagpadala na ako ng larawan. Huli na ba para humingi ng tulong?",
                            "answer": "Hindi pa huli kailanman. Maraming kabataan ang nalinlang sa ganitong paraan. Hindi ka huhusgahan ng mabubuting tagatulong. Tutulungan ka nilang maging ligtas.",
                        },
                    ],
                    "vi": [
                        {
                            "question": "Có người đe dọa phát tán ảnh của em. Em phải làm gì?",
                            "answer": "Đừng gửi tiền hay thêm ảnh. Hãy ngừng trả lời. Hãy kể với một người lớn em tin tưởng hoặc gọi đường dây hỗ trợ càng sớm càng tốt. Em sẽ không bị trách phạt. Người đe dọa mới là người làm sai.",
                        },
                        {
                            "question": "Một người bạn gửi cho em ảnh tình dục của một bạn trẻ khác. Em có nên chuyển tiếp không?",
                            "answer": "Không. Đừng chuyển tiếp hay cho ai xem. Chia sẻ ảnh tình dục của trẻ em làm tổn thương người trong ảnh, và đó là tội phạm. Hãy kể với một người lớn em tin tưởng để họ trình báo.",
                        },
                        {
                            "question": "Em đã lỡ gửi ảnh rồi. Có quá muộn để xin giúp đỡ không?",
                            "answer": "Không bao giờ là quá muộn. Nhiều bạn trẻ đã bị lừa như vậy. Những người hỗ trợ tốt sẽ không phán xét em. Họ sẽ giúp em được an toàn.",
                        },
                    ],
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "PH", "kind": "hotline"}},
            {"type": "help", "value": {"country": "VN", "kind": "hotline"}},
        ],
    },
    {
        "slug": "boys-too",
        "audience": "children",
        "country": "all",
        "topic": "rights",
        "lawyer_checked_on": "2026-01-28",
        "title": {"en": "Boys can be victims too"},
        "summary": {
            "en": "Sexual abuse and exploitation happen to boys as well as girls. Boys deserve to be believed and helped, too."
        },
        "browser_title": {"en": "Reading notes"},
        "content_warning": {
            "en": "This guide talks about sexual abuse and exploitation of boys, without details. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>Many people think only girls can be sexually abused or exploited. That is not true. It happens to boys too, but people often do not notice it or talk about it.</p><p>Some people wrongly say that boys <em>choose</em> it. They do not. When an adult uses a child for sex, or pays them with money or gifts, <strong>the adult is the one doing wrong</strong>.</p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "If you are a boy, remember",
                        "points": [
                            "What happened is not your fault, and it does not change who you are.",
                            "You have exactly the same right to help as any girl.",
                            "Feeling ashamed, angry or numb is normal. Talking to someone can help.",
                            "Help services are for every child, whatever their gender or sexual orientation.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Will people think I am weak if I ask for help?",
                            "answer": "Asking for help takes strength. Good helpers know that boys can be harmed too, and they will not judge you.",
                        },
                        {
                            "question": "I was given money. Does that make it my fault?",
                            "answer": "No. An adult who gives a child money or gifts for sex is exploiting that child. You should never be punished for what someone did to you.",
                        },
                        {
                            "question": "What if my friends make jokes about it?",
                            "answer": "Jokes like that come from not understanding. You do not have to explain yourself to them. Choose one person you trust, like a counsellor or social worker, and talk to them instead.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "counselling"}},
            {"type": "help", "value": {"country": "PH", "kind": "counselling"}},
            {"type": "help", "value": {"country": "VN", "kind": "counselling"}},
        ],
    },
    {
        "slug": "reporting-to-the-police-in-cambodia",
        "audience": "children",
        "country": "KH",
        "topic": "justice",
        "lawyer_checked_on": "2025-02-14",
        "title": {"en": "Reporting to the police in Cambodia"},
        "summary": {
            "en": "What may happen if you tell the police in Cambodia, and the protections for children described in a 2014 report."
        },
        "browser_title": {"en": "Class notes 6"},
        "content_warning": {
            "en": "This guide talks about reporting sexual exploitation to the police, without details. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>Telling the police can feel scary. This guide explains what may happen, so there are fewer surprises. You do not have to do it alone.</p><p><em>The facts about Cambodian law and services come from a report written in 2014. Some things may have changed, so check with a lawyer or social worker.</em></p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What the 2014 report said about Cambodia",
                        "points": [
                            "The police have a special department for child protection and trafficking, called the Anti-Human Trafficking and Juvenile Protection Department.",
                            "Police learn at the police academy how to question children in a child-sensitive way.",
                            "Screens and video equipment can be used when children are interviewed, to protect them.",
                            "The law says children must not be punished for being sexually exploited.",
                            "A government hotline, open day and night, tells people where children can get help and connects them to services.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Do I have to go alone?",
                            "answer": "No. You can ask a trusted adult, a social worker or an organisation that gives legal help to support you. Some organisations give this help for free.",
                        },
                        {
                            "question": "Will they tell me what is happening?",
                            "answer": "You have the right to be kept informed and to give your views. If you do not understand something, ask them to explain it again in simple words.",
                        },
                        {
                            "question": "Can I get in trouble?",
                            "answer": "You should not be punished for what was done to you. If anyone makes you feel blamed, tell a social worker or a lawyer.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "police"}},
            {"type": "help", "value": {"country": "KH", "kind": "legal_aid"}},
        ],
    },
    {
        "slug": "child-marriage-cambodia-parents",
        "audience": "parents",
        "country": "KH",
        "topic": "family",
        "lawyer_checked_on": "2026-02-10",
        "title": {"en": "Child marriage: what parents in Cambodia should know"},
        "summary": {
            "en": "Why marriage before 18 harms children, and what a 2014 report said about the marriage age in Cambodia."
        },
        "browser_title": None,
        "content_warning": {
            "en": "This guide talks about child marriage and how it can harm children. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>A child marriage is one where one or both people are under 18. It can harm a child's health, end their schooling and put their safety at risk. When a child is married off for money or gifts and pushed into a sexual relationship, it is a form of sexual exploitation of children.</p><p><em>The legal facts below come from a 2014 report. Please check the current law with a lawyer or social worker.</em></p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What the 2014 report said about Cambodia",
                        "points": [
                            "The lowest age to marry was 16, for girls and boys alike.",
                            "A 16- or 17-year-old could only marry with their parents' consent, and only if the other person was 18 or older.",
                            "From 18, a person could marry without their parents' consent.",
                            "About 23 in every 100 girls were married before they turned 18.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Our family is struggling. Could an early marriage help?",
                            "answer": "Marriage before 18 often brings the child more hardship, not less. There may be other help, such as support to keep your child in school or programmes your family has a right to. A social worker or local organisation can help you find out.",
                        },
                        {
                            "question": "Someone has offered money to arrange a marriage for my child. What should I do?",
                            "answer": "Be careful. Go-betweens who arrange marriages for money are sometimes used to traffic children. Do not agree. Talk to a social worker, a hotline or the police.",
                        },
                        {
                            "question": "Can our community help?",
                            "answer": "Yes. The 2014 report said Cambodia has community child protection committees, where local leaders, police, teachers, parents and children work together to keep children safe. Talking openly as a community protects children.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "KH", "kind": "social_welfare"}},
            {"type": "help", "value": {"country": "KH", "kind": "ngo"}},
        ],
    },
    {
        "slug": "going-to-court-in-the-philippines",
        "audience": "children",
        "country": "PH",
        "topic": "justice",
        "lawyer_checked_on": "2026-03-20",
        "title": {"en": "Going to court in the Philippines"},
        "summary": {
            "en": "If your case goes to court, special rules can make it easier to give testimony. Here is what to expect."
        },
        "browser_title": {"en": "Study notes 8"},
        "content_warning": {
            "en": "This guide talks about court cases about sexual exploitation, without details. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>If someone is charged with harming you, you may be asked to tell a court what you know. This is called giving <strong>testimony</strong>, and the person who gives it is a <strong>witness</strong>.</p><p>Going to court can feel big and scary. You do not have to face it alone. <em>The facts about Philippine law here come from a 2014 report and may have changed.</em></p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What the 2014 report said about the Philippines",
                        "points": [
                            "There are special rules to make it easier for child witnesses to give testimony.",
                            "National guidelines for protecting trafficked children include child-friendly ways through the justice system. Children and young people helped to write them.",
                            "Children who were sexually exploited could get medical and psychological care, a temporary shelter and legal help.",
                            "Later support included help to go back to school and to family, and financial help.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Why is my case taking so long?",
                            "answer": "Court cases can be slow, and waiting is hard. If it makes you feel upset or stuck, tell your lawyer, social worker or counsellor. They can support you and explain what is happening.",
                        },
                        {
                            "question": "Do I have to pay a lawyer?",
                            "answer": "Some organisations give legal help for free, from the start of a case to the end. A social worker can help you find one.",
                        },
                        {
                            "question": "Can I say how I feel about what happens?",
                            "answer": "Yes. You have the right to give your views and to be kept informed at every step. Your feelings matter.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "PH", "kind": "legal_aid"}},
            {"type": "help", "value": {"country": "PH", "kind": "counselling"}},
        ],
    },
    {
        "slug": "protecting-your-child-online-philippines",
        "audience": "parents",
        "country": "PH",
        "topic": "online",
        "lawyer_checked_on": "2024-11-05",
        "title": {"en": "Protecting your child online in the Philippines"},
        "summary": {
            "en": "Warning signs of online sexual exploitation, what Philippine law covered in 2014, and what to do if you are worried."
        },
        "browser_title": {"en": "Parent notes"},
        "content_warning": {
            "en": "This guide talks about online sexual abuse and exploitation of children, without details. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>Phones and the internet help children learn and stay in touch. But some people use them to groom, trick or sexually exploit children. Parents and caregivers have an important part in keeping children safe online.</p><p>Sometimes the person causing harm is a stranger. Sometimes it is someone the child knows. <strong>Whatever happened, the child is not to blame.</strong></p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Things to look out for",
                        "points": [
                            "Your child is in contact with new people online whom you do not know.",
                            "Your child spends a lot of time online with no one around.",
                            "Your child receives gifts, money or phone credit and will not say who from.",
                            "Someone offers your child a job or a trip far from home.",
                        ],
                    }
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What Philippine law covered, as reported in 2014",
                        "points": [
                            "The law against child sexual abuse material covered pictures, videos, sound recordings, writing and computer-made images.",
                            "Knowingly looking at such material online was a crime.",
                            "The Philippines was one of only three countries in the region whose law banned online grooming.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "I found sexual pictures of my child on their phone. What should I do?",
                            "answer": "Stay calm and tell your child they are not in trouble. Do not copy, forward or post the pictures, even to report them. Contact the police or a social worker and tell them what you found.",
                        },
                        {
                            "question": "How can I talk to my child about online safety?",
                            "answer": "Talk often and gently, without blame. Ask which apps they use and who they chat with. Let them know they can always come to you, even if they have made a mistake.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "PH", "kind": "police"}},
            {"type": "help", "value": {"country": "PH", "kind": "hotline"}},
        ],
    },
    {
        "slug": "support-for-families-in-viet-nam",
        "audience": "parents",
        "country": "VN",
        "topic": "family",
        "lawyer_checked_on": "2026-04-10",
        "title": {"en": "Support for families in Viet Nam"},
        "summary": {
            "en": "Help your family may be able to get in Viet Nam, from financial support to counselling, as described in a 2014 report."
        },
        "browser_title": None,
        "content_warning": None,
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>Many families do not know about the support they have a right to. Asking for help is not a failure. It is one of the best ways to keep children safe, healthy and in school.</p><p><em>The facts below come from a 2014 report. Please ask a local social worker what is available now.</em></p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What the 2014 report said about Viet Nam",
                        "points": [
                            "Families at risk could get financial support, loans, scholarships and other practical help.",
                            "The Ministry of Labour, Invalids and Social Affairs led child protection and had a special unit for children.",
                            "Some provinces had social work or counselling centres that gave legal and psychological guidance.",
                            "The lowest age to marry was 20 for men and 18 for women.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "Who can I ask about support?",
                            "answer": "A social worker or a counselling centre near you can explain which programmes your family may be able to join, and help you apply.",
                        },
                        {
                            "question": "Is counselling only for children?",
                            "answer": "No. Counselling can help parents, brothers, sisters and other family members too. When the whole family is supported, children do better.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "VN", "kind": "social_welfare"}},
            {"type": "help", "value": {"country": "VN", "kind": "counselling"}},
        ],
    },
    {
        "slug": "getting-better-takes-time-viet-nam",
        "audience": "children",
        "country": "VN",
        "topic": "recovery",
        "lawyer_checked_on": "2026-01-15",
        "title": {"en": "Getting better takes time"},
        "summary": {
            "en": "Healing after harm can take a long time, and that is okay. Here is the support young people in Viet Nam can ask for."
        },
        "browser_title": {"en": "Study notes 11"},
        "content_warning": {
            "en": "This guide talks about recovering after sexual exploitation or trafficking, without details. You can stop reading at any time."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>After something hard happens, healing in your body and mind takes time. For many young people it takes more than a year. <strong>That is okay.</strong> There is no right speed.</p><p>You might have good days and hard days. Feeling better and then worse again is normal. Helpers should keep the door open for you for as long as you need.</p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Your recovery, your way",
                        "points": [
                            "Your plan should be made for you, not copied from someone else's.",
                            "You have the right to be asked what you think, and to help make decisions.",
                            "You can ask to slow down or take a break from a programme.",
                            "Support can carry on after you go home, for as long as you need it.",
                            "Fun things like sport, music, games and trips are part of getting better too.",
                        ],
                    }
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "What the 2014 report said about Viet Nam",
                        "points": [
                            "There were recovery centres in major cities and near the borders with China and Cambodia.",
                            "Counselling centres in several provinces gave legal and psychological guidance.",
                            "Children who had been trafficked had a right to medical care, including counselling, as well as rehabilitation, job training and suitable work for their age.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "What if I do not feel ready to talk?",
                            "answer": "That is okay. You can start small, with simple choices like what to eat or what to do, and talk when you feel ready. A good helper will not rush you.",
                        },
                        {
                            "question": "What if I start to feel bad again after a long time?",
                            "answer": "That happens to many people, and it does not mean you have failed. You can always go back and ask for help again.",
                        },
                    ]
                },
            },
            {"type": "help", "value": {"country": "VN", "kind": "counselling"}},
            {"type": "help", "value": {"country": "VN", "kind": "shelter"}},
        ],
    },
    {
        "slug": "sharing-guides-with-young-people",
        "audience": "facilitators",
        "country": "all",
        "topic": "recovery",
        "lawyer_checked_on": "2026-02-25",
        "title": {"en": "Sharing these guides with young people"},
        "summary": {
            "en": "How to read rights guides safely with children and teens, what to do if a young person tells you something, and how to look after yourself."
        },
        "browser_title": None,
        "content_warning": {
            "en": "This guide talks about how to respond when a child tells you about abuse or exploitation. Take a break whenever you need to."
        },
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": "<p>Some readers of these guides have lived through sexual exploitation. Share the guides in a way that is child-friendly, trauma-informed and free of judgement. Treat every young person with respect, dignity and compassion.</p>"
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "Before and during a session",
                        "points": [
                            "Read the content warning together, and make it clear that anyone can step out or stop.",
                            "Use plain words and check that everyone understands. Invite questions and opinions.",
                            "Build trust with small choices, such as which guide to read first.",
                            "Never ask young people to share their own stories in the group.",
                            "Use examples that include boys, and never suggest that a teenager chose to be exploited.",
                        ],
                    }
                },
            },
            {
                "type": "key_points",
                "value": {
                    "en": {
                        "heading": "If a young person tells you something",
                        "points": [
                            "Listen calmly, believe them and tell them it is not their fault.",
                            "Be honest about what you can keep private, and ask what they would like to happen next.",
                            "Do not ask for details, and do not write their story down on this platform. Follow your organisation's referral steps and record only that a referral was made.",
                            "Never copy, keep or forward images of abuse, even as evidence. Pass concerns to the police or a caseworker.",
                        ],
                    }
                },
            },
            {
                "type": "questions",
                "value": {
                    "en": [
                        {
                            "question": "I feel drained after sessions. Is that normal?",
                            "answer": "Yes. People who support survivors can experience vicarious trauma, compassion fatigue or burnout. Ask for supervision and debriefing, take time off, learn the warning signs and look after yourself. Children need helpers who are rested and supported.",
                        },
                        {
                            "question": "A young person wants to stop the programme. What should I do?",
                            "answer": "Respect their choice. Ask gently what would help, and whether they would like to pause or change something. Keep the door open so they can come back when they are ready.",
                        },
                    ]
                },
            },
        ],
    },
]
