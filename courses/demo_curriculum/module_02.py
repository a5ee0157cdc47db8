"""Demo curriculum, module 2: recognising exploitation, offline and online (English only)."""

MODULE = {
    "slug": "recognising-risks",
    "title": {"en": "Recognising exploitation, offline and online"},
    "summary": {
        "en": (
            "How to recognise the sexual exploitation of children in person and online, who is "
            "most at risk, and which common beliefs are wrong."
        ),
    },
    "lessons": [
        {
            "slug": "what-the-words-mean",
            "title": {"en": "What “commercial sexual exploitation of children” means"},
            "summary": {
                "en": (
                    "A clear meaning of commercial sexual exploitation of children (CSEC), its "
                    "five main forms, and where it happens."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how children are exploited, without details. Take a "
                    "break whenever you need to, and talk to your facilitator if anything upsets "
                    "you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Commercial sexual exploitation of children, often shortened to CSEC, "
                            "is when someone uses a child for sexual purposes in exchange for "
                            "money, goods or favours. The payment may go to the child or to "
                            "someone else, such as a person who controls them. The adult is always "
                            "the one doing wrong. It is never the child's fault."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Five forms that ECPAT treats as priorities"},
                    "points": [
                        {"en": "The exploitation of children in prostitution."},
                        {"en": "Trafficking of children for sexual purposes."},
                        {
                            "en": (
                                "Online sexual exploitation, including child sexual abuse material."
                            ),
                        },
                        {"en": "Sexual exploitation of children in travel and tourism."},
                        {"en": "Child marriage, also called early marriage."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Words matter. A child can never agree to being exploited, so we never "
                            "use words that suggest a child chose it or is to blame. We say that a "
                            "child is being sexually exploited. This follows the Luxembourg "
                            "Guidelines, an international guide to the right words to use about "
                            "these harms."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Exploitation does not only happen on the streets or in brothels. As "
                            "reported in 2014, it also happens in karaoke bars, massage parlours, "
                            "nightclubs and beer gardens. Some children are kept in houses and "
                            "taken to hotels or apartments, which makes them harder to see."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why do you think exploitation that happens behind closed doors is "
                            "harder for adults to notice? What could help?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "staying-safe-online",
            "title": {"en": "Online sexual exploitation"},
            "summary": {
                "en": (
                    "How people misuse the internet to exploit children, including online grooming "
                    "and sexual extortion, and what to do if it happens."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how children are exploited, without details. Take a "
                    "break whenever you need to, and talk to your facilitator if anything upsets "
                    "you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Online grooming is when someone builds a fake friendship with a child "
                            "on the internet so that they can abuse or exploit the child later. As "
                            "reported in 2014, online grooming had been found in Cambodia, the "
                            "Philippines and Viet Nam, as well as in other countries in the region."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Sexting means sending sexual messages or images by phone or online. "
                            "Sexual extortion, often called sextortion, is when someone threatens "
                            "to share a young person's sexual images unless they send money, more "
                            "images or agree to sexual contact. The person making the threats is "
                            "the one committing a crime."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "If someone is threatening you or a friend online"},
                    "points": [
                        {"en": "It is not your fault, even if you shared an image yourself."},
                        {"en": "Do not pay, and do not send anything more."},
                        {"en": "Do not forward or save the images, not even to show someone."},
                        {
                            "en": (
                                "Tell a trusted adult, your facilitator or a helpline. They can "
                                "help you stay safe and report it."
                            ),
                        },
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The internet is now one of the ways offenders first reach children. "
                            "As reported in 2014, about one in four of the children helped by the "
                            "organisation APLE in Cambodia had first met their offender online. "
                            "Check this with your facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What makes an online friendship feel safe or unsafe? Talk about signs "
                            "that someone may not be who they say they are."
                        ),
                    },
                },
            ],
        },
        {
            "slug": "moving-and-holding-people",
            "title": {"en": "Trafficking"},
            "summary": {
                "en": (
                    "What trafficking of children is, how children are recruited, and how "
                    "technology can be misused."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how children are exploited, without details. Take a "
                    "break whenever you need to, and talk to your facilitator if anything upsets "
                    "you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The UN Trafficking Protocol describes trafficking as recruiting, "
                            "transporting, transferring, harbouring or receiving people so that "
                            "they can be exploited. Harbouring means hiding or keeping someone. "
                            "When the person is a child, there is no need to prove threats or "
                            "force: moving or holding a child in order to exploit them is already "
                            "trafficking."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Common ways children are recruited"},
                    "points": [
                        {
                            "en": (
                                "Being introduced or tricked by someone they know, even a relative."
                            ),
                        },
                        {"en": "Force or kidnapping."},
                        {"en": "Parents being paid to agree."},
                        {"en": "A marriage arranged through a go-between."},
                        {"en": "Promises of a better job or more money."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Technology can be misused too. Research by UNICEF in Viet Nam in 2011 "
                            "found that traffickers became girls' online friends, sometimes paid "
                            "for their internet use, and arranged meetings and shopping trips "
                            "before taking the girls across the border into China. Traffickers "
                            "also used technology to control the people they exploited and to move "
                            "money."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "None of this is the fault of the child or of the family who trusted "
                            "someone. Traffickers work hard to seem kind and trustworthy."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "A friend tells you about a job offer in another city that sounds too "
                            "good to be true. What questions could you help them ask?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "travel-tourism-and-marriage",
            "title": {"en": "Travel, tourism and child marriage"},
            "summary": {
                "en": (
                    "How travel and tourism can be misused to harm children, and when child "
                    "marriage becomes sexual exploitation."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how children are exploited, without details. Take a "
                    "break whenever you need to, and talk to your facilitator if anything upsets "
                    "you."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Sexual exploitation of children in travel and tourism happens when "
                            "people travel, inside their own country or to another one, and harm "
                            "children there. Many people think that most of these offenders are "
                            "Western men. In fact, as reported in 2014, the largest group in the "
                            "region were travellers from the same country or from nearby countries."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Orphanage tourism and home-stays can put children at risk, because "
                            "they give unknown adults contact with children without proper "
                            "supervision. Organisations that protect children do not let visitors "
                            "spend time alone with them."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Child marriage is a marriage where one person is under 18. It becomes "
                            "a form of commercial sexual exploitation when a child is married off "
                            "for a dowry or other payment and made to enter a sexual relationship."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Remember"},
                    "points": [
                        {
                            "en": (
                                "Offenders can be anyone: local people, visitors, strangers or "
                                "people the child knows."
                            ),
                        },
                        {
                            "en": (
                                "Real child protection means no unsupervised time between visitors "
                                "and children."
                            ),
                        },
                        {"en": "A child who is married off is never to blame."},
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "How could a school, a guesthouse or a children's home in your "
                            "community make sure visitors never put children at risk?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "who-is-at-risk",
            "title": {"en": "Who is at risk, and common myths"},
            "summary": {
                "en": (
                    "Why some children face higher risk, and why common beliefs about boys and "
                    "teenagers are wrong and hurtful."
                ),
            },
            "content_warning": {
                "en": (
                    "This lesson talks about how children are exploited, without details. Take a "
                    "break whenever you need to, and talk to your facilitator if anything upsets "
                    "you."
                ),
            },
            "body": [
                {
                    "type": "key_points",
                    "heading": {"en": "Children who may face higher risk"},
                    "points": [
                        {"en": "Children from ethnic minorities."},
                        {"en": "Children of migrants who have no papers."},
                        {"en": "Children who live or work on the streets."},
                        {"en": "Children who have to work."},
                        {"en": "Children who face violence or neglect."},
                        {"en": "Children who migrate or are separated from their families."},
                        {"en": "Children in places hit by disaster or conflict."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Being in one of these groups does not mean that something bad will "
                            "happen. It means these children often have less protection, so adults "
                            "and services need to pay closer attention to keeping them safe."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Myth: boys are not exploited. This is false. Boys are sexually "
                            "exploited too, but it is often missed, partly because of stigma and "
                            "the wrong belief that boys choose it. Every child who is harmed "
                            "deserves to be believed and helped."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Myth: teenagers who receive gifts or money for sex choose it. Some "
                            "people call this “compensated dating” or even “voluntary "
                            "prostitution”. Both phrases hide the truth. When an adult gives a "
                            "teenager gifts or money for sex, the adult is exploiting the "
                            "teenager's situation. It is never the teenager's fault."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Which myths about exploitation have you heard in your community? How "
                            "could you gently answer someone who believes one of them?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: recognising exploitation"},
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
                "kind": "single_choice",
                "question": {
                    "en": "What does commercial sexual exploitation of children (CSEC) mean?",
                },
                "explanation": {
                    "en": (
                        "CSEC means using a child for sexual purposes in exchange for money, goods "
                        "or payment in kind, such as food or a place to stay. The payment may go "
                        "to the child or to someone else."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "Using a child for sexual purposes in exchange for money, goods or "
                                "favours"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. There is always some kind of exchange, and the adult is "
                                "always the one doing wrong."
                            ),
                        },
                    },
                    {
                        "text": {"en": "A child choosing to work in a bar or nightclub"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. A child can never choose to be exploited. CSEC is "
                                "about adults using children for sexual purposes in exchange for "
                                "something."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Any kind of paid work done by a child"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Child labour is a different problem. CSEC is about "
                                "using a child for sexual purposes in exchange for money, goods or "
                                "favours."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "matching",
                "question": {"en": "Match each word with its meaning."},
                "explanation": {
                    "en": (
                        "These words help you explain to your peers what may be happening to them. "
                        "In every case, the person doing harm is responsible, never the child."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Online grooming"},
                        "match": {
                            "en": (
                                "Building a fake friendship online in order to harm a child later"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Sexting"},
                        "match": {"en": "Sending sexual messages or images by phone or online"},
                    },
                    {
                        "prompt": {"en": "Sexual extortion"},
                        "match": {
                            "en": (
                                "Threatening to share someone's sexual images unless they pay or "
                                "send more"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Trafficking"},
                        "match": {
                            "en": (
                                "Recruiting, moving or holding someone so that they can be "
                                "exploited"
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": (
                        "What is the short word, made from “sex” and “extortion”, for threatening "
                        "to share someone's sexual images unless they pay or send more?"
                    ),
                },
                "explanation": {
                    "en": (
                        "This is sexual extortion, often shortened to sextortion. It is a crime by "
                        "the person making the threats. A young person facing it should tell a "
                        "trusted adult, should not pay, and should not send anything more."
                    ),
                },
                "answers": {"en": ["sextortion", "sex-tortion", "sexual extortion", "sextortions"]},
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "Which of these are common ways children are recruited for trafficking? "
                        "Choose all that are right."
                    ),
                },
                "explanation": {
                    "en": (
                        "Children are recruited in many ways: through people they know, by force, "
                        "by paying their parents, through arranged marriages, and with promises of "
                        "work or money. Traffickers often seem kind and trustworthy."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Being tricked by someone they know, even a relative"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Traffickers are often people the child or family already "
                                "knows and trusts."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Promises of a better job or more money"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. False job offers are one of the most common tricks.",
                        },
                    },
                    {
                        "text": {"en": "A marriage arranged through a go-between"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. Brokered marriages are sometimes used to traffic girls.",
                        },
                    },
                    {
                        "text": {"en": "Parents being paid to agree"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Sometimes parents are paid or misled, often because they are "
                                "poor or were lied to."
                            ),
                        },
                    },
                    {
                        "text": {"en": "The child agreed to go, so it cannot be trafficking"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Trafficking a child is a crime whatever the child "
                                "seemed to agree to. It is never the child's fault."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "As reported in 2014, who made up the largest group of people travelling "
                        "to sexually exploit children in the region?"
                    ),
                },
                "explanation": {
                    "en": (
                        "The 2014 regional overview found that the largest group were travellers "
                        "from the same country or from nearby countries, not mainly Western "
                        "visitors. Anyone can be an offender, so protecting children must not "
                        "depend on guessing who looks suspicious."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "Travellers from the same country or from nearby countries"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Most were domestic or regional travellers, not mainly "
                                "Western visitors."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Mainly Western men"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Many people believe this, but the largest group were "
                                "travellers from the same country or from nearby countries."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Only people who live abroad"},
                        "correct": False,
                        "feedback": {
                            "en": "Not quite. Many offenders travelled inside their own country.",
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {"en": "True or false: boys are not victims of sexual exploitation."},
                "explanation": {
                    "en": (
                        "Sexual exploitation of boys happens but is often not recognised, partly "
                        "because of stigma and the false belief that boys choose it."
                    ),
                },
                "answer": False,
                "feedback_true": {
                    "en": (
                        "Not quite. Boys are exploited too. It is often missed because of stigma "
                        "and wrong beliefs, not because it does not happen."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Right. Boys can be exploited too, and they deserve to be believed and "
                        "helped just like girls."
                    ),
                },
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "Why is “voluntary prostitution” the wrong way to describe an adult giving "
                        "a teenager gifts or money for sex?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Calling it voluntary blames the young person and hides the adult who "
                        "takes advantage of their situation. The right description is the sexual "
                        "exploitation of a child."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "It blames the teenager and hides the adult who is exploiting them"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. The adult is responsible. Words that blame the teenager make "
                                "it harder for them to ask for help."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Teenagers are old enough to decide for themselves"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Everyone under 18 is a child under the CRC, and an "
                                "adult who gives a child money or gifts for sex is exploiting them."
                            ),
                        },
                    },
                    {
                        "text": {"en": "It only happens in big cities"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. It can happen anywhere. The real problem with the "
                                "phrase is that it blames the teenager."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
