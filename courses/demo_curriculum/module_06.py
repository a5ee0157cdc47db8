"""Demo course, module 6: recovery and reintegration services. English only."""

MODULE = {
    "slug": "care-and-support",
    "title": {"en": "Recovery and reintegration services"},
    "summary": {
        "en": (
            "What a full system of care includes, why each young person needs their own plan, and "
            "why support must last as long as it is needed."
        ),
    },
    "lessons": [
        {
            "slug": "what-care-includes",
            "title": {"en": "What a full care system includes"},
            "summary": {
                "en": (
                    "The many kinds of help a young person may need to recover, and how help that "
                    "is needed straight away differs from help that is needed over a longer time."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Recovery means healing in body and mind. Reintegration means "
                            "returning safely to family, school and community life. No single "
                            "service can do all of this on its own. A good care system offers many "
                            "kinds of help, and each young person uses the ones that fit them."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Protection services a young person may need"},
                    "points": [
                        {"en": "A safe place to stay, such as a shelter."},
                        {"en": "Confidentiality: their information is kept private."},
                        {
                            "en": (
                                "Health care, including doctors, dentists and mental health "
                                "support."
                            ),
                        },
                        {"en": "Support with drug or alcohol use, if it is needed."},
                        {"en": "Help and support for their family."},
                        {"en": "Education, and childcare for young parents."},
                        {"en": "Legal help."},
                        {"en": "Spiritual support, if they want it."},
                        {"en": "Life skills, job training and ways to earn a living."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Some help is needed straight away and some is needed over a longer "
                            "time. Immediate support includes medical and psychological care, a "
                            "safe place to stay and legal help. Long-term support includes "
                            "returning to family or community, going back to school and finding a "
                            "way to earn an income."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Drop-in centres are an important part of the system. They are meant "
                            "to be easy to walk into, and the best ones are open day and night. "
                            "Young people can rest, sleep, wash and eat there, get help, and get "
                            "support to go back to school."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Think about a made-up young person who has just found a safe place to "
                            "stay. Which kinds of help might they need in the first week? Which "
                            "might matter more after a year? Why could the answers be different "
                            "for different people?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "a-plan-for-each-person",
            "title": {"en": "Each young person needs their own plan"},
            "summary": {
                "en": (
                    "Why recovery plans are made for one person at a time, what they take into "
                    "account, and who helps to make them."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "There is no single recovery plan that works for everyone. Each plan "
                            "is made for one person, with their best interests considered at every "
                            "step. It is checked and updated regularly as their needs change."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What a good plan takes into account"},
                    "points": [
                        {"en": "How long the harm went on."},
                        {"en": "How deeply the young person has been affected."},
                        {"en": "Their family situation and relationships."},
                        {"en": "Their age."},
                        {"en": "Their gender and sexual orientation."},
                        {"en": "Their culture and religion."},
                        {"en": "How comfortable they are with reading and writing."},
                        {"en": "Their health needs."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A multidisciplinary assessment team works out what the young person "
                            "needs. This means people with different skills, such as social "
                            "workers, counsellors, doctors and lawyers, working together. The team "
                            "keeps reviewing the plan instead of writing it once and putting it "
                            "away."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The young person is at the centre of their own plan. They have the "
                            "right to be told what is happening in words they understand, to give "
                            "their views, and to have those views taken seriously. A plan can be "
                            "changed or paused when they ask."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why might two young people of the same age need very different plans? "
                            "What could a peer paralegal do to help someone's views be heard when "
                            "their plan is being made?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "services-in-our-countries",
            "title": {"en": "Services in our three countries"},
            "summary": {
                "en": (
                    "Examples of recovery services that reports described in Cambodia, the "
                    "Philippines and Viet Nam, and how to find out what exists today."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The examples in this lesson come from a regional report published in "
                            "2014. Services, names and rules may be different now. Check this with "
                            "your facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "The Philippines (as reported in 2014)"},
                    "points": [
                        {
                            "en": (
                                "Immediate help: medical and psychological care, temporary shelter "
                                "and legal help."
                            ),
                        },
                        {
                            "en": (
                                "Longer-term help: support to return to school and family, and "
                                "financial help."
                            ),
                        },
                        {
                            "en": (
                                "The Child Protection Unit of the Philippine General Hospital "
                                "offered a child-sensitive interview, a medical check by a "
                                "specialist, mental health screening and home visits."
                            ),
                        },
                        {
                            "en": (
                                "After that, the unit offered counselling, art therapy or other "
                                "therapy, school support, help with earning a living, and a place "
                                "to stay when needed."
                            ),
                        },
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
                    "heading": {"en": "Viet Nam (as reported in 2014)"},
                    "points": [
                        {"en": "Recovery facilities near the borders with China and Cambodia."},
                        {"en": "Recovery centres in major cities."},
                        {
                            "en": (
                                "Counselling centres in several provinces, giving legal and "
                                "psychological guidance."
                            ),
                        },
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
                    "heading": {"en": "Cambodia (as reported in 2014)"},
                    "points": [
                        {
                            "en": (
                                "Government temporary shelters for children who had been sexually "
                                "exploited."
                            ),
                        },
                        {
                            "en": (
                                "A government hotline, open day and night, telling people where "
                                "children can get help."
                            ),
                        },
                        {
                            "en": (
                                "Check this with your facilitator: the information may have "
                                "changed."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Use the resources section of this platform and ask your facilitator "
                            "to find out which services exist in your area today. Never promise "
                            "someone a service until you have checked that it is still running and "
                            "safe."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Which services do you already know about in your own area? How could "
                            "your group check that a service is still open and safe before anyone "
                            "mentions it to a friend?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "support-over-time",
            "title": {"en": "Aftercare takes a long time"},
            "summary": {
                "en": (
                    "Recovery often takes more than a year. Why support must last as long as it is "
                    "needed, and why the door should always stay open."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Recovery does not end when a young person goes home. It often takes "
                            "far longer than weeks or months, and it can take more than a year. "
                            "Aftercare means support that continues after someone goes home, for "
                            "as long as they need it. Good aftercare often decides whether a young "
                            "person can stay safe from being exploited again."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Healing is rarely a straight line. Many survivors need a long time "
                            "before they feel ready to take part in recovery, and some have "
                            "setbacks along the way. This is normal and it is nobody's fault. "
                            "Services should keep the door open so that a young person can come "
                            "back whenever they are ready."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What an inquiry in England recommended"},
                    "points": [
                        {"en": "Do not offer only short-term help."},
                        {"en": "Do not close a young person's case too early."},
                        {"en": "Keep trusted relationships going for the long term."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Short projects can leave gaps. When the money for a project ends, a "
                            "service may stop even though people still need it. As a peer "
                            "paralegal you can help by being a steady, friendly presence, and by "
                            "reminding people that it is never too late to ask for help again."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why might someone step away from support and then want to come back "
                            "later? How can a peer paralegal make it easy for them to return, "
                            "without pressure or blame?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: recovery and reintegration services"},
        "intro": {
            "en": (
                "Six questions about care services, recovery plans and aftercare. Take your time. "
                "If you do not pass the first time, you can try again."
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
                        "Which of these are protection services a young person may need during "
                        "recovery? Choose all that apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "A full care system offers many services, including shelter, "
                        "confidentiality, health care, support with drugs or alcohol, family "
                        "support, education, childcare, legal help, spiritual support, life skills "
                        "and job training. Each young person uses the ones that fit them. Nobody "
                        "should ever be asked to tell their story in public."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "A safe place to stay"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. A safe place to stay is often one of the first things a "
                                "young person needs."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Health care, including mental health care"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Care for the body and the mind are both part of recovery.",
                        },
                    },
                    {
                        "text": {"en": "Going back to school"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Education helps young people build the future they want.",
                        },
                    },
                    {
                        "text": {"en": "Legal help"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Legal help is part of the support a young person may need, "
                                "especially early on."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Being asked to tell their story in public"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "This one is not a service. Keeping a young person's information "
                                "private is what protects them, so nobody should ask them to tell "
                                "their story in public."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Job training and ways to earn a living"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Being able to earn an income is an important part of "
                                "long-term recovery."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {"en": "Should every young person get the same recovery plan?"},
                "explanation": {
                    "en": (
                        "Each recovery plan is made for one person and updated regularly. It looks "
                        "at many things, such as age, health, family, culture and how long the "
                        "harm went on, so two people can need very different plans."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Yes, so that everyone is treated fairly"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Fairness matters a lot. But being fair means meeting each "
                                "person's own needs, and one plan cannot fit everyone."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "No, each plan is made for one person and updated regularly",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "That's right. A plan fits one person and changes as their needs "
                                "change."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Only if they are the same age"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Age is one thing a plan looks at, but so are health, family, "
                                "culture and more. Two people of the same age can need very "
                                "different plans."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "matching",
                "question": {"en": "Match each word to its meaning."},
                "explanation": {
                    "en": (
                        "These words come up often in recovery work. Knowing them helps you "
                        "explain services to friends in simple language."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Aftercare"},
                        "match": {
                            "en": (
                                "Support that continues after going home, for as long as it is "
                                "needed"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Drop-in centre"},
                        "match": {
                            "en": "A place you can walk into to rest, wash, eat and get help",
                        },
                    },
                    {
                        "prompt": {"en": "Multidisciplinary team"},
                        "match": {
                            "en": (
                                "People with different skills working together for one young person"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Reintegration"},
                        "match": {"en": "Returning safely to family, school and community life"},
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: recovery usually finishes within a few weeks, so aftercare "
                        "can stop after that."
                    ),
                },
                "explanation": {
                    "en": (
                        "Recovery often takes far longer than weeks or months, and it can take "
                        "more than a year. Aftercare should last for as long as the young person "
                        "needs it."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. Recovery often takes much longer than a few weeks, sometimes "
                        "more than a year, so aftercare should not stop early."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Well done. Recovery can take more than a year, and aftercare should last "
                        "as long as it is needed."
                    ),
                },
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "What one word means support that continues after a young person goes "
                        "home, for as long as they need it?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Aftercare is support that continues after a young person goes home. It "
                        "should last as long as it is needed, and it often helps a young person "
                        "stay safe."
                    ),
                },
                "answers": {"en": ["aftercare", "after care", "after-care"]},
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "Why should services keep the door open for young people who step away "
                        "from support?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Many survivors take a long time before they feel ready to take part in "
                        "recovery, and some have setbacks. Keeping the door open means they can "
                        "always come back, without blame."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Because many survivors need a long time before they feel ready, "
                                "and some have setbacks"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Healing is rarely a straight line, and it is never too late "
                                "to come back."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Because young people should be made to come back"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Support works best when it is a free choice. The door stays open "
                                "so people can return when they are ready, not because they are "
                                "forced."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": "Because services need to close cases as quickly as possible",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "It is the other way round. Closing cases too early is one of the "
                                "things that an inquiry warned against."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
