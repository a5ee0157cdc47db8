"""Demo course, module 8: peer support skills. English only."""

MODULE = {
    "slug": "peer-support",
    "title": {"en": "Peer support skills"},
    "summary": {
        "en": (
            "How to build trust, what youth-led groups in the region have shown, and how young "
            "people can take part in a way that really counts."
        ),
    },
    "lessons": [
        {
            "slug": "building-trust",
            "title": {"en": "Building trust"},
            "summary": {
                "en": (
                    "How trust grows through small choices, and the values that guide every "
                    "conversation: respect, dignity, compassion and no judgement."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Trust is at the heart of peer support. Many young people who have "
                            "been harmed have learned that adults and systems can let them down. "
                            "Trust takes time, and it grows when people feel safe, respected and "
                            "in control of their own choices."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "One organisation, Sanlaap, began building trust with young people who "
                            "had just arrived through small everyday choices, such as what to eat "
                            "or which activity to do. When those small choices were respected, "
                            "young people began, over time, to take part in bigger decisions about "
                            "their own lives."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Values for every conversation"},
                    "points": [
                        {"en": "Respect: treat the person as the expert on their own life."},
                        {"en": "Dignity: protect their privacy and never make them feel small."},
                        {"en": "Compassion: show that you care about how they feel."},
                        {
                            "en": (
                                "No judgement: never blame them for what happened or for how they "
                                "coped."
                            ),
                        },
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Listening well as a peer"},
                    "points": [
                        {"en": "Listen more than you talk, and let silences happen."},
                        {"en": "Believe them, and tell them it is not their fault."},
                        {
                            "en": (
                                "Do not ask for details of what happened. You do not need them in "
                                "order to help."
                            ),
                        },
                        {
                            "en": (
                                "Let them choose what happens next, and be honest about what you "
                                "can and cannot do."
                            ),
                        },
                        {
                            "en": (
                                "Tell your facilitator when someone needs more help than you can "
                                "give."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Think of a time someone made you feel truly listened to. What did "
                            "they do or say? Which of those things could you do as a peer "
                            "supporter?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "peer-models",
            "title": {"en": "Peer models from the region"},
            "summary": {
                "en": (
                    "How youth groups in the region have trained young people, including "
                    "survivors, as peer leaders and supporters."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Young people have led peer work in the region for many years. Knowing "
                            "about these groups shows that what you are learning to do has been "
                            "done before, and that it can make a real difference."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "Youth theatre groups in the Philippines (as reported in 2014)",
                    },
                    "points": [
                        {
                            "en": (
                                "Two youth groups linked to ECPAT Philippines, Teatro Divino and "
                                "Sali Ka Bata, had members aged 11 to 25, including survivors."
                            ),
                        },
                        {
                            "en": (
                                "Members trained as peer leaders and used theatre to raise "
                                "awareness."
                            ),
                        },
                        {"en": "From 2013 they focused on staying safe on the internet."},
                        {
                            "en": (
                                "Check this with your facilitator: the information may have "
                                "changed."
                            ),
                        },
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "The Youth Partnership Project (2009 to 2011)"},
                    "points": [
                        {"en": "An ECPAT programme in Cambodia, Laos, Thailand and Viet Nam."},
                        {
                            "en": (
                                "It trained young people at risk, and survivors, to speak up for "
                                "their own rights."
                            ),
                        },
                        {
                            "en": (
                                "A follow-up in Thailand involved 48 Peer Supporters, 12 of whom "
                                "were survivors."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Taking part helps survivors themselves. Young people in these "
                            "programmes built leadership skills, confidence and a sense of their "
                            "own power. Their experience also helped make sure that the way "
                            "services respond matches what young people really live through."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "If your group made a short play or poster to help other young people "
                            "stay safe online, what message would you choose? How would you make "
                            "sure that no one's real story is shared?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "taking-part-well",
            "title": {"en": "Participation done well"},
            "summary": {
                "en": (
                    "Common mistakes in youth participation, and how child-led clubs and trusted "
                    "advocates help young people's voices count."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Participation is your right to give your views on decisions that "
                            "affect you and to have them taken seriously. Too often, participation "
                            "is done badly, and young people are asked for their views only for "
                            "show."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Common problems with participation"},
                    "points": [
                        {"en": "Adults lead everything, and young people only follow."},
                        {
                            "en": (
                                "It is tokenistic: young people are invited to look good, but "
                                "their views change nothing."
                            ),
                        },
                        {"en": "It is a one-off event with no follow-up."},
                        {
                            "en": (
                                "Only children who are already well educated take part, while "
                                "survivors, children living on the street and minorities are left "
                                "out."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "FLiP Clubs show another way. Children choose representatives who meet "
                            "about twice a month and bring problems to trained Child Rights "
                            "Facilitators. The facilitators then act, for example by making a "
                            "complaint to the police or referring a child to a service. Children "
                            "speak up, and trained adults act."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "An independent advocate is a trusted adult who speaks up for a child. "
                            "Because the child trusts them, the child often speaks more freely. "
                            "The advocate holds care providers to account and links lawyers, "
                            "social workers, the police and NGOs, so that everyone works together "
                            "for the child."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Think about a group or meeting you have been part of. Did young "
                            "people's views really change anything? What is one change that would "
                            "make participation in your paralegal group more real?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: peer support skills"},
        "intro": {
            "en": (
                "Seven questions about building trust, peer models and participation. If you do "
                "not pass the first time, you can try again."
            ),
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "How did Sanlaap begin building trust with young people who had just "
                        "arrived?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Sanlaap started with small everyday choices, such as what to eat or what "
                        "to do. Respecting those choices built trust, which later led to bigger "
                        "involvement."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "By offering small everyday choices, like what to eat or what to do"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Small choices that are respected help people feel safe and "
                                "in control."
                            ),
                        },
                    },
                    {
                        "text": {"en": "By asking them to tell their whole story on the first day"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Asking for someone's story too early can feel unsafe. Trust "
                                "starts with small, safe choices."
                            ),
                        },
                    },
                    {
                        "text": {"en": "By making every decision for them until they were older"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Deciding everything for someone can make them feel powerless. "
                                "Young people have the right to take part in decisions about their "
                                "lives."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these should guide every peer support conversation? Choose all "
                        "that apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "Respect, dignity and compassion guide every conversation, and support "
                        "must be free of judgement. Pressing for details is never needed to help "
                        "someone."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Respect"},
                        "correct": True,
                        "feedback": {"en": "Yes. The person is the expert on their own life."},
                    },
                    {
                        "text": {"en": "Dignity"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Protecting someone's privacy and worth is part of dignity.",
                        },
                    },
                    {
                        "text": {"en": "Compassion"},
                        "correct": True,
                        "feedback": {"en": "Yes. Showing that you care helps people feel safe."},
                    },
                    {
                        "text": {"en": "Judging what they did"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Support must be free of judgement. People open up when they know "
                                "they will not be blamed."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Asking for every detail of what happened"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "You do not need details to help. Pressing for them can cause more "
                                "hurt, so let the person share only what they choose."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "question": {"en": "Put these steps in the order that helps trust grow."},
                "explanation": {
                    "en": (
                        "Trust is built step by step. It starts with small everyday choices that "
                        "are respected, grows over time, and leads to the young person taking part "
                        "in bigger decisions about their own life."
                    ),
                },
                "items": [
                    {"en": "Offer small everyday choices, such as what to eat"},
                    {"en": "Respect the choices the young person makes"},
                    {"en": "Trust grows over time"},
                    {"en": "The young person takes part in bigger decisions about their own plan"},
                ],
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": "Fill in the missing word: good support is given with no ______.",
                },
                "explanation": {
                    "en": (
                        "Support must be free of judgement. When people know they will not be "
                        "judged or blamed, they feel safer to ask for help."
                    ),
                },
                "answers": {
                    "en": ["judgement", "judgment", "judgements", "judgments", "judging", "blame"],
                },
            },
            {
                "kind": "matching",
                "question": {"en": "Match each group or idea to what it does."},
                "explanation": {
                    "en": (
                        "Each of these shows young people's voices making a difference. The facts "
                        "about the youth groups come from 2014 reports. Check this with your "
                        "facilitator: the information may have changed."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Teatro Divino and Sali Ka Bata"},
                        "match": {"en": "Youth groups that use theatre to raise awareness"},
                    },
                    {
                        "prompt": {"en": "Youth Partnership Project"},
                        "match": {"en": "Trained young people to speak up for their own rights"},
                    },
                    {
                        "prompt": {"en": "FLiP Clubs"},
                        "match": {
                            "en": "Child representatives bring problems to trained facilitators",
                        },
                    },
                    {
                        "prompt": {"en": "Independent advocate"},
                        "match": {"en": "A trusted adult who speaks up for a child"},
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: youth participation works best as a single event led by "
                        "adults."
                    ),
                },
                "explanation": {
                    "en": (
                        "Common failures in participation are being led by adults, being "
                        "tokenistic or being a one-off event. Real participation is ongoing, "
                        "includes children who are often left out, and lets young people's views "
                        "change things."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. One-off, adult-led events are common mistakes. Real "
                        "participation continues over time and lets young people's views change "
                        "things."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Well done. Participation works best when it is ongoing and young people's "
                        "views really count."
                    ),
                },
            },
            {
                "kind": "single_choice",
                "question": {"en": "Why can an independent advocate help a young person?"},
                "explanation": {
                    "en": (
                        "A young person trusts their advocate and speaks more freely. The advocate "
                        "holds care providers to account and links lawyers, social workers, the "
                        "police and NGOs."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "The young person trusts them, and the advocate links the people "
                                "who help"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Trust helps the young person speak freely, and the advocate "
                                "helps everyone work together."
                            ),
                        },
                    },
                    {
                        "text": {"en": "The advocate makes every decision for the young person"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "An advocate speaks up for the young person's own views. They do "
                                "not take the young person's choices away."
                            ),
                        },
                    },
                    {
                        "text": {"en": "The advocate replaces lawyers and social workers"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "An advocate works alongside lawyers and social workers and links "
                                "them together. They do not replace them."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
