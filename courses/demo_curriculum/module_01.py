# The km, fil and vi texts in this file are draft translations awaiting review by a native speaker.
"""Demo curriculum, module 1: children's rights, the foundations (en, with draft km, fil, vi)."""

MODULE = {
    "slug": "childrens-rights",
    "title": {
        "en": "Children's rights, the foundations",
        "km": "សិទ្ធិកុមារ៖ មូលដ្ឋានគ្រឹះ",
        "fil": "Mga karapatan ng bata: ang mga pundasyon",
        "vi": "Quyền trẻ em: những điều nền tảng",
    },
    "summary": {
        "en": (
            "Learn the main international agreements on children's rights, the four principles "
            "behind them, and why every child has a right to recover and to have harm put right."
        ),
        "km": (
            "ស្វែងយល់ពីកិច្ចព្រមព្រៀងអន្តរជាតិសំខាន់ៗស្តីពីសិទ្ធិកុមារ គោលការណ៍ទាំងបួនដែលនៅពីក្រោយកិច្ចព្រមព្រៀងទាំងនោះ "
            "និងមូលហេតុដែលកុមារគ្រប់រូបមានសិទ្ធិជាសះស្បើយ និងសិទ្ធិឱ្យគេជួសជុលការខូចខាតដែលបានកើតឡើង។"
        ),
        "fil": (
            "Alamin ang mahahalagang pandaigdigang kasunduan sa mga karapatan ng bata, ang apat na "
            "prinsipyo sa likod nito, at kung bakit may karapatan ang bawat bata na gumaling at "
            "maitama ang pinsalang ginawa sa kanila."
        ),
        "vi": (
            "Tìm hiểu các điều ước quốc tế chính về quyền trẻ em, bốn nguyên tắc nền tảng, và vì "
            "sao mọi trẻ em đều có quyền được phục hồi và được khắc phục những tổn hại đã xảy ra."
        ),
    },
    "lessons": [
        {
            "slug": "four-principles",
            "title": {
                "en": "The CRC and its four general principles",
                "km": "អនុសញ្ញាស្តីពីសិទ្ធិកុមារ និងគោលការណ៍ទូទៅទាំងបួន",
                "fil": "Ang CRC at ang apat na pangkalahatang prinsipyo nito",
                "vi": "Công ước về Quyền trẻ em và bốn nguyên tắc chung",
            },
            "summary": {
                "en": (
                    "What the Convention on the Rights of the Child is, and the four principles "
                    "that guide all work with children."
                ),
                "km": "តើអនុសញ្ញាស្តីពីសិទ្ធិកុមារជាអ្វី និងគោលការណ៍ទាំងបួនដែលណែនាំការងារទាំងអស់ជាមួយកុមារ។",
                "fil": (
                    "Kung ano ang Kumbensyon sa mga Karapatan ng Bata, at ang apat na prinsipyong "
                    "gumagabay sa lahat ng gawain kasama ang mga bata."
                ),
                "vi": (
                    "Công ước về Quyền trẻ em là gì, và bốn nguyên tắc định hướng mọi công việc "
                    "liên quan đến trẻ em."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The Convention on the Rights of the Child (CRC) is a worldwide "
                            "agreement that lists the rights of every child, meaning every person "
                            "under 18. Almost every country in the world has joined it. Every "
                            "ASEAN country has ratified it, including Cambodia, the Philippines "
                            "and Viet Nam. To ratify means that a country has promised to follow "
                            "it."
                        ),
                        "km": (
                            "អនុសញ្ញាស្តីពីសិទ្ធិកុមារ (CRC) គឺជាកិច្ចព្រមព្រៀងទូទាំងពិភពលោក "
                            "ដែលរៀបរាប់ពីសិទ្ធិរបស់កុមារគ្រប់រូប ពោលគឺមនុស្សគ្រប់រូបដែលមានអាយុក្រោម ១៨ ឆ្នាំ។ "
                            "ស្ទើរតែគ្រប់ប្រទេសទាំងអស់នៅលើពិភពលោកបានចូលជាភាគីនៃអនុសញ្ញានេះ។ ប្រទេសអាស៊ានទាំងអស់ "
                            "រួមទាំងកម្ពុជា ហ្វីលីពីន និងវៀតណាម បានផ្តល់សច្ចាប័នលើអនុសញ្ញានេះ។ "
                            "ការផ្តល់សច្ចាប័នមានន័យថា ប្រទេសមួយបានសន្យាថានឹងគោរពតាមអនុសញ្ញានេះ។"
                        ),
                        "fil": (
                            "Ang Kumbensyon sa mga Karapatan ng Bata (CRC) ay isang pandaigdigang "
                            "kasunduan na naglilista ng mga karapatan ng bawat bata, ibig sabihin "
                            "ay bawat taong wala pang 18 taong gulang. Halos lahat ng bansa sa "
                            "mundo ay sumali rito. Niratipika ito ng bawat bansa sa ASEAN, kasama "
                            "ang Cambodia, Pilipinas at Viet Nam. Ang ibig sabihin ng pagratipika "
                            "ay nangako ang isang bansa na susundin ito."
                        ),
                        "vi": (
                            "Công ước về Quyền trẻ em (CRC) là một điều ước toàn cầu liệt kê các "
                            "quyền của mọi trẻ em, tức là mọi người dưới 18 tuổi. Gần như mọi quốc "
                            "gia trên thế giới đều đã tham gia Công ước. Tất cả các nước ASEAN, "
                            "trong đó có Campuchia, Philippines và Việt Nam, đều đã phê chuẩn Công "
                            "ước. Phê chuẩn nghĩa là một quốc gia đã cam kết thực hiện Công ước."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "The four general principles",
                        "km": "គោលការណ៍ទូទៅទាំងបួន",
                        "fil": "Ang apat na pangkalahatang prinsipyo",
                        "vi": "Bốn nguyên tắc chung",
                    },
                    "points": [
                        {
                            "en": (
                                "Best interests: when adults decide something about a child, what "
                                "is truly good for that child comes first."
                            ),
                            "km": (
                                "ឧត្តមប្រយោជន៍របស់កុមារ៖ នៅពេលមនុស្សពេញវ័យសម្រេចចិត្តលើរឿងអ្វីមួយទាក់ទងនឹងកុមារ "
                                "អ្វីដែលល្អពិតប្រាកដសម្រាប់កុមារនោះត្រូវតែមកមុនគេ។"
                            ),
                            "fil": (
                                "Pinakamabuting interes ng bata: kapag may pinagpapasyahan ang "
                                "matatanda tungkol sa isang bata, inuuna ang tunay na makabubuti "
                                "sa batang iyon."
                            ),
                            "vi": (
                                "Lợi ích tốt nhất của trẻ em: khi người lớn quyết định điều gì "
                                "liên quan đến một trẻ em, điều thực sự tốt cho trẻ đó phải được "
                                "đặt lên hàng đầu."
                            ),
                        },
                        {
                            "en": (
                                "Being heard: every child may say what they think about things "
                                "that affect them, and their views must be taken seriously."
                            ),
                            "km": (
                                "សិទ្ធិត្រូវបានស្តាប់៖ កុមារគ្រប់រូបអាចនិយាយពីអ្វីដែលខ្លួនគិតអំពីរឿងដែលប៉ះពាល់ដល់ខ្លួន "
                                "ហើយមតិរបស់ពួកគេត្រូវតែយកមកពិចារណាយ៉ាងយកចិត្តទុកដាក់។"
                            ),
                            "fil": (
                                "Karapatang marinig: maaaring sabihin ng bawat bata ang iniisip "
                                "nila tungkol sa mga bagay na may epekto sa kanila, at dapat "
                                "seryosohin ang kanilang pananaw."
                            ),
                            "vi": (
                                "Quyền được lắng nghe: mọi trẻ em đều được nói lên suy nghĩ của "
                                "mình về những việc ảnh hưởng đến các em, và ý kiến đó phải được "
                                "coi trọng."
                            ),
                        },
                        {
                            "en": (
                                "Non-discrimination: every child has these rights, whatever their "
                                "gender, nationality, papers or background."
                            ),
                            "km": (
                                "ការមិនរើសអើង៖ កុមារគ្រប់រូបមានសិទ្ធិទាំងនេះ ទោះបីជាភេទ សញ្ជាតិ ឯកសារ "
                                "ឬប្រវត្តិរបស់ពួកគេយ៉ាងណាក៏ដោយ។"
                            ),
                            "fil": (
                                "Walang diskriminasyon: may ganitong mga karapatan ang bawat bata, "
                                "anuman ang kanilang kasarian, nasyonalidad, papeles o pinagmulan."
                            ),
                            "vi": (
                                "Không phân biệt đối xử: mọi trẻ em đều có những quyền này, bất kể "
                                "giới tính, quốc tịch, giấy tờ hay hoàn cảnh xuất thân."
                            ),
                        },
                        {
                            "en": (
                                "Survival and development: every child has the right to live and "
                                "to grow up healthy and safe, able to reach their full potential."
                            ),
                            "km": (
                                "សិទ្ធិរស់រានមានជីវិត និងការអភិវឌ្ឍ៖ កុមារគ្រប់រូបមានសិទ្ធិរស់នៅ "
                                "និងធំធាត់ឡើងប្រកបដោយសុខភាពល្អ និងសុវត្ថិភាព "
                                "ហើយអាចអភិវឌ្ឍសមត្ថភាពរបស់ខ្លួនបានពេញលេញ។"
                            ),
                            "fil": (
                                "Karapatang mabuhay at umunlad: may karapatan ang bawat bata na "
                                "mabuhay at lumaking malusog at ligtas, at kayang abutin ang "
                                "kanyang buong kakayahan."
                            ),
                            "vi": (
                                "Quyền được sống còn và phát triển: mọi trẻ em đều có quyền được "
                                "sống và lớn lên khỏe mạnh, an toàn, phát huy hết khả năng của "
                                "mình."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "These four principles guide all care and recovery work with children. "
                            "Every plan for a child should fit that child, and their best "
                            "interests should be thought about at every step."
                        ),
                        "km": (
                            "គោលការណ៍ទាំងបួននេះណែនាំការងារថែទាំ និងការងារជួយឱ្យជាសះស្បើយទាំងអស់ជាមួយកុមារ។ "
                            "ផែនការនីមួយៗសម្រាប់កុមារគួរតែសមស្របនឹងកុមារនោះ "
                            "ហើយឧត្តមប្រយោជន៍របស់ពួកគេគួរតែត្រូវបានគិតគូរនៅគ្រប់ជំហាន។"
                        ),
                        "fil": (
                            "Ginagabayan ng apat na prinsipyong ito ang lahat ng gawain ng "
                            "pag-aalaga at paggaling kasama ang mga bata. Dapat angkop sa bawat "
                            "bata ang plano para sa kanya, at dapat isipin ang kanyang "
                            "pinakamabuting interes sa bawat hakbang."
                        ),
                        "vi": (
                            "Bốn nguyên tắc này định hướng mọi công việc chăm sóc và phục hồi cho "
                            "trẻ em. Mỗi kế hoạch cho một trẻ cần phù hợp với chính trẻ đó, và lợi "
                            "ích tốt nhất của trẻ cần được cân nhắc ở mọi bước."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Every child has the right to be free from sexual exploitation. This "
                            "right does not depend on a child's background, ethnicity, gender or "
                            "where they live. It belongs to every child."
                        ),
                        "km": (
                            "កុមារគ្រប់រូបមានសិទ្ធិរស់នៅដោយរួចផុតពីការកេងប្រវ័ញ្ចផ្លូវភេទ។ សិទ្ធិនេះមិនអាស្រ័យលើប្រវត្តិ "
                            "ជាតិពន្ធុ ភេទ ឬទីកន្លែងដែលកុមាររស់នៅនោះទេ។ វាជាសិទ្ធិរបស់កុមារគ្រប់រូប។"
                        ),
                        "fil": (
                            "May karapatan ang bawat bata na maging malaya sa sekswal na "
                            "pagsasamantala. Hindi nakadepende ang karapatang ito sa pinagmulan, "
                            "lahi, kasarian o tirahan ng bata. Para ito sa bawat bata."
                        ),
                        "vi": (
                            "Mọi trẻ em đều có quyền không bị bóc lột tình dục. Quyền này không "
                            "phụ thuộc vào hoàn cảnh, dân tộc, giới tính hay nơi các em sống. Đó "
                            "là quyền của mọi trẻ em."
                        ),
                    },
                },
                {"type": "h5p", "activity": "your-right-to-be-heard"},
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Think of a decision adults made about you or a friend. How could the "
                            "four principles have changed the way it was made? Share only what you "
                            "feel comfortable sharing."
                        ),
                        "km": (
                            "សូមគិតអំពីការសម្រេចចិត្តមួយដែលមនុស្សពេញវ័យបានធ្វើទាក់ទងនឹងអ្នក ឬមិត្តភក្តិរបស់អ្នក។ "
                            "តើគោលការណ៍ទាំងបួនអាចផ្លាស់ប្តូររបៀបធ្វើការសម្រេចចិត្តនោះយ៉ាងដូចម្តេច? "
                            "សូមចែករំលែកតែអ្វីដែលអ្នកមានអារម្មណ៍ស្រួលក្នុងការចែករំលែកប៉ុណ្ណោះ។"
                        ),
                        "fil": (
                            "Mag-isip ng isang desisyong ginawa ng matatanda tungkol sa iyo o sa "
                            "isang kaibigan. Paano sana nabago ng apat na prinsipyo ang paraan ng "
                            "pagpapasya? Ibahagi lamang ang komportable kang ibahagi."
                        ),
                        "vi": (
                            "Hãy nghĩ về một quyết định mà người lớn đã đưa ra về bạn hoặc một "
                            "người bạn. Bốn nguyên tắc này có thể làm thay đổi cách đưa ra quyết "
                            "định đó như thế nào? Chỉ chia sẻ những gì bạn thấy thoải mái."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "recovery-is-a-right",
            "title": {
                "en": "Recovery is a right: CRC Article 39 and OPSC Article 9",
                "km": "ការជាសះស្បើយគឺជាសិទ្ធិ៖ មាត្រា ៣៩ នៃអនុសញ្ញាស្តីពីសិទ្ធិកុមារ និងមាត្រា ៩ នៃ OPSC",
                "fil": "Karapatan ang paggaling: Artikulo 39 ng CRC at Artikulo 9 ng OPSC",
                "vi": "Phục hồi là một quyền: Điều 39 Công ước về Quyền trẻ em và Điều 9 OPSC",
            },
            "summary": {
                "en": (
                    "Two international rules say that children who have been harmed have a right "
                    "to heal in body and mind and to return safely to community life."
                ),
                "km": (
                    "ច្បាប់អន្តរជាតិពីរចែងថា កុមារដែលរងគ្រោះថ្នាក់មានសិទ្ធិជាសះស្បើយទាំងផ្លូវកាយ និងផ្លូវចិត្ត "
                    "ព្រមទាំងវិលត្រឡប់ទៅរស់នៅក្នុងសហគមន៍វិញដោយសុវត្ថិភាព។"
                ),
                "fil": (
                    "Sinasabi ng dalawang pandaigdigang tuntunin na may karapatan ang mga batang "
                    "napinsala na gumaling sa katawan at isip at ligtas na makabalik sa buhay sa "
                    "komunidad."
                ),
                "vi": (
                    "Hai quy định quốc tế khẳng định rằng trẻ em bị tổn hại có quyền được chữa "
                    "lành về thể chất và tinh thần, và được trở lại cuộc sống cộng đồng một cách "
                    "an toàn."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Article 39 of the CRC says that countries must take steps to help "
                            "children who have been harmed to recover in body and mind, and to "
                            "return to life in their family and community. This is called recovery "
                            "and reintegration."
                        ),
                        "km": (
                            "មាត្រា ៣៩ នៃអនុសញ្ញាស្តីពីសិទ្ធិកុមារចែងថា "
                            "ប្រទេសនានាត្រូវតែចាត់វិធានការដើម្បីជួយកុមារដែលរងគ្រោះថ្នាក់ឱ្យជាសះស្បើយទាំងផ្លូវកាយ "
                            "និងផ្លូវចិត្ត ព្រមទាំងវិលត្រឡប់ទៅរស់នៅជាមួយគ្រួសារ និងសហគមន៍វិញ។ នេះហៅថា ការជាសះស្បើយ "
                            "និងការធ្វើសមាហរណកម្មឡើងវិញ។"
                        ),
                        "fil": (
                            "Sinasabi ng Artikulo 39 ng CRC na dapat kumilos ang mga bansa para "
                            "tulungan ang mga batang napinsala na gumaling sa katawan at isip, at "
                            "makabalik sa buhay kasama ang kanilang pamilya at komunidad. "
                            "Tinatawag itong paggaling at reintegrasyon."
                        ),
                        "vi": (
                            "Điều 39 của Công ước về Quyền trẻ em quy định các quốc gia phải có "
                            "biện pháp giúp trẻ em bị tổn hại được phục hồi về thể chất và tinh "
                            "thần, và trở lại cuộc sống cùng gia đình và cộng đồng. Điều này gọi "
                            "là phục hồi và tái hòa nhập."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Article 39 also says where recovery should happen: in a place that "
                            "supports the child's health, self-respect and dignity. Recovery "
                            "should never make a child feel ashamed or judged."
                        ),
                        "km": (
                            "មាត្រា ៣៩ ក៏បានចែងផងដែរអំពីកន្លែងដែលការជាសះស្បើយគួរកើតឡើង៖ "
                            "គឺនៅកន្លែងដែលគាំទ្រសុខភាព ការគោរពខ្លួនឯង និងសេចក្តីថ្លៃថ្នូររបស់កុមារ។ "
                            "ការជាសះស្បើយមិនគួរធ្វើឱ្យកុមារមានអារម្មណ៍ខ្មាសអៀន ឬត្រូវគេវិនិច្ឆ័យឡើយ។"
                        ),
                        "fil": (
                            "Sinasabi rin ng Artikulo 39 kung saan dapat mangyari ang paggaling: "
                            "sa lugar na sumusuporta sa kalusugan, paggalang sa sarili at dignidad "
                            "ng bata. Hindi dapat kailanman maramdaman ng bata na ikinahihiya o "
                            "hinuhusgahan siya habang gumagaling."
                        ),
                        "vi": (
                            "Điều 39 cũng nói rõ việc phục hồi cần diễn ra ở đâu: trong một môi "
                            "trường hỗ trợ sức khỏe, lòng tự trọng và phẩm giá của trẻ. Quá trình "
                            "phục hồi không bao giờ được khiến trẻ cảm thấy xấu hổ hay bị phán xét."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The Optional Protocol on the sale of children (OPSC) is an extra "
                            "agreement added to the CRC. Its Article 9, paragraph 3, asks "
                            "countries to make sure that children harmed by sale or sexual "
                            "exploitation get full help to recover and to rejoin society."
                        ),
                        "km": (
                            "ពិធីសារបន្ថែមស្តីពីការលក់កុមារ (OPSC) "
                            "គឺជាកិច្ចព្រមព្រៀងបន្ថែមមួយដែលភ្ជាប់ទៅនឹងអនុសញ្ញាស្តីពីសិទ្ធិកុមារ។ មាត្រា ៩ កថាខណ្ឌ ៣ "
                            "របស់ពិធីសារនេះ ស្នើឱ្យប្រទេសនានាធានាថា កុមារដែលរងគ្រោះថ្នាក់ពីការលក់ "
                            "ឬការកេងប្រវ័ញ្ចផ្លូវភេទ ទទួលបានជំនួយពេញលេញដើម្បីជាសះស្បើយ និងវិលត្រឡប់ចូលរួមក្នុងសង្គមវិញ។"
                        ),
                        "fil": (
                            "Ang Opsyonal na Protokol tungkol sa pagbebenta ng mga bata (OPSC) ay "
                            "isang dagdag na kasunduang idinugtong sa CRC. Hinihiling ng Artikulo "
                            "9, talata 3 nito na tiyakin ng mga bansa na ang mga batang napinsala "
                            "ng pagbebenta o sekswal na pagsasamantala ay makatanggap ng buong "
                            "tulong para gumaling at muling makabalik sa lipunan."
                        ),
                        "vi": (
                            "Nghị định thư không bắt buộc về mua bán trẻ em (OPSC) là một văn kiện "
                            "bổ sung cho Công ước về Quyền trẻ em. Điều 9, khoản 3 của Nghị định "
                            "thư yêu cầu các quốc gia bảo đảm rằng trẻ em bị tổn hại do bị mua bán "
                            "hoặc bóc lột tình dục được hỗ trợ đầy đủ để phục hồi và tái hòa nhập "
                            "xã hội."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "What recovery means",
                        "km": "ការជាសះស្បើយមានន័យដូចម្តេច",
                        "fil": "Ano ang ibig sabihin ng paggaling",
                        "vi": "Phục hồi nghĩa là gì",
                    },
                    "points": [
                        {
                            "en": "Recovery is healing in body and mind after harm.",
                            "km": "ការជាសះស្បើយ គឺការព្យាបាលឱ្យជាទាំងផ្លូវកាយ និងផ្លូវចិត្ត បន្ទាប់ពីរងគ្រោះថ្នាក់។",
                            "fil": (
                                "Ang paggaling ay ang paghilom ng katawan at isip matapos "
                                "mapinsala."
                            ),
                            "vi": (
                                "Phục hồi là sự chữa lành về thể chất và tinh thần sau khi bị tổn "
                                "hại."
                            ),
                        },
                        {
                            "en": (
                                "Reintegration is safely returning to family, school and community "
                                "life."
                            ),
                            "km": (
                                "សមាហរណកម្មឡើងវិញ គឺការវិលត្រឡប់ទៅរស់នៅជាមួយគ្រួសារ សាលារៀន "
                                "និងសហគមន៍វិញដោយសុវត្ថិភាព។"
                            ),
                            "fil": (
                                "Ang reintegrasyon ay ang ligtas na pagbabalik sa buhay kasama ang "
                                "pamilya, paaralan at komunidad."
                            ),
                            "vi": (
                                "Tái hòa nhập là trở lại cuộc sống gia đình, trường học và cộng "
                                "đồng một cách an toàn."
                            ),
                        },
                        {
                            "en": (
                                "Recovery can take a long time. Help should last for as long as "
                                "the child needs it."
                            ),
                            "km": "ការជាសះស្បើយអាចត្រូវការពេលយូរ។ ជំនួយគួរតែបន្តដរាបណាកុមារនៅតែត្រូវការ។",
                            "fil": (
                                "Maaaring matagal ang paggaling. Dapat magpatuloy ang tulong "
                                "hangga't kailangan ito ng bata."
                            ),
                            "vi": (
                                "Phục hồi có thể mất nhiều thời gian. Sự hỗ trợ cần kéo dài chừng "
                                "nào trẻ còn cần."
                            ),
                        },
                    ],
                },
                {"type": "h5p", "activity": "who-can-help"},
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What helps a person feel respected when they ask for help? Make a "
                            "list together as a group."
                        ),
                        "km": (
                            "តើអ្វីខ្លះដែលជួយឱ្យមនុស្សម្នាក់មានអារម្មណ៍ថាត្រូវបានគេគោរព នៅពេលពួកគេសុំជំនួយ? "
                            "សូមរួមគ្នាធ្វើបញ្ជីមួយជាក្រុម។"
                        ),
                        "fil": (
                            "Ano ang nakatutulong para maramdaman ng isang tao na iginagalang siya "
                            "kapag humihingi siya ng tulong? Gumawa ng listahan nang magkakasama "
                            "bilang grupo."
                        ),
                        "vi": (
                            "Điều gì giúp một người cảm thấy được tôn trọng khi họ tìm kiếm sự "
                            "giúp đỡ? Cả nhóm hãy cùng lập một danh sách."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "effective-remedy",
            "title": {
                "en": "The right to an effective remedy",
                "km": "សិទ្ធិទទួលបានដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាព",
                "fil": "Ang karapatan sa mabisang remedyo",
                "vi": "Quyền được hưởng biện pháp khắc phục hiệu quả",
            },
            "summary": {
                "en": (
                    "Rights only mean something when there is a real way to put things right when "
                    "they are broken."
                ),
                "km": (
                    "សិទ្ធិមានអត្ថន័យលុះត្រាតែមានមធ្យោបាយពិតប្រាកដដើម្បីកែតម្រូវអ្វីៗ នៅពេលសិទ្ធិទាំងនោះត្រូវបានគេបំពាន។"
                ),
                "fil": (
                    "May kahulugan lamang ang mga karapatan kapag may tunay na paraan para maitama "
                    "ang mga bagay kapag nilabag ang mga ito."
                ),
                "vi": (
                    "Quyền chỉ có ý nghĩa khi có cách thực sự để sửa chữa mọi việc khi quyền đó bị "
                    "vi phạm."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A remedy is what is done to put right a harm. It can include justice, "
                            "care that helps a person recover, and compensation, which is money "
                            "paid for the harm done."
                        ),
                        "km": (
                            "ដំណោះស្រាយ គឺជាអ្វីដែលត្រូវធ្វើដើម្បីជួសជុលការខូចខាតដែលបានកើតឡើង។ វាអាចរួមមានយុត្តិធម៌ "
                            "ការថែទាំដែលជួយឱ្យមនុស្សម្នាក់ជាសះស្បើយ និងសំណង "
                            "ដែលជាប្រាក់ដែលត្រូវបង់សម្រាប់ការខូចខាតដែលបានធ្វើ។"
                        ),
                        "fil": (
                            "Ang remedyo ay ang ginagawa para maitama ang isang pinsala. Maaaring "
                            "kasama rito ang hustisya, pag-aalagang tumutulong sa paggaling ng "
                            "tao, at kabayaran, ibig sabihin ay perang ibinibigay para sa "
                            "pinsalang ginawa."
                        ),
                        "vi": (
                            "Biện pháp khắc phục là những gì được làm để bù đắp một tổn hại. Điều "
                            "đó có thể bao gồm công lý, sự chăm sóc giúp người đó phục hồi, và bồi "
                            "thường, tức là khoản tiền được trả cho tổn hại đã gây ra."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The UN Committee on the Rights of the Child has said that rights mean "
                            "little unless there are effective remedies to put violations right. "
                            "Giving child victims effective remedies is not a new idea: it is a "
                            "long-standing duty under international law."
                        ),
                        "km": (
                            "គណៈកម្មាធិការអង្គការសហប្រជាជាតិស្តីពីសិទ្ធិកុមារបានលើកឡើងថា សិទ្ធិនឹងគ្មានអត្ថន័យច្រើនទេ "
                            "ប្រសិនបើគ្មានដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាពដើម្បីកែតម្រូវការបំពានសិទ្ធិ។ "
                            "ការផ្តល់ដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាពដល់កុមាររងគ្រោះ មិនមែនជាគំនិតថ្មីនោះទេ៖ "
                            "វាជាកាតព្វកិច្ចដែលមានតាំងពីយូរមកហើយនៅក្រោមច្បាប់អន្តរជាតិ។"
                        ),
                        "fil": (
                            "Sinabi ng Komite ng UN sa mga Karapatan ng Bata na kaunti lamang ang "
                            "halaga ng mga karapatan kung walang mabisang remedyo para maitama ang "
                            "mga paglabag. Hindi bagong ideya ang pagbibigay ng mabisang remedyo "
                            "sa mga batang biktima: matagal na itong tungkulin sa ilalim ng "
                            "pandaigdigang batas."
                        ),
                        "vi": (
                            "Ủy ban Liên Hợp Quốc về Quyền trẻ em đã nói rằng quyền sẽ ít có ý "
                            "nghĩa nếu không có các biện pháp khắc phục hiệu quả để sửa chữa những "
                            "vi phạm. Việc bảo đảm biện pháp khắc phục hiệu quả cho trẻ em bị hại "
                            "không phải là ý tưởng mới: đó là nghĩa vụ đã có từ lâu trong luật "
                            "quốc tế."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "Three parts of access to justice",
                        "km": "ផ្នែកទាំងបីនៃការទទួលបានយុត្តិធម៌",
                        "fil": "Tatlong bahagi ng access sa hustisya",
                        "vi": "Ba phần của tiếp cận công lý",
                    },
                    "points": [
                        {
                            "en": (
                                "Access to criminal justice: the person who caused the harm is "
                                "held to account by the courts."
                            ),
                            "km": (
                                "ការទទួលបានយុត្តិធម៌ព្រហ្មទណ្ឌ៖ អ្នកដែលបង្កការខូចខាតត្រូវទទួលខុសត្រូវចំពោះមុខតុលាការ។"
                            ),
                            "fil": (
                                "Access sa hustisyang kriminal: pinananagot ng korte ang taong "
                                "nagdulot ng pinsala."
                            ),
                            "vi": (
                                "Tiếp cận tư pháp hình sự: người gây ra tổn hại phải chịu trách "
                                "nhiệm trước tòa án."
                            ),
                        },
                        {
                            "en": (
                                "Access to recovery and reintegration: the child gets care to heal "
                                "and to return safely to community life."
                            ),
                            "km": (
                                "ការទទួលបានការជាសះស្បើយ និងសមាហរណកម្មឡើងវិញ៖ "
                                "កុមារទទួលបានការថែទាំដើម្បីជាសះស្បើយ និងវិលត្រឡប់ទៅរស់នៅក្នុងសហគមន៍វិញដោយសុវត្ថិភាព។"
                            ),
                            "fil": (
                                "Access sa paggaling at reintegrasyon: nakatatanggap ang bata ng "
                                "pag-aalaga para gumaling at ligtas na makabalik sa buhay sa "
                                "komunidad."
                            ),
                            "vi": (
                                "Tiếp cận phục hồi và tái hòa nhập: trẻ được chăm sóc để chữa lành "
                                "và trở lại cuộc sống cộng đồng một cách an toàn."
                            ),
                        },
                        {
                            "en": (
                                "Access to fair and timely compensation: the child receives fair "
                                "payment for the harm, without waiting for years."
                            ),
                            "km": (
                                "ការទទួលបានសំណងដោយយុត្តិធម៌ និងទាន់ពេលវេលា៖ "
                                "កុមារទទួលបានការទូទាត់ដោយយុត្តិធម៌សម្រាប់ការខូចខាត ដោយមិនចាំបាច់រង់ចាំច្រើនឆ្នាំ។"
                            ),
                            "fil": (
                                "Access sa patas at napapanahong kabayaran: nakatatanggap ang bata "
                                "ng patas na bayad para sa pinsala, nang hindi naghihintay nang "
                                "maraming taon."
                            ),
                            "vi": (
                                "Tiếp cận bồi thường công bằng và kịp thời: trẻ nhận được khoản "
                                "bồi thường công bằng cho tổn hại mà không phải chờ đợi nhiều năm."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "ECPAT, an international network working to end the sexual "
                            "exploitation of children, defends these three parts in its work with "
                            "young people. As a paralegal, you will help your peers understand "
                            "each of them."
                        ),
                        "km": (
                            "ECPAT ដែលជាបណ្តាញអន្តរជាតិធ្វើការដើម្បីបញ្ចប់ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ "
                            "ការពារផ្នែកទាំងបីនេះនៅក្នុងការងាររបស់ខ្លួនជាមួយយុវជន។ ក្នុងនាមជាអ្នកជំនួយការផ្នែកច្បាប់ "
                            "អ្នកនឹងជួយមិត្តភក្តិរបស់អ្នកឱ្យយល់ពីផ្នែកនីមួយៗ។"
                        ),
                        "fil": (
                            "Ipinagtatanggol ng ECPAT, isang pandaigdigang network na kumikilos "
                            "para wakasan ang sekswal na pagsasamantala sa mga bata, ang tatlong "
                            "bahaging ito sa gawain nito kasama ang mga kabataan. Bilang "
                            "paralegal, tutulungan mo ang iyong mga kapwa kabataan na maunawaan "
                            "ang bawat isa."
                        ),
                        "vi": (
                            "ECPAT, một mạng lưới quốc tế hoạt động nhằm chấm dứt bóc lột tình dục "
                            "trẻ em, bảo vệ ba phần này trong hoạt động với người trẻ. Là một trợ "
                            "lý pháp lý, bạn sẽ giúp các bạn đồng trang lứa hiểu từng phần."
                        ),
                    },
                },
                {"type": "h5p", "activity": "confidentiality-peer-support"},
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Which of the three parts of access to justice do you think is hardest "
                            "to reach in your community? Why?"
                        ),
                        "km": (
                            "តើផ្នែកណាមួយក្នុងចំណោមផ្នែកទាំងបីនៃការទទួលបានយុត្តិធម៌ "
                            "ដែលអ្នកគិតថាពិបាកទទួលបានបំផុតនៅក្នុងសហគមន៍របស់អ្នក? ហេតុអ្វី?"
                        ),
                        "fil": (
                            "Sa tatlong bahagi ng access sa hustisya, alin sa tingin mo ang "
                            "pinakamahirap abutin sa inyong komunidad? Bakit?"
                        ),
                        "vi": (
                            "Theo bạn, trong ba phần của tiếp cận công lý, phần nào khó đạt được "
                            "nhất ở cộng đồng của bạn? Vì sao?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "international-and-regional-agreements",
            "title": {
                "en": "International and regional agreements",
                "km": "លិខិតុបករណ៍អន្តរជាតិ និងតំបន់",
                "fil": "Mga pandaigdigan at panrehiyong kasunduan",
                "vi": "Các văn kiện quốc tế và khu vực",
            },
            "summary": {
                "en": (
                    "The agreements and ASEAN bodies that protect children in our region, and the "
                    "words they use."
                ),
                "km": "កិច្ចព្រមព្រៀង និងស្ថាប័នអាស៊ានដែលការពារកុមារនៅក្នុងតំបន់របស់យើង និងពាក្យដែលពួកគេប្រើ។",
                "fil": (
                    "Ang mga kasunduan at mga lupon ng ASEAN na nagpoprotekta sa mga bata sa ating "
                    "rehiyon, at ang mga salitang ginagamit nila."
                ),
                "vi": (
                    "Các văn kiện và cơ quan ASEAN bảo vệ trẻ em trong khu vực của chúng ta, và "
                    "những thuật ngữ được sử dụng."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The OPSC asks countries to make it a crime to make or share any "
                            "picture, video or other material that shows a child in a sexual way, "
                            "whether it is real or made to look real. The OPSC uses an older legal "
                            "term for this. Today experts prefer to say child sexual abuse "
                            "material, because these words make clear that a child was harmed."
                        ),
                        "km": (
                            "OPSC តម្រូវឱ្យប្រទេសនានាចាត់ទុកការផលិត ឬការចែកចាយរូបភាព វីដេអូ "
                            "ឬសម្ភារៈផ្សេងទៀតដែលបង្ហាញកុមារក្នុងលក្ខណៈផ្លូវភេទ ថាជាបទល្មើស "
                            "មិនថាសម្ភារៈនោះជារបស់ពិត ឬត្រូវបានធ្វើឱ្យមើលទៅដូចពិតនោះទេ។ OPSC "
                            "ប្រើពាក្យច្បាប់ចាស់មួយសម្រាប់រឿងនេះ។ សព្វថ្ងៃនេះ អ្នកជំនាញចូលចិត្តប្រើពាក្យ "
                            "«សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ» ព្រោះពាក្យនេះបង្ហាញយ៉ាងច្បាស់ថា "
                            "កុមារម្នាក់បានរងគ្រោះថ្នាក់។"
                        ),
                        "fil": (
                            "Hinihiling ng OPSC sa mga bansa na ituring na krimen ang paggawa o "
                            "pagbabahagi ng anumang larawan, video o ibang materyal na nagpapakita "
                            "sa bata sa sekswal na paraan, totoo man ito o ginawang mukhang totoo. "
                            "Isang lumang legal na termino ang ginagamit ng OPSC para dito. "
                            "Ngayon, mas gusto ng mga eksperto na sabihing materyal ng sekswal na "
                            "pang-aabuso sa bata, dahil malinaw na ipinapakita ng mga salitang ito "
                            "na may batang napinsala."
                        ),
                        "vi": (
                            "OPSC yêu cầu các quốc gia coi việc làm ra hoặc chia sẻ bất kỳ hình "
                            "ảnh, video hay tài liệu nào thể hiện trẻ em theo cách tình dục là tội "
                            "phạm, dù tài liệu đó là thật hay được làm cho trông như thật. OPSC "
                            "dùng một thuật ngữ pháp lý cũ cho việc này. Ngày nay, các chuyên gia "
                            "thích dùng cụm từ tài liệu xâm hại tình dục trẻ em hơn, vì cụm từ này "
                            "cho thấy rõ rằng một trẻ em đã bị tổn hại."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "In 2010 ASEAN set up the ACWC, a commission for the rights of women "
                            "and children. It has 20 members, two from each ASEAN country. As "
                            "reported in 2014, it could not receive or investigate complaints from "
                            "individual people. Check this with your facilitator: the information "
                            "may have changed."
                        ),
                        "km": (
                            "នៅឆ្នាំ ២០១០ អាស៊ានបានបង្កើត ACWC ដែលជាគណៈកម្មការសម្រាប់សិទ្ធិស្ត្រី និងកុមារ។ "
                            "គណៈកម្មការនេះមានសមាជិក ២០ នាក់ គឺពីរនាក់មកពីប្រទេសអាស៊ាននីមួយៗ។ "
                            "យោងតាមរបាយការណ៍ឆ្នាំ ២០១៤ គណៈកម្មការនេះមិនអាចទទួល "
                            "ឬស៊ើបអង្កេតពាក្យបណ្តឹងពីបុគ្គលម្នាក់ៗបានទេ។ "
                            "សូមពិនិត្យព័ត៌មាននេះជាមួយអ្នកសម្របសម្រួលរបស់អ្នក៖ ព័ត៌មាននេះអាចបានផ្លាស់ប្តូរ។"
                        ),
                        "fil": (
                            "Noong 2010, itinatag ng ASEAN ang ACWC, isang komisyon para sa mga "
                            "karapatan ng kababaihan at mga bata. May 20 miyembro ito, dalawa mula "
                            "sa bawat bansa sa ASEAN. Ayon sa ulat noong 2014, hindi ito maaaring "
                            "tumanggap o mag-imbestiga ng reklamo mula sa mga indibidwal. Itanong "
                            "ito sa iyong facilitator: maaaring nagbago na ang impormasyong ito."
                        ),
                        "vi": (
                            "Năm 2010, ASEAN thành lập ACWC, một ủy ban về quyền của phụ nữ và trẻ "
                            "em. Ủy ban có 20 thành viên, mỗi nước ASEAN cử hai người. Theo báo "
                            "cáo năm 2014, ủy ban này không thể tiếp nhận hay điều tra khiếu nại "
                            "của từng cá nhân. Hãy hỏi lại người hướng dẫn của bạn: thông tin này "
                            "có thể đã thay đổi."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "What ASEAN has agreed since 2019",
                        "km": "អ្វីដែលអាស៊ានបានឯកភាពគ្នាចាប់តាំងពីឆ្នាំ ២០១៩",
                        "fil": "Ang napagkasunduan ng ASEAN mula 2019",
                        "vi": "Những gì ASEAN đã thống nhất từ năm 2019",
                    },
                    "points": [
                        {
                            "en": (
                                "2019: a Declaration on protecting children from all forms of "
                                "online exploitation and abuse."
                            ),
                            "km": (
                                "ឆ្នាំ ២០១៩៖ សេចក្តីប្រកាសស្តីពីការការពារកុមារពីការកេងប្រវ័ញ្ច "
                                "និងការរំលោភបំពានតាមអនឡាញគ្រប់ទម្រង់។"
                            ),
                            "fil": (
                                "2019: isang Deklarasyon sa pagprotekta sa mga bata laban sa lahat "
                                "ng uri ng pagsasamantala at pang-aabuso online."
                            ),
                            "vi": (
                                "Năm 2019: Tuyên bố về bảo vệ trẻ em khỏi mọi hình thức bóc lột và "
                                "xâm hại trên mạng."
                            ),
                        },
                        {
                            "en": "A Regional Plan of Action for 2021 to 2025.",
                            "km": "ផែនការសកម្មភាពថ្នាក់តំបន់សម្រាប់ឆ្នាំ ២០២១ ដល់ ២០២៥។",
                            "fil": "Isang Panrehiyong Plano ng Aksyon para sa 2021 hanggang 2025.",
                            "vi": "Kế hoạch Hành động Khu vực giai đoạn 2021–2025.",
                        },
                        {
                            "en": (
                                "November 2023: two guidelines, one on bringing national laws into "
                                "line with each other and one on protection and support services "
                                "for children who have been harmed."
                            ),
                            "km": (
                                "ខែវិច្ឆិកា ឆ្នាំ ២០២៣៖ គោលការណ៍ណែនាំពីរ មួយស្តីពីការធ្វើឱ្យច្បាប់ជាតិស៊ីសង្វាក់គ្នា "
                                "និងមួយទៀតស្តីពីសេវាការពារ និងគាំទ្រសម្រាប់កុមារដែលរងគ្រោះថ្នាក់។"
                            ),
                            "fil": (
                                "Nobyembre 2023: dalawang alituntunin, isa sa pagtutugma ng mga "
                                "pambansang batas at isa sa mga serbisyo ng proteksyon at suporta "
                                "para sa mga batang napinsala."
                            ),
                            "vi": (
                                "Tháng 11 năm 2023: hai bộ hướng dẫn, một về hài hòa luật pháp "
                                "quốc gia và một về dịch vụ bảo vệ, hỗ trợ cho trẻ em bị tổn hại."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why do you think experts prefer words that show a child was harmed? "
                            "How do the words we use change the way people see children who have "
                            "been through exploitation?"
                        ),
                        "km": (
                            "ហេតុអ្វីបានជាអ្នកគិតថា អ្នកជំនាញចូលចិត្តប្រើពាក្យដែលបង្ហាញថាកុមារម្នាក់បានរងគ្រោះថ្នាក់? "
                            "តើពាក្យដែលយើងប្រើផ្លាស់ប្តូររបៀបដែលមនុស្សមើលកុមារដែលបានឆ្លងកាត់ការកេងប្រវ័ញ្ចយ៉ាង"
                            "ដូចម្តេច?"
                        ),
                        "fil": (
                            "Bakit sa tingin mo mas gusto ng mga eksperto ang mga salitang "
                            "nagpapakitang may batang napinsala? Paano binabago ng mga salitang "
                            "ginagamit natin ang pagtingin ng mga tao sa mga batang dumaan sa "
                            "pagsasamantala?"
                        ),
                        "vi": (
                            "Theo bạn, vì sao các chuyên gia thích dùng những từ cho thấy trẻ em "
                            "đã bị tổn hại? Những từ chúng ta dùng làm thay đổi cách mọi người "
                            "nhìn nhận trẻ em từng bị bóc lột như thế nào?"
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "You have finished the lessons of this module. The quiz that follows "
                            "checks what you remember. You can take it up to three times, and your "
                            "facilitator can help with anything that is not clear."
                        ),
                        "km": (
                            "អ្នកបានបញ្ចប់មេរៀនទាំងអស់នៃម៉ូឌុលនេះហើយ។ កម្រងសំណួរខាងក្រោមនឹងពិនិត្យមើលអ្វីដែលអ្នកចងចាំ។ "
                            "អ្នកអាចធ្វើវាបានរហូតដល់បីដង ហើយអ្នកសម្របសម្រួលរបស់អ្នកអាចជួយពន្យល់អ្វីដែលមិនទាន់ច្បាស់។"
                        ),
                        "fil": (
                            "Natapos mo na ang mga aralin sa modyul na ito. Susuriin ng kasunod na "
                            "pagsusulit kung ano ang natatandaan mo. Maaari mo itong sagutan nang "
                            "hanggang tatlong beses, at matutulungan ka ng iyong facilitator sa "
                            "anumang hindi malinaw."
                        ),
                        "vi": (
                            "Bạn đã học xong các bài của học phần này. Bài kiểm tra tiếp theo sẽ "
                            "giúp bạn xem mình nhớ được những gì. Bạn có thể làm tối đa ba lần, và "
                            "người hướng dẫn có thể giúp bạn với bất cứ điều gì chưa rõ."
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {
            "en": "Check what you know: children's rights",
            "km": "ពិនិត្យចំណេះដឹងរបស់អ្នក៖ សិទ្ធិកុមារ",
            "fil": "Subukin ang iyong nalalaman: mga karapatan ng bata",
            "vi": "Kiểm tra hiểu biết: quyền trẻ em",
        },
        "intro": {
            "en": (
                "Seven questions about this module. There is no time limit, and you can try again "
                "if you do not pass the first time. When you finish, you will see why each answer "
                "is right."
            ),
            "km": (
                "សំណួរប្រាំពីរអំពីម៉ូឌុលនេះ។ គ្មានការកំណត់ពេលវេលាទេ ហើយអ្នកអាចព្យាយាមម្តងទៀត "
                "ប្រសិនបើអ្នកមិនទាន់ជាប់នៅលើកទីមួយ។ នៅពេលអ្នកបញ្ចប់ អ្នកនឹងឃើញមូលហេតុដែលចម្លើយនីមួយៗត្រឹមត្រូវ។"
            ),
            "fil": (
                "Pitong tanong tungkol sa modyul na ito. Walang limitasyon sa oras, at maaari kang "
                "sumubok ulit kung hindi ka pumasa sa unang pagkakataon. Pagkatapos, makikita mo "
                "kung bakit tama ang bawat sagot."
            ),
            "vi": (
                "Bảy câu hỏi về học phần này. Không giới hạn thời gian, và bạn có thể làm lại nếu "
                "lần đầu chưa đạt. Khi làm xong, bạn sẽ thấy vì sao mỗi đáp án là đúng."
            ),
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these are the four general principles of the CRC? Choose all "
                        "that are right."
                    ),
                    "km": (
                        "តើមួយណាខ្លះជាគោលការណ៍ទូទៅទាំងបួននៃអនុសញ្ញាស្តីពីសិទ្ធិកុមារ? សូមជ្រើសរើសចម្លើយត្រឹមត្រូវទាំងអស់។"
                    ),
                    "fil": (
                        "Alin sa mga ito ang apat na pangkalahatang prinsipyo ng CRC? Piliin ang "
                        "lahat ng tama."
                    ),
                    "vi": (
                        "Đâu là bốn nguyên tắc chung của Công ước về Quyền trẻ em? Hãy chọn tất cả "
                        "các đáp án đúng."
                    ),
                },
                "explanation": {
                    "en": (
                        "The CRC has four general principles: best interests, being heard, "
                        "non-discrimination, and survival and development. Together they guide all "
                        "care and recovery work with children."
                    ),
                    "km": (
                        "អនុសញ្ញាស្តីពីសិទ្ធិកុមារមានគោលការណ៍ទូទៅបួន៖ ឧត្តមប្រយោជន៍របស់កុមារ សិទ្ធិត្រូវបានស្តាប់ "
                        "ការមិនរើសអើង និងសិទ្ធិរស់រានមានជីវិត និងការអភិវឌ្ឍ។ គោលការណ៍ទាំងនេះរួមគ្នាណែនាំការងារថែទាំ "
                        "និងការងារជួយឱ្យជាសះស្បើយទាំងអស់ជាមួយកុមារ។"
                    ),
                    "fil": (
                        "May apat na pangkalahatang prinsipyo ang CRC: pinakamabuting interes ng "
                        "bata, karapatang marinig, walang diskriminasyon, at karapatang mabuhay at "
                        "umunlad. Magkakasama nilang ginagabayan ang lahat ng gawain ng pag-aalaga "
                        "at paggaling kasama ang mga bata."
                    ),
                    "vi": (
                        "Công ước về Quyền trẻ em có bốn nguyên tắc chung: lợi ích tốt nhất của "
                        "trẻ em, quyền được lắng nghe, không phân biệt đối xử, và quyền được sống "
                        "còn và phát triển. Cùng nhau, các nguyên tắc này định hướng mọi công việc "
                        "chăm sóc và phục hồi cho trẻ em."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "The best interests of the child come first",
                            "km": "ឧត្តមប្រយោជន៍របស់កុមារត្រូវមកមុនគេ",
                            "fil": "Inuuna ang pinakamabuting interes ng bata",
                            "vi": "Lợi ích tốt nhất của trẻ em được đặt lên hàng đầu",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. What is truly good for the child must come first in every "
                                "decision about them."
                            ),
                            "km": (
                                "ត្រឹមត្រូវ។ អ្វីដែលល្អពិតប្រាកដសម្រាប់កុមារត្រូវតែមកមុនគេ "
                                "ក្នុងរាល់ការសម្រេចចិត្តទាក់ទងនឹងពួកគេ។"
                            ),
                            "fil": (
                                "Tama. Dapat mauna ang tunay na makabubuti sa bata sa bawat "
                                "desisyon tungkol sa kanya."
                            ),
                            "vi": (
                                "Đúng rồi. Điều thực sự tốt cho trẻ phải được đặt lên hàng đầu "
                                "trong mọi quyết định liên quan đến trẻ."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "The right to be heard, with the child's views taken seriously",
                            "km": "សិទ្ធិត្រូវបានស្តាប់ ដោយមតិរបស់កុមារត្រូវបានយកមកពិចារណាយ៉ាងយកចិត្តទុកដាក់",
                            "fil": "Ang karapatang marinig, at seryosohin ang pananaw ng bata",
                            "vi": "Quyền được lắng nghe, và ý kiến của trẻ được coi trọng",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Children may give their views on decisions about them, and "
                                "adults must listen."
                            ),
                            "km": (
                                "ត្រឹមត្រូវ។ កុមារអាចបញ្ចេញមតិលើការសម្រេចចិត្តទាក់ទងនឹងពួកគេ "
                                "ហើយមនុស្សពេញវ័យត្រូវតែស្តាប់។"
                            ),
                            "fil": (
                                "Tama. Maaaring magbigay ng pananaw ang mga bata sa mga desisyon "
                                "tungkol sa kanila, at dapat makinig ang matatanda."
                            ),
                            "vi": (
                                "Đúng rồi. Trẻ em được nêu ý kiến về những quyết định liên quan "
                                "đến mình, và người lớn phải lắng nghe."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Non-discrimination",
                            "km": "ការមិនរើសអើង",
                            "fil": "Walang diskriminasyon",
                            "vi": "Không phân biệt đối xử",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Every child has the same rights, whatever their gender, "
                                "nationality, papers or background."
                            ),
                            "km": (
                                "ត្រឹមត្រូវ។ កុមារគ្រប់រូបមានសិទ្ធិដូចគ្នា ទោះបីជាភេទ សញ្ជាតិ ឯកសារ "
                                "ឬប្រវត្តិរបស់ពួកគេយ៉ាងណាក៏ដោយ។"
                            ),
                            "fil": (
                                "Tama. Pareho ang karapatan ng bawat bata, anuman ang kanilang "
                                "kasarian, nasyonalidad, papeles o pinagmulan."
                            ),
                            "vi": (
                                "Đúng rồi. Mọi trẻ em đều có quyền như nhau, bất kể giới tính, "
                                "quốc tịch, giấy tờ hay hoàn cảnh xuất thân."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Survival and development",
                            "km": "សិទ្ធិរស់រានមានជីវិត និងការអភិវឌ្ឍ",
                            "fil": "Karapatang mabuhay at umunlad",
                            "vi": "Quyền được sống còn và phát triển",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Every child has the right to live and to grow up healthy and "
                                "safe."
                            ),
                            "km": "ត្រឹមត្រូវ។ កុមារគ្រប់រូបមានសិទ្ធិរស់នៅ និងធំធាត់ឡើងប្រកបដោយសុខភាពល្អ និងសុវត្ថិភាព។",
                            "fil": (
                                "Tama. May karapatan ang bawat bata na mabuhay at lumaking malusog "
                                "at ligtas."
                            ),
                            "vi": (
                                "Đúng rồi. Mọi trẻ em đều có quyền được sống và lớn lên khỏe mạnh, "
                                "an toàn."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Children must always do what adults tell them",
                            "km": "កុមារត្រូវតែធ្វើតាមអ្វីដែលមនុស្សពេញវ័យប្រាប់ជានិច្ច",
                            "fil": "Dapat laging sundin ng mga bata ang sinasabi ng matatanda",
                            "vi": "Trẻ em luôn phải làm theo lời người lớn",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "This is not one of the principles. The CRC says children's views "
                                "matter; it does not ask children to obey without question."
                            ),
                            "km": (
                                "នេះមិនមែនជាគោលការណ៍មួយក្នុងចំណោមគោលការណ៍ទាំងនោះទេ។ អនុសញ្ញាចែងថា "
                                "មតិរបស់កុមារមានសារៈសំខាន់ ហើយមិនតម្រូវឱ្យកុមារស្តាប់បង្គាប់ដោយមិនអាចសួរបាននោះទេ។"
                            ),
                            "fil": (
                                "Hindi ito isa sa mga prinsipyo. Sinasabi ng CRC na mahalaga ang "
                                "pananaw ng mga bata; hindi nito hinihiling na sumunod sila nang "
                                "walang tanong."
                            ),
                            "vi": (
                                "Đây không phải là một nguyên tắc. Công ước nói rằng ý kiến của "
                                "trẻ em là quan trọng; Công ước không yêu cầu trẻ phải vâng lời mà "
                                "không được hỏi."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Only children with birth papers have rights",
                            "km": "មានតែកុមារដែលមានសំបុត្រកំណើតទេដែលមានសិទ្ធិ",
                            "fil": "Ang mga batang may birth certificate lamang ang may karapatan",
                            "vi": "Chỉ trẻ em có giấy khai sinh mới có quyền",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Rights belong to every child, with or without papers. "
                                "Missing papers can make it harder to get help, but they never "
                                "take rights away."
                            ),
                            "km": (
                                "មិនត្រឹមត្រូវទេ។ សិទ្ធិជារបស់កុមារគ្រប់រូប ទោះមាន ឬគ្មានឯកសារក៏ដោយ។ "
                                "ការគ្មានឯកសារអាចធ្វើឱ្យពិបាកទទួលបានជំនួយ ប៉ុន្តែមិនដែលដកហូតសិទ្ធិឡើយ។"
                            ),
                            "fil": (
                                "Hindi tama. Para sa bawat bata ang mga karapatan, may papeles man "
                                "o wala. Maaaring mas mahirap humingi ng tulong kapag walang "
                                "papeles, pero hindi nito kailanman inaalis ang mga karapatan."
                            ),
                            "vi": (
                                "Chưa đúng. Quyền thuộc về mọi trẻ em, dù có giấy tờ hay không. "
                                "Thiếu giấy tờ có thể khiến việc nhận hỗ trợ khó hơn, nhưng không "
                                "bao giờ làm mất đi quyền."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: whether a child has the right to be free from sexual "
                        "exploitation depends on their background."
                    ),
                    "km": (
                        "ពិត ឬមិនពិត៖ សិទ្ធិរបស់កុមារក្នុងការរស់នៅដោយរួចផុតពីការកេងប្រវ័ញ្ចផ្លូវភេទ "
                        "អាស្រ័យលើប្រវត្តិរបស់ពួកគេ។"
                    ),
                    "fil": (
                        "Tama o mali: nakadepende sa pinagmulan ng bata kung may karapatan siyang "
                        "maging malaya sa sekswal na pagsasamantala."
                    ),
                    "vi": (
                        "Đúng hay sai: việc một trẻ em có quyền không bị bóc lột tình dục hay "
                        "không phụ thuộc vào hoàn cảnh xuất thân của trẻ."
                    ),
                },
                "explanation": {
                    "en": (
                        "Every child has the right to be free from sexual exploitation, whatever "
                        "their background, ethnicity, gender or location. This is the principle of "
                        "non-discrimination."
                    ),
                    "km": (
                        "កុមារគ្រប់រូបមានសិទ្ធិរស់នៅដោយរួចផុតពីការកេងប្រវ័ញ្ចផ្លូវភេទ ទោះបីជាប្រវត្តិ ជាតិពន្ធុ ភេទ "
                        "ឬទីកន្លែងរស់នៅរបស់ពួកគេយ៉ាងណាក៏ដោយ។ នេះគឺជាគោលការណ៍មិនរើសអើង។"
                    ),
                    "fil": (
                        "May karapatan ang bawat bata na maging malaya sa sekswal na "
                        "pagsasamantala, anuman ang pinagmulan, lahi, kasarian o lugar. Ito ang "
                        "prinsipyo ng walang diskriminasyon."
                    ),
                    "vi": (
                        "Mọi trẻ em đều có quyền không bị bóc lột tình dục, bất kể hoàn cảnh, dân "
                        "tộc, giới tính hay nơi sống. Đây là nguyên tắc không phân biệt đối xử."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. This right belongs to every child, whatever their background, "
                        "ethnicity, gender or where they live."
                    ),
                    "km": (
                        "មិនទាន់ត្រឹមត្រូវទេ។ សិទ្ធិនេះជារបស់កុមារគ្រប់រូប ទោះបីជាប្រវត្តិ ជាតិពន្ធុ ភេទ "
                        "ឬទីកន្លែងដែលពួកគេរស់នៅយ៉ាងណាក៏ដោយ។"
                    ),
                    "fil": (
                        "Hindi pa tama. Para sa bawat bata ang karapatang ito, anuman ang kanilang "
                        "pinagmulan, lahi, kasarian o tirahan."
                    ),
                    "vi": (
                        "Chưa đúng. Quyền này thuộc về mọi trẻ em, bất kể hoàn cảnh, dân tộc, giới "
                        "tính hay nơi các em sống."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right. No child ever loses this right because of who they are or where "
                        "they come from."
                    ),
                    "km": "ត្រឹមត្រូវ។ គ្មានកុមារណាម្នាក់បាត់បង់សិទ្ធិនេះដោយសារតែពួកគេជានរណា ឬមកពីណានោះទេ។",
                    "fil": (
                        "Tama. Walang batang nawawalan ng karapatang ito dahil sa kung sino sila o "
                        "saan sila nagmula."
                    ),
                    "vi": (
                        "Đúng rồi. Không trẻ em nào mất quyền này vì các em là ai hay đến từ đâu."
                    ),
                },
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "Which article of the CRC says that countries must help children who have "
                        "been harmed to recover and return to community life? Write its number."
                    ),
                    "km": (
                        "តើមាត្រាណាមួយនៃអនុសញ្ញាស្តីពីសិទ្ធិកុមារ "
                        "ដែលចែងថាប្រទេសនានាត្រូវតែជួយកុមារដែលរងគ្រោះថ្នាក់ឱ្យជាសះស្បើយ "
                        "និងវិលត្រឡប់ទៅរស់នៅក្នុងសហគមន៍វិញ? សូមសរសេរលេខមាត្រា។"
                    ),
                    "fil": (
                        "Aling artikulo ng CRC ang nagsasabing dapat tulungan ng mga bansa ang mga "
                        "batang napinsala na gumaling at makabalik sa buhay sa komunidad? Isulat "
                        "ang numero nito."
                    ),
                    "vi": (
                        "Điều nào của Công ước về Quyền trẻ em quy định các quốc gia phải giúp trẻ "
                        "em bị tổn hại được phục hồi và trở lại cuộc sống cộng đồng? Hãy viết số "
                        "của điều đó."
                    ),
                },
                "explanation": {
                    "en": (
                        "Article 39 of the CRC says that countries must help children who have "
                        "been harmed to recover in body and mind and to return to life in their "
                        "community, in a place that supports their health, self-respect and "
                        "dignity."
                    ),
                    "km": (
                        "មាត្រា ៣៩ នៃអនុសញ្ញាស្តីពីសិទ្ធិកុមារចែងថា "
                        "ប្រទេសនានាត្រូវតែជួយកុមារដែលរងគ្រោះថ្នាក់ឱ្យជាសះស្បើយទាំងផ្លូវកាយ និងផ្លូវចិត្ត "
                        "ហើយវិលត្រឡប់ទៅរស់នៅក្នុងសហគមន៍វិញ នៅកន្លែងដែលគាំទ្រសុខភាព ការគោរពខ្លួនឯង "
                        "និងសេចក្តីថ្លៃថ្នូររបស់ពួកគេ។"
                    ),
                    "fil": (
                        "Sinasabi ng Artikulo 39 ng CRC na dapat tulungan ng mga bansa ang mga "
                        "batang napinsala na gumaling sa katawan at isip at makabalik sa buhay sa "
                        "kanilang komunidad, sa lugar na sumusuporta sa kanilang kalusugan, "
                        "paggalang sa sarili at dignidad."
                    ),
                    "vi": (
                        "Điều 39 của Công ước về Quyền trẻ em quy định các quốc gia phải giúp trẻ "
                        "em bị tổn hại được phục hồi về thể chất và tinh thần và trở lại cuộc sống "
                        "cộng đồng, trong một môi trường hỗ trợ sức khỏe, lòng tự trọng và phẩm "
                        "giá của trẻ."
                    ),
                },
                "answers": {
                    "en": [
                        "39",
                        "Article 39",
                        "Article39",
                        "Art 39",
                        "Art. 39",
                        "Art.39",
                        "CRC Article 39",
                    ],
                    "km": ["៣៩", "39", "មាត្រា ៣៩", "មាត្រា៣៩", "មាត្រា 39", "មាត្រា39"],
                    "fil": [
                        "39",
                        "Artikulo 39",
                        "Artikulo39",
                        "Art. 39",
                        "Art 39",
                        "Artikulo 39 ng CRC",
                    ],
                    "vi": [
                        "39",
                        "Điều 39",
                        "Dieu 39",
                        "Điều39",
                        "Dieu39",
                        "Điều 39 Công ước",
                        "Dieu 39 Cong uoc",
                    ],
                },
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "According to Article 39, recovery must take place in a setting that "
                        "supports what?"
                    ),
                    "km": "យោងតាមមាត្រា ៣៩ ការជាសះស្បើយត្រូវតែកើតឡើងនៅកន្លែងដែលគាំទ្រអ្វី?",
                    "fil": (
                        "Ayon sa Artikulo 39, dapat mangyari ang paggaling sa lugar na sumusuporta "
                        "sa ano?"
                    ),
                    "vi": (
                        "Theo Điều 39, việc phục hồi phải diễn ra trong một môi trường hỗ trợ điều "
                        "gì?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Article 39 says that recovery must take place in an environment that "
                        "supports the child's health, self-respect and dignity."
                    ),
                    "km": (
                        "មាត្រា ៣៩ ចែងថា ការជាសះស្បើយត្រូវតែកើតឡើងក្នុងបរិយាកាសដែលគាំទ្រសុខភាព ការគោរពខ្លួនឯង "
                        "និងសេចក្តីថ្លៃថ្នូររបស់កុមារ។"
                    ),
                    "fil": (
                        "Sinasabi ng Artikulo 39 na dapat mangyari ang paggaling sa kapaligirang "
                        "sumusuporta sa kalusugan, paggalang sa sarili at dignidad ng bata."
                    ),
                    "vi": (
                        "Điều 39 quy định việc phục hồi phải diễn ra trong một môi trường hỗ trợ "
                        "sức khỏe, lòng tự trọng và phẩm giá của trẻ."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "The child's health, self-respect and dignity",
                            "km": "សុខភាព ការគោរពខ្លួនឯង និងសេចក្តីថ្លៃថ្នូររបស់កុមារ",
                            "fil": "Ang kalusugan, paggalang sa sarili at dignidad ng bata",
                            "vi": "Sức khỏe, lòng tự trọng và phẩm giá của trẻ",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. A good place for recovery helps the child feel healthy, "
                                "respected and proud of who they are."
                            ),
                            "km": (
                                "ត្រឹមត្រូវ។ កន្លែងល្អសម្រាប់ការជាសះស្បើយ ជួយឱ្យកុមារមានសុខភាពល្អ "
                                "មានអារម្មណ៍ថាត្រូវបានគេគោរព និងមានមោទនភាពចំពោះខ្លួនឯង។"
                            ),
                            "fil": (
                                "Tama. Tinutulungan ng mabuting lugar para sa paggaling ang bata "
                                "na maging malusog, maramdamang iginagalang siya, at ipagmalaki "
                                "kung sino siya."
                            ),
                            "vi": (
                                "Đúng rồi. Một nơi phục hồi tốt giúp trẻ khỏe mạnh, được tôn trọng "
                                "và tự hào về bản thân."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "The child's obedience to the adults in charge",
                            "km": "ការស្តាប់បង្គាប់របស់កុមារចំពោះមនុស្សពេញវ័យដែលទទួលខុសត្រូវ",
                            "fil": "Ang pagsunod ng bata sa matatandang namamahala",
                            "vi": "Sự vâng lời của trẻ với người lớn phụ trách",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Article 39 is about the child's health, self-respect "
                                "and dignity, not about obeying adults."
                            ),
                            "km": (
                                "មិនទាន់ត្រឹមត្រូវទេ។ មាត្រា ៣៩ និយាយអំពីសុខភាព ការគោរពខ្លួនឯង "
                                "និងសេចក្តីថ្លៃថ្នូររបស់កុមារ មិនមែនអំពីការស្តាប់បង្គាប់មនុស្សពេញវ័យនោះទេ។"
                            ),
                            "fil": (
                                "Hindi pa tama. Tungkol sa kalusugan, paggalang sa sarili at "
                                "dignidad ng bata ang Artikulo 39, hindi tungkol sa pagsunod sa "
                                "matatanda."
                            ),
                            "vi": (
                                "Chưa đúng. Điều 39 nói về sức khỏe, lòng tự trọng và phẩm giá của "
                                "trẻ, không phải về việc vâng lời người lớn."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Finishing recovery as quickly as possible",
                            "km": "ការបញ្ចប់ការជាសះស្បើយឱ្យបានលឿនតាមដែលអាចធ្វើបាន",
                            "fil": "Ang pagtatapos ng paggaling sa lalong madaling panahon",
                            "vi": "Kết thúc quá trình phục hồi càng nhanh càng tốt",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Recovery can take a long time, and help should last "
                                "for as long as the child needs it."
                            ),
                            "km": (
                                "មិនទាន់ត្រឹមត្រូវទេ។ ការជាសះស្បើយអាចត្រូវការពេលយូរ "
                                "ហើយជំនួយគួរតែបន្តដរាបណាកុមារនៅតែត្រូវការ។"
                            ),
                            "fil": (
                                "Hindi pa tama. Maaaring matagal ang paggaling, at dapat "
                                "magpatuloy ang tulong hangga't kailangan ito ng bata."
                            ),
                            "vi": (
                                "Chưa đúng. Phục hồi có thể mất nhiều thời gian, và sự hỗ trợ cần "
                                "kéo dài chừng nào trẻ còn cần."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": "Is the duty to give child victims effective remedies a new idea?",
                    "km": "តើកាតព្វកិច្ចក្នុងការផ្តល់ដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាពដល់កុមាររងគ្រោះ ជាគំនិតថ្មីឬទេ?",
                    "fil": (
                        "Bagong ideya ba ang tungkuling magbigay ng mabisang remedyo sa mga batang "
                        "biktima?"
                    ),
                    "vi": (
                        "Nghĩa vụ bảo đảm biện pháp khắc phục hiệu quả cho trẻ em bị hại có phải "
                        "là một ý tưởng mới không?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Giving child victims effective remedies is a well-established duty under "
                        "international law. The UN Committee on the Rights of the Child says that "
                        "rights mean little without remedies that put violations right."
                    ),
                    "km": (
                        "ការផ្តល់ដំណោះស្រាយប្រកបដោយប្រសិទ្ធភាពដល់កុមាររងគ្រោះ "
                        "គឺជាកាតព្វកិច្ចដែលមានមូលដ្ឋានរឹងមាំនៅក្រោមច្បាប់អន្តរជាតិ។ "
                        "គណៈកម្មាធិការអង្គការសហប្រជាជាតិស្តីពីសិទ្ធិកុមារលើកឡើងថា សិទ្ធិនឹងគ្មានអត្ថន័យច្រើនទេ "
                        "បើគ្មានដំណោះស្រាយដែលកែតម្រូវការបំពានសិទ្ធិ។"
                    ),
                    "fil": (
                        "Matagal at matibay nang tungkulin sa ilalim ng pandaigdigang batas ang "
                        "pagbibigay ng mabisang remedyo sa mga batang biktima. Sinasabi ng Komite "
                        "ng UN sa mga Karapatan ng Bata na kaunti lamang ang halaga ng mga "
                        "karapatan kung walang remedyong magtatama sa mga paglabag."
                    ),
                    "vi": (
                        "Bảo đảm biện pháp khắc phục hiệu quả cho trẻ em bị hại là nghĩa vụ đã "
                        "được xác lập vững chắc trong luật quốc tế. Ủy ban Liên Hợp Quốc về Quyền "
                        "trẻ em cho rằng quyền sẽ ít có ý nghĩa nếu không có biện pháp khắc phục "
                        "để sửa chữa vi phạm."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "No. It is a long-standing duty under international law.",
                            "km": "ទេ។ វាជាកាតព្វកិច្ចដែលមានតាំងពីយូរមកហើយនៅក្រោមច្បាប់អន្តរជាតិ។",
                            "fil": (
                                "Hindi. Matagal na itong tungkulin sa ilalim ng pandaigdigang "
                                "batas."
                            ),
                            "vi": "Không. Đó là nghĩa vụ đã có từ lâu trong luật quốc tế.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes, that is right. Countries have had this duty under "
                                "international law for a long time."
                            ),
                            "km": "ត្រឹមត្រូវ។ ប្រទេសនានាមានកាតព្វកិច្ចនេះនៅក្រោមច្បាប់អន្តរជាតិតាំងពីយូរមកហើយ។",
                            "fil": (
                                "Tama. Matagal nang may ganitong tungkulin ang mga bansa sa ilalim "
                                "ng pandaigdigang batas."
                            ),
                            "vi": (
                                "Đúng rồi. Các quốc gia đã có nghĩa vụ này trong luật quốc tế từ "
                                "lâu."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Yes. Countries only started talking about it recently.",
                            "km": "មែនហើយ។ ប្រទេសនានាទើបតែចាប់ផ្តើមនិយាយអំពីវាថ្មីៗនេះ។",
                            "fil": "Oo. Kamakailan lang nagsimulang pag-usapan ito ng mga bansa.",
                            "vi": "Có. Các quốc gia mới bắt đầu nói về điều này gần đây.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. It is not new: it has been a duty under international "
                                "law for a long time."
                            ),
                            "km": (
                                "មិនទាន់ត្រឹមត្រូវទេ។ វាមិនមែនជារឿងថ្មីទេ៖ "
                                "វាជាកាតព្វកិច្ចនៅក្រោមច្បាប់អន្តរជាតិតាំងពីយូរមកហើយ។"
                            ),
                            "fil": (
                                "Hindi pa tama. Hindi ito bago: matagal na itong tungkulin sa "
                                "ilalim ng pandaigdigang batas."
                            ),
                            "vi": (
                                "Chưa đúng. Đây không phải điều mới: đó là nghĩa vụ trong luật "
                                "quốc tế từ lâu rồi."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "It is only a suggestion, not a duty.",
                            "km": "វាគ្រាន់តែជាការផ្តល់យោបល់ប៉ុណ្ណោះ មិនមែនជាកាតព្វកិច្ចទេ។",
                            "fil": "Mungkahi lamang ito, hindi tungkulin.",
                            "vi": "Đó chỉ là một lời khuyên, không phải nghĩa vụ.",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. It is a real duty that countries must meet, not just a "
                                "suggestion."
                            ),
                            "km": (
                                "មិនទាន់ត្រឹមត្រូវទេ។ វាជាកាតព្វកិច្ចពិតប្រាកដដែលប្រទេសនានាត្រូវតែបំពេញ "
                                "មិនមែនគ្រាន់តែជាការផ្តល់យោបល់នោះទេ។"
                            ),
                            "fil": (
                                "Hindi pa tama. Tunay na tungkulin ito na dapat tuparin ng mga "
                                "bansa, hindi lang mungkahi."
                            ),
                            "vi": (
                                "Chưa đúng. Đây là nghĩa vụ thực sự mà các quốc gia phải thực "
                                "hiện, không chỉ là lời khuyên."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "matching",
                "question": {
                    "en": "Match each name or word with what it means.",
                    "km": "សូមផ្គូផ្គងឈ្មោះ ឬពាក្យនីមួយៗជាមួយអត្ថន័យរបស់វា។",
                    "fil": "Itugma ang bawat pangalan o salita sa kahulugan nito.",
                    "vi": "Hãy nối mỗi tên gọi hoặc thuật ngữ với ý nghĩa của nó.",
                },
                "explanation": {
                    "en": (
                        "The CRC lists children's rights. The OPSC adds protection against the "
                        "sale and sexual exploitation of children. The ACWC is ASEAN's commission "
                        "for women's and children's rights. A remedy puts right a harm."
                    ),
                    "km": (
                        "អនុសញ្ញាស្តីពីសិទ្ធិកុមាររៀបរាប់ពីសិទ្ធិកុមារ។ OPSC បន្ថែមការការពារប្រឆាំងនឹងការលក់ "
                        "និងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ។ ACWC គឺជាគណៈកម្មការរបស់អាស៊ានសម្រាប់សិទ្ធិស្ត្រី និងកុមារ។ "
                        "ដំណោះស្រាយជួយជួសជុលការខូចខាត។"
                    ),
                    "fil": (
                        "Inilalista ng CRC ang mga karapatan ng bata. Nagdaragdag ang OPSC ng "
                        "proteksyon laban sa pagbebenta at sekswal na pagsasamantala sa mga bata. "
                        "Ang ACWC ay ang komisyon ng ASEAN para sa mga karapatan ng kababaihan at "
                        "mga bata. Itinatama ng remedyo ang pinsala."
                    ),
                    "vi": (
                        "Công ước về Quyền trẻ em liệt kê các quyền của trẻ em. OPSC bổ sung sự "
                        "bảo vệ trẻ em khỏi bị mua bán và bóc lột tình dục. ACWC là ủy ban của "
                        "ASEAN về quyền của phụ nữ và trẻ em. Biện pháp khắc phục giúp bù đắp tổn "
                        "hại."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {
                            "en": "CRC",
                            "km": "អនុសញ្ញាស្តីពីសិទ្ធិកុមារ (CRC)",
                            "fil": "CRC",
                            "vi": "Công ước về Quyền trẻ em (CRC)",
                        },
                        "match": {
                            "en": "A worldwide agreement that lists the rights of every child",
                            "km": "កិច្ចព្រមព្រៀងទូទាំងពិភពលោកដែលរៀបរាប់ពីសិទ្ធិរបស់កុមារគ្រប់រូប",
                            "fil": (
                                "Pandaigdigang kasunduan na naglilista ng mga karapatan ng bawat "
                                "bata"
                            ),
                            "vi": "Điều ước toàn cầu liệt kê các quyền của mọi trẻ em",
                        },
                    },
                    {
                        "prompt": {"en": "OPSC", "km": "OPSC", "fil": "OPSC", "vi": "OPSC"},
                        "match": {
                            "en": (
                                "An extra agreement added to the CRC about the sale and sexual "
                                "exploitation of children"
                            ),
                            "km": (
                                "កិច្ចព្រមព្រៀងបន្ថែមដែលភ្ជាប់ទៅនឹងអនុសញ្ញា អំពីការលក់កុមារ "
                                "និងការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ"
                            ),
                            "fil": (
                                "Dagdag na kasunduan sa CRC tungkol sa pagbebenta at sekswal na "
                                "pagsasamantala sa mga bata"
                            ),
                            "vi": (
                                "Văn kiện bổ sung cho Công ước về mua bán trẻ em và bóc lột tình "
                                "dục trẻ em"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "ACWC", "km": "ACWC", "fil": "ACWC", "vi": "ACWC"},
                        "match": {
                            "en": (
                                "An ASEAN commission for the rights of women and children, set up "
                                "in 2010"
                            ),
                            "km": "គណៈកម្មការអាស៊ានសម្រាប់សិទ្ធិស្ត្រី និងកុមារ ដែលបង្កើតឡើងនៅឆ្នាំ ២០១០",
                            "fil": (
                                "Komisyon ng ASEAN para sa mga karapatan ng kababaihan at mga "
                                "bata, itinatag noong 2010"
                            ),
                            "vi": "Ủy ban ASEAN về quyền của phụ nữ và trẻ em, thành lập năm 2010",
                        },
                    },
                    {
                        "prompt": {
                            "en": "Remedy",
                            "km": "ដំណោះស្រាយ",
                            "fil": "Remedyo",
                            "vi": "Biện pháp khắc phục",
                        },
                        "match": {
                            "en": (
                                "What is done to put right a harm, such as justice, care and "
                                "compensation"
                            ),
                            "km": "អ្វីដែលត្រូវធ្វើដើម្បីជួសជុលការខូចខាត ដូចជាយុត្តិធម៌ ការថែទាំ និងសំណង",
                            "fil": (
                                "Ang ginagawa para maitama ang pinsala, gaya ng hustisya, "
                                "pag-aalaga at kabayaran"
                            ),
                            "vi": (
                                "Những gì được làm để bù đắp tổn hại, như công lý, chăm sóc và bồi "
                                "thường"
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "question": {
                    "en": (
                        "Put these ASEAN steps for children's rights in order, from the earliest "
                        "to the most recent."
                    ),
                    "km": "សូមរៀបចំជំហានរបស់អាស៊ានទាំងនេះសម្រាប់សិទ្ធិកុមារតាមលំដាប់ ចាប់ពីមុនគេបំផុតរហូតដល់ថ្មីបំផុត។",
                    "fil": (
                        "Ayusin ang mga hakbang na ito ng ASEAN para sa mga karapatan ng bata, "
                        "mula sa pinakamaaga hanggang sa pinakabago."
                    ),
                    "vi": (
                        "Hãy sắp xếp các bước sau của ASEAN vì quyền trẻ em theo thứ tự, từ sớm "
                        "nhất đến gần đây nhất."
                    ),
                },
                "explanation": {
                    "en": (
                        "ASEAN set up the ACWC in 2010, adopted its Declaration in 2019, started "
                        "its Regional Plan of Action in 2021 (running to 2025), and launched two "
                        "guidelines in November 2023."
                    ),
                    "km": (
                        "អាស៊ានបានបង្កើត ACWC នៅឆ្នាំ ២០១០ អនុម័តសេចក្តីប្រកាសនៅឆ្នាំ ២០១៩ "
                        "ចាប់ផ្តើមផែនការសកម្មភាពថ្នាក់តំបន់នៅឆ្នាំ ២០២១ (រហូតដល់ឆ្នាំ ២០២៥) "
                        "និងដាក់ចេញគោលការណ៍ណែនាំពីរនៅខែវិច្ឆិកា ឆ្នាំ ២០២៣។"
                    ),
                    "fil": (
                        "Itinatag ng ASEAN ang ACWC noong 2010, pinagtibay ang Deklarasyon nito "
                        "noong 2019, sinimulan ang Panrehiyong Plano ng Aksyon noong 2021 "
                        "(hanggang 2025), at inilunsad ang dalawang alituntunin noong Nobyembre "
                        "2023."
                    ),
                    "vi": (
                        "ASEAN thành lập ACWC năm 2010, thông qua Tuyên bố năm 2019, bắt đầu Kế "
                        "hoạch Hành động Khu vực năm 2021 (kéo dài đến 2025), và ban hành hai bộ "
                        "hướng dẫn vào tháng 11 năm 2023."
                    ),
                },
                "items": [
                    {
                        "en": (
                            "ASEAN sets up the ACWC, its commission for women's and children's "
                            "rights"
                        ),
                        "km": "អាស៊ានបង្កើត ACWC ដែលជាគណៈកម្មការរបស់ខ្លួនសម្រាប់សិទ្ធិស្ត្រី និងកុមារ",
                        "fil": (
                            "Itinatag ng ASEAN ang ACWC, ang komisyon nito para sa mga karapatan "
                            "ng kababaihan at mga bata"
                        ),
                        "vi": "ASEAN thành lập ACWC, ủy ban về quyền của phụ nữ và trẻ em",
                    },
                    {
                        "en": (
                            "ASEAN adopts a Declaration on protecting children from online "
                            "exploitation and abuse"
                        ),
                        "km": (
                            "អាស៊ានអនុម័តសេចក្តីប្រកាសស្តីពីការការពារកុមារពីការកេងប្រវ័ញ្ច និងការរំលោភបំពានតាមអនឡាញ"
                        ),
                        "fil": (
                            "Pinagtibay ng ASEAN ang isang Deklarasyon sa pagprotekta sa mga bata "
                            "laban sa pagsasamantala at pang-aabuso online"
                        ),
                        "vi": (
                            "ASEAN thông qua Tuyên bố về bảo vệ trẻ em khỏi bóc lột và xâm hại "
                            "trên mạng"
                        ),
                    },
                    {
                        "en": "ASEAN's Regional Plan of Action on this starts",
                        "km": "ផែនការសកម្មភាពថ្នាក់តំបន់របស់អាស៊ានលើបញ្ហានេះចាប់ផ្តើម",
                        "fil": "Nagsimula ang Panrehiyong Plano ng Aksyon ng ASEAN tungkol dito",
                        "vi": "Kế hoạch Hành động Khu vực của ASEAN về vấn đề này bắt đầu",
                    },
                    {
                        "en": (
                            "ASEAN launches two guidelines: on national laws and on support "
                            "services for children"
                        ),
                        "km": "អាស៊ានដាក់ចេញគោលការណ៍ណែនាំពីរ៖ ស្តីពីច្បាប់ជាតិ និងស្តីពីសេវាគាំទ្រសម្រាប់កុមារ",
                        "fil": (
                            "Inilunsad ng ASEAN ang dalawang alituntunin: sa mga pambansang batas "
                            "at sa mga serbisyo ng suporta para sa mga bata"
                        ),
                        "vi": (
                            "ASEAN ban hành hai bộ hướng dẫn: về luật pháp quốc gia và về dịch vụ "
                            "hỗ trợ trẻ em"
                        ),
                    },
                ],
            },
        ],
    },
}
