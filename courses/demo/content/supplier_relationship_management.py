"""Demo course: Supplier relationship management (segmentation, governance, performance, distress, strategic suppliers)."""

COURSE = {
    "slug": "supplier-relationship-management",
    "title": "Supplier relationship management",
    "summary": (
        "Decide which suppliers matter most, run governance that works, improve performance, "
        "spot financial distress early and manage the strategic suppliers your services depend on."
    ),
    "topic": "supplier-management",
    "level": "practitioner",
    "estimated_minutes": 225,
    "overview": (
        "<p>This practitioner course is for contract managers, commercial officers and service leads in "
        "police forces, councils and government departments who look after suppliers once the contract is "
        "signed. It assumes you know the basics of contract management and want to manage supplier "
        "relationships deliberately rather than by habit.</p>"
        "<p>You will learn to segment suppliers with the Kraljic matrix, design proportionate governance and "
        "run review meetings that change things, measure and improve performance, recognise the early "
        "warning signs of a supplier in financial trouble, and manage the few strategic suppliers on whom "
        "your most important services depend. Examples are drawn from public-sector outsourcing, including "
        "police back-office partnerships and the collapse of Carillion in January 2018.</p>"
    ),
    "learning_outcomes": [
        "Segment suppliers using the Kraljic matrix and choose an approach for strategic, leverage, bottleneck and routine suppliers.",
        "Design proportionate operational, tactical and strategic governance and write terms of reference for it.",
        "Prepare, chair and follow up a supplier review meeting that produces owned, dated actions.",
        "Define and validate KPIs, avoid the 'watermelon' effect and manage underperformance through a remediation plan.",
        "Build continuous improvement into a supplier relationship, including gainshare and change control.",
        "Recognise the early warning signs of supplier financial distress and act on them without putting public money at risk.",
        "Manage a strategic supplier with senior sponsorship, intelligent client capability and a live exit plan.",
    ],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "segmenting-suppliers",
            "title": "Segmenting your suppliers",
            "summary": "Decide, on evidence, which suppliers deserve which kind of attention, using the Kraljic matrix.",
            "lessons": [
                {
                    "slug": "why-segment-suppliers",
                    "title": "Why segment suppliers",
                    "summary": "Why treating every supplier the same wastes effort and hides risk.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>Supplier relationship management (SRM) is the deliberate way an organisation "
                            "manages its dealings with the suppliers it depends on, so that those relationships "
                            "deliver more value and carry less risk over time. Contract management asks "
                            "<i>is this contract being delivered as agreed?</i> SRM asks a broader question: "
                            "<i>what do we need from this supplier across everything we buy from it, and how do "
                            "we get it?</i> A police force may hold several contracts with the same IT company; "
                            "a council may buy waste collection, street cleansing and grounds maintenance from "
                            "one provider. SRM looks across those contracts at the whole relationship.</p>"
                        )),
                        ("paragraph", (
                            "<p>No public body has the people to manage every supplier closely. A typical force "
                            "or council pays hundreds or thousands of suppliers a year, and most of them are "
                            "small, low-risk and easy to replace. Treating them all alike leads to one of two "
                            "failures. Either effort is spread so thinly that the few suppliers who could really "
                            "hurt you get no more attention than the stationery company, or the team drowns in "
                            "meetings that add nothing. Segmentation is the discipline of deciding, on evidence, "
                            "which suppliers deserve which kind of attention.</p>"
                        )),
                        ("heading", {"text": "What segmentation gives you"}),
                        ("paragraph", (
                            "<p>A sound segmentation lets you:</p>"
                            "<ul>"
                            "<li>focus scarce commercial and contract management time where the value and risk are;</li>"
                            "<li>choose a deliberate approach for each group (compete hard, partner, secure supply "
                            "or simplify) rather than drifting;</li>"
                            "<li>set proportionate governance: who meets whom, how often and with what data;</li>"
                            "<li>spot concentrations of risk, such as several critical services resting on one supplier;</li>"
                            "<li>explain to leaders and auditors why some suppliers get executive attention and others do not.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Segmentation works alongside <b>contract tiering</b>. Tiering (for example Bronze, "
                            "Silver, Gold and Platinum) is applied to an individual contract and sets how much "
                            "management that contract receives. Segmentation is applied to a supplier, or to a "
                            "category of spend, and sets the <i>nature</i> of the relationship. The two usually "
                            "line up, because a Gold or Platinum contract is often with a strategic supplier, but "
                            "not always. A modest contract for a specialist forensic test may sit in a low tier "
                            "by value while the supplier is almost impossible to replace.</p>"
                        )),
                        ("paragraph", (
                            "<p>Segmentation is also a defence against two common biases. The first is managing "
                            "by spend alone: the largest invoices get the most attention whether or not the "
                            "supplier is hard to replace. The second is managing by noise: the supplier that "
                            "phones most often, or the contract that last caused a complaint, takes up the "
                            "team's week. A written segmentation, agreed with senior colleagues, gives you a "
                            "reason to say no to both.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Segment suppliers before deciding how to manage them. Effort should follow "
                                "value and risk, not habit, spend alone or whoever shouts loudest.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Treating every supplier the same",
                            "organisation": "A county council (generic example)",
                            "body": (
                                "<p>A county council's contract management team of four tried to hold quarterly "
                                "reviews with its 60 largest suppliers by spend. Meetings were short and scripted, "
                                "and the team never had time to prepare. When the only supplier of the council's "
                                "school transport routing software announced it was withdrawing the product, the "
                                "council had six months' notice and no alternative in view: the supplier was small "
                                "by spend, so it had never been on the review list.</p>"
                                "<p>After a segmentation exercise the team cut reviews for low-risk suppliers to an "
                                "annual check and used the time saved to build contingency plans for a handful of "
                                "hard-to-replace suppliers, including several with low annual spend.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of the suppliers your team deals with most often. Are they the ones that "
                                "matter most to your services, or simply the ones who get in touch most?"
                            ),
                            "guidance": (
                                "<p>A good answer separates how often you hear from a supplier from how important "
                                "it is. It names at least one supplier that gets a lot of attention but is easy to "
                                "replace, and at least one that gets little attention but would cause real "
                                "disruption if it failed or walked away. It then suggests how time could be moved "
                                "from the first to the second, for example by reducing meeting frequency or "
                                "switching to exception reporting for the easy-to-replace supplier.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "the-kraljic-matrix",
                    "title": "The Kraljic matrix",
                    "summary": "Place purchases on impact and supply risk to find four segments, each with its own approach.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>The most widely used tool for segmenting purchases is the Kraljic matrix, set out "
                            "by Peter Kraljic in the <i>Harvard Business Review</i> in 1983. It places each "
                            "category of spend, or each supplier, on two axes: the <b>impact</b> of the purchase "
                            "on the organisation and the <b>supply risk</b>, meaning how difficult it is to secure "
                            "supply. Kraljic called the first axis profit impact. In the public sector it is "
                            "better read as impact on the service and the budget: how much you spend, and how much "
                            "harm poor quality or failure would do to the public.</p>"
                        )),
                        ("paragraph", (
                            "<p>Supply risk reflects how easily you can get what you need from the market: the "
                            "number of capable suppliers, the cost and time of switching, how specialised or "
                            "bespoke the requirement is, dependence on scarce skills or proprietary technology, "
                            "and how long a re-procurement would take. Rating each axis high or low gives four "
                            "quadrants, and each calls for a different approach.</p>"
                        )),
                        ("heading", {"text": "The four quadrants"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Strategic</b> (high impact, high risk): critical services with few realistic "
                            "alternatives, such as a force's control room systems or a council's waste "
                            "collection. Aim for a long-term, collaborative relationship: joint planning, senior "
                            "sponsorship, shared improvement goals, and careful risk and exit planning.</li>"
                            "<li><b>Leverage</b> (high impact, low risk): significant spend in a competitive "
                            "market, such as fleet vehicles, fuel or agency staff bought through a framework. Use "
                            "your buying power: compete regularly, combine demand with other bodies, benchmark "
                            "prices and push for better terms.</li>"
                            "<li><b>Bottleneck</b> (low impact, high risk): modest spend but hard to replace, "
                            "such as specialist forensic testing, a niche software product or spare parts for "
                            "old equipment. Secure continuity: longer agreements, contingency stock or back-up "
                            "suppliers, and work to standardise the requirement so more suppliers could meet it.</li>"
                            "<li><b>Routine</b> (low impact, low risk), also called non-critical: everyday items "
                            "such as stationery or cleaning materials. Keep the cost of buying low: catalogues, "
                            "frameworks, purchasing cards and as little management time as possible.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>The quadrant tells you what you are trying to achieve, not only how hard to try. "
                            "Leverage suppliers are not given lighter relationship management because they matter "
                            "less; in cash terms they matter a great deal. It is because the market does much of "
                            "the work: if a leverage supplier performs badly, you can realistically replace it. A "
                            "strategic supplier cannot easily be replaced, so you have to make the relationship "
                            "work.</p>"
                        )),
                        ("key_point", {
                            "title": "One line per quadrant",
                            "body": (
                                "<p><b>Strategic</b>: partner and protect. <b>Leverage</b>: compete and use buying "
                                "power. <b>Bottleneck</b>: secure supply and reduce dependency. <b>Routine</b>: "
                                "simplify and automate.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Watch for two common mistakes. The first is confusing spend with importance: a "
                            "bottleneck supplier may account for a tiny share of spend and still be able to stop "
                            "a frontline service. The second is treating the matrix as a label rather than a "
                            "strategy. Ask whether you can move a category to a better quadrant: for example, "
                            "turning a bottleneck into a routine purchase by rewriting a specification that only "
                            "one product can meet, or reducing the risk of a strategic relationship by keeping "
                            "in-house knowledge and planning for exit.</p>"
                        )),
                        ("case_study", {
                            "title": "Placing a force's purchases on the matrix",
                            "organisation": "A police force (generic example)",
                            "body": (
                                "<p>A force's commercial team tested the matrix on four purchases. Its integrated "
                                "control room and custody IT system was <b>strategic</b>: high spend, essential to "
                                "operations, and a migration would take years. Marked and unmarked vehicles, "
                                "bought through a national framework with several manufacturers, were "
                                "<b>leverage</b>. Specialist toxicology testing, with low spend but only two "
                                "accredited providers, was a <b>bottleneck</b>. Office supplies were "
                                "<b>routine</b>.</p>"
                                "<p>The exercise showed that the toxicology contract had no back-up arrangement "
                                "at all. The force agreed a call-off with the second provider so it could switch "
                                "quickly if the first failed.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Pick three things your organisation buys and place each in a Kraljic quadrant. "
                                "What approach does each quadrant suggest, and is that how you manage them today?"
                            ),
                            "guidance": (
                                "<p>Strong answers justify each placement on both axes, impact and supply risk, "
                                "with evidence such as spend, the criticality of the service, the number of "
                                "capable suppliers and the time it would take to switch. They then compare the "
                                "suggested approach with current practice, for instance noticing that a leverage "
                                "category has not been competed for years, or that a bottleneck supplier has no "
                                "contingency plan.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "applying-segmentation",
                    "title": "Applying segmentation in practice",
                    "summary": "Turn spend data and service knowledge into a segmentation you can defend and keep up to date.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>A segmentation is only as good as the evidence behind it. Start with spend data "
                            "from your finance system, usually the last two or three years of payments by "
                            "supplier, cleaned so that one company trading under several names appears once. "
                            "Spend gives you the impact axis in cash terms, but you must add what the data cannot "
                            "show: which services depend on the supplier, what would happen on the first day it "
                            "stopped, and how long it would take to replace.</p>"
                        )),
                        ("heading", {"text": "A practical method"}),
                        ("paragraph", (
                            "<ol>"
                            "<li>Group spend into categories and identify the main suppliers in each.</li>"
                            "<li>Score <b>impact</b>: annual and whole-life spend, how critical the supplier is "
                            "to frontline or statutory services, the safety and reputational consequences of "
                            "failure, and the data it holds.</li>"
                            "<li>Score <b>supply risk</b>: number of capable suppliers, switching cost and time, "
                            "proprietary technology or intellectual property, dependence on the supplier's staff "
                            "or sites, and its financial health.</li>"
                            "<li>Plot the results and test them with the service leads who use the supplier day to day.</li>"
                            "<li>Agree an approach and a level of governance for each segment, and record why.</li>"
                            "<li>Review at least once a year, and whenever something important changes, such as "
                            "a merger, a profit warning or a new contract.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p>Keep the scoring simple: a three- or five-point scale for each factor is enough. "
                            "Much of the value lies in the conversation with budget holders and service leads, "
                            "who often know things the spend data does not, such as that the small software "
                            "supplier holds the only copy of the case files, or that the large facilities "
                            "contract could be re-let in three months.</p>"
                        )),
                        ("paragraph", (
                            "<p>Remember that the supplier is segmenting you too. The <b>supplier preferencing</b> "
                            "model looks at the relationship from the supplier's side: how attractive your "
                            "account is to it and how much of its business you represent. A supplier that sees "
                            "you as a core customer will invest in the relationship; one that sees you as a small, "
                            "awkward account may give you its least experienced team. If a strategic supplier "
                            "sees you that way, you have a risk to manage. You might collaborate with other public "
                            "bodies buying the same service, or make yourself a better customer by paying on "
                            "time, being clear about requirements and avoiding needless change.</p>"
                        )),
                        ("paragraph", (
                            "<p>Finally, segmentation must lead to action, or it is just a chart. For each segment "
                            "write down the approach, the governance (meeting levels and frequency), the "
                            "information you will ask the supplier for, and who owns the relationship. Then check "
                            "that the people and time exist to do it; if they do not, say so to decision-makers "
                            "rather than pretending every strategic supplier is being managed.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Segment on evidence, test the result with the people who use the service, "
                                "record your reasoning and revisit it. Segments change as markets, contracts and "
                                "suppliers change.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Re-segmenting after the market moved",
                            "organisation": "A metropolitan borough council (generic example)",
                            "body": (
                                "<p>The council had classed its temporary accommodation providers as leverage: "
                                "plenty of providers and competitive rates. Over two years several providers left "
                                "the market, prices rose and the council came to rely on two large landlords. Its "
                                "annual segmentation review moved the category to strategic.</p>"
                                "<p>The council introduced quarterly senior reviews with both providers, shared "
                                "its demand forecasts with them, and worked with neighbouring authorities on "
                                "common rates rather than bidding against each other for the same properties.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Who in your organisation would you need to involve to segment your suppliers "
                                "accurately, and what would each of them contribute?"
                            ),
                            "guidance": (
                                "<p>Look for finance (spend data), service leads and budget holders (how critical "
                                "the supplier is and how it performs day to day), procurement (market knowledge "
                                "and contract terms), IT and information governance (systems and data "
                                "dependency), and risk or business continuity (the impact of failure). A good "
                                "answer also mentions agreeing the result with a senior decision-maker, so the "
                                "governance it implies is properly resourced.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Segmenting your suppliers: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "the-kraljic-matrix",
                        "prompt": (
                            "A police force spends a small amount each year on specialist toxicology testing. Only "
                            "two accredited providers exist and switching would take about a year. Where does this "
                            "purchase sit on the Kraljic matrix?"
                        ),
                        "options": [
                            {"text": "Strategic", "correct": False,
                             "feedback": "Supply risk is high, but the spend and wider business impact are low, so it is not strategic."},
                            {"text": "Leverage", "correct": False,
                             "feedback": "Leverage needs high impact and a competitive market. Here there are only two providers."},
                            {"text": "Bottleneck", "correct": True,
                             "feedback": "Correct. Low impact in spend terms but high supply risk: the classic bottleneck."},
                            {"text": "Routine", "correct": False,
                             "feedback": "Routine purchases are easy to source. With two providers and a year to switch, supply risk is high."},
                        ],
                        "feedback": (
                            "Bottleneck purchases are low in spend but hard to replace. The priority is to secure "
                            "continuity, for example with a back-up provider, and to reduce the dependency over time."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "the-kraljic-matrix",
                        "prompt": "Which approaches suit a leverage category? Select all that apply.",
                        "options": [
                            {"text": "Run regular competitions to test the market", "correct": True,
                             "feedback": "Yes. With plenty of capable suppliers, competition drives value."},
                            {"text": "Combine demand with other public bodies to increase buying power", "correct": True,
                             "feedback": "Yes. Aggregation is a standard leverage tactic."},
                            {"text": "Benchmark prices against the market and other buyers", "correct": True,
                             "feedback": "Yes. Benchmarking tells you whether you are getting the market price."},
                            {"text": "Pay a premium and hold contingency stock to secure supply at any cost", "correct": False,
                             "feedback": "That is a bottleneck approach. In a leverage market supply is not the main risk."},
                        ],
                        "feedback": (
                            "Leverage categories have high impact but low supply risk, so the market does much of "
                            "the work: compete, aggregate and benchmark."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "why-segment-suppliers",
                        "prompt": "The suppliers with the highest annual spend should always receive the most intensive relationship management.",
                        "answer": False,
                        "feedback": (
                            "False. Spend is only one factor. A high-spend supplier in a competitive market may be "
                            "easy to replace, while a low-spend bottleneck supplier could stop a frontline service. "
                            "Effort should follow both value and risk."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "the-kraljic-matrix",
                        "prompt": "Which Kraljic quadrant covers low-impact, low-risk purchases such as stationery? (One word is enough.)",
                        "accepted": ["routine", "non-critical", "noncritical", "non critical", "routine items"],
                        "feedback": (
                            "Routine (also called non-critical). The aim is to minimise the cost and effort of "
                            "buying, through catalogues, frameworks and purchasing cards."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "why-segment-suppliers",
                        "prompt": "How does contract tiering (Bronze to Platinum) differ from supplier segmentation?",
                        "options": [
                            {"text": "Tiering applies to an individual contract and sets how much management it gets; segmentation applies to a supplier or category and sets the nature of the relationship.",
                             "correct": True,
                             "feedback": "Correct. The two usually line up, but a low-tier contract can still be with a hard-to-replace supplier."},
                            {"text": "They are two names for the same thing.", "correct": False,
                             "feedback": "They are related but not the same: one looks at a contract, the other at a supplier or category."},
                            {"text": "Tiering is used only by central government; segmentation only by local government.", "correct": False,
                             "feedback": "Both tools can be used by any public body."},
                            {"text": "Segmentation is done once at tender; tiering is reviewed every year.", "correct": False,
                             "feedback": "Segmentation should be reviewed regularly too, at least once a year and when things change."},
                        ],
                        "feedback": (
                            "Tiering decides how much management a contract gets; segmentation decides what kind of "
                            "relationship you want with a supplier. Use both."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "applying-segmentation",
                        "prompt": (
                            "Your organisation depends heavily on a strategic supplier, but you learn it regards "
                            "your account as small and awkward. What is the most sensible response?"
                        ),
                        "options": [
                            {"text": "Work with other public bodies buying the same service and become a better customer: pay on time, be clear about requirements and avoid needless change.",
                             "correct": True,
                             "feedback": "Correct. This raises your attractiveness to the supplier and reduces the risk of being deprioritised."},
                            {"text": "Threaten to terminate the contract unless the supplier improves its attitude.", "correct": False,
                             "feedback": "With a strategic supplier you cannot easily walk away, so an empty threat weakens your position."},
                            {"text": "Ignore it: the supplier's view of you does not affect service.", "correct": False,
                             "feedback": "It often does. Suppliers put their best people on accounts they value."},
                            {"text": "Reclassify the supplier as routine so it needs less attention.", "correct": False,
                             "feedback": "The supplier is still hard to replace and important to you. Changing the label does not change the risk."},
                        ],
                        "feedback": (
                            "The supplier preferencing model reminds you that suppliers segment their customers. If "
                            "a strategic supplier sees you as unattractive, manage that risk actively."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "applying-segmentation",
                        "prompt": "Once suppliers have been segmented, the segmentation should stay fixed for the life of their contracts.",
                        "answer": False,
                        "feedback": (
                            "False. Markets, suppliers and your needs change. Review at least once a year and when "
                            "something significant happens, such as a merger, a profit warning or providers leaving "
                            "the market."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "governance-and-reviews",
            "title": "Governance and review meetings",
            "summary": "Set up proportionate governance, run review meetings that change things and keep the relationship healthy.",
            "lessons": [
                {
                    "slug": "designing-relationship-governance",
                    "title": "Designing relationship governance",
                    "summary": "Operational, tactical and strategic forums, scaled to the supplier and written down.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>Governance is the set of agreed forums, roles and routes through which buyer and "
                            "supplier run their relationship: who meets whom, how often, with what information, "
                            "what each forum can decide, and where problems go when they cannot be settled. "
                            "Without it, relationships run on personal contacts and goodwill. That works until "
                            "someone leaves or something goes wrong.</p>"
                        )),
                        ("heading", {"text": "Three levels of governance"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Operational</b>: day-to-day or weekly contact between the contract manager and "
                            "the supplier's service manager. Focus: service delivery, incidents and immediate issues.</li>"
                            "<li><b>Tactical</b>, often called the contract or performance review: usually monthly "
                            "or quarterly. Focus: performance against KPIs, risks and issues, changes, invoices and "
                            "service credits, and improvement actions.</li>"
                            "<li><b>Strategic</b>, an executive or partnership board: usually quarterly to yearly, "
                            "with senior sponsors on both sides. Focus: the direction of the relationship, your "
                            "future needs, major risks, innovation, and whether the relationship is delivering "
                            "what each side expected.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Scale the governance to the segment and the contract tier. A routine supplier may "
                            "need no more than a check of invoices and an annual look at the contract. A strategic "
                            "supplier running a critical service needs all three levels working, with clear links "
                            "between them. Heavy governance on a low-risk contract wastes time and money on both "
                            "sides, and suppliers build the cost of attending meetings into their prices.</p>"
                        )),
                        ("paragraph", (
                            "<p>Write the governance down. Many contracts include a governance schedule; if yours "
                            "does not, agree <b>terms of reference</b> with the supplier. Each forum needs a "
                            "purpose, membership (by role, not only by name), frequency, inputs (which reports and "
                            "data, and when they arrive), the decisions it can take, and an escalation route for "
                            "when it cannot agree.</p>"
                        )),
                        ("paragraph", (
                            "<p>Treat escalation as a normal, expected step, not a sign of failure. An issue that "
                            "one level cannot resolve should move up promptly with a short, factual summary of "
                            "what has been tried and what decision is needed, rather than sitting on the action "
                            "log for months. Equally, senior forums should push operational detail back down so "
                            "they have time for the strategic questions only they can answer.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Good governance is proportionate, written down and understood by both sides. "
                                "Each forum knows its purpose, members, data, powers and where to escalate.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Governance for a broad, long partnership",
                            "organisation": "Cleveland Police and Steria",
                            "body": (
                                "<p>Cleveland Police's partnership with Steria, signed in 2010 and worth about "
                                "£175m over ten years, covered the control room, custody, IT, HR and finance. A "
                                "relationship of that breadth and length needs operational management of each "
                                "service, tactical review of performance across them, and a strategic forum where "
                                "senior leaders on both sides consider how the arrangement as a whole is serving "
                                "the force.</p>"
                                "<p>The partnership brought cost savings and modern technology, but it also drew "
                                "criticism over zero-hours contracts. That is a reminder that strategic governance "
                                "has to look beyond the KPI report, at how a service is delivered and how it "
                                "reflects on the public body that commissioned it.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For one significant contract you know, map its current governance against the "
                                "three levels. Which level is missing or weak, and what would you change?"
                            ),
                            "guidance": (
                                "<p>A good answer lists the forums that actually meet (not just those in the "
                                "contract), their frequency and attendees. It spots gaps, such as no strategic "
                                "forum for a critical supplier, or senior managers spending board time on "
                                "operational detail. It proposes a specific change, for example written terms of "
                                "reference, a defined escalation route or a lighter regime for a low-risk "
                                "contract.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "running-effective-review-meetings",
                    "title": "Running effective review meetings",
                    "summary": "Prepare on checked data, follow a standard agenda and leave with owned, dated actions.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>The contract review meeting is where most supplier management actually happens. "
                            "Done well, it is a short, focused, evidence-based conversation that ends with clear "
                            "decisions and actions. Done badly, it is either a pleasant chat that changes nothing "
                            "or a ritual of blame that makes the supplier defensive and drives problems out of "
                            "sight.</p>"
                        )),
                        ("heading", {"text": "Before the meeting"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Agree a standing agenda with the supplier, and circulate it with any additions "
                            "about a week ahead.</li>"
                            "<li>Require performance data in the agreed format a few working days before the "
                            "meeting so both sides can read and check it.</li>"
                            "<li>Validate the data yourself: compare it with complaints, service users' "
                            "experience and your own records.</li>"
                            "<li>Review the action log: what was promised last time, and has it happened?</li>"
                            "<li>Decide the two or three outcomes you need, and brief colleagues attending from "
                            "your side so you speak with one voice.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "A standard agenda"}),
                        ("paragraph", (
                            "<p>A typical agenda runs: actions from the last meeting; performance against KPIs and "
                            "trends; service issues and complaints; risks and issues, including the supplier's own "
                            "such as staffing or supply chain problems; changes and variations; finance (invoices, "
                            "service credits and disputed items); improvement and innovation; a <b>forward look</b> "
                            "at demand, events or policy changes coming up; and items for escalation. Keep the "
                            "forward look on the agenda every time: it turns a meeting about last month into one "
                            "about next year.</p>"
                        )),
                        ("heading", {"text": "During and after"}),
                        ("paragraph", (
                            "<p>Chair firmly and keep to time. Discuss trends, not just one month's figures. Ask "
                            "open questions, such as <i>what is driving the rise in missed appointments?</i>, "
                            "before reaching conclusions. Invite the supplier to say what you could do better: "
                            "late decisions, changing requirements and slow payment on the buyer's side often "
                            "contribute to poor performance.</p>"
                        )),
                        ("paragraph", (
                            "<p>Record decisions and actions, each with an owner and a date, and send the notes "
                            "within a few days, asking the supplier to confirm they are accurate. Chase actions "
                            "between meetings rather than discovering at the next one that nothing happened. The "
                            "minutes and action log are also your evidence if the relationship later ends in a "
                            "dispute.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Prepare on data you have checked, agree actions with owners and dates, record "
                                "everything and follow up. A review that changes nothing was not worth holding.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "From monthly ritual to useful review",
                            "organisation": "A district council (generic example)",
                            "body": (
                                "<p>The district council's monthly meeting with its leisure centre operator had "
                                "become an hour of the operator presenting slides. A new contract manager asked for "
                                "the data five working days in advance, dropped the presentation and opened each "
                                "meeting with the action log.</p>"
                                "<p>Within three months the meetings had uncovered that a fall in swimming-lesson "
                                "bookings came from an online booking fault that both sides knew about but neither "
                                "owned. Once it had an owner and a deadline, it was fixed within a month.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think about the last supplier meeting you attended or chaired. What was decided, "
                                "who owned each action, and how do you know whether it happened?"
                            ),
                            "guidance": (
                                "<p>A good answer checks whether there was a written record with owners and dates, "
                                "whether the data discussed had been validated, and whether the supplier was "
                                "invited to comment on the buyer's own behaviour. It ends with one concrete change "
                                "for next time, such as pre-circulated data, starting with the action log, or "
                                "adding a forward look.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "relationship-health-and-behaviours",
                    "title": "Relationship health and behaviours",
                    "summary": "Build trust, check the relationship's health and keep professional boundaries.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>Contracts and KPIs set the formal terms, but how the relationship works day to day "
                            "has a large effect on results. When trust is high, problems are raised early, "
                            "information flows and both sides look for solutions. When trust is low, each side "
                            "hoards information, insists on everything in writing and reaches for the contract at "
                            "the first difficulty. Neither extreme is healthy: a relationship can also become too "
                            "comfortable, with a contract manager reluctant to challenge a supplier they have "
                            "worked with for years.</p>"
                        )),
                        ("heading", {"text": "Checking the health of a relationship"}),
                        ("paragraph", (
                            "<p>For important suppliers, check the health of the relationship from time to time, "
                            "not just performance. A short joint survey once or twice a year can ask both teams "
                            "about communication, responsiveness, trust and whether each side keeps its promises. "
                            "Alternatively, hold a frank discussion at the strategic board. Ask the supplier how "
                            "easy you are to work with: suppliers often report slow decisions, unclear "
                            "requirements, frequent changes of contact and late payment, all of which you can "
                            "fix.</p>"
                        )),
                        ("heading", {"text": "Professional boundaries"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>One voice</b>: agree who may instruct the supplier. Informal requests from "
                            "service staff can become unfunded changes or later claims.</li>"
                            "<li><b>Gifts, hospitality and conflicts of interest</b>: follow your organisation's "
                            "rules and declare any conflict, including personal relationships with supplier "
                            "staff or a past employment link.</li>"
                            "<li><b>Confidentiality</b>: never share one supplier's prices or ideas with its competitors.</li>"
                            "<li><b>Independence</b>: stay friendly but challenge poor performance, however well "
                            "you get on with the supplier's team.</li>"
                            "<li><b>Change control</b>: an agreement that changes what the contract requires must "
                            "be formally recorded, not settled with a handshake.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Behaviour matters on the buyer's side too. Paying on time, giving notice of changes "
                            "in demand, sharing plans and recognising good work all make a supplier more willing "
                            "to go further for you. Managing suppliers through pressure alone may produce "
                            "compliance, but it rarely produces ideas or goodwill when you need a favour.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Trust is built through reliable behaviour on both sides. Be fair, consistent "
                                "and professional, challenge performance on evidence, and keep every agreement "
                                "inside the contract's rules.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "When the relationship gets too comfortable",
                            "organisation": "A police force (generic example)",
                            "body": (
                                "<p>A force's estates team had worked with the same maintenance contractor for eight "
                                "years. Meetings were friendly and the contractor's reports were accepted without "
                                "question. A new contract manager checked a sample of completed jobs and found that "
                                "reactive repairs were being closed on the system before the work was finished, "
                                "which flattered the response-time KPI.</p>"
                                "<p>The cause was not dishonesty by the previous manager but a lack of challenge. "
                                "The force introduced regular sample audits and agreed with the contractor that a "
                                "job would only close once the requester confirmed the repair.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Where does your relationship with a key supplier sit between adversarial and too "
                                "comfortable? What evidence tells you, and what one behaviour would move it towards "
                                "a healthier balance?"
                            ),
                            "guidance": (
                                "<p>Useful evidence includes how early problems are raised, whether data is "
                                "shared openly, how often disputes arise, and whether anyone still checks the "
                                "supplier's reports. A good answer picks a specific behaviour, such as starting "
                                "sample checks, asking the supplier for feedback on your organisation, or "
                                "routing all instructions through the contract manager.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Governance and review meetings: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "designing-relationship-governance",
                        "prompt": (
                            "Which forum is the right place to discuss your organisation's needs over the next "
                            "five years and the overall direction of a relationship with a strategic supplier?"
                        ),
                        "options": [
                            {"text": "The strategic (executive or partnership) board", "correct": True,
                             "feedback": "Correct. Direction, future needs and major risks belong with senior sponsors."},
                            {"text": "The weekly operational catch-up", "correct": False,
                             "feedback": "Operational meetings deal with day-to-day delivery and incidents."},
                            {"text": "The monthly performance review", "correct": False,
                             "feedback": "The tactical review focuses on KPIs, risks, changes and invoices, not long-term direction."},
                            {"text": "An informal conversation between the contract manager and the account manager", "correct": False,
                             "feedback": "Useful for building rapport, but decisions about direction need senior, recorded governance."},
                        ],
                        "feedback": (
                            "Operational governance handles delivery, tactical governance handles performance, and "
                            "strategic governance handles direction, future needs and major risks."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "designing-relationship-governance",
                        "prompt": "What should the terms of reference for a governance forum set out? Select all that apply.",
                        "options": [
                            {"text": "Its purpose and the decisions it can take", "correct": True,
                             "feedback": "Yes. Members need to know what the forum is for and what it can decide."},
                            {"text": "Membership by role, and how often it meets", "correct": True,
                             "feedback": "Yes. Roles keep the forum working when individuals change."},
                            {"text": "The reports and data it receives, and when", "correct": True,
                             "feedback": "Yes. Agreed inputs let members prepare."},
                            {"text": "The escalation route when it cannot agree", "correct": True,
                             "feedback": "Yes. Every forum needs to know where unresolved issues go."},
                            {"text": "A rule that issues must never be escalated above this forum", "correct": False,
                             "feedback": "No. Escalation is a normal, healthy step when a level cannot resolve an issue."},
                        ],
                        "feedback": (
                            "Terms of reference cover purpose, membership, frequency, inputs, decision-making "
                            "authority and escalation."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "designing-relationship-governance",
                        "prompt": "Escalating an issue to a higher level of governance is a sign that the relationship has failed.",
                        "answer": False,
                        "feedback": (
                            "False. Escalation is an expected part of good governance. Issues that one level cannot "
                            "resolve should move up promptly with a clear summary, rather than being left to fester."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "A review meeting that changes nothing",
                        "stem": (
                            "<p>You have just taken over a council's housing repairs contract. The supplier emails "
                            "its performance report on the morning of each monthly review. The notes of the last "
                            "three meetings list several actions but no owners or dates. Every KPI in the report is "
                            "green, yet tenants' complaints about repairs have risen for four months.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "running-effective-review-meetings",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Agree with the supplier that data arrives a few working days before each review, start an action log with owners and dates, and check the report against complaints data before the next meeting.",
                                     "correct": True,
                                     "feedback": "Correct. This fixes the process and tests the green report against independent evidence before you draw conclusions."},
                                    {"text": "Issue a formal warning notice for poor performance straight away.", "correct": False,
                                     "feedback": "Premature. The reported KPIs are met and you have not yet established the facts. Formal steps need evidence."},
                                    {"text": "Accept the report: the KPIs are the contractual measure, so complaints are not your concern.", "correct": False,
                                     "feedback": "Rising complaints alongside green KPIs is a classic warning that the measures or data may be wrong."},
                                    {"text": "Cancel the reviews until performance improves.", "correct": False,
                                     "feedback": "Removing governance makes problems harder to see and fix."},
                                ],
                                "feedback": (
                                    "Effective reviews rest on checked data received in advance and an action log "
                                    "with owners and dates. Validate before you act formally."
                                ),
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "running-effective-review-meetings",
                                "prompt": "Which items belong on the standing agenda you agree with the supplier? Select all that apply.",
                                "options": [
                                    {"text": "Actions from the last meeting", "correct": True,
                                     "feedback": "Yes. Starting here keeps promises visible."},
                                    {"text": "Risks and issues, including the supplier's own", "correct": True,
                                     "feedback": "Yes. Staffing or supply chain problems on the supplier's side affect your service."},
                                    {"text": "A forward look at demand and upcoming changes", "correct": True,
                                     "feedback": "Yes. It turns the meeting towards the future."},
                                    {"text": "Finance: invoices, service credits and disputed items", "correct": True,
                                     "feedback": "Yes. Money issues left unresolved sour relationships."},
                                    {"text": "The prices the supplier charges other councils", "correct": False,
                                     "feedback": "That is other customers' confidential information and not an agenda item."},
                                ],
                                "feedback": (
                                    "A standard agenda covers actions, performance, complaints, risks and issues, "
                                    "changes, finance, improvement, a forward look and escalations."
                                ),
                            },
                        ],
                    },
                    {
                        "type": "single_choice",
                        "lesson": "relationship-health-and-behaviours",
                        "prompt": (
                            "A service manager in your organisation has been asking the supplier directly for extra "
                            "work that is not in the contract, and the supplier has been doing it. What is the main risk?"
                        ),
                        "options": [
                            {"text": "Unagreed changes that may lead to unfunded costs or later claims, and a supplier receiving mixed instructions", "correct": True,
                             "feedback": "Correct. Changes must go through change control, and one voice should instruct the supplier."},
                            {"text": "There is no risk: the supplier is being helpful", "correct": False,
                             "feedback": "Goodwill now can become a claim later, and the contract no longer reflects what is delivered."},
                            {"text": "The supplier will automatically be in breach of contract", "correct": False,
                             "feedback": "Doing extra work at the buyer's request is not itself a breach; the risk is to you."},
                            {"text": "The service manager has committed fraud", "correct": False,
                             "feedback": "Not necessarily. It is usually a control weakness rather than fraud, but it must be fixed."},
                        ],
                        "feedback": (
                            "Agree who may instruct the supplier, and route changes to scope or price through change control."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "relationship-health-and-behaviours",
                        "prompt": "A very friendly, long-standing relationship with a supplier is always a sign of good supplier relationship management.",
                        "answer": False,
                        "feedback": (
                            "False. A relationship can become too comfortable, so that nobody checks the supplier's "
                            "reports or challenges performance. Healthy relationships combine trust with independent "
                            "challenge."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "designing-relationship-governance",
                        "prompt": (
                            "What is the usual name for the document that sets out a governance forum's purpose, "
                            "membership, frequency and decision-making powers?"
                        ),
                        "accepted": ["terms of reference", "ToR", "the terms of reference"],
                        "feedback": (
                            "Terms of reference. If the contract has no governance schedule, agree terms of "
                            "reference with the supplier for each forum."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "performance-and-improvement",
            "title": "Performance and continuous improvement",
            "summary": "Measure what matters, deal with underperformance in proportion and get more from the relationship over time.",
            "lessons": [
                {
                    "slug": "measuring-supplier-performance",
                    "title": "Measuring supplier performance",
                    "summary": "Design KPIs that reflect outcomes, validate the data and look past green ratings.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>You cannot manage what you have not defined. Measure supplier performance against "
                            "the outcomes the contract exists to deliver, using a small number of key performance "
                            "indicators (KPIs) that are specific, measurable, within the supplier's control and "
                            "based on data both sides trust. A handful of meaningful KPIs is better than a hundred "
                            "that nobody reads.</p>"
                        )),
                        ("heading", {"text": "Designing good measures"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Link each KPI to an outcome that matters to the public or to your organisation: "
                            "missed bin collections per 100,000, not the number of vehicles sent out.</li>"
                            "<li>Define it precisely: what is measured, how, from which data source, over what "
                            "period, and what counts as an exception.</li>"
                            "<li>Set a target and, where relevant, a minimum level below which contractual "
                            "remedies apply.</li>"
                            "<li>Mix <b>lagging</b> indicators, which show what has already happened (such as "
                            "complaints), with <b>leading</b> indicators, which warn you before service fails "
                            "(such as staff vacancies or overdue maintenance).</li>"
                            "<li>Include user satisfaction or quality checks so a supplier cannot hit targets while "
                            "the service gets worse.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Beware the <b>watermelon effect</b>: a report that is green on the outside and red "
                            "inside. Every KPI is met, yet complaints rise and frontline staff are frustrated. It "
                            "usually means the KPIs measure the wrong things, nobody is checking the data, or the "
                            "supplier is managing to the measure rather than the outcome. Counter it by validating "
                            "data through sample checks, site visits and comparison with your own systems and "
                            "complaints, and by listening to service users.</p>"
                        )),
                        ("paragraph", (
                            "<p>For important suppliers, a <b>balanced scorecard</b> gives a rounder picture. "
                            "Alongside service KPIs, look at cost and value for money, relationship health, risk "
                            "(including financial health and resilience), social value commitments and "
                            "improvement. This gives the strategic board something to discuss beyond last "
                            "month's figures.</p>"
                        )),
                        ("paragraph", (
                            "<p>Performance is also becoming more public. Under the Procurement Act 2023, in force "
                            "since 24 February 2025, contracting authorities must set and publish KPIs for contracts "
                            "worth more than £5m and report how the supplier performs against them. Measures the "
                            "public may read must be clear, and the data behind them defensible.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Measure a few outcomes that matter, define them exactly, check the data "
                                "independently, and look beyond green ratings to what service users "
                                "experience.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A green report and rising complaints",
                            "organisation": "A city council (generic example)",
                            "body": (
                                "<p>A city council's waste collection supplier reported 99.8% of scheduled "
                                "collections completed for six months running, comfortably above target. Over "
                                "the same period, complaints about missed bins doubled in some wards. When the "
                                "council compared vehicle tracking data with the supplier's reports, it found "
                                "that a street was recorded as collected even when some properties on it had been "
                                "missed.</p>"
                                "<p>The council and supplier agreed through change control to measure missed "
                                "properties rather than streets, and the council began a monthly comparison of "
                                "the supplier's figures with its own complaints data.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Choose a KPI from a contract you know. Is it tied to an outcome, precisely defined "
                                "and checked against independent data? How could it be gamed?"
                            ),
                            "guidance": (
                                "<p>A good answer states the KPI's definition and data source, says whether it "
                                "measures an outcome or an activity, and identifies who checks the figures. It "
                                "describes at least one way the supplier could meet the number without serving "
                                "users well, and suggests a counter-measure such as a quality check, a user "
                                "satisfaction measure or sample audits.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "managing-underperformance",
                    "title": "Managing underperformance",
                    "summary": "Restore the service through root cause analysis, a remediation plan and proportionate escalation.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>When performance slips, the aim is to restore the service, not to punish the "
                            "supplier. Contractual remedies such as service credits exist for good reasons, but a "
                            "supplier that pays credits and carries on failing has not solved your problem. Work "
                            "through a proportionate, documented process that escalates only as far as "
                            "needed.</p>"
                        )),
                        ("heading", {"text": "A proportionate sequence"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>Spot it early</b> from data, complaints, leading indicators or frontline colleagues.</li>"
                            "<li><b>Raise it informally</b> with the supplier's service manager and agree the facts: "
                            "what has happened, since when and how large the problem is.</li>"
                            "<li><b>Find the root cause</b>. Is it the supplier's staffing, training, systems or "
                            "subcontractors, or something on your side such as higher demand, late information or "
                            "a changed requirement?</li>"
                            "<li><b>Agree a remediation plan</b>, sometimes called a performance improvement plan, "
                            "with specific actions, owners, milestones and the measures that will show improvement.</li>"
                            "<li><b>Monitor closely</b> at an agreed frequency until performance is back to standard.</li>"
                            "<li><b>Escalate formally</b> if the plan fails: raise it through governance, apply "
                            "contractual remedies, and as a last resort consider step-in or termination, with "
                            "legal and commercial advice.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p>Root cause analysis matters because the obvious explanation is often wrong. A "
                            "supplier missing response times may blame staff shortages, but the deeper cause might "
                            "be pay rates held down by a price the buyer pushed hard for at tender. Simple "
                            "techniques such as the <i>five whys</i>, asking why repeatedly until you reach a cause "
                            "someone can act on, work well in a joint session.</p>"
                        )),
                        ("paragraph", (
                            "<p>Use the contract. Read the performance, remedies, dispute resolution and "
                            "termination clauses before you need them, and follow their procedures exactly: formal "
                            "notices must go to the right address, in the right form and within the right time. "
                            "Apply remedies consistently. If you routinely ignore failures, a supplier may later "
                            "argue that you accepted the lower standard. If you decide to waive a remedy in return "
                            "for an improvement, record that agreement in writing.</p>"
                        )),
                        ("paragraph", (
                            "<p>Keep a clear record throughout: the data, meetings, plan and notices. Under the "
                            "Procurement Act 2023 a public body may in some circumstances have to publish "
                            "information about a supplier's breach or poor performance, and that can affect the "
                            "supplier's future bids, so records must be accurate and fair. Take advice from your "
                            "legal and procurement colleagues before any formal step.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Aim to fix the service, not just to penalise. Find the root cause, agree a "
                                "measurable remediation plan, escalate in proportion, and follow the contract's "
                                "procedures to the letter.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A waste supplier missing its KPIs",
                            "organisation": "A unitary council (generic example)",
                            "body": (
                                "<p>After a route redesign, the council's waste supplier missed its "
                                "missed-collections KPI three months in a row. Service credits were deducted each "
                                "month, but performance did not improve. The contract manager called a joint root "
                                "cause session. It emerged that the new routes had been built on out-of-date "
                                "property data supplied by the council, and that the supplier had lost experienced "
                                "drivers to a neighbouring authority paying more.</p>"
                                "<p>The parties agreed a remediation plan with weekly milestones: the council "
                                "corrected its property data within two weeks; the supplier re-ran the routes and "
                                "introduced a retention payment for drivers. Performance was back within target in "
                                "ten weeks. The council kept the credits already deducted and confirmed in writing "
                                "that it would not issue a formal warning notice while the plan stayed on track.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "A supplier tells you a KPI was missed because of factors outside its control. How "
                                "do you respond?"
                            ),
                            "guidance": (
                                "<p>A good answer neither accepts nor rejects the claim outright. It asks for "
                                "evidence, checks what the contract says about relief events or excused "
                                "failures, and looks honestly at whether the buyer contributed. It then agrees "
                                "the facts, a root cause and a remediation plan, and records any decision to "
                                "waive or apply remedies.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "driving-continuous-improvement",
                    "title": "Driving continuous improvement",
                    "summary": "Build improvement into the contract and governance, share the gains and measure the benefits.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>Meeting the contract standard is the minimum. Over a contract of several years, "
                            "needs change, technology moves on and the supplier learns to do the work more "
                            "efficiently. Continuous improvement is the deliberate effort to capture those gains "
                            "for the public body, as lower cost, better quality or new ways of working, rather "
                            "than letting them all flow to the supplier's margin or go unused.</p>"
                        )),
                        ("heading", {"text": "Building improvement into the relationship"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Contract for it</b>: many contracts include a continuous improvement clause "
                            "requiring the supplier to propose improvements each year, or productivity gains "
                            "built into the price.</li>"
                            "<li><b>Make it a standing item</b> at tactical and strategic reviews, with a joint "
                            "improvement plan and a log of ideas, owners and expected benefits.</li>"
                            "<li><b>Share the gains</b>: a gainshare arrangement splits the savings from a "
                            "supplier's innovation, giving it a reason to invest. Agree the baseline and the "
                            "calculation before work starts.</li>"
                            "<li><b>Benchmark</b> price and performance against similar contracts, other public "
                            "bodies or market data, where the contract allows.</li>"
                            "<li><b>Use change control</b> for improvements that alter scope, price or service "
                            "levels, so they are properly agreed and recorded.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Be realistic about where to invest effort. Joint improvement takes time on both "
                            "sides, so focus it on strategic suppliers and larger leverage contracts. For routine "
                            "suppliers, improvement usually means simpler ordering now and a keener price at the "
                            "next competition.</p>"
                        )),
                        ("paragraph", (
                            "<p>Good ideas often come from frontline staff on both sides. The supplier's crews, "
                            "call handlers and engineers see waste and duplication that managers miss. Workshops "
                            "that bring together the people who do the work, with a clear problem to solve and a "
                            "commitment to act on the best ideas, produce far more than general requests for "
                            "innovation.</p>"
                        )),
                        ("paragraph", (
                            "<p>Measure the benefit. Record what each improvement was expected to deliver and check "
                            "whether it did, in cash or service terms. This builds a record of what the "
                            "relationship has achieved, which helps when you decide whether to extend the "
                            "contract, re-compete it or bring the service in-house.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Improvement does not happen by itself. Build it into the contract and "
                                "governance, share the gains fairly, implement changes through change control and "
                                "measure the benefits.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Gainshare on energy costs",
                            "organisation": "A police force (generic example)",
                            "body": (
                                "<p>A force's facilities management contractor proposed upgrading lighting and "
                                "heating controls across the estate. The force had no capital budget, so the "
                                "parties agreed that the contractor would fund the work and receive half of the "
                                "verified energy savings for four years. Savings were measured against a baseline "
                                "of the previous two years' meter readings, adjusted for weather, agreed before "
                                "any work began.</p>"
                                "<p>The arrangement was recorded through the contract's change control procedure. "
                                "The contractor earned a return on its investment and the force got "
                                "better-controlled buildings and lower bills with no upfront cost.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "What improvement could one of your key suppliers make next year, and what would "
                                "motivate it to do so?"
                            ),
                            "guidance": (
                                "<p>A good answer names a specific improvement and its expected benefit, considers "
                                "what the supplier would gain (gainshare, a contract extension, a reference, "
                                "lower cost to serve) and how the benefit would be measured. It notes whether the "
                                "change needs to go through change control and who would own it on each side.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Performance and continuous improvement: check your understanding",
                "questions": [
                    {
                        "type": "short_text",
                        "lesson": "measuring-supplier-performance",
                        "prompt": "Which fruit gives its name to a performance report that is green on the outside but red inside?",
                        "accepted": ["watermelon", "watermelon effect", "a watermelon", "the watermelon effect"],
                        "feedback": (
                            "The watermelon effect: KPIs are green but users' experience is poor. Validate data and "
                            "listen to service users."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "measuring-supplier-performance",
                        "prompt": "Which are features of a good KPI? Select all that apply.",
                        "options": [
                            {"text": "It is linked to an outcome that matters to service users or the organisation", "correct": True,
                             "feedback": "Yes. Outcomes, not activity, show whether the contract is working."},
                            {"text": "It is precisely defined, including its data source and measurement period", "correct": True,
                             "feedback": "Yes. Vague definitions lead to disputes and gaming."},
                            {"text": "It measures something within the supplier's control", "correct": True,
                             "feedback": "Yes. Otherwise remedies are unfair and hard to enforce."},
                            {"text": "It counts inputs, such as the number of vehicles deployed", "correct": False,
                             "feedback": "Inputs show activity, not results. Measure the outcome, such as missed collections."},
                            {"text": "There are as many KPIs as possible, so that every activity is covered", "correct": False,
                             "feedback": "Too many KPIs dilute attention. A few meaningful measures work better."},
                        ],
                        "feedback": "Good KPIs are few, outcome-based, precisely defined, controllable by the supplier and based on trusted data.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "measuring-supplier-performance",
                        "prompt": "Under the Procurement Act 2023, contracting authorities must publish KPIs for contracts worth more than £5m.",
                        "answer": True,
                        "feedback": (
                            "True. The Act, in force from 24 February 2025, requires KPIs to be set and published for "
                            "contracts over £5m, with performance against them reported."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "Missed collections for the third month",
                        "stem": (
                            "<p>Your council's waste collection supplier has missed its missed-collections KPI for "
                            "three months running. Service credits have been deducted each month. At the review, "
                            "the supplier's manager says the failures were caused by factors outside its control "
                            "and asks for the target to be relaxed.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "managing-underperformance",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Hold a joint root cause session, then agree a remediation plan with actions, owners, milestones and measures.",
                                     "correct": True,
                                     "feedback": "Correct. Credits have not fixed the problem; you need to understand the cause and agree how it will be put right."},
                                    {"text": "Terminate the contract for persistent breach.", "correct": False,
                                     "feedback": "Too early. Termination is a last resort, needs legal advice, and would disrupt a statutory service."},
                                    {"text": "Keep deducting service credits and wait for performance to recover.", "correct": False,
                                     "feedback": "Credits compensate but do not restore the service. Three months without improvement calls for a plan."},
                                    {"text": "Agree to relax the target, since the supplier says the causes are outside its control.", "correct": False,
                                     "feedback": "Not without evidence. Check the claim and the contract first; relaxing targets informally can weaken your position."},
                                ],
                                "feedback": (
                                    "Underperformance is managed in proportion: agree the facts, find the root cause "
                                    "(which may include the buyer's own actions), and agree a measurable "
                                    "remediation plan before escalating further."
                                ),
                            },
                            {
                                "type": "true_false",
                                "lesson": "managing-underperformance",
                                "prompt": "If you agree not to issue a formal warning notice while the remediation plan is on track, you should record that agreement in writing.",
                                "answer": True,
                                "feedback": (
                                    "True. Recording any waiver or forbearance protects your position and avoids a "
                                    "later argument that you accepted the lower standard."
                                ),
                            },
                        ],
                    },
                    {
                        "type": "single_choice",
                        "lesson": "managing-underperformance",
                        "prompt": "Why does it matter that contractual remedies are applied consistently?",
                        "options": [
                            {"text": "If failures are routinely ignored, the supplier may argue that you accepted the lower standard", "correct": True,
                             "feedback": "Correct. Inconsistent enforcement can weaken your position if you later need to rely on the contract."},
                            {"text": "Because service credits are the main source of savings in most contracts", "correct": False,
                             "feedback": "Service credits are a remedy, not a savings plan."},
                            {"text": "Because the law requires every service credit to be deducted automatically", "correct": False,
                             "feedback": "You may choose to waive a remedy, but do it deliberately and in writing."},
                            {"text": "It does not matter, as long as the supplier is told informally", "correct": False,
                             "feedback": "Informal messages leave no record and can undermine later formal action."},
                        ],
                        "feedback": "Apply remedies consistently, and record any deliberate decision to waive one.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "driving-continuous-improvement",
                        "prompt": (
                            "A supplier proposes an energy-saving upgrade it would fund itself. Which arrangement "
                            "best motivates it while protecting the public body?"
                        ),
                        "options": [
                            {"text": "A gainshare that splits verified savings, measured against a baseline agreed before work starts, recorded through change control", "correct": True,
                             "feedback": "Correct. The supplier gets a return on its investment and the savings are measured fairly."},
                            {"text": "Let the supplier keep all savings, calculated by the supplier", "correct": False,
                             "feedback": "That gives the public body no benefit and no check on the figures."},
                            {"text": "Agree it verbally at the next review and work out the split later", "correct": False,
                             "feedback": "Without an agreed baseline and formal change, disputes are likely."},
                            {"text": "Refuse, because improvements are the supplier's job under the existing price", "correct": False,
                             "feedback": "That throws away a saving the public body could share in."},
                        ],
                        "feedback": "Gainshare works when the baseline and calculation are agreed first and the change is formally recorded.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "driving-continuous-improvement",
                        "prompt": "An improvement that changes the scope or price of a contract can be agreed informally at a review meeting without going through change control.",
                        "answer": False,
                        "feedback": (
                            "False. Changes to scope, price or service levels must go through the contract's change "
                            "control procedure so they are properly agreed, approved and recorded."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "distress-and-strategic-suppliers",
            "title": "Financial distress and strategic suppliers",
            "summary": "Spot and respond to supplier financial distress, and manage the strategic suppliers you depend on.",
            "lessons": [
                {
                    "slug": "spotting-financial-distress",
                    "title": "Early warning signs of financial distress",
                    "summary": "The financial, operational and behavioural signals that a supplier may be in trouble.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>A supplier's financial failure can stop a public service almost overnight. Staff may "
                            "go unpaid, subcontractors may stop work, and data, equipment and premises may be tied "
                            "up in an insolvency process. Carillion, a major government supplier, went into "
                            "liquidation in January 2018. The government's Outsourcing Playbook followed in 2019 "
                            "(later renamed the Sourcing Playbook), with a strong emphasis on understanding "
                            "suppliers' financial health and planning for failure.</p>"
                        )),
                        ("paragraph", (
                            "<p>Financial health is checked at procurement through the assessment of a supplier's "
                            "economic and financial standing, but that is a snapshot. A company that passed the test "
                            "two years ago may be in difficulty now. For important suppliers, monitoring has to "
                            "continue throughout the contract.</p>"
                        )),
                        ("heading", {"text": "Financial warning signs"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Profit warnings, a falling share price or sharply shrinking margins.</li>"
                            "<li>Accounts filed late at Companies House, a change of auditor, or an auditor's "
                            "report that raises doubt about the company continuing as a <b>going concern</b>.</li>"
                            "<li>Credit rating downgrades or worsening scores from credit reference agencies.</li>"
                            "<li>Rising debt, urgent refinancing, breaches of banking covenants or a large pension deficit.</li>"
                            "<li>Selling profitable parts of the business to raise cash.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Operational and behavioural warning signs"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Requests for early or advance payment, or for changes to payment terms.</li>"
                            "<li>Subcontractors or the supplier's own staff complaining of late payment.</li>"
                            "<li>Falling service quality, high staff turnover or senior people leaving.</li>"
                            "<li>A sudden rise in claims, change requests or disputes as the supplier looks for income.</li>"
                            "<li>Bids for new work at prices that look too low to be sustainable.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>No single sign proves a supplier is failing; late accounts may be an administrative "
                            "slip. It is the pattern that matters. Keep a simple risk log for critical suppliers, "
                            "combine financial information with what you see in service delivery, and share "
                            "concerns with finance and commercial colleagues. Contract managers are often the first "
                            "to notice the operational signs, because they deal with the supplier every week.</p>"
                        )),
                        ("paragraph", (
                            "<p>Check your contracts too. Many, particularly those based on government model terms, "
                            "include <b>financial distress</b> clauses that require the supplier to tell you about "
                            "specified events, such as a credit rating downgrade, and to meet you to discuss the "
                            "effect on your services. Know which of your contracts contain such clauses and what "
                            "they allow you to ask for.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Financial checks at tender are a snapshot. For critical suppliers, monitor "
                                "throughout the contract and look for patterns across financial, operational and "
                                "behavioural signs.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Carillion: a wake-up call for public buyers",
                            "organisation": "Carillion",
                            "body": (
                                "<p>Carillion was a major supplier to government and went into liquidation in "
                                "January 2018. When a supplier of that scale fails, every public body it serves "
                                "has to act at once to keep services and projects going.</p>"
                                "<p>The government's response included the Outsourcing Playbook in 2019, later "
                                "the Sourcing Playbook, which sets out how to assess a supplier's economic and "
                                "financial standing and how to plan for the failure of suppliers of critical "
                                "services. For a contract manager the practical lesson is that even a large, "
                                "well-known supplier can fail: size is no substitute for monitoring and "
                                "contingency planning.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Which of your suppliers would cause the most disruption if it failed next month? "
                                "What do you know about its financial health, and how recent is that information?"
                            ),
                            "guidance": (
                                "<p>A good answer identifies the supplier by impact rather than spend, lists the "
                                "sources you have (latest filed accounts, credit reports, news, contract "
                                "notifications, service behaviour) and their dates, and names the gaps. It "
                                "suggests a routine, such as a quarterly check of credit scores and filings for "
                                "critical suppliers, and checks whether the contract has a financial distress "
                                "clause.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "responding-to-supplier-distress",
                    "title": "Responding to distress and planning for failure",
                    "summary": "What to do when warning signs build, and how to plan for a supplier's failure in advance.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>When warning signs build up, act early and calmly. Panic, or signalling doubt about "
                            "the supplier in public, can make its position worse; doing nothing leaves you "
                            "unprepared. The goal is to protect the continuity of your service while treating the "
                            "supplier fairly and protecting public money.</p>"
                        )),
                        ("heading", {"text": "First steps when the signs build up"}),
                        ("paragraph", (
                            "<ol>"
                            "<li>Gather and check the facts: latest accounts, credit reports, public announcements "
                            "and what you are seeing in service delivery.</li>"
                            "<li>Brief your senior responsible owner and your finance, legal and procurement "
                            "colleagues, and agree who leads. Handle the information confidentially.</li>"
                            "<li>Talk to the supplier. Ask directly about its position and plans, and use any "
                            "financial distress clause to require information and a meeting.</li>"
                            "<li>Check the contract: termination and step-in rights, ownership of assets and data, "
                            "software escrow, and exit obligations.</li>"
                            "<li>Update and test the contingency plan for the service.</li>"
                            "<li>If other public bodies use the same supplier, coordinate with them. Central "
                            "government manages its relationships with its largest strategic suppliers through "
                            "the Cabinet Office.</li>"
                            "</ol>"
                        )),
                        ("heading", {"text": "Planning before there is a problem"}),
                        ("paragraph", (
                            "<p>The best time to plan for a supplier's failure is while it is healthy. For a "
                            "critical service, a contingency plan should answer: what minimum service must keep "
                            "running; who could deliver it (another supplier, a framework, a neighbouring body or "
                            "your own staff); how long that would take; and what would be needed, such as data, "
                            "staff, equipment, premises and licences. The Sourcing Playbook calls for "
                            "<b>resolution planning</b> for critical services: suppliers provide information, such "
                            "as which companies in their group, contracts and staff deliver each service, that "
                            "would help keep services running if they became insolvent.</p>"
                        )),
                        ("paragraph", (
                            "<p>Be careful about financial help. A supplier in difficulty may ask for advance "
                            "payment, faster payment or a price rise. Paying promptly for work done is good "
                            "practice, but paying for work not yet done puts public money at risk if the supplier "
                            "then fails. Any concession should be a deliberate decision with senior and legal "
                            "approval, value for money in mind and safeguards, such as tying payments to "
                            "delivered milestones.</p>"
                        )),
                        ("paragraph", (
                            "<p>If the supplier enters a formal insolvency process, an insolvency practitioner takes "
                            "control. In <b>administration</b> the aim is usually to rescue the business or sell it "
                            "as a going concern, and services may continue. In <b>liquidation</b> the company is "
                            "wound up, although the liquidator may keep some services running for a short period. "
                            "Staff delivering your service may transfer to a new provider, or to you, under TUPE. "
                            "Work with the insolvency practitioner, secure your data and assets, and put your "
                            "contingency plan into action.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Plan for failure while the supplier is healthy. When warning signs appear, "
                                "verify, escalate, talk to the supplier, check the contract and ready the "
                                "contingency plan, without putting public money at unnecessary risk.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A home care provider in difficulty",
                            "organisation": "A county council (generic example)",
                            "body": (
                                "<p>A council's home care provider, supporting 300 residents, began asking to be "
                                "paid two weeks early and filed its accounts late. Carers told social workers "
                                "their wages had been paid late. The contract manager logged the signs, briefed "
                                "the director and finance, and met the provider, which admitted cash flow "
                                "problems after losing a large contract elsewhere.</p>"
                                "<p>The council declined to pay in advance but moved to paying checked invoices "
                                "weekly. It updated its contingency plan, identifying framework providers that "
                                "could take on care packages, and agreed with the provider how care records "
                                "would be handed over if needed. When the provider went into administration two "
                                "months later, residents' care moved to other providers without missed "
                                "visits.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a critical service you are responsible for, could you answer the contingency "
                                "plan questions today? Which answer is weakest?"
                            ),
                            "guidance": (
                                "<p>Test each question: the minimum service, alternative providers, time to switch, "
                                "and the data, staff, assets and licences needed. Common weak spots are access to "
                                "data held in the supplier's systems, software licences in the supplier's name, "
                                "and not knowing which staff would transfer under TUPE. A good answer names one "
                                "action to close the weakest gap.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "managing-strategic-suppliers",
                    "title": "Managing strategic suppliers",
                    "summary": "Senior ownership, a joint plan, an intelligent client and a live exit plan for the suppliers you depend on.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Strategic suppliers are the small number on whom your most important services "
                            "depend and who are hard to replace. They often deliver several services, hold your "
                            "data and systems, and employ people who used to work for you. The relationship is "
                            "long-term and both sides' success depends on it, so managing it is a senior "
                            "responsibility, not only a contract management task.</p>"
                        )),
                        ("heading", {"text": "What good looks like"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Senior sponsorship on both sides</b>: named executives who own the relationship "
                            "and meet regularly.</li>"
                            "<li><b>A joint relationship plan</b>: shared objectives for the next few years, how "
                            "the service needs to change, planned improvements and the risks each side is managing.</li>"
                            "<li><b>A single view of the supplier</b>: one relationship lead who sees all contracts, "
                            "spend, performance and risks with that supplier, so one part of the organisation does "
                            "not undermine another.</li>"
                            "<li><b>An intelligent client</b>: enough skilled people in-house to understand the "
                            "service, challenge the supplier, manage change and, if needed, re-procure or bring "
                            "the service back in-house.</li>"
                            "<li><b>Exit planning from the start</b>: a current exit plan, access to data and "
                            "documentation, and an understanding of the TUPE implications.</li>"
                            "<li><b>Risk and resilience monitoring</b>: financial health, business continuity, "
                            "cyber security and key people.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>The hardest risk with a strategic supplier is dependency. Over time the public body "
                            "can lose the knowledge and skills needed to run, or even specify, the service, leaving "
                            "it unable to challenge the supplier or move away. Keep that knowledge alive: retain "
                            "people who understand how the service works, insist on good documentation, and test "
                            "your ability to re-procure well before the contract ends.</p>"
                        )),
                        ("paragraph", (
                            "<p>This was the concern raised in 2015 by the London Assembly's Budget and Performance "
                            "Committee in its report <i>To Protect and Save</i>. Looking at the Metropolitan "
                            "Police's £216m back-office contract (finance, procurement and HR) with SSCL, which is "
                            "majority-owned by Sopra Steria, the committee warned the Met to build its commercial "
                            "expertise before outsourcing further. Outsourcing a service does not outsource "
                            "accountability for it: the public body still answers for the result.</p>"
                        )),
                        ("paragraph", (
                            "<p>Strategic relationships also carry reputational risk. The public judges the force or "
                            "council, not its contractor, so the strategic board should look at how services are "
                            "delivered as well as whether targets are met: employment practices, treatment of "
                            "service users, data protection and social value commitments.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A strategic supplier needs senior ownership, a joint plan, a single view across "
                                "all contracts, a capable intelligent client and a live exit plan. You can "
                                "outsource delivery, but never accountability.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Police forces and their strategic partners",
                            "organisation": "Lincolnshire Police, Cleveland Police and the Metropolitan Police",
                            "body": (
                                "<p>Several forces have placed large parts of their operations with one supplier. "
                                "Lincolnshire Police outsourced much of its back office and support services to "
                                "G4S in 2012, in a deal worth about £200m over ten years. Cleveland Police's "
                                "partnership with Steria, signed in 2010 and worth about £175m over ten years, "
                                "covered the control room, custody, IT, HR and finance; it brought cost savings "
                                "and modern technology but drew criticism over zero-hours contracts. The "
                                "Metropolitan Police's £216m back-office contract with SSCL led the London Assembly "
                                "to urge the Met to build commercial expertise before outsourcing further.</p>"
                                "<p>In each case the supplier became strategic to the force: deeply embedded, hard "
                                "to replace and central to how the public would judge policing. That makes strong "
                                "in-house commercial capability, senior governance and exit planning "
                                "essential.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "If your most important supplier's contract ended in two years, could your "
                                "organisation re-procure the service or bring it back in-house? What capability "
                                "would you need to build now?"
                            ),
                            "guidance": (
                                "<p>A good answer is honest about gaps: who in-house understands how the service "
                                "works, whether documentation and data are accessible, whether there is a current "
                                "exit plan, and whether the market could take the work on. It proposes practical "
                                "steps such as retaining or recruiting specialist staff, updating the exit plan, "
                                "early market engagement and a timetable that starts well before the contract "
                                "ends.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Financial distress and strategic suppliers: check your understanding",
                "questions": [
                    {
                        "type": "multiple_response",
                        "lesson": "spotting-financial-distress",
                        "prompt": "Which of these could be early warning signs of supplier financial distress? Select all that apply.",
                        "options": [
                            {"text": "Accounts filed late at Companies House", "correct": True,
                             "feedback": "Yes. Not proof on its own, but a recognised warning sign."},
                            {"text": "Requests to be paid in advance or earlier than the contract allows", "correct": True,
                             "feedback": "Yes. This often points to cash flow pressure."},
                            {"text": "Subcontractors complaining that the supplier pays them late", "correct": True,
                             "feedback": "Yes. Stretching payments down the supply chain is a common sign."},
                            {"text": "An auditor's report raising doubt about the company continuing as a going concern", "correct": True,
                             "feedback": "Yes. This is one of the most serious financial warning signs."},
                            {"text": "The supplier paying its subcontractors promptly and investing in staff training", "correct": False,
                             "feedback": "These suggest a supplier with healthy cash flow and confidence in the future."},
                        ],
                        "feedback": "Look for patterns across financial, operational and behavioural signs rather than relying on any single one.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "spotting-financial-distress",
                        "prompt": "A supplier that passed the economic and financial standing assessment at tender needs no further financial monitoring during the contract.",
                        "answer": False,
                        "feedback": (
                            "False. The tender assessment is a snapshot. A supplier's finances can change quickly, so "
                            "critical suppliers should be monitored throughout the contract."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "spotting-financial-distress",
                        "prompt": "Which major government supplier went into liquidation in January 2018?",
                        "accepted": ["Carillion", "Carillion plc", "Carillion PLC"],
                        "feedback": (
                            "Carillion. Its liquidation was followed by the government's Outsourcing Playbook in "
                            "2019, later the Sourcing Playbook."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "A custody healthcare provider under strain",
                        "stem": (
                            "<p>A police force contracts a provider to supply nurses and paramedics in its custody "
                            "suites. In the same month, the provider asks to be paid sixty days in advance, a credit "
                            "reference agency lowers its score, and two nurses tell custody sergeants their pay was "
                            "late. The service is still running to standard.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "responding-to-supplier-distress",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Verify the facts, brief your senior responsible owner, finance and legal, meet the provider to discuss its position (using any financial distress clause), check the contract and update the contingency plan.",
                                     "correct": True,
                                     "feedback": "Correct. This is the calm, early, evidence-based response that protects custody healthcare."},
                                    {"text": "Pay the sixty days in advance straight away to keep the provider afloat.", "correct": False,
                                     "feedback": "Paying for work not yet done puts public money at risk. Any concession needs senior and legal approval and safeguards."},
                                    {"text": "Terminate the contract now, before things get worse.", "correct": False,
                                     "feedback": "Premature and risky: the service is still running, you may lack grounds, and custody could be left without healthcare."},
                                    {"text": "Warn other suppliers and partners publicly that the provider is failing.", "correct": False,
                                     "feedback": "Information must be handled confidentially; public doubt could itself push the provider into failure."},
                                ],
                                "feedback": (
                                    "When warning signs build: verify, escalate internally, talk to the supplier, "
                                    "check the contract and prepare the contingency plan."
                                ),
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "responding-to-supplier-distress",
                                "prompt": "Which questions should the force's contingency plan for custody healthcare answer? Select all that apply.",
                                "options": [
                                    {"text": "What minimum service must continue in the custody suites", "correct": True,
                                     "feedback": "Yes. Start with what must not stop."},
                                    {"text": "Who else could provide the service, and how quickly", "correct": True,
                                     "feedback": "Yes. Alternative providers and lead times are the core of the plan."},
                                    {"text": "What records, staff, equipment and licences a new provider would need", "correct": True,
                                     "feedback": "Yes. Including which staff might transfer under TUPE."},
                                    {"text": "How to word a press release blaming the provider", "correct": False,
                                     "feedback": "Not part of continuity planning, and unhelpful to the relationship and the service."},
                                ],
                                "feedback": "A contingency plan covers the minimum service, alternatives and lead times, and what would be needed to switch.",
                            },
                        ],
                    },
                    {
                        "type": "single_choice",
                        "lesson": "responding-to-supplier-distress",
                        "prompt": "What is the main difference between administration and liquidation?",
                        "options": [
                            {"text": "Administration usually aims to rescue the business or sell it as a going concern; liquidation winds the company up", "correct": True,
                             "feedback": "Correct. Services may continue in administration; in liquidation the company ends, though some services may run briefly."},
                            {"text": "Administration applies only to public bodies; liquidation only to companies", "correct": False,
                             "feedback": "Both are insolvency processes for companies."},
                            {"text": "In administration the directors stay in full control of the company", "correct": False,
                             "feedback": "An insolvency practitioner takes control in administration."},
                            {"text": "There is no practical difference for a public body using the supplier", "correct": False,
                             "feedback": "There is: administration may keep services running, liquidation usually brings them to an end."},
                        ],
                        "feedback": "Know the difference: it shapes how urgently you must put your contingency plan into action.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "managing-strategic-suppliers",
                        "prompt": "In 2015, what did the London Assembly's Budget and Performance Committee ('To Protect and Save') warn the Metropolitan Police to do?",
                        "options": [
                            {"text": "Build its commercial expertise before outsourcing further", "correct": True,
                             "feedback": "Correct. The warning followed the Met's £216m back-office contract with SSCL."},
                            {"text": "Bring all outsourced services back in-house immediately", "correct": False,
                             "feedback": "The committee called for commercial capability, not immediate insourcing."},
                            {"text": "Outsource its control room to Steria, as Cleveland Police had", "correct": False,
                             "feedback": "Cleveland's partnership was cited as an example, not a recommended model to copy."},
                            {"text": "Stop using private sector suppliers altogether", "correct": False,
                             "feedback": "The concern was the Met's capability to manage outsourcing, not outsourcing as such."},
                        ],
                        "feedback": "Outsourcing does not outsource accountability. A public body needs the in-house expertise to manage its suppliers.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "managing-strategic-suppliers",
                        "prompt": "Which actions reduce the risk of becoming over-dependent on a strategic supplier? Select all that apply.",
                        "options": [
                            {"text": "Keep skilled people in-house who understand how the service works", "correct": True,
                             "feedback": "Yes. An intelligent client can challenge the supplier and manage change or exit."},
                            {"text": "Keep the exit plan and service documentation up to date", "correct": True,
                             "feedback": "Yes. Exit planning from the start keeps your options open."},
                            {"text": "Test your ability to re-procure well before the contract ends", "correct": True,
                             "feedback": "Yes. Market engagement and planning take time."},
                            {"text": "Extend the contract automatically to avoid disruption", "correct": False,
                             "feedback": "Automatic extension deepens dependency and avoids testing value for money."},
                            {"text": "Let the incumbent supplier write the specification for the replacement contract on its own", "correct": False,
                             "feedback": "That hands the incumbent an advantage and shows you have lost the ability to specify the service."},
                        ],
                        "feedback": "Dependency is managed by keeping knowledge, documentation and options alive throughout the contract.",
                    },
                ],
            },
        },
    ],
    "final_assessment": {
        "title": "Supplier relationship management: final assessment",
        "questions": [
            {
                "type": "single_choice",
                "lesson": "the-kraljic-matrix",
                "prompt": (
                    "A council's household waste collection is a high-spend statutory service. Only a few firms "
                    "could take it on, and new vehicles and depots would take over a year to arrange. Which "
                    "Kraljic quadrant fits best?"
                ),
                "options": [
                    {"text": "Strategic", "correct": True,
                     "feedback": "Correct. High impact and high supply risk: partner, protect and plan for exit."},
                    {"text": "Leverage", "correct": False,
                     "feedback": "The impact is high, but with few suppliers and long switching times supply risk is high too."},
                    {"text": "Bottleneck", "correct": False,
                     "feedback": "Supply risk is high, but so is the impact; bottleneck is for low-impact purchases."},
                    {"text": "Routine", "correct": False,
                     "feedback": "Neither impact nor supply risk is low here."},
                ],
                "feedback": "Strategic purchases combine high impact with high supply risk and call for a long-term, managed relationship.",
            },
            {
                "type": "single_choice",
                "lesson": "the-kraljic-matrix",
                "prompt": (
                    "A force spends heavily on vehicles bought through a national framework with several "
                    "competing manufacturers. Which approach does the Kraljic matrix suggest?"
                ),
                "options": [
                    {"text": "Use buying power: compete regularly, combine demand and benchmark prices", "correct": True,
                     "feedback": "Correct. This is a leverage category: high impact, low supply risk."},
                    {"text": "Build a long-term partnership with one manufacturer and a joint executive board", "correct": False,
                     "feedback": "That suits strategic suppliers. Here the market is competitive and switching is realistic."},
                    {"text": "Hold large stocks of vehicles to guard against supply failure", "correct": False,
                     "feedback": "That is a bottleneck tactic; supply risk here is low."},
                    {"text": "Minimise management effort and buy by purchasing card", "correct": False,
                     "feedback": "The spend is too significant to treat as routine."},
                ],
                "feedback": "Leverage categories reward active use of competition and buying power.",
            },
            {
                "type": "multiple_response",
                "lesson": "why-segment-suppliers",
                "prompt": "What does a good supplier segmentation help you do? Select all that apply.",
                "options": [
                    {"text": "Focus scarce management time where value and risk are greatest", "correct": True,
                     "feedback": "Yes. That is its main purpose."},
                    {"text": "Set proportionate governance for each group of suppliers", "correct": True,
                     "feedback": "Yes. Governance should match the segment."},
                    {"text": "Spot concentrations of risk, such as several critical services with one supplier", "correct": True,
                     "feedback": "Yes. Segmentation makes dependencies visible."},
                    {"text": "Give every supplier the same level of attention", "correct": False,
                     "feedback": "The opposite: segmentation exists because suppliers need different treatment."},
                ],
                "feedback": "Segmentation lets effort follow value and risk, and makes the reasons visible to leaders and auditors.",
            },
            {
                "type": "true_false",
                "lesson": "applying-segmentation",
                "prompt": "Spend data on its own is enough to place suppliers accurately on the Kraljic matrix.",
                "answer": False,
                "feedback": (
                    "False. Spend shows part of the impact axis. You also need to know how critical the service is "
                    "and how hard the supplier would be to replace, which usually comes from service leads and "
                    "market knowledge."
                ),
            },
            {
                "type": "single_choice",
                "lesson": "designing-relationship-governance",
                "prompt": (
                    "Which level of governance, usually monthly or quarterly, focuses on KPIs, risks and issues, "
                    "changes, invoices and service credits?"
                ),
                "options": [
                    {"text": "Tactical (the contract or performance review)", "correct": True,
                     "feedback": "Correct. This is the main forum for managing contract performance."},
                    {"text": "Operational", "correct": False,
                     "feedback": "Operational contact is day-to-day and deals with delivery and incidents."},
                    {"text": "Strategic", "correct": False,
                     "feedback": "The strategic board looks at direction, future needs and major risks."},
                    {"text": "Audit committee", "correct": False,
                     "feedback": "An audit committee provides internal assurance; it is not a supplier governance forum."},
                ],
                "feedback": "Operational handles delivery, tactical handles performance, strategic handles direction.",
            },
            {
                "type": "single_choice",
                "lesson": "running-effective-review-meetings",
                "prompt": "A supplier always hands out its performance report at the start of the review meeting. What is the best practice?",
                "options": [
                    {"text": "Agree that the report arrives a few working days before, so you can read and validate it against your own evidence", "correct": True,
                     "feedback": "Correct. Checked data makes for a focused, evidence-based discussion."},
                    {"text": "Accept it: reading it together in the meeting saves preparation time", "correct": False,
                     "feedback": "You cannot check figures in the room, so problems are missed and meetings run long."},
                    {"text": "Stop asking for a report and rely on complaints instead", "correct": False,
                     "feedback": "Complaints are a useful check but not a substitute for agreed performance data."},
                    {"text": "Withhold payment until the report arrives earlier", "correct": False,
                     "feedback": "Only if the contract allows it, and it is a disproportionate first step."},
                ],
                "feedback": "Good reviews rest on data received in advance and validated independently.",
            },
            {
                "type": "true_false",
                "lesson": "relationship-health-and-behaviours",
                "prompt": "Asking a supplier how easy your organisation is to work with is a useful part of checking the health of a relationship.",
                "answer": True,
                "feedback": (
                    "True. Suppliers often point to slow decisions, unclear requirements and late payment, which the "
                    "buyer can fix to improve results."
                ),
            },
            {
                "type": "short_text",
                "lesson": "measuring-supplier-performance",
                "prompt": "Is a rising number of staff vacancies at a supplier a leading or a lagging indicator of service performance?",
                "accepted": ["leading", "leading indicator", "a leading indicator"],
                "feedback": (
                    "Leading. It warns that service may suffer before it actually does, whereas complaints are "
                    "lagging indicators of what has already happened."
                ),
            },
            {
                "type": "scenario",
                "title": "Green KPIs, unhappy officers",
                "stem": (
                    "<p>A police force's vehicle maintenance contractor reports every KPI as green, including "
                    "'jobs completed within the agreed time'. Yet response officers complain that vehicles come "
                    "back with the same faults, and fleet managers say more vehicles are off the road than a year "
                    "ago.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "measuring-supplier-performance",
                        "prompt": "What should the contract manager do first?",
                        "options": [
                            {"text": "Validate the data: sample returned vehicles and compare the contractor's records with the force's own fleet and fault data", "correct": True,
                             "feedback": "Correct. Establish the facts before deciding whether the problem is performance, measurement or both."},
                            {"text": "Accept the report, since all contractual KPIs are met", "correct": False,
                             "feedback": "This is a classic watermelon: green outside, red inside. The evidence needs checking."},
                            {"text": "Apply service credits for poor quality", "correct": False,
                             "feedback": "Credits apply to KPIs in the contract, which are reported as met. Establish the facts first."},
                            {"text": "Give notice to terminate", "correct": False,
                             "feedback": "Disproportionate and unsupported by evidence at this stage."},
                        ],
                        "feedback": "When KPIs and experience disagree, validate the data before taking any formal step.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "measuring-supplier-performance",
                        "prompt": (
                            "The checks show jobs are closed on time, but the KPI ignores repeat repairs. What is "
                            "the best lasting fix?"
                        ),
                        "options": [
                            {"text": "Agree through change control to add a first-time fix or repeat-repair measure to the KPIs", "correct": True,
                             "feedback": "Correct. The measure now reflects the outcome the force needs: vehicles that stay fixed."},
                            {"text": "Ask officers to stop complaining", "correct": False,
                             "feedback": "Their feedback is the evidence that revealed the problem."},
                            {"text": "Add twenty new KPIs covering every workshop activity", "correct": False,
                             "feedback": "More measures dilute attention. Add the one that reflects the missing outcome."},
                            {"text": "Agree the new measure informally with the contractor's manager", "correct": False,
                             "feedback": "A change to the contract's performance regime must go through change control."},
                        ],
                        "feedback": "Fix the measure so it reflects the outcome, and make the change formally.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "driving-continuous-improvement",
                "prompt": "Before a gainshare arrangement starts, what must both parties agree?",
                "options": [
                    {"text": "The baseline and how savings will be calculated and verified", "correct": True,
                     "feedback": "Correct. Without an agreed baseline, the savings, and the split, will be disputed."},
                    {"text": "Only the percentage split; the baseline can be settled later", "correct": False,
                     "feedback": "A split of an undefined saving invites dispute."},
                    {"text": "That the supplier keeps all savings for the first year", "correct": False,
                     "feedback": "That may be a valid commercial choice, but the baseline still has to be agreed first."},
                    {"text": "Nothing: gainshare is informal goodwill", "correct": False,
                     "feedback": "Gainshare changes the commercial terms and should be recorded through change control."},
                ],
                "feedback": "Agree the baseline and calculation first, and record the arrangement through change control.",
            },
            {
                "type": "multiple_response",
                "lesson": "spotting-financial-distress",
                "prompt": "Which sources help you monitor a critical supplier's financial health during the contract? Select all that apply.",
                "options": [
                    {"text": "Filings at Companies House, including the auditor's report", "correct": True,
                     "feedback": "Yes. Late filing or a going concern warning are important signs."},
                    {"text": "Credit reference agency scores and ratings", "correct": True,
                     "feedback": "Yes. Downgrades can trigger financial distress clauses."},
                    {"text": "What you see in service delivery, such as staff turnover or subcontractor complaints", "correct": True,
                     "feedback": "Yes. Contract managers often spot these first."},
                    {"text": "Only the financial information submitted with the supplier's original tender", "correct": False,
                     "feedback": "That is a snapshot from the past. Monitoring needs current information."},
                ],
                "feedback": "Combine current financial information with what you see in delivery, and look for patterns.",
            },
            {
                "type": "scenario",
                "title": "A supplier enters administration",
                "stem": (
                    "<p>On Monday morning your council learns that the company maintaining its street lighting "
                    "entered administration over the weekend. The administrators say they intend to keep trading "
                    "while they look for a buyer. The council has a contingency plan, last updated a year ago.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "responding-to-supplier-distress",
                        "prompt": "What should you do next?",
                        "options": [
                            {"text": "Brief senior leaders, contact the administrators to confirm service continuity and secure data and assets, and bring the contingency plan up to date ready to use", "correct": True,
                             "feedback": "Correct. Administration may keep the service running, but you need facts, protection for your data and assets, and a ready plan."},
                            {"text": "Terminate immediately and appoint a new contractor the same day", "correct": False,
                             "feedback": "Premature: the service may continue, you need legal advice on termination, and a rushed appointment risks value for money."},
                            {"text": "Wait for the administrators to contact you", "correct": False,
                             "feedback": "Administrators deal with many creditors and customers at once. Act promptly to protect your service."},
                            {"text": "Pay all outstanding invoices and three months in advance to help the business survive", "correct": False,
                             "feedback": "Paying in advance to an insolvent company puts public money at serious risk."},
                        ],
                        "feedback": "In administration, services may continue; engage early, protect data and assets, and be ready to act.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "responding-to-supplier-distress",
                        "prompt": "If the service moves to a new provider or back to the council, staff delivering it may transfer under TUPE.",
                        "answer": True,
                        "feedback": (
                            "True. TUPE can apply when a service changes provider, so contingency and exit plans "
                            "should identify the staff involved."
                        ),
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "managing-strategic-suppliers",
                "prompt": "What does it mean for a public body to be an 'intelligent client'?",
                "options": [
                    {"text": "It keeps enough skilled people in-house to understand the service, challenge the supplier, manage change and re-procure or insource if needed", "correct": True,
                     "feedback": "Correct. Without this capability the public body becomes dependent on the supplier."},
                    {"text": "It uses data analytics software to monitor suppliers", "correct": False,
                     "feedback": "Tools help, but the term is about in-house knowledge and skills."},
                    {"text": "It leaves all technical decisions to the supplier, who knows best", "correct": False,
                     "feedback": "That is the dependency an intelligent client avoids."},
                    {"text": "It recruits former supplier staff to run the contract", "correct": False,
                     "feedback": "Possibly useful, but it does not define the concept and may create conflicts of interest."},
                ],
                "feedback": "An intelligent client retains the capability to specify, challenge and, if needed, replace its supplier.",
            },
            {
                "type": "true_false",
                "lesson": "managing-strategic-suppliers",
                "prompt": "When a public body outsources a service, accountability for the outcome passes to the supplier.",
                "answer": False,
                "feedback": (
                    "False. Delivery can be outsourced, but the public body remains accountable to the public for the "
                    "service, which is why it needs commercial expertise and strong governance."
                ),
            },
            {
                "type": "single_choice",
                "lesson": "managing-strategic-suppliers",
                "prompt": "Which statement about Cleveland Police's partnership with Steria is accurate?",
                "options": [
                    {"text": "Signed in 2010 and worth about £175m over ten years, it covered services including the control room, custody, IT, HR and finance, and brought savings and modern technology but drew criticism over zero-hours contracts", "correct": True,
                     "feedback": "Correct."},
                    {"text": "It was signed with G4S in 2012 and was worth about £200m over ten years", "correct": False,
                     "feedback": "That describes Lincolnshire Police's outsourcing to G4S."},
                    {"text": "It was a £216m back-office contract with SSCL covering finance, procurement and HR", "correct": False,
                     "feedback": "That describes the Metropolitan Police's contract with SSCL."},
                    {"text": "It covered only IT support and was ended within two years", "correct": False,
                     "feedback": "The partnership was broad and long-running."},
                ],
                "feedback": (
                    "Police back-office partnerships show how a supplier can become strategic to a force, which is "
                    "why capability, governance and exit planning matter."
                ),
            },
        ],
    },
}
