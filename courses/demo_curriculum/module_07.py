"""Demo course, module 7: confidentiality, privacy and safeguarding. English only."""

MODULE = {
    "slug": "privacy-and-safety",
    "title": {"en": "Confidentiality, privacy and safeguarding"},
    "summary": {
        "en": (
            "How to keep people's information safe, why paralegals never collect evidence or case "
            "details, what a safeguarding culture is, and how to look after yourself."
        ),
    },
    "lessons": [
        {
            "slug": "keeping-information-safe",
            "title": {"en": "Keeping information safe"},
            "summary": {
                "en": (
                    "Why confidentiality keeps people safe, what consent means when information is "
                    "shared, and where privacy often goes wrong."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson mentions threats and unfair judgement that survivors can face. It "
                    "has no personal stories or graphic details. You can pause at any time and "
                    "talk to your facilitator."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Confidentiality means keeping someone's information private and "
                            "sharing it only with their permission. For survivors this is a matter "
                            "of safety. Young people who get away from exploitation can face "
                            "threats or harassment from the people who harmed them. A name, a "
                            "photo or the name of a school can be enough to find someone."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "The basics of confidentiality"},
                    "points": [
                        {"en": "A person's identity and story belong to them."},
                        {
                            "en": (
                                "Do not share anything about someone without asking first and "
                                "getting a clear yes."
                            ),
                        },
                        {
                            "en": (
                                "Share only what is needed, and only with the person who needs it "
                                "to help."
                            ),
                        },
                        {
                            "en": (
                                "Privacy still comes first when organisations work together in a "
                                "network."
                            ),
                        },
                        {
                            "en": (
                                "Be honest from the start: if someone is in danger, you will need "
                                "to ask your facilitator for help, and you will tell the person "
                                "before you do."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Consent means a real, free choice. A young person can say no, and "
                            "they can change their mind later. Before sharing anything, explain "
                            "what you would share, who would see it and why, in words they "
                            "understand, and respect their answer."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "When privacy fails, people get hurt. Reports from the region describe "
                            "three places where this often happens: the justice process, the "
                            "media, and family tracing or the journey home. When a young person's "
                            "name or story comes out, the result is often stigma, which means "
                            "unfair shame or judgement from other people."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "A friend tells you something private and asks you not to tell anyone. "
                            "What could you say at the start of a conversation so that they know "
                            "what you can keep private and when you would need to ask for help? "
                            "Practise the words together, without using any real names or stories."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "what-we-never-collect",
            "title": {"en": "Paralegals never collect evidence"},
            "summary": {
                "en": (
                    "Why peer paralegals never collect evidence, images or case details on their "
                    "phones or on this platform, and what to do instead."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about harmful images and what to do if someone sends you "
                    "one. It does not show or describe any images. It has no personal stories or "
                    "graphic details. You can pause at any time and talk to your facilitator."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Evidence is information that helps prove what happened in a legal "
                            "case. Collecting evidence and keeping case files is the job of the "
                            "police, lawyers and NGO caseworkers, who are trained to do it safely "
                            "and follow legal rules. Peer paralegals never collect evidence, "
                            "images or case details: not on their phones, not in chat apps and not "
                            "on this platform."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Never keep these on your phone or on this platform"},
                    "points": [
                        {
                            "en": (
                                "Photos, videos, audio or screenshots linked to what happened to "
                                "someone."
                            ),
                        },
                        {
                            "en": (
                                "Names, photos, schools, villages or family details that could "
                                "identify a survivor."
                            ),
                        },
                        {"en": "Notes or recordings of what someone told you about what happened."},
                        {
                            "en": (
                                "Messages from a person who harmed someone, even if you want to "
                                "help prove it."
                            ),
                        },
                        {
                            "en": (
                                "Case files, or copies of documents from a lawyer, the police or "
                                "an NGO."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Any picture, video, audio or writing that shows a child in a sexual "
                            "way is child sexual abuse material. Making it or sharing it is a "
                            "crime, and in some places even having it or knowingly looking at it "
                            "is a crime. It can also be used to threaten and blackmail young "
                            "people. Keeping a copy, even to help, can hurt the person in it again "
                            "and can put you at risk too."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": (
                            "If harmful material reaches you: don't collect, don't forward, report"
                        ),
                    },
                    "points": [
                        {
                            "en": (
                                "Do not save it, screenshot it or forward it to anyone, including "
                                "your facilitator."
                            ),
                        },
                        {
                            "en": (
                                "Tell your facilitator or supervising lawyer straight away, in "
                                "words. They know how to report it safely."
                            ),
                        },
                        {
                            "en": (
                                "Let them guide the next steps, such as reporting it to the app or "
                                "to the police. They will tell you if anything else is needed."
                            ),
                        },
                        {
                            "en": (
                                "It is not your fault that it reached you. Asking for help is the "
                                "right thing to do."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "This platform is for learning, not for case work. Do not upload "
                            "files, and do not write real names or real stories in quiz answers, "
                            "comments or messages. When you practise, use made-up examples. If you "
                            "are worried about someone, tell your facilitator in the way your "
                            "group has agreed, and share only what is needed so that they can "
                            "help."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "In a made-up situation, a friend wants to send you a screenshot 'as "
                            "proof' of something that happened to someone else. What could you "
                            "kindly say to them, and who would you both go to for help?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "safeguarding-culture",
            "title": {"en": "Safeguarding is a culture, not just a policy"},
            "summary": {
                "en": (
                    "What safeguarding means, why a written policy is not enough on its own, and "
                    "which situations need clear rules."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson mentions that people who want to harm children sometimes use "
                    "organisations to reach them. It has no personal stories or graphic details. "
                    "You can pause at any time and talk to your facilitator."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Safeguarding means everything an organisation does to make sure "
                            "children are never harmed by it. A regional workshop in 2024 put the "
                            "minimum goal simply: at the very least, children must not be harmed "
                            "by the organisation's own actions."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A written policy is a good start, but it is not enough on its own. A "
                            "real safeguarding culture means that everyone understands the rules, "
                            "follows them every day and feels safe to speak up when something "
                            "seems wrong. Involving children makes policies better, and checking "
                            "how well they work should happen regularly and include young people."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Where protection standards were weak, people who wanted to harm "
                            "children found it easier to reach them through schools, orphanages, "
                            "shelters and religious groups. This is why every organisation that "
                            "works with children needs clear standards, and why everyone in it has "
                            "a part to play."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Situations that need clear rules"},
                    "points": [
                        {"en": "Volunteers and interns who spend time with children."},
                        {"en": "Visitors who want to meet or photograph children."},
                        {"en": "Journalists and other media asking for interviews or stories."},
                        {
                            "en": (
                                "Adults who contact young people online, including on this "
                                "platform."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What would a good safeguarding culture look like in your own group? "
                            "Think of one thing adults could do and one thing young people could "
                            "do to make it feel safe to speak up."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "looking-after-yourself",
            "title": {"en": "Looking after yourself"},
            "summary": {
                "en": (
                    "Supporting others can feel heavy. The risks for helpers, the warning signs "
                    "and what helps, so that you can keep helping well."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how hearing about hard experiences can affect "
                    "helpers, and it may bring up feelings. It has no personal stories or graphic "
                    "details. You can pause at any time and talk to your facilitator."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Helping people who have been through harm is important work, and it "
                            "can also feel heavy. People who support survivors can be affected by "
                            "what they hear. This is not a sign of weakness. It is a normal human "
                            "reaction, and there are ways to manage it."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Three risks for helpers"},
                    "points": [
                        {
                            "en": (
                                "Vicarious trauma: being deeply affected by hearing about someone "
                                "else's trauma."
                            ),
                        },
                        {
                            "en": (
                                "Compassion fatigue: feeling so tired from caring that caring "
                                "becomes hard."
                            ),
                        },
                        {"en": "Burnout: feeling worn out, stressed and unable to keep going."},
                    ],
                },
                {
                    "type": "key_points",
                    "heading": {"en": "What helps"},
                    "points": [
                        {
                            "en": (
                                "Supervision: regular time with an experienced person who supports "
                                "your work."
                            ),
                        },
                        {
                            "en": (
                                "Debriefing: talking through a hard moment soon afterwards, "
                                "without sharing names."
                            ),
                        },
                        {"en": "Time off, and rest without feeling guilty."},
                        {
                            "en": (
                                "Learning your own warning signs, such as poor sleep or feeling "
                                "numb."
                            ),
                        },
                        {
                            "en": (
                                "Self-care that works for you, such as time with friends, sport, "
                                "music or prayer."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Looking after yourself also protects the people you support. Helpers "
                            "who are exhausted or not well trained may miss signs that someone "
                            "needs help, may not listen properly, and can even hurt people again "
                            "without meaning to. If you are a survivor yourself, some topics may "
                            "bring back memories. You can step back at any time and talk to your "
                            "facilitator."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What helps you feel calm after a hard day? Make a short personal plan "
                            "with two or three things you can do and one person you can talk to. "
                            "You do not have to share your plan with the group."
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: confidentiality, privacy and safeguarding"},
        "intro": {
            "en": (
                "Seven questions about keeping information safe, never collecting evidence, "
                "safeguarding and looking after yourself. If you do not pass the first time, you "
                "can try again."
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
                        "In a made-up situation, a friend sends you a screenshot linked to harm "
                        "done to another young person and says it is 'for evidence'. What should "
                        "you do?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Peer paralegals never collect evidence, images or case details, on their "
                        "phones or on this platform. Keeping or sharing such images can hurt the "
                        "person in them again, and having them can be a crime in some places. Tell "
                        "your facilitator in words, and they will report it safely. It is not your "
                        "fault that it reached you."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Save it in a hidden folder so the police can have it later",
                        },
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Wanting to help is kind. But keeping it can hurt the person in it "
                                "again and put you at risk. Collecting evidence is a job for the "
                                "police and lawyers."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Forward it to your facilitator so they can see it"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Your facilitator does need to know, but not by receiving the "
                                "image. Tell them what happened in words, and they will report it "
                                "safely."
                            ),
                        },
                    },
                    {
                        "text": {
                            "en": (
                                "Do not save or forward it, and tell your facilitator straight away"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Don't collect, don't forward, report. Your facilitator knows "
                                "how to report it safely."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Post it on this platform to ask the group for advice"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "This platform is never a place for images or case details. Tell "
                                "your facilitator instead. They will know what to do."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these should a peer paralegal never keep on their phone or on "
                        "this platform? Choose all that apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "Evidence, images and case details belong with the police, lawyers and NGO "
                        "caseworkers, who know how to keep them safe. Made-up examples are fine "
                        "for practice because they are not about a real person."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Photos or screenshots linked to what happened to someone"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Right. Images like these must never be kept or shared by "
                                "paralegals."
                            ),
                        },
                    },
                    {
                        "text": {"en": "A survivor's name, school or village"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Right. Details like these could be used to find someone and put "
                                "them in danger."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Notes of what someone told you about what happened"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Right. A person's story belongs to them. If you are worried, tell "
                                "your facilitator only what is needed."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Made-up practice situations from your course"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "This one is fine. Made-up examples are not about a real person, "
                                "so they are safe to use for practice."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Copies of a case file from a lawyer or an NGO"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Right. Case files stay with the lawyers, NGOs or police who are "
                                "responsible for them."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: when organisations work together in a network, they can "
                        "share a young person's information freely."
                    ),
                },
                "explanation": {
                    "en": (
                        "Even when organisations work together, the young person's privacy comes "
                        "first. Information is shared only with their permission and only as much "
                        "as is needed to help."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. Working together does not cancel privacy. Information is "
                        "shared only with the young person's permission and only when needed."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right. Privacy comes first in every network, and information is shared "
                        "only with the young person's permission."
                    ),
                },
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: once an organisation has a written safeguarding policy, it "
                        "has done enough to keep children safe."
                    ),
                },
                "explanation": {
                    "en": (
                        "A policy is a good start, but safeguarding is a culture. Everyone needs "
                        "to understand the rules, follow them every day and feel safe to speak up. "
                        "The minimum goal is that children are never harmed by the organisation "
                        "itself."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. A written policy is not enough on its own. People have to live "
                        "by it every day and feel safe to speak up."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Well done. Safeguarding is a culture that people live every day, not just "
                        "a document."
                    ),
                },
            },
            {
                "kind": "short_answer",
                "question": {"en": "Name one risk faced by people who support survivors."},
                "explanation": {
                    "en": (
                        "Three risks for helpers are vicarious trauma, compassion fatigue and "
                        "burnout. Supervision, debriefing, time off, knowing your warning signs "
                        "and self-care all help."
                    ),
                },
                "answers": {
                    "en": [
                        "burnout",
                        "burn out",
                        "burn-out",
                        "vicarious trauma",
                        "compassion fatigue",
                        "secondary trauma",
                    ],
                },
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these help people who support survivors to stay well? Choose all "
                        "that apply."
                    ),
                },
                "explanation": {
                    "en": (
                        "Supervision, debriefing, time off, learning your warning signs and "
                        "self-care all help helpers stay well. Keeping everything to yourself "
                        "makes stress build up."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Supervision with an experienced person"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Regular supervision means you never have to carry hard work "
                                "alone."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Debriefing after a hard moment"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Talking it through soon afterwards, without names, helps you "
                                "let it go."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Keeping every worry to yourself"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "It is natural to want to cope alone, but worries grow when they "
                                "are kept inside. Talking to your facilitator or supervisor helps."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Time off and rest"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Rest is part of doing this work well, not a reward for it.",
                        },
                    },
                    {
                        "text": {"en": "Learning your own warning signs"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Noticing things like poor sleep early helps you ask for "
                                "support sooner."
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
                        "These words are at the heart of keeping people safe. Using them correctly "
                        "helps you explain your role to friends and families."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Confidentiality"},
                        "match": {
                            "en": "Keeping information private and sharing it only with permission",
                        },
                    },
                    {
                        "prompt": {"en": "Consent"},
                        "match": {"en": "A free choice to say yes, which can be changed later"},
                    },
                    {
                        "prompt": {"en": "Stigma"},
                        "match": {"en": "Unfair shame or judgement from other people"},
                    },
                    {
                        "prompt": {"en": "Safeguarding"},
                        "match": {
                            "en": (
                                "Everything an organisation does so that children are never harmed "
                                "by it"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Debriefing"},
                        "match": {"en": "Talking through a hard moment soon afterwards"},
                    },
                ],
            },
        ],
    },
}
