"""Demo course, module 9: referral networks. English only."""

MODULE = {
    "slug": "referral-networks",
    "title": {"en": "Referral networks"},
    "summary": {
        "en": (
            "How different services work together, what community child protection committees do, "
            "and how to use a services directory safely."
        ),
    },
    "lessons": [
        {
            "slug": "working-together",
            "title": {"en": "Multidisciplinary teams"},
            "summary": {
                "en": (
                    "Why no single agency can meet every need, who works together in a team, and "
                    "how a peer paralegal helps with a referral."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A referral means connecting someone with the service they need, from "
                            "one helper to another. No single agency can meet every need a young "
                            "person has, and trying to do everything alone may not be in their "
                            "best interests. That is why services work together."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Who may be part of a multidisciplinary team"},
                    "points": [
                        {"en": "The police."},
                        {"en": "Social workers."},
                        {"en": "Doctors."},
                        {
                            "en": (
                                "Mental health professionals, such as counsellors and "
                                "psychologists."
                            ),
                        },
                        {"en": "Child protection agencies."},
                        {"en": "Lawyers and others who work in the justice system."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Your role as a peer paralegal is to know what help exists and to "
                            "connect people with it through your facilitator. You are not the "
                            "caseworker, the lawyer or the investigator. The young person's "
                            "privacy and consent still come first when a referral is made, so "
                            "share only what is needed."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "How a referral works for a peer paralegal"},
                    "points": [
                        {"en": "Listen calmly, and say that it is not their fault."},
                        {
                            "en": (
                                "Ask what they would like to happen and what they agree you may "
                                "share."
                            ),
                        },
                        {"en": "Tell your facilitator only what is needed."},
                        {"en": "Your facilitator connects them with a service that can help."},
                        {"en": "Keep being a steady, friendly presence."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Some governments have written guidance on referrals. For example, a "
                            "2014 report described guidelines from the government of the "
                            "Philippines on a referral system for the recovery and reintegration "
                            "of trafficked persons, including children. Check this with your "
                            "facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Imagine a made-up young person who needs a safe place to stay, health "
                            "care and legal help. Which members of a team would they need? Why is "
                            "it better for those people to work together than separately?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "community-committees",
            "title": {"en": "Community child protection committees"},
            "summary": {
                "en": (
                    "Who sits on community child protection committees, what they do, and the "
                    "problems that can stop them from working well."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "In many places, local people form child protection committees that "
                            "look out for children in their community. A 2014 regional report "
                            "named Cambodia as one of the countries where these committees exist. "
                            "Check this with your facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Who may sit on a committee"},
                    "points": [
                        {"en": "Local officials and the police."},
                        {"en": "Teachers and health workers."},
                        {"en": "Chiefs or elders."},
                        {"en": "Staff from community and faith organisations."},
                        {"en": "Parents and children."},
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What committees do"},
                    "points": [
                        {"en": "Promote children's rights in the community."},
                        {"en": "Keep watch over how children in the area are doing."},
                        {"en": "Refer cases to district authorities who can act."},
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Problems committees can face"},
                    "points": [
                        {"en": "They may fade away when money from donors ends."},
                        {"en": "They may not get advice from trained social workers."},
                        {"en": "Members may lose interest."},
                        {"en": "They may meet only now and then instead of regularly."},
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Is there a group in your community that looks out for children? If "
                            "you were a youth member of such a committee, what could you do to "
                            "help keep it active and useful?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "directories-and-gaps",
            "title": {"en": "Directories and gaps"},
            "summary": {
                "en": (
                    "How a services directory helps people find support, and the gaps that can "
                    "leave young people without help."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A services directory is a list of support services for children. It "
                            "works best when it is shared with the police, NGOs, schools and "
                            "public places, so that anyone can find help. On this platform, use "
                            "the resources section to find organisations in your country, and ask "
                            "your facilitator when you are not sure."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Using a directory well"},
                    "points": [
                        {"en": "Check that a service is still open before you suggest it."},
                        {
                            "en": (
                                "Check which languages it offers, so that the person can be "
                                "understood."
                            ),
                        },
                        {
                            "en": (
                                "Think about whether the person can reach it, including travel and "
                                "cost."
                            ),
                        },
                        {
                            "en": (
                                "Go through your facilitator, and share only what the person "
                                "agreed to share."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Unclear roles are dangerous. When it is not clear which agency is "
                            "responsible, no agency may take responsibility for a case, and then "
                            "no one can be held to account. A young person can fall through the "
                            "gap."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Distance is another gap. Government welfare services often reach no "
                            "further than the district level. Staff may be based in towns and have "
                            "no transport to follow up with families in rural areas. Language can "
                            "also stop young people from using hotlines."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What might stop a young person in your area from getting help, such "
                            "as distance, cost, language or not knowing where to go? What could "
                            "your group do about one of these gaps?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: referral networks"},
        "intro": {
            "en": (
                "Six questions about teams, community committees, referrals and directories. If "
                "you do not pass the first time, you can try again."
            ),
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "matching",
                "question": {"en": "Match each team member to one way they can help."},
                "explanation": {
                    "en": (
                        "Each member of a multidisciplinary team brings different skills. Together "
                        "they can meet needs that no single agency could meet alone."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Police"},
                        "match": {"en": "Investigate and protect people from further harm"},
                    },
                    {
                        "prompt": {"en": "Social worker"},
                        "match": {
                            "en": "Help the young person and family get support and stay safe",
                        },
                    },
                    {"prompt": {"en": "Doctor"}, "match": {"en": "Look after physical health"}},
                    {
                        "prompt": {"en": "Counsellor"},
                        "match": {"en": "Support mental health and feelings"},
                    },
                    {
                        "prompt": {"en": "Lawyer"},
                        "match": {"en": "Give legal advice and help with a court case"},
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: it is best for one agency to do everything for a young "
                        "person."
                    ),
                },
                "explanation": {
                    "en": (
                        "No single agency can meet every need, and trying to may not be in the "
                        "young person's best interests. That is why police, social workers, "
                        "doctors, mental health professionals, child protection agencies and "
                        "lawyers work together."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. One agency cannot meet every need. Different services working "
                        "together can do much more."
                    ),
                },
                "feedback_false": {
                    "en": "Right. Services work best together, each bringing their own skills.",
                },
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Who may sit on a community child protection committee? Choose all that "
                        "apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "Committees can include local officials, the police, teachers, health "
                        "workers, chiefs or elders, staff from community and faith organisations, "
                        "parents and children. They are made up of people from the community "
                        "itself."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Local officials"},
                        "correct": True,
                        "feedback": {"en": "Yes. Local officials often take part."},
                    },
                    {
                        "text": {"en": "Teachers"},
                        "correct": True,
                        "feedback": {"en": "Yes. Teachers see children every day and can help."},
                    },
                    {
                        "text": {"en": "Parents and children"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Children's own voices belong on these committees too.",
                        },
                    },
                    {
                        "text": {"en": "Chiefs or elders"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Respected community leaders can help the committee be heard."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Only people from outside the community"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "These committees are built from people in the community itself, "
                                "such as officials, teachers, elders, parents and children."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {"en": "Why can unclear roles between agencies be dangerous?"},
                "explanation": {
                    "en": (
                        "When roles are unclear, no agency may take responsibility for a case, so "
                        "no one can be held to account. A young person can fall through the gap."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "No agency may take responsibility, so no one can be held to "
                                "account"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Clear roles make sure someone is responsible for helping.",
                        },
                    },
                    {
                        "text": {"en": "Too many agencies will help at the same time"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Working together is good when roles are clear. The real danger is "
                                "that nobody takes responsibility."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Young people will get too much support"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "The risk is the opposite: without clear roles, a young person may "
                                "get no support at all."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "ordering",
                "question": {
                    "en": "A friend tells you they need help. Put these steps in a good order.",
                },
                "explanation": {
                    "en": (
                        "First listen calmly and without blame. Then ask what they want and what "
                        "they agree you may share. Tell your facilitator only what is needed, so "
                        "that they can connect your friend with a service. Afterwards, keep being "
                        "a steady, friendly presence."
                    ),
                },
                "items": [
                    {"en": "Listen calmly and say it is not their fault"},
                    {"en": "Ask what they would like to happen and what you may share"},
                    {"en": "Tell your facilitator only what is needed"},
                    {"en": "Your facilitator connects them with a service"},
                    {"en": "Keep being a steady, friendly presence"},
                ],
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "What word means connecting someone with the service they need, from one "
                        "helper to another?"
                    ),
                },
                "explanation": {
                    "en": (
                        "A referral connects someone with the service they need. As a peer "
                        "paralegal, you help with referrals through your facilitator."
                    ),
                },
                "answers": {"en": ["referral", "a referral", "referrals", "referring", "refer"]},
            },
        ],
    },
}
