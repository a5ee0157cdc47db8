"""Demo course, module 10: working with families and communities. English only."""

MODULE = {
    "slug": "families-and-communities",
    "title": {"en": "Working with families and communities"},
    "summary": {
        "en": (
            "How families take part in recovery, why knowing the law and social protection "
            "matters, how communities can help, and how to respond when risk is close to home."
        ),
    },
    "lessons": [
        {
            "slug": "families-in-recovery",
            "title": {"en": "Families in recovery"},
            "summary": {
                "en": (
                    "Why families should be involved as early as possible, and how support and "
                    "counselling can include them."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Families can be an important part of recovery. Where it is possible, "
                            "and where it is in the young person's best interests, families should "
                            "be involved as early as possible. Support for parents and family "
                            "members is one of the protection services a young person may need."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Aftercare is for the family too. Support continues for both the young "
                            "person and their family after the young person goes home. Counselling "
                            "can include family members, and it can help both the young person and "
                            "their family feel ready before a legal process begins."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Ways families can be supported"},
                    "points": [
                        {"en": "Counselling for the young person and for family members."},
                        {
                            "en": (
                                "Information about the law and their rights, in words they "
                                "understand."
                            ),
                        },
                        {"en": "Help to get the public services they have a right to."},
                        {"en": "Support that continues after the young person returns home."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Every family is different. For some young people, going home is the "
                            "best choice. For others, it is not safe. The young person's views and "
                            "best interests come first, and nobody should be sent back to a place "
                            "that is not good for them."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What might a family need to understand or feel before they can "
                            "support a young person well? How could a peer paralegal help, without "
                            "sharing anything private?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "law-and-social-protection",
            "title": {"en": "Knowing the law and social protection"},
            "summary": {
                "en": (
                    "Why families need to know the law and the public support they have a right "
                    "to, and how child marriage is often prevented without going to court."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Partners working with families found that many did not understand the "
                            "law or the penalties for harming children. Many were also not "
                            "enrolled in the welfare programmes they had a right to. Knowing the "
                            "law and getting social protection can make a family safer."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Social protection means government help for families, such as money, "
                            "loans or scholarships. It can ease the pressure that sometimes puts "
                            "children in danger, such as being expected to earn money for the "
                            "family or to marry early. A child marriage is a marriage where one "
                            "person is under 18, and it can be a form of exploitation."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "How child marriages are often prevented"},
                    "points": [
                        {"en": "Talking and negotiating with the family."},
                        {"en": "Raising awareness of the public services the family can use."},
                        {"en": "Registering the family for social protection."},
                        {"en": "Enrolling the children in school."},
                        {"en": "Going to court only as a last resort."},
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Viet Nam (as reported in 2014)"},
                    "points": [
                        {
                            "en": (
                                "Families at risk could get financial support, loans and "
                                "scholarships."
                            ),
                        },
                        {"en": "Other material help was also offered to families at risk."},
                        {
                            "en": (
                                "Check this with your facilitator: the information may have "
                                "changed."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What kinds of help could make it easier for a family to keep their "
                            "children in school? Where could a family in your area find out about "
                            "them? Ask your facilitator to help you check."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "community-dialogue",
            "title": {"en": "Community dialogue and awareness"},
            "summary": {
                "en": (
                    "How forums and campaigns bring people together, and why an informed community "
                    "helps young people come home well."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Communities matter in recovery. When neighbours understand what "
                            "exploitation is, and that it is never the young person's fault, they "
                            "judge young people and their families less. This makes it easier for "
                            "someone to return home and be accepted."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Community forums bring people together to talk and plan. In 2016, a "
                            "forum in Cebu City in the Philippines brought together more than 40 "
                            "people, including police officers, cybercrime specialists, social "
                            "workers, community and faith leaders, parent leaders, teachers and "
                            "lawyers."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What awareness work can include"},
                    "points": [
                        {
                            "en": (
                                "Forums where police, social workers, teachers, and faith and "
                                "parent leaders talk together."
                            ),
                        },
                        {
                            "en": (
                                "Campaigns that ask people to make a pledge to end child marriage "
                                "in their community."
                            ),
                        },
                        {
                            "en": (
                                "Young people sharing messages through theatre, art or social "
                                "media, without telling anyone's real story."
                            ),
                        },
                        {
                            "en": (
                                "Information about where to get help, in the languages people "
                                "speak."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "If your group held a small community meeting, who would you invite, "
                            "and what one message would you want everyone to remember? How would "
                            "you keep everyone's stories private?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "risk-close-to-home",
            "title": {"en": "When risk is close to home"},
            "summary": {
                "en": (
                    "Sometimes harm comes from people close to a young person. How to understand "
                    "this without blame, and what a peer paralegal can do."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about harm that can come from family members or other "
                    "people close to a young person. It has no personal stories or graphic "
                    "details. You can pause at any time and talk to your facilitator."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Families are often a source of love and support, but not always. "
                            "Research in the region has found that, in some cases, people close to "
                            "a child, including parents or other relatives, were involved in "
                            "exploiting them, sometimes online. If this happened to someone, it is "
                            "never their fault."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "This is not limited to one country. For example, a 2014 regional "
                            "report described cases in the Philippines where parents were involved "
                            "in the sexual exploitation of their own children, sometimes online, "
                            "and one village where many adults were involved. Check this with your "
                            "facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Family loyalty can increase risk. In many families, children are "
                            "expected to put the family first and to help earn money for it. This "
                            "can create a very large power gap between adults and children, and it "
                            "can make it hard for a child to say no or to ask for help."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What a peer paralegal can do"},
                    "points": [
                        {
                            "en": (
                                "Listen without judging the young person or making guesses about "
                                "their family."
                            ),
                        },
                        {
                            "en": (
                                "Remember that the young person may still love their family, and "
                                "that is okay."
                            ),
                        },
                        {"en": "Do not contact the family or try to find out more yourself."},
                        {
                            "en": (
                                "Tell your facilitator, who can connect the young person with "
                                "people trained to keep them safe."
                            ),
                        },
                        {
                            "en": (
                                "Never collect evidence or write down details on your phone or on "
                                "this platform."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "In a made-up situation, why might it be very hard for a young person "
                            "to ask for help when the risk comes from someone close to them? What "
                            "could you say to show that you believe them and do not blame them?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: families and communities"},
        "intro": {
            "en": (
                "Seven questions about families, social protection, communities and risk close to "
                "home. If you do not pass the first time, you can try again."
            ),
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "single_choice",
                "question": {
                    "en": "When should families be involved in a young person's recovery?",
                },
                "explanation": {
                    "en": (
                        "Families should be involved as early as possible, where that is possible "
                        "and in the young person's best interests. Aftercare supports both the "
                        "young person and their family."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "As early as possible, where it is possible and in the young "
                                "person's best interests"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Early involvement helps, as long as it is safe and good for "
                                "the young person."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Only after recovery has finished"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Waiting until the end can leave families unprepared. Where it is "
                                "possible and good for the young person, families are involved "
                                "early."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Never, families should always be kept out"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Families are often an important part of recovery. The young "
                                "person's best interests decide how and when they are involved."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: counselling can help young people and their family members "
                        "feel ready before a legal process begins."
                    ),
                },
                "explanation": {
                    "en": (
                        "Counselling from the start can help both young people and their families "
                        "feel ready to begin the legal process."
                    ),
                },
                "answer": True,
                "feedback_true": {
                    "en": (
                        "Right. Counselling can help young people and families feel ready for the "
                        "legal steps ahead."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Not quite. Counselling can help young people and their families feel "
                        "ready before a legal process begins."
                    ),
                },
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these are common ways to prevent a child marriage? Choose all "
                        "that apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "Child marriages are mostly prevented by talking with the family, raising "
                        "awareness of public services, registering the family for social "
                        "protection and enrolling the children in school. Going to court is a last "
                        "resort."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Talking and negotiating with the family"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Talking things through is usually the first step.",
                        },
                    },
                    {
                        "text": {"en": "Registering the family for social protection"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Government support can ease the pressure on a family.",
                        },
                    },
                    {
                        "text": {"en": "Enrolling the children in school"},
                        "correct": True,
                        "feedback": {"en": "Yes. Staying in school helps keep children safe."},
                    },
                    {
                        "text": {"en": "Raising awareness of public services"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Many families do not know about the help they can get.",
                        },
                    },
                    {
                        "text": {"en": "Going to court as the very first step"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Court is usually the last resort, not the first step. Talking and "
                                "support come first."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "Campaigns against child marriage ask people to make a public promise to "
                        "end it in their community. What one word names this kind of promise?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Campaigns ask people to make a pledge to end child marriage in their "
                        "community. A pledge is a public promise."
                    ),
                },
                "answers": {"en": ["pledge", "a pledge", "pledges"]},
            },
            {
                "kind": "matching",
                "question": {"en": "Match each word to its meaning."},
                "explanation": {
                    "en": (
                        "These words help you talk with families and communities about the support "
                        "that exists."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Social protection"},
                        "match": {
                            "en": (
                                "Government help for families, such as money, loans or scholarships"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Aftercare"},
                        "match": {
                            "en": (
                                "Support for the young person and family that continues after "
                                "returning home"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Child marriage"},
                        "match": {"en": "A marriage where one person is under 18"},
                    },
                    {
                        "prompt": {"en": "Community forum"},
                        "match": {
                            "en": (
                                "A meeting where services and community members talk and plan "
                                "together"
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "Why does educating the whole community help young people who return home?"
                    ),
                },
                "explanation": {
                    "en": (
                        "When neighbours understand exploitation, and that it is never the young "
                        "person's fault, they judge young people and their families less. This "
                        "helps young people to be accepted back home."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "People who understand exploitation judge young people and "
                                "families less"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Understanding replaces blame, and that helps people feel "
                                "welcome."
                            ),
                        },
                    },
                    {
                        "text": {"en": "It means the young person's story can be shared widely"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Awareness work never needs anyone's real story. Privacy always "
                                "comes first."
                            ),
                        },
                    },
                    {
                        "text": {"en": "It makes the young person responsible for teaching others"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Young people can choose to take part, but it is never their job. "
                                "The whole community shares that responsibility."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: if harm comes from someone in a young person's own family, "
                        "the young person is partly to blame."
                    ),
                },
                "explanation": {
                    "en": (
                        "It is never the young person's fault, whoever caused the harm. Family "
                        "loyalty and the power gap between adults and children can make it very "
                        "hard to say no or to ask for help."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. A young person is never to blame for harm done to them, even "
                        "when it comes from their family."
                    ),
                },
                "feedback_false": {
                    "en": "Right. It is never the young person's fault, whoever caused the harm.",
                },
            },
        ],
    },
}
