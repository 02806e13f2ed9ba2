"""Demo course: Commercial awareness for public-sector leaders (value, risk, market engagement, conflicts, social value, Procurement Act 2023)."""

COURSE = {
    "slug": "commercial-awareness-for-leaders",
    "title": "Commercial awareness for public-sector leaders",
    "summary": (
        "For senior leaders who approve, sponsor and answer for major contracts: judge value over the whole "
        "life of a deal, set a risk appetite, engage the market fairly, manage conflicts of interest, secure "
        "social value and lead under the Procurement Act 2023."
    ),
    "topic": "leadership",
    "level": "expert",
    "estimated_minutes": 210,
    "overview": (
        "<p>This expert-level course is for chief officers, directors, heads of service, senior responsible "
        "owners and board members in police forces, councils and government departments. You may never score "
        "a tender yourself, but you approve business cases, agree sourcing strategies, sign off contract awards "
        "and are accountable when a major contract goes wrong. The course gives you the commercial judgement to "
        "do that well.</p>"
        "<p>It starts with the warning the London Assembly gave the Metropolitan Police in 2015: build "
        "commercial expertise before outsourcing further. From there it covers value for money and whole-life "
        "cost, setting a commercial risk appetite, engaging the market before you procure, handling conflicts "
        "of interest, securing social value (including the minimum 10% weighting set by PPN 06/20) and what "
        "the Procurement Act 2023, in force since 24 February 2025, asks of leaders. Every lesson ends with "
        "questions you can take into your next board meeting.</p>"
    ),
    "learning_outcomes": [
        "Explain why commercial capability must be in place before a public body commits to a large outsourcing contract.",
        "Judge value for money on a whole-life basis, rather than on price at the point of award.",
        "Set and communicate a commercial risk appetite that shapes sourcing, contract terms and oversight.",
        "Sponsor market engagement before procurement that improves the requirement without giving any supplier an unfair advantage.",
        "Identify, record and manage conflicts of interest, including the conflicts assessment the Procurement Act 2023 requires.",
        "Set relevant, proportionate social value requirements, including at least a 10% weighting where PPN 06/20 applies, and hold suppliers to them.",
        "Lead your organisation under the Procurement Act 2023: most advantageous tender, the central digital platform and KPIs for contracts over £5m.",
    ],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "leading-commercially",
            "title": "Leading commercially",
            "summary": "Why commercial capability comes first, how to judge value over the whole life of a contract and how to set a risk appetite.",
            "lessons": [
                {
                    "slug": "commercial-expertise-first",
                    "title": "Build commercial expertise first",
                    "summary": "What the 2015 warning to the Metropolitan Police teaches every public-sector leader about capability before commitment.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>As a senior leader in a police force, council or government department you will "
                            "rarely write a specification or score a tender yourself. You will, though, approve "
                            "business cases, sign off sourcing strategies, chair the boards that agree contract "
                            "awards and answer publicly when a contract goes wrong. Commercial awareness at this level "
                            "means knowing enough to ask the questions that expose weak thinking, recognising when "
                            "your organisation does not yet have the skills to manage what it is about to buy, and "
                            "insisting that those skills are in place before you commit public money for a decade.</p>",
                        ),
                        ("heading", {"text": "What the London Assembly told the Met"}),
                        (
                            "case_study",
                            {
                                "title": "'To Protect and Save': build expertise before outsourcing further",
                                "organisation": "Metropolitan Police Service",
                                "body": (
                                    "<p>In 2015 the London Assembly's Budget and Performance Committee published "
                                    "<i>To Protect and Save</i>, which looked at how the Metropolitan Police was "
                                    "using outsourcing. The Met had entered a £216m contract for its back-office "
                                    "services (finance, procurement and HR) with SSCL, a company majority-owned by "
                                    "Sopra Steria.</p>"
                                    "<p>The committee's central warning was that the Met should build its commercial "
                                    "expertise before outsourcing any further. It pointed to Cleveland Police, whose "
                                    "long partnership with Steria, signed in 2010 and worth about £175m over 10 years, "
                                    "covered the control room, custody, IT, HR and finance. That partnership brought "
                                    "cost savings and modern technology, but it also drew criticism over the use of "
                                    "zero-hours contracts.</p>"
                                    "<p>Outsourcing on this scale was not unusual in policing: Lincolnshire Police had "
                                    "outsourced much of its back office and support services to G4S in 2012, in a deal "
                                    "worth about £200m over 10 years. The point for leaders is not that outsourcing is "
                                    "right or wrong, but that a buyer without commercial expertise cannot tell whether "
                                    "such a deal is working, or put it right when it is not.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p>The lesson applies well beyond policing. Once a service is outsourced, the people who "
                            "understood how it worked often transfer to the supplier or leave. What remains must be an "
                            "<b>intelligent client</b>: a team that understands the service well enough to define "
                            "outcomes, challenge the supplier's data, price change requests, notice deteriorating "
                            "performance before the public does and, if necessary, bring the service back in-house or "
                            "move it to another supplier. If that team is not in the budget, the deal has not really "
                            "been costed.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Central government learned the same lesson the hard way. When Carillion, a major "
                            "government supplier, went into liquidation in January 2018, departments had to keep "
                            "services running at short notice. The Outsourcing Playbook followed in 2019 and was later "
                            "developed into the Sourcing Playbook. Its core message for leaders is to get the big "
                            "decisions right before going to market: assess properly whether to outsource at all, "
                            "understand the health of the market, build a should-cost model of what the service ought "
                            "to cost, pilot where you can and plan for what happens if a critical supplier fails. You "
                            "do not need to carry out these analyses yourself, but you should expect to see them, and "
                            "be uneasy when they are missing.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Warning signs that your organisation is not yet ready to commit to a large contract "
                            "include:</p>"
                            "<ul>"
                            "<li>the business case relies on savings figures supplied by potential bidders, with no "
                            "independent baseline;</li>"
                            "<li>no one can say what the service costs today once overheads, accommodation and IT are "
                            "included;</li>"
                            "<li>the contract management team is 'to be confirmed', or is to be funded from savings "
                            "that have not yet been made;</li>"
                            "<li>the exit plan is a single line saying it will be agreed after award;</li>"
                            "<li>board papers dwell on first-year savings and say little about years five to ten.</li>"
                            "</ul>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Capability before commitment",
                                "body": (
                                    "<p>Do not sign a contract you cannot manage. Treat the cost of a capable "
                                    "client-side team, in post before award, as part of the cost of the deal, and treat "
                                    "its absence as a reason to pause.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p>A short set of questions will take you a long way at any approval board. What does "
                            "this service cost us now, fully loaded? What outcomes are we buying, and how will we know "
                            "in the first three months whether we are getting them? Who will manage the contract, and "
                            "are they in post? What is our plan if the supplier fails or we want to leave? What happens "
                            "to the staff who deliver the service now, including their terms and conditions? How would "
                            "this decision look in the local press in three years' time?</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of the largest contract your area depends on. Could anyone in your "
                                    "organisation explain, without the supplier in the room, what it costs, how well it "
                                    "is performing and how you would exit it?"
                                ),
                                "guidance": (
                                    "<p>A strong answer names a specific person or team, not just 'procurement'. It "
                                    "says whether they hold independent data on cost and performance or rely on the "
                                    "supplier's own reports, and whether an exit plan exists and has been tested. If the "
                                    "honest answer is 'no one', that is a capability gap to raise now, well before the "
                                    "next renewal decision, not in the final year of the contract.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "value-for-money-and-whole-life-cost",
                    "title": "Value for money and whole-life cost",
                    "summary": "Why value for money is not the lowest price, and how to compare options over the whole life of a contract.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>Value for money is the phrase most often used, and most often misused, in public-sector "
                            "commercial decisions. It does not mean the lowest price. HM Treasury's <i>Managing Public "
                            "Money</i> expects public bodies to secure value for the Exchequer as a whole, not just for "
                            "one budget line, and the National Audit Office describes good value for money as the "
                            "optimal use of resources to achieve the intended outcomes. A cheap contract that fails to "
                            "deliver is poor value; so is an expensive one that buys more than the service needs.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>The NAO's three Es are a useful check on any business case: <b>economy</b> (spending "
                            "less on the inputs), <b>efficiency</b> (getting more out for what you put in) and "
                            "<b>effectiveness</b> (achieving the outcomes you intended). Many bodies add a fourth, "
                            "<b>equity</b>: whether the service reaches the people it is meant to, fairly. A paper "
                            "that evidences only economy, such as a lower hourly rate, has told you a quarter of the "
                            "story.</p>",
                        ),
                        ("heading", {"text": "Counting the whole-life cost"}),
                        (
                            "paragraph",
                            "<p>Whole-life cost is everything the organisation will spend because of a decision, from "
                            "the first day of planning to the last day of exit. For a services contract it typically "
                            "includes:</p>"
                            "<ul>"
                            "<li><b>acquisition</b>: the procurement itself, advisers and legal costs;</li>"
                            "<li><b>mobilisation and transition</b>: data migration, training, double running of old "
                            "and new services, and TUPE-related costs;</li>"
                            "<li><b>operating charges</b>: the contract price over the full term, including extension "
                            "options, indexation and volume changes;</li>"
                            "<li><b>client-side costs</b>: the contract management team, assurance, audit and the "
                            "systems you keep in-house;</li>"
                            "<li><b>change</b>: the cost of variations, which tend to be priced high once there is no "
                            "competition;</li>"
                            "<li><b>exit</b>: re-procurement, transition to a new supplier, return of assets and "
                            "data;</li>"
                            "<li><b>risk</b>: a realistic allowance for what could go wrong, adjusted for optimism "
                            "bias.</li>"
                            "</ul>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "The cheaper bid that was not cheaper",
                                "organisation": "A metropolitan borough council (generic example)",
                                "body": (
                                    "<p>A council compared two bids for a seven-year fleet maintenance contract. Bid A "
                                    "had the lower annual charge, £1.80m against £1.95m, and the first draft of the "
                                    "award paper recommended it on price.</p>"
                                    "<p>The commercial lead rebuilt the comparison on a whole-life basis. Bid A came to "
                                    "£12.60m in annual charges, £0.20m mobilisation, an expected £1.50m in change costs "
                                    "(applying its rate card to the council's planned fleet changes) and a £0.60m exit "
                                    "charge: £14.90m in total. Bid B came to £13.65m in charges, £0.30m mobilisation, "
                                    "£0.50m change and £0.10m exit: £14.55m. Over the life of the contract, Bid B was "
                                    "£0.35m cheaper, and it scored higher on quality.</p>"
                                    "<p>The lesson was not that the higher annual price is always right, but that the "
                                    "board could only make a sound decision when it saw the whole-life figure.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Common traps to look for when you are asked to approve a decision: comparing a fully "
                            "costed supplier bid with an in-house baseline that leaves out overheads; ignoring "
                            "indexation, which compounds over a long contract; counting savings from the first full "
                            "year but not the cost of getting there; treating change as if it will not happen; and "
                            "forgetting the exit. For long-lived options, expect the analysis to follow the HM Treasury "
                            "<i>Green Book</i>, including discounting, so that costs in year ten are not treated as if "
                            "they fall today.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Remember too that cost can move rather than disappear. A cheaper contract that delivers "
                            "a worse service often creates failure demand elsewhere: repeat visits, complaints, "
                            "officer time spent chasing the supplier, or costs that land on a partner such as the NHS or "
                            "a neighbouring council. Value for money is judged for the public purse, so ask who else "
                            "pays if the service falls short.</p>",
                        ),
                        (
                            "key_point",
                            {
                                "title": "Ask for the whole-life figure",
                                "body": (
                                    "<p>Never approve a contract on annual price or first-year savings alone. Ask for the "
                                    "whole-life cost over the full term, including extensions, change and exit, and ask "
                                    "what it is being compared with.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "A paper asks you to approve a new contract because it is 15% cheaper than the "
                                    "current annual price. What would you want to know before agreeing?"
                                ),
                                "guidance": (
                                    "<p>Good questions include: is the 15% measured over the whole term, including "
                                    "mobilisation, indexation, change and exit? Is the comparison like for like, with "
                                    "the same scope and service levels? What will the client-side team cost? What "
                                    "assumptions about volumes and change sit behind the figure, and who made them? "
                                    "Does the cheaper option put quality or outcomes at risk, and if so, who bears the "
                                    "cost of failure?</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "setting-risk-appetite",
                    "title": "Setting a commercial risk appetite",
                    "summary": "How to decide, and say clearly, how much risk your organisation will accept in a commercial decision.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>Risk appetite is the amount and type of risk an organisation is willing to take in "
                            "pursuit of its objectives. HM Treasury's <i>Orange Book</i> on risk management, and its "
                            "guidance on risk appetite, describe a scale from <b>averse</b> through <b>minimal</b>, "
                            "<b>cautious</b> and <b>open</b> to <b>eager</b>. The important point for commercial "
                            "decisions is that appetite differs by type of risk. A force may be averse to any risk to "
                            "detainee safety, cautious about cost, and open to trying new technology in a back-office "
                            "pilot, all within the same contract.</p>",
                        ),
                        ("heading", {"text": "Why appetite matters commercially"}),
                        (
                            "paragraph",
                            "<p>A clear appetite shapes nearly every commercial choice that follows:</p>"
                            "<ul>"
                            "<li>whether to outsource the service at all, or keep it in-house;</li>"
                            "<li>the procurement route and how much innovation you invite;</li>"
                            "<li>the length of the contract and the break and extension options;</li>"
                            "<li>the payment mechanism, from fixed price to outcome-based payment;</li>"
                            "<li>how much risk you try to transfer, and the liability caps you will accept;</li>"
                            "<li>how deeply you check suppliers' financial standing;</li>"
                            "<li>how much contract management the contract gets once it is let.</li>"
                            "</ul>"
                            "<p>Without a stated appetite, each of these is decided by whoever happens to be drafting "
                            "that part of the documents, and the result is often inconsistent.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Be wary of the idea that risk can simply be 'transferred'. You can transfer some of the "
                            "financial consequences of a risk to a supplier, but you can never transfer accountability "
                            "for a public service. If a custody contract fails, it is the chief constable and the police "
                            "and crime commissioner who answer for it, not the supplier. Transfer also has a price: "
                            "suppliers either add a premium for risks they take on, or take them on cheaply and are then "
                            "unable to bear them. The Sourcing Playbook's advice is to allocate each risk to the party "
                            "best able to manage it.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>A useful appetite statement for a major contract is short and specific. It names the "
                            "categories that matter (for example service continuity, safety, finance, reputation, data, "
                            "people and innovation), states the appetite level for each, and turns that into "
                            "<b>tolerances</b> someone can measure, such as the longest acceptable outage or the largest "
                            "cost overrun before the board must be told. It should also say who may accept risks "
                            "outside those tolerances, and how quickly they must be escalated.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Appetite shapes a custody re-procurement",
                                "organisation": "A shire police force (generic example)",
                                "body": (
                                    "<p>A force preparing to re-procure custody services agreed its appetite before "
                                    "drafting anything: averse for detainee safety and data protection, cautious on "
                                    "cost, and open to digital tools that could reduce booking-in times.</p>"
                                    "<p>That statement drove the design. The contract had a shorter initial term with "
                                    "extension options rather than a single ten-year commitment; safety KPIs carried "
                                    "the heaviest service credits; financial standing checks were made more demanding; "
                                    "and the contract included step-in rights and a tested exit plan. The digital "
                                    "tools were trialled in one custody suite through a separate pilot, so innovation "
                                    "risk was kept away from the core service.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Appetite is a decision, not a description",
                                "body": (
                                    "<p>Leaders set risk appetite; it should not emerge by accident from the contract "
                                    "terms. Agree it before going to market, state it by category, translate it into "
                                    "measurable tolerances, and check that the contract design actually reflects it.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "For one contract you sponsor or oversee, write one sentence of risk appetite for "
                                    "service continuity and one for innovation. Does the current contract reflect "
                                    "them?"
                                ),
                                "guidance": (
                                    "<p>A good statement names a level (for example 'minimal') and a measurable "
                                    "tolerance (for example 'no unplanned outage of more than four hours'). Then test "
                                    "the contract: do the KPIs, service credits, business continuity obligations and "
                                    "exit arrangements match the continuity appetite? Does anything in the contract "
                                    "actually allow or reward innovation, or does it punish any departure from the "
                                    "specification? Gaps between stated appetite and the contract are common and worth "
                                    "raising at the next review.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Leading commercially: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "commercial-expertise-first",
                        "prompt": (
                            "In its 2015 report 'To Protect and Save', what did the London Assembly's Budget and "
                            "Performance Committee warn the Metropolitan Police to do?"
                        ),
                        "options": [
                            {
                                "text": "Build its commercial expertise before outsourcing further.",
                                "correct": True,
                                "feedback": "Correct. The committee's central warning was about capability: a buyer needs commercial expertise before it outsources more.",
                            },
                            {
                                "text": "Bring all outsourced back-office services back in-house immediately.",
                                "correct": False,
                                "feedback": "The committee did not call for immediate insourcing; its warning was to build commercial expertise before outsourcing further.",
                            },
                            {
                                "text": "Outsource its control room and custody services, as Cleveland Police had done.",
                                "correct": False,
                                "feedback": "Cleveland Police's partnership was cited as a comparison, with both benefits and criticism, not as a model to copy.",
                            },
                            {
                                "text": "Only award contracts to suppliers with no other police customers.",
                                "correct": False,
                                "feedback": "The report made no such recommendation. Its focus was the Met's own commercial capability.",
                            },
                        ],
                        "feedback": (
                            "The Met had a £216m back-office contract with SSCL, majority-owned by Sopra Steria. The "
                            "committee warned it to build commercial expertise before outsourcing further."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "value-for-money-and-whole-life-cost",
                        "prompt": "Which of these belong in the whole-life cost of a services contract? Select all that apply.",
                        "options": [
                            {
                                "text": "Mobilisation and double running while the new service beds in.",
                                "correct": True,
                                "feedback": "Yes. Transition costs are real costs of the decision and are often left out.",
                            },
                            {
                                "text": "The cost of the client-side contract management team.",
                                "correct": True,
                                "feedback": "Yes. An intelligent client team is part of the cost of any outsourced service.",
                            },
                            {
                                "text": "The expected cost of change requests over the term.",
                                "correct": True,
                                "feedback": "Yes. Change happens in almost every long contract and is often priced high once competition has gone.",
                            },
                            {
                                "text": "Exit and re-procurement costs at the end of the contract.",
                                "correct": True,
                                "feedback": "Yes. Exit is part of the life of the contract and can be expensive.",
                            },
                            {
                                "text": "The profit margin the supplier makes on its other customers' contracts.",
                                "correct": False,
                                "feedback": "No. Other customers' contracts are not a cost to you.",
                            },
                        ],
                        "feedback": (
                            "Whole-life cost covers everything the organisation spends because of the decision: "
                            "acquisition, mobilisation, operating charges, client-side costs, change, exit and risk."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "setting-risk-appetite",
                        "prompt": (
                            "If a contract transfers the risk of service failure to the supplier, the public body is no "
                            "longer accountable for that service."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. A contract can move some financial consequences of a risk to a supplier, but "
                            "accountability for a public service stays with the public body and its leaders."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "value-for-money-and-whole-life-cost",
                        "prompt": (
                            "What term describes the total cost to the organisation of a contract across its entire "
                            "life, from acquisition to exit?"
                        ),
                        "accepted": [
                            "whole-life cost",
                            "whole life cost",
                            "whole-life costs",
                            "whole life costs",
                            "whole-life costing",
                            "whole life costing",
                            "total cost of ownership",
                            "life-cycle cost",
                            "lifecycle cost",
                        ],
                        "feedback": (
                            "Whole-life cost (sometimes called total cost of ownership) includes acquisition, "
                            "mobilisation, operating, client-side, change, exit and risk costs, not just the annual "
                            "price."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "setting-risk-appetite",
                        "prompt": (
                            "A force is re-procuring custody services. Which appetite level is most appropriate for "
                            "risks to detainee safety?"
                        ),
                        "options": [
                            {
                                "text": "Averse",
                                "correct": True,
                                "feedback": "Correct. Detainee safety is an area where the force should avoid risk as far as it possibly can.",
                            },
                            {
                                "text": "Open",
                                "correct": False,
                                "feedback": "An open appetite suits areas where taking risk could bring worthwhile rewards, such as a technology pilot, not safety.",
                            },
                            {
                                "text": "Eager",
                                "correct": False,
                                "feedback": "Eager means actively seeking risk for reward; that is never appropriate for the safety of people in custody.",
                            },
                            {
                                "text": "It does not matter, because the supplier carries the risk.",
                                "correct": False,
                                "feedback": "Accountability for the safety of detainees stays with the force whatever the contract says.",
                            },
                        ],
                        "feedback": (
                            "Appetite differs by category. The same contract can have an averse appetite for safety, "
                            "a cautious one for cost and an open one for innovation."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "A back-office outsourcing proposal at board",
                        "stem": (
                            "<p>You sit on a police force's change board. A paper proposes outsourcing HR and finance "
                            "on a ten-year contract, promising 20% savings from the first year. The savings figure comes "
                            "from a presentation given by two potential bidders. The paper says the contract management "
                            "team 'will be funded from savings', and the exit plan 'will be agreed with the successful "
                            "supplier'. No one can say what the current service costs once IT and accommodation are "
                            "included.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "commercial-expertise-first",
                                "prompt": "What should you do next?",
                                "options": [
                                    {
                                        "text": (
                                            "Ask for the decision to be deferred until there is an independent "
                                            "baseline of current costs, a funded client-side team and an outline "
                                            "exit plan."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Right. These are the warning signs of an organisation that is not yet "
                                            "ready to commit. Building the capability first is exactly what the "
                                            "London Assembly urged on the Met."
                                        ),
                                    },
                                    {
                                        "text": "Approve the paper, since 20% savings are too large to delay.",
                                        "correct": False,
                                        "feedback": (
                                            "The savings come from bidders, not an independent baseline, and no one "
                                            "can say what the service costs today. Approving now commits the force "
                                            "for ten years on untested figures."
                                        ),
                                    },
                                    {
                                        "text": "Approve the paper, on condition that the supplier writes the exit plan after award.",
                                        "correct": False,
                                        "feedback": (
                                            "Leaving exit to the supplier after award gives away your leverage. The "
                                            "exit approach should be designed before you go to market."
                                        ),
                                    },
                                    {
                                        "text": "Reject outsourcing permanently; back-office outsourcing never works.",
                                        "correct": False,
                                        "feedback": (
                                            "The evidence is mixed, not uniformly negative. Cleveland Police's "
                                            "partnership, for example, brought cost savings and modern technology. "
                                            "The problem here is readiness, not outsourcing as such."
                                        ),
                                    },
                                ],
                                "feedback": (
                                    "Capability before commitment: do not sign a contract you cannot cost, manage or "
                                    "exit."
                                ),
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "value-for-money-and-whole-life-cost",
                                "prompt": "Which of these should the revised business case show? Select all that apply.",
                                "options": [
                                    {
                                        "text": "A fully loaded cost of the current service, including overheads.",
                                        "correct": True,
                                        "feedback": "Yes. Without it, any savings claim has nothing reliable to be measured against.",
                                    },
                                    {
                                        "text": "Whole-life cost over the full ten years, including transition, change and exit.",
                                        "correct": True,
                                        "feedback": "Yes. First-year savings say little about value over a decade.",
                                    },
                                    {
                                        "text": "The cost of the contract management team, funded from the start.",
                                        "correct": True,
                                        "feedback": "Yes. The client-side team is part of the cost of the deal, not an afterthought.",
                                    },
                                    {
                                        "text": "The bidders' savings estimates, restated with the force's logo.",
                                        "correct": False,
                                        "feedback": "No. The point is to test bidders' claims against your own evidence, not to adopt them.",
                                    },
                                ],
                                "feedback": (
                                    "A sound case compares like with like over the whole life of the contract and "
                                    "includes the cost of managing it."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "before-going-to-market",
            "title": "Before you go to market",
            "summary": "Engage the market early and fairly, and deal with conflicts of interest before they damage a procurement.",
            "lessons": [
                {
                    "slug": "market-engagement-before-procurement",
                    "title": "Market engagement before procurement",
                    "summary": "How early, open conversations with suppliers improve a procurement, and how to keep them fair.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>The market usually knows things you do not: what is technically possible, what drives "
                            "cost, how long mobilisation really takes, which risks suppliers can manage and which they "
                            "will price heavily, and whether anyone will bid at all on the terms you have in mind. "
                            "Talking to suppliers before you procure lets you test your requirement against that "
                            "knowledge while it is still cheap to change. The Sourcing Playbook encourages early and "
                            "regular engagement, including publishing pipelines of future work so that suppliers, "
                            "particularly small businesses and voluntary sector organisations, can prepare.</p>",
                        ),
                        ("heading", {"text": "What good engagement looks like"}),
                        (
                            "paragraph",
                            "<p>Good pre-procurement engagement is planned, open and recorded. In practice it often "
                            "includes:</p>"
                            "<ul>"
                            "<li>a published notice of your intentions, so that any interested supplier can take "
                            "part;</li>"
                            "<li>a request for information or short questionnaire on feasibility, cost drivers and "
                            "risks;</li>"
                            "<li>a supplier day open to all, with the same presentation and answers shared with "
                            "everyone afterwards;</li>"
                            "<li>one-to-one sessions offered on equal terms to every interested supplier, not just the "
                            "incumbent;</li>"
                            "<li>testing draft outcomes, KPIs, payment mechanisms, contract length and the data "
                            "suppliers will need, such as TUPE information;</li>"
                            "<li>asking directly: 'what would stop you bidding?'</li>"
                            "</ul>",
                        ),
                        (
                            "paragraph",
                            "<p>The Procurement Act 2023 gives this activity a formal footing as <b>preliminary market "
                            "engagement</b>. It recognises legitimate purposes such as developing the requirement and "
                            "the procurement approach, designing the procedure and preparing suppliers to take part. If "
                            "you carry out preliminary market engagement, you must publish a preliminary market "
                            "engagement notice on the central digital platform before the tender notice, or explain in "
                            "the tender notice why you did not. You must also take steps to make sure that taking part "
                            "does not give any supplier an unfair advantage or otherwise distort competition. Where an "
                            "advantage cannot be neutralised, it can ultimately lead to that supplier being excluded, "
                            "which is a poor outcome for everyone and a reason to run engagement carefully from the "
                            "start.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>The most common pitfalls are easy to recognise once named: letting the incumbent "
                            "effectively write the specification; sharing information, such as the budget or a draft "
                            "evaluation approach, with one supplier but not others; hinting at outcomes or making "
                            "promises; engaging so late that nothing can change; and keeping no record. Every "
                            "conversation should be noted, and any material information given to one supplier should be "
                            "made available to all, normally with the tender documents.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Listening before letting a waste contract",
                                "organisation": "A county council (generic example)",
                                "body": (
                                    "<p>Eighteen months before its waste collection contract was due to expire, a "
                                    "council published a notice inviting suppliers to a market day and offered every "
                                    "interested supplier a one-hour session on the same agenda.</p>"
                                    "<p>Three points came up repeatedly. A seven-year term was too short for bidders to "
                                    "recover the cost of a new low-emission fleet, so they would price that risk "
                                    "heavily. The draft KPIs measured activity rather than missed collections. And the "
                                    "TUPE information the council planned to release was too thin for anyone other than "
                                    "the incumbent to price the workforce accurately.</p>"
                                    "<p>The council changed its approach: it offered a longer term with a break point, "
                                    "rewrote the KPIs around outcomes and published fuller workforce data. It recorded "
                                    "the sessions and published a summary of questions and answers to every supplier. "
                                    "The procurement attracted more compliant bids than the previous one.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Engage early, engage equally, write it down",
                                "body": (
                                    "<p>Engage while the requirement can still change, give every supplier the same "
                                    "opportunity and information, and keep a record you would be happy to show an "
                                    "unsuccessful bidder or a court.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p>As a leader, your part is to make time for this. Engagement needs months, not weeks, "
                            "before the tender is due, and it needs the procurement plan to allow the answers to change "
                            "the approach. If you are presented with a sourcing strategy that has had no contact with "
                            "the market, ask how the team knows the market can and will deliver it.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "For your next significant procurement, what three things do you most need to "
                                    "learn from the market, and what information would you be careful not to share "
                                    "with one supplier alone?"
                                ),
                                "guidance": (
                                    "<p>Useful questions usually cover feasibility, cost drivers, realistic "
                                    "timescales, the risks suppliers will and will not accept, and barriers to "
                                    "bidding. Information to handle carefully includes anything that would help one "
                                    "supplier shape its bid, such as budget, evaluation approach or incumbent "
                                    "performance data. That does not mean it can never be shared; it means it is "
                                    "shared with every supplier at the same time, and the decision to share it is "
                                    "recorded.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "managing-conflicts-of-interest",
                    "title": "Managing conflicts of interest",
                    "summary": "How to identify, declare, record and manage conflicts of interest in commercial decisions.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>A conflict of interest arises when someone's personal interests, or their duties to "
                            "another organisation, could influence, or could reasonably be seen to influence, the way "
                            "they carry out their public role. The interests may be financial, family or personal "
                            "relationships, former or future employment, or membership of another body. Perception "
                            "matters as much as reality: a sound decision tainted by an undeclared conflict damages "
                            "public trust and can open the procurement to challenge. The Seven Principles of Public "
                            "Life, in particular integrity, objectivity and openness, set the standard every public "
                            "servant is held to.</p>",
                        ),
                        ("heading", {"text": "Where conflicts arise in commercial work"}),
                        (
                            "paragraph",
                            "<p>Conflicts rarely announce themselves. Typical situations include:</p>"
                            "<ul>"
                            "<li>an evaluator whose partner or close relative works for a bidder;</li>"
                            "<li>a senior officer who recently joined from a bidder, or is in talks about a job with "
                            "one;</li>"
                            "<li>a consultant who helped write the specification and also advises a bidder;</li>"
                            "<li>a board member or elected member with a shareholding in, or directorship of, a "
                            "company in the market;</li>"
                            "<li>hospitality offered by an incumbent supplier while its contract is being "
                            "re-procured;</li>"
                            "<li>supplier staff seconded into the client team that will design the next "
                            "procurement.</li>"
                            "</ul>",
                        ),
                        (
                            "paragraph",
                            "<p>The Procurement Act 2023 makes conflicts management an explicit legal duty. Contracting "
                            "authorities must take all reasonable steps to identify, and keep under review, conflicts "
                            "and potential conflicts of interest among the people acting for them in a procurement, "
                            "including board members and external advisers, and must take reasonable steps to stop a "
                            "conflict putting a supplier at an unfair advantage or disadvantage. Before publishing the "
                            "tender notice (or other notice that starts the procurement), the authority must prepare a "
                            "<b>conflicts assessment</b>, and it must keep that assessment under review through the "
                            "procurement and, in practice, into the life of the contract. Where a conflict gives a "
                            "supplier an advantage that cannot be avoided, that supplier can be excluded, which is a "
                            "last resort.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Once a conflict is declared, the response should be proportionate. Options include "
                            "recording it and taking no further action where the risk is negligible; removing the person "
                            "from evaluation or decision-making on the affected lot; restricting their access to "
                            "sensitive information; adding independent moderation; and, in serious cases, changing the "
                            "team. Whatever you decide, record the conflict, the decision and the reason. A well-kept "
                            "record is what allows you to answer an unsuccessful bidder's questions with confidence.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "A declaration made early",
                                "organisation": "A district council (generic example)",
                                "body": (
                                    "<p>As a council prepared to re-procure its leisure management contract, the "
                                    "assistant director who would normally chair the evaluation declared that she had "
                                    "worked for one of the likely bidders until two years earlier, and still held a "
                                    "small number of its shares through a workplace scheme.</p>"
                                    "<p>The conflicts assessment recorded the interest before the tender notice was "
                                    "published. She stepped back from evaluation and the award recommendation, a "
                                    "colleague from another directorate chaired the panel, and moderation included an "
                                    "independent member. When an unsuccessful bidder later asked how the council had "
                                    "managed conflicts, the council could show exactly what was declared, when, and what "
                                    "it did about it.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Declare, record, act, and keep reviewing",
                                "body": (
                                    "<p>Conflicts are normal; hiding them is not. Leaders set the tone by declaring "
                                    "their own interests first, making declarations routine at every stage, and "
                                    "treating a late declaration as a reason to act, not to punish.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Build conflicts management into the rhythm of every significant procurement: "
                            "declarations from everyone involved at the start, a fresh prompt when the bidders become "
                            "known, and again before evaluation and award. Include advisers and interim staff, and make "
                            "sure your gifts and hospitality register is checked against the list of bidders.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "List any interests you, or people close to you, hold that could matter in a "
                                    "procurement you oversee. When did you last update your declaration?"
                                ),
                                "guidance": (
                                    "<p>Think broadly: former employers and clients, shareholdings (including through "
                                    "pensions or workplace schemes you control), family members' employment, "
                                    "directorships, trusteeships, close friendships with supplier staff and any "
                                    "hospitality you have accepted. If you are unsure whether something counts, "
                                    "declare it; the question is whether it could reasonably be seen to influence you, "
                                    "not whether it actually would. A declaration that is more than a year old, or "
                                    "that pre-dates your current role, is probably out of date.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Before you go to market: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "market-engagement-before-procurement",
                        "prompt": (
                            "Under the Procurement Act 2023, what must a contracting authority do if it has carried out "
                            "preliminary market engagement?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Publish a preliminary market engagement notice before the tender notice, or "
                                    "explain in the tender notice why it did not."
                                ),
                                "correct": True,
                                "feedback": "Correct. The Act requires transparency about pre-procurement engagement.",
                            },
                            {
                                "text": "Award the contract to one of the suppliers that took part in the engagement.",
                                "correct": False,
                                "feedback": "No. Taking part in engagement gives no right to the contract, and must not give an unfair advantage.",
                            },
                            {
                                "text": "Exclude every supplier that took part from the later procurement.",
                                "correct": False,
                                "feedback": "No. Exclusion is a last resort, only where an unfair advantage cannot otherwise be avoided.",
                            },
                            {
                                "text": "Nothing: engagement before the procurement starts is outside the Act.",
                                "correct": False,
                                "feedback": "No. The Act expressly covers preliminary market engagement and attaches duties to it.",
                            },
                        ],
                        "feedback": (
                            "Preliminary market engagement is encouraged, but it must be transparent and must not "
                            "give any supplier an unfair advantage."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "market-engagement-before-procurement",
                        "prompt": "Which of these are good practice in market engagement before a procurement? Select all that apply.",
                        "options": [
                            {
                                "text": "Offering one-to-one sessions to every interested supplier on the same terms.",
                                "correct": True,
                                "feedback": "Yes. Equal access protects fairness and widens the field.",
                            },
                            {
                                "text": "Asking suppliers what would stop them bidding.",
                                "correct": True,
                                "feedback": "Yes. This surfaces barriers while you can still remove them.",
                            },
                            {
                                "text": "Publishing a summary of questions and answers to all suppliers.",
                                "correct": True,
                                "feedback": "Yes. Information given to one supplier should be available to all.",
                            },
                            {
                                "text": "Asking the incumbent to draft the specification, since it knows the service best.",
                                "correct": False,
                                "feedback": "No. This risks giving the incumbent an unfair advantage and a specification built around its own solution.",
                            },
                            {
                                "text": "Sharing the budget with the two suppliers you think most likely to win.",
                                "correct": False,
                                "feedback": "No. Selective sharing of material information distorts competition.",
                            },
                        ],
                        "feedback": "Engage early, engage equally and write it down.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "managing-conflicts-of-interest",
                        "prompt": (
                            "A conflict of interest only needs to be declared if the person believes it would actually "
                            "affect their judgement."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. The test includes whether an interest could reasonably be seen to influence "
                            "someone. Perceived conflicts damage trust and invite challenge, so they must be declared "
                            "and managed too."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "managing-conflicts-of-interest",
                        "prompt": (
                            "Under the Procurement Act 2023, what document must a contracting authority prepare, before "
                            "publishing a tender notice, to record conflicts of interest and how they are managed?"
                        ),
                        "accepted": [
                            "conflicts assessment",
                            "a conflicts assessment",
                            "conflict assessment",
                            "conflicts of interest assessment",
                            "conflict of interest assessment",
                        ],
                        "feedback": (
                            "A conflicts assessment must be prepared before the tender notice is published and kept "
                            "under review."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "managing-conflicts-of-interest",
                        "prompt": (
                            "A director declares that she left one of the likely bidders two years ago. What is the "
                            "most proportionate response?"
                        ),
                        "options": [
                            {
                                "text": (
                                    "Record it in the conflicts assessment and decide, with reasons, whether she should "
                                    "step back from evaluation and award decisions."
                                ),
                                "correct": True,
                                "feedback": "Correct. Record the conflict, make a reasoned, proportionate decision and keep it under review.",
                            },
                            {
                                "text": "Exclude that bidder from the procurement.",
                                "correct": False,
                                "feedback": "Exclusion is a last resort where an unfair advantage cannot be avoided. Managing the conflict on the buyer's side comes first.",
                            },
                            {
                                "text": "Take no action; two years is long enough for any conflict to lapse.",
                                "correct": False,
                                "feedback": "There is no automatic time limit. The question is whether the interest could reasonably be seen to influence her, and the decision must be recorded.",
                            },
                            {
                                "text": "Cancel the procurement and start again with a new team.",
                                "correct": False,
                                "feedback": "That is disproportionate for a conflict declared early that can be managed.",
                            },
                        ],
                        "feedback": "A declared conflict is the system working. Respond proportionately and record why.",
                    },
                    {
                        "type": "scenario",
                        "title": "A late declaration during evaluation",
                        "stem": (
                            "<p>A government department is evaluating bids for a £30m digital services contract. "
                            "Halfway through individual scoring, one of five evaluators tells you that her husband "
                            "accepted a job last week with one of the bidders. She has already scored two of that "
                            "bidder's answers. No one else knows.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "managing-conflicts-of-interest",
                                "prompt": "What should you do next?",
                                "options": [
                                    {
                                        "text": (
                                            "Thank her for declaring, remove her from the evaluation, update the "
                                            "conflicts assessment, and decide with procurement and legal advice how "
                                            "to treat the scores she has already given."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Right. The conflict is real and current. Acting promptly, recording it "
                                            "and dealing with the affected scores protects the procurement, and "
                                            "thanking her encourages others to declare."
                                        ),
                                    },
                                    {
                                        "text": "Let her continue, since she has scored fairly so far.",
                                        "correct": False,
                                        "feedback": (
                                            "Whether she has scored fairly is not the test. The conflict could "
                                            "reasonably be seen to influence her, and leaving it unmanaged invites "
                                            "challenge."
                                        ),
                                    },
                                    {
                                        "text": "Remove her quietly and keep her earlier scores, without recording anything.",
                                        "correct": False,
                                        "feedback": (
                                            "An unrecorded conflict is exactly what an unsuccessful bidder's lawyers "
                                            "would look for. The conflicts assessment must be kept up to date."
                                        ),
                                    },
                                    {
                                        "text": "Disqualify the bidder that employs her husband.",
                                        "correct": False,
                                        "feedback": (
                                            "The bidder has done nothing wrong. Exclusion is a last resort where an "
                                            "unfair advantage cannot be avoided; here the conflict can be managed on "
                                            "the department's side."
                                        ),
                                    },
                                ],
                                "feedback": "Declare, record, act, and keep reviewing.",
                            },
                            {
                                "type": "true_false",
                                "lesson": "managing-conflicts-of-interest",
                                "prompt": (
                                    "The department's duty to keep conflicts under review ends once the conflicts "
                                    "assessment has been written at the start of the procurement."
                                ),
                                "answer": False,
                                "feedback": (
                                    "False. The conflicts assessment must be kept under review as the procurement "
                                    "goes on, which is why a conflict arising mid-evaluation must be added to it."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "securing-social-value",
            "title": "Securing social value",
            "summary": "What PPN 06/20 requires, how to set social value requirements that matter, and how to make sure they are delivered.",
            "lessons": [
                {
                    "slug": "social-value-and-ppn-06-20",
                    "title": "Social value and PPN 06/20",
                    "summary": "What social value is, what PPN 06/20 requires, and how to make it relevant to the contract.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>Social value means the wider economic, social and environmental benefits a contract "
                            "can deliver on top of the service itself: jobs and apprenticeships for local people, "
                            "opportunities for small businesses and voluntary organisations in the supply chain, lower "
                            "carbon emissions, fair employment practices, and better wellbeing in the communities the "
                            "service touches. Every pound of public money spent through a contract can do more than one "
                            "job, and leaders are expected to make sure it does.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>There are two sources of obligation to know about. The Public Services (Social Value) "
                            "Act 2012 requires public authorities procuring services contracts above the relevant "
                            "thresholds to <i>consider</i> how what they are buying might improve the economic, social "
                            "and environmental well-being of their area, and how they might secure that improvement "
                            "through the procurement. Procurement Policy Note (PPN) 06/20 went further for central "
                            "government.</p>",
                        ),
                        ("heading", {"text": "What PPN 06/20 requires"}),
                        (
                            "paragraph",
                            "<p>PPN 06/20, which took effect from January 2021, applies to central government "
                            "departments, their executive agencies and non-departmental public bodies. It requires "
                            "social value to be <b>explicitly evaluated</b> in the award of contracts, not merely "
                            "considered, and it sets a <b>minimum weighting of 10%</b> of the total score for social "
                            "value in the award criteria. A higher weighting can be used where it is justified. The PPN "
                            "came with a Social Value Model setting out themes (originally COVID-19 recovery, tackling "
                            "economic inequality, fighting climate change, equal opportunity and wellbeing), the "
                            "outcomes under each theme, and model award criteria and reporting metrics.</p>"
                            "<p>Police forces and councils are not directly bound by PPN 06/20, but many adopt the "
                            "same approach or their own social value frameworks, often with similar or higher "
                            "weightings. The guidance has also been updated for procurements run under the "
                            "Procurement Act 2023, so always check the current version; the principle of at least a "
                            "10% weighting carries forward.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>A 10% weighting attached to a generic 'tell us about your community benefits' question "
                            "misses the point. Social value criteria, like all award criteria, should relate to the "
                            "subject matter of the contract and be proportionate to it. Choose one or two outcomes that "
                            "matter for this contract and your area: a facilities management contract might target "
                            "local apprenticeships and fleet emissions; an IT contract might target digital skills and "
                            "the inclusion of small firms in its supply chain. Fewer, well-chosen outcomes produce "
                            "sharper bids and commitments you can actually monitor.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "How an outsourced workforce is employed reflects on the buyer",
                                "organisation": "Cleveland Police",
                                "body": (
                                    "<p>Cleveland Police's partnership with Steria, signed in 2010 and worth about "
                                    "£175m over 10 years, covered the control room, custody, IT, HR and finance. The "
                                    "London Assembly's 2015 report <i>To Protect and Save</i> noted that it brought cost "
                                    "savings and modern technology, but that it also drew criticism over zero-hours "
                                    "contracts.</p>"
                                    "<p>The lesson for leaders is that the employment practices of a supplier running a "
                                    "public service are seen as the public body's practices too. Fair work, including "
                                    "how staff are contracted, paid and treated, is a legitimate social value and "
                                    "reputational consideration to address when designing the requirement, not "
                                    "something to discover after award.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "At least 10%, and meaningful",
                                "body": (
                                    "<p>Where PPN 06/20 applies, social value must be explicitly evaluated with at "
                                    "least a 10% weighting. Wherever you are, make social value relevant to the "
                                    "contract, proportionate, specific and capable of being measured.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Pick a contract your organisation will procure in the next year. Which one or two "
                                    "social value outcomes would matter most to your area, and how could they be "
                                    "measured?"
                                ),
                                "guidance": (
                                    "<p>A strong answer links the outcome to the contract's subject matter and to a "
                                    "local priority, for example local employment for a construction contract or "
                                    "carbon reduction for a fleet contract. It names a measure that the supplier can "
                                    "report and you can verify (apprenticeship starts, emissions per vehicle mile, "
                                    "spend with small firms), and considers whether smaller suppliers could offer it "
                                    "proportionately.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "evaluating-and-delivering-social-value",
                    "title": "Evaluating and delivering social value",
                    "summary": "How to score social value commitments fairly and turn them into contractual obligations that are delivered.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>Social value is only worth its weighting if the evaluation rewards credible commitments "
                            "rather than eloquent promises. Ask bidders for specific, measurable commitments linked to "
                            "the outcomes you chose, with a method statement explaining how they will be delivered, by "
                            "when, by whom and how progress will be reported. Score the quality and credibility of the "
                            "plan, not the number of initiatives listed.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>A few evaluation traps are worth naming. Do not reward activity that would happen "
                            "anyway, such as a supplier's existing corporate charity programme that has nothing to do "
                            "with your area. Be cautious about large monetised 'social value' totals produced by proxy "
                            "calculators; they can be useful for reporting, but a big number is not the same as a "
                            "credible plan. And check that your questions do not disadvantage small and voluntary sector "
                            "bidders, who may deliver real local value without a corporate social responsibility "
                            "team to write about it.</p>",
                        ),
                        ("heading", {"text": "Turning commitments into contract terms"}),
                        (
                            "paragraph",
                            "<p>The commitments made in the winning bid must become obligations in the contract, "
                            "typically in a social value schedule that sets out each commitment, its measure, the "
                            "reporting frequency and the evidence required. If they stay in the tender response, they "
                            "tend to evaporate after mobilisation. Where a contract is worth more than £5m and the "
                            "Procurement Act 2023 requires key performance indicators to be set and published, a "
                            "social value measure can be one of them where it is among the most important aspects of "
                            "performance.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Delivery then needs the same contract management as any other obligation: regular "
                            "reports, evidence that can be checked (for example anonymised records of apprenticeship "
                            "starts), discussion at review meetings, and a recovery plan when commitments slip. "
                            "Remedies for missed social value commitments should be proportionate and agreed in "
                            "advance, so that they can be used without a dispute. Publicising what has been delivered, "
                            "with the supplier, helps to show the public what their money bought.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Apprenticeships that nearly disappeared",
                                "organisation": "A city council (generic example)",
                                "body": (
                                    "<p>A council's highways maintenance contract included a commitment, carried over "
                                    "from the winning bid into a social value schedule, to create 20 apprenticeships "
                                    "for local residents over the first three years, reported quarterly.</p>"
                                    "<p>At the end of the first year only four had started. Because the commitment was "
                                    "contractual and reported, the contract manager raised it at the quarterly review "
                                    "rather than discovering it at the end of the contract. The supplier agreed a "
                                    "recovery plan with the council's employment team and a local college, with named "
                                    "milestones. The director responsible asked to see progress at each review until it "
                                    "was back on track.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "If it is not in the contract, it will not be delivered",
                                "body": (
                                    "<p>Evaluate credible, measurable commitments; write them into the contract with "
                                    "reporting and remedies; and manage them with the same rigour as the core "
                                    "service.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "For a contract you oversee that included social value commitments at award, do "
                                    "you know what has actually been delivered so far?"
                                ),
                                "guidance": (
                                    "<p>If you can answer with figures against the original commitments, the "
                                    "arrangements are working. If the answer is 'I would have to ask the supplier', "
                                    "check whether the commitments were carried into the contract, who receives the "
                                    "reports, whether anyone verifies the evidence, and whether social value is on the "
                                    "agenda at review meetings. Asking the question at your next board or portfolio "
                                    "review is often enough to restart monitoring.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Securing social value: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "social-value-and-ppn-06-20",
                        "prompt": "Under PPN 06/20, what is the minimum weighting for social value in the award criteria?",
                        "options": [
                            {
                                "text": "10% of the total score",
                                "correct": True,
                                "feedback": "Correct. PPN 06/20 sets a minimum 10% weighting; a higher weighting can be used where justified.",
                            },
                            {
                                "text": "5% of the total score",
                                "correct": False,
                                "feedback": "No. The minimum is 10%.",
                            },
                            {
                                "text": "25% of the total score",
                                "correct": False,
                                "feedback": "No. 25% could be used where justified, but the minimum is 10%.",
                            },
                            {
                                "text": "There is no minimum; social value only has to be considered.",
                                "correct": False,
                                "feedback": "No. PPN 06/20 requires social value to be explicitly evaluated, with at least a 10% weighting.",
                            },
                        ],
                        "feedback": "Where PPN 06/20 applies, social value must be explicitly evaluated with at least a 10% weighting.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "social-value-and-ppn-06-20",
                        "prompt": (
                            "A 10% weighting on a generic question about a bidder's community activities, unrelated to "
                            "the contract, is good practice because it meets the minimum."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. Social value criteria should relate to the subject matter of the contract and be "
                            "proportionate. Meeting the weighting with a generic question produces vague commitments "
                            "that are hard to enforce."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "social-value-and-ppn-06-20",
                        "prompt": (
                            "Which 2012 Act requires public authorities procuring services to consider how the "
                            "procurement might improve the economic, social and environmental well-being of their "
                            "area?"
                        ),
                        "accepted": [
                            "Public Services (Social Value) Act 2012",
                            "Public Services (Social Value) Act",
                            "Public Services Social Value Act",
                            "Public Services Social Value Act 2012",
                            "Social Value Act",
                            "Social Value Act 2012",
                            "the Social Value Act",
                        ],
                        "feedback": "The Public Services (Social Value) Act 2012, often shortened to the Social Value Act.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "evaluating-and-delivering-social-value",
                        "prompt": "Which of these help make sure social value commitments are delivered? Select all that apply.",
                        "options": [
                            {
                                "text": "Writing the winning bid's commitments into a contract schedule with measures and reporting.",
                                "correct": True,
                                "feedback": "Yes. Commitments left in the tender response tend to evaporate.",
                            },
                            {
                                "text": "Asking for evidence that can be checked, not just a narrative report.",
                                "correct": True,
                                "feedback": "Yes. Verification is what turns a claim into a result.",
                            },
                            {
                                "text": "Discussing social value at contract review meetings and agreeing recovery plans when it slips.",
                                "correct": True,
                                "feedback": "Yes. Social value needs the same contract management as the core service.",
                            },
                            {
                                "text": "Scoring bids mainly on the size of the monetised social value total they claim.",
                                "correct": False,
                                "feedback": "No. A large proxy-value figure is not the same as a credible, deliverable plan.",
                            },
                        ],
                        "feedback": "Evaluate credible commitments, contract for them, and manage them.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "social-value-and-ppn-06-20",
                        "prompt": (
                            "Cleveland Police's partnership with Steria brought cost savings and modern technology. "
                            "What was it criticised for?"
                        ),
                        "options": [
                            {
                                "text": "The use of zero-hours contracts.",
                                "correct": True,
                                "feedback": "Correct. The workforce practices of an outsourced service reflect on the public body.",
                            },
                            {
                                "text": "Failing to modernise the force's technology.",
                                "correct": False,
                                "feedback": "No. The partnership was credited with bringing modern technology.",
                            },
                            {
                                "text": "Increasing the force's costs.",
                                "correct": False,
                                "feedback": "No. It was credited with cost savings.",
                            },
                            {
                                "text": "Being let without any competition.",
                                "correct": False,
                                "feedback": "That is not the criticism recorded in the course material.",
                            },
                        ],
                        "feedback": "Fair work is a legitimate social value and reputational consideration when designing a requirement.",
                    },
                    {
                        "type": "scenario",
                        "title": "Social value commitments falling behind",
                        "stem": (
                            "<p>A council awarded a five-year grounds maintenance contract. The winning bid promised "
                            "to recruit 15 local long-term unemployed people and to spend 30% of its supply chain budget "
                            "with local small firms. Eighteen months in, the supplier's reports say only 'good progress "
                            "is being made'. The commitments were written into the contract with annual targets, but no "
                            "one at the council has asked for figures.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "evaluating-and-delivering-social-value",
                                "prompt": "What should the council do next?",
                                "options": [
                                    {
                                        "text": (
                                            "Ask the supplier for figures and evidence against each contractual target, "
                                            "put social value on the next review agenda, and agree a recovery plan if "
                                            "targets have been missed."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Right. The commitments are contractual, so the council should measure "
                                            "them, discuss them and agree recovery where needed, just as for any "
                                            "other obligation."
                                        ),
                                    },
                                    {
                                        "text": "Accept the supplier's narrative; social value is a bonus, not part of the service.",
                                        "correct": False,
                                        "feedback": (
                                            "The commitments won marks at evaluation and are in the contract. Letting "
                                            "them lapse is unfair to the bidders who lost and poor value for the "
                                            "public."
                                        ),
                                    },
                                    {
                                        "text": "Terminate the contract for breach at once.",
                                        "correct": False,
                                        "feedback": (
                                            "Termination is disproportionate before the facts are known and before "
                                            "the supplier has had the chance to recover. Start with evidence and a "
                                            "recovery plan."
                                        ),
                                    },
                                    {
                                        "text": "Remove the social value targets through a contract change, since they are proving hard to meet.",
                                        "correct": False,
                                        "feedback": (
                                            "Removing commitments that were scored at award could undermine the "
                                            "fairness of the original competition. Manage delivery first."
                                        ),
                                    },
                                ],
                                "feedback": "If it is in the contract, manage it like the rest of the contract.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "leading-under-the-procurement-act",
            "title": "Leading under the Procurement Act 2023",
            "summary": "What the Procurement Act 2023 changes, how contracts are awarded to the most advantageous tender, and the new transparency and KPI duties.",
            "lessons": [
                {
                    "slug": "procurement-act-2023-essentials",
                    "title": "The Procurement Act 2023: what leaders need to know",
                    "summary": "The main changes the Act brought in on 24 February 2025 and what they mean for your organisation.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>The Procurement Act 2023 came into force on <b>24 February 2025</b>. It replaced the "
                            "Public Contracts Regulations 2015, the Utilities Contracts Regulations 2016 and the "
                            "Concession Contracts Regulations 2016, and brought defence and security procurement under "
                            "the same framework. It applies to contracting authorities in England, Wales and Northern "
                            "Ireland; devolved Scottish authorities follow Scotland's own rules. Procurements started "
                            "before 24 February 2025, and contracts awarded under the old rules, continue to be governed "
                            "by those rules, so most organisations will be running both regimes side by side for some "
                            "years.</p>",
                        ),
                        ("heading", {"text": "The main changes"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><b>Objectives.</b> Contracting authorities must have regard to delivering value for "
                            "money, maximising public benefit, sharing information and acting, and being seen to act, "
                            "with integrity. They must treat suppliers the same unless a difference between them "
                            "justifies different treatment, and have regard to the barriers small and medium-sized "
                            "enterprises face.</li>"
                            "<li><b>Procedures.</b> A simpler choice between the open procedure and the competitive "
                            "flexible procedure, which lets authorities design a process suited to the market, with "
                            "direct award permitted only in defined circumstances.</li>"
                            "<li><b>Award.</b> Contracts are awarded to the <b>most advantageous tender</b>, assessed "
                            "against published award criteria.</li>"
                            "<li><b>Exclusions.</b> Clearer mandatory and discretionary grounds for excluding suppliers, "
                            "and a central debarment list.</li>"
                            "<li><b>Conflicts of interest.</b> A duty to identify and manage conflicts and to prepare a "
                            "conflicts assessment.</li>"
                            "<li><b>Transparency.</b> Notices across the whole life of a procurement and contract, "
                            "published through a <b>central digital platform</b>.</li>"
                            "<li><b>Contract management.</b> Key performance indicators set and published for "
                            "contracts over £5m, with performance reported at least annually, and 30-day payment terms "
                            "implied into public contracts and down the supply chain.</li>"
                            "</ul>",
                        ),
                        (
                            "paragraph",
                            "<p>Authorities must also have regard to the National Procurement Policy Statement, which "
                            "sets out the government's strategic priorities for public procurement. Larger authorities, "
                            "those expecting to spend more than £100m on public contracts in the coming financial year, "
                            "must publish a pipeline notice of their upcoming contracts worth over £2m, which is a "
                            "useful discipline for any organisation planning its market engagement.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>For leaders, the Act is less about learning new clauses and more about making sure the "
                            "organisation is equipped to comply. That means contract procedure rules or standing orders "
                            "and schemes of delegation updated to match the Act; staff trained, including evaluators and "
                            "contract managers, not only procurement specialists; registration and processes for "
                            "publishing notices; a routine for conflicts assessments; and a plan for setting, publishing "
                            "and reporting KPIs on your largest contracts.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Getting ready for a new regime",
                                "organisation": "A police force and its police and crime commissioner (generic example)",
                                "body": (
                                    "<p>Ahead of the Act coming into force, a force and its police and crime "
                                    "commissioner appointed a senior responsible owner for readiness. They updated the "
                                    "joint contract standing orders and delegations, trained everyone who sat on "
                                    "evaluation panels in the new conflicts duties, and set up registration and "
                                    "approval steps for publishing notices.</p>"
                                    "<p>They also listed every contract over £5m due to be let in the next two years, "
                                    "so that KPIs could be designed into each procurement from the start, and kept a "
                                    "separate register of procurements already under way under the old rules, so that "
                                    "nobody applied the wrong regime by mistake.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Two regimes for a while",
                                "body": (
                                    "<p>The Act applies to procurements started on or after 24 February 2025. Older "
                                    "procurements and contracts stay under the previous rules. Know which regime "
                                    "each of your major procurements and contracts sits under.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "How confident are you that your organisation's own rules, delegations and training "
                                    "reflect the Procurement Act 2023? Where would you look to check?"
                                ),
                                "guidance": (
                                    "<p>Look at the contract procedure rules or standing orders and the scheme of "
                                    "delegation (do they still refer to the Public Contracts Regulations 2015 for new "
                                    "procurements?), the training records of evaluators and contract managers, the "
                                    "process for publishing notices and who approves them, and whether your largest "
                                    "upcoming contracts have KPIs planned. Ask your head of procurement for a short "
                                    "readiness summary if one does not exist.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "most-advantageous-tender",
                    "title": "Awarding to the most advantageous tender",
                    "summary": "What 'most advantageous tender' means and how leaders should shape award criteria and evaluation.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>Under the previous rules, contracts were awarded to the 'most economically "
                            "advantageous tender'. The Procurement Act 2023 uses the <b>most advantageous tender</b>: "
                            "the tender that satisfies the authority's requirements and best satisfies the award "
                            "criteria, assessed using the published assessment methodology and the relative importance "
                            "of each criterion. Quality, social value and other factors could already be weighed under "
                            "the old rules, so this is more a change of emphasis than a revolution, but it underlines "
                            "that the cheapest bid is not automatically the best one.</p>",
                        ),
                        ("heading", {"text": "Setting award criteria that stand up"}),
                        (
                            "paragraph",
                            "<p>Award criteria must relate to the subject matter of the contract, be sufficiently "
                            "clear, measurable and specific, and be a proportionate way of assessing tenders. They, and "
                            "their relative importance, must be set out in the tender notice or associated documents. "
                            "Once bids are in, you cannot move the goalposts; in the competitive flexible procedure "
                            "criteria can be refined only within limits and before final tenders. Poorly framed criteria "
                            "are one of the commonest grounds for challenge, so time spent on them is well spent.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>The leader's main contribution is to agree the balance between price, quality and "
                            "social value early, on the basis of the risk appetite and what market engagement revealed. "
                            "For a simple commodity, a high price weighting may be right. For a complex or critical "
                            "service, a heavy price weighting can reward bids that are unsustainably low. The Act allows "
                            "an authority to disregard an <b>abnormally low</b> tender, but only after giving the "
                            "supplier a chance to show it can deliver at that price, so it is a safeguard rather than a "
                            "substitute for good criteria.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>The Act also raises the bar on explaining decisions. Before publishing a contract award "
                            "notice, the authority must give each supplier that submitted an assessed tender an "
                            "<b>assessment summary</b> explaining how its tender was scored against the criteria and, "
                            "where it lost, how it compared with the winning bid. A standstill period of at least eight "
                            "working days normally follows before the contract can be entered into. Evaluation notes "
                            "must therefore be good enough to explain every score to the losing bidders, and to a court "
                            "if necessary. Leaders should make sure panels have the time, training and moderation to "
                            "achieve that.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Rebalancing the weightings for a critical service",
                                "organisation": "A government department (generic example)",
                                "body": (
                                    "<p>A department's draft evaluation model for its public-facing contact centre "
                                    "weighted price at 60%, quality at 30% and social value at 10%. At the sourcing "
                                    "board, the senior responsible owner pointed out that the service was critical, the "
                                    "department's appetite for service failure was minimal, and market engagement had "
                                    "shown that bidders competing hard on price tended to cut staffing levels.</p>"
                                    "<p>The board agreed weightings of 40% price, 50% quality and 10% social value, with "
                                    "quality questions focused on staffing models, resilience and call-handling "
                                    "outcomes. The reasoning was recorded in the procurement file so it could be "
                                    "explained if challenged.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Decide what 'advantageous' means before you go to market",
                                "body": (
                                    "<p>The most advantageous tender is defined by your award criteria. Agree them, and "
                                    "their weightings, early and deliberately, make them clear and proportionate, and "
                                    "make sure every score can be explained in an assessment summary.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "For a service you are responsible for, what balance of price, quality and social "
                                    "value would you argue for, and why?"
                                ),
                                "guidance": (
                                    "<p>A good answer starts from the nature of the service and the risk appetite: "
                                    "how critical it is, how much quality varies between suppliers, and how mature the "
                                    "market is. It keeps social value at 10% or more where PPN 06/20 or your own policy "
                                    "requires it, and explains how the quality questions would tell good bids from weak "
                                    "ones. It also notes the evidence, such as market engagement findings, that "
                                    "supports the choice.</p>"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "transparency-kpis-and-notices",
                    "title": "Transparency, KPIs and the central digital platform",
                    "summary": "The notices the Act requires, the duty to set and publish KPIs for contracts over £5m, and what that means for leaders.",
                    "estimated_minutes": 15,
                    "body": [
                        (
                            "paragraph",
                            "<p>The Procurement Act 2023 makes public procurement far more visible. Notices covering the "
                            "whole life of a procurement and contract are published through a single <b>central "
                            "digital platform</b> (the government's Find a Tender service), where suppliers also "
                            "register their core information once and reuse it across bids. Notices range from "
                            "planning (pipeline and preliminary market engagement notices), through the tender notice "
                            "and contract award notice, to notices published once the contract is running: contract "
                            "details, contract change, contract performance and contract termination notices. For most "
                            "contracts worth over £5m, a copy of the contract itself must also be published, with "
                            "lawful redactions.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>For leaders, the practical consequence is that your commercial decisions can now be "
                            "followed by anyone: suppliers, journalists, MPs and councillors, campaigners and the "
                            "public. That is the point of the regime. It rewards organisations whose decisions are well "
                            "reasoned and well recorded, and exposes those that are not.</p>",
                        ),
                        ("heading", {"text": "KPIs for contracts over £5m"}),
                        (
                            "paragraph",
                            "<p>Before entering into a public contract with an estimated value of more than <b>£5m</b>, "
                            "a contracting authority must set at least three key performance indicators, unless it "
                            "considers that the supplier's performance could not appropriately be assessed that way. "
                            "The KPIs are published in the contract details notice. Then, at least once every 12 months, "
                            "the authority must publish a contract performance notice assessing the supplier's "
                            "performance against them, using ratings of good, approaching target, requires improvement "
                            "or inadequate. Separate performance notices are required where a supplier has breached the "
                            "contract in ways that lead to termination, damages or a settlement, or has failed to "
                            "perform to the authority's satisfaction after being given the chance to improve. That "
                            "information can be taken into account when other authorities consider excluding a "
                            "supplier.</p>",
                        ),
                        (
                            "paragraph",
                            "<p>Choose the published KPIs with care. They should measure the outcomes that matter most, "
                            "be consistent with the KPIs and service credits already in the contract, and be capable of "
                            "being evidenced from data you can check rather than the supplier's own summary. Rate "
                            "honestly: a 'good' rating for a service that is visibly failing is a reputational risk, "
                            "misleads other buyers, and weakens your position if you later need to take action. Equally, "
                            "a poor rating must be backed by evidence, because suppliers will challenge ratings that "
                            "affect their reputation.</p>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Publishing an honest rating",
                                "organisation": "A unitary council (generic example)",
                                "body": (
                                    "<p>A council's £12m waste collection contract, let under the Act, had three "
                                    "published KPIs, including missed collections per 100,000. The supplier had missed "
                                    "that target for most of the year, although its monthly dashboard showed the "
                                    "service as 'amber' rather than 'red'.</p>"
                                    "<p>When the annual contract performance notice was due, the supplier asked for a "
                                    "'good' rating, arguing that performance had improved in the last two months. The "
                                    "contract manager assessed performance against the KPI over the whole period, using "
                                    "the council's own complaints and crew-tracking data, and recommended 'requires "
                                    "improvement'. The director approved it, the supplier was told the rating and the "
                                    "evidence in advance, and the recovery plan agreed at the review meeting was "
                                    "referred to in the council's own records.</p>"
                                ),
                            },
                        ),
                        (
                            "key_point",
                            {
                                "title": "Published KPIs are a public account of your contract",
                                "body": (
                                    "<p>For contracts over £5m, set at least three meaningful KPIs, publish them, and "
                                    "rate performance at least annually on evidence you can defend. Assume every notice "
                                    "you publish will be read by someone who wants to challenge it.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Take a contract over £5m that you oversee. Which three KPIs would you publish, and "
                                    "what rating would you honestly give the supplier today?"
                                ),
                                "guidance": (
                                    "<p>Good KPIs reflect the outcomes users care about (for example missed "
                                    "collections, custody assessments completed on time, or calls answered within "
                                    "target), rather than supplier activity. If you cannot say what rating you would "
                                    "give, or the evidence would come only from the supplier's own reports, that is a "
                                    "sign that contract management information needs strengthening before the first "
                                    "contract performance notice is due.</p>"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Leading under the Procurement Act 2023: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "procurement-act-2023-essentials",
                        "prompt": "When did the Procurement Act 2023 come into force?",
                        "options": [
                            {
                                "text": "24 February 2025",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "1 January 2021",
                                "correct": False,
                                "feedback": "No. That is when PPN 06/20 on social value took effect.",
                            },
                            {
                                "text": "The day it received Royal Assent in 2023",
                                "correct": False,
                                "feedback": "No. The Act received Royal Assent in 2023 but did not come into force until 24 February 2025.",
                            },
                            {
                                "text": "1 April 2026",
                                "correct": False,
                                "feedback": "No. It came into force on 24 February 2025.",
                            },
                        ],
                        "feedback": "The Act came into force on 24 February 2025. Procurements started before then continue under the old rules.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "procurement-act-2023-essentials",
                        "prompt": (
                            "A procurement that started under the Public Contracts Regulations 2015 before 24 February "
                            "2025 continues under those regulations."
                        ),
                        "answer": True,
                        "feedback": (
                            "True. Procurements started, and contracts awarded, under the old rules stay under them, "
                            "which is why organisations will run two regimes side by side for some years."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "most-advantageous-tender",
                        "prompt": "Under the Procurement Act 2023, contracts are awarded to the supplier that submits the ... ?",
                        "accepted": [
                            "most advantageous tender",
                            "the most advantageous tender",
                            "MAT",
                            "most advantageous bid",
                        ],
                        "feedback": (
                            "The most advantageous tender: the one that satisfies the requirements and best satisfies "
                            "the published award criteria."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "transparency-kpis-and-notices",
                        "prompt": (
                            "Above what estimated contract value must a contracting authority set and publish key "
                            "performance indicators under the Procurement Act 2023?"
                        ),
                        "options": [
                            {
                                "text": "£5m",
                                "correct": True,
                                "feedback": "Correct. Contracts over £5m need at least three KPIs, published and reported on at least annually.",
                            },
                            {
                                "text": "£500,000",
                                "correct": False,
                                "feedback": "No. The threshold for the KPI duty is £5m.",
                            },
                            {
                                "text": "£2m",
                                "correct": False,
                                "feedback": "No. £2m is the value above which contracts appear in a pipeline notice; the KPI threshold is £5m.",
                            },
                            {
                                "text": "£100m",
                                "correct": False,
                                "feedback": "No. £100m relates to annual spend that triggers a pipeline notice; the KPI threshold is £5m.",
                            },
                        ],
                        "feedback": "For contracts over £5m: at least three KPIs, published, with performance reported at least every 12 months.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "transparency-kpis-and-notices",
                        "prompt": (
                            "Which of these are published through the central digital platform under the Procurement "
                            "Act 2023? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": "Preliminary market engagement notices",
                                "correct": True,
                                "feedback": "Yes. They are published before the tender notice.",
                            },
                            {
                                "text": "Contract award notices",
                                "correct": True,
                                "feedback": "Yes.",
                            },
                            {
                                "text": "Contract performance notices rating performance against KPIs",
                                "correct": True,
                                "feedback": "Yes. For contracts over £5m, at least once every 12 months.",
                            },
                            {
                                "text": "The individual scoring notes of each evaluator",
                                "correct": False,
                                "feedback": "No. Evaluators' notes are kept on file; suppliers receive assessment summaries, not published notes.",
                            },
                        ],
                        "feedback": "Notices cover the whole life of the procurement and contract, from planning to termination.",
                    },
                    {
                        "type": "scenario",
                        "title": "A rating the supplier will not like",
                        "stem": (
                            "<p>Your council's £9m waste collection contract, let under the Procurement Act 2023, has "
                            "three published KPIs. The supplier has missed the missed-collections KPI for eight of the "
                            "last twelve months. The annual contract performance notice is due. The cabinet member asks "
                            "you to rate performance as 'good', saying that a poor public rating will damage the "
                            "relationship just as the supplier is starting to improve.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "transparency-kpis-and-notices",
                                "prompt": "What should you do next?",
                                "options": [
                                    {
                                        "text": (
                                            "Rate performance on the evidence against the KPI for the whole period, "
                                            "explain the rating and the evidence to the supplier before publication, "
                                            "and record the improvement plan agreed."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Right. The notice is a public account of performance. An honest, "
                                            "evidenced rating protects the council, and telling the supplier in "
                                            "advance keeps the relationship professional."
                                        ),
                                    },
                                    {
                                        "text": "Rate it 'good' as asked, to protect the relationship.",
                                        "correct": False,
                                        "feedback": (
                                            "A rating that contradicts the evidence misleads other buyers and the "
                                            "public, and weakens the council's position if it later needs to act."
                                        ),
                                    },
                                    {
                                        "text": "Skip this year's notice until performance has recovered.",
                                        "correct": False,
                                        "feedback": (
                                            "For a contract over £5m, performance against the KPIs must be published "
                                            "at least once every 12 months."
                                        ),
                                    },
                                    {
                                        "text": "Rate it 'inadequate' without telling the supplier, to put pressure on it.",
                                        "correct": False,
                                        "feedback": (
                                            "The rating should follow the evidence, not be used as a tactic, and "
                                            "surprising the supplier invites a dispute."
                                        ),
                                    },
                                ],
                                "feedback": "Rate on evidence you can defend, and assume every notice will be scrutinised.",
                            },
                            {
                                "type": "true_false",
                                "lesson": "transparency-kpis-and-notices",
                                "prompt": (
                                    "Information published in contract performance notices can be relevant when "
                                    "other authorities consider whether to exclude a supplier."
                                ),
                                "answer": True,
                                "feedback": (
                                    "True. Poor performance and breach are discretionary exclusion grounds, which is "
                                    "one reason ratings must be accurate and evidenced."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
    ],
    # ---------------------------------------------------------------------- final assessment
    "final_assessment": {
        "title": "Commercial awareness for public-sector leaders: final assessment",
        "questions": [
            {
                "type": "single_choice",
                "lesson": "commercial-expertise-first",
                "prompt": (
                    "The Metropolitan Police's £216m contract with SSCL, discussed in the London Assembly's 2015 "
                    "report, covered which services?"
                ),
                "options": [
                    {
                        "text": "Back-office finance, procurement and HR",
                        "correct": True,
                        "feedback": "Correct. It was a back-office contract with SSCL, majority-owned by Sopra Steria.",
                    },
                    {
                        "text": "Custody and the control room",
                        "correct": False,
                        "feedback": "No. Custody and the control room featured in Cleveland Police's partnership with Steria, not the Met's SSCL contract.",
                    },
                    {
                        "text": "Fleet maintenance and estates",
                        "correct": False,
                        "feedback": "No. The SSCL contract covered finance, procurement and HR.",
                    },
                    {
                        "text": "Forensic science services",
                        "correct": False,
                        "feedback": "No. The SSCL contract covered finance, procurement and HR.",
                    },
                ],
                "feedback": "The committee warned the Met to build commercial expertise before outsourcing further.",
            },
            {
                "type": "true_false",
                "lesson": "commercial-expertise-first",
                "prompt": (
                    "Once a service has been outsourced, the public body no longer needs people who understand how "
                    "that service works."
                ),
                "answer": False,
                "feedback": (
                    "False. The body still needs an intelligent client: people who can define outcomes, challenge "
                    "the supplier's data, price change, spot failing performance and plan exit."
                ),
            },
            {
                "type": "single_choice",
                "lesson": "value-for-money-and-whole-life-cost",
                "prompt": "Of the National Audit Office's three Es, which one asks whether the intended outcomes are being achieved?",
                "options": [
                    {
                        "text": "Effectiveness",
                        "correct": True,
                        "feedback": "Correct. Effectiveness is about achieving the intended outcomes (spending wisely).",
                    },
                    {
                        "text": "Economy",
                        "correct": False,
                        "feedback": "No. Economy is about spending less on inputs.",
                    },
                    {
                        "text": "Efficiency",
                        "correct": False,
                        "feedback": "No. Efficiency is about the relationship between what goes in and what comes out.",
                    },
                    {
                        "text": "Expediency",
                        "correct": False,
                        "feedback": "No. Expediency is not one of the three Es.",
                    },
                ],
                "feedback": "Economy, efficiency and effectiveness; many bodies also add equity.",
            },
            {
                "type": "single_choice",
                "lesson": "value-for-money-and-whole-life-cost",
                "prompt": (
                    "Over a five-year term, Option X costs £1.00m a year with a £0.50m exit charge. Option Y costs "
                    "£1.05m a year with a £0.10m exit charge. Mobilisation and change costs are the same. Which has "
                    "the lower whole-life cost?"
                ),
                "options": [
                    {
                        "text": "Option Y, by £0.15m",
                        "correct": True,
                        "feedback": "Correct. X is £5.00m plus £0.50m = £5.50m; Y is £5.25m plus £0.10m = £5.35m.",
                    },
                    {
                        "text": "Option X, by £0.25m",
                        "correct": False,
                        "feedback": "That compares annual charges only and ignores the exit charges.",
                    },
                    {
                        "text": "They cost the same",
                        "correct": False,
                        "feedback": "No. X totals £5.50m and Y totals £5.35m.",
                    },
                    {
                        "text": "Option X, by £0.15m",
                        "correct": False,
                        "feedback": "No. Including exit, X costs more: £5.50m against £5.35m.",
                    },
                ],
                "feedback": "Compare options over the whole life of the contract, including exit, not on annual price alone.",
            },
            {
                "type": "multiple_response",
                "lesson": "setting-risk-appetite",
                "prompt": "What should a useful risk appetite statement for a major contract contain? Select all that apply.",
                "options": [
                    {
                        "text": "The categories of risk that matter, such as service continuity, safety and cost.",
                        "correct": True,
                        "feedback": "Yes. Appetite differs by category, so name them.",
                    },
                    {
                        "text": "An appetite level for each category, such as averse, cautious or open.",
                        "correct": True,
                        "feedback": "Yes. This is the decision leaders need to make.",
                    },
                    {
                        "text": "Measurable tolerances and who may accept risks outside them.",
                        "correct": True,
                        "feedback": "Yes. Tolerances turn appetite into something that can be monitored and escalated.",
                    },
                    {
                        "text": "A statement that all risks will be transferred to the supplier.",
                        "correct": False,
                        "feedback": "No. Accountability cannot be transferred, and transferring risks the supplier cannot manage is costly or dangerous.",
                    },
                ],
                "feedback": "Appetite is a decision: by category, with tolerances and escalation routes.",
            },
            {
                "type": "single_choice",
                "lesson": "setting-risk-appetite",
                "prompt": "According to the Sourcing Playbook's approach, to whom should each risk in a contract be allocated?",
                "options": [
                    {
                        "text": "The party best able to manage it",
                        "correct": True,
                        "feedback": "Correct. This gives better value than transferring risks that suppliers cannot control.",
                    },
                    {
                        "text": "Always the supplier, because it is paid to take risk",
                        "correct": False,
                        "feedback": "Suppliers either price such risks heavily or accept them and then cannot bear them.",
                    },
                    {
                        "text": "Always the public body, because it is accountable",
                        "correct": False,
                        "feedback": "Accountability stays with the public body, but the supplier may be best placed to manage some risks.",
                    },
                    {
                        "text": "Equally between the parties, whatever the risk",
                        "correct": False,
                        "feedback": "Splitting every risk equally ignores who can actually control it.",
                    },
                ],
                "feedback": "Allocate each risk to the party best able to manage it, and remember accountability stays with you.",
            },
            {
                "type": "true_false",
                "lesson": "market-engagement-before-procurement",
                "prompt": (
                    "Under the Procurement Act 2023, a contracting authority must take steps to ensure that suppliers "
                    "taking part in preliminary market engagement are not put at an unfair advantage."
                ),
                "answer": True,
                "feedback": (
                    "True. Engagement is encouraged, but it must not give any supplier an unfair advantage or "
                    "otherwise distort competition."
                ),
            },
            {
                "type": "scenario",
                "title": "Renewing a custody services contract",
                "stem": (
                    "<p>A police force's custody services contract expires in 20 months. The incumbent supplier's "
                    "account director asks the chief finance officer for a private meeting, offering to 'save the "
                    "force time' by drafting the new specification. Separately, the force's interim head of "
                    "procurement, who will run the re-procurement, worked for the incumbent until six months ago.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "market-engagement-before-procurement",
                        "prompt": "What should the force do next about market engagement?",
                        "options": [
                            {
                                "text": (
                                    "Decline the offer to draft the specification, publish a notice inviting all "
                                    "interested suppliers to engage, and offer every supplier, including the "
                                    "incumbent, the same opportunity and information."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. Twenty months is a good time to engage, but it must be open and equal. "
                                    "A specification drafted by the incumbent would risk an unfair advantage."
                                ),
                            },
                            {
                                "text": "Accept the incumbent's draft; it knows the service best and it saves time.",
                                "correct": False,
                                "feedback": (
                                    "This risks a specification built around the incumbent's solution, an unfair "
                                    "advantage and, ultimately, a challenge or the need to exclude the incumbent."
                                ),
                            },
                            {
                                "text": "Avoid talking to any supplier until the tender notice is published.",
                                "correct": False,
                                "feedback": (
                                    "Refusing all engagement wastes the chance to test the requirement. The answer is "
                                    "fair engagement, not none."
                                ),
                            },
                            {
                                "text": "Meet the incumbent privately, but not record the meeting.",
                                "correct": False,
                                "feedback": "Unrecorded private meetings with one bidder are exactly what undermines a fair procurement.",
                            },
                        ],
                        "feedback": "Engage early, engage equally, write it down.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "managing-conflicts-of-interest",
                        "prompt": "What should the force do about the interim head of procurement? Select all that apply.",
                        "options": [
                            {
                                "text": "Ask for a declaration and record it in the conflicts assessment before the tender notice is published.",
                                "correct": True,
                                "feedback": "Yes. The Act requires a conflicts assessment before the tender notice, kept under review.",
                            },
                            {
                                "text": "Decide, with reasons, what mitigation is needed, such as removing them from evaluation and award decisions.",
                                "correct": True,
                                "feedback": "Yes. The response should be proportionate and recorded.",
                            },
                            {
                                "text": "Keep the conflict under review as the procurement progresses.",
                                "correct": True,
                                "feedback": "Yes. Conflicts can change, for example if the person is offered a job by a bidder.",
                            },
                            {
                                "text": "Exclude the incumbent from bidding because of the conflict.",
                                "correct": False,
                                "feedback": "Exclusion is a last resort where an unfair advantage cannot be avoided; the conflict can be managed on the force's side.",
                            },
                        ],
                        "feedback": "Declare, record, act, and keep reviewing.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "managing-conflicts-of-interest",
                "prompt": (
                    "Under the Procurement Act 2023, whose conflicts of interest must a contracting authority take "
                    "reasonable steps to identify in a procurement?"
                ),
                "options": [
                    {
                        "text": "Everyone acting for it in the procurement, including board members and external advisers.",
                        "correct": True,
                        "feedback": "Correct. The duty is not limited to employees or to the evaluation panel.",
                    },
                    {
                        "text": "Only the members of the evaluation panel.",
                        "correct": False,
                        "feedback": "No. People who shape the requirement or take the decision can be conflicted too.",
                    },
                    {
                        "text": "Only staff directly employed by the authority.",
                        "correct": False,
                        "feedback": "No. External advisers and board members acting for the authority are covered.",
                    },
                    {
                        "text": "Only the bidders' staff.",
                        "correct": False,
                        "feedback": "No. The duty is about people acting for the authority.",
                    },
                ],
                "feedback": "Conflicts management covers everyone acting for the authority, and must be kept under review.",
            },
            {
                "type": "single_choice",
                "lesson": "social-value-and-ppn-06-20",
                "prompt": "Which organisations does PPN 06/20 apply to directly?",
                "options": [
                    {
                        "text": "Central government departments, their executive agencies and non-departmental public bodies",
                        "correct": True,
                        "feedback": "Correct. Councils and police forces are not directly bound, though many adopt a similar approach.",
                    },
                    {
                        "text": "Every public body in the UK, including councils and police forces",
                        "correct": False,
                        "feedback": "No. PPN 06/20 applies to central government; the wider public sector may choose to follow it.",
                    },
                    {
                        "text": "Only suppliers with contracts worth over £5m",
                        "correct": False,
                        "feedback": "No. PPNs are addressed to contracting authorities, not suppliers.",
                    },
                    {
                        "text": "Only the NHS",
                        "correct": False,
                        "feedback": "No. It applies to central government departments, executive agencies and NDPBs.",
                    },
                ],
                "feedback": "Where it applies, PPN 06/20 requires social value to be explicitly evaluated with at least a 10% weighting.",
            },
            {
                "type": "multiple_response",
                "lesson": "evaluating-and-delivering-social-value",
                "prompt": "Which are sound practices when evaluating social value? Select all that apply.",
                "options": [
                    {
                        "text": "Asking for specific, measurable commitments with a delivery plan and reporting method.",
                        "correct": True,
                        "feedback": "Yes. Credible plans can be scored and later enforced.",
                    },
                    {
                        "text": "Checking that questions do not disadvantage small and voluntary sector bidders.",
                        "correct": True,
                        "feedback": "Yes. Proportionate questions let smaller organisations show real local value.",
                    },
                    {
                        "text": "Giving credit for a bidder's existing national charity programme unrelated to the contract.",
                        "correct": False,
                        "feedback": "No. Reward additional value linked to the contract, not activity that would happen anyway.",
                    },
                    {
                        "text": "Awarding the highest score to the bid with the most initiatives listed.",
                        "correct": False,
                        "feedback": "No. Score quality and credibility, not volume.",
                    },
                ],
                "feedback": "Score credible, relevant, measurable commitments, then write them into the contract.",
            },
            {
                "type": "single_choice",
                "lesson": "procurement-act-2023-essentials",
                "prompt": "Which of these is NOT one of the objectives contracting authorities must have regard to under the Procurement Act 2023?",
                "options": [
                    {
                        "text": "Awarding every contract to the lowest-priced bid",
                        "correct": True,
                        "feedback": "Correct, this is not an objective. Contracts go to the most advantageous tender, which need not be the cheapest.",
                    },
                    {
                        "text": "Delivering value for money",
                        "correct": False,
                        "feedback": "This is one of the objectives.",
                    },
                    {
                        "text": "Maximising public benefit",
                        "correct": False,
                        "feedback": "This is one of the objectives.",
                    },
                    {
                        "text": "Acting, and being seen to act, with integrity",
                        "correct": False,
                        "feedback": "This is one of the objectives.",
                    },
                ],
                "feedback": "The objectives are value for money, public benefit, sharing information and integrity.",
            },
            {
                "type": "true_false",
                "lesson": "most-advantageous-tender",
                "prompt": (
                    "Under the Procurement Act 2023, each supplier that submitted an assessed tender must be given an "
                    "assessment summary explaining its scores before the contract award notice is published."
                ),
                "answer": True,
                "feedback": (
                    "True. Assessment summaries explain how each tender was scored, which is why evaluation notes must "
                    "be good enough to justify every score."
                ),
            },
            {
                "type": "scenario",
                "title": "Weightings for a critical service",
                "stem": (
                    "<p>A department is about to publish the tender for its public-facing contact centre, a service "
                    "on which vulnerable people depend. The draft evaluation model weights price at 70%, quality at "
                    "25% and social value at 5%. Market engagement showed that bids competing hard on price tended to "
                    "cut staffing. The department's appetite for service failure is minimal.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "most-advantageous-tender",
                        "prompt": "What should the senior responsible owner do next?",
                        "options": [
                            {
                                "text": (
                                    "Hold publication and ask for the weightings to be revised, with quality raised to "
                                    "reflect the critical service, social value at least 10%, and the reasons recorded."
                                ),
                                "correct": True,
                                "feedback": (
                                    "Right. The criteria define the most advantageous tender and cannot simply be changed "
                                    "after bids arrive. The draft conflicts with the risk appetite and falls below the "
                                    "PPN 06/20 minimum."
                                ),
                            },
                            {
                                "text": "Publish as drafted and rely on rejecting any abnormally low bids later.",
                                "correct": False,
                                "feedback": (
                                    "The abnormally low tender safeguard is narrow and requires giving the supplier a "
                                    "chance to explain. It is no substitute for criteria that reflect what matters."
                                ),
                            },
                            {
                                "text": "Publish as drafted and adjust the weightings once the bids are in.",
                                "correct": False,
                                "feedback": "Changing criteria after tenders are received is unfair and open to challenge.",
                            },
                            {
                                "text": "Remove social value from the evaluation to make room for quality.",
                                "correct": False,
                                "feedback": "For a central government department, PPN 06/20 requires social value to be evaluated with at least a 10% weighting.",
                            },
                        ],
                        "feedback": "Decide what 'advantageous' means before you go to market, in line with your risk appetite.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "most-advantageous-tender",
                        "prompt": (
                            "Under the Procurement Act 2023, an authority may reject a tender as abnormally low without "
                            "first giving the supplier a chance to show it can perform at that price."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. The supplier must be given a reasonable opportunity to demonstrate that it can "
                            "deliver at the price before the tender can be disregarded."
                        ),
                    },
                ],
            },
            {
                "type": "short_text",
                "lesson": "transparency-kpis-and-notices",
                "prompt": (
                    "Under the Procurement Act 2023, what is the minimum number of KPIs an authority must set for a "
                    "public contract worth more than £5m (unless performance cannot appropriately be assessed that way)?"
                ),
                "accepted": ["three", "3", "at least three", "at least 3", "three KPIs", "3 KPIs"],
                "feedback": (
                    "At least three KPIs, published in the contract details notice, with performance against them "
                    "published at least once every 12 months."
                ),
            },
        ],
    },
}
