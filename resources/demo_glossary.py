"""Demo glossary: plain-language terms for children and parents, in four languages.

Written for this project from the research notes; km, fil and vi are drafts awaiting review.
"""

TERMS = [
    {
        "slug": "abuse",
        "term": {"en": "Abuse", "km": "ការរំលោភបំពាន", "fil": "Pang-aabuso", "vi": "Xâm hại"},
        "definition": {
            "en": "When someone hurts a child on purpose, in their body, their feelings or sexually. It is never the child's fault.",
            "km": "ពេលនរណាម្នាក់ធ្វើឲ្យកុមាររងរបួសដោយចេតនា ទាំងផ្លូវកាយ ផ្លូវចិត្ត ឬផ្លូវភេទ។ វាមិនមែនជាកំហុសរបស់កុមារឡើយ។",
            "fil": "Kapag sinasadyang saktan ng isang tao ang bata, sa katawan, sa damdamin o sa sekswal na paraan. Hindi ito kailanman kasalanan ng bata.",
            "vi": "Khi ai đó cố ý làm tổn thương trẻ em về thể chất, tinh thần hoặc tình dục. Đó không bao giờ là lỗi của trẻ.",
        },
    },
    {
        "slug": "aftercare",
        "term": {
            "en": "Aftercare",
            "km": "ការថែទាំបន្ត",
            "fil": "Patuloy na pangangalaga (aftercare)",
            "vi": "Chăm sóc tiếp nối",
        },
        "definition": {
            "en": "Support that carries on after a child leaves a shelter or goes home, for as long as it is needed. Often that is more than a year.",
            "km": "ការគាំទ្រដែលបន្តក្រោយពីកុមារចាកចេញពីទីជម្រកសុវត្ថិភាព ឬត្រឡប់ទៅផ្ទះវិញ រហូតដល់ពេលណាដែលនៅត្រូវការ។ ជាញឹកញាប់ វាលើសពីមួយឆ្នាំ។",
            "fil": "Suportang nagpapatuloy matapos umalis ang bata sa shelter o umuwi, hangga't kailangan. Kadalasan, mahigit isang taon ito.",
            "vi": "Sự hỗ trợ tiếp tục sau khi trẻ rời nhà tạm lánh hoặc trở về nhà, kéo dài đến khi nào còn cần. Thường là hơn một năm.",
        },
    },
    {
        "slug": "best-interests-of-the-child",
        "term": {
            "en": "Best interests of the child",
            "km": "ឧត្តមប្រយោជន៍របស់កុមារ",
            "fil": "Pinakamabuting interes ng bata",
            "vi": "Lợi ích tốt nhất của trẻ em",
        },
        "definition": {
            "en": "When adults make a choice that affects you, they must first ask what is truly best for you. That comes before anything else.",
            "km": "ពេលមនុស្សពេញវ័យសម្រេចចិត្តលើអ្វីដែលប៉ះពាល់ដល់អ្នក ពួកគេត្រូវសួរជាមុនថាអ្វីល្អបំផុតសម្រាប់អ្នក។ រឿងនេះត្រូវមកមុនអ្វីៗទាំងអស់។",
            "fil": "Kapag may pinagpapasyahan ang matatanda na may epekto sa iyo, dapat muna nilang itanong kung ano talaga ang pinakamabuti para sa iyo. Ito ang uunahin.",
            "vi": "Khi người lớn quyết định điều gì ảnh hưởng đến em, trước hết họ phải hỏi điều gì thật sự tốt nhất cho em. Điều đó được đặt lên trên hết.",
        },
    },
    {
        "slug": "birth-registration",
        "term": {
            "en": "Birth registration",
            "km": "ការចុះបញ្ជីកំណើត",
            "fil": "Pagpaparehistro ng kapanganakan",
            "vi": "Đăng ký khai sinh",
        },
        "definition": {
            "en": "Officially recording a baby's birth with the government. It gives a child a legal identity and papers, which make school and help easier to get.",
            "km": "ការកត់ត្រាកំណើតរបស់ទារកជាផ្លូវការជាមួយរដ្ឋាភិបាល។ វាផ្តល់ឲ្យកុមារនូវអត្តសញ្ញាណ និងឯកសារស្របច្បាប់ ដែលធ្វើឲ្យងាយស្រួលចូលរៀន និងទទួលជំនួយ។",
            "fil": "Opisyal na pagtatala ng kapanganakan ng sanggol sa pamahalaan. Nagbibigay ito sa bata ng legal na pagkakakilanlan at papeles, kaya mas madaling mag-aral at makakuha ng tulong.",
            "vi": "Việc ghi nhận chính thức sự ra đời của em bé với chính quyền. Nhờ đó trẻ có danh tính và giấy tờ hợp pháp, giúp việc đi học và nhận hỗ trợ dễ dàng hơn.",
        },
    },
    {
        "slug": "caregiver",
        "term": {
            "en": "Caregiver",
            "km": "អ្នកថែទាំ",
            "fil": "Tagapag-alaga",
            "vi": "Người chăm sóc",
        },
        "definition": {
            "en": "Anyone who looks after a child day to day, such as a parent, grandparent, other relative, foster parent or shelter worker.",
            "km": "អ្នកណាម្នាក់ដែលមើលថែកុមាររៀងរាល់ថ្ងៃ ដូចជាឪពុកម្តាយ ជីដូនជីតា សាច់ញាតិផ្សេងទៀត ឪពុកម្តាយចិញ្ចឹម ឬបុគ្គលិកទីជម្រកសុវត្ថិភាព។",
            "fil": "Sinumang nag-aalaga sa bata araw-araw, gaya ng magulang, lolo o lola, ibang kamag-anak, foster parent o kawani ng shelter.",
            "vi": "Bất kỳ ai chăm sóc trẻ hằng ngày, như cha mẹ, ông bà, họ hàng khác, cha mẹ nuôi hay nhân viên nhà tạm lánh.",
        },
    },
    {
        "slug": "case-manager",
        "term": {
            "en": "Case manager",
            "km": "អ្នកគ្រប់គ្រងករណី",
            "fil": "Case manager",
            "vi": "Cán bộ quản lý trường hợp",
        },
        "definition": {
            "en": "Your main helper, who keeps track of your support plan and makes sure services work together. They should keep you informed at every step.",
            "km": "អ្នកជួយសំខាន់របស់អ្នក ដែលតាមដានផែនការគាំទ្ររបស់អ្នក និងធានាថាសេវានានាធ្វើការជាមួយគ្នា។ ពួកគេគួរប្រាប់ព័ត៌មានដល់អ្នកគ្រប់ជំហាន។",
            "fil": "Ang pangunahing tumutulong sa iyo, na sumusubaybay sa plano ng suporta mo at tinitiyak na nagtutulungan ang mga serbisyo. Dapat ka niyang balitaan sa bawat hakbang.",
            "vi": "Người hỗ trợ chính của em, theo dõi kế hoạch hỗ trợ và bảo đảm các dịch vụ phối hợp với nhau. Họ cần cho em biết thông tin ở mỗi bước.",
        },
    },
    {
        "slug": "child",
        "term": {"en": "Child", "km": "កុមារ", "fil": "Bata", "vi": "Trẻ em"},
        "definition": {
            "en": "Under international law, anyone under 18 years old. Every child has rights and deserves to be safe, cared for and listened to.",
            "km": "តាមច្បាប់អន្តរជាតិ គឺនរណាម្នាក់ដែលមានអាយុក្រោម ១៨ ឆ្នាំ។ កុមារគ្រប់រូបមានសិទ្ធិ ហើយសមនឹងទទួលបានសុវត្ថិភាព ការថែទាំ និងការស្តាប់។",
            "fil": "Sa ilalim ng pandaigdigang batas, sinumang wala pang 18 taong gulang. Bawat bata ay may karapatan at dapat maging ligtas, maalagaan at mapakinggan.",
            "vi": "Theo luật quốc tế, là bất kỳ ai dưới 18 tuổi. Mọi trẻ em đều có quyền và xứng đáng được an toàn, được chăm sóc và được lắng nghe.",
        },
    },
    {
        "slug": "child-marriage",
        "term": {
            "en": "Child marriage",
            "km": "អាពាហ៍ពិពាហ៍កុមារ",
            "fil": "Pagpapakasal sa bata",
            "vi": "Tảo hôn",
        },
        "definition": {
            "en": "A marriage, formal or informal, where one or both people are under 18. It can harm a child's health, schooling and safety.",
            "km": "អាពាហ៍ពិពាហ៍ ផ្លូវការ ឬក្រៅផ្លូវការ ដែលមនុស្សម្នាក់ ឬទាំងពីរនាក់មានអាយុក្រោម ១៨ ឆ្នាំ។ វាអាចធ្វើឲ្យខូចខាតសុខភាព ការសិក្សា និងសុវត្ថិភាពរបស់កុមារ។",
            "fil": "Kasal, pormal man o hindi, kung saan ang isa o parehong tao ay wala pang 18 taong gulang. Maaari nitong saktan ang kalusugan, pag-aaral at kaligtasan ng bata.",
            "vi": "Việc kết hôn, chính thức hay không chính thức, khi một hoặc cả hai người dưới 18 tuổi. Điều này có thể gây hại cho sức khỏe, việc học và sự an toàn của trẻ.",
        },
    },
    {
        "slug": "child-sexual-abuse-material",
        "term": {
            "en": "Child sexual abuse material",
            "km": "សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ",
            "fil": "Materyal ng sekswal na pang-aabuso sa bata",
            "vi": "Tài liệu xâm hại tình dục trẻ em",
        },
        "definition": {
            "en": "Pictures or videos that show children being sexually abused. Making, sharing or keeping them is a crime, so never forward them, not even to report.",
            "km": "រូបភាព ឬវីដេអូដែលបង្ហាញពីការរំលោភបំពានផ្លូវភេទលើកុមារ។ ការផលិត ការចែករំលែក ឬការរក្សាទុកវាជាបទល្មើស ដូច្នេះកុំបញ្ជូនបន្តវាឡើយ សូម្បីតែដើម្បីរាយការណ៍។",
            "fil": "Mga larawan o video na nagpapakita ng sekswal na pang-aabuso sa bata. Krimen ang paggawa, pagpapakalat o pagtatago nito, kaya huwag itong ipasa, kahit para mag-ulat.",
            "vi": "Hình ảnh hoặc video cho thấy trẻ em bị xâm hại tình dục. Làm ra, chia sẻ hay lưu giữ chúng là tội phạm, vì vậy đừng bao giờ chuyển tiếp, kể cả để trình báo.",
        },
    },
    {
        "slug": "child-friendly-justice",
        "term": {
            "en": "Child-friendly justice",
            "km": "យុត្តិធម៌មិត្តភាពកុមារ",
            "fil": "Hustisyang angkop sa bata",
            "vi": "Tư pháp thân thiện với trẻ em",
        },
        "definition": {
            "en": "Ways police and courts adapt to children: gentle questions, screens or video links, a support person beside you, and no long delays.",
            "km": "វិធីដែលនគរបាល និងតុលាការសម្របខ្លួនសម្រាប់កុមារ៖ សំណួរទន់ភ្លន់ វាំងនន ឬការភ្ជាប់វីដេអូ មនុស្សគាំទ្រនៅក្បែរអ្នក និងមិនពន្យារពេលយូរ។",
            "fil": "Mga paraan ng pulis at korte para umangkop sa bata: mahinahong tanong, screen o video link, may kasamang tagasuporta, at walang mahabang pagkaantala.",
            "vi": "Cách công an và tòa án điều chỉnh cho phù hợp với trẻ em: hỏi han nhẹ nhàng, dùng tấm chắn hoặc kết nối video, có người hỗ trợ bên cạnh và không kéo dài vụ việc.",
        },
    },
    {
        "slug": "compensation",
        "term": {
            "en": "Compensation",
            "km": "សំណង",
            "fil": "Kabayaran sa pinsala",
            "vi": "Bồi thường",
        },
        "definition": {
            "en": "Money that an offender, or sometimes a fund, must pay to a person who was harmed. It should be used in the child's best interests.",
            "km": "ប្រាក់ដែលជនល្មើស ឬពេលខ្លះមូលនិធិមួយ ត្រូវបង់ជូនអ្នកដែលរងគ្រោះ។ ប្រាក់នេះគួរត្រូវបានប្រើដើម្បីឧត្តមប្រយោជន៍របស់កុមារ។",
            "fil": "Perang dapat ibayad ng salarin, o minsan ng isang pondo, sa taong napinsala. Dapat itong gamitin para sa pinakamabuting interes ng bata.",
            "vi": "Khoản tiền người phạm tội, hoặc đôi khi một quỹ, phải trả cho người bị tổn hại. Số tiền này phải được dùng vì lợi ích tốt nhất của trẻ.",
        },
    },
    {
        "slug": "complaint",
        "term": {"en": "Complaint", "km": "ពាក្យបណ្តឹង", "fil": "Reklamo", "vi": "Khiếu nại"},
        "definition": {
            "en": "A formal way of telling the police, a court or an organisation that something wrong happened, so they look into it. You can also complain if a helper treated you badly.",
            "km": "វិធីផ្លូវការក្នុងការប្រាប់នគរបាល តុលាការ ឬអង្គការមួយថាមានអំពើខុសបានកើតឡើង ដើម្បីឲ្យពួកគេពិនិត្យមើល។ អ្នកក៏អាចប្តឹងបានដែរ ប្រសិនបើអ្នកជួយប្រព្រឹត្តមិនល្អចំពោះអ្នក។",
            "fil": "Pormal na paraan ng pagsasabi sa pulis, korte o isang organisasyon na may nangyaring mali, para suriin nila ito. Puwede ka ring magreklamo kung hindi ka maayos na trinato ng isang tumutulong.",
            "vi": "Cách chính thức để báo với công an, tòa án hay một tổ chức rằng có điều sai trái đã xảy ra, để họ xem xét. Em cũng có thể khiếu nại nếu người hỗ trợ đối xử không tốt với em.",
        },
    },
    {
        "slug": "confidentiality",
        "term": {
            "en": "Confidentiality",
            "km": "ការរក្សាការសម្ងាត់",
            "fil": "Pagiging kumpidensyal",
            "vi": "Bảo mật",
        },
        "definition": {
            "en": "Keeping what you share safe and private. Helpers should only pass it on with your agreement, or when it is truly needed to keep someone safe.",
            "km": "ការរក្សាអ្វីដែលអ្នកបានចែករំលែកឲ្យមានសុវត្ថិភាព និងជាឯកជន។ អ្នកជួយគួរប្រាប់បន្ត តែពេលអ្នកយល់ព្រម ឬពេលចាំបាច់ពិតប្រាកដដើម្បីការពារសុវត្ថិភាពនរណាម្នាក់។",
            "fil": "Pag-iingat sa ibinahagi mo para manatili itong ligtas at pribado. Ipapasa lang ito ng tumutulong kung pumayag ka, o kung talagang kailangan para may mapanatiling ligtas.",
            "vi": "Giữ an toàn và kín đáo những gì em chia sẻ. Người hỗ trợ chỉ được chuyển thông tin khi em đồng ý, hoặc khi thật sự cần để giữ an toàn cho ai đó.",
        },
    },
    {
        "slug": "consent",
        "term": {"en": "Consent", "km": "ការយល់ព្រម", "fil": "Pahintulot", "vi": "Sự đồng ý"},
        "definition": {
            "en": "Freely saying yes, knowing what it means, with no pressure, tricks, gifts or fear. A child can never agree to being sexually exploited, and silence is not a yes.",
            "km": "ការយល់ព្រមដោយសេរី ដោយដឹងពីអត្ថន័យ គ្មានការបង្ខិតបង្ខំ ការបោកប្រាស់ អំណោយ ឬការភ័យខ្លាច។ កុមារមិនអាចយល់ព្រមឲ្យគេកេងប្រវ័ញ្ចផ្លូវភេទបានទេ ហើយការនៅស្ងៀមមិនមែនជាការយល់ព្រមឡើយ។",
            "fil": "Malayang pagsabi ng oo, alam ang ibig sabihin, nang walang pamimilit, panlilinlang, regalo o takot. Hindi kailanman maaaring pumayag ang bata sa sekswal na pagsasamantala, at ang pananahimik ay hindi oo.",
            "vi": "Tự nguyện nói đồng ý khi hiểu rõ ý nghĩa, không bị ép buộc, lừa gạt, mua chuộc hay sợ hãi. Trẻ em không bao giờ có thể đồng ý bị bóc lột tình dục, và im lặng không phải là đồng ý.",
        },
    },
    {
        "slug": "convention-on-the-rights-of-the-child",
        "term": {
            "en": "Convention on the Rights of the Child",
            "km": "អនុសញ្ញាស្តីពីសិទ្ធិកុមារ",
            "fil": "Kumbensyon sa mga Karapatan ng Bata",
            "vi": "Công ước về Quyền trẻ em",
        },
        "definition": {
            "en": "A promise made by nearly every country in the world, listing the rights of every child. Cambodia, the Philippines and Viet Nam have all agreed to it.",
            "km": "ការសន្យាដែលប្រទេសស្ទើរតែទាំងអស់ក្នុងពិភពលោកបានធ្វើ ដោយរាយបញ្ជីសិទ្ធិរបស់កុមារគ្រប់រូប។ កម្ពុជា ហ្វីលីពីន និងវៀតណាម សុទ្ធតែបានយល់ព្រមលើវា។",
            "fil": "Isang pangako ng halos lahat ng bansa sa mundo na naglilista ng mga karapatan ng bawat bata. Sumang-ayon dito ang Cambodia, Pilipinas at Viet Nam.",
            "vi": "Lời cam kết của gần như mọi quốc gia trên thế giới, liệt kê các quyền của mọi trẻ em. Campuchia, Philippines và Việt Nam đều đã tham gia.",
        },
    },
    {
        "slug": "counselling",
        "term": {
            "en": "Counselling",
            "km": "ការប្រឹក្សាយោបល់",
            "fil": "Pagpapayo (counseling)",
            "vi": "Tư vấn tâm lý",
        },
        "definition": {
            "en": "Talking with a trained person who listens without judging and helps you work through hard feelings. Your family can get counselling too.",
            "km": "ការនិយាយជាមួយអ្នកដែលបានទទួលការបណ្តុះបណ្តាល ដែលស្តាប់ដោយមិនវិនិច្ឆ័យ និងជួយអ្នកឆ្លងកាត់អារម្មណ៍លំបាក។ គ្រួសាររបស់អ្នកក៏អាចទទួលការប្រឹក្សាយោបល់បានដែរ។",
            "fil": "Pakikipag-usap sa sinanay na taong nakikinig nang hindi nanghuhusga at tumutulong sa iyo sa mabibigat na damdamin. Puwede ring makatanggap ng pagpapayo ang pamilya mo.",
            "vi": "Trò chuyện với người được đào tạo, biết lắng nghe mà không phán xét và giúp em vượt qua những cảm xúc khó khăn. Gia đình em cũng có thể được tư vấn.",
        },
    },
    {
        "slug": "court",
        "term": {"en": "Court", "km": "តុលាការ", "fil": "Korte", "vi": "Tòa án"},
        "definition": {
            "en": "The place where a judge listens to what happened and looks at the evidence. The judge decides if someone broke the law and what happens next.",
            "km": "កន្លែងដែលចៅក្រមស្តាប់ពីអ្វីដែលបានកើតឡើង និងពិនិត្យភស្តុតាង។ ចៅក្រមសម្រេចថាតើនរណាម្នាក់បានបំពានច្បាប់ឬអត់ និងអ្វីដែលត្រូវកើតឡើងបន្ទាប់។",
            "fil": "Lugar kung saan nakikinig ang hukom sa nangyari at tinitingnan ang ebidensya. Ang hukom ang nagpapasya kung may lumabag sa batas at ano ang susunod.",
            "vi": "Nơi thẩm phán lắng nghe sự việc và xem xét chứng cứ. Thẩm phán quyết định ai đó có vi phạm pháp luật hay không và điều gì sẽ xảy ra tiếp theo.",
        },
    },
    {
        "slug": "dignity",
        "term": {"en": "Dignity", "km": "សេចក្តីថ្លៃថ្នូរ", "fil": "Dignidad", "vi": "Phẩm giá"},
        "definition": {
            "en": "The worth every person has, which means they deserve respect. Everyone who helps you should treat you with kindness and without judging you.",
            "km": "តម្លៃដែលមនុស្សគ្រប់រូបមាន ដែលធ្វើឲ្យពួកគេសមនឹងទទួលបានការគោរព។ អ្នកដែលជួយអ្នកទាំងអស់ គួរប្រព្រឹត្តចំពោះអ្នកដោយចិត្តល្អ និងមិនវិនិច្ឆ័យអ្នក។",
            "fil": "Ang halaga ng bawat tao, kaya dapat siyang igalang. Ang lahat ng tumutulong sa iyo ay dapat maging mabait at hindi ka hinuhusgahan.",
            "vi": "Giá trị mà mỗi con người đều có, nên ai cũng xứng đáng được tôn trọng. Những người giúp đỡ em phải đối xử tử tế và không phán xét em.",
        },
    },
    {
        "slug": "discrimination",
        "term": {
            "en": "Discrimination",
            "km": "ការរើសអើង",
            "fil": "Diskriminasyon",
            "vi": "Phân biệt đối xử",
        },
        "definition": {
            "en": "Treating someone unfairly because of who they are, such as their gender, ethnic group, religion or lack of papers. Every child has the same right to protection.",
            "km": "ការប្រព្រឹត្តមិនយុត្តិធម៌ចំពោះនរណាម្នាក់ ដោយសារពួកគេជានរណា ដូចជាភេទ ជនជាតិ សាសនា ឬការគ្មានឯកសារ។ កុមារគ្រប់រូបមានសិទ្ធិទទួលការការពារដូចគ្នា។",
            "fil": "Hindi patas na pagtrato sa isang tao dahil sa kung sino siya, gaya ng kasarian, lahi, relihiyon o kawalan ng papeles. Pantay ang karapatan ng bawat bata sa proteksyon.",
            "vi": "Đối xử bất công với ai đó vì họ là ai, như giới tính, dân tộc, tôn giáo hay không có giấy tờ. Mọi trẻ em đều có quyền được bảo vệ như nhau.",
        },
    },
    {
        "slug": "evidence",
        "term": {"en": "Evidence", "km": "ភស្តុតាង", "fil": "Ebidensya", "vi": "Chứng cứ"},
        "definition": {
            "en": "Information that helps show what happened, such as messages, medical reports or what witnesses say. Collecting it is the job of the police, not of children.",
            "km": "ព័ត៌មានដែលជួយបង្ហាញពីអ្វីដែលបានកើតឡើង ដូចជាសារ របាយការណ៍វេជ្ជសាស្ត្រ ឬអ្វីដែលសាក្សីនិយាយ។ ការប្រមូលភស្តុតាងជាការងាររបស់នគរបាល មិនមែនរបស់កុមារទេ។",
            "fil": "Impormasyong tumutulong ipakita ang nangyari, gaya ng mga mensahe, medical report o sinasabi ng mga saksi. Trabaho ng pulis ang pangangalap nito, hindi ng mga bata.",
            "vi": "Thông tin giúp chứng minh điều đã xảy ra, như tin nhắn, giấy khám bệnh hay lời của người làm chứng. Thu thập chứng cứ là việc của công an, không phải của trẻ em.",
        },
    },
    {
        "slug": "grooming",
        "term": {
            "en": "Grooming",
            "km": "ការល្បួងបញ្ឆោតកុមារ",
            "fil": "Grooming",
            "vi": "Dụ dỗ trẻ em",
        },
        "definition": {
            "en": "When someone slowly wins the trust of a child, and sometimes their family, with gifts, attention or secrets, so they can abuse the child later.",
            "km": "ពេលនរណាម្នាក់យកចិត្តកុមារ ហើយពេលខ្លះគ្រួសារផងដែរ បន្តិចម្តងៗ តាមរយៈអំណោយ ការយកចិត្តទុកដាក់ ឬការសម្ងាត់ ដើម្បីរំលោភបំពានកុមារនៅពេលក្រោយ។",
            "fil": "Kapag unti-unting kinukuha ng isang tao ang tiwala ng bata, at minsan ng pamilya niya, gamit ang regalo, atensyon o mga lihim, para maabuso ang bata sa kalaunan.",
            "vi": "Khi ai đó dần dần lấy lòng tin của trẻ, đôi khi cả gia đình trẻ, bằng quà tặng, sự quan tâm hay những bí mật, để sau đó xâm hại trẻ.",
        },
    },
    {
        "slug": "guardian",
        "term": {
            "en": "Guardian",
            "km": "អាណាព្យាបាល",
            "fil": "Legal na tagapag-alaga (guardian)",
            "vi": "Người giám hộ",
        },
        "definition": {
            "en": "An adult with the legal duty to care for a child and make decisions for them. Often a parent, but sometimes another person named by law or a court.",
            "km": "មនុស្សពេញវ័យដែលមានកាតព្វកិច្ចតាមច្បាប់ក្នុងការថែទាំកុមារ និងសម្រេចចិត្តជំនួសពួកគេ។ ជាញឹកញាប់ជាឪពុកម្តាយ ប៉ុន្តែពេលខ្លះជាអ្នកផ្សេងដែលច្បាប់ ឬតុលាការតែងតាំង។",
            "fil": "Nakatatandang may legal na tungkuling alagaan ang bata at magpasya para sa kanya. Kadalasan ay magulang, pero minsan ibang taong itinalaga ng batas o ng korte.",
            "vi": "Người lớn có nghĩa vụ pháp lý chăm sóc và quyết định thay cho trẻ. Thường là cha mẹ, nhưng đôi khi là người khác do pháp luật hoặc tòa án chỉ định.",
        },
    },
    {
        "slug": "hotline",
        "term": {"en": "Hotline", "km": "ខ្សែទូរសព្ទជំនួយ", "fil": "Hotline", "vi": "Đường dây nóng"},
        "definition": {
            "en": "A phone line, sometimes with chat too, where you can ask for help or report harm. Many are free and open day and night, and they should keep what you say private.",
            "km": "ខ្សែទូរសព្ទ ហើយពេលខ្លះមានការជជែកផងដែរ ដែលអ្នកអាចសុំជំនួយ ឬរាយការណ៍ពីគ្រោះថ្នាក់។ ច្រើនជាសេវាឥតគិតថ្លៃ បើកទាំងយប់ទាំងថ្ងៃ ហើយគួររក្សាការសម្ងាត់អ្វីដែលអ្នកនិយាយ។",
            "fil": "Linya ng telepono, minsan may chat din, kung saan puwede kang humingi ng tulong o mag-ulat ng pananakit. Marami ang libre at bukas araw at gabi, at dapat nilang ilihim ang sinasabi mo.",
            "vi": "Số điện thoại, đôi khi có cả nhắn tin, nơi em có thể xin giúp đỡ hoặc trình báo việc bị tổn hại. Nhiều đường dây miễn phí, mở cả ngày lẫn đêm và phải giữ kín những gì em nói.",
        },
    },
    {
        "slug": "image-based-abuse",
        "term": {
            "en": "Image-based abuse",
            "km": "ការរំលោភបំពានដោយប្រើរូបភាព",
            "fil": "Pang-aabuso gamit ang larawan",
            "vi": "Xâm hại bằng hình ảnh",
        },
        "definition": {
            "en": "Taking, sharing or threatening to share someone's private or sexual pictures without their agreement. Making or sharing such pictures of a child is always a crime.",
            "km": "ការថត ការចែករំលែក ឬការគំរាមចែករំលែករូបភាពឯកជន ឬរូបភាពផ្លូវភេទរបស់នរណាម្នាក់ ដោយគ្មានការយល់ព្រម។ ការថត ឬចែករំលែករូបភាពបែបនេះរបស់កុមារ តែងតែជាបទល្មើស។",
            "fil": "Pagkuha, pagkakalat o pananakot na ikakalat ang pribado o sekswal na larawan ng isang tao nang walang pahintulot niya. Laging krimen ang paggawa o pagkakalat ng ganitong larawan ng bata.",
            "vi": "Chụp, chia sẻ hoặc đe dọa chia sẻ ảnh riêng tư hay ảnh tình dục của ai đó khi họ không đồng ý. Tạo ra hay chia sẻ những hình ảnh như vậy của trẻ em luôn là tội phạm.",
        },
    },
    {
        "slug": "lawyer",
        "term": {"en": "Lawyer", "km": "មេធាវី", "fil": "Abogado", "vi": "Luật sư"},
        "definition": {
            "en": "A legal expert who gives advice, explains your choices and can speak for you in court. Some lawyers help survivors for free.",
            "km": "អ្នកជំនាញច្បាប់ដែលផ្តល់ដំបូន្មាន ពន្យល់ពីជម្រើសរបស់អ្នក និងអាចតំណាងអ្នកនៅតុលាការ។ មេធាវីខ្លះជួយអ្នករស់រានមានជីវិតដោយឥតគិតថ្លៃ។",
            "fil": "Dalubhasa sa batas na nagbibigay ng payo, nagpapaliwanag ng mga pagpipilian mo at maaaring kumatawan sa iyo sa korte. May mga abogadong tumutulong sa mga survivor nang libre.",
            "vi": "Chuyên gia pháp luật tư vấn, giải thích các lựa chọn của em và có thể đại diện cho em tại tòa. Một số luật sư giúp người sống sót miễn phí.",
        },
    },
    {
        "slug": "legal-aid",
        "term": {
            "en": "Legal aid",
            "km": "ជំនួយផ្នែកច្បាប់",
            "fil": "Tulong legal",
            "vi": "Trợ giúp pháp lý",
        },
        "definition": {
            "en": "Free help from a lawyer or a legal service for people who need it. Children who have been harmed can often get it.",
            "km": "ជំនួយឥតគិតថ្លៃពីមេធាវី ឬសេវាច្បាប់ សម្រាប់អ្នកដែលត្រូវការ។ កុមារដែលរងគ្រោះ ជារឿយៗអាចទទួលបានជំនួយនេះ។",
            "fil": "Libreng tulong mula sa abogado o serbisyong legal para sa nangangailangan. Kadalasang makakakuha nito ang mga batang napinsala.",
            "vi": "Sự giúp đỡ miễn phí từ luật sư hoặc dịch vụ pháp lý cho người cần. Trẻ em bị tổn hại thường có thể nhận được sự giúp đỡ này.",
        },
    },
    {
        "slug": "neglect",
        "term": {"en": "Neglect", "km": "ការធ្វេសប្រហែស", "fil": "Pagpapabaya", "vi": "Bỏ mặc"},
        "definition": {
            "en": "When the adults responsible for a child do not give them what they need, like food, safety, health care or schooling.",
            "km": "ពេលមនុស្សពេញវ័យដែលទទួលខុសត្រូវលើកុមារ មិនផ្តល់អ្វីដែលកុមារត្រូវការ ដូចជាអាហារ សុវត្ថិភាព ការថែទាំសុខភាព ឬការសិក្សា។",
            "fil": "Kapag hindi ibinibigay ng mga nakatatandang may pananagutan sa bata ang kailangan niya, gaya ng pagkain, kaligtasan, pagpapagamot o pag-aaral.",
            "vi": "Khi người lớn có trách nhiệm với trẻ không đáp ứng những gì trẻ cần, như thức ăn, sự an toàn, chăm sóc sức khỏe hay việc học.",
        },
    },
    {
        "slug": "non-punishment",
        "term": {
            "en": "Non-punishment",
            "km": "ការមិនដាក់ទណ្ឌកម្មលើជនរងគ្រោះ",
            "fil": "Hindi pagpaparusa sa biktima",
            "vi": "Không trừng phạt nạn nhân",
        },
        "definition": {
            "en": "The rule that children who were exploited must not be arrested, punished or sent away for things they were made to do. They need help, not punishment.",
            "km": "គោលការណ៍ដែលថា កុមារដែលត្រូវគេកេងប្រវ័ញ្ច មិនត្រូវចាប់ខ្លួន ដាក់ទណ្ឌកម្ម ឬបណ្តេញចេញ ចំពោះអ្វីដែលគេបង្ខំឲ្យធ្វើឡើយ។ ពួកគេត្រូវការជំនួយ មិនមែនទណ្ឌកម្មទេ។",
            "fil": "Ang tuntunin na ang mga batang pinagsamantalahan ay hindi dapat hulihin, parusahan o paalisin dahil sa ipinagawa sa kanila. Tulong ang kailangan nila, hindi parusa.",
            "vi": "Nguyên tắc rằng trẻ em bị bóc lột không được bị bắt, trừng phạt hay trục xuất vì những việc các em bị ép phải làm. Các em cần được giúp đỡ, không phải bị trừng phạt.",
        },
    },
    {
        "slug": "offender",
        "term": {"en": "Offender", "km": "ជនល្មើស", "fil": "Salarin", "vi": "Người phạm tội"},
        "definition": {
            "en": "The person who committed a crime, such as abusing or exploiting a child. The blame and the shame belong to them, never to the child.",
            "km": "អ្នកដែលបានប្រព្រឹត្តបទល្មើស ដូចជាការរំលោភបំពាន ឬការកេងប្រវ័ញ្ចកុមារ។ កំហុស និងការអាម៉ាស់ជារបស់ពួកគេ មិនមែនជារបស់កុមារឡើយ។",
            "fil": "Ang taong gumawa ng krimen, gaya ng pang-aabuso o pagsasamantala sa bata. Sa kanya ang sisi at kahihiyan, hindi kailanman sa bata.",
            "vi": "Người đã gây ra tội phạm, như xâm hại hay bóc lột trẻ em. Lỗi và sự xấu hổ thuộc về họ, không bao giờ thuộc về trẻ.",
        },
    },
    {
        "slug": "online-grooming",
        "term": {
            "en": "Online grooming",
            "km": "ការល្បួងបញ្ឆោតកុមារតាមអនឡាញ",
            "fil": "Online grooming",
            "vi": "Dụ dỗ trẻ em qua mạng",
        },
        "definition": {
            "en": "Grooming that happens through games, chat apps or social media. The person may pretend to be a young person or a friend, and ask you to keep secrets.",
            "km": "ការល្បួងបញ្ឆោតដែលកើតឡើងតាមហ្គេម កម្មវិធីជជែក ឬបណ្តាញសង្គម។ អ្នកនោះអាចធ្វើពុតជាក្មេង ឬជាមិត្តភក្តិ ហើយសុំឲ្យអ្នករក្សាការសម្ងាត់។",
            "fil": "Grooming na nangyayari sa mga laro, chat app o social media. Maaaring magpanggap ang tao na kabataan o kaibigan, at hilingin sa iyong maglihim.",
            "vi": "Dụ dỗ diễn ra qua trò chơi, ứng dụng nhắn tin hay mạng xã hội. Người đó có thể giả làm người trẻ hoặc bạn bè, và bảo em giữ bí mật.",
        },
    },
    {
        "slug": "paralegal",
        "term": {"en": "Paralegal", "km": "ជំនួយការច្បាប់", "fil": "Paralegal", "vi": "Trợ lý pháp lý"},
        "definition": {
            "en": "Someone trained to explain the law and help people use it, for example by linking them to services. A paralegal is not a lawyer and cannot speak for you in court.",
            "km": "អ្នកដែលបានទទួលការបណ្តុះបណ្តាលដើម្បីពន្យល់ច្បាប់ និងជួយមនុស្សឲ្យប្រើច្បាប់ ដូចជាភ្ជាប់ពួកគេទៅកាន់សេវា។ ជំនួយការច្បាប់មិនមែនជាមេធាវីទេ ហើយមិនអាចតំណាងអ្នកនៅតុលាការបានទេ។",
            "fil": "Taong sinanay na magpaliwanag ng batas at tumulong sa mga tao na gamitin ito, gaya ng pag-uugnay sa kanila sa mga serbisyo. Hindi abogado ang paralegal at hindi ka niya makakatawan sa korte.",
            "vi": "Người được đào tạo để giải thích pháp luật và giúp mọi người sử dụng pháp luật, ví dụ kết nối họ với các dịch vụ. Trợ lý pháp lý không phải luật sư và không thể đại diện cho em tại tòa.",
        },
    },
    {
        "slug": "participation",
        "term": {
            "en": "Participation",
            "km": "ការចូលរួម",
            "fil": "Pakikilahok",
            "vi": "Quyền tham gia",
        },
        "definition": {
            "en": "Your right to say what you think about decisions that affect you, and to have adults take your views seriously.",
            "km": "សិទ្ធិរបស់អ្នកក្នុងការនិយាយពីអ្វីដែលអ្នកគិតអំពីការសម្រេចចិត្តដែលប៉ះពាល់ដល់អ្នក ហើយមនុស្សពេញវ័យត្រូវយកមតិរបស់អ្នកមកពិចារណាដោយយកចិត្តទុកដាក់។",
            "fil": "Ang karapatan mong sabihin ang iniisip mo tungkol sa mga desisyong may epekto sa iyo, at seryosohin ito ng matatanda.",
            "vi": "Quyền của em được nói lên suy nghĩ về những quyết định liên quan đến mình, và được người lớn xem xét ý kiến đó một cách nghiêm túc.",
        },
    },
    {
        "slug": "peer-supporter",
        "term": {
            "en": "Peer supporter",
            "km": "អ្នកគាំទ្រមិត្តរួមវ័យ",
            "fil": "Peer supporter",
            "vi": "Người hỗ trợ đồng đẳng",
        },
        "definition": {
            "en": "A young person trained to share what they know and stand beside other young people. Some peer supporters are survivors themselves.",
            "km": "យុវជនដែលបានទទួលការបណ្តុះបណ្តាល ដើម្បីចែករំលែកចំណេះដឹង និងនៅក្បែរយុវជនដទៃទៀត។ អ្នកគាំទ្រមិត្តរួមវ័យខ្លះក៏ជាអ្នករស់រានមានជីវិតផងដែរ។",
            "fil": "Kabataang sinanay na magbahagi ng kaalaman at umagapay sa kapwa kabataan. May mga peer supporter na survivor din.",
            "vi": "Người trẻ được đào tạo để chia sẻ hiểu biết và đồng hành cùng các bạn trẻ khác. Một số người hỗ trợ đồng đẳng cũng từng là người sống sót.",
        },
    },
    {
        "slug": "police",
        "term": {"en": "Police", "km": "នគរបាល", "fil": "Pulis", "vi": "Công an"},
        "definition": {
            "en": "The officers whose job is to keep people safe, look into crimes and stop offenders. Some police officers are specially trained to work with children.",
            "km": "មន្ត្រីដែលមានតួនាទីរក្សាសុវត្ថិភាពប្រជាជន ស៊ើបអង្កេតបទល្មើស និងបញ្ឈប់ជនល្មើស។ មន្ត្រីនគរបាលខ្លះបានទទួលការបណ្តុះបណ្តាលពិសេសដើម្បីធ្វើការជាមួយកុមារ។",
            "fil": "Mga opisyal na trabaho ang panatilihing ligtas ang mga tao, mag-imbestiga ng krimen at pigilan ang mga salarin. May mga pulis na espesyal na sinanay para sa mga bata.",
            "vi": "Lực lượng có nhiệm vụ giữ an toàn cho mọi người, điều tra tội phạm và ngăn chặn người phạm tội. Một số cán bộ công an được đào tạo riêng để làm việc với trẻ em.",
        },
    },
    {
        "slug": "privacy",
        "term": {"en": "Privacy", "km": "ឯកជនភាព", "fil": "Privacy", "vi": "Quyền riêng tư"},
        "definition": {
            "en": "Your right to keep your personal life, information and body to yourself. Your name, face and story should not be made public in a way that shows who you are.",
            "km": "សិទ្ធិរបស់អ្នកក្នុងការរក្សាជីវិតផ្ទាល់ខ្លួន ព័ត៌មាន និងរាងកាយសម្រាប់ខ្លួនឯង។ ឈ្មោះ មុខ និងរឿងរបស់អ្នក មិនគួរត្រូវបានផ្សាយជាសាធារណៈតាមរបៀបដែលបង្ហាញថាអ្នកជានរណាឡើយ។",
            "fil": "Ang karapatan mong panatilihin sa sarili ang personal mong buhay, impormasyon at katawan. Hindi dapat ilabas sa publiko ang pangalan, mukha at kuwento mo sa paraang makikilala ka.",
            "vi": "Quyền của em được giữ cho riêng mình đời sống cá nhân, thông tin và cơ thể. Tên, khuôn mặt và câu chuyện của em không được công khai theo cách khiến người khác nhận ra em.",
        },
    },
    {
        "slug": "protection-order",
        "term": {
            "en": "Protection order",
            "km": "ដីកាការពារ",
            "fil": "Protection order",
            "vi": "Lệnh bảo vệ",
        },
        "definition": {
            "en": "An order from a court or other authority telling a person who causes harm to stay away from a child or family and stop contacting them.",
            "km": "ដីកាពីតុលាការ ឬអាជ្ញាធរផ្សេងទៀត ដែលបង្គាប់ឲ្យអ្នកបង្កគ្រោះថ្នាក់នៅឲ្យឆ្ងាយពីកុមារ ឬគ្រួសារ និងឈប់ទាក់ទងពួកគេ។",
            "fil": "Utos mula sa korte o ibang awtoridad na nag-aatas sa taong nananakit na lumayo sa bata o pamilya at huwag nang makipag-ugnayan sa kanila.",
            "vi": "Quyết định của tòa án hoặc cơ quan có thẩm quyền buộc người gây hại phải tránh xa trẻ hoặc gia đình và không được liên lạc với họ.",
        },
    },
    {
        "slug": "recovery",
        "term": {"en": "Recovery", "km": "ការជាសះស្បើយ", "fil": "Paggaling", "vi": "Phục hồi"},
        "definition": {
            "en": "Healing in body, mind and feelings after harm. It takes time, it is different for everyone, and hard days along the way are normal.",
            "km": "ការព្យាបាលរាងកាយ ចិត្ត និងអារម្មណ៍ ក្រោយពីរងគ្រោះ។ វាត្រូវការពេលវេលា វាខុសគ្នាសម្រាប់មនុស្សម្នាក់ៗ ហើយថ្ងៃលំបាកខ្លះនៅតាមផ្លូវ គឺជារឿងធម្មតា។",
            "fil": "Paghilom ng katawan, isip at damdamin matapos masaktan. Nangangailangan ito ng panahon, iba-iba ito sa bawat tao, at normal ang mahihirap na araw habang nasa daan.",
            "vi": "Sự hồi phục về thể chất, tâm trí và cảm xúc sau tổn hại. Việc này cần thời gian, mỗi người mỗi khác, và có những ngày khó khăn trên chặng đường là chuyện bình thường.",
        },
    },
    {
        "slug": "referral",
        "term": {"en": "Referral", "km": "ការបញ្ជូនបន្ត", "fil": "Referral", "vi": "Chuyển gửi"},
        "definition": {
            "en": "When one helper connects you to another service that can give you what you need, such as a doctor, a lawyer or a safe place to stay.",
            "km": "ពេលអ្នកជួយម្នាក់ភ្ជាប់អ្នកទៅកាន់សេវាមួយទៀតដែលអាចផ្តល់អ្វីដែលអ្នកត្រូវការ ដូចជាគ្រូពេទ្យ មេធាវី ឬកន្លែងស្នាក់នៅប្រកបដោយសុវត្ថិភាព។",
            "fil": "Kapag ikinokonekta ka ng isang tumutulong sa ibang serbisyo na makapagbibigay ng kailangan mo, gaya ng doktor, abogado o ligtas na matutuluyan.",
            "vi": "Khi một người hỗ trợ kết nối em với một dịch vụ khác có thể đáp ứng điều em cần, như bác sĩ, luật sư hay nơi ở an toàn.",
        },
    },
    {
        "slug": "reintegration",
        "term": {
            "en": "Reintegration",
            "km": "សមាហរណកម្មឡើងវិញ",
            "fil": "Muling pagsasama sa komunidad",
            "vi": "Tái hòa nhập",
        },
        "definition": {
            "en": "Returning safely to family, school and community life after harm, with support for as long as it is needed.",
            "km": "ការត្រឡប់ទៅរស់នៅជាមួយគ្រួសារ សាលារៀន និងសហគមន៍វិញដោយសុវត្ថិភាព ក្រោយពីរងគ្រោះ ដោយមានការគាំទ្ររហូតដល់ពេលណាដែលនៅត្រូវការ។",
            "fil": "Ligtas na pagbabalik sa buhay-pamilya, paaralan at komunidad matapos masaktan, na may suporta hangga't kailangan.",
            "vi": "Trở lại an toàn với gia đình, trường học và cộng đồng sau tổn hại, với sự hỗ trợ trong suốt thời gian cần thiết.",
        },
    },
    {
        "slug": "remedy",
        "term": {
            "en": "Remedy",
            "km": "ដំណោះស្រាយចំពោះការខូចខាត",
            "fil": "Remedyo",
            "vi": "Biện pháp khắc phục",
        },
        "definition": {
            "en": "Everything done to put right a harm, such as justice, care, recovery services and compensation. Every child who has been harmed has a right to a remedy.",
            "km": "អ្វីៗទាំងអស់ដែលធ្វើឡើងដើម្បីកែតម្រូវការខូចខាត ដូចជាយុត្តិធម៌ ការថែទាំ សេវាជាសះស្បើយ និងសំណង។ កុមារគ្រប់រូបដែលរងគ្រោះ មានសិទ្ធិទទួលបានវា។",
            "fil": "Lahat ng ginagawa para maitama ang pinsala, gaya ng hustisya, pag-aalaga, serbisyo sa paggaling at kabayaran. May karapatan dito ang bawat batang napinsala.",
            "vi": "Mọi việc được làm để sửa chữa tổn hại, như công lý, chăm sóc, dịch vụ phục hồi và bồi thường. Mọi trẻ em bị tổn hại đều có quyền được hưởng điều này.",
        },
    },
    {
        "slug": "report",
        "term": {"en": "Report", "km": "ការរាយការណ៍", "fil": "Pag-uulat", "vi": "Trình báo"},
        "definition": {
            "en": "Telling someone whose job is to help, like a hotline, the police or a social worker, that a child is being harmed or is at risk. You do not need to be sure first.",
            "km": "ការប្រាប់អ្នកដែលមានតួនាទីជួយ ដូចជាខ្សែទូរសព្ទជំនួយ នគរបាល ឬបុគ្គលិកសង្គមកិច្ច ថាកុមារកំពុងរងគ្រោះ ឬប្រឈមនឹងគ្រោះថ្នាក់។ អ្នកមិនចាំបាច់ប្រាកដជាមុនទេ។",
            "fil": "Pagsasabi sa taong trabaho ang tumulong, gaya ng hotline, pulis o social worker, na may batang sinasaktan o nasa panganib. Hindi mo kailangang sigurado muna.",
            "vi": "Báo cho người có nhiệm vụ giúp đỡ, như đường dây nóng, công an hay nhân viên công tác xã hội, rằng có trẻ em đang bị tổn hại hoặc gặp nguy hiểm. Em không cần phải chắc chắn trước.",
        },
    },
    {
        "slug": "rights",
        "term": {"en": "Rights", "km": "សិទ្ធិ", "fil": "Karapatan", "vi": "Quyền"},
        "definition": {
            "en": "What every child is owed simply for being a person: to be safe, to learn, to be cared for and to have a say. No one can take them away.",
            "km": "អ្វីដែលកុមារគ្រប់រូបគួរទទួលបាន ដោយសារតែពួកគេជាមនុស្ស៖ សុវត្ថិភាព ការសិក្សា ការថែទាំ និងការបញ្ចេញមតិ។ គ្មាននរណាអាចដកហូតវាបានទេ។",
            "fil": "Ang nararapat sa bawat bata dahil tao siya: ang maging ligtas, makapag-aral, maalagaan at magkaroon ng boses. Walang makakakuha nito sa iyo.",
            "vi": "Những điều mọi trẻ em được hưởng chỉ vì là con người: được an toàn, được học, được chăm sóc và được nói lên ý kiến. Không ai có thể lấy đi các quyền này.",
        },
    },
    {
        "slug": "safeguarding",
        "term": {
            "en": "Safeguarding",
            "km": "ការការពារសុវត្ថិភាពកុមារ",
            "fil": "Kaligtasan ng bata",
            "vi": "Bảo vệ trẻ em",
        },
        "definition": {
            "en": "Everything an organisation does so that its staff, volunteers and activities never harm the children it works with, and so it acts fast if something goes wrong.",
            "km": "អ្វីៗទាំងអស់ដែលអង្គការមួយធ្វើ ដើម្បីកុំឲ្យបុគ្គលិក អ្នកស្ម័គ្រចិត្ត និងសកម្មភាពរបស់ខ្លួនធ្វើឲ្យកុមាររងគ្រោះ និងដើម្បីចាត់វិធានការភ្លាមៗ ប្រសិនបើមានបញ្ហា។",
            "fil": "Lahat ng ginagawa ng isang organisasyon para hindi makasakit sa mga bata ang staff, volunteer at gawain nito, at para kumilos agad kung may mali.",
            "vi": "Mọi việc một tổ chức làm để nhân viên, tình nguyện viên và hoạt động của mình không bao giờ gây hại cho trẻ em, và để hành động nhanh khi có chuyện xảy ra.",
        },
    },
    {
        "slug": "sextortion",
        "term": {
            "en": "Sextortion",
            "km": "ការគំរាមជំរិតដោយរូបភាពផ្លូវភេទ",
            "fil": "Sextortion",
            "vi": "Tống tiền tình dục",
        },
        "definition": {
            "en": "When someone threatens to share a person's sexual pictures unless they send money or more pictures. It is a crime: you are not in trouble, and help is there for you.",
            "km": "ពេលនរណាម្នាក់គំរាមចែករំលែករូបភាពផ្លូវភេទរបស់អ្នកណាម្នាក់ លុះត្រាតែគេផ្ញើលុយ ឬរូបភាពបន្ថែម។ នេះជាបទល្មើស៖ អ្នកមិនមានកំហុសទេ ហើយមានជំនួយសម្រាប់អ្នក។",
            "fil": "Kapag nananakot ang isang tao na ikakalat ang sekswal na larawan ng iba maliban kung magpadala ito ng pera o dagdag na larawan. Krimen ito: wala kang kasalanan, at may tulong para sa iyo.",
            "vi": "Khi ai đó đe dọa phát tán hình ảnh tình dục của một người nếu người đó không gửi tiền hoặc thêm hình ảnh. Đây là tội phạm: em không có lỗi và luôn có người sẵn sàng giúp em.",
        },
    },
    {
        "slug": "sexual-abuse",
        "term": {
            "en": "Sexual abuse",
            "km": "ការរំលោភបំពានផ្លូវភេទ",
            "fil": "Sekswal na pang-aabuso",
            "vi": "Xâm hại tình dục",
        },
        "definition": {
            "en": "Any sexual touching or sexual act involving a child, online or in person. It is a crime, and the blame always belongs to the person who did it.",
            "km": "ការប៉ះពាល់ ឬសកម្មភាពផ្លូវភេទណាមួយលើកុមារ ទាំងតាមអនឡាញ ឬដោយផ្ទាល់។ វាជាបទល្មើស ហើយកំហុសតែងតែជារបស់អ្នកដែលបានធ្វើវា។",
            "fil": "Anumang sekswal na paghipo o gawain na may kinalaman sa bata, online man o harapan. Krimen ito, at laging nasa gumawa nito ang sisi.",
            "vi": "Mọi hành vi đụng chạm hay hành vi tình dục với trẻ em, dù trên mạng hay trực tiếp. Đây là tội phạm, và lỗi luôn thuộc về người đã làm điều đó.",
        },
    },
    {
        "slug": "sexual-exploitation-of-children",
        "term": {
            "en": "Sexual exploitation of children",
            "km": "ការកេងប្រវ័ញ្ចផ្លូវភេទលើកុមារ",
            "fil": "Sekswal na pagsasamantala sa bata",
            "vi": "Bóc lột tình dục trẻ em",
        },
        "definition": {
            "en": "When someone uses a child for sex or sexual pictures in exchange for money, gifts, food, a place to stay or other favours. The child is never to blame.",
            "km": "ពេលនរណាម្នាក់ប្រើកុមារសម្រាប់ផ្លូវភេទ ឬរូបភាពផ្លូវភេទ ដើម្បីដូរនឹងលុយ អំណោយ អាហារ កន្លែងស្នាក់នៅ ឬការតបស្នងផ្សេងទៀត។ កុមារមិនដែលមានកំហុសឡើយ។",
            "fil": "Kapag ginagamit ng isang tao ang bata para sa sex o sekswal na larawan kapalit ng pera, regalo, pagkain, matutuluyan o iba pang pabor. Hindi kailanman kasalanan ng bata.",
            "vi": "Khi ai đó lợi dụng trẻ em vì mục đích tình dục hay hình ảnh tình dục để đổi lấy tiền, quà, thức ăn, chỗ ở hay lợi ích khác. Trẻ em không bao giờ có lỗi.",
        },
    },
    {
        "slug": "shelter",
        "term": {
            "en": "Shelter",
            "km": "ទីជម្រកសុវត្ថិភាព",
            "fil": "Ligtas na tirahan (shelter)",
            "vi": "Nhà tạm lánh",
        },
        "definition": {
            "en": "A safe place where a child can stay for a while, with food, care and support, until it is safe to move on or go home.",
            "km": "កន្លែងមានសុវត្ថិភាពដែលកុមារអាចស្នាក់នៅមួយរយៈ ដោយមានអាហារ ការថែទាំ និងការគាំទ្រ រហូតដល់មានសុវត្ថិភាពដើម្បីចាកចេញ ឬត្រឡប់ទៅផ្ទះវិញ។",
            "fil": "Ligtas na lugar kung saan puwedeng tumira nang pansamantala ang bata, may pagkain, pag-aalaga at suporta, hanggang ligtas nang umalis o umuwi.",
            "vi": "Nơi an toàn để trẻ ở tạm một thời gian, có thức ăn, sự chăm sóc và hỗ trợ, cho đến khi an toàn để đi tiếp hoặc về nhà.",
        },
    },
    {
        "slug": "social-worker",
        "term": {
            "en": "Social worker",
            "km": "បុគ្គលិកសង្គមកិច្ច",
            "fil": "Social worker",
            "vi": "Nhân viên công tác xã hội",
        },
        "definition": {
            "en": "A trained professional who helps children and families stay safe, get support and plan what happens next.",
            "km": "អ្នកជំនាញដែលបានទទួលការបណ្តុះបណ្តាល ដែលជួយកុមារ និងគ្រួសារឲ្យមានសុវត្ថិភាព ទទួលបានការគាំទ្រ និងរៀបចំផែនការសម្រាប់ជំហានបន្ទាប់។",
            "fil": "Sinanay na propesyonal na tumutulong sa mga bata at pamilya na maging ligtas, makakuha ng suporta at magplano ng susunod na hakbang.",
            "vi": "Người được đào tạo chuyên môn, giúp trẻ em và gia đình được an toàn, nhận được hỗ trợ và lên kế hoạch cho những bước tiếp theo.",
        },
    },
    {
        "slug": "stigma",
        "term": {"en": "Stigma", "km": "ការមាក់ងាយ", "fil": "Stigma", "vi": "Kỳ thị"},
        "definition": {
            "en": "Unfair shame or judgement that other people put on someone. Survivors should be met with respect, not gossip or blame.",
            "km": "ការអាម៉ាស់ ឬការវិនិច្ឆ័យដោយអយុត្តិធម៌ ដែលអ្នកដទៃដាក់លើនរណាម្នាក់។ អ្នករស់រានមានជីវិតគួរទទួលបានការគោរព មិនមែនការនិយាយដើម ឬការបន្ទោសទេ។",
            "fil": "Hindi makatarungang kahihiyan o panghuhusga na ibinabato ng iba sa isang tao. Dapat igalang ang mga survivor, hindi pagtsismisan o sisihin.",
            "vi": "Sự xấu hổ hay phán xét bất công mà người khác áp lên một người. Người sống sót cần được tôn trọng, không phải bị bàn tán hay đổ lỗi.",
        },
    },
    {
        "slug": "survivor",
        "term": {
            "en": "Survivor",
            "km": "អ្នករស់រានមានជីវិត",
            "fil": "Survivor",
            "vi": "Người sống sót",
        },
        "definition": {
            "en": "A person who has lived through abuse or exploitation. Many people prefer this word because it speaks of their strength, not only of the harm.",
            "km": "មនុស្សដែលបានឆ្លងកាត់ការរំលោភបំពាន ឬការកេងប្រវ័ញ្ច។ មនុស្សជាច្រើនចូលចិត្តពាក្យនេះ ព្រោះវានិយាយពីកម្លាំងរបស់ពួកគេ មិនមែនត្រឹមតែការឈឺចាប់ប៉ុណ្ណោះទេ។",
            "fil": "Taong nakaraos sa pang-aabuso o pagsasamantala. Mas gusto ng marami ang salitang ito dahil ipinapakita nito ang kanilang lakas, hindi lang ang pinsala.",
            "vi": "Người đã trải qua xâm hại hoặc bóc lột. Nhiều người thích từ này vì nó nói lên sức mạnh của họ, chứ không chỉ nói về tổn hại.",
        },
    },
    {
        "slug": "testimony",
        "term": {"en": "Testimony", "km": "សក្ខីកម្ម", "fil": "Testimonya", "vi": "Lời khai"},
        "definition": {
            "en": "What a witness tells the police or the court. Courts can use child-friendly ways, such as a screen or a video link, so you do not have to face the accused.",
            "km": "អ្វីដែលសាក្សីប្រាប់នគរបាល ឬតុលាការ។ តុលាការអាចប្រើវិធីមិត្តភាពកុមារ ដូចជាវាំងនន ឬការភ្ជាប់វីដេអូ ដើម្បីកុំឲ្យអ្នកត្រូវជួបមុខជនជាប់ចោទ។",
            "fil": "Ang sinasabi ng saksi sa pulis o korte. Maaaring gumamit ang korte ng paraang angkop sa bata, gaya ng screen o video link, para hindi mo na kailangang harapin ang akusado.",
            "vi": "Những gì người làm chứng kể với công an hoặc tòa án. Tòa án có thể dùng cách thân thiện với trẻ em, như tấm chắn hay kết nối video, để em không phải đối mặt với bị cáo.",
        },
    },
    {
        "slug": "trafficking",
        "term": {
            "en": "Trafficking",
            "km": "ការជួញដូរមនុស្ស",
            "fil": "Trafficking ng tao",
            "vi": "Mua bán người",
        },
        "definition": {
            "en": "Recruiting, moving, hiding or keeping a person so that others can exploit them. It often starts with a trick, like the promise of a job or a better life.",
            "km": "ការជ្រើសរើស ការដឹកនាំ ការលាក់ទុក ឬការឃុំទុកមនុស្ស ដើម្បីឲ្យអ្នកដទៃកេងប្រវ័ញ្ច។ ជាញឹកញាប់វាចាប់ផ្តើមដោយការបោកប្រាស់ ដូចជាការសន្យាផ្តល់ការងារ ឬជីវិតល្អជាងមុន។",
            "fil": "Pagrerekrut, paglilipat, pagtatago o pagpigil sa isang tao para pagsamantalahan siya ng iba. Kadalasang nagsisimula ito sa panlilinlang, gaya ng pangako ng trabaho o mas magandang buhay.",
            "vi": "Tuyển mộ, đưa đi, che giấu hoặc giữ một người để người khác bóc lột họ. Việc này thường bắt đầu bằng lời lừa gạt, như hứa hẹn việc làm hay cuộc sống tốt hơn.",
        },
    },
    {
        "slug": "trauma",
        "term": {"en": "Trauma", "km": "របួសផ្លូវចិត្ត", "fil": "Trauma", "vi": "Sang chấn tâm lý"},
        "definition": {
            "en": "Deep hurt inside that can stay after something frightening or painful. It can affect sleep, mood and trust, and with support people do heal.",
            "km": "ការឈឺចាប់យ៉ាងជ្រៅនៅខាងក្នុង ដែលអាចនៅជាប់ក្រោយពីរឿងគួរឲ្យខ្លាច ឬឈឺចាប់។ វាអាចប៉ះពាល់ដល់ការគេង អារម្មណ៍ និងការទុកចិត្ត ហើយដោយមានការគាំទ្រ មនុស្សអាចជាសះស្បើយបាន។",
            "fil": "Malalim na sakit sa loob na maaaring manatili matapos ang nakakatakot o masakit na pangyayari. Maaari itong makaapekto sa tulog, damdamin at tiwala, at sa tulong ng iba, gumagaling ang tao.",
            "vi": "Nỗi đau sâu bên trong có thể còn lại sau một chuyện đáng sợ hay đau đớn. Nó có thể ảnh hưởng đến giấc ngủ, tâm trạng và lòng tin, và khi được hỗ trợ, con người có thể hồi phục.",
        },
    },
    {
        "slug": "trusted-adult",
        "term": {
            "en": "Trusted adult",
            "km": "មនុស្សពេញវ័យដែលអាចទុកចិត្តបាន",
            "fil": "Pinagkakatiwalaang nakatatanda",
            "vi": "Người lớn đáng tin cậy",
        },
        "definition": {
            "en": "A grown-up you feel safe with and who listens, such as a relative, teacher or counsellor. You can go to them if something feels wrong.",
            "km": "មនុស្សធំដែលអ្នកមានអារម្មណ៍សុវត្ថិភាពនៅជាមួយ ហើយចេះស្តាប់ ដូចជាសាច់ញាតិ គ្រូ ឬអ្នកប្រឹក្សា។ អ្នកអាចទៅរកពួកគេ ប្រសិនបើមានអ្វីមួយហាក់ដូចជាមិនប្រក្រតី។",
            "fil": "Nakatatandang panatag ka at nakikinig sa iyo, gaya ng kamag-anak, guro o tagapayo. Puwede kang lumapit sa kanya kung may pakiramdam kang may mali.",
            "vi": "Người lớn mà em thấy an toàn khi ở cạnh và biết lắng nghe, như người thân, thầy cô hay người tư vấn. Em có thể tìm đến họ khi thấy có điều gì không ổn.",
        },
    },
    {
        "slug": "victim",
        "term": {"en": "Victim", "km": "ជនរងគ្រោះ", "fil": "Biktima", "vi": "Nạn nhân"},
        "definition": {
            "en": "A person who has been harmed by a crime. It is the word the law uses, and being a victim gives you a right to protection and help.",
            "km": "មនុស្សដែលរងគ្រោះដោយសារបទល្មើស។ នេះជាពាក្យដែលច្បាប់ប្រើ ហើយការជាជនរងគ្រោះ ផ្តល់ឲ្យអ្នកនូវសិទ្ធិទទួលបានការការពារ និងជំនួយ។",
            "fil": "Taong napinsala ng isang krimen. Ito ang salitang ginagamit ng batas, at bilang biktima, may karapatan ka sa proteksyon at tulong.",
            "vi": "Người bị tổn hại do một tội phạm. Đây là từ pháp luật dùng, và là nạn nhân, em có quyền được bảo vệ và giúp đỡ.",
        },
    },
    {
        "slug": "witness",
        "term": {"en": "Witness", "km": "សាក្សី", "fil": "Saksi", "vi": "Người làm chứng"},
        "definition": {
            "en": "A person who tells the police or a court what they saw, heard or went through. Child witnesses have the right to be protected and treated gently.",
            "km": "មនុស្សដែលប្រាប់នគរបាល ឬតុលាការពីអ្វីដែលខ្លួនបានឃើញ ឮ ឬឆ្លងកាត់។ សាក្សីកុមារមានសិទ្ធិទទួលបានការការពារ និងការប្រព្រឹត្តដោយទន់ភ្លន់។",
            "fil": "Taong nagsasabi sa pulis o korte ng nakita, narinig o pinagdaanan niya. May karapatan ang mga batang saksi na maprotektahan at tratuhin nang mahinahon.",
            "vi": "Người kể với công an hoặc tòa án những gì mình đã thấy, nghe hoặc trải qua. Trẻ em làm chứng có quyền được bảo vệ và được đối xử nhẹ nhàng.",
        },
    },
]
