"""Demo curriculum, module 3: reporting and getting help (English only)."""

MODULE = {
    "slug": "reporting-and-getting-help",
    "title": {"en": "Reporting and getting help"},
    "summary": {
        "en": (
            "How children who are being harmed are found, how helplines and the police can help, "
            "and why many children and families stay silent."
        ),
    },
    "lessons": [
        {
            "slug": "how-children-are-found",
            "title": {"en": "How children who need help are found"},
            "summary": {
                "en": (
                    "The different ways that children who are being harmed come to the attention "
                    "of people who can help, and what happens when this fails."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Before a child can get help, someone has to recognise that the child "
                            "is being harmed. This is called identification. It can happen in "
                            "several ways."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Ways children are identified"},
                    "points": [
                        {"en": "Self-referral: the child asks for help themselves."},
                        {"en": "Helplines that are open 24 hours a day."},
                        {
                            "en": (
                                "Medical screening: a health worker notices signs during a "
                                "check-up."
                            ),
                        },
                        {
                            "en": (
                                "Outreach: helpers go to where children are, such as streets or "
                                "internet cafés."
                            ),
                        },
                        {
                            "en": (
                                "Police operations that find children in places where they are "
                                "exploited."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A child without a birth registration has no official papers or legal "
                            "identity. This can make the child harder to identify and may stop "
                            "them from getting care. Having their birth registered is every "
                            "child's right."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "When identification fails, a child stays in a harmful situation, "
                            "cannot get the help they are entitled to, and may be trafficked "
                            "again. That is why paralegals learn to notice when a peer may need "
                            "help, and to pass it on to the right people."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Outreach workers go to where young people are. Where do young people "
                            "in your community spend time, and who could reach them there safely?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "helplines",
            "title": {"en": "Hotlines and helplines"},
            "summary": {
                "en": "What a good child helpline does, and what can stop children from using one.",
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A helpline is a phone line that children, families or anyone worried "
                            "about a child can call for advice or to report harm. You can find the "
                            "helplines for your country in this platform's directory of services. "
                            "Numbers can change, so always use the directory rather than a number "
                            "someone wrote down long ago."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "A good child helpline"},
                    "points": [
                        {"en": "Is open 24 hours a day."},
                        {"en": "Keeps what callers say confidential."},
                        {
                            "en": (
                                "Has its number on public signs, written in every language the "
                                "line offers."
                            ),
                        },
                        {
                            "en": (
                                "Has staff trained to help children who have been sexually "
                                "exploited."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "As reported in 2014, the government of Cambodia ran a 24-hour hotline "
                            "that told the public where children could get help and passed cases "
                            "on to services. Check this with your facilitator: the information may "
                            "have changed."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The same 2014 overview found problems with helplines in the region: "
                            "staff not trained for cases of sexual exploitation, language "
                            "barriers, and children not knowing that the lines existed. Paralegals "
                            "can help by making sure their peers know where to find help."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "If you were designing a poster about a helpline for young people in "
                            "your community, what would it say, and in which languages?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "police-and-authorities",
            "title": {"en": "Reporting to the police"},
            "summary": {
                "en": (
                    "Specialised police in the region, campaigns that ask everyone to report, and "
                    "how to support a peer who wants to report."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Reporting to the police can start a criminal case. Some police units "
                            "are specially trained to work with children. A child does not have to "
                            "report alone: a trusted adult, a social worker or a lawyer can go "
                            "with them."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "As reported in 2014, Cambodia had a specialised police department "
                            "called the Anti-Human Trafficking and Juvenile Protection Department. "
                            "At that time, Viet Nam had no central child protection police unit, "
                            "and only a few officers in some regions had been trained. Check this "
                            "with your facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Reporting is not only for children. A campaign by ASEAN and the "
                            "organisation Child Wise asked tourists and local people to report "
                            "suspected sexual exploitation of children to the authorities, with "
                            "the slogan “Don't turn away. Turn them in.”"
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "If a peer tells you something worrying"},
                    "points": [
                        {"en": "Listen calmly, and thank them for telling you."},
                        {
                            "en": (
                                "If they are in danger now, tell your facilitator or another "
                                "trusted adult straight away."
                            ),
                        },
                        {"en": "Help them find the right service in the directory."},
                        {
                            "en": (
                                "Be honest: do not promise to keep a secret, and do not promise "
                                "what will happen next."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What might help a young person feel safer about going to the police? "
                            "What could a paralegal do to help?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "why-people-stay-silent",
            "title": {"en": "Why children and families stay silent"},
            "summary": {
                "en": (
                    "The fears and barriers that stop people from reporting, and how paralegals "
                    "can help to break the silence."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Many survivors and families never report what happened. Two common "
                            "reasons are fear of stigma, which means unfair shame or judgement "
                            "from other people, and a lack of protection. Many people also simply "
                            "do not know how to report."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Some offenders move to remote places, where people know less about "
                            "abuse and a culture of silence keeps children and families quiet."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "When adults misunderstand exploitation, complaints can be ignored or "
                            "dropped, and teenagers may be disbelieved or blamed. This is wrong. "
                            "Every child deserves to be believed, listened to and protected."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "How paralegals can help to break the silence"},
                    "points": [
                        {"en": "Share clear information about rights and about where to get help."},
                        {"en": "Listen without judging."},
                        {"en": "Use words that never blame the child."},
                        {
                            "en": (
                                "Respect privacy: never share someone's story without their "
                                "permission."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What would help young people in your community feel able to speak up? "
                            "Think about people, places and words."
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: reporting and getting help"},
        "intro": {
            "en": (
                "Each time you take this quiz you get five questions, chosen from a larger set. "
                "Take your time. When you finish, you will see why each answer is right."
            ),
        },
        "questions_per_attempt": 5,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these are ways that children who are being harmed can be "
                        "identified? Choose all that are right."
                    ),
                },
                "explanation": {
                    "en": (
                        "Children can be identified through self-referral, helplines, medical "
                        "screening, outreach and police operations. The earlier a child is "
                        "identified, the sooner they can get help."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "The child asks for help themselves"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. This is called self-referral. It takes courage, and it "
                                "should always be taken seriously."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Someone calls a helpline"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Helplines are there for children and for worried adults, day "
                                "and night."
                            ),
                        },
                    },
                    {
                        "text": {"en": "A health worker notices signs during a check-up"},
                        "correct": True,
                        "feedback": {"en": "Yes. This is called medical screening."},
                    },
                    {
                        "text": {"en": "Outreach workers meet children where they are"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Outreach brings help to streets, internet cafés and other "
                                "places young people go."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Waiting until the child turns 18"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Help should come as early as possible. Waiting leaves "
                                "a child in danger."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "Why can a missing birth registration make it harder for a child to get "
                        "help?"
                    ),
                },
                "explanation": {
                    "en": (
                        "A child with no birth registration has no official papers or legal "
                        "identity. This can make the child harder to identify and may keep them "
                        "from care they are entitled to."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Without papers or a legal identity, a child is harder to identify "
                                "and may not get care"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. That is one reason why having their birth registered is "
                                "every child's right."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Children without papers have no rights"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Every child has rights, with or without papers. "
                                "Missing papers only make help harder to reach."
                            ),
                        },
                    },
                    {
                        "text": {"en": "It makes no difference at all"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. A child with no papers can find it harder to be "
                                "identified and to get care."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these should a good child helpline have? Choose all that are "
                        "right."
                    ),
                },
                "explanation": {
                    "en": (
                        "A good child helpline is open 24 hours, is confidential, and shows its "
                        "number on public signs in every language it offers. Its staff should be "
                        "trained for cases of sexual exploitation."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "It is open 24 hours a day"},
                        "correct": True,
                        "feedback": {"en": "Yes. Children may need help at any time."},
                    },
                    {
                        "text": {"en": "It keeps what callers say confidential"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Children need to know that what they say will be kept "
                                "private."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Its number is on public signs in every language it offers"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Children can only call a line they know about and can "
                                "understand."
                            ),
                        },
                    },
                    {
                        "text": {"en": "It only answers calls in one language"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Language barriers stop children from calling. A "
                                "helpline should work in every language it offers."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Callers must give their full name before they get any help",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. A good helpline listens first. Asking for a full name "
                                "straight away can scare children off."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "matching",
                "question": {
                    "en": "Match each way of finding children who need help with what it means.",
                },
                "explanation": {
                    "en": (
                        "There is more than one door to help. Knowing them all means you can tell "
                        "a peer about the one that feels safest for them."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Self-referral"},
                        "match": {"en": "The child asks for help themselves"},
                    },
                    {
                        "prompt": {"en": "Outreach"},
                        "match": {"en": "Helpers go to places where young people spend time"},
                    },
                    {
                        "prompt": {"en": "Medical screening"},
                        "match": {"en": "A health worker notices signs during a check-up"},
                    },
                    {
                        "prompt": {"en": "Helpline"},
                        "match": {
                            "en": "A phone line where anyone can ask for help or report harm",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: fear of stigma is one reason why survivors and families do "
                        "not report."
                    ),
                },
                "explanation": {
                    "en": (
                        "Survivors and families often do not report because they fear stigma and "
                        "lack protection. Many also do not know how to report."
                    ),
                },
                "answer": True,
                "feedback_true": {
                    "en": (
                        "Right. Unfair shame and judgement from others keep many people silent. "
                        "Kind support that does not judge can help."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Not quite. Fear of stigma, meaning unfair shame or judgement from others, "
                        "is one of the main reasons people stay silent."
                    ),
                },
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "Finish the slogan of the ASEAN and Child Wise campaign: “Don't turn away. "
                        "Turn them …”. Write the missing word."
                    ),
                },
                "explanation": {
                    "en": (
                        "The campaign asked tourists and local people to report suspected sexual "
                        "exploitation of children to the authorities, with the slogan “Don't turn "
                        "away. Turn them in.”"
                    ),
                },
                "answers": {
                    "en": [
                        "in",
                        "in.",
                        "turn them in",
                        "turn them in.",
                        "Don't turn away. Turn them in.",
                    ],
                },
            },
            {
                "kind": "ordering",
                "question": {
                    "en": (
                        "Put these steps in order, from the moment someone notices that a child "
                        "may need help to the moment the child gets support."
                    ),
                },
                "explanation": {
                    "en": (
                        "A helpline tells people where a child can get help and passes the case on "
                        "to the right service. The sooner the first step is taken, the sooner the "
                        "child gets support."
                    ),
                },
                "items": [
                    {"en": "Someone notices that a child may be in danger"},
                    {"en": "They contact a helpline or another trusted service"},
                    {"en": "The service refers the child to the help they need"},
                    {"en": "The child receives care and support"},
                ],
            },
            {
                "kind": "single_choice",
                "question": {"en": "What can go wrong when adults misunderstand exploitation?"},
                "explanation": {
                    "en": (
                        "When adults misunderstand exploitation, complaints may be ignored or "
                        "dropped, and teenagers may be disbelieved or blamed. Every child deserves "
                        "to be believed and protected."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Complaints are ignored or dropped, and teenagers are disbelieved "
                                "or blamed"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. This is why training adults and sharing clear information "
                                "matter so much."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Nothing: adults always know what to do"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Adults can make mistakes when they misunderstand "
                                "exploitation, and children are the ones who suffer."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Children get help faster"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Misunderstanding usually slows help down or stops it."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
