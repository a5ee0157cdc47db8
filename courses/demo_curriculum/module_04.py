"""Demo curriculum, module 4: cases, evidence and case files (English only)."""

MODULE = {
    "slug": "cases-and-courts",
    "title": {"en": "Cases, evidence and case files"},
    "summary": {
        "en": (
            "How a legal case moves forward, who handles evidence, how courts can protect "
            "children, and why children who were exploited must never be punished."
        ),
    },
    "lessons": [
        {
            "slug": "legal-process",
            "title": {"en": "The legal process step by step"},
            "summary": {
                "en": (
                    "The main stages of a criminal case, and what a lawyer can do for a child and "
                    "their family."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about legal cases about children who were harmed, without "
                    "details. Take a break whenever you need to, and talk to your facilitator if "
                    "anything upsets you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "This module is about what paralegals need to know, not what they do. "
                            "Lawyers, police and social workers handle cases. Your role is to help "
                            "your peers understand the process, know their rights and find the "
                            "right professional."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "The main stages that legal support helps with"},
                    "points": [
                        {"en": "The police register the case."},
                        {"en": "The suspect is arrested."},
                        {"en": "The case is seen through to trial in court."},
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What a legal counsel (a lawyer) can do"},
                    "points": [
                        {"en": "Explain the process to the child and family."},
                        {"en": "File the case."},
                        {
                            "en": (
                                "Argue against bail, so that a suspect is not let out while "
                                "waiting for trial."
                            ),
                        },
                        {"en": "Register the child for compensation."},
                        {"en": "Represent the child in court."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "In one model of good practice, from the organisation Just Rights for "
                            "Children, survivors and their families get this legal support free of "
                            "charge from start to finish. Ask your facilitator what free legal "
                            "help exists where you live."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why might a child or a family feel nervous about starting a legal "
                            "case? What information could help them feel more prepared?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "who-handles-what",
            "title": {"en": "Evidence and case files: who does what"},
            "summary": {
                "en": (
                    "Why evidence and case files are for professionals, and the one rule every "
                    "paralegal must follow about images."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about legal cases about children who were harmed, without "
                    "details. Take a break whenever you need to, and talk to your facilitator if "
                    "anything upsets you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Evidence is information that helps prove what happened. A case file "
                            "is the official record of a case, kept by lawyers, the police or "
                            "organisations. Handling evidence is a job for trained professionals."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Child Redress, an organisation that works on cases crossing borders, "
                            "helps NGOs collect evidence and work with lawyers in other countries, "
                            "and trains them to keep full case files. It found that many NGO staff "
                            "needed more skills in identifying children who need help, gathering "
                            "evidence, and supporting a child through the legal process."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Online evidence is especially hard. Countries often find it difficult "
                            "to work together on online investigations and electronic evidence."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "The rule for paralegals"},
                    "points": [
                        {
                            "en": (
                                "Never copy, forward, save or store images of a child being "
                                "abused, not even as evidence."
                            ),
                        },
                        {
                            "en": (
                                "Sharing such images is a crime, and every share harms the child "
                                "again."
                            ),
                        },
                        {
                            "en": (
                                "If you learn of such images, tell your facilitator, the police or "
                                "a caseworker. They know what to do."
                            ),
                        },
                        {
                            "en": (
                                "Do not write down a peer's account of what happened. Help them "
                                "reach a professional instead."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why do you think the rule about never saving images protects both the "
                            "child and the paralegal?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "child-friendly-justice",
            "title": {"en": "Child-friendly justice"},
            "summary": {
                "en": (
                    "How courts can protect children who give evidence, and why slow cases cause "
                    "harm."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about legal cases about children who were harmed, without "
                    "details. Take a break whenever you need to, and talk to your facilitator if "
                    "anything upsets you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Child-friendly justice means court and police rules that protect "
                            "children, such as screens, video links and kind questioning. As "
                            "reported in 2014, children in the region usually gave evidence in the "
                            "ordinary criminal court, unless the accused person was also a child."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Child-friendly measures reported in 2014"},
                    "points": [
                        {
                            "en": (
                                "Cambodia and Viet Nam: screens and video equipment, so that a "
                                "child can be interviewed without facing the accused person."
                            ),
                        },
                        {
                            "en": (
                                "The Philippines: special rules that make it easier for child "
                                "witnesses to give evidence."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "These measures were reported in 2014. Check this with your "
                            "facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Slow cases harm children. When a case drags on for years, the child "
                            "has to relive what happened again and again and cannot move on. "
                            "Without free legal aid and witness protection, children can also be "
                            "exposed to threats."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "If you could change one thing about the way courts treat children, "
                            "what would it be, and why?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "never-punished",
            "title": {"en": "Children who were exploited are not criminals"},
            "summary": {
                "en": (
                    "Why children must never be punished for things they did because they were "
                    "exploited."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about legal cases about children who were harmed, without "
                    "details. Take a break whenever you need to, and talk to your facilitator if "
                    "anything upsets you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Children who were exploited must never be punished for things they "
                            "did because of that exploitation. They are children who were harmed, "
                            "not offenders."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "As reported in 2014, Cambodia was the only one of our three countries "
                            "whose law clearly protected children from being punished for offences "
                            "linked to their exploitation in prostitution. The regional overview "
                            "named only Cambodia and South Korea. Check this with your "
                            "facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "When trafficked children are mistaken for migrants without papers or "
                            "for offenders, they may be detained, punished, put on trial or sent "
                            "out of the country. This is a second round of harm."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What a paralegal can say to a peer"},
                    "points": [
                        {"en": "What happened to you was not your fault."},
                        {"en": "You have the right to be treated as a child who needs protection."},
                        {
                            "en": (
                                "A lawyer or a social worker can help if someone treats you like "
                                "an offender."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "How could you explain to someone in your community why a child who "
                            "was exploited should be protected, not punished?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: cases and courts"},
        "intro": {
            "en": (
                "Seven questions about this module. Take your time, and pause whenever you need "
                "to. When you finish, you will see why each answer is right."
            ),
        },
        "questions_per_attempt": 0,
        "pass_mark": 70,
        "max_attempts": 3,
        "questions": [
            {
                "kind": "ordering",
                "question": {"en": "Put the main stages of a criminal case in order."},
                "explanation": {
                    "en": (
                        "Legal support helps a survivor to get the case registered by the police, "
                        "to get the suspect arrested, and to see the case through to trial."
                    ),
                },
                "items": [
                    {"en": "The police register the case"},
                    {"en": "The suspect is arrested"},
                    {"en": "The case goes to trial in court"},
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these can a legal counsel (a lawyer) do for a child and their "
                        "family? Choose all that are right."
                    ),
                },
                "explanation": {
                    "en": (
                        "A legal counsel can explain the process, file the case, argue against "
                        "bail, register the child for compensation and represent the child in "
                        "court."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Explain the legal process to the family"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Understanding the process helps families feel more prepared."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Argue against bail for the suspect"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. A lawyer can ask the court not to let the suspect out while "
                                "waiting for trial."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Register the child for compensation"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. This helps the child claim money for the harm done.",
                        },
                    },
                    {
                        "text": {"en": "Represent the child in court"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. The lawyer speaks up for the child's interests in court.",
                        },
                    },
                    {
                        "text": {"en": "Tell the child's story to journalists"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. A child's privacy must be protected. Lawyers keep the "
                                "child's information confidential."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: if a paralegal is sent an image of a child being abused, "
                        "they should save it as evidence."
                    ),
                },
                "explanation": {
                    "en": (
                        "Paralegals never copy, forward or store images of a child being abused, "
                        "not even as evidence. Evidence is handled by the police and other "
                        "professionals."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite, and it is an easy mistake to make. Saving or sharing such "
                        "images is a crime and harms the child again. Tell your facilitator, the "
                        "police or a caseworker instead."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right. Never copy, forward or save such images. Tell your facilitator, "
                        "the police or a caseworker, who know what to do."
                    ),
                },
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "What is the word for letting a suspect out of jail while they wait for "
                        "their trial?"
                    ),
                },
                "explanation": {
                    "en": (
                        "This is called bail. A child's lawyer can argue against bail, so that the "
                        "suspect cannot threaten the child while waiting for trial."
                    ),
                },
                "answers": {"en": ["bail", "on bail", "released on bail", "granting bail"]},
            },
            {
                "kind": "matching",
                "question": {"en": "Match each child-friendly measure with how it helps."},
                "explanation": {
                    "en": (
                        "Child-friendly justice protects children from being hurt again by the "
                        "legal process. Screens, video links, free legal aid and witness "
                        "protection all help."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "A screen in the courtroom"},
                        "match": {"en": "The child does not have to see the accused person"},
                    },
                    {
                        "prompt": {"en": "A video link"},
                        "match": {"en": "The child can speak to the court from another room"},
                    },
                    {
                        "prompt": {"en": "Free legal aid"},
                        "match": {"en": "A lawyer helps the child at no cost"},
                    },
                    {
                        "prompt": {"en": "Witness protection"},
                        "match": {"en": "Keeps a child who gives evidence safe from threats"},
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {"en": "Why do slow court cases harm children?"},
                "explanation": {
                    "en": (
                        "When cases drag on, children relive what happened and cannot move on. "
                        "Without free legal aid and witness protection, they can also be exposed "
                        "to threats."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "The child has to relive what happened for years and cannot move on"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Long cases keep the hurt fresh. That is why children's cases "
                                "should move quickly."
                            ),
                        },
                    },
                    {
                        "text": {"en": "They give the child more time to prepare, so they help"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Some time to prepare is good, but years of waiting "
                                "make the child relive what happened."
                            ),
                        },
                    },
                    {
                        "text": {"en": "They do not affect children at all"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Long cases affect children deeply, and can leave them "
                                "exposed to threats."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: a child who was exploited should never be punished for "
                        "things they did because of that exploitation."
                    ),
                },
                "explanation": {
                    "en": (
                        "Children must not be punished for acts linked to their exploitation. "
                        "Treating them as offenders, for example by detaining or deporting them, "
                        "harms them a second time."
                    ),
                },
                "answer": True,
                "feedback_true": {
                    "en": (
                        "Right. Children who were exploited are children who were harmed, not "
                        "offenders."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Not quite. Children must not be punished for things linked to their "
                        "exploitation. They were harmed, and they need protection."
                    ),
                },
            },
        ],
    },
}
