"""Demo curriculum, module 5: compensation and remedies (English only)."""

MODULE = {
    "slug": "compensation-and-remedies",
    "title": {"en": "Compensation and remedies"},
    "summary": {
        "en": (
            "What a remedy is, how compensation can be claimed even across borders, and how to "
            "make sure that money truly helps the child."
        ),
    },
    "lessons": [
        {
            "slug": "what-a-remedy-is",
            "title": {"en": "What a remedy is"},
            "summary": {
                "en": (
                    "Remedies include justice, care and compensation, and laws should make all "
                    "three possible for children."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "A remedy is what is done to put right a harm. Every child who has "
                            "been harmed has a right to a remedy and to reparation, which means "
                            "making amends for the harm done. This includes services that help the "
                            "child recover fully."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Countries must keep care, recovery, reintegration and aftercare "
                            "services in place. Aftercare is support that continues after a child "
                            "goes home, for as long as they need it."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {
                        "en": "What national laws should include for children who have been harmed",
                    },
                    "points": [
                        {"en": "A right to recovery and reintegration services."},
                        {"en": "Child-friendly rules for criminal cases."},
                        {"en": "Ways for children to claim compensation."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Civil society groups, such as NGOs and youth networks, should do more "
                            "than treat children as witnesses in someone else's case. They should "
                            "push for children's own right to remedies, and hold the authorities "
                            "to account."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Which of the three things that laws should include would make the "
                            "biggest difference for young people you know? Why?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "claims-across-borders",
            "title": {"en": "Cross-border compensation claims"},
            "summary": {
                "en": (
                    "How an offender from another country can be asked to pay compensation in "
                    "their home country, and why this is hard."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Compensation is money that a court orders to be paid to a person for "
                            "the harm done to them. When the offender came from another country, a "
                            "claim can sometimes be brought in the offender's home country, under "
                            "that country's laws. This is called a transnational, or cross-border, "
                            "claim."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Few of these claims are brought, because they are complicated. They "
                            "need coordination between different legal systems, NGOs, lawyers, "
                            "parents and the child."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "The organisation Child Redress has been building a network of lawyers "
                            "in European and North American countries, where many offenders come "
                            "from. These lawyers work pro bono, which means for free."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Key words"},
                    "points": [
                        {"en": "Compensation: money paid for the harm done."},
                        {"en": "Pro bono lawyer: a lawyer who works for free."},
                        {"en": "Transnational claim: a legal case that crosses borders."},
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "What kinds of help might a child and their family need to take part "
                            "in a case that is happening in another country?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "using-money-safely",
            "title": {"en": "Managing compensation safely"},
            "summary": {
                "en": (
                    "Why a large award needs careful planning, and who should help to decide how "
                    "the money is used."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Compensation is meant to help the child. But in a poor community, a "
                            "large sum of money can put a child at greater risk of harm, and can "
                            "even feed the very exploitation it was meant to put right. "
                            "Compensation must never create a reason for anyone to harm more "
                            "children. That is why the money must be managed carefully, always in "
                            "the child's best interests."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Who can help to decide how the money is managed"},
                    "points": [
                        {"en": "Lawyers from the offender's country and from the child's country."},
                        {"en": "Psychologists, social workers and community development workers."},
                        {"en": "Local leaders and family members."},
                        {"en": "Other young people who have been through the same process."},
                    ],
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Child Redress describes this as a human-centred design process, where "
                            "the people affected help to design the solution. Compensation could "
                            "pay for the child's recovery services, and possibly for programmes "
                            "that tackle why the community was vulnerable in the first place. "
                            "Financial advice helps make sure that the money serves the child."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Keep it private. How much a child receives should never be shared, "
                            "because other people might try to take it or put pressure on the "
                            "family."
                        ),
                    },
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "If a young person received compensation, what kinds of support would "
                            "help them to use it safely and well?"
                        ),
                    },
                },
            ],
        },
        {
            "slug": "laws-across-borders",
            "title": {"en": "Laws that cross borders"},
            "summary": {
                "en": (
                    "How countries can punish their own citizens for harming children abroad, and "
                    "the rules that can get in the way."
                ),
            },
            "body": [
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "Some agencies pursue offenders from their own country who harm "
                            "children abroad. Those named in the sources include the UK's National "
                            "Crime Agency, US Immigration and Customs Enforcement, and the "
                            "Australian Federal Police."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "An extraterritorial law lets a country punish its citizens for crimes "
                            "they commit in another country. Double criminality is a rule that an "
                            "act abroad can only be punished if it is a crime both at home and in "
                            "the country where it happened."
                        ),
                    },
                },
                {
                    "type": "paragraph",
                    "text": {
                        "en": (
                            "As reported in 2014, Viet Nam applied the double criminality rule, "
                            "and the Philippines lacked extraterritorial laws on these crimes. "
                            "Check this with your facilitator: the information may have changed."
                        ),
                    },
                },
                {
                    "type": "key_points",
                    "heading": {"en": "Why this matters"},
                    "points": [
                        {"en": "Offenders should not escape justice by crossing a border."},
                        {"en": "When offenders are not punished, this is called impunity."},
                        {
                            "en": (
                                "Laws that cross borders help children get both justice and "
                                "compensation."
                            ),
                        },
                    ],
                },
                {
                    "type": "discuss",
                    "prompt": {
                        "en": (
                            "Why do you think it matters to children in our region that countries "
                            "can punish their citizens for crimes committed abroad?"
                        ),
                    },
                },
            ],
        },
    ],
    "quiz": {
        "slug": "check-what-you-know",
        "title": {"en": "Check what you know: compensation and remedies"},
        "intro": {
            "en": (
                "Seven questions about this module. Take your time. When you finish, you will see "
                "why each answer is right."
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
                        "Does a child's right to a remedy include services that help them recover?"
                    ),
                },
                "explanation": {
                    "en": (
                        "Every child who has been harmed is entitled to a remedy and to "
                        "reparation, including services for full recovery. Countries must keep "
                        "care, recovery, reintegration and aftercare services in place."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": "Yes. A remedy includes services for the child's full recovery.",
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Justice and money are not enough on their own: recovery "
                                "services are part of a remedy too."
                            ),
                        },
                    },
                    {
                        "text": {"en": "No. A remedy is only about money."},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Compensation is one part, but a remedy also includes "
                                "care that helps the child recover fully."
                            ),
                        },
                    },
                    {
                        "text": {"en": "No. A remedy only means punishing the offender."},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Justice is one part, but a remedy also includes "
                                "recovery services and compensation."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "multiple_response",
                "question": {
                    "en": (
                        "What should national laws include for children who have been harmed? "
                        "Choose all that are right."
                    ),
                },
                "explanation": {
                    "en": (
                        "National laws should give children a right to recovery and reintegration "
                        "services, child-friendly rules for criminal cases, and ways to claim "
                        "compensation."
                    ),
                },
                "choices": [
                    {
                        "text": {"en": "A right to recovery and reintegration services"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Children need care to heal and to return safely to community "
                                "life."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Child-friendly rules for criminal cases"},
                        "correct": True,
                        "feedback": {
                            "en": "Yes. These rules protect children while a case goes on.",
                        },
                    },
                    {
                        "text": {"en": "Ways for children to claim compensation"},
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. Children should be able to claim money for the harm done to "
                                "them."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Rules that punish children for what they were made to do"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Children who were exploited must be protected, not "
                                "punished."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "true_false",
                "question": {
                    "en": (
                        "True or false: a foreign offender can sometimes be taken to court for "
                        "compensation in their own home country."
                    ),
                },
                "explanation": {
                    "en": (
                        "A foreign offender can be sued for compensation in their home country, "
                        "under that country's laws. These claims are complicated, so few are "
                        "brought."
                    ),
                },
                "answer": True,
                "feedback_true": {
                    "en": (
                        "Right. A claim can be brought in the offender's home country, under that "
                        "country's laws."
                    ),
                },
                "feedback_false": {
                    "en": (
                        "Not quite. It is possible, though complicated: a claim can be brought in "
                        "the offender's home country, under its laws."
                    ),
                },
            },
            {
                "kind": "matching",
                "question": {"en": "Match each word with its meaning."},
                "explanation": {
                    "en": (
                        "These words come up whenever cases cross borders. Knowing them helps you "
                        "explain to your peers and their families what lawyers are talking about."
                    ),
                },
                "pairs": [
                    {
                        "prompt": {"en": "Compensation"},
                        "match": {"en": "Money a court orders to be paid for the harm done"},
                    },
                    {
                        "prompt": {"en": "Pro bono lawyer"},
                        "match": {"en": "A lawyer who works for free"},
                    },
                    {
                        "prompt": {"en": "Extraterritorial law"},
                        "match": {
                            "en": "A law that lets a country punish its citizens for crimes abroad",
                        },
                    },
                    {
                        "prompt": {"en": "Double criminality"},
                        "match": {
                            "en": (
                                "An act abroad is only punished if it is a crime in both countries"
                            ),
                        },
                    },
                    {
                        "prompt": {"en": "Impunity"},
                        "match": {"en": "When offenders are not punished"},
                    },
                ],
            },
            {
                "kind": "single_choice",
                "question": {
                    "en": (
                        "Why can a large compensation award be risky for a child in a poor "
                        "community?"
                    ),
                },
                "explanation": {
                    "en": (
                        "In a poor community, a large award can put a child at greater risk and "
                        "could even feed exploitation. A team that includes lawyers, social "
                        "workers, family members, local leaders and other young people helps to "
                        "decide how it is managed."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "It can put the child at greater risk of harm if it is not managed "
                                "carefully"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. That is why a team plans carefully, with the child's best "
                                "interests first."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Children should never receive compensation"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not right. Children have a right to compensation. It just needs "
                                "to be managed safely."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Money always solves every problem"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. Money can help a lot, but without careful planning it "
                                "can also bring new risks."
                            ),
                        },
                    },
                ],
            },
            {
                "kind": "short_answer",
                "question": {
                    "en": "Which two-word Latin phrase describes a lawyer who works for free?",
                },
                "explanation": {
                    "en": (
                        "Pro bono means for free. Child Redress has built a network of pro bono "
                        "lawyers in countries where many offenders come from."
                    ),
                },
                "answers": {"en": ["pro bono", "probono", "pro-bono"]},
            },
            {
                "kind": "single_choice",
                "question": {"en": "What is the double criminality rule?"},
                "explanation": {
                    "en": (
                        "Under double criminality, an act committed abroad can only be punished at "
                        "home if it is a crime in both countries. As reported in 2014, Viet Nam "
                        "applied this rule. Check this with your facilitator: the information may "
                        "have changed."
                    ),
                },
                "choices": [
                    {
                        "text": {
                            "en": (
                                "An act abroad can only be punished if it is a crime both at home "
                                "and where it happened"
                            ),
                        },
                        "correct": True,
                        "feedback": {
                            "en": (
                                "Yes. This rule can let offenders escape if the laws of the two "
                                "countries differ."
                            ),
                        },
                    },
                    {
                        "text": {"en": "An offender is punished twice for the same crime"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. The rule is about whether the act is a crime in both "
                                "countries, not about punishing twice."
                            ),
                        },
                    },
                    {
                        "text": {"en": "Two courts must agree before a child can get compensation"},
                        "correct": False,
                        "feedback": {
                            "en": (
                                "Not quite. It is a rule about punishing crimes committed abroad."
                            ),
                        },
                    },
                ],
            },
        ],
    },
}
