"""Demo course: Outsourcing and the Sourcing Playbook (delivery models, markets, should-cost, pilots, risk, payment, financial standing, resolution planning)."""

COURSE = {
    "slug": "outsourcing-and-the-sourcing-playbook",
    "title": "Outsourcing and the Sourcing Playbook",
    "summary": (
        "Decide on evidence whether to outsource, insource or re-procure a service, then build a deal the "
        "market can deliver and a plan for the day a supplier fails, using the government's Sourcing Playbook."
    ),
    "topic": "outsourcing",
    "level": "practitioner",
    "estimated_minutes": 240,
    "overview": (
        "<p>This practitioner course is for commercial officers, contract managers, finance business partners "
        "and service leads in police forces, councils and government departments who are involved in deciding "
        "how a public service should be delivered, and in shaping the contract when the answer is to buy it. "
        "It assumes you know the basics of procurement and contract management.</p>"
        "<p>The course follows the questions the government's Sourcing Playbook (first published in 2019 as "
        "the Outsourcing Playbook) asks before any major sourcing decision: should we make or buy, and on what "
        "evidence; is the market healthy enough to deliver; what should the service cost; should we pilot it "
        "first; who should carry which risks and how should we pay; is the supplier financially sound; and "
        "what happens if it fails? Examples are drawn from police back-office outsourcing in Cleveland, "
        "Lincolnshire and London, and from the liquidation of Carillion in January 2018.</p>"
        "<p>The Playbook is written for central government, but its approach is good practice for any public "
        "body. You can use the checklists in this course at your next options appraisal or re-procurement.</p>"
    ),
    "learning_outcomes": [
        "Explain why the Sourcing Playbook exists and what the police outsourcing deals of 2010 to 2015 and the collapse of Carillion teach public buyers.",
        "Frame a make-or-buy decision around outcomes, control, market, whole-life cost and your own capability to manage a contract.",
        "Plan and carry out a proportionate delivery model assessment that compares in-house, outsourced and mixed options fairly.",
        "Identify what bringing a service back in-house really involves, including workforce, assets, data and capability.",
        "Assess the health and capability of a supplier market and use the findings to shape the deal.",
        "Build and use a should-cost model to test affordability, inform the delivery decision and challenge bids.",
        "Design a pilot that answers real questions before a large commitment is made.",
        "Allocate risk to the party best able to manage it and choose a payment mechanism that rewards the behaviour you want.",
        "Assess and monitor a supplier's economic and financial standing proportionately.",
        "Prepare resolution and contingency plans so that a critical service continues if its supplier fails.",
    ],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "deciding-whether-to-outsource",
            "title": "Deciding whether to outsource",
            "summary": "Learn from past public-sector outsourcing and decide on evidence whether to make, buy, mix or bring a service back in-house.",
            "lessons": [
                {
                    "slug": "lessons-from-public-sector-outsourcing",
                    "title": "Lessons from public-sector outsourcing",
                    "summary": "What police back-office deals and the collapse of Carillion taught public buyers, and why the Sourcing Playbook followed.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>Outsourcing is a way of delivering a public service, not an aim in itself. Public "
                            "bodies buy services from the private and voluntary sectors for sound reasons: to reach "
                            "skills and technology they cannot build quickly, to gain the economies of scale a "
                            "specialist provider enjoys, to add capacity, or to change a service faster than they "
                            "could alone. Done well, outsourcing delivers all of these. Done badly, it locks an "
                            "organisation into a long contract it does not fully understand, with a supplier it "
                            "cannot manage and a service it can no longer easily take back.</p>"
                        )),
                        ("paragraph", (
                            "<p>What separates the two is rarely the supplier alone. It is the quality of the "
                            "decision to outsource, the realism of the deal, and whether the public body kept "
                            "enough expertise to act as an <b>intelligent client</b>: able to specify what it "
                            "needs, judge bids, hold the supplier to account, manage change and, if necessary, "
                            "leave. That is the thread running through every lesson in this course.</p>"
                        )),
                        ("heading", {"text": "Police back-office partnerships"}),
                        ("paragraph", (
                            "<p>Between 2010 and 2015 several police forces signed large, long contracts for "
                            "support services. Cleveland Police signed a partnership with Steria in 2010, worth "
                            "about £175m over 10 years, covering its control room, custody, IT, HR and finance. "
                            "Lincolnshire Police outsourced much of its back office and support services to G4S in "
                            "2012, in a deal worth about £200m over 10 years. The Metropolitan Police let a £216m "
                            "contract for finance, procurement and HR to SSCL, a company majority-owned by Sopra "
                            "Steria. Each deal bundled several services into one long relationship, which promised "
                            "scale and savings but also concentrated a great deal of the force's operation on a "
                            "single supplier for a decade.</p>"
                        )),
                        ("case_study", {
                            "title": "To Protect and Save",
                            "organisation": "London Assembly Budget and Performance Committee / Metropolitan Police",
                            "body": (
                                "<p>In 2015 the London Assembly's Budget and Performance Committee published "
                                "<i>To Protect and Save</i>. Looking at the Metropolitan Police's £216m back-office "
                                "contract with SSCL (finance, procurement and HR), it warned the Met to build its "
                                "commercial expertise before outsourcing further.</p>"
                                "<p>The committee pointed to Cleveland Police's partnership with Steria, signed in "
                                "2010 and worth about £175m over 10 years. That partnership had brought cost "
                                "savings and modern technology, but it had also drawn criticism over the use of "
                                "zero-hours contracts.</p>"
                                "<p>The lesson for any public body is about sequence: the capability to design, "
                                "buy and manage a major contract has to exist <i>before</i> the contract is signed. "
                                "Building it afterwards means negotiating every change from a position of weakness.</p>"
                            ),
                        }),
                        ("heading", {"text": "Carillion and the Playbook"}),
                        ("paragraph", (
                            "<p>In January 2018 Carillion, a major government supplier, went into liquidation. "
                            "Public bodies that depended on it had to work out quickly how to keep services "
                            "running. The collapse showed that even very large suppliers can fail, that a "
                            "supplier's failure does not remove the public body's duty to deliver the service, "
                            "and that many buyers had not planned for that day. In 2019 the government published "
                            "the <b>Outsourcing Playbook</b>, a set of policies and guidance for deciding how "
                            "services are delivered and for structuring contracts that are sustainable for both "
                            "sides. It was later renamed the <b>Sourcing Playbook</b>, reflecting that its "
                            "discipline applies to every sourcing decision, including re-procuring a service or "
                            "bringing it back in-house, not only to outsourcing.</p>"
                        )),
                        ("paragraph", (
                            "<p>The Playbook applies to central government departments and their arm's-length "
                            "bodies on a 'comply or explain' basis. Police forces and local authorities are not "
                            "formally bound by it, but it is the clearest public statement of good practice and "
                            "auditors, inspectors and scrutiny committees increasingly expect to see its thinking. "
                            "Its key policies include those covered in this course:</p>"
                            "<ul>"
                            "<li>delivery model assessments before deciding to outsource, insource or re-procure;</li>"
                            "<li>market health and capability assessments;</li>"
                            "<li>should-cost models that estimate the whole-life cost of each option;</li>"
                            "<li>piloting new or complex services before full roll-out;</li>"
                            "<li>risk allocation and payment mechanisms that are fair and sustainable;</li>"
                            "<li>assessing the economic and financial standing of suppliers;</li>"
                            "<li>resolution planning for critical public services.</li>"
                            "</ul>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>You can outsource a service, but not your accountability for it. Build the "
                                "capability to decide, buy and manage before you sign, and plan from the start for "
                                "the day the supplier cannot deliver.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of a significant service your organisation buys in. If the supplier stopped "
                                "trading tomorrow, who in your organisation would know what to do, and what "
                                "information would they need?"
                            ),
                            "guidance": (
                                "<p>A good answer names a specific person or role, not just 'procurement'. It "
                                "lists the information needed to keep the service running: staff and their "
                                "terms, sites and equipment, systems and data, subcontractors, and who owns what. "
                                "It is honest about gaps, such as knowledge that now sits only with the supplier, "
                                "and suggests one step to close them, for example asking for an up-to-date exit "
                                "plan or asset register at the next contract review.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "make-or-buy",
                    "title": "Make or buy: the strategic questions",
                    "summary": "Frame the sourcing decision around outcomes, control, market, whole-life cost and your ability to manage a contract.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>The question is not 'could a supplier do this more cheaply?' but 'what is the best "
                            "way to deliver this outcome for the public over the whole life of the service?' "
                            "Framed that way, the choice is wider than in-house versus outsourced. The realistic "
                            "options usually include keeping the service in-house but redesigning it; sharing it "
                            "with other public bodies, as many forces do through regional collaboration; buying "
                            "one component, such as an IT platform, while keeping the people; outsourcing the "
                            "whole service; a joint venture or partnership; or a mixed model that combines several "
                            "of these.</p>"
                        )),
                        ("heading", {"text": "Six questions to ask"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>How close is it to our core purpose?</b> Services tied to statutory duties, "
                            "public safety or public trust, such as custody or a police control room, carry "
                            "higher stakes if they go wrong. That does not rule out buying them, but it raises "
                            "the bar for control, assurance and contingency.</li>"
                            "<li><b>Can we specify it?</b> If you cannot describe the outcome and measure it, a "
                            "contract will not fix that; it will only make the ambiguity expensive.</li>"
                            "<li><b>Is there a healthy market?</b> Outsourcing needs several capable, financially "
                            "sound suppliers who want the work, now and when the contract is re-let.</li>"
                            "<li><b>How much will our needs change?</b> Services facing policy change, new "
                            "technology or uncertain demand need flexibility. Long, fixed contracts are poor at "
                            "absorbing change without costly variations.</li>"
                            "<li><b>What is the whole-life cost?</b> Compare options over the full life of the "
                            "service, including transition, contract management and exit, not just the annual "
                            "price.</li>"
                            "<li><b>Can we manage it?</b> Do you have, or will you fund, the people to be an "
                            "intelligent client for the whole contract?</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p>Be especially curious about where promised savings come from. A supplier can "
                            "genuinely save money through scale, better technology, redesigned processes or "
                            "specialist management. But savings can also come from lower pay and worse terms for "
                            "staff, thinner cover, reduced quality or an optimistic bid that the supplier later "
                            "tries to recover through change requests. If the savings depend on process redesign "
                            "or new technology, ask whether you could achieve some of them yourself. If they "
                            "depend on workforce terms, decide openly whether that is acceptable to your "
                            "organisation and the public.</p>"
                        )),
                        ("case_study", {
                            "title": "Savings, technology and workforce terms",
                            "organisation": "Cleveland Police",
                            "body": (
                                "<p>Cleveland Police's partnership with Steria, signed in 2010 and worth about "
                                "£175m over 10 years, covered the control room, custody, IT, HR and finance. It "
                                "brought cost savings and modern technology, but drew criticism over the use of "
                                "zero-hours contracts.</p>"
                                "<p>The case shows that value for money in a make-or-buy decision is wider than "
                                "price. The terms of the people delivering a service, especially in sensitive "
                                "areas such as custody and the control room, are part of how the public judges the "
                                "force. A sound decision weighs those factors explicitly at the start, rather than "
                                "discovering them through criticism later.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Finally, every 'buy' decision should include a view of how you would get out. A "
                            "ten-year contract will outlast most of the people who signed it. Before you commit, "
                            "know what you would need to re-let the service or bring it back: ownership of data "
                            "and assets, access to staff information, and an exit plan the supplier must keep "
                            "up to date. A service you cannot leave is one you cannot really manage.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Frame make-or-buy around the outcome and the whole life of the service. Ask "
                                "where every pound of promised saving comes from, and do not buy what you cannot "
                                "specify, manage or leave.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Pick a service your organisation is thinking of outsourcing or re-letting. Which of "
                                "the six questions would be hardest to answer today, and why?"
                            ),
                            "guidance": (
                                "<p>A good answer picks one or two questions and explains the gap honestly, for "
                                "example 'we cannot specify the outcome because we have no baseline data' or 'we "
                                "do not know whether more than one supplier would bid'. It then names the evidence "
                                "that would close the gap, such as a period of data collection, early market "
                                "engagement or a costing of the current in-house service, and who would gather it.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "delivery-model-assessments",
                    "title": "Carrying out a delivery model assessment",
                    "summary": "Use a structured, evidence-based assessment to compare in-house, outsourced and mixed options before deciding.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>A <b>delivery model assessment</b> (DMA) is the Sourcing Playbook's tool for "
                            "making the make-or-buy decision on evidence. It is a structured comparison of the "
                            "realistic ways of delivering a service, carried out <i>before</i> deciding to "
                            "outsource, insource or re-procure. The Playbook expects one for significant or complex "
                            "services, and it expects it again when a contract comes up for renewal: re-letting "
                            "the same contract in the same shape is itself a decision that needs evidence.</p>"
                        )),
                        ("heading", {"text": "The stages of a DMA"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>Define the service and the problem.</b> Set out the scope, the outcomes "
                            "wanted, current performance and a baseline of current cost. Be clear what problem "
                            "the change is meant to solve.</li>"
                            "<li><b>Draw up a long list of options.</b> Include in-house, shared service, "
                            "partial and full outsourcing, and mixed models, even if some seem unlikely.</li>"
                            "<li><b>Assess the options against agreed criteria.</b> Typical criteria are "
                            "criticality and control, market health, your capability to deliver or manage, "
                            "flexibility, risk, social value and deliverability. Agree the criteria before "
                            "scoring, so that no option is favoured after the event.</li>"
                            "<li><b>Cost the short list.</b> Build a should-cost model for each short-listed "
                            "option, including a fair in-house comparator.</li>"
                            "<li><b>Test with the market.</b> Use market health and capability evidence to check "
                            "that the outsourced options are realistic.</li>"
                            "<li><b>Recommend and record.</b> Present the recommended option, the reasons and "
                            "the main risks to the decision-makers, and keep the record.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p><b>Start early.</b> A DMA carried out after the procurement timetable has been "
                            "fixed tends to become a justification for a decision already made. Allow enough "
                            "time for market engagement, cost modelling and, if needed, a pilot, and remember "
                            "that a decision to bring a service in-house or change its shape will need time to "
                            "implement before the current contract ends. <b>Be proportionate.</b> A complex, "
                            "high-value or critical service deserves a thorough assessment; a routine purchase "
                            "in a mature market needs only a short, documented check.</p>"
                        )),
                        ("paragraph", (
                            "<p><b>Make the comparison fair.</b> Two biases are common. The in-house option is "
                            "often costed too high, because it carries every overhead, or too low, because it "
                            "ignores investment it would need. The outsourced option is often costed too low, "
                            "because it leaves out the client-side team, transition, the overheads that remain "
                            "after the service leaves (stranded costs) and exit. Apply the same rules to every "
                            "option and make your assumptions visible.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A delivery model assessment is a decision tool, not a justification. Start it "
                                "early, agree criteria before scoring, cost every option on the same basis and "
                                "record why the chosen option won.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Re-letting a fleet maintenance contract",
                            "organisation": "A shire police force (generic example)",
                            "body": (
                                "<p>A shire force's vehicle maintenance contract was due to expire in two years. "
                                "The initial plan was to re-tender it unchanged. A short DMA compared re-letting, "
                                "bringing maintenance in-house, sharing a workshop with a neighbouring force and "
                                "the fire service, and a mixed model.</p>"
                                "<p>The assessment found that routine servicing was a competitive market where "
                                "outsourcing worked well, but that specialist conversion of response vehicles "
                                "depended on one small supplier and caused most of the delays. The force "
                                "recommended a mixed model: a competed contract for routine servicing and a shared "
                                "in-house workshop for conversions. The recorded reasoning later helped it answer "
                                "questions from its police and crime commissioner.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a contract that your organisation will renew in the next two or three years, "
                                "what options would belong on the long list, and when would a DMA need to start?"
                            ),
                            "guidance": (
                                "<p>A good answer lists at least four genuinely different options, including an "
                                "in-house or shared option even if it seems unlikely. It works backwards from the "
                                "contract end date, allowing time for the chosen route (a new procurement, or "
                                "recruitment and transfer for insourcing) and for approval, to set a realistic "
                                "start date. It also says how big the assessment should be, given the value and "
                                "criticality of the service.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "insourcing-and-mixed-models",
                    "title": "Insourcing and mixed delivery",
                    "summary": "What it really takes to bring a service back in-house, and when a mixed model is the better answer.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>Public bodies bring services back in-house for many reasons: a contract is "
                            "ending and the market offers little, the supplier has failed or performed poorly, "
                            "the organisation wants more control or flexibility, or the in-house option now "
                            "offers better value. Insourcing is a sourcing decision like any other. It deserves "
                            "the same evidence, the same fair costing and the same planning as a decision to "
                            "outsource, which is one reason the Playbook's name changed from Outsourcing to "
                            "Sourcing.</p>"
                        )),
                        ("heading", {"text": "What insourcing really involves"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>People.</b> TUPE is likely to apply, so staff who work on the service usually "
                            "transfer to you with their existing terms. You will need accurate staff information "
                            "early, and a plan for pensions, pay differences and management.</li>"
                            "<li><b>Assets and premises.</b> Find out who owns the vehicles, equipment, buildings "
                            "and stock, and what the contract says about transfer at the end.</li>"
                            "<li><b>Systems, licences and data.</b> Software may be licensed to the supplier and "
                            "not transferable; data may sit in its systems and formats. These are often the "
                            "slowest items to resolve.</li>"
                            "<li><b>Subcontracts.</b> The supplier may rely on subcontractors whose contracts "
                            "do not pass to you automatically.</li>"
                            "<li><b>Capability.</b> You need managers who can run the service day to day, "
                            "performance data and processes, not just the front-line staff.</li>"
                            "<li><b>Cost.</b> Expect one-off transition costs and possibly the loss of the "
                            "supplier's economies of scale, set against savings in margin and contract management.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>How easy insourcing will be is largely decided by the current contract. Exit "
                            "clauses, an up-to-date exit plan, rights to data and assets, and the supplier's "
                            "duty to co-operate with a successor all matter. Read them well before the end "
                            "date, and if they are weak, use the remaining contract period and any contract "
                            "changes to strengthen them. For every new contract, write the exit provisions as "
                            "if you expect to use them.</p>"
                        )),
                        ("paragraph", (
                            "<p>Often the best answer is neither wholly in-house nor wholly outsourced. A mixed "
                            "model might keep the core service and the client relationship in-house while buying "
                            "specialist parts, or use a supplier for peak demand on top of an in-house team, or "
                            "share a service with neighbouring bodies. Mixed models can give control and "
                            "resilience, and they keep a realistic in-house option alive for the next decision. "
                            "But every boundary between providers is an interface that must be managed, so be "
                            "clear who is responsible for what and how performance will be measured across it.</p>"
                        )),
                        ("case_study", {
                            "title": "Bringing housing repairs back in-house",
                            "organisation": "A metropolitan borough council (generic example)",
                            "body": (
                                "<p>A borough council decided to bring its housing repairs service in-house when "
                                "its contract ended. Operatives transferred under TUPE without difficulty, but the "
                                "council found that the scheduling system and several years of repair history "
                                "sat in the contractor's own software, which it could not take over. It also "
                                "found that specialist work, such as roofing and lift repairs, had been "
                                "subcontracted and those subcontracts did not transfer.</p>"
                                "<p>Go-live was delayed by four months while the council bought a new system and "
                                "let interim specialist contracts. Its review recommended that every future "
                                "contract require data to be held in a transferable format and that subcontracts "
                                "for critical work be assignable to the council or a successor.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Insourcing is not a reset button. It needs the same evidence and planning as "
                                "outsourcing, and its feasibility is largely decided by the exit terms of the "
                                "contract you already have.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "If your organisation had to bring one of its outsourced services in-house in "
                                "twelve months, what would be the hardest thing to take back?"
                            ),
                            "guidance": (
                                "<p>A good answer looks beyond the front-line staff to systems, data, licences, "
                                "subcontracts, premises and management capability. It checks what the current "
                                "contract actually says about exit and transfer, rather than assuming, and "
                                "identifies one action that would make insourcing (or re-letting) easier, such as "
                                "requesting an updated exit plan or an asset and data inventory.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Deciding whether to outsource: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "lessons-from-public-sector-outsourcing",
                        "prompt": (
                            "In 2015 the London Assembly's Budget and Performance Committee published 'To Protect and "
                            "Save'. What was its central warning to the Metropolitan Police?"
                        ),
                        "options": [
                            {"text": "Build its commercial expertise before outsourcing further.", "correct": True,
                             "feedback": "Correct. The committee warned the Met to build commercial expertise before outsourcing more services, after its £216m back-office contract with SSCL."},
                            {"text": "Bring its back-office services back in-house immediately.", "correct": False,
                             "feedback": "The committee did not call for immediate insourcing; its concern was the Met's capability to manage outsourcing."},
                            {"text": "Stop using any supplier owned by Sopra Steria.", "correct": False,
                             "feedback": "The warning was about the Met's own commercial capability, not about a particular supplier."},
                            {"text": "Outsource its control room to match Cleveland Police.", "correct": False,
                             "feedback": "The committee cited Cleveland's partnership as an example with both benefits and criticism, not as a model to copy."},
                        ],
                        "feedback": (
                            "The report's lesson is about sequence: the capability to design, buy and manage a major "
                            "contract must exist before the contract is signed."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "lessons-from-public-sector-outsourcing",
                        "prompt": (
                            "The Sourcing Playbook applies only to decisions to outsource a service; decisions to bring a "
                            "service back in-house fall outside its approach."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. The Outsourcing Playbook was renamed the Sourcing Playbook because its discipline "
                            "applies to every sourcing decision: outsourcing, re-procuring and insourcing alike."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "make-or-buy",
                        "prompt": (
                            "A supplier's bid promises savings of 20% on your current in-house cost. Which question "
                            "should you ask first?"
                        ),
                        "options": [
                            {"text": "Where exactly do the savings come from, and are they achievable and acceptable?", "correct": True,
                             "feedback": "Correct. Savings may come from scale, technology or process redesign, but also from worse staff terms, lower quality or an optimistic bid. You need to know which."},
                            {"text": "Can the supplier start earlier than planned?", "correct": False,
                             "feedback": "Timing matters, but it does not test whether the savings are real or sustainable."},
                            {"text": "Would the supplier accept a longer contract in return for bigger savings?", "correct": False,
                             "feedback": "Lengthening the contract before understanding the savings increases your exposure if they prove unrealistic."},
                            {"text": "Is 20% higher than other forces have achieved?", "correct": False,
                             "feedback": "Benchmarks help, but the first question is the source of the savings in this bid."},
                        ],
                        "feedback": (
                            "If savings rely on redesign or technology, ask whether you could achieve some yourself. If "
                            "they rely on workforce terms or quality, decide openly whether that is acceptable."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "delivery-model-assessments",
                        "prompt": "Which of these help make a delivery model assessment fair? Select all that apply.",
                        "options": [
                            {"text": "Agreeing the assessment criteria before scoring the options.", "correct": True,
                             "feedback": "Yes. Agreeing criteria first stops any option being favoured after the event."},
                            {"text": "Including client-side contract management and exit costs in the outsourced option.", "correct": True,
                             "feedback": "Yes. Leaving these out makes outsourcing look cheaper than it is."},
                            {"text": "Counting overheads that would remain after the service leaves (stranded costs).", "correct": True,
                             "feedback": "Yes. Stranded costs do not disappear when a service is outsourced, so they belong in the comparison."},
                            {"text": "Starting the DMA once the procurement timetable has been published.", "correct": False,
                             "feedback": "A DMA started this late tends to justify a decision already made. Start early."},
                            {"text": "Leaving the in-house option off the long list if leaders expect to outsource.", "correct": False,
                             "feedback": "A fair DMA includes a realistic in-house comparator even if it seems unlikely to win."},
                        ],
                        "feedback": (
                            "A DMA is a decision tool. It compares realistic options on the same basis, with criteria and "
                            "assumptions agreed and visible."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "delivery-model-assessments",
                        "prompt": (
                            "What does the Sourcing Playbook call the structured, evidence-based comparison of delivery "
                            "options that should be carried out before deciding to outsource, insource or re-procure?"
                        ),
                        "accepted": ["delivery model assessment", "a delivery model assessment", "DMA", "delivery model assessments"],
                        "feedback": (
                            "A delivery model assessment (DMA) compares in-house, outsourced and mixed options against "
                            "agreed criteria and a should-cost model before a decision is made."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "A custody services contract nearing its end",
                        "stem": (
                            "<p>Your police force's custody services contract ends in 24 months. A chief officer tells "
                            "you: 'It works well enough. Just re-tender the same contract so we are not distracted.' "
                            "Performance data is patchy, the contract's exit plan has not been updated for five years, "
                            "and you do not know how many suppliers would bid.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "delivery-model-assessments",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Propose a proportionate delivery model assessment now, including market engagement and an in-house option, to report within a few months.", "correct": True,
                                     "feedback": "Correct. Re-letting is itself a sourcing decision. Starting a proportionate DMA now leaves time to act on the result, whatever it is."},
                                    {"text": "Publish a tender notice for the same contract straight away.", "correct": False,
                                     "feedback": "This skips the evidence. With patchy data and an unknown market, you risk re-buying the same problems, or attracting no bids."},
                                    {"text": "Wait until six months before the end date to see whether a problem emerges.", "correct": False,
                                     "feedback": "Six months is too little time to procure a complex service, let alone bring it in-house or change its shape."},
                                    {"text": "Extend the current contract for five years to avoid disruption.", "correct": False,
                                     "feedback": "An extension may be needed as a fallback, but choosing it without evidence (and checking the contract allows it lawfully) is not a sound decision."},
                                ],
                                "feedback": (
                                    "Custody is a critical service. The Playbook expects an evidence-based assessment "
                                    "before re-procurement, started early enough to act on."
                                ),
                            },
                            {
                                "type": "true_false",
                                "lesson": "insourcing-and-mixed-models",
                                "prompt": (
                                    "The out-of-date exit plan matters only if the force decides to bring custody "
                                    "in-house; it is irrelevant to a re-tender."
                                ),
                                "answer": False,
                                "feedback": (
                                    "False. An exit plan supports any change of provider. A new supplier, or the force "
                                    "itself, will need accurate staff, asset and data information, so updating the exit "
                                    "plan is an early priority whichever option is chosen."
                                ),
                            },
                        ],
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "insourcing-and-mixed-models",
                        "prompt": (
                            "A council plans to bring a service back in-house when the contract ends. Which issues "
                            "should it investigate early? Select all that apply."
                        ),
                        "options": [
                            {"text": "Whether software licences and data can transfer from the supplier.", "correct": True,
                             "feedback": "Yes. Systems, licences and data are often the slowest items to resolve."},
                            {"text": "Staff information and pensions for employees likely to transfer under TUPE.", "correct": True,
                             "feedback": "Yes. TUPE is likely to apply, and accurate staff information is needed early."},
                            {"text": "Subcontracts the supplier relies on for specialist work.", "correct": True,
                             "feedback": "Yes. Subcontracts do not pass to the council automatically."},
                            {"text": "Nothing until the contract has ended, to avoid upsetting the supplier.", "correct": False,
                             "feedback": "Waiting until the end leaves no time to fix gaps; exit co-operation should be planned well before the end date."},
                        ],
                        "feedback": (
                            "Insourcing is not a reset button. People, assets, systems, data, subcontracts and management "
                            "capability all need planning, and the current contract's exit terms decide how easy it is."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "markets-costs-and-pilots",
            "title": "Understanding the market and the cost",
            "summary": "Gather evidence on the market, on what the service should cost and on what works, before committing to a deal.",
            "lessons": [
                {
                    "slug": "market-health-and-capability-assessments",
                    "title": "Market health and capability assessments",
                    "summary": "Find out whether the market can deliver what you need, and use that to shape the deal.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>A sourcing strategy only works if the market can deliver it. A <b>market health "
                            "and capability assessment</b> asks whether there are enough capable, financially "
                            "sound suppliers with the capacity and appetite to compete for your contract, deliver "
                            "it well, and compete again when it is re-let. The Sourcing Playbook expects this "
                            "assessment early for complex or critical services, so that its findings can shape "
                            "the delivery model and the contract rather than being discovered when too few bids "
                            "arrive.</p>"
                        )),
                        ("heading", {"text": "What to assess"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Structure.</b> How many suppliers are active? Is the market dominated by a "
                            "few large firms or an incumbent with a big advantage?</li>"
                            "<li><b>Capability and capacity.</b> Can suppliers deliver this scope, at this scale, "
                            "in your geography, to the standards you need?</li>"
                            "<li><b>Financial health.</b> Are margins sustainable? Have suppliers recently failed, "
                            "merged or left the market?</li>"
                            "<li><b>Appetite.</b> Do suppliers want this work? Are other large contracts coming to "
                            "market at the same time and competing for their bid teams?</li>"
                            "<li><b>Labour market.</b> Are the skills the service depends on scarce locally?</li>"
                            "<li><b>Innovation and new entrants.</b> Are smaller firms, voluntary organisations or "
                            "new technologies changing how the service could be delivered?</li>"
                            "<li><b>Barriers to entry and switching.</b> What would stop a new supplier competing "
                            "with the incumbent: assets, data, TUPE costs, mobilisation time?</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Gathering the evidence"}),
                        ("paragraph", (
                            "<p>Use several sources: early market engagement through a request for information, "
                            "supplier events or one-to-one meetings; suppliers' published accounts; other public "
                            "bodies that buy the same service; trade bodies; and the bids you received last time. "
                            "Publishing a forward pipeline of your planned procurements helps suppliers plan their "
                            "capacity. Engagement must be fair and transparent: offer the same opportunity and "
                            "information to all interested suppliers, do not let any one supplier shape the "
                            "specification to its advantage, and keep a record of what was discussed.</p>"
                        )),
                        ("paragraph", (
                            "<p>The findings should change the deal. A thin market might point to smaller lots, "
                            "a shorter contract, a different risk allocation, investment in transferable assets, "
                            "or a mixed or in-house model. A healthy, competitive market gives you more confidence "
                            "in a conventional competition. Either way, think about the effect of your decision on "
                            "the market itself: one very large, long contract can leave only one or two suppliers "
                            "able to bid next time.</p>"
                        )),
                        ("case_study", {
                            "title": "Large bundled contracts and the next competition",
                            "organisation": "Lincolnshire Police",
                            "body": (
                                "<p>In 2012 Lincolnshire Police outsourced much of its back office and support "
                                "services to G4S, in a contract worth about £200m over 10 years.</p>"
                                "<p>For a buyer, a deal of that size and breadth raises market questions at both "
                                "ends. At the start: how many suppliers could credibly take on so many services at "
                                "once? At the end: after ten years, who apart from the incumbent will have the "
                                "knowledge, people and systems to compete, and what data and assets must the "
                                "contract make available so that a fair competition, or a return in-house, is "
                                "possible? A market assessment asks these questions before signing, not a decade "
                                "later.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Assess the market early and let the findings shape the delivery model, lots, "
                                "length, risk and payment. Consider what your contract will do to the market when "
                                "it is time to re-let it.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a service you buy, how many suppliers could realistically bid next time, and "
                                "how do you know?"
                            ),
                            "guidance": (
                                "<p>A good answer gives a number based on evidence (last time's bids, engagement, "
                                "frameworks, other buyers) rather than a guess. It notes any advantage the "
                                "incumbent holds and names one change that might widen competition, such as "
                                "lotting, publishing better data for bidders, or owning key assets.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "should-cost-models",
                    "title": "Should-cost models",
                    "summary": "Estimate what a service should cost over its whole life, and use it to decide, budget and test bids.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>A <b>should-cost model</b> is an estimate of the whole-life cost of delivering a "
                            "service through a particular delivery model, built before bids arrive. The Sourcing "
                            "Playbook expects one for complex outsourcing projects, covering each short-listed "
                            "option, including delivering the service in-house. It is different from a budget "
                            "(what you can afford) and from a price (what a supplier asks). It is your own "
                            "evidence-based view of what the service ought to cost if delivered efficiently.</p>"
                        )),
                        ("heading", {"text": "What goes into the model"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Direct costs: staff (including on-costs such as pensions), materials, equipment "
                            "and premises.</li>"
                            "<li>Capital costs and asset refresh over the life of the contract.</li>"
                            "<li>Overheads and, for outsourced options, a reasonable supplier margin.</li>"
                            "<li>Transition and mobilisation costs, on both sides.</li>"
                            "<li>Your own client-side costs: the contract management team, assurance and systems.</li>"
                            "<li>Exit costs at the end of the contract.</li>"
                            "<li>Inflation and indexation assumptions.</li>"
                            "<li>Demand scenarios: what happens to cost if volumes rise or fall.</li>"
                            "<li>A risk allowance and an adjustment for optimism bias, because early estimates are "
                            "almost always too low.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>The model has three main uses. First, it informs the <b>delivery model "
                            "assessment</b> by comparing options on the same basis. Second, it sets a realistic "
                            "view of <b>affordability</b> before you go to market. Third, it lets you <b>test "
                            "bids</b>. A bid well below the should-cost is a warning sign: the supplier may have "
                            "misunderstood the scope, be buying the work at a loss, or plan to recover money "
                            "through changes later. Ask it to explain its price, and be prepared to reject an "
                            "abnormally low tender that cannot be justified. A bid well above the should-cost may "
                            "reveal a specification problem or a risk the market is pricing heavily. Either way, "
                            "the model gives you evidence for clarification and negotiation.</p>"
                        )),
                        ("heading", {"text": "Building one people trust"}),
                        ("paragraph", (
                            "<p>Start from the cost drivers, not last year's budget: how many cases, visits, "
                            "tonnes or transactions, and what resource each takes. Keep an assumptions log that "
                            "records every figure, its source and its owner. Involve finance colleagues and people "
                            "who know the service. Test the model's sensitivity to the assumptions that matter "
                            "most, such as pay rates or demand. Ask someone independent to review it. Then keep it "
                            "up to date as market engagement and clarification teach you more, and keep it for "
                            "the contract management team, who can use it to judge change requests and open-book "
                            "data later.</p>"
                        )),
                        ("case_study", {
                            "title": "A bid that looked too good",
                            "organisation": "A unitary authority (generic example)",
                            "body": (
                                "<p>A unitary authority built a should-cost model for home-to-school transport, "
                                "based on the number of routes, vehicle types, driver and escort hours and local "
                                "pay rates. One bid came in 25% below the model. Clarification showed the bidder had "
                                "assumed that escorts would not be needed on most routes, although the specification "
                                "required them for pupils with additional needs.</p>"
                                "<p>Without the model, the low bid might simply have won on price and then either "
                                "failed or generated a stream of claims. With it, the authority could point to a "
                                "specific gap and treat all bidders fairly by clarifying the requirement.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A should-cost model is a transparent set of assumptions about what the service "
                                "ought to cost over its whole life. Use it to compare options, check affordability "
                                "and challenge bids that are too low as well as too high.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of a contract you manage or are buying. What are its two or three main cost "
                                "drivers, and how confident are you in the figures behind them?"
                            ),
                            "guidance": (
                                "<p>A good answer names drivers that genuinely move cost, such as volumes, staff "
                                "hours, pay rates or asset life, rather than listing every cost line. It says where "
                                "each figure comes from and how reliable it is, and suggests how to test the "
                                "weakest one, for example by collecting data, benchmarking with another public body "
                                "or running a sensitivity check.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "piloting-new-services",
                    "title": "Piloting before you commit",
                    "summary": "Use a well-designed pilot to test a new or complex service before a large, long commitment.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>Some services are too new, too complex or too uncertain to specify confidently "
                            "for a long contract. The Sourcing Playbook encourages public bodies to consider a "
                            "<b>pilot</b> in these cases: a limited, time-bound trial that tests whether the "
                            "approach works, what it really costs and what demand looks like, before a full "
                            "roll-out. Pilots suit services that are novel, that rely on unproven technology, "
                            "that face uncertain demand, or where the market itself is unsure what can be "
                            "delivered.</p>"
                        )),
                        ("heading", {"text": "Designing a useful pilot"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>Set the questions.</b> Decide what the pilot must tell you: does it work, for "
                            "whom, at what cost, with what demand?</li>"
                            "<li><b>Agree success criteria and data in advance.</b> Decide what you will measure, "
                            "the baseline you will compare against and what result would lead to scaling up, "
                            "changing or stopping.</li>"
                            "<li><b>Make it representative.</b> Run it in realistic conditions, with ordinary "
                            "staff and typical users, not only the most enthusiastic team.</li>"
                            "<li><b>Time-limit it and fix a decision point.</b> Know when you will decide, who "
                            "decides, and what happens to the service and the people if you stop.</li>"
                            "<li><b>Get the commercial terms right.</b> Buy the pilot properly under procurement "
                            "rules, make clear it carries no promise of a larger contract, and secure rights to the "
                            "data and any intellectual property you will need.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p>A good pilot feeds every later stage: it gives you baseline data for the "
                            "specification and KPIs, real costs for the should-cost model, evidence about which "
                            "risks are real and who can manage them, and a sense of which payment mechanism would "
                            "work. Plan time after the pilot to learn from it. A pilot that ends the week before "
                            "the full tender is published cannot change anything.</p>"
                        )),
                        ("paragraph", (
                            "<p>Watch for common pitfalls. A pilot that is politically impossible to stop is a "
                            "launch, not a test. A pilot supplier can gain an unfair advantage in the later "
                            "competition, so share the pilot's results and data with all bidders. And a pilot "
                            "too small or too short may prove nothing about how the service behaves at scale.</p>"
                        )),
                        ("case_study", {
                            "title": "Testing online crime-report triage",
                            "organisation": "A police force (generic example)",
                            "body": (
                                "<p>A force wanted to buy a service to triage online crime reports. Instead of "
                                "letting a seven-year contract straight away, it ran a six-month pilot in one "
                                "division, with success criteria agreed in advance: time to first contact, "
                                "accuracy of risk grading and the share of reports resolved without deployment.</p>"
                                "<p>The pilot showed the technology worked, but that volumes were 40% higher than "
                                "forecast and that risk grading needed more police staff oversight than assumed. "
                                "The force changed its specification and should-cost model, published the pilot "
                                "data to all bidders, and chose a payment mechanism that coped with uncertain "
                                "volumes.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A pilot is a test, not a soft launch. Decide in advance what it must prove and "
                                "what you will do with the answer, and leave time to act on what you learn.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Is there a service your organisation is planning to buy where a pilot would reduce "
                                "the risk? What would it need to prove?"
                            ),
                            "guidance": (
                                "<p>A good answer identifies a real uncertainty (demand, technology, cost or user "
                                "behaviour) and turns it into two or three measurable success criteria. It says "
                                "how long and how big the pilot would need to be, who would decide the outcome, "
                                "and how the results would be shared fairly with any later bidders.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Understanding the market and the cost: module quiz",
                "questions": [
                    {
                        "type": "multiple_response",
                        "lesson": "market-health-and-capability-assessments",
                        "prompt": "Which of these belong in a market health and capability assessment? Select all that apply.",
                        "options": [
                            {"text": "How many capable suppliers are active and whether an incumbent dominates.", "correct": True,
                             "feedback": "Yes. Market structure tells you whether real competition is likely."},
                            {"text": "Whether suppliers' margins and finances look sustainable.", "correct": True,
                             "feedback": "Yes. Financial health is part of whether the market can deliver over the contract's life."},
                            {"text": "Whether other large contracts are coming to market at the same time.", "correct": True,
                             "feedback": "Yes. Competing opportunities affect suppliers' appetite and bid capacity."},
                            {"text": "Barriers that would stop a new supplier competing with the incumbent.", "correct": True,
                             "feedback": "Yes. Barriers to entry and switching shape future competition."},
                            {"text": "Which supplier your service lead prefers to work with.", "correct": False,
                             "feedback": "Personal preference is not market evidence and risks unfair treatment of suppliers."},
                        ],
                        "feedback": (
                            "A market assessment covers structure, capability and capacity, financial health, appetite, "
                            "the labour market, innovation and barriers to entry."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "market-health-and-capability-assessments",
                        "prompt": (
                            "Your market engagement shows only two suppliers could deliver your proposed single, "
                            "ten-year contract covering five services. What is the best response?"
                        ),
                        "options": [
                            {"text": "Consider changing the deal, for example smaller lots or a shorter term, and test the change with the market.", "correct": True,
                             "feedback": "Correct. The findings should shape the deal. Lotting or a shorter term may widen competition now and at re-letting."},
                            {"text": "Proceed unchanged; two bidders is enough for a competition.", "correct": False,
                             "feedback": "Two bidders is fragile: if one withdraws you have no competition, and the next re-let may be worse."},
                            {"text": "Meet privately with the stronger supplier to design the specification together.", "correct": False,
                             "feedback": "Letting one supplier shape the specification is unfair to others and risks a challenge."},
                            {"text": "Ignore the findings because market engagement is only advisory.", "correct": False,
                             "feedback": "Engagement is carried out precisely so that its findings can improve the decision."},
                        ],
                        "feedback": "Use market evidence to shape the delivery model, lots, length, risk and payment.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "should-cost-models",
                        "prompt": (
                            "What is the name for the buyer's own estimate of the whole-life cost of delivering a "
                            "service through a given delivery model, built before bids arrive?"
                        ),
                        "accepted": ["should-cost model", "should cost model", "a should-cost model", "should-cost", "should cost", "SCM"],
                        "feedback": (
                            "A should-cost model estimates what a service ought to cost over its whole life for each "
                            "option, and is used to decide, budget and test bids."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "should-cost-models",
                        "prompt": (
                            "A should-cost model for an outsourced option only needs the supplier's expected costs and "
                            "margin; the buyer's own contract management and exit costs belong elsewhere."
                        ),
                        "answer": False,
                        "feedback": (
                            "False. Whole-life cost includes the client-side team, transition and exit. Leaving them out "
                            "makes outsourcing look cheaper than it really is."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "should-cost-models",
                        "prompt": "A bid arrives 30% below your should-cost model. What should you do?",
                        "options": [
                            {"text": "Ask the bidder to explain its price and check its assumptions against the specification.", "correct": True,
                             "feedback": "Correct. A large gap may mean a misunderstanding, a loss-making bid or a plan to recover money through changes. Seek an explanation before deciding."},
                            {"text": "Award to it: the lowest price is the best value.", "correct": False,
                             "feedback": "An unexplained low price is a risk to delivery, not automatically good value."},
                            {"text": "Reject it immediately without asking any questions.", "correct": False,
                             "feedback": "The bidder may have a genuine, efficient approach. You should give it the chance to explain before rejecting it as abnormally low."},
                            {"text": "Lower your should-cost model to match the bid.", "correct": False,
                             "feedback": "Change the model only if you learn something that shows your assumptions were wrong, not simply to match a price."},
                        ],
                        "feedback": "The should-cost model gives you evidence to challenge bids that are too low as well as too high.",
                    },
                    {
                        "type": "scenario",
                        "title": "A pilot that went very well",
                        "stem": (
                            "<p>A county council piloted a supplier's reablement service for older people leaving "
                            "hospital. The pilot ran for three months in one town, staffed by the council's most "
                            "experienced team, who volunteered for it. Results were excellent. No success criteria were "
                            "set in advance. The cabinet member wants to award the pilot supplier a seven-year, "
                            "county-wide contract next month.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "piloting-new-services",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Advise that the pilot was not representative, set success criteria and extend or widen the test, then compete the full contract using the pilot data.", "correct": True,
                                     "feedback": "Correct. A hand-picked team and no pre-set criteria mean the results may not hold at scale. The full contract still needs a fair competition."},
                                    {"text": "Award the seven-year contract to the pilot supplier as the cabinet member wishes.", "correct": False,
                                     "feedback": "A pilot carries no promise of a larger contract, and a direct award of this size would not follow proper procurement."},
                                    {"text": "Cancel the service because the pilot had no success criteria.", "correct": False,
                                     "feedback": "The pilot's weaknesses mean more testing is needed, not that the idea has failed."},
                                    {"text": "Run the full procurement next month but keep the pilot data confidential to protect the pilot supplier.", "correct": False,
                                     "feedback": "Withholding pilot data gives the pilot supplier an unfair advantage. Share it with all bidders."},
                                ],
                                "feedback": (
                                    "A pilot is a test, not a soft launch. It must be representative, measured against "
                                    "criteria set in advance, and its results shared fairly."
                                ),
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "piloting-new-services",
                                "prompt": "Which findings from a well-run pilot should feed into the full procurement? Select all that apply.",
                                "options": [
                                    {"text": "Baseline data for the specification and KPIs.", "correct": True,
                                     "feedback": "Yes. Pilot data gives realistic baselines and targets."},
                                    {"text": "Actual costs and volumes for the should-cost model.", "correct": True,
                                     "feedback": "Yes. Real costs and demand improve the model's assumptions."},
                                    {"text": "Evidence on which risks are real and who can manage them.", "correct": True,
                                     "feedback": "Yes. This informs risk allocation and the payment mechanism."},
                                    {"text": "The pilot supplier's pricing, shared with rivals to drive prices down.", "correct": False,
                                     "feedback": "Sharing a supplier's commercially sensitive pricing would be unfair and could breach confidentiality."},
                                ],
                                "feedback": "A good pilot informs the specification, the should-cost model, risk allocation and payment design.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "risk-and-payment",
            "title": "Structuring the deal: risk and payment",
            "summary": "Allocate risk to the party best able to manage it and pay in a way that rewards the behaviour you want.",
            "lessons": [
                {
                    "slug": "allocating-risk",
                    "title": "Allocating risk",
                    "summary": "Give each risk to the party best able to manage it, and understand why transferring risk is not removing it.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>Every service contract shares out risk between buyer and supplier, whether or not "
                            "anyone planned it. The Sourcing Playbook's principle is simple: <b>allocate each risk "
                            "to the party best able to manage it</b>, meaning the party that can control it, "
                            "reduce it, or absorb its consequences at the lowest cost. A supplier is well placed "
                            "to manage the productivity of its own staff; it is poorly placed to manage a change "
                            "in the law or a surge in demand caused by your own policy decisions.</p>"
                        )),
                        ("paragraph", (
                            "<p>Pushing risk onto a supplier that cannot manage it does not make the risk go away. "
                            "One of three things usually happens. Suppliers add a large risk premium, so you pay "
                            "for the risk whether or not it occurs. Good suppliers decline to bid, weakening "
                            "competition. Or a supplier accepts the risk at a price it cannot sustain, and when the "
                            "risk materialises the contract becomes loss-making, performance suffers, and the risk "
                            "comes back to you through renegotiation, dispute or failure.</p>"
                        )),
                        ("heading", {"text": "Building a risk allocation"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>Identify the main risks</b> early, for example demand and volume, changes in "
                            "law or policy, inflation and pay, TUPE and pensions, the condition of assets you "
                            "hand over, the quality of your data, cyber security, and dependencies on your own "
                            "systems and staff.</li>"
                            "<li><b>For each, ask who can control or reduce it</b> and who can bear it most "
                            "cheaply.</li>"
                            "<li><b>Decide to retain, transfer or share it.</b> Shared risks can be handled through "
                            "indexation, volume bands, pain and gain share or change mechanisms.</li>"
                            "<li><b>Write it into the contract</b>: liability caps, indemnities, relief events, "
                            "price adjustment and change control must all reflect the allocation.</li>"
                            "<li><b>Test it with the market</b> during engagement, and record the result in a "
                            "risk allocation matrix that the contract manager inherits.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p><b>Liability.</b> The Playbook warns against routinely asking suppliers to accept "
                            "unlimited liability. Caps should be proportionate to the contract and the harm that "
                            "could realistically occur. Unlimited liabilities deter bidders and add cost, and they "
                            "offer little real protection: if a claim were large enough to matter, it could be "
                            "large enough to break the supplier.</p>"
                        )),
                        ("paragraph", (
                            "<p>Some risks can never be transferred. Your organisation remains accountable for "
                            "its statutory duties, for the continuity of the service and for public confidence. "
                            "The collapse of Carillion in January 2018 showed that when a supplier fails, the "
                            "public body is left holding the service. Plan for these retained risks explicitly "
                            "rather than assuming the contract has dealt with them.</p>"
                        )),
                        ("case_study", {
                            "title": "Energy price risk at leisure centres",
                            "organisation": "A district council (generic example)",
                            "body": (
                                "<p>A district council let a leisure management contract on a fixed management fee, "
                                "with the operator carrying all energy cost risk. When energy prices rose sharply, "
                                "the operator's costs far exceeded its pricing assumptions. It warned that it "
                                "would have to close pools unless the council helped.</p>"
                                "<p>The council ended up sharing the cost anyway, but through a hurried negotiation "
                                "under threat of closure. For the re-let it kept the risk it was better placed to "
                                "carry: energy costs would be shared through an index-linked mechanism, while the "
                                "operator kept the risk of its own energy efficiency, which it could control.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Risk transferred is not risk removed. Allocate each risk to the party best able "
                                "to manage it, keep liability proportionate, and plan for the risks you can never "
                                "pass on.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "In a contract you know, which risk sits with the party least able to manage it? "
                                "What would a better allocation look like?"
                            ),
                            "guidance": (
                                "<p>A good answer names a specific risk and explains who controls it in practice. "
                                "It proposes a realistic alternative, such as retaining the risk, sharing it through "
                                "indexation or volume bands, or a relief event, and notes what that would mean for "
                                "price and for how the contract is managed. It recognises that changing an existing "
                                "contract must go through proper change control.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "payment-mechanisms-and-pricing",
                    "title": "Payment mechanisms and pricing",
                    "summary": "Choose a payment mechanism that fits the certainty of the service and rewards the behaviour you want.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>The payment mechanism is how money flows from you to the supplier, and it quietly "
                            "decides how the supplier behaves. Pay per visit and you will get visits; pay per "
                            "minute and you may get rushed minutes; pay for outcomes and the supplier will focus on "
                            "outcomes, but only if it can influence them and survive the wait for payment. The "
                            "Sourcing Playbook asks buyers to choose a pricing approach deliberately, to match the "
                            "mechanism to the risk allocation, and to make sure the contract is sustainable for "
                            "the supplier as well as affordable for you.</p>"
                        )),
                        ("heading", {"text": "Common mechanisms"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Fixed price.</b> A set price for a defined scope. Good when the scope is stable "
                            "and well understood; poor when it is not, because every change becomes a variation.</li>"
                            "<li><b>Unit or volume-based rates.</b> A price per transaction, case or tonne. Shares "
                            "demand risk naturally, but needs reliable volume data and can reward activity over "
                            "results.</li>"
                            "<li><b>Cost reimbursable (cost plus).</b> You pay actual costs plus a fee. Useful when "
                            "scope is genuinely uncertain, but weak on efficiency unless closely controlled.</li>"
                            "<li><b>Target cost with pain and gain share.</b> An agreed target; savings and "
                            "overruns are shared in set proportions. Encourages joint effort to control cost.</li>"
                            "<li><b>Payment by results or outcomes.</b> Some or all payment depends on outcomes "
                            "achieved. Powerful, but only where outcomes can be measured and attributed to the "
                            "supplier and the supplier can carry the cash-flow risk.</li>"
                            "</ul>"
                            "<p>Most contracts combine a core mechanism with performance adjustments, such as "
                            "service credits linked to KPIs, incentives, and indexation for inflation.</p>"
                        )),
                        ("paragraph", (
                            "<p>Match the mechanism to what you know. The less certain the scope or demand, the "
                            "more the mechanism needs to share risk rather than fix it. Outcome-based payment "
                            "can exclude small and voluntary-sector providers if they cannot wait months to be "
                            "paid, so consider the market's ability to carry the cash flow. Service credits "
                            "should reflect a reduction in the value of the service received; they are a price "
                            "adjustment, not a substitute for managing performance.</p>"
                        )),
                        ("heading", {"text": "Open book and a fair return"}),
                        ("paragraph", (
                            "<p>For complex contracts, <b>open-book contract management</b> lets you see the "
                            "supplier's actual costs and margin, compare them with your should-cost model, and "
                            "have informed discussions about price, change and efficiency. The Playbook also "
                            "stresses that contracts should allow a supplier to make a reasonable return. A "
                            "contract running at a loss is not a good deal for the public: it leads to corner-"
                            "cutting, high staff turnover, aggressive change requests and, at worst, failure. "
                            "Aim for a price that is challenging but sustainable.</p>"
                        )),
                        ("case_study", {
                            "title": "Paying for minutes, getting minutes",
                            "organisation": "A county council (generic example)",
                            "body": (
                                "<p>A county council paid home-care providers per minute of care delivered, "
                                "against visit times set in each care plan. Providers scheduled visits tightly to "
                                "maximise paid minutes, travel time was unpaid, and carers reported rushing. "
                                "Complaints from families rose, though every contract KPI was met.</p>"
                                "<p>At re-procurement the council moved to paying for blocks of care hours in "
                                "defined areas, with a small outcome-linked payment for people regaining "
                                "independence. Providers could plan rounds efficiently, and the council tracked "
                                "outcomes alongside hours. The council used open-book data to agree a rate that "
                                "covered travel time and fair pay.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>You get the behaviour you pay for. Match the mechanism to the certainty of the "
                                "service and the risk allocation, and aim for a price that is challenging but "
                                "sustainable for the supplier.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "What behaviour does the payment mechanism in one of your contracts reward? Is it "
                                "the behaviour you actually want?"
                            ),
                            "guidance": (
                                "<p>A good answer describes how the supplier earns more or less money under the "
                                "current mechanism and links that to what you see in practice. It identifies any "
                                "mismatch, such as paying for activity when you want results, and suggests a "
                                "realistic improvement for the next contract or a change within the current one, "
                                "considering measurement, attribution and cash flow.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Structuring the deal: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "allocating-risk",
                        "prompt": "What is the Sourcing Playbook's principle for allocating risk in a contract?",
                        "options": [
                            {"text": "Allocate each risk to the party best able to manage it.", "correct": True,
                             "feedback": "Correct. The party that can control, reduce or absorb a risk most cheaply should hold it."},
                            {"text": "Transfer as much risk as possible to the supplier.", "correct": False,
                             "feedback": "Transferring risk a supplier cannot manage adds cost, deters bidders and can cause failure."},
                            {"text": "Keep all risk with the public body to keep prices low.", "correct": False,
                             "feedback": "Suppliers are better placed to manage some risks, such as their own productivity, so they should hold them."},
                            {"text": "Split every risk equally between buyer and supplier.", "correct": False,
                             "feedback": "Equal splits ignore who can actually manage each risk."},
                        ],
                        "feedback": "Risk transferred is not risk removed; allocate it where it can be managed best.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "allocating-risk",
                        "prompt": (
                            "A draft contract transfers a risk to the supplier that it cannot control. What are the "
                            "likely consequences? Select all that apply."
                        ),
                        "options": [
                            {"text": "Bidders add a risk premium to their prices.", "correct": True,
                             "feedback": "Yes. You pay for the risk whether or not it occurs."},
                            {"text": "Some capable suppliers decline to bid.", "correct": True,
                             "feedback": "Yes. Competition weakens when good suppliers walk away."},
                            {"text": "If the risk occurs, the supplier seeks renegotiation, performs worse or fails.", "correct": True,
                             "feedback": "Yes. The risk often returns to the public body in another form."},
                            {"text": "The risk disappears from the public body's risk register for good.", "correct": False,
                             "feedback": "No. The public body remains accountable for the service, so the risk never fully leaves."},
                        ],
                        "feedback": "Pushing unmanageable risk onto suppliers usually costs more and protects less.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "allocating-risk",
                        "prompt": "The Sourcing Playbook recommends that suppliers of public services should routinely accept unlimited liability.",
                        "answer": False,
                        "feedback": (
                            "False. The Playbook warns against routine unlimited liability. Caps should be proportionate; "
                            "unlimited liability deters bidders, adds cost and offers little real protection."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "payment-mechanisms-and-pricing",
                        "prompt": (
                            "The scope of a new service is genuinely uncertain, and you want the supplier to help "
                            "control costs. Which mechanism fits best?"
                        ),
                        "options": [
                            {"text": "Target cost with pain and gain share, on an open-book basis.", "correct": True,
                             "feedback": "Correct. It shares the uncertainty while giving both parties a reason to control cost, and open book lets you see actual costs."},
                            {"text": "A fixed price for the whole term.", "correct": False,
                             "feedback": "With uncertain scope, a fixed price invites large risk premiums and constant variations."},
                            {"text": "Payment entirely by results after five years.", "correct": False,
                             "feedback": "The supplier could not carry that cash-flow risk, and results may be hard to attribute."},
                            {"text": "Cost plus a percentage fee with no controls.", "correct": False,
                             "feedback": "Uncontrolled cost plus rewards higher costs, since the fee rises with them."},
                        ],
                        "feedback": "The less certain the scope, the more the mechanism should share risk rather than fix it.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "payment-mechanisms-and-pricing",
                        "prompt": (
                            "What is the name for an arrangement in which the supplier shares its actual costs and "
                            "margin with the buyer during the contract?"
                        ),
                        "accepted": ["open book", "open-book", "open book contract management", "open-book contract management", "open book accounting", "OBCM"],
                        "feedback": (
                            "Open-book contract management lets you compare actual costs and margin with your should-cost "
                            "model and discuss price, change and efficiency on evidence."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "Demand risk in a custody healthcare contract",
                        "stem": (
                            "<p>A police force is buying healthcare professionals for its custody suites. The draft "
                            "contract is a fixed annual price, with the supplier carrying all demand risk. Detainee "
                            "numbers depend heavily on the force's own operations and have varied by 30% between years. "
                            "At a supplier event, three providers say they would either add a large contingency to "
                            "their price or not bid at all.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "allocating-risk",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Revisit the allocation: share demand risk through volume bands or a core price plus unit rates, and test the revised approach with the market.", "correct": True,
                                     "feedback": "Correct. The force drives demand, so it is better placed to carry much of that risk. Sharing it should lower prices and keep bidders in the competition."},
                                    {"text": "Keep the fixed price; suppliers always complain at market events.", "correct": False,
                                     "feedback": "Consistent feedback from several providers is evidence. Ignoring it risks high prices, few bids or later failure."},
                                    {"text": "Add unlimited liability for missed attendance targets to make suppliers take it seriously.", "correct": False,
                                     "feedback": "This adds more unmanageable risk and would deter bidders further."},
                                    {"text": "Tell suppliers the force will compensate them informally if demand spikes.", "correct": False,
                                     "feedback": "Informal promises are not a risk allocation. The mechanism must be written into the contract and applied to all bidders."},
                                ],
                                "feedback": (
                                    "Allocate each risk to the party best able to manage it, and reflect that in the "
                                    "payment mechanism."
                                ),
                            },
                            {
                                "type": "true_false",
                                "lesson": "payment-mechanisms-and-pricing",
                                "prompt": (
                                    "Once demand risk is shared through the payment mechanism, the force no longer "
                                    "needs KPIs for this contract."
                                ),
                                "answer": False,
                                "feedback": (
                                    "False. The payment mechanism allocates cost risk; KPIs and service credits are "
                                    "still needed to manage the quality and timeliness of care in custody."
                                ),
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "supplier-resilience",
            "title": "Financial standing and resolution planning",
            "summary": "Check that suppliers are financially sound, keep watching, and plan so that critical services survive a supplier's failure.",
            "lessons": [
                {
                    "slug": "assessing-economic-and-financial-standing",
                    "title": "Assessing a supplier's economic and financial standing",
                    "summary": "Judge proportionately whether a bidder is financially strong enough to deliver the contract through its life.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>Before awarding a significant contract you need reasonable confidence that the "
                            "supplier can survive long enough to deliver it. Assessing <b>economic and financial "
                            "standing</b> (EFS) is how you get it. The Sourcing Playbook and its guidance ask "
                            "buyers to look at a supplier's finances in the round, proportionately to the "
                            "contract, rather than passing or failing bidders on a single number such as "
                            "turnover or a credit score.</p>"
                        )),
                        ("heading", {"text": "What to look at"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Scale.</b> Turnover relative to the annual value of the contract: would this "
                            "contract be a dangerously large share of the business?</li>"
                            "<li><b>Profitability.</b> Operating margin and its trend. Thin or falling margins "
                            "leave little room for shocks.</li>"
                            "<li><b>Liquidity.</b> Whether the supplier can pay its short-term bills, for example "
                            "current assets against current liabilities.</li>"
                            "<li><b>Debt.</b> Borrowing relative to earnings, and whether earnings comfortably "
                            "cover interest payments.</li>"
                            "<li><b>Net assets and pensions.</b> A large pension deficit or negative net assets "
                            "can be a serious long-term burden.</li>"
                            "<li><b>The auditor's view.</b> Any going concern warning or qualified audit opinion in "
                            "the accounts.</li>"
                            "<li><b>External indicators.</b> Credit reference scores, late filing of accounts and "
                            "recent news, used as one input among several.</li>"
                            "</ul>"
                            "<p>Look at trends over several years, not one snapshot. Published accounts can be "
                            "many months old, so ask for recent management accounts where the risk justifies it.</p>"
                        )),
                        ("paragraph", (
                            "<p><b>Look at the group, not just the bidder.</b> The company that signs the contract "
                            "may be a subsidiary with few assets of its own, reliant on money and services from "
                            "elsewhere in its group. Understand the group structure and consider a <b>parent "
                            "company guarantee</b> where the bidding company's own standing is weak but the "
                            "group's is strong.</p>"
                        )),
                        ("paragraph", (
                            "<p><b>Be proportionate.</b> Set thresholds that reflect the contract's value and "
                            "criticality, and tell bidders in advance how you will assess them. Crude rules, such "
                            "as demanding turnover of several times the contract value, can shut out capable "
                            "small firms and voluntary organisations without making services any safer. Where a "
                            "bidder falls short on one measure, consider whether a guarantee, a performance bond, "
                            "a consortium arrangement or a smaller lot would address the risk. Work with finance "
                            "colleagues who can read accounts, and record the reasoning behind each judgement.</p>"
                        )),
                        ("case_study", {
                            "title": "A strong bidder with a weak subsidiary",
                            "organisation": "A fire and rescue authority (generic example)",
                            "body": (
                                "<p>A fire and rescue authority received bids for its fleet maintenance contract. "
                                "The highest-scoring bid came from a newly formed subsidiary of a large, profitable "
                                "group. The subsidiary had no trading history, so it failed the authority's "
                                "published EFS thresholds on its own.</p>"
                                "<p>The authority's tender documents had said it might accept a parent company "
                                "guarantee in this situation. Its finance team assessed the group's accounts, "
                                "found them sound, and the contract was awarded with a guarantee from the parent. "
                                "Because the approach had been published in advance, every bidder was treated "
                                "equally.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Assess financial standing in the round: several measures, trends over time, "
                                "the wider group, and thresholds proportionate to the contract. Do not let a single "
                                "number decide, and publish your approach in advance.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "How does your organisation currently assess bidders' financial standing? Would it "
                                "spot a supplier whose group was in difficulty, and would it unfairly exclude a "
                                "capable small firm?"
                            ),
                            "guidance": (
                                "<p>A good answer describes the current method honestly (for example, a credit "
                                "score and a turnover test) and tests it against both risks: missing a real "
                                "problem, and excluding a sound small supplier. It proposes one improvement, such "
                                "as adding a second or third measure, reviewing group accounts for large "
                                "contracts, or allowing guarantees as a mitigation.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "monitoring-financial-standing",
                    "title": "Monitoring financial standing during the contract",
                    "summary": "Keep watching suppliers' financial health after award, and use contract terms to act early on warning signs.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>A supplier that passed your checks at award can be in trouble two years later. "
                            "Markets shift, other contracts go wrong, costs rise and groups restructure. The "
                            "Sourcing Playbook expects the financial standing of suppliers of important services "
                            "to be monitored throughout the contract, not checked once and filed. The aim is to "
                            "see trouble early enough to protect the service.</p>"
                        )),
                        ("heading", {"text": "Contractual tools"}),
                        ("paragraph", (
                            "<p>Government model services contracts include <b>financial distress</b> provisions, "
                            "and you can build similar terms into your own contracts. They typically:</p>"
                            "<ul>"
                            "<li>define financial distress events, such as a fall in credit rating below an agreed "
                            "level, a breach of banking covenants, a profit warning, late filing of accounts or "
                            "failing to pay subcontractors on time;</li>"
                            "<li>require the supplier to tell you promptly when such an event occurs;</li>"
                            "<li>give you the right to meet the supplier and receive financial information;</li>"
                            "<li>require a plan showing how the supplier will keep delivering the service;</li>"
                            "<li>give you further rights, up to termination, if the supplier does not co-operate "
                            "or the position worsens.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Early warning signs"}),
                        ("paragraph", (
                            "<p>Not every warning sign appears in the accounts. Contract managers are often first "
                            "to notice: requests to be paid earlier or in advance; subcontractors or staff "
                            "complaining of late payment; senior people leaving; a sudden, aggressive push for "
                            "price increases or claims; falling quality or missed KPIs; delayed accounts; and "
                            "news of problems on other contracts. One sign on its own may mean little. Several "
                            "together should be escalated.</p>"
                        )),
                        ("paragraph", (
                            "<p>Make monitoring routine and proportionate. Decide for each important contract how "
                            "often finances will be reviewed, who does it, and where concerns are escalated. Share "
                            "intelligence with other public bodies that use the same supplier; for the largest "
                            "suppliers to government, the Cabinet Office co-ordinates a cross-government view. "
                            "When warning signs appear, verify before acting, talk to the supplier, review your "
                            "contingency plans, and take advice before making any payment the contract does not "
                            "require: paying in advance to prop up a failing supplier puts public money at risk.</p>"
                        )),
                        ("case_study", {
                            "title": "Late payments to subcontractors",
                            "organisation": "A city council (generic example)",
                            "body": (
                                "<p>A city council's highways maintenance contract manager heard from two local "
                                "subcontractors that they had not been paid for three months. Shortly afterwards "
                                "the supplier asked to move from monthly invoicing in arrears to payment in "
                                "advance.</p>"
                                "<p>Instead of agreeing, the contract manager escalated. The council used the "
                                "contract's financial distress clause to request recent management accounts, which "
                                "showed the supplier had breached a banking covenant. The council declined advance "
                                "payment, updated its contingency plan, and identified a framework it could use for "
                                "urgent work. When the supplier later entered administration, essential highway "
                                "repairs continued with little disruption.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Financial standing changes. Monitor it throughout the contract, use financial "
                                "distress clauses to get information early, and treat several warning signs "
                                "together as a reason to escalate and review your contingency plans.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "If a supplier to one of your critical services began showing warning signs, how "
                                "would you find out, and what rights would your contract give you?"
                            ),
                            "guidance": (
                                "<p>A good answer identifies who would notice (contract managers, finance, "
                                "front-line staff, subcontractors) and how that intelligence reaches a decision-"
                                "maker. It checks what the contract actually says about financial distress, "
                                "information rights and continuity plans, and proposes a fix if those rights are "
                                "missing, such as adding them at the next contract change or re-let.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "resolution-planning-for-critical-services",
                    "title": "Resolution planning for critical services",
                    "summary": "Prepare, with the supplier and on your own account, to keep a critical service running if the supplier fails.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>A <b>critical service</b> is one whose failure would cause serious harm: to public "
                            "safety, to vulnerable people, or to functions the organisation cannot do without. In "
                            "policing, custody, the control room and key IT systems are obvious examples; in "
                            "councils, social care, waste collection and school transport. <b>Resolution "
                            "planning</b> means preparing, before anything goes wrong, so that a critical service "
                            "keeps running if its supplier gets into serious financial difficulty or becomes "
                            "insolvent.</p>"
                        )),
                        ("heading", {"text": "Two sides of resolution planning"}),
                        ("paragraph", (
                            "<p><b>The supplier's side.</b> After Carillion, the Playbook introduced a requirement "
                            "for suppliers of critical public services to provide resolution planning information, "
                            "sometimes called a 'living will'. The guidance describes two parts: service "
                            "continuity plans, setting out how the supplier would keep the services running if it "
                            "fell into distress; and corporate resolution planning information, describing the "
                            "group's structure, its public contracts and the dependencies between companies, so "
                            "that government can act quickly if the group becomes insolvent.</p>"
                        )),
                        ("paragraph", (
                            "<p><b>Your side.</b> Whatever the supplier provides, you need your own contingency "
                            "plan. It should cover:</p>"
                            "<ul>"
                            "<li>which parts of the service are critical, and the minimum service you must maintain;</li>"
                            "<li>the fallback options: another supplier through a framework or emergency award, "
                            "bringing the service in-house, or working with an insolvency practitioner to keep "
                            "the existing team running;</li>"
                            "<li>people: who delivers the service, and how TUPE and pay would be handled;</li>"
                            "<li>data, systems, premises and assets: where they are and whether you can get to them;</li>"
                            "<li>key subcontractors who might need to be paid or contracted directly;</li>"
                            "<li>decision-makers, legal advice, funding and communications with staff, service "
                            "users and the public.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Keeping plans alive"}),
                        ("paragraph", (
                            "<p>A plan written at award and never opened again will be wrong when you need it. "
                            "Link the plan to the financial distress triggers in the contract, so that a warning "
                            "sign prompts a review. Update it at least annually and whenever the service changes. "
                            "Test it with a short desktop exercise that walks through the first 48 hours after a "
                            "supplier's failure: who calls whom, who decides, what staff are told, how payroll is "
                            "covered. The gaps such an exercise reveals are far cheaper to fix in advance.</p>"
                        )),
                        ("case_study", {
                            "title": "The collapse of a major government supplier",
                            "organisation": "Carillion",
                            "body": (
                                "<p>Carillion, a major supplier to government, went into liquidation in January "
                                "2018. Public bodies relying on it had to keep services running while the company "
                                "was wound up. The government's Outsourcing Playbook followed in 2019, later "
                                "renamed the Sourcing Playbook, and resolution planning for critical services was "
                                "one of its responses.</p>"
                                "<p>For any public buyer, the questions the case raises are practical. If your "
                                "largest supplier failed tomorrow, do you know which of your services depend on it, "
                                "directly or through subcontracts? Could you reach the staff, data and sites? Who "
                                "would decide, and how quickly? Resolution planning is the work of answering those "
                                "questions before you have to.</p>"
                            ),
                        }),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A supplier's failure does not end your duty to deliver a critical service. Ask "
                                "critical suppliers for resolution planning information, keep your own tested "
                                "contingency plan, and link both to early warning triggers.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Choose one critical service your organisation buys. Walk through the first 48 "
                                "hours after its supplier becomes insolvent. What would you do first, and what "
                                "would you not know?"
                            ),
                            "guidance": (
                                "<p>A good answer sets out the first decisions in order: confirming the facts, "
                                "convening the decision-makers, contacting the insolvency practitioner, securing "
                                "the minimum service, and communicating with staff and service users. It identifies "
                                "specific gaps, such as not knowing which subcontractors are critical or how to "
                                "reach the supplier's data, and proposes how to close them through the contract or "
                                "a desktop exercise.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Financial standing and resolution planning: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "assessing-economic-and-financial-standing",
                        "prompt": "Which approach to assessing bidders' economic and financial standing reflects the Sourcing Playbook?",
                        "options": [
                            {"text": "Several measures and trends, including the wider group, with thresholds proportionate to the contract and published in advance.", "correct": True,
                             "feedback": "Correct. Financial standing should be judged in the round and proportionately, with the approach set out for bidders."},
                            {"text": "A single credit score, with any bidder below a fixed cut-off excluded.", "correct": False,
                             "feedback": "A single number can miss real problems and exclude sound suppliers; use it as one input among several."},
                            {"text": "Turnover of at least five times the contract value for every contract.", "correct": False,
                             "feedback": "Crude turnover rules can shut out capable small firms without making services safer."},
                            {"text": "No assessment, because the contract's termination rights are enough protection.", "correct": False,
                             "feedback": "Termination does not keep a critical service running; you need confidence before award."},
                        ],
                        "feedback": "Assess in the round, look at the group, be proportionate and record your reasoning.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "assessing-economic-and-financial-standing",
                        "prompt": (
                            "Where a bidding subsidiary is financially weak but its group is strong, a parent company "
                            "guarantee may be a suitable way to address the risk."
                        ),
                        "answer": True,
                        "feedback": (
                            "True. A parent company guarantee can bring the group's strength behind the contract. Say in "
                            "the tender documents that you may accept one, so all bidders are treated equally."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "monitoring-financial-standing",
                        "prompt": "Which of these are early warning signs of supplier financial distress? Select all that apply.",
                        "options": [
                            {"text": "Subcontractors complain they have not been paid on time.", "correct": True,
                             "feedback": "Yes. Late payment down the supply chain often signals cash-flow problems."},
                            {"text": "The supplier asks to be paid in advance.", "correct": True,
                             "feedback": "Yes. A sudden request for earlier payment can indicate a cash shortage."},
                            {"text": "The supplier files its accounts late and issues a profit warning.", "correct": True,
                             "feedback": "Yes. Both are recognised financial distress indicators."},
                            {"text": "The supplier proposes a joint workshop on continuous improvement.", "correct": False,
                             "feedback": "This is normal good practice in a healthy relationship, not a warning sign."},
                        ],
                        "feedback": "One sign alone may mean little; several together should be escalated and checked against the contract's distress provisions.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "resolution-planning-for-critical-services",
                        "prompt": (
                            "Resolution planning information provided by suppliers of critical services is often "
                            "given what informal two-word name?"
                        ),
                        "accepted": ["living will", "living wills", "a living will"],
                        "feedback": (
                            "A 'living will' sets out how services would continue if the supplier fell into distress and "
                            "how its group is structured, so government can act quickly if it fails."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "resolution-planning-for-critical-services",
                        "prompt": "A critical service's supplier has provided a service continuity plan. Does the public body still need its own contingency plan?",
                        "options": [
                            {"text": "Yes. The public body remains accountable for the service and must plan its own fallback options.", "correct": True,
                             "feedback": "Correct. The supplier's plan covers what it would do; you need to know what you would do if it could not."},
                            {"text": "No. The supplier's plan transfers continuity risk to the supplier.", "correct": False,
                             "feedback": "Continuity is a risk the public body can never fully transfer."},
                            {"text": "Only if the contract is worth more than £5m.", "correct": False,
                             "feedback": "Criticality, not a value threshold, decides whether a contingency plan is needed."},
                            {"text": "Only after the supplier has entered administration.", "correct": False,
                             "feedback": "By then it is too late to prepare; plans must exist and be tested beforehand."},
                        ],
                        "feedback": "Resolution planning has two sides: the supplier's information and your own tested contingency plan.",
                    },
                    {
                        "type": "scenario",
                        "title": "Warning signs at a control room IT supplier",
                        "stem": (
                            "<p>A police force relies on one supplier to support its control room command and control "
                            "system. This week the supplier's parent group issued a profit warning, and the supplier's "
                            "account manager has left. The contract includes financial distress provisions. The force's "
                            "contingency plan for the system was written at award four years ago and has not been "
                            "reviewed.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "monitoring-financial-standing",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Escalate, use the financial distress provisions to request information and a continuity plan, and review and test the force's own contingency plan.", "correct": True,
                                     "feedback": "Correct. The signs justify action. Use your contractual rights to get facts, and bring your own plan up to date while there is time."},
                                    {"text": "Terminate the contract immediately to protect the force.", "correct": False,
                                     "feedback": "Terminating a critical control room service without facts or a fallback could cause the very failure you fear."},
                                    {"text": "Offer to pay the next year's charges in advance to help the supplier through.", "correct": False,
                                     "feedback": "Advance payment puts public money at risk and may not be allowed. Take advice before any payment the contract does not require."},
                                    {"text": "Wait for the supplier's next annual accounts before doing anything.", "correct": False,
                                     "feedback": "Accounts may be months away. Financial distress provisions exist so you can act early."},
                                ],
                                "feedback": (
                                    "Verify, use the contract, escalate and prepare. A tested contingency plan is what "
                                    "keeps a critical service running."
                                ),
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "resolution-planning-for-critical-services",
                                "prompt": "Which should the force's updated contingency plan cover? Select all that apply.",
                                "options": [
                                    {"text": "The minimum service the control room must maintain.", "correct": True,
                                     "feedback": "Yes. Knowing the minimum service focuses the fallback options."},
                                    {"text": "Access to the system's data, licences and hosting if the supplier fails.", "correct": True,
                                     "feedback": "Yes. Without them, no fallback supplier or in-house team can run the system."},
                                    {"text": "Who decides, and how staff and the public will be told.", "correct": True,
                                     "feedback": "Yes. Clear decision-makers and communications are essential in the first 48 hours."},
                                    {"text": "A plan to rely on the supplier's own continuity plan alone.", "correct": False,
                                     "feedback": "The supplier's plan is useful but cannot replace the force's own fallback options."},
                                ],
                                "feedback": "A contingency plan covers service, people, data, systems, subcontractors, decisions and communications.",
                            },
                        ],
                    },
                ],
            },
        },
    ],
    "final_assessment": {
        "title": "Outsourcing and the Sourcing Playbook: final assessment",
        "questions": [
            {
                "type": "single_choice",
                "lesson": "lessons-from-public-sector-outsourcing",
                "prompt": "What did the government publish in 2019, following the liquidation of Carillion in January 2018?",
                "options": [
                    {"text": "The Outsourcing Playbook, later renamed the Sourcing Playbook.", "correct": True,
                     "feedback": "Correct. The Playbook sets out policies for deciding how services are delivered and for structuring sustainable contracts."},
                    {"text": "The Procurement Act 2023.", "correct": False,
                     "feedback": "The Procurement Act is a later, separate reform of procurement law, not the 2019 response to Carillion."},
                    {"text": "A ban on outsourcing critical public services.", "correct": False,
                     "feedback": "No such ban was introduced; the response was better decision-making and resolution planning."},
                    {"text": "'To Protect and Save'.", "correct": False,
                     "feedback": "'To Protect and Save' was a 2015 London Assembly report on the Metropolitan Police."},
                ],
                "feedback": "The Outsourcing Playbook (2019) was later renamed the Sourcing Playbook because it applies to all sourcing decisions.",
            },
            {
                "type": "true_false",
                "lesson": "lessons-from-public-sector-outsourcing",
                "prompt": (
                    "Police forces and local authorities are formally required to follow the Sourcing Playbook on a "
                    "'comply or explain' basis, in the same way as central government departments."
                ),
                "answer": False,
                "feedback": (
                    "False. The Playbook applies to central government departments and their arm's-length bodies on a "
                    "comply or explain basis. Forces and councils are not formally bound, but it is widely treated as good practice."
                ),
            },
            {
                "type": "multiple_response",
                "lesson": "make-or-buy",
                "prompt": "Which questions belong in a make-or-buy decision? Select all that apply.",
                "options": [
                    {"text": "Can we specify and measure the outcome we want?", "correct": True,
                     "feedback": "Yes. A contract cannot fix an outcome you cannot describe."},
                    {"text": "Do we have, or will we fund, the capability to manage the contract?", "correct": True,
                     "feedback": "Yes. Without an intelligent client, even a good contract will drift."},
                    {"text": "How would we exit or re-let the service if needed?", "correct": True,
                     "feedback": "Yes. A service you cannot leave is one you cannot really manage."},
                    {"text": "Which option has the lowest first-year price?", "correct": False,
                     "feedback": "First-year price ignores transition, contract management, exit and the life of the service; compare whole-life cost."},
                ],
                "feedback": "Make-or-buy turns on outcome, control, market, flexibility, whole-life cost and your ability to manage and exit.",
            },
            {
                "type": "single_choice",
                "lesson": "delivery-model-assessments",
                "prompt": "When should a delivery model assessment for a contract due to end start?",
                "options": [
                    {"text": "Early enough that any option, including insourcing or a pilot, could still be carried out before the contract ends.", "correct": True,
                     "feedback": "Correct. Work back from the end date, allowing time for the chosen route and for approvals."},
                    {"text": "After the tender documents have been drafted.", "correct": False,
                     "feedback": "By then the DMA can only justify a decision already made."},
                    {"text": "Only if the incumbent supplier is performing badly.", "correct": False,
                     "feedback": "Re-letting a well-performing contract unchanged is still a decision that needs evidence."},
                    {"text": "In the final month of the contract.", "correct": False,
                     "feedback": "That leaves no time to act on the result."},
                ],
                "feedback": "A DMA is a decision tool: start early and be proportionate to the service's value and criticality.",
            },
            {
                "type": "true_false",
                "lesson": "insourcing-and-mixed-models",
                "prompt": "When a council brings a service back in-house, TUPE is likely to apply, so staff working on the service usually transfer with their existing terms.",
                "answer": True,
                "feedback": (
                    "True. TUPE is likely to apply to insourcing as it does to outsourcing, so the council needs accurate "
                    "staff information early and a plan for pensions and pay differences."
                ),
            },
            {
                "type": "single_choice",
                "lesson": "market-health-and-capability-assessments",
                "prompt": "Which of these is good practice when engaging the market before a procurement?",
                "options": [
                    {"text": "Offering all interested suppliers the same information and opportunity, and keeping a record of discussions.", "correct": True,
                     "feedback": "Correct. Engagement must be fair and transparent so no supplier gains an unfair advantage."},
                    {"text": "Letting the incumbent draft the specification because it knows the service best.", "correct": False,
                     "feedback": "This gives the incumbent an unfair advantage and narrows competition."},
                    {"text": "Talking only to the two largest suppliers to save time.", "correct": False,
                     "feedback": "This misses smaller firms and new entrants, and is not a fair test of the market."},
                    {"text": "Avoiding engagement altogether in case it is seen as unfair.", "correct": False,
                     "feedback": "Well-run engagement is encouraged; without it you cannot assess market health."},
                ],
                "feedback": "Early market engagement is essential evidence for a market health and capability assessment, provided it is fair.",
            },
            {
                "type": "multiple_response",
                "lesson": "should-cost-models",
                "prompt": "Which of these should a should-cost model include? Select all that apply.",
                "options": [
                    {"text": "Transition and mobilisation costs.", "correct": True,
                     "feedback": "Yes. These one-off costs are part of the whole-life cost."},
                    {"text": "A risk allowance and an adjustment for optimism bias.", "correct": True,
                     "feedback": "Yes. Early estimates tend to be too low."},
                    {"text": "Demand scenarios showing how cost changes with volume.", "correct": True,
                     "feedback": "Yes. Volume is often the biggest cost driver."},
                    {"text": "Only the costs that appear in last year's budget.", "correct": False,
                     "feedback": "Build from cost drivers, not last year's budget, which may omit investment, exit and client-side costs."},
                ],
                "feedback": "A should-cost model is a transparent, whole-life estimate built from cost drivers, with its assumptions logged.",
            },
            {
                "type": "short_text",
                "lesson": "piloting-new-services",
                "prompt": (
                    "What does the Sourcing Playbook encourage for new, complex or uncertain services: a limited, "
                    "time-bound trial before full roll-out?"
                ),
                "accepted": ["pilot", "a pilot", "piloting", "pilots", "pilot scheme"],
                "feedback": (
                    "A pilot tests whether an approach works, what it costs and what demand looks like, before a large, "
                    "long commitment."
                ),
            },
            {
                "type": "scenario",
                "title": "A waste collection options appraisal",
                "stem": (
                    "<p>A council's waste collection contract ends in three years. A draft cabinet paper compares "
                    "outsourcing with bringing the service in-house and recommends outsourcing as 15% cheaper. You "
                    "notice that the in-house option carries a full share of all corporate overheads, while the "
                    "outsourced option includes no cost for the council's contract management team, transition or "
                    "exit, and assumes overheads currently charged to the service will disappear.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "delivery-model-assessments",
                        "prompt": "What should you do next?",
                        "options": [
                            {"text": "Raise the inconsistencies and ask for both options to be re-costed on the same basis before the paper goes to cabinet.", "correct": True,
                             "feedback": "Correct. The comparison is biased in both directions. A fair DMA applies the same rules to every option."},
                            {"text": "Let the paper proceed; the difference is probably small.", "correct": False,
                             "feedback": "The omissions could easily exceed 15%. Decision-makers need a fair comparison."},
                            {"text": "Rewrite the paper to recommend insourcing instead.", "correct": False,
                             "feedback": "The answer is not to reverse the bias but to remove it, then let the evidence decide."},
                            {"text": "Delay the decision until the contract has ended.", "correct": False,
                             "feedback": "That would leave too little time to implement either option."},
                        ],
                        "feedback": "Client-side costs, transition, exit and stranded overheads belong in a fair comparison of options.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "should-cost-models",
                        "prompt": "Overheads that remain with the council after a service is outsourced (stranded costs) should be counted when comparing options.",
                        "answer": True,
                        "feedback": (
                            "True. Stranded costs do not disappear when the service leaves, so ignoring them makes outsourcing "
                            "look cheaper than it is."
                        ),
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "allocating-risk",
                "prompt": (
                    "In an outsourced custody healthcare contract, which risk is the force usually best placed to "
                    "manage?"
                ),
                "options": [
                    {"text": "The number of detainees, which depends on the force's own operations.", "correct": True,
                     "feedback": "Correct. The force drives demand, so it is better placed to hold or share demand risk."},
                    {"text": "The productivity of the supplier's nurses.", "correct": False,
                     "feedback": "The supplier manages its own staff, so it is best placed to hold this risk."},
                    {"text": "The supplier's recruitment and rota planning.", "correct": False,
                     "feedback": "These are within the supplier's control."},
                    {"text": "The supplier's own IT systems for recording shifts.", "correct": False,
                     "feedback": "The supplier controls its own systems."},
                ],
                "feedback": "Allocate each risk to the party that can control, reduce or absorb it most cheaply.",
            },
            {
                "type": "single_choice",
                "lesson": "payment-mechanisms-and-pricing",
                "prompt": (
                    "A council pays home-care providers per minute of care delivered, with travel time unpaid. What "
                    "behaviour is this mechanism most likely to encourage?"
                ),
                "options": [
                    {"text": "Tightly scheduled, rushed visits to maximise paid minutes.", "correct": True,
                     "feedback": "Correct. You get the behaviour you pay for; unpaid travel squeezes time with each person."},
                    {"text": "A focus on helping people regain independence.", "correct": False,
                     "feedback": "Nothing in a per-minute mechanism rewards independence; an outcome-linked element would."},
                    {"text": "Generous travel time between visits.", "correct": False,
                     "feedback": "Travel is unpaid, so providers have every reason to minimise it."},
                    {"text": "Lower use of care hours overall.", "correct": False,
                     "feedback": "Payment per minute rewards more minutes, not fewer."},
                ],
                "feedback": "Match the payment mechanism to the outcome you want, and check what behaviour it really rewards.",
            },
            {
                "type": "true_false",
                "lesson": "payment-mechanisms-and-pricing",
                "prompt": (
                    "A contract priced so low that the supplier runs it at a loss is good value for the public, because "
                    "the supplier bears the cost."
                ),
                "answer": False,
                "feedback": (
                    "False. Loss-making contracts lead to corner-cutting, staff turnover, aggressive change requests and "
                    "sometimes failure. The Playbook stresses a price that is challenging but sustainable."
                ),
            },
            {
                "type": "multiple_response",
                "lesson": "assessing-economic-and-financial-standing",
                "prompt": "Which of these are useful when assessing a bidder's economic and financial standing? Select all that apply.",
                "options": [
                    {"text": "Trends in operating margin over several years.", "correct": True,
                     "feedback": "Yes. Thin or falling margins leave little room for shocks."},
                    {"text": "Any going concern warning from the auditors.", "correct": True,
                     "feedback": "Yes. It is a direct signal of doubt about the company's future."},
                    {"text": "The size of any pension deficit and the level of debt.", "correct": True,
                     "feedback": "Yes. Both can be serious long-term burdens."},
                    {"text": "The financial position of the wider group the bidder belongs to.", "correct": True,
                     "feedback": "Yes. A subsidiary may depend on its group for money and services."},
                    {"text": "The quality of the bidder's marketing brochure.", "correct": False,
                     "feedback": "Presentation says nothing about financial resilience."},
                ],
                "feedback": "Judge financial standing in the round: several measures, trends, the group, and proportionate thresholds.",
            },
            {
                "type": "single_choice",
                "lesson": "monitoring-financial-standing",
                "prompt": "Who is often first to notice the early warning signs of a supplier in financial difficulty?",
                "options": [
                    {"text": "The contract manager and front-line staff who deal with the supplier every day.", "correct": True,
                     "feedback": "Correct. Late payments to subcontractors, staff departures and requests for advance payment show up in day-to-day dealings before the accounts."},
                    {"text": "The external auditor of the public body.", "correct": False,
                     "feedback": "Auditors review the public body's own accounts and rarely see a supplier's day-to-day behaviour."},
                    {"text": "The supplier's shareholders, who must tell every customer.", "correct": False,
                     "feedback": "There is no such duty; the contract's financial distress clauses are what require notification."},
                    {"text": "Nobody: financial distress always comes without warning.", "correct": False,
                     "feedback": "Warning signs usually exist; the task is to notice them and escalate."},
                ],
                "feedback": "Make sure the people closest to the supplier know the warning signs and where to escalate them.",
            },
            {
                "type": "scenario",
                "title": "School transport supplier enters administration",
                "stem": (
                    "<p>On a Thursday afternoon, a county council learns that the company providing most of its "
                    "transport for pupils with special educational needs has entered administration. About 400 "
                    "children use the service each school day. The council's contingency plan names a framework of "
                    "alternative operators, and the administrators have said they want to keep vehicles running for "
                    "now.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "resolution-planning-for-critical-services",
                        "prompt": "What should the council do first?",
                        "options": [
                            {"text": "Convene the named decision-makers, contact the administrators to secure Friday's and Monday's journeys, and prepare framework operators as a fallback.", "correct": True,
                             "feedback": "Correct. Securing the minimum service through the administrators, with a ready fallback, protects the children while longer-term options are worked out."},
                            {"text": "Terminate the contract at once and run a new procurement.", "correct": False,
                             "feedback": "A new procurement cannot put vehicles on the road by Friday, and termination may remove the administrators' incentive to keep running."},
                            {"text": "Tell parents to make their own arrangements until further notice.", "correct": False,
                             "feedback": "The council keeps its duty to provide transport for eligible pupils; the service must continue."},
                            {"text": "Wait for the administrators' formal report before acting.", "correct": False,
                             "feedback": "Waiting risks children missing school. The contingency plan exists so the council can act immediately."},
                        ],
                        "feedback": "A supplier's failure does not end the council's duty. A tested contingency plan lets it act within hours.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "resolution-planning-for-critical-services",
                        "prompt": "Which information will the council most urgently need? Select all that apply.",
                        "options": [
                            {"text": "Route lists, pupil needs and pick-up details held in the supplier's systems.", "correct": True,
                             "feedback": "Yes. Without this data no alternative operator can run the routes safely."},
                            {"text": "Which drivers and escorts are available and vetted.", "correct": True,
                             "feedback": "Yes. Safeguarding requirements mean staff cannot simply be replaced overnight."},
                            {"text": "Which vehicles are owned or leased, and by whom.", "correct": True,
                             "feedback": "Yes. Vehicle ownership affects whether the council or a new operator can use them."},
                            {"text": "The supplier's marketing plans for next year.", "correct": False,
                             "feedback": "This is irrelevant to keeping the service running."},
                        ],
                        "feedback": "Resolution planning identifies in advance the data, people and assets needed to keep a critical service going.",
                    },
                ],
            },
        ],
    },
}
