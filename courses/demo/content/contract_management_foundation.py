"""Demo course: Contract management foundation (role, tiering, mobilisation, governance, KPIs, payment, change, risk, disputes, exit and closure)."""

COURSE = {
    "slug": "contract-management-foundation",
    "title": "Contract management foundation",
    "summary": (
        "The essentials of managing a public contract after it is signed: the contract manager's role, "
        "tiering, mobilisation, governance, KPIs, payment, change, risk, disputes, exit and closure."
    ),
    "topic": "contract-management",
    "level": "foundation",
    "estimated_minutes": 190,
    "overview": (
        "<p>This foundation course is for anyone in a police force, council, government department or other "
        "public body who has been asked to look after a contract once it has been let: new contract managers, "
        "service leads who hold a budget for an outsourced service, and commercial or finance colleagues who "
        "support them. You do not need any previous commercial training.</p>"
        "<p>Most of the value of a contract is won or lost after the signatures are dry. Public bodies have "
        "learned this the hard way: they outsource large services and then struggle to manage them. The course "
        "follows a contract through its life, from setting it up well, through running governance, measuring "
        "performance, paying correctly, controlling change and handling risks and disputes, to exit, transfer "
        "of staff under TUPE and a proper closure. Each lesson ends with something you can apply to a real "
        "contract at work straight away.</p>"
    ),
    "learning_outcomes": [
        "Describe what a contract manager does and the limits of their authority, and build a summary of a contract's key terms.",
        "Use Bronze, Silver, Gold and Platinum tiering to decide how much management a contract needs.",
        "Plan and check mobilisation so that a service starts only when both parties are ready.",
        "Set up proportionate operational, tactical and strategic governance with clear records.",
        "Explain how KPIs and service credits work and apply them consistently from validated data.",
        "Check invoices against the contract, pay valid invoices promptly and guard against payment fraud.",
        "Run a change control process that keeps every variation approved, priced and recorded.",
        "Keep a useful risk and issue register, including early warning signs of supplier failure.",
        "Follow a contract's escalation and dispute resolution procedure while keeping the service running.",
        "Plan exit and transition from the start of a contract and recognise when TUPE is likely to apply.",
        "Close a contract properly and turn lessons learned into changes for the next one.",
    ],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "starting-well",
            "title": "Starting well: role, tiering and mobilisation",
            "summary": "What a contract manager does, how much management a contract needs, and how to get from signature to a safe service start.",
            "lessons": [
                {
                    "slug": "the-contract-managers-role",
                    "title": "The contract manager's role",
                    "summary": "What contract management is, what the contract manager does and where their authority ends.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>Contract management is everything an organisation does after a contract is signed "
                            "to make sure it delivers what was agreed, at the agreed price, for as long as it runs, "
                            "and then ends cleanly. Procurement finds and appoints the supplier; contract "
                            "management turns the promises in the tender into a service that works for officers, "
                            "staff and the public. A contract that was well procured but is then left to run itself "
                            "will drift: performance slips, costs creep up through informal changes, and by the end "
                            "nobody is quite sure what was agreed.</p>"
                        )),
                        ("paragraph", (
                            "<p>The contract manager is the person accountable for that work on one or more "
                            "contracts. On a small contract it may be a few hours a month alongside another job; "
                            "on a large outsourcing it may be a full-time team. Whatever the scale, the job covers "
                            "the same ground:</p>"
                            "<ul>"
                            "<li><b>knowing the contract</b>: its scope, price, dates, obligations and remedies;</li>"
                            "<li><b>managing performance</b>: checking delivery against KPIs and the specification, "
                            "and acting when it falls short;</li>"
                            "<li><b>managing the relationship</b>: regular, honest, evidence-based contact with the "
                            "supplier at the right levels;</li>"
                            "<li><b>administration</b>: payments, changes, notices, records and reporting;</li>"
                            "<li><b>managing risk</b>: spotting what could go wrong, including the supplier getting "
                            "into difficulty, and planning for it;</li>"
                            "<li><b>planning the end</b>: keeping an exit plan alive and preparing for what comes "
                            "next well before expiry.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Know your contract"}),
                        ("paragraph", (
                            "<p>On your first day with a contract, read all of it, including the schedules, which "
                            "is where the specification, pricing, KPIs, governance and exit arrangements usually "
                            "live. Then write a short contract summary you can keep to hand: the parties; start "
                            "date, expiry date, any extension options and the notice needed to use them; break "
                            "clauses; the price and how it is calculated and indexed; KPIs and service credits; "
                            "the change procedure; governance meetings; the dispute resolution steps; termination "
                            "rights; and exit obligations. Add an obligations register listing what each party must "
                            "do and when. Many of the problems contract managers inherit come from a missed date, "
                            "such as an extension option that lapsed because nobody served notice in time.</p>"
                        )),
                        ("paragraph", (
                            "<p>Remember that the contract places obligations on your organisation too. The "
                            "authority usually has to provide information, access to buildings and systems, "
                            "security vetting, decisions and approvals within set times. When those dependencies "
                            "are late, the supplier may be entitled to relief from its KPIs or to extra payment. A "
                            "good contract manager tracks the authority's side as carefully as the supplier's.</p>"
                        )),
                        ("paragraph", (
                            "<p>Be clear about who does what. The contract manager usually works alongside a budget "
                            "holder or service lead, who owns the outcome the service must deliver; a commercial or "
                            "procurement colleague; finance; legal; and, for larger contracts, a senior responsible "
                            "owner. Write down who can approve what, in line with your organisation's scheme of "
                            "delegation. The contract manager is neither the supplier's champion nor its opponent: "
                            "the role is to be firm, fair and consistent, and to base every conversation on "
                            "evidence.</p>"
                        )),
                        ("key_point", {
                            "title": "Your words can change the contract",
                            "body": (
                                "<p>Only people with delegated authority may agree changes, waive rights or accept a "
                                "lower standard of service. An instruction in an email or a casual 'don't worry about "
                                "that this month' can create a claim for extra payment or weaken your organisation's "
                                "position later. Stay within your authority and record every decision.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Contract management is a recognised profession in the public sector. The Government "
                            "Commercial College runs a Contract Management Capability Programme with Foundation, "
                            "Practitioner and Expert levels of accreditation, each with its own assessment. This "
                            "course covers the foundation ground: enough to manage a lower-risk contract well and to "
                            "play a useful part in the team on a larger one.</p>"
                        )),
                        ("case_study", {
                            "title": "Build the expertise before you outsource",
                            "organisation": "Metropolitan Police and the London Assembly",
                            "body": (
                                "<p>In 2015 the London Assembly's Budget and Performance Committee published a report "
                                "called <i>To Protect and Save</i>. It warned the Metropolitan Police to build its "
                                "commercial expertise before outsourcing further. The Met had outsourced back-office "
                                "services (finance, procurement and HR) under a £216m contract with SSCL, a company "
                                "majority-owned by Sopra Steria.</p>"
                                "<p>The lesson applies to every public body, whatever its size: outsourcing a service "
                                "does not outsource responsibility for it. The organisation still needs people who "
                                "understand the contract, can read the performance data critically, can challenge the "
                                "supplier and can plan what happens when the contract ends. If that capability is not "
                                "in place on the day the contract starts, it is very hard to build later.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Pick a contract you work with or rely on. Could you state, without looking, its expiry "
                                "date, the next decision point (such as an extension option), its three most important "
                                "KPIs and who in your organisation can approve a change to it?"
                            ),
                            "guidance": (
                                "<p>If you could answer all four, you already have the core of a contract summary; "
                                "write it down and share it. If not, note which gaps matter most. A missing expiry or "
                                "extension date is the most urgent, because options and notice periods can lapse. Not "
                                "knowing who can approve a change is the next priority, because informal changes are "
                                "one of the commonest sources of cost and dispute. A good answer ends with a specific "
                                "action, such as reading the pricing schedule this week or asking the commercial team "
                                "for the scheme of delegation.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "contract-tiering",
                    "title": "Contract tiering: Bronze, Silver, Gold and Platinum",
                    "summary": "How tiering sets the amount of management a contract receives, and why value is not the only factor.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>No public body has enough people to manage every contract intensively, and it would "
                            "be a waste of public money to try. <b>Contract tiering</b> is the practice of placing "
                            "each contract in a tier according to how much management it needs, so that skilled "
                            "time goes where the risk and value are. Across much of the public sector the tiers are "
                            "called Bronze, Silver, Gold and Platinum, from the lightest touch to the most "
                            "intensive.</p>"
                        )),
                        ("paragraph", (
                            "<p>Tiering looks at more than the price. The usual factors are:</p>"
                            "<ul>"
                            "<li><b>value</b>: the whole-life cost, not just the annual spend;</li>"
                            "<li><b>criticality</b>: how much harm failure would do to the public, to operations or "
                            "to statutory duties (custody, a 999 control room or safeguarding services score high "
                            "even if the spend is modest);</li>"
                            "<li><b>complexity</b>: several services bundled together, many interfaces with other "
                            "systems or suppliers, outcome-based or unusual payment mechanisms;</li>"
                            "<li><b>risk</b>: supplier financial standing, data and security exposure, reputation, "
                            "and how thin the market is;</li>"
                            "<li><b>ease of replacement</b>: how long and how costly it would be to move to another "
                            "supplier or bring the service back in-house.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "What each tier typically looks like"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Bronze</b>: low value, low risk and easy to replace, such as routine supplies. "
                            "A named owner checks that goods or services arrive and invoices are right, tracks the "
                            "renewal date and holds an occasional check-in.</li>"
                            "<li><b>Silver</b>: moderate value or risk. A small set of KPIs, regular (often "
                            "quarterly) review meetings, a simple risk log and a basic exit plan.</li>"
                            "<li><b>Gold</b>: high value, complex or important to services. A dedicated contract "
                            "manager, monthly performance reviews, formal governance at more than one level, a "
                            "joint risk register, active change control, financial health monitoring of the "
                            "supplier and a maintained exit plan.</li>"
                            "<li><b>Platinum</b>: the most critical and complex contracts, often with strategic "
                            "suppliers, where failure would seriously harm public services. A senior responsible "
                            "owner, executive-level governance, a contract management team, continuous monitoring of "
                            "the supplier's health and detailed contingency plans for supplier failure.</li>"
                            "</ul>"
                            "<p>The precise criteria, scoring and thresholds vary between organisations. Use your "
                            "own organisation's tiering tool where one exists, and record the reasons for the tier "
                            "you choose.</p>"
                        )),
                        ("key_point", {
                            "title": "Tier on impact, not just value",
                            "body": (
                                "<p>A contract's tier reflects value, criticality, complexity, risk and how hard the "
                                "supplier would be to replace. A low-value contract can deserve a high tier if its "
                                "failure would put people at risk or stop a frontline service.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Tier a contract early, ideally while the procurement is being planned, so the right "
                            "resources are ready when it starts: a Gold contract needs its contract manager in post "
                            "before award, not six months after. Then revisit the tier at key moments: after "
                            "mobilisation, after a significant change, when risks change (for example if the "
                            "supplier shows signs of financial distress) and before any extension. Tiers can go "
                            "down as well as up.</p>"
                        )),
                        ("paragraph", (
                            "<p>Tiering also links to capability. Many public bodies expect the people managing Gold "
                            "and Platinum contracts to be more experienced, and to hold a higher level of contract "
                            "management accreditation, than those managing Bronze and Silver contracts. If your "
                            "organisation has more high-tier contracts than experienced contract managers, that is "
                            "a risk leaders need to know about.</p>"
                        )),
                        ("case_study", {
                            "title": "Two contracts, two tiers",
                            "organisation": "A county council (generic example)",
                            "body": (
                                "<p>A county council reviewed two contracts. The first was a call-off from a national "
                                "framework for office supplies, worth about £2m over four years. Many suppliers could "
                                "provide the same goods, prices were set by the framework, and a failed delivery "
                                "would cause inconvenience rather than harm. The council placed it in Bronze.</p>"
                                "<p>The second was a home-to-school transport contract for children with special "
                                "educational needs, worth about £600,000 a year. It carried safeguarding risks, "
                                "supported a statutory duty, depended on drivers and escorts with the right checks, "
                                "and only two local operators could deliver it. Despite the lower value, the council "
                                "placed it in Gold, gave it a dedicated contract manager and monthly reviews, and "
                                "added checks on staff vetting records to the governance agenda.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Choose three contracts your team relies on. Which tier would you give each, and what "
                                "is the main reason in each case?"
                            ),
                            "guidance": (
                                "<p>A strong answer gives a reason beyond value for each tier, such as the harm "
                                "caused if the service failed, how many suppliers could step in, or how complex the "
                                "service is. It compares the tier you would choose with the attention the contract "
                                "actually gets today. Where the two do not match, it suggests a practical change, for "
                                "example reducing meetings on an over-managed Bronze contract to free time for an "
                                "under-managed Gold one.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "mobilisation",
                    "title": "Mobilisation: from signature to service start",
                    "summary": "Plan and check the period before a service starts so that go-live depends on readiness, not a date.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p><b>Mobilisation</b> (sometimes called implementation or transition-in) is the period "
                            "between signing a contract and the day the service starts, during which both parties "
                            "get ready to deliver. Many contract failures can be traced back to this stage: the "
                            "timetable was too short, the authority treated mobilisation as the supplier's problem, "
                            "or the service went live because a date had arrived rather than because it was ready.</p>"
                        )),
                        ("paragraph", (
                            "<p>Both sides have work to do. The supplier typically recruits and trains staff, "
                            "receives staff transferring from the previous provider, sets up systems, premises, "
                            "vehicles and equipment, puts subcontracts in place, and builds its reporting. The "
                            "authority typically provides data, access to sites and systems, decisions and "
                            "sign-offs, security vetting of the supplier's staff, interfaces with other suppliers, "
                            "and communications to its own staff and the public. In policing, vetting supplier staff "
                            "before they can enter police buildings or use police systems can take weeks, and is an "
                            "authority dependency that is easily underestimated.</p>"
                        )),
                        ("heading", {"text": "The mobilisation plan"}),
                        ("paragraph", (
                            "<p>Agree a mobilisation plan with the supplier as early as possible, ideally based on "
                            "the plan it submitted in its tender. It should list milestones, owners, dates and "
                            "dependencies, including the authority's. Hold short, frequent mobilisation meetings "
                            "(weekly is common on larger contracts), and keep a risk and issue log from the first "
                            "day. Check whether the contract ties milestones to payments or to delay remedies, and "
                            "make sure the people who need to know do.</p>"
                        )),
                        ("paragraph", (
                            "<p>Before the service starts, hold a <b>readiness review</b> against criteria agreed in "
                            "advance. Typical criteria are: enough staff recruited, trained and vetted; systems "
                            "tested, including interfaces; data migrated and checked; business continuity plans in "
                            "place; helpdesk and escalation contacts working; and KPI reporting able to measure "
                            "performance from day one. A named senior person then makes a go or no-go decision on "
                            "the evidence. If the service is not ready, the options include delaying the start, "
                            "starting in phases, or relying on contingency arrangements agreed beforehand, such as a "
                            "short extension with the outgoing provider if the existing contract allows it.</p>"
                        )),
                        ("key_point", {
                            "title": "Don't confuse a date with readiness",
                            "body": (
                                "<p>Go live when the readiness criteria are met, not because the calendar says so. "
                                "Agree the criteria, the decision-maker and the fallback options well before the "
                                "planned start date, so the decision can be made calmly on evidence.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Mobilisation does not end on the first day of service. Plan a period of early-life "
                            "support with closer monitoring, frequent check-ins and quick routes for staff to report "
                            "problems. Some contracts include a bedding-in period during which service credits are "
                            "reduced or suspended; check exactly what yours says rather than assuming. Use the first "
                            "months to confirm that the KPI data is accurate and to set a baseline for later "
                            "improvement.</p>"
                        )),
                        ("case_study", {
                            "title": "Custody services and the vetting bottleneck",
                            "organisation": "A police force (generic example)",
                            "body": (
                                "<p>A police force re-procured its custody detention officer service and a new supplier "
                                "won. Six weeks before the planned start, the weekly mobilisation meeting revealed that "
                                "fewer than two-thirds of the supplier's staff had cleared force vetting. The supplier "
                                "had submitted its applications on time; the force's vetting unit had not been told to "
                                "expect a large batch and had no extra capacity.</p>"
                                "<p>The contract manager escalated the issue to the senior responsible owner, who "
                                "arranged temporary extra vetting capacity. At the readiness review the force decided "
                                "to start in two phases, opening the service in the largest custody suites first. The "
                                "phased start relied on a short extension option with the outgoing provider that had "
                                "been built into its contract for exactly this situation. The force's lesson: its "
                                "own dependencies belonged in the mobilisation plan from the beginning.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a contract that will start or restart in your area, list what your own "
                                "organisation must provide before the service can begin. Who owns each item?"
                            ),
                            "guidance": (
                                "<p>A good list goes beyond the supplier's tasks. It includes data and its quality, "
                                "access to buildings and IT systems, vetting or security clearances, decisions and "
                                "approvals, interfaces with other suppliers and internal communications. Each item "
                                "should have a named owner and a date. If any owner does not yet know they are "
                                "responsible, that is the first action to take.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Starting well: module quiz",
                "questions": [
                    {
                        "type": "multiple_response",
                        "lesson": "the-contract-managers-role",
                        "prompt": "Which of these are part of a contract manager's job? Select all that apply.",
                        "options": [
                            {"text": "Tracking key dates such as extension options and notice periods", "correct": True,
                             "feedback": "Correct. Missed dates, such as a lapsed extension option, are a common and avoidable problem."},
                            {"text": "Making sure the authority meets its own obligations under the contract", "correct": True,
                             "feedback": "Correct. Late authority dependencies can give the supplier relief or a claim for extra payment."},
                            {"text": "Keeping an exit plan up to date", "correct": True,
                             "feedback": "Correct. Planning the end of the contract is part of the job from the start."},
                            {"text": "Agreeing any change the service asks for, whatever its value", "correct": False,
                             "feedback": "Not quite. Changes must go through change control and be approved by someone with delegated authority."},
                        ],
                        "feedback": "The contract manager knows the contract, manages performance, the relationship, administration and risk, and plans the exit, all within their delegated authority.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "the-contract-managers-role",
                        "prompt": "Once a service has been outsourced, responsibility for it passes to the supplier, so the public body needs little commercial expertise of its own.",
                        "answer": False,
                        "feedback": "False. Outsourcing a service does not outsource responsibility for it. The London Assembly's 2015 report warned the Metropolitan Police to build commercial expertise before outsourcing further.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "contract-tiering",
                        "prompt": "A contract is worth only £150,000 a year but provides the medical cover in a force's custody suites, and few providers could take it on at short notice. How should it be tiered?",
                        "options": [
                            {"text": "Bronze, because the value is low", "correct": False,
                             "feedback": "Value is only one factor. Criticality and ease of replacement matter too."},
                            {"text": "A higher tier, because failure would put detainees at risk and the supplier is hard to replace", "correct": True,
                             "feedback": "Correct. Tiering reflects criticality, risk and ease of replacement as well as value."},
                            {"text": "No tier, because tiering only applies to contracts over £5m", "correct": False,
                             "feedback": "Tiering applies to all contracts; it decides how much management each one gets."},
                            {"text": "Platinum automatically, because it involves the police", "correct": False,
                             "feedback": "Tiering is based on an assessment of impact, risk and complexity, not on the type of organisation."},
                        ],
                        "feedback": "Tier on impact, not just value. A low-value contract can deserve a high tier if failure would cause real harm.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "contract-tiering",
                        "prompt": "In Bronze, Silver, Gold and Platinum tiering, which tier is for the most critical and complex contracts?",
                        "accepted": ["Platinum", "Platinum tier"],
                        "feedback": "Platinum is the most intensive tier, typically with a senior responsible owner, executive-level governance and detailed contingency planning.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "mobilisation",
                        "prompt": "What is the main purpose of a readiness review before a service starts?",
                        "options": [
                            {"text": "To let the supplier present its mobilisation achievements to senior leaders", "correct": False,
                             "feedback": "Presentations are not the point. The review tests evidence against agreed criteria."},
                            {"text": "To decide, on evidence against agreed criteria, whether the service is ready to start", "correct": True,
                             "feedback": "Correct. A named decision-maker makes a go or no-go decision on the evidence."},
                            {"text": "To confirm that the start date in the contract has arrived", "correct": False,
                             "feedback": "A date arriving is not the same as being ready."},
                            {"text": "To agree the KPI targets for the first time", "correct": False,
                             "feedback": "KPIs should already be set in the contract; the review checks they can be measured from day one."},
                        ],
                        "feedback": "Don't confuse a date with readiness. Agree the criteria, decision-maker and fallback options in advance.",
                    },
                    {
                        "type": "scenario",
                        "title": "Go-live in three weeks",
                        "stem": (
                            "<p>You are the contract manager for a council's new housing repairs contract, due to "
                            "start in three weeks. At the mobilisation meeting the supplier reports that its job "
                            "management system has not yet been connected to the council's tenant database, and "
                            "testing has not begun. The supplier says it is confident it can 'fix things after "
                            "go-live'. The head of housing has told councillors the new service starts on the "
                            "planned date.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "mobilisation",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Accept the supplier's assurance and keep to the date, because councillors have been told", "correct": False,
                                     "feedback": "Going live without a tested interface risks lost repair requests and failures affecting tenants. Public announcements do not change readiness."},
                                    {"text": "Raise it as a high-priority issue, get a dated recovery plan for testing, and make sure the go or no-go decision-maker knows the fallback options now", "correct": True,
                                     "feedback": "Correct. Escalating early, with evidence and options, lets the senior decision-maker choose calmly between recovery, a phased start or a delay."},
                                    {"text": "Issue a notice terminating the contract for failing to mobilise", "correct": False,
                                     "feedback": "Far too early and probably not open to you under the contract. The aim is a safe start, not a dispute."},
                                    {"text": "Say nothing until the readiness review, when the facts will be clearer", "correct": False,
                                     "feedback": "Waiting removes options. Three weeks is enough time to recover or to plan a fallback, but only if you act now."},
                                ],
                                "feedback": "Treat the gap as an issue to manage now: get a recovery plan, keep the readiness criteria, and prepare the decision-maker with options.",
                            },
                            {
                                "type": "true_false",
                                "lesson": "mobilisation",
                                "prompt": "If the interface is still untested at the readiness review, starting in phases or delaying the start are legitimate outcomes of the review.",
                                "answer": True,
                                "feedback": "True. A readiness review can lead to a go, a no-go or a phased start. That is why fallback options should be agreed in advance.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "governance-performance-payment",
            "title": "Governance, performance and payment",
            "summary": "Run governance that reaches decisions, measure performance with KPIs and service credits, and pay the right amount at the right time.",
            "lessons": [
                {
                    "slug": "governance",
                    "title": "Governance: meetings, roles and records",
                    "summary": "Set up proportionate governance at operational, tactical and strategic levels and keep records that stand up.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p><b>Governance</b> is the structure of meetings, roles, reports and decision rights "
                            "through which both parties manage a contract. On larger contracts it is usually set out "
                            "in a governance schedule. Its purpose is simple: to give both sides a clear view of "
                            "performance, to make decisions at the right level, and to deal with problems while they "
                            "are still small. Start with what your contract says, then add what is needed to make it "
                            "work in practice.</p>"
                        )),
                        ("heading", {"text": "Three levels of governance"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Operational</b> (weekly or monthly): day-to-day delivery, incidents, service "
                            "requests and immediate fixes, between the service managers on each side.</li>"
                            "<li><b>Tactical</b>, often called the contract review (monthly or quarterly): "
                            "performance against KPIs, service credits, changes, risks and issues, invoices and "
                            "improvement plans, between the contract manager and the supplier's account or contract "
                            "manager.</li>"
                            "<li><b>Strategic</b> (six-monthly or annual): direction, future needs, the health of "
                            "the relationship, major risks, innovation and exit planning, between senior owners on "
                            "both sides.</li>"
                            "</ul>"
                            "<p>Match the structure to the tier. A Bronze contract may need only an annual check-in; "
                            "a Platinum contract will need all three levels and possibly more.</p>"
                        )),
                        ("paragraph", (
                            "<p>Meetings work when the basics are in place. Each forum needs short terms of "
                            "reference: its purpose, members, frequency, what it can decide and what it must "
                            "escalate. Ask for the supplier's performance report several working days before the "
                            "meeting so you can check it against your own information rather than seeing it for "
                            "the first time at the table. Keep an action log with an owner and a date for every "
                            "action, record decisions explicitly and agree the notes promptly. Set a clear "
                            "escalation route, so a problem that cannot be solved at one level moves up rather than "
                            "going round in circles.</p>"
                        )),
                        ("key_point", {
                            "title": "Governance should reach decisions",
                            "body": (
                                "<p>A governance meeting that produces no decisions, owners or dates is a "
                                "conversation, not governance. Every meeting should end with clear actions, and "
                                "anything it cannot resolve should go up the escalation route.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Keep a complete <b>contract file</b>: the signed contract and every variation, "
                            "notices, correspondence, meeting notes, performance data, invoices and payments, the "
                            "risk register and a log of decisions with the reasons for them. If it is not written "
                            "down, it will be hard to prove it happened. Good records protect you in disputes and "
                            "audits, help you answer Freedom of Information requests, and let a successor pick up "
                            "the contract if you move on.</p>"
                        )),
                        ("paragraph", (
                            "<p>Governance also runs inside your own organisation. Decide who you report contract "
                            "performance to and how often: the service lead, a commercial or change board, the audit "
                            "committee, or in policing the office of the police and crime commissioner. Leaders "
                            "should hear about emerging problems from you, early, not from the local paper.</p>"
                        )),
                        ("case_study", {
                            "title": "Looking beyond cost and KPIs",
                            "organisation": "Cleveland Police and Steria",
                            "body": (
                                "<p>In 2010 Cleveland Police signed a long partnership with Steria worth about £175m "
                                "over ten years. It covered the control room, custody, IT, HR and finance. The "
                                "partnership brought cost savings and modern technology, but it also drew criticism "
                                "over the use of zero-hours contracts.</p>"
                                "<p>The case shows why strategic governance needs to look beyond savings and KPI "
                                "scores. Issues such as how a supplier employs the people delivering a public "
                                "service can affect staff morale, public confidence and the reputation of the "
                                "organisation that let the contract. A strategic board that discusses workforce "
                                "practices, public perception and values, as well as cost and performance, is more "
                                "likely to spot such concerns early and agree how to respond.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of the last contract meeting you attended or read the notes of. Did it produce "
                                "decisions, owners and dates? What one change would make the next meeting more useful?"
                            ),
                            "guidance": (
                                "<p>A useful answer is specific. Examples include asking for the performance report "
                                "five working days in advance, adding an action log reviewed at the start of each "
                                "meeting, inviting the person who can actually make decisions, or moving routine "
                                "operational items to a separate meeting so the contract review can focus on trends, "
                                "risks and improvement.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "kpis-and-service-credits",
                    "title": "KPIs and service credits",
                    "summary": "Define KPIs that measure what matters, validate the data and apply service credits consistently.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p><b>Key performance indicators (KPIs)</b> are the small set of measures that show "
                            "whether a contract is delivering what matters most. A contract may also require wider "
                            "management information, but the KPIs are the measures with consequences attached. A "
                            "good KPI has a clear definition, a target, a measurement method, a named data source, "
                            "a reporting period and an agreed owner. It should be linked to an outcome the public "
                            "or the organisation cares about, not just to activity.</p>"
                        )),
                        ("paragraph", (
                            "<p>Compare 'number of bins emptied' with '99.5% of scheduled collections completed on "
                            "the scheduled day, measured monthly from the in-cab system and checked against "
                            "complaints logged in the council's customer system'. The second tells you whether "
                            "residents are getting the service, how it is measured and how it will be checked. Be "
                            "alert to the 'watermelon' effect, where reports are green on the outside and red "
                            "inside. Test the numbers against complaints, user feedback, spot checks and site "
                            "visits.</p>"
                        )),
                        ("heading", {"text": "How service credits work"}),
                        ("paragraph", (
                            "<p><b>Service credits</b> are agreed reductions in the charges when performance falls "
                            "below a set service level. They reflect the lower value the authority has received and "
                            "give the supplier a financial reason to put things right. They are usually drafted as "
                            "an adjustment to the price rather than a punishment: the courts will not enforce a "
                            "clause that is a penalty out of all proportion to the authority's legitimate interest, "
                            "so credits should be proportionate. Most contracts cap the total at a percentage of the "
                            "charges, often called the amount 'at risk'.</p>"
                            "<p>Read your contract to find out:</p>"
                            "<ul>"
                            "<li>how credits are calculated and when they start to apply;</li>"
                            "<li>whether they are the authority's only remedy for that failure or come in addition to "
                            "other rights;</li>"
                            "<li>how they are recovered, for example by deduction from the next invoice or by credit note;</li>"
                            "<li>what level of failure triggers a remedial or rectification plan, or a right to "
                            "terminate.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Apply credits consistently, from validated data, in the way the contract sets out. "
                            "Routinely choosing not to apply them tells the supplier the standard does not really "
                            "matter and can weaken your position later. If there is a good reason not to apply a "
                            "credit, such as a failure caused by the authority, record the decision, the reason and "
                            "who approved it, and make clear that your wider rights are not affected.</p>"
                        )),
                        ("key_point", {
                            "title": "Service credits are a tool, not a target",
                            "body": (
                                "<p>The aim is a working service, not a stream of deductions. A supplier that pays "
                                "credits every month without improving may find it cheaper to fail than to fix the "
                                "problem. Use the contract's remedial plan process and escalation to get the root "
                                "cause addressed.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Performance is also becoming more public. Under the Procurement Act 2023, in force "
                            "since 24 February 2025, contracting authorities must set and publish at least three "
                            "KPIs for most contracts worth more than £5m and publish how the supplier has performed "
                            "against them, at least once a year. Write KPIs you would be comfortable defending in "
                            "public, and make sure the data behind them is sound.</p>"
                        )),
                        ("case_study", {
                            "title": "A waste supplier that keeps missing its KPI",
                            "organisation": "A district council (generic example)",
                            "body": (
                                "<p>A district council's waste collection supplier missed its collections KPI for "
                                "three months in a row. Service credits were deducted each month, but they were small "
                                "against the cost of hiring more drivers, and missed collections kept rising. The "
                                "supplier's report blamed road works and asked for the target to be relaxed.</p>"
                                "<p>The contract manager compared the supplier's figures with complaints data, which "
                                "showed the problems were concentrated on rounds run by agency drivers. Using the "
                                "contract's rectification plan clause, the council required a plan with dated "
                                "actions addressing driver recruitment and round design, and weekly reporting until "
                                "performance recovered. The target was not relaxed. The issue went on the agenda of "
                                "the next strategic meeting so that senior managers on both sides took ownership.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Take one KPI from a contract you know. Is it clearly defined, measured from reliable "
                                "data and linked to an outcome that matters? How would you spot a 'watermelon'?"
                            ),
                            "guidance": (
                                "<p>A good answer checks the definition (what exactly counts), the data source (who "
                                "collects it and can it be checked), the target and the link to an outcome. It names "
                                "at least one independent source to test the reported figure, such as complaints, "
                                "user surveys, staff feedback or spot checks. If the KPI measures activity rather "
                                "than outcome, it suggests a better wording to raise through change control.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "payment-and-invoicing",
                    "title": "Payment and invoicing",
                    "summary": "Understand the payment mechanism, check invoices properly, pay promptly and guard against fraud.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>Paying the right amount at the right time is one of the most basic duties of contract "
                            "management, and mistakes happen in both directions: overpayments waste public money, "
                            "and late payments damage suppliers, especially small businesses and charities. Start by "
                            "understanding the <b>payment mechanism</b> in your contract. Common types are a fixed "
                            "periodic charge, unit rates for volumes delivered, milestone payments, cost-based "
                            "payments with an agreed fee, and payment linked to results. Many contracts add annual "
                            "indexation (a price adjustment linked to an index such as CPI), service credit "
                            "deductions and sometimes shared savings.</p>"
                        )),
                        ("heading", {"text": "Checking an invoice"}),
                        ("paragraph", (
                            "<p>Before approving an invoice, check that:</p>"
                            "<ol>"
                            "<li>it quotes a valid purchase order and the right contract;</li>"
                            "<li>the prices match the contract, including any indexation correctly applied;</li>"
                            "<li>the goods or services were actually delivered, to the required standard;</li>"
                            "<li>volumes match your own records, not just the supplier's;</li>"
                            "<li>any service credits due have been deducted;</li>"
                            "<li>it is not a duplicate of an invoice already paid;</li>"
                            "<li>VAT is correct and the spend is within budget and approved by someone with authority.</li>"
                            "</ol>"
                        )),
                        ("paragraph", (
                            "<p>Pay valid, undisputed invoices promptly. Public contracts include a term requiring "
                            "payment within 30 days, and suppliers are expected to pass the same terms down to their "
                            "subcontractors; many public bodies aim to pay faster. Late payment can also entitle a "
                            "supplier to statutory interest. If you dispute part of an invoice, do not hold back the "
                            "whole amount: pay the undisputed part and raise the disputed element promptly, in the "
                            "way the contract requires, with your evidence.</p>"
                        )),
                        ("paragraph", (
                            "<p>Protect public money from fraud. <b>Mandate fraud</b>, where a criminal poses as a "
                            "supplier and asks for its bank details to be changed, is a well-known risk for public "
                            "bodies. Always verify a change of bank details by contacting the supplier on contact "
                            "details you already hold, never those given in the request. Keep duties separate, so "
                            "the person who confirms delivery is not the only person who approves payment. If you "
                            "find an overpayment, recover it using the contract's provisions, for example a right "
                            "to set off sums owed.</p>"
                        )),
                        ("key_point", {
                            "title": "Pay what is due, when it is due",
                            "body": (
                                "<p>No more, no less and no later. Check every invoice against the contract and your "
                                "own records, pay the undisputed amount on time, and verify any change of bank "
                                "details independently.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Finally, keep an eye on the bigger financial picture. Track spend against budget and "
                            "forecast ahead, including expected indexation and approved changes. On cost-based "
                            "contracts, use any open-book and audit rights to check what the supplier is charging. "
                            "A contract that is on budget in month six but heading for a large overspend by year end "
                            "should be reported early.</p>"
                        )),
                        ("case_study", {
                            "title": "Indexation applied twice",
                            "organisation": "A metropolitan borough council (generic example)",
                            "body": (
                                "<p>A metropolitan borough council paid monthly invoices for a building cleaning "
                                "contract priced on unit rates. During a routine check, a new contract manager "
                                "compared the rates on the invoices with the pricing schedule and the indexation "
                                "clause. The supplier's billing system had applied the annual CPI uplift twice, once "
                                "to the base rates and once again to the uplifted rates, for eleven months.</p>"
                                "<p>The council raised the error formally, agreed the amount with the supplier from "
                                "the invoice history and recovered it by deduction over three months under the "
                                "contract's set-off clause. It then added a rate check to its invoice approval "
                                "steps. No one had acted dishonestly; the error went unnoticed because invoices had "
                                "been approved by checking only that the service had been delivered.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "When did you, or your team, last check an invoice against the contract's pricing "
                                "schedule rather than simply confirming that the service was delivered?"
                            ),
                            "guidance": (
                                "<p>A good answer describes what is actually checked today and by whom. It compares "
                                "that with the full checklist: purchase order, contract prices and indexation, "
                                "delivery and quality, volumes, service credits, duplicates, VAT and authority. It "
                                "picks one or two missing checks to add, and considers whether the process for "
                                "changing supplier bank details is robust.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Governance, performance and payment: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "governance",
                        "prompt": "Which governance level is usually the right forum for reviewing monthly KPI performance, service credits, changes and risks?",
                        "options": [
                            {"text": "Operational", "correct": False,
                             "feedback": "Operational meetings deal with day-to-day delivery and incidents."},
                            {"text": "Tactical (the contract review)", "correct": True,
                             "feedback": "Correct. The contract review covers performance, credits, changes, risks, invoices and improvement."},
                            {"text": "Strategic", "correct": False,
                             "feedback": "Strategic meetings look at direction, relationship health, major risks and the future."},
                            {"text": "None; this is handled by email", "correct": False,
                             "feedback": "Performance needs a regular, recorded forum with decision rights."},
                        ],
                        "feedback": "Operational meetings handle day-to-day delivery, tactical contract reviews handle performance and contract administration, and strategic boards handle direction and relationship health.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "governance",
                        "prompt": "Which of these help a contract review meeting reach decisions? Select all that apply.",
                        "options": [
                            {"text": "Receiving the performance report several working days in advance", "correct": True,
                             "feedback": "Correct. It gives you time to check the figures against your own information."},
                            {"text": "An action log with an owner and date for every action", "correct": True,
                             "feedback": "Correct. Actions without owners and dates rarely happen."},
                            {"text": "Terms of reference stating what the meeting can decide and what it must escalate", "correct": True,
                             "feedback": "Correct. Clear decision rights and an escalation route stop problems going round in circles."},
                            {"text": "Keeping no notes, so that people speak freely", "correct": False,
                             "feedback": "Without a record, decisions cannot be proved or followed up."},
                        ],
                        "feedback": "Governance should reach decisions: prepare with data in advance, record decisions and actions, and know what to escalate.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "kpis-and-service-credits",
                        "prompt": "Service credits are usually designed as a proportionate adjustment to the price, not as a punishment.",
                        "answer": True,
                        "feedback": "True. Credits reflect the lower value received and encourage improvement. A clause that is a penalty out of all proportion to the authority's legitimate interest may not be enforceable.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "kpis-and-service-credits",
                        "prompt": "What fruit is used to describe performance reports that look green on the outside while the service is failing underneath?",
                        "accepted": ["watermelon", "a watermelon", "watermelons"],
                        "feedback": "The 'watermelon' effect. Test reported KPIs against complaints, user feedback, spot checks and site visits.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "payment-and-invoicing",
                        "prompt": "You receive an email, apparently from a supplier, asking you to update its bank details before the next payment. What should you do?",
                        "options": [
                            {"text": "Update the details, since the email comes from the supplier's usual domain", "correct": False,
                             "feedback": "Email addresses can be spoofed or accounts compromised. This is how mandate fraud works."},
                            {"text": "Call the number in the email to confirm", "correct": False,
                             "feedback": "If the email is fraudulent, so is the number in it."},
                            {"text": "Verify the request with the supplier using contact details you already hold, and follow your finance team's procedure", "correct": True,
                             "feedback": "Correct. Independent verification through known contacts is the key defence against mandate fraud."},
                            {"text": "Stop paying the supplier until the next contract review", "correct": False,
                             "feedback": "Valid invoices must still be paid on time; verify the request instead."},
                        ],
                        "feedback": "Always verify a change of bank details independently, using contact details you already hold.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "payment-and-invoicing",
                        "prompt": "If you dispute one line on an invoice, the correct approach is to withhold payment of the whole invoice until the dispute is settled.",
                        "answer": False,
                        "feedback": "False. Pay the undisputed part on time and raise the disputed element promptly, with evidence, as the contract requires.",
                    },
                    {
                        "type": "scenario",
                        "title": "Credits paid, nothing fixed",
                        "stem": (
                            "<p>A council's grounds maintenance supplier has missed its grass-cutting KPI in four of "
                            "the last five months. Service credits have been deducted each time, and the supplier "
                            "has not disputed them. At the contract review its manager says the credits 'settle the "
                            "matter'. Complaints from residents and councillors are growing.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "kpis-and-service-credits",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Nothing more: the credits compensate the council, so the matter is settled", "correct": False,
                                     "feedback": "Credits are a tool, not the goal. Residents still are not getting the service, and a supplier may find paying credits cheaper than fixing the problem."},
                                    {"text": "Check what the contract says about remedies for repeated failure, then require a rectification plan addressing the root cause and escalate through governance", "correct": True,
                                     "feedback": "Correct. Repeated failure usually triggers further remedies. A dated plan tackling the root cause, with senior attention, is the way to get the service fixed."},
                                    {"text": "Stop deducting credits as a goodwill gesture to improve the relationship", "correct": False,
                                     "feedback": "That tells the supplier the standard does not matter and weakens your position."},
                                    {"text": "Relax the KPI target so that the supplier can meet it", "correct": False,
                                     "feedback": "Lowering the target removes the problem from the report, not from the streets, and would itself be a contract change."},
                                ],
                                "feedback": "When credits are not changing behaviour, use the contract's remedial plan and escalation routes to get the root cause fixed.",
                            },
                            {
                                "type": "multiple_response",
                                "lesson": "kpis-and-service-credits",
                                "prompt": "Which sources could you use to check whether the supplier's performance reports reflect reality? Select all that apply.",
                                "options": [
                                    {"text": "Resident complaints and councillor enquiries", "correct": True,
                                     "feedback": "Correct. Complaints are an independent signal of service quality."},
                                    {"text": "Spot checks and site visits", "correct": True,
                                     "feedback": "Correct. Seeing the service for yourself is one of the best checks."},
                                    {"text": "The supplier's own summary of its performance", "correct": False,
                                     "feedback": "That is the report you are trying to test, so it cannot verify itself."},
                                ],
                                "feedback": "Triangulate reported KPIs with independent sources such as complaints, spot checks and user feedback.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "change-risk-and-disputes",
            "title": "Change, risk and disputes",
            "summary": "Keep control of changes, manage risks and issues before they hurt, and resolve disagreements without losing the service.",
            "lessons": [
                {
                    "slug": "change-control",
                    "title": "Change control",
                    "summary": "Propose, assess, approve and record every change so that both parties are bound to the same agreement.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>Contracts change. Volumes rise and fall, laws change, technology moves on and the "
                            "organisation's needs shift. <b>Change control</b> is the agreed procedure for "
                            "proposing, assessing, approving and recording changes, so that both parties know "
                            "exactly what has been agreed and what it costs. It is usually set out in a clause or "
                            "schedule of the contract, and it applies to changes the authority wants as well as "
                            "changes the supplier proposes.</p>"
                        )),
                        ("paragraph", (
                            "<p>A typical process runs like this:</p>"
                            "<ol>"
                            "<li><b>Change request</b>: either party describes the change and the reason for it.</li>"
                            "<li><b>Impact assessment</b>: the supplier sets out, within a set time, the effect on "
                            "price, timescales, KPIs, risks, other services and data protection.</li>"
                            "<li><b>Evaluation</b>: the authority checks value for money (for example against "
                            "benchmarks or open-book data), budget and whether the change is legally permissible.</li>"
                            "<li><b>Approval</b>: by someone with the right delegated authority.</li>"
                            "<li><b>Formal variation</b>: a signed change note or variation agreement before work starts.</li>"
                            "<li><b>Update</b>: the contract file, summary, KPIs, risk register and any notices that must be published.</li>"
                            "</ol>"
                        )),
                        ("heading", {"text": "Informal change: the hidden risk"}),
                        ("paragraph", (
                            "<p>The most common problem is not a badly run change process but changes that bypass it "
                            "altogether. A manager asks the supplier to 'just do' an extra task, extend opening "
                            "hours or add users. The supplier obliges, then later invoices for the work or raises "
                            "it in a claim. Over time the service drifts so far from the contract that nobody can "
                            "say what was agreed, and the authority struggles to enforce the original standard. "
                            "Even where the contract says every change must be in writing, a pattern of informal "
                            "instructions creates arguments about what was agreed and who should pay.</p>"
                        )),
                        ("key_point", {
                            "title": "No change without a signed change note",
                            "body": (
                                "<p>Agree and sign the change before the work starts, with the price and impact "
                                "understood and approval from someone with the authority to give it. Tell operational "
                                "colleagues clearly that requests for extra work go through the contract manager.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>There are also legal limits. A public contract cannot be changed without limit, "
                            "because a large change could amount to a new contract that should have been "
                            "competed. Under the Procurement Act 2023, a contract procured under the Act may be "
                            "modified only on specified grounds, for example where the change was clearly provided "
                            "for in the original contract, or where it is not substantial or falls below set value "
                            "limits, and many modifications require a contract change notice to be published. "
                            "Contracts awarded under the earlier Public Contracts Regulations 2015 continue to "
                            "follow those rules. Talk to your procurement or legal colleagues before agreeing any "
                            "significant change.</p>"
                        )),
                        ("paragraph", (
                            "<p>Keep the process proportionate. Set out in your contract management plan which "
                            "changes can be handled operationally within the contract's existing flexibility, such "
                            "as volumes within an agreed range, and which need a formal variation. Keep a change "
                            "log and watch the cumulative effect: ten small changes can add up to a large increase "
                            "on the original value and a service quite different from the one procured.</p>"
                        )),
                        ("case_study", {
                            "title": "Eighteen months of small favours",
                            "organisation": "A government department (generic example)",
                            "body": (
                                "<p>A government department outsourced its IT service desk. Over eighteen months, "
                                "several business units asked the supplier directly for extra reports, longer "
                                "opening hours during a busy period and support for a new group of users. None of "
                                "the requests went through the change procedure. The supplier then presented a claim "
                                "for several hundred thousand pounds of additional work.</p>"
                                "<p>Because there were no change notes, the department could neither show that the "
                                "work had been agreed at the contract price nor easily dispute that it had been "
                                "requested. After a lengthy negotiation it settled part of the claim. It then "
                                "introduced a single route for all requests through the contract manager, a change "
                                "log reviewed at every contract review and a short briefing for business units on "
                                "why informal requests cost money.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Is the service you receive under one of your contracts exactly what the contract "
                                "describes? If not, how did the differences arise, and are they recorded?"
                            ),
                            "guidance": (
                                "<p>Many contracts drift over time. A good answer identifies any differences between "
                                "the contract and current practice, whether each was formally agreed, and its effect "
                                "on price and performance measures. It proposes how to regularise unrecorded changes "
                                "through the change procedure, and how to stop new informal requests, for example by "
                                "setting up a single route for requests.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "risks-and-issues",
                    "title": "Managing risks and issues",
                    "summary": "Describe, assess and own contract risks, act on issues, and plan for supplier failure before it happens.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>A <b>risk</b> is something uncertain that might happen and would affect what the "
                            "contract is meant to achieve. An <b>issue</b> is something that has already happened "
                            "and needs action now. Good risk management turns fewer risks into issues; good issue "
                            "management stops issues becoming crises. Both should be regular items at governance "
                            "meetings, not documents written once at the start and forgotten.</p>"
                        )),
                        ("paragraph", (
                            "<p>Describe each risk clearly, using cause, event and consequence. For example: "
                            "'Because the supplier relies heavily on agency drivers (cause), there is a risk that it "
                            "cannot staff all rounds during the summer holidays (event), leading to missed "
                            "collections and complaints (consequence).' Then assess its likelihood and impact, often "
                            "on a simple scoring scale, and give it an owner. Decide on a response: avoid the risk, "
                            "reduce it, share or transfer it, or accept it within your organisation's risk appetite, "
                            "and plan what you would do if it happened. Review scores and actions at each contract "
                            "review.</p>"
                        )),
                        ("heading", {"text": "Where contract risks come from"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Performance and capacity</b>: the supplier cannot recruit, retain or deploy enough "
                            "skilled people.</li>"
                            "<li><b>Supplier financial distress</b>: warning signs include late payment of "
                            "subcontractors or staff, rising staff turnover, key people leaving, late filing of "
                            "accounts, profit warnings, falling credit scores and requests to be paid early.</li>"
                            "<li><b>Dependency</b>: reliance on one supplier, one product or a thin market.</li>"
                            "<li><b>The authority itself</b>: late decisions, budget cuts, loss of in-house "
                            "knowledge.</li>"
                            "<li><b>External change</b>: new legislation, cyber attacks, data breaches, severe "
                            "weather.</li>"
                            "<li><b>Subcontractors</b>: failure further down the supply chain.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Most contracts benefit from two registers. A <b>joint risk register</b>, shared with "
                            "the supplier, covers delivery risks that both sides need to manage together. An "
                            "<b>internal register</b> covers risks you would not share, such as concerns about the "
                            "supplier's finances or plans to re-procure. Keep an <b>issue log</b> too: what "
                            "happened, its impact, the action being taken, the owner and the date. Agree when issues "
                            "must be escalated, for example when they affect a critical service or exceed a cost "
                            "threshold.</p>"
                        )),
                        ("key_point", {
                            "title": "Plan for supplier failure before it happens",
                            "body": (
                                "<p>For every critical contract, know what you would do if the supplier stopped "
                                "trading tomorrow: which services matter most, who could step in, what data and "
                                "assets you would need, and who would decide. Plans made in a crisis are worse than "
                                "plans made in advance.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "When a major supplier fails",
                            "organisation": "Carillion",
                            "body": (
                                "<p>Carillion, a major supplier to government, went into liquidation in January "
                                "2018. The government's Outsourcing Playbook followed in 2019, later becoming the "
                                "Sourcing Playbook, setting out expectations for how public bodies decide on, buy "
                                "and manage outsourced services.</p>"
                                "<p>For a contract manager, the lesson is that large, established suppliers can fail "
                                "too. Watching for early warning signs and having a workable contingency plan are "
                                "routine parts of managing any high-tier contract, not extras for when things look "
                                "bad. Ask yourself whether, for each critical contract you manage, you could keep "
                                "the service going if the supplier failed this week.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Write one risk for a contract you know, using the cause, event and consequence "
                                "format. Who owns it, and what is being done about it?"
                            ),
                            "guidance": (
                                "<p>A good risk statement is specific enough to act on. 'Supplier failure' is too "
                                "vague; 'because the supplier depends on one subcontractor for out-of-hours cover, "
                                "there is a risk of no cover if that subcontractor withdraws, leaving calls "
                                "unanswered' is better. A strong answer names an owner, a response (reduce, avoid, "
                                "share or accept) and a contingency, and says when the risk will next be reviewed.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "disputes-and-escalation",
                    "title": "Disputes and escalation",
                    "summary": "Resolve disagreements at the lowest effective level, follow the contract's procedure and keep the service running.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Disagreements are a normal part of any contract: about what the specification means, "
                            "whether a change is chargeable, or whether a failure was the supplier's fault. A "
                            "<b>dispute</b> is a disagreement that normal contract management has not resolved. The "
                            "aim is to settle it at the lowest level that works, as quickly and cheaply as possible, "
                            "while protecting your organisation's position and keeping the service running.</p>"
                        )),
                        ("paragraph", (
                            "<p>Many disputes can be prevented. Clear records, prompt replies to correspondence, "
                            "early conversations when something looks wrong, and a focus on the problem rather than "
                            "the people all reduce the chance that a disagreement hardens. When you do disagree, set "
                            "out the facts, the relevant contract clause and the evidence, and try to understand the "
                            "supplier's underlying concern.</p>"
                        )),
                        ("heading", {"text": "The contract's dispute resolution procedure"}),
                        ("paragraph", (
                            "<p>Most public contracts set out a tiered procedure with time limits at each step. A "
                            "typical sequence is:</p>"
                            "<ol>"
                            "<li>a formal dispute notice, served as the contract's notices clause requires;</li>"
                            "<li>negotiation between the contract managers;</li>"
                            "<li>escalation to senior representatives of both parties;</li>"
                            "<li><b>mediation</b>, where a neutral mediator helps the parties reach their own "
                            "agreement, which becomes binding only when they sign a settlement;</li>"
                            "<li><b>expert determination</b> for technical or valuation questions, where an "
                            "independent expert decides, usually bindingly;</li>"
                            "<li>arbitration or the courts as a last resort.</li>"
                            "</ol>"
                            "<p>Construction contracts also carry a statutory right to adjudication. Follow the "
                            "steps in order and within their time limits; skipping them can cause procedural "
                            "problems and the courts expect parties to have tried to settle.</p>"
                        )),
                        ("paragraph", (
                            "<p>A few practical points matter a great deal. Most contracts require the supplier to "
                            "keep performing while a dispute is resolved, and the authority should keep paying "
                            "undisputed sums. Notices must be served exactly as the contract specifies (to the right "
                            "address, by the right method) or they may not be valid. Genuine attempts to settle can "
                            "be marked 'without prejudice', which generally stops them being used in court. Build a "
                            "chronology of the facts with supporting documents, involve legal colleagues early, and "
                            "weigh the cost of pursuing a point against its value and the effect on the "
                            "relationship.</p>"
                        )),
                        ("key_point", {
                            "title": "Escalation is a tool, not a failure",
                            "body": (
                                "<p>Escalating a disagreement through the agreed route is the contract working as "
                                "designed. Escalate early, with facts and a proposed solution, rather than letting a "
                                "dispute fester at working level.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Escalation also applies to poor performance. Contracts usually provide a ladder of "
                            "remedies: a remedial or rectification plan, warning notices, sometimes step-in rights, "
                            "and finally termination for default. Follow each step exactly as the contract sets it "
                            "out, because a termination that does not follow the procedure can itself be a breach. "
                            "Termination is a last resort, and should never be threatened without a plan for who "
                            "will provide the service next.</p>"
                        )),
                        ("case_study", {
                            "title": "Planned or reactive?",
                            "organisation": "A metropolitan borough council (generic example)",
                            "body": (
                                "<p>A metropolitan borough council and its facilities management supplier disagreed "
                                "about a series of roof repairs. The supplier said they were reactive repairs, "
                                "payable at extra cost; the council said they fell within planned maintenance covered "
                                "by the fixed annual charge. Working-level discussions went round in circles for "
                                "three months.</p>"
                                "<p>The contract manager prepared a short chronology with the relevant clauses, "
                                "photographs and the maintenance schedule, and used the contract's procedure to "
                                "escalate to senior representatives. They could not agree, so, as the contract "
                                "provided, the question was referred to an independent surveyor for expert "
                                "determination. The repairs went ahead while the dispute was resolved, and both "
                                "parties then used the decision to clarify similar cases in future.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Find the dispute resolution clause in one of your contracts. What are the steps, "
                                "the time limits and the people named at each level?"
                            ),
                            "guidance": (
                                "<p>A good answer lists the steps in order, the time allowed at each, who represents "
                                "each party at each level and how notices must be served. It checks whether the named "
                                "people are still in post and whether the supplier must continue performing during a "
                                "dispute. If the clause names roles that no longer exist, agree replacements through "
                                "governance now, before a dispute arises.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Change, risk and disputes: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "change-control",
                        "prompt": "An operational manager asks the supplier to extend service desk hours for a month 'as a favour'. What is the main risk?",
                        "options": [
                            {"text": "None, because the supplier agreed", "correct": False,
                             "feedback": "Informal agreement often leads to an invoice or claim later, and muddies what the contract requires."},
                            {"text": "The supplier may later charge or claim for the work, and what has been agreed becomes unclear", "correct": True,
                             "feedback": "Correct. Changes that bypass change control are a common source of cost and dispute."},
                            {"text": "The supplier's KPIs will automatically be suspended", "correct": False,
                             "feedback": "KPIs are not automatically affected; the issue is cost and clarity."},
                            {"text": "The contract will become void", "correct": False,
                             "feedback": "An informal change does not void a contract, but it creates real commercial risk."},
                        ],
                        "feedback": "Route every change through change control, with the impact priced and approval from someone with authority before work starts.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "change-control",
                        "prompt": "Which of these belong in a sound change control process? Select all that apply.",
                        "options": [
                            {"text": "An impact assessment covering price, timescales, KPIs and risks", "correct": True,
                             "feedback": "Correct. You need to understand the full effect before approving."},
                            {"text": "Approval by someone with the right delegated authority", "correct": True,
                             "feedback": "Correct. Only authorised people can bind the organisation."},
                            {"text": "A signed change note before work starts", "correct": True,
                             "feedback": "Correct. No change without a signed change note."},
                            {"text": "Checking whether the change is permitted under procurement law", "correct": True,
                             "feedback": "Correct. Public contracts cannot be changed without limit; take advice on significant changes."},
                        ],
                        "feedback": "Request, impact assessment, evaluation (including legal permissibility), approval, signed variation and updated records.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "risks-and-issues",
                        "prompt": "An issue is something that might happen in the future; a risk is something that has already happened.",
                        "answer": False,
                        "feedback": "False. It is the other way round: a risk is uncertain and in the future, an issue has happened and needs action now.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "risks-and-issues",
                        "prompt": "Which of these could be early warning signs that a supplier is in financial difficulty? Select all that apply.",
                        "options": [
                            {"text": "Subcontractors complaining of late payment", "correct": True,
                             "feedback": "Correct. Stretching payments to the supply chain is a classic sign of cash pressure."},
                            {"text": "A request to be paid earlier than the contract requires", "correct": True,
                             "feedback": "Correct. Asking for early payment can indicate cash-flow problems."},
                            {"text": "Late filing of accounts and key people leaving", "correct": True,
                             "feedback": "Correct. Both are recognised warning signs worth investigating."},
                            {"text": "Meeting every KPI for twelve months", "correct": False,
                             "feedback": "Good performance is not a warning sign, although it does not prove financial health either."},
                        ],
                        "feedback": "Watch for late payments down the chain, requests for early payment, late accounts, falling credit scores, profit warnings, and staff or key people leaving.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "disputes-and-escalation",
                        "prompt": "Name the dispute resolution method in which a neutral third party helps the parties reach their own agreement, which is binding only once they sign a settlement.",
                        "accepted": ["mediation", "mediator", "a mediation"],
                        "feedback": "Mediation. Expert determination and arbitration, by contrast, involve a third party making a decision.",
                    },
                    {
                        "type": "scenario",
                        "title": "A dispute over extra charges",
                        "stem": (
                            "<p>A police force's vehicle maintenance supplier has invoiced £40,000 for work it says "
                            "falls outside the fixed price. The force's contract manager believes the work is "
                            "covered. Two months of working-level discussion have not resolved it, and the "
                            "supplier's account manager has hinted that it may 'slow down non-urgent jobs' until "
                            "the invoice is paid.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "disputes-and-escalation",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Pay the invoice to protect the service", "correct": False,
                                     "feedback": "Paying a sum you believe is not due wastes public money and sets a precedent."},
                                    {"text": "Follow the contract's dispute procedure: serve notice as the clause requires, escalate to senior representatives with a chronology and evidence, and remind the supplier of its duty to keep performing", "correct": True,
                                     "feedback": "Correct. The agreed procedure moves the dispute up a level, and most contracts require performance to continue during a dispute."},
                                    {"text": "Go straight to court to show the supplier the force is serious", "correct": False,
                                     "feedback": "Litigation is a last resort. Skipping the contract's steps can cause procedural problems and is costly."},
                                    {"text": "Withhold payment of all the supplier's invoices until it backs down", "correct": False,
                                     "feedback": "Undisputed sums should still be paid. Withholding them could put the force in breach."},
                                ],
                                "feedback": "Use the contract's escalation route with evidence, keep paying undisputed sums, and insist the service continues.",
                            },
                            {
                                "type": "true_false",
                                "lesson": "disputes-and-escalation",
                                "prompt": "A dispute notice sent to the supplier's account manager by text message is bound to be valid, whatever the notices clause says.",
                                "answer": False,
                                "feedback": "False. Notices must be served exactly as the contract's notices clause specifies, or they may not be valid.",
                            },
                        ],
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "exit-and-closure",
            "title": "Exit, transition and closure",
            "summary": "Plan the end of a contract from the start, handle staff transfers under TUPE and close the contract properly.",
            "lessons": [
                {
                    "slug": "exit-transition-and-tupe",
                    "title": "Exit, transition and TUPE",
                    "summary": "Keep an exit plan alive, work back from the end date and recognise when TUPE is likely to apply.",
                    "estimated_minutes": 18,
                    "body": [
                        ("paragraph", (
                            "<p>Every contract ends, whether at expiry, through early termination or because the "
                            "service is no longer needed. <b>Exit management</b> is the set of arrangements that keep "
                            "the service running while it moves to a new supplier, back in-house or to a close. A "
                            "poorly planned exit can leave an organisation without the data, assets, knowledge or "
                            "staff it needs, and with little bargaining power if it has to ask the incumbent for "
                            "more time.</p>"
                        )),
                        ("paragraph", (
                            "<p>Most contracts of any size require an <b>exit plan</b>, often to be agreed within a "
                            "few months of the start and updated regularly. It should cover: which assets belong to "
                            "whom and what happens to them; the data and documents to be handed back, and in what "
                            "format; software licences and intellectual property; knowledge transfer; information "
                            "about the staff working on the contract; subcontracts that may need to transfer; any "
                            "termination assistance the supplier must provide and what it costs; security, such as "
                            "removing access to systems and buildings; and a timetable with named "
                            "responsibilities.</p>"
                        )),
                        ("heading", {"text": "Planning the timeline"}),
                        ("paragraph", (
                            "<p>Work back from the end date. For a large or complex contract, the decision about "
                            "what happens next (extend, re-procure, bring in-house or stop) typically needs to be "
                            "made well over a year before expiry, because a new procurement and the next supplier's "
                            "mobilisation both take time. Note any deadlines for using extension options. Keep "
                            "governance and KPIs running to the last day: a supplier that knows it is leaving has "
                            "less incentive to perform, and key staff may move to other contracts unless the "
                            "contract restricts it.</p>"
                        )),
                        ("paragraph", (
                            "<p>When a service moves from one provider to another, staff may move with it. The "
                            "<b>Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE)</b> "
                            "cover a 'service provision change': when a service is outsourced for the first time, "
                            "moves from one contractor to another, or is brought back in-house. Employees in an "
                            "organised group whose main purpose is delivering that service usually transfer "
                            "automatically to the new employer, keeping their existing terms and conditions and "
                            "continuity of service. Key points for a contract manager:</p>"
                            "<ul>"
                            "<li>the outgoing employer must give the incoming employer employee liability "
                            "information at least 28 days before the transfer;</li>"
                            "<li>both employers must inform, and where measures are planned consult, representatives "
                            "of the affected employees;</li>"
                            "<li>dismissals because of the transfer are automatically unfair unless there is an "
                            "economic, technical or organisational reason entailing changes in the workforce;</li>"
                            "<li>pensions are complex, and public-sector pension protections may apply, so take "
                            "specialist advice;</li>"
                            "<li>police officers hold an office rather than being employees, so TUPE applies to "
                            "police staff but not in the same way to warranted officers.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>The contract manager is not the TUPE expert; HR and legal colleagues lead on that. "
                            "Your job is to make sure the contract's provisions are used: most outsourcing contracts "
                            "require the supplier to provide anonymised workforce information during re-procurement, "
                            "so that bidders can price the cost of transferring staff. Uncertain or late workforce "
                            "data pushes up prices and can delay the transition.</p>"
                        )),
                        ("key_point", {
                            "title": "Plan the exit on day one",
                            "body": (
                                "<p>Agree the exit plan early and keep it current. Know your key dates, what data and "
                                "assets you need back, and what workforce information you will need, long before the "
                                "end is in sight.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A ten-year contract has an end date too",
                            "organisation": "Lincolnshire Police and G4S",
                            "body": (
                                "<p>In 2012 Lincolnshire Police outsourced much of its back office and support "
                                "services to G4S, in a contract worth about £200m over ten years.</p>"
                                "<p>We use this example for its shape, not to describe what later happened. A "
                                "contract of that scale and length makes exit planning a long-term task. Over ten "
                                "years, in-house knowledge of how those services work fades, staff move across to "
                                "the supplier, and systems and data become bound up with the supplier's own. Any "
                                "decision about what comes next, whether to extend, re-procure or bring services "
                                "back in-house, would need to be taken years before the end date, informed by a "
                                "current exit plan, reliable workforce information for TUPE purposes and a clear "
                                "view of which assets and data belong to the force.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a contract you work with, when must the decision about what happens at expiry be "
                                "made, working back from the end date? Does an up-to-date exit plan exist?"
                            ),
                            "guidance": (
                                "<p>A good answer works backwards: the end date, the time the next supplier needs to "
                                "mobilise, the time a procurement takes, and the time needed to decide the approach "
                                "and get approval. It notes any extension option deadlines. It checks whether the "
                                "exit plan exists, when it was last updated, and whether it covers data, assets, "
                                "licences and workforce information. If the decision date has already passed, the "
                                "answer should say so and suggest escalating it.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "closure-and-lessons-learned",
                    "title": "Closure and lessons learned",
                    "summary": "Close a contract properly, remember what survives its end, and turn lessons into changes.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p><b>Contract closure</b> is the formal end of a contract once exit is complete: "
                            "confirming that all obligations have been met, settling the final account, tidying up "
                            "access and assets, and capturing what the organisation has learned. It is often "
                            "skipped because the team has already moved on to the new contract, which is how "
                            "unrecovered money, orphaned system accounts and repeated mistakes come about.</p>"
                        )),
                        ("paragraph", (
                            "<p>A closure checklist typically covers:</p>"
                            "<ul>"
                            "<li>all deliverables received and accepted;</li>"
                            "<li>final invoices checked and paid, outstanding service credits and any retentions "
                            "settled, and open disputes resolved;</li>"
                            "<li>assets returned, and any guarantees or bonds released or retained as appropriate;</li>"
                            "<li>data returned or securely destroyed, with written confirmation;</li>"
                            "<li>supplier access to systems and buildings removed and passes returned;</li>"
                            "<li>purchase orders closed and the contracts register updated;</li>"
                            "<li>any notices that must be published, such as a contract termination notice under the "
                            "Procurement Act 2023 for contracts covered by it.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "What survives the end of a contract"}),
                        ("paragraph", (
                            "<p>Some obligations outlast the contract. Confidentiality, data protection, warranties, "
                            "defects periods, indemnities and audit rights commonly continue after expiry, and in "
                            "England and Wales a claim for breach of contract can generally be brought for six years "
                            "after the breach, or twelve where the contract was signed as a deed. Keep the contract "
                            "file in line with your organisation's records retention policy, so that the evidence is "
                            "there if it is needed.</p>"
                        )),
                        ("paragraph", (
                            "<p>Then hold a <b>lessons learned</b> review, with the service users and internal "
                            "stakeholders and, separately or jointly, with the supplier. Look across the whole life "
                            "of the contract: was the specification right, did the KPIs measure what mattered, did "
                            "the payment mechanism encourage the right behaviour, was the tier right, how well did "
                            "mobilisation, change control and exit work? Use evidence, not only impressions, and "
                            "record what went well as well as what went badly.</p>"
                        )),
                        ("key_point", {
                            "title": "A lesson is not learned until something changes",
                            "body": (
                                "<p>Turn each lesson into a specific action with an owner: a revised specification, "
                                "a better KPI, a new step in the invoice check, a template clause. Feed them into the "
                                "next procurement and share them with colleagues and partner organisations.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>The best time to gather lessons is throughout the contract, not only at the end. Keep "
                            "a running note of things you would do differently, and review it at strategic "
                            "governance meetings. By the time closure arrives, much of the work is already done.</p>"
                        )),
                        ("case_study", {
                            "title": "Lessons into the next specification",
                            "organisation": "A county council (generic example)",
                            "body": (
                                "<p>At the end of a seven-year highways maintenance contract, a county council held "
                                "a lessons learned workshop before writing the specification for its replacement. "
                                "Three lessons stood out. The KPIs had measured how many potholes were filled rather "
                                "than whether repairs lasted, so some roads were patched repeatedly. Informal changes "
                                "had added work that was never properly priced. And the exit plan had not said what "
                                "format asset data should be returned in, so the council spent months cleaning it.</p>"
                                "<p>The new contract included a KPI on repairs that lasted, a single change route "
                                "through the contract manager, and an exit schedule specifying data formats. The "
                                "council also closed more than a hundred supplier accounts on its systems that had "
                                "never been removed.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of a contract that ended recently in your organisation. Was it formally "
                                "closed, and did anything change as a result of what was learned?"
                            ),
                            "guidance": (
                                "<p>A good answer checks the closure basics: final account, data, access, assets and "
                                "records. It names at least one lesson and whether it led to a concrete change, such "
                                "as a revised template or specification. If no review happened, it suggests a short "
                                "session, even now, with the people who managed and used the service.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Exit, transition and closure: module quiz",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "exit-transition-and-tupe",
                        "prompt": "When should the exit plan for a major outsourcing contract first be agreed?",
                        "options": [
                            {"text": "Early in the contract, and kept up to date throughout", "correct": True,
                             "feedback": "Correct. Plan the exit on day one; many contracts require it within months of the start."},
                            {"text": "Six months before expiry", "correct": False,
                             "feedback": "Too late for a large contract: procurement and mobilisation of a successor take longer."},
                            {"text": "Only if the contract is terminated early", "correct": False,
                             "feedback": "Every contract ends, so every contract of any size needs an exit plan."},
                            {"text": "After the new supplier has been appointed", "correct": False,
                             "feedback": "By then you may already lack the data and workforce information bidders needed."},
                        ],
                        "feedback": "Agree the exit plan early and keep it current, so it is ready whenever the contract ends.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "exit-transition-and-tupe",
                        "prompt": "What is the usual short name for the Transfer of Undertakings (Protection of Employment) Regulations 2006?",
                        "accepted": ["TUPE", "TUPE 2006", "the TUPE regulations"],
                        "feedback": "TUPE. Under a service provision change, employees assigned to the service usually transfer automatically on their existing terms.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "exit-transition-and-tupe",
                        "prompt": "Under TUPE, the outgoing employer must give the incoming employer employee liability information at least 28 days before the transfer.",
                        "answer": True,
                        "feedback": "True. Late or incomplete workforce information makes pricing and planning the transition harder.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "closure-and-lessons-learned",
                        "prompt": "Which of these belong on a contract closure checklist? Select all that apply.",
                        "options": [
                            {"text": "Confirming data has been returned or securely destroyed", "correct": True,
                             "feedback": "Correct. Get written confirmation."},
                            {"text": "Removing supplier access to systems and buildings", "correct": True,
                             "feedback": "Correct. Orphaned accounts and passes are a security risk."},
                            {"text": "Settling the final account, including outstanding service credits", "correct": True,
                             "feedback": "Correct. Money owed in either direction should be resolved."},
                            {"text": "Destroying the contract file immediately", "correct": False,
                             "feedback": "Keep records in line with your retention policy: some obligations and claims outlast the contract."},
                        ],
                        "feedback": "Closure confirms obligations are met, settles money, secures data, access and assets, and keeps the records.",
                    },
                    {
                        "type": "scenario",
                        "title": "Eighteen months to go",
                        "stem": (
                            "<p>A council's leisure centre management contract expires in eighteen months, with no "
                            "extension options left. No decision has been made about what happens next. The exit "
                            "plan was written at the start of the contract six years ago and has not been updated. "
                            "Around 120 staff work on the contract.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "exit-transition-and-tupe",
                                "prompt": "What should you do next?",
                                "options": [
                                    {"text": "Wait until twelve months before expiry, when the picture will be clearer", "correct": False,
                                     "feedback": "Time is already short: a decision, a procurement and mobilisation all have to fit before the end date."},
                                    {"text": "Escalate the need for an urgent decision on the future approach, and require the supplier to update the exit plan and provide workforce information as the contract allows", "correct": True,
                                     "feedback": "Correct. Work back from the end date, get a decision made, and use the contract's exit and information provisions now."},
                                    {"text": "Ask the supplier informally to carry on after expiry on the same terms", "correct": False,
                                     "feedback": "With no extension options left, this could breach procurement rules and leaves the council in a weak negotiating position."},
                                    {"text": "Tell the staff they will all transfer to the council", "correct": False,
                                     "feedback": "No decision has been made, and TUPE communications must be handled properly with HR and the employers involved."},
                                ],
                                "feedback": "Work back from the end date, escalate for a decision, and refresh the exit plan and workforce data now.",
                            },
                        ],
                    },
                    {
                        "type": "true_false",
                        "lesson": "closure-and-lessons-learned",
                        "prompt": "Some obligations, such as confidentiality and audit rights, commonly continue after a contract has ended.",
                        "answer": True,
                        "feedback": "True. Confidentiality, data protection, warranties, indemnities and audit rights often survive expiry, which is one reason to keep the contract file.",
                    },
                ],
            },
        },
    ],
    "final_assessment": {
        "title": "Contract management foundation: final assessment",
        "questions": [
            {
                "type": "single_choice",
                "lesson": "the-contract-managers-role",
                "prompt": "Which of these is the best first step when you take over an existing contract?",
                "options": [
                    {"text": "Read the whole contract, including the schedules, and write a summary of its key terms and dates", "correct": True,
                     "feedback": "Correct. You cannot manage what you do not know, and missed dates are a common, avoidable problem."},
                    {"text": "Arrange a meeting to renegotiate the price", "correct": False,
                     "feedback": "You need to understand the contract and its performance before considering any change."},
                    {"text": "Rely on the supplier's summary of the contract", "correct": False,
                     "feedback": "The supplier's view may be accurate, but you need your own understanding."},
                    {"text": "Wait until a problem arises before reading the contract", "correct": False,
                     "feedback": "By then deadlines may have passed and options lapsed."},
                ],
                "feedback": "Know your contract: scope, price, dates, KPIs, change procedure, governance, disputes, termination and exit.",
            },
            {
                "type": "true_false",
                "lesson": "the-contract-managers-role",
                "prompt": "A contract manager may agree any change to a contract, provided the supplier accepts it in writing.",
                "answer": False,
                "feedback": "False. Changes must be approved by someone with the right delegated authority, through change control.",
            },
            {
                "type": "multiple_response",
                "lesson": "contract-tiering",
                "prompt": "Which factors should influence a contract's tier? Select all that apply.",
                "options": [
                    {"text": "Whole-life value", "correct": True,
                     "feedback": "Correct. Value matters, but it is only one factor."},
                    {"text": "The harm that failure would cause", "correct": True,
                     "feedback": "Correct. Criticality can put a low-value contract in a high tier."},
                    {"text": "How hard the supplier would be to replace", "correct": True,
                     "feedback": "Correct. A thin market raises risk."},
                    {"text": "How friendly the supplier's account manager is", "correct": False,
                     "feedback": "Relationships matter, but they do not decide the tier."},
                ],
                "feedback": "Tier on value, criticality, complexity, risk and ease of replacement.",
            },
            {
                "type": "single_choice",
                "lesson": "mobilisation",
                "prompt": "Which of these is an authority-side dependency during mobilisation that is often underestimated?",
                "options": [
                    {"text": "The supplier's recruitment advertising", "correct": False,
                     "feedback": "That is the supplier's task."},
                    {"text": "Security vetting of the supplier's staff", "correct": True,
                     "feedback": "Correct. Vetting can take weeks and is often the authority's responsibility."},
                    {"text": "The supplier's choice of uniform", "correct": False,
                     "feedback": "Unlikely to hold up a service start, and usually the supplier's matter."},
                    {"text": "The supplier's internal training plan", "correct": False,
                     "feedback": "Training is normally the supplier's task, although you should check progress."},
                ],
                "feedback": "Track the authority's dependencies (data, access, vetting, decisions) as closely as the supplier's.",
            },
            {
                "type": "single_choice",
                "lesson": "governance",
                "prompt": "What is the main purpose of strategic-level governance meetings?",
                "options": [
                    {"text": "Logging day-to-day incidents", "correct": False,
                     "feedback": "That belongs at operational level."},
                    {"text": "Checking each month's invoices", "correct": False,
                     "feedback": "Invoices are handled in contract administration and tactical reviews."},
                    {"text": "Direction, future needs, relationship health, major risks and exit", "correct": True,
                     "feedback": "Correct. Senior owners on both sides look at the bigger picture, including wider issues such as workforce practices and reputation."},
                    {"text": "Replacing the contract review", "correct": False,
                     "feedback": "Strategic meetings complement tactical reviews; they do not replace them."},
                ],
                "feedback": "Operational for day-to-day delivery, tactical for performance and administration, strategic for direction and the relationship.",
            },
            {
                "type": "multiple_response",
                "lesson": "kpis-and-service-credits",
                "prompt": "Which of these should a well-defined KPI include? Select all that apply.",
                "options": [
                    {"text": "A clear definition of what is measured", "correct": True,
                     "feedback": "Correct. Ambiguity leads to disputes about the numbers."},
                    {"text": "A target and a reporting period", "correct": True,
                     "feedback": "Correct. Both are needed to judge performance."},
                    {"text": "A named data source and measurement method", "correct": True,
                     "feedback": "Correct. You need to know where the figures come from and how to check them."},
                    {"text": "As many measures as possible, to cover everything", "correct": False,
                     "feedback": "KPIs should be a small set focused on what matters most."},
                ],
                "feedback": "A good KPI is clearly defined, targeted, measured from a known source over a set period, and linked to an outcome.",
            },
            {
                "type": "short_text",
                "lesson": "kpis-and-service-credits",
                "prompt": "Under the Procurement Act 2023, most contracts above what value (in pounds) must have at least three published KPIs? Answer in the form £Xm.",
                "accepted": ["£5m", "5m", "£5 million", "5 million", "£5,000,000", "5000000", "£5000000"],
                "feedback": "£5m. Authorities must set and publish at least three KPIs for most contracts over £5m and publish performance against them at least annually.",
            },
            {
                "type": "true_false",
                "lesson": "payment-and-invoicing",
                "prompt": "Public contracts include a term requiring valid, undisputed invoices to be paid within 30 days.",
                "answer": True,
                "feedback": "True. Many public bodies aim to pay faster, and suppliers are expected to pass similar terms to their subcontractors.",
            },
            {
                "type": "single_choice",
                "lesson": "payment-and-invoicing",
                "prompt": "An invoice matches the purchase order and the service was delivered. What else should you check before approving it?",
                "options": [
                    {"text": "Nothing; delivery and a purchase order are enough", "correct": False,
                     "feedback": "That misses pricing errors, such as indexation applied incorrectly, and missing service credit deductions."},
                    {"text": "That prices and indexation match the contract, volumes match your records and service credits have been deducted", "correct": True,
                     "feedback": "Correct. These checks catch the most common overpayments."},
                    {"text": "That the supplier has sent a covering letter", "correct": False,
                     "feedback": "A covering letter tells you nothing about whether the amount is right."},
                    {"text": "That the invoice was submitted before the contract review", "correct": False,
                     "feedback": "Timing relative to meetings is not a payment control."},
                ],
                "feedback": "Check purchase order, prices and indexation, delivery and quality, volumes, credits, duplicates, VAT and approval.",
            },
            {
                "type": "scenario",
                "title": "Extra work without a change note",
                "stem": (
                    "<p>A police force's head of estates asked the cleaning contractor to add three new "
                    "buildings to its rounds 'until we sort out the paperwork'. Four months later, the "
                    "contractor invoices £60,000 for the extra work at rates it has set itself. You are the "
                    "contract manager and knew nothing about the arrangement.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "change-control",
                        "prompt": "What should you do next?",
                        "options": [
                            {"text": "Pay the invoice in full, because the work was done", "correct": False,
                             "feedback": "The work may be payable, but not necessarily at the supplier's own rates. Check the contract's pricing first."},
                            {"text": "Refuse to pay anything, because there was no change note", "correct": False,
                             "feedback": "The force asked for and received the work. Refusing all payment is unlikely to hold and damages the relationship."},
                            {"text": "Establish the facts, assess the price against the contract's rates, regularise the change through change control with proper approval, and stop further informal requests", "correct": True,
                             "feedback": "Correct. Put the arrangement on a proper footing, pay a fair price based on the contract, and fix the process that allowed it."},
                            {"text": "Ask the head of estates to pay it from their own budget and move on", "correct": False,
                             "feedback": "This leaves the change unrecorded, the price unchecked and the process unfixed."},
                        ],
                        "feedback": "Regularise informal changes through change control, price them against the contract and stop them recurring.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "change-control",
                        "prompt": "Before agreeing a significant change to a public contract, you should check with procurement or legal colleagues that the modification is permitted.",
                        "answer": True,
                        "feedback": "True. Public contracts cannot be changed without limit, and many modifications require a published notice.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "risks-and-issues",
                "prompt": "Which of these is the best-written risk?",
                "options": [
                    {"text": "Supplier failure", "correct": False,
                     "feedback": "Too vague to act on: no cause or consequence."},
                    {"text": "Because the supplier relies on one subcontractor for out-of-hours cover, there is a risk of no cover if it withdraws, leaving calls unanswered", "correct": True,
                     "feedback": "Correct. It states cause, event and consequence, so actions and owners follow naturally."},
                    {"text": "Things might go wrong this winter", "correct": False,
                     "feedback": "No cause, event or consequence is identified."},
                    {"text": "The supplier missed its KPI last month", "correct": False,
                     "feedback": "That has already happened, so it is an issue, not a risk."},
                ],
                "feedback": "Write risks as cause, event and consequence, then assess, own and respond to them.",
            },
            {
                "type": "true_false",
                "lesson": "disputes-and-escalation",
                "prompt": "Most public contracts require the supplier to keep performing the service while a dispute is being resolved.",
                "answer": True,
                "feedback": "True. The authority, in turn, should keep paying undisputed sums.",
            },
            {
                "type": "scenario",
                "title": "A retender and the workforce",
                "stem": (
                    "<p>A council is re-procuring its highways maintenance service. Bidders have asked how many "
                    "staff are likely to transfer and on what terms. The incumbent supplier has not yet provided "
                    "any workforce information, saying it is commercially sensitive.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "exit-transition-and-tupe",
                        "prompt": "What should you do next?",
                        "options": [
                            {"text": "Tell bidders to make their own assumptions", "correct": False,
                             "feedback": "Uncertainty about transfer costs pushes up prices and risks disputes later."},
                            {"text": "Use the contract's exit provisions to require anonymised workforce information, working with HR and legal", "correct": True,
                             "feedback": "Correct. Most outsourcing contracts oblige the supplier to provide this so bidders can price fairly."},
                            {"text": "Assume TUPE will not apply and say so to bidders", "correct": False,
                             "feedback": "A change of contractor is a typical service provision change; assuming TUPE will not apply is risky and likely wrong."},
                            {"text": "Pause the procurement indefinitely", "correct": False,
                             "feedback": "Delay erodes the time left before expiry. Enforce the information obligation instead."},
                        ],
                        "feedback": "Use the exit and information provisions early, so bidders can price the workforce transfer fairly.",
                    },
                ],
            },
            {
                "type": "multiple_response",
                "lesson": "closure-and-lessons-learned",
                "prompt": "Which of these show that lessons from a contract have actually been learned? Select all that apply.",
                "options": [
                    {"text": "The replacement contract uses a revised KPI that addresses a known weakness", "correct": True,
                     "feedback": "Correct. A change to the next contract is evidence of learning."},
                    {"text": "The organisation's standard exit schedule now specifies data formats", "correct": True,
                     "feedback": "Correct. Updating templates spreads the lesson to future contracts."},
                    {"text": "A lessons report was filed but no actions were assigned", "correct": False,
                     "feedback": "A lesson is not learned until something changes."},
                ],
                "feedback": "Turn each lesson into a specific action with an owner, and feed it into the next procurement and templates.",
            },
        ],
    },
}
