"""Demo course: Contract negotiation (preparation, the procurement rules, conduct at the table, closing and variations)."""

COURSE = {
    "slug": "contract-negotiation",
    "title": "Contract negotiation",
    "summary": (
        "Prepare, plan and conduct commercial negotiations with suppliers within the public procurement rules, "
        "from interests and BATNA to concessions, closing the deal and renegotiating during a contract."
    ),
    "topic": "negotiation",
    "level": "foundation",
    "estimated_minutes": 260,
    "overview": (
        "<p>This foundation course is for anyone in a police force, council, government department or other "
        "public body who has to agree terms with a supplier: commercial and procurement officers, contract "
        "managers handling a variation or an extension, and service leads who find themselves across the table "
        "from an account manager. You do not need any previous negotiation training.</p>"
        "<p>Public bodies negotiate with public money and under public rules. They cannot simply haggle as a "
        "private buyer might, yet they face suppliers whose bid and account teams negotiate for a living. The "
        "course shows you how to prepare properly (interests, BATNA, walk-away points and a written plan with "
        "a clear mandate), what the procurement rules allow you to negotiate and when, which commercial levers "
        "you can trade, how to conduct yourself at the table, and how to close, record and hand over an "
        "agreement so that its value survives into contract management. It ends with the hardest case of all: "
        "renegotiating an underperforming outsourcing contract with a supplier you cannot easily replace.</p>"
    ),
    "learning_outcomes": [
        "Distinguish a party's positions from its underlying interests and use questions to uncover both.",
        "Work out your BATNA, reservation point and most desired outcome, estimate the supplier's, and identify any zone of possible agreement.",
        "Write a negotiation plan with ranked issues, planned concessions, team roles and a clear mandate from the right level of authority.",
        "Explain what can and cannot be negotiated under the Procurement Act 2023, during a competition and after award.",
        "Use commercial levers such as price, payment mechanism, risk, service credits, term and liability caps to create and trade value.",
        "Open credibly, trade concessions rather than give them away, and recognise and respond to common pressure tactics.",
        "Negotiate ethically, in line with the Seven Principles of Public Life and your organisation's rules on conflicts and hospitality.",
        "Close and record an agreement accurately, hand it over to contract management and negotiate variations during the contract.",
    ],
    "modules": [
        # ------------------------------------------------------------------ module 1
        {
            "slug": "preparing-to-negotiate",
            "title": "Preparing to negotiate",
            "summary": "Most negotiations are won or lost before anyone sits down: understand interests, alternatives and your mandate first.",
            "lessons": [
                {
                    "slug": "interests-and-positions",
                    "title": "Interests and positions",
                    "summary": "Look past what each side says it wants to why it wants it, and find room to agree.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>A negotiation is a conversation between parties who need something from each other "
                            "and who have to agree before either gets it. In the public sector that covers far more "
                            "than haggling over price at the end of a tender. You negotiate when you agree the "
                            "terms of a contract extension, settle the price of a change, resolve a dispute over "
                            "service credits, agree a remediation plan with a failing supplier or plan an exit. "
                            "Each of these is a commercial negotiation, and each goes better when it is prepared "
                            "for properly.</p>"
                        )),
                        ("paragraph", (
                            "<p>The most useful single idea in preparation is the difference between "
                            "<b>positions</b> and <b>interests</b>. A position is what a party says it wants: "
                            "<i>we need a 6% price increase</i>, or <i>we will not sign for more than three "
                            "years</i>. An interest is the reason behind the position: the need, worry or goal "
                            "the position is meant to serve. The distinction was popularised by Roger Fisher and "
                            "William Ury in <i>Getting to Yes</i> (1981), and it remains the starting point for "
                            "most practical negotiation training.</p>"
                        )),
                        ("heading", {"text": "Why interests matter more than positions"}),
                        ("paragraph", (
                            "<p>Positions tend to be opposed: the supplier wants more money, you want to pay less, "
                            "and the only movement available is to split the difference. Interests are often "
                            "compatible, or at least different enough to trade. A supplier demanding a price "
                            "increase may really be worried about a rise in staff costs, about the margin on one "
                            "loss-making part of the service, or about a sales target. A buyer refusing a longer "
                            "term may really be worried about being locked into outdated technology. Once those "
                            "interests are on the table, options appear that neither position allowed: indexation "
                            "linked to a published wage measure, a change to the unprofitable service line, or a "
                            "longer term with a technology refresh and a break clause.</p>"
                        )),
                        ("paragraph", (
                            "<p>Interests come in several kinds, and it helps to list them separately:</p>"
                            "<ul>"
                            "<li><b>Financial</b>: price, cash flow, margin, budget pressure, payment timing.</li>"
                            "<li><b>Operational</b>: keeping the service running, staffing, capacity, technology.</li>"
                            "<li><b>Risk</b>: exposure to volumes, inflation, liability, reputational damage.</li>"
                            "<li><b>Relationship and reputation</b>: a reference customer, future work, how a "
                            "deal looks to a board, a chief constable or the local press.</li>"
                            "<li><b>Personal</b>: the individual negotiator's targets, workload, or need to be "
                            "seen to win.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Uncovering interests"}),
                        ("paragraph", (
                            "<p>You find interests mainly by asking and listening. Open questions such as "
                            "<i>what would that achieve for you?</i>, <i>what is driving that figure?</i> or "
                            "<i>what worries you most about our proposal?</i> invite the other side to explain. "
                            "Listen to what they repeat and what they avoid. Before the meeting, use what you "
                            "already know: the supplier's published accounts and annual report, its performance "
                            "on the contract, what it has said in review meetings, and conditions in its market, "
                            "such as labour shortages or energy prices.</p>"
                        )),
                        ("paragraph", (
                            "<p>Do the same exercise on your own side, which is often harder. Your organisation "
                            "is not one party with one interest. Finance wants savings this year; the service lead "
                            "wants reliability; the information security team wants control over data; the "
                            "legal team wants limited risk; elected members or a police and crime commissioner "
                            "may care about local jobs or social value. Agree internally which interests matter "
                            "most before you meet the supplier, or the supplier will discover the disagreement "
                            "for you and use it.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>A position is <i>what</i> a party asks for; an interest is <i>why</i>. "
                                "Negotiate on interests and you can find trades that leave both sides better off "
                                "than splitting the difference between two positions.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A custody contract renewal stuck on price",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>Northshire Police's custody detention officer contract was due for a two-year "
                                "extension. The supplier opened with a demand for an 8% price increase; the "
                                "force's finance team had budgeted for no increase at all. Two meetings went round "
                                "in circles.</p>"
                                "<p>The force's commercial lead changed approach and asked what lay behind the 8%. "
                                "The supplier explained that it was losing experienced officers to a neighbouring "
                                "force's in-house team, and paying agency rates to cover night shifts. The force, "
                                "for its part, cared most about detainee waiting times, which had been rising "
                                "because of those same gaps.</p>"
                                "<p>The agreement they reached was not a split of the difference. It linked the "
                                "staff element of the price to a published pay index, committed the supplier to a "
                                "retention plan with a KPI on night-shift cover, and gave the supplier earlier "
                                "sight of the force's custody demand forecasts so it could plan rotas. The price "
                                "rose by less than half the original demand, and waiting times fell.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of a negotiation you expect to have with a supplier in the next few months. "
                                "Write down the supplier's likely position on the main issue, then list three "
                                "interests that might lie behind it. Do the same for your own side."
                            ),
                            "guidance": (
                                "<p>A good answer separates each position from the reasons for it and covers more "
                                "than money: operational, risk and reputational interests as well. It notes where "
                                "interests on your own side differ, for example finance against the service lead, "
                                "and says how you will settle that before the meeting. It ends with at least one "
                                "question you will ask the supplier to test whether you have read its interests "
                                "correctly.</p>"
                            ),
                        }),
                        ("paragraph", (
                            "<p>Use the negotiation planning worksheet below to record interests on both sides. "
                            "You will fill in the rest of it as you work through this module.</p>"
                        )),
                    ],
                },
                {
                    "slug": "batna-walk-away-and-zopa",
                    "title": "BATNA, walk-away point and ZOPA",
                    "summary": "Know what you will do if you cannot agree, where you will stop, and whether a deal is possible at all.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>Your power in a negotiation comes less from how forcefully you argue than from how "
                            "good your options are if the negotiation fails. Fisher and Ury called this your "
                            "<b>BATNA</b>: your <b>best alternative to a negotiated agreement</b>. It is what you "
                            "will actually do if you walk away. For a public buyer it might be running a new "
                            "competition, calling off from a framework, extending an existing contract, bringing "
                            "the service in-house, or simply carrying on without the change you were "
                            "negotiating.</p>"
                        )),
                        ("paragraph", (
                            "<p>A BATNA must be real, not hoped for. <i>We could re-tender</i> is only a BATNA if "
                            "there is time to re-tender before the current contract ends, a market able to bid, a "
                            "budget for the procurement and the people to run it. Test each alternative against "
                            "those practical questions and cost it, including the cost of disruption and delay. "
                            "The best of the realistic alternatives is your BATNA.</p>"
                        )),
                        ("heading", {"text": "Reservation point, most and least desired outcomes"}),
                        ("paragraph", (
                            "<p>From your BATNA you can set your <b>reservation point</b>, also called your "
                            "walk-away point: the least favourable deal you will accept. Any deal worse than your "
                            "BATNA should be refused, because you would be better off walking away. In practice, "
                            "for each issue you set out a range:</p>"
                            "<ul>"
                            "<li>your <b>most desired outcome</b> (MDO): the best result you can realistically "
                            "justify, which shapes your opening position;</li>"
                            "<li>your <b>least desired outcome</b> (LDO): the worst result you can accept, which "
                            "is your reservation point on that issue;</li>"
                            "<li>a <b>target</b>: where you would be satisfied to land, somewhere between the two.</li>"
                            "</ul>"
                            "<p>Write these down and agree them with whoever gives you your mandate before the "
                            "negotiation starts. A reservation point decided under pressure in the room is "
                            "rarely a good one.</p>"
                        )),
                        ("heading", {"text": "The zone of possible agreement"}),
                        ("paragraph", (
                            "<p>The supplier has its own BATNA and reservation point. If the supplier's lowest "
                            "acceptable price is below your highest acceptable price, the overlap between them is "
                            "the <b>zone of possible agreement</b>, or ZOPA. Any deal inside the ZOPA is better "
                            "for both sides than walking away; the negotiation decides where inside it you land. "
                            "If there is no overlap, there is no deal on those terms, however skilfully either "
                            "side negotiates. The answer then is to change the shape of the deal (more issues, "
                            "different terms) or to pursue your BATNA.</p>"
                        )),
                        ("paragraph", (
                            "<p>A simple example. A council is negotiating the annual price of a grounds "
                            "maintenance extension. Its BATNA is to call off from a regional framework, which "
                            "after mobilisation costs comes to about £540,000 a year, so its reservation point is "
                            "£540,000. Its MDO, based on benchmark data, is £470,000. The council estimates that "
                            "the incumbent, which has depots and staff in place, would accept anything above "
                            "about £495,000 rather than lose the work. The likely ZOPA is therefore £495,000 to "
                            "£540,000. The council opens near its MDO, explains why, and aims for the lower half "
                            "of that zone. (The organisation and figures are illustrative.)</p>"
                        )),
                        ("heading", {"text": "Improving your BATNA and reading theirs"}),
                        ("paragraph", (
                            "<p>Because your BATNA sets your power, the best preparation often happens months "
                            "earlier: engaging the market so that alternatives exist, starting re-procurement in "
                            "good time, keeping documentation and data so that the service could be moved, and "
                            "keeping the in-house option alive. A public body that leaves a renewal until the last "
                            "few weeks has, in effect, handed its BATNA to the incumbent.</p>"
                            "<p>Estimate the supplier's BATNA too. How much does it need this contract? Does it "
                            "have spare capacity, other customers, a new market to enter? Is the contract "
                            "profitable, or is it a reference site it cannot afford to lose? You will not know "
                            "for certain, so write down your assumptions and test them during the "
                            "negotiation.</p>"
                        )),
                        ("paragraph", (
                            "<p>Finally, be careful what you reveal. You should never lie about your BATNA, but "
                            "you are not obliged to disclose your reservation point. Telling a supplier the most "
                            "you are able to pay almost guarantees that is what you will pay.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Know your BATNA and cost it honestly, set your reservation point from it, and "
                                "never accept a deal worse than walking away. The stronger your realistic "
                                "alternatives, the stronger your negotiating position.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A BATNA that had quietly disappeared",
                            "organisation": "Westvale County Council (fictional)",
                            "body": (
                                "<p>Westvale County Council's highways maintenance contract had eighteen months to "
                                "run, with an option to extend for three years. The commercial team assumed its "
                                "BATNA was a fresh competition. When it costed that option properly, it found that "
                                "a full procurement and mobilisation would take at least twenty months, that two "
                                "of the four firms it expected to bid had left the region, and that the depot was "
                                "leased by the incumbent.</p>"
                                "<p>The realistic BATNA was therefore a short extension on the incumbent's terms. "
                                "Rather than open extension talks from a weak position, the council secured "
                                "approval to negotiate a one-year extension only, started market engagement "
                                "immediately and began work to take the depot lease on itself. By the time it "
                                "negotiated the next renewal, it had a credible alternative, and the incumbent's "
                                "price reflected it.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For the negotiation you chose in the previous lesson, what is your BATNA? How long "
                                "would it take, what would it cost, and what could you do now to make it "
                                "stronger?"
                            ),
                            "guidance": (
                                "<p>A good answer names a specific, realistic alternative rather than a general "
                                "hope, with rough time and cost including disruption. It turns the BATNA into a "
                                "reservation point on the main issue, estimates the supplier's BATNA and "
                                "reservation point, and says whether a ZOPA seems likely. It identifies at least "
                                "one action that would improve the BATNA, such as market engagement or securing "
                                "data and assets needed to move the service.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "the-negotiation-plan-and-mandate",
                    "title": "The negotiation plan and your mandate",
                    "summary": "Turn preparation into a written plan, agree your authority in advance and organise the team.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Preparation is only useful if it is written down, agreed and carried into the room. "
                            "A negotiation plan need not be long (for a small variation a page may do), but it "
                            "should answer the same questions every time: what are we negotiating, what do we and "
                            "they want and why, what are our limits, what can we trade, who will do what, and who "
                            "has authority to agree. For a major contract it becomes a formal document approved by "
                            "the budget holder and the senior responsible owner.</p>"
                        )),
                        ("heading", {"text": "What goes in the plan"}),
                        ("paragraph", (
                            "<ol>"
                            "<li><b>Background and objectives</b>: the contract or requirement, what has "
                            "prompted the negotiation and what a successful outcome looks like.</li>"
                            "<li><b>The issues</b>: every point to be agreed, such as price, indexation, term, "
                            "KPIs, service credits, liability, exit and TUPE, not just the headline figure.</li>"
                            "<li><b>Interests</b> on both sides, from the first lesson.</li>"
                            "<li><b>For each issue</b>: your most desired outcome, target and least desired "
                            "outcome, and your estimate of the supplier's.</li>"
                            "<li><b>BATNAs</b>: yours and your estimate of theirs, with the evidence.</li>"
                            "<li><b>Priorities and trades</b>: which issues matter most to you and which you "
                            "think matter most to the supplier.</li>"
                            "<li><b>Planned concessions</b>: what you could give and what you want in return.</li>"
                            "<li><b>Opening position</b> and the justification you will give for it.</li>"
                            "<li><b>Team, roles and logistics</b>: who attends, who leads, where, how long, and "
                            "how you will record the outcome.</li>"
                            "</ol>"
                        )),
                        ("heading", {"text": "Ranking issues and planning concessions"}),
                        ("paragraph", (
                            "<p>Rank the issues by how much they matter to you, then by how much you think they "
                            "matter to the supplier. The most valuable trades are on issues that are cheap for "
                            "one side to give and valuable for the other to receive. Paying monthly in advance "
                            "rather than quarterly in arrears may cost a council little but ease a small "
                            "supplier's cash flow considerably; a supplier may find it easy to offer an extra "
                            "management report or a named account manager. Plan these in advance, put a value on "
                            "them, and decide what you would want in exchange for each. A concession that has "
                            "not been planned is usually a concession given away.</p>"
                        )),
                        ("heading", {"text": "Your mandate"}),
                        ("paragraph", (
                            "<p>Your <b>mandate</b> is the authority you have been given to agree terms on your "
                            "organisation's behalf. It should be written and should state the limits: the "
                            "maximum price, the range on each key issue, and anything you may not agree without "
                            "referring back. It must sit within your organisation's scheme of delegation and "
                            "financial regulations; a negotiator cannot be given authority that the person "
                            "giving it does not hold.</p>"
                            "<p>A clear mandate protects you and the organisation. It prevents the supplier from "
                            "going over your head, because senior colleagues know to refer any approach back to "
                            "you. It also lets you say, truthfully, <i>that is outside what I can agree today</i>, "
                            "which gives you time to think. Agree in advance how to reach the person who can "
                            "extend the mandate if a good deal needs it, rather than improvising in the room.</p>"
                        )),
                        ("heading", {"text": "The team"}),
                        ("paragraph", (
                            "<p>For anything beyond a simple negotiation, take at least two people. Common roles "
                            "are a <b>lead</b> who does most of the talking and makes offers; a <b>note-taker</b> "
                            "who records offers, concessions and agreed points word for word; and an "
                            "<b>observer or specialist</b>, for example from finance, legal or the service, who "
                            "watches the other side, checks figures and answers technical questions when asked. "
                            "Agree signals for calling an adjournment, and agree that only the lead makes or "
                            "accepts offers. Rehearse the opening and the hardest questions you expect.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Write the plan, agree your limits with the right level of authority before you "
                                "start, and go in as a team with defined roles. Plan concessions as trades, and "
                                "never concede anything you have not valued.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "The deal agreed over coffee",
                            "organisation": "Department for Regional Services (fictional)",
                            "body": (
                                "<p>A contract manager at the Department for Regional Services was negotiating the "
                                "price of additional helpdesk hours with an IT supplier. Talks stalled. The "
                                "supplier's sales director then met the department's deputy director at an "
                                "industry event and agreed a price over coffee, higher than the contract manager's "
                                "target and without the extra reporting the department had wanted.</p>"
                                "<p>The deputy director had meant to be helpful, but nobody had told her what the "
                                "contract manager was trying to achieve. On the next negotiation the department "
                                "wrote a one-page plan, had the deputy director sign the mandate, and agreed that "
                                "any approach from the supplier to senior staff would be politely referred back "
                                "to the contract manager.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Who in your organisation has authority to agree the deal you are preparing for, "
                                "and what would your written mandate need to say? Which two or three concessions "
                                "could you plan in advance, and what would you ask for in return for each?"
                            ),
                            "guidance": (
                                "<p>A good answer names the role that holds the authority under the scheme of "
                                "delegation, and sets out a mandate with a price limit, ranges on the main issues "
                                "and points that must be referred back. The concessions are cheap for your side "
                                "and valuable to the supplier, each has an estimated value, and each is paired "
                                "with something specific you want in exchange.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Preparing to negotiate: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "interests-and-positions",
                        "prompt": (
                            "A supplier says: 'We must have a 7% price increase.' Which of the following is most "
                            "likely to be one of its interests rather than its position?"
                        ),
                        "options": [
                            {"text": "Covering a rise in its staff costs so that it can keep experienced people", "correct": True,
                             "feedback": "Correct. This is the need behind the demand, and it can be met in more than one way, for example through indexation or a retention plan."},
                            {"text": "A 7% increase in the contract price", "correct": False,
                             "feedback": "That is the position itself: what the supplier says it wants."},
                            {"text": "A price increase of at least 5%", "correct": False,
                             "feedback": "That is still a position, just a different figure. It says what, not why."},
                            {"text": "Rejecting any offer below 7%", "correct": False,
                             "feedback": "That is a statement of a position and a threat, not the reason behind it."},
                        ],
                        "feedback": (
                            "Positions say what a party wants; interests say why. Finding the interest behind a "
                            "demand opens up options other than splitting the difference."
                        ),
                    },
                    {
                        "type": "short_text",
                        "lesson": "batna-walk-away-and-zopa",
                        "prompt": "What does the abbreviation BATNA stand for?",
                        "accepted": [
                            "best alternative to a negotiated agreement",
                            "best alternative to negotiated agreement",
                            "the best alternative to a negotiated agreement",
                        ],
                        "feedback": (
                            "Best alternative to a negotiated agreement: what you will actually do if the "
                            "negotiation fails. It sets the point below which you should not agree."
                        ),
                    },
                    {
                        "type": "true_false",
                        "lesson": "batna-walk-away-and-zopa",
                        "prompt": "If there is no overlap between the buyer's and the supplier's reservation points, a skilled negotiator can still reach a deal on those same terms.",
                        "answer": False,
                        "feedback": (
                            "False. With no zone of possible agreement, any deal on those terms is worse than "
                            "walking away for at least one side. The options are to reshape the deal, for example by "
                            "adding issues or changing terms, or to pursue your BATNA."
                        ),
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "batna-walk-away-and-zopa",
                        "prompt": (
                            "Your team says its BATNA in a renewal negotiation is 'to re-tender'. Which questions "
                            "should you ask to test whether that is a real BATNA? Select all that apply."
                        ),
                        "options": [
                            {"text": "Is there enough time to procure and mobilise before the current contract ends?", "correct": True,
                             "feedback": "Yes. An alternative that cannot be delivered in time is not a real alternative."},
                            {"text": "Are there capable suppliers likely to bid?", "correct": True,
                             "feedback": "Yes. Without a market, a re-tender may produce nothing better."},
                            {"text": "What would it cost, including procurement, mobilisation and disruption?", "correct": True,
                             "feedback": "Yes. The BATNA has to be costed to set a sensible reservation point."},
                            {"text": "Would the incumbent be upset to hear we are considering it?", "correct": False,
                             "feedback": "The incumbent's feelings do not affect whether the alternative is realistic."},
                        ],
                        "feedback": "A BATNA must be realistic and costed: time, market, budget and people all matter.",
                    },
                    {
                        "type": "scenario",
                        "title": "Setting limits for a cleaning contract extension",
                        "stem": (
                            "<p>You are preparing to negotiate a one-year extension of a police force's building "
                            "cleaning contract. The current price is £300,000 a year. A call-off from a national "
                            "framework, your realistic alternative, would cost about £330,000 a year including "
                            "switching costs. Benchmark data suggests a fair price for the extension is around "
                            "£295,000. Your finance director has not yet said how far you may go.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "batna-walk-away-and-zopa",
                                "prompt": "What is the highest annual price you should be prepared to agree?",
                                "options": [
                                    {"text": "About £330,000, the cost of your BATNA", "correct": True,
                                     "feedback": "Correct. Above that point you would be better off calling off from the framework."},
                                    {"text": "£295,000, the benchmark figure", "correct": False,
                                     "feedback": "That is a sensible target or opening reference, not your walk-away point."},
                                    {"text": "£300,000, the current price", "correct": False,
                                     "feedback": "A price above the current one may still be better than the alternative. The BATNA sets the limit."},
                                    {"text": "Whatever the supplier asks, because an extension avoids disruption", "correct": False,
                                     "feedback": "Disruption is already costed in the BATNA. Agreeing any price means you have no reservation point at all."},
                                ],
                                "feedback": "Your reservation point comes from your BATNA: never agree a deal worse than walking away.",
                            },
                            {
                                "type": "single_choice",
                                "lesson": "the-negotiation-plan-and-mandate",
                                "prompt": "What should you do before the negotiation starts?",
                                "options": [
                                    {"text": "Agree a written mandate with the finance director, setting the price limit and anything you must refer back", "correct": True,
                                     "feedback": "Correct. Your limits should be agreed with the person who holds the authority before you sit down."},
                                    {"text": "Tell the supplier your limit of £330,000 to speed things up", "correct": False,
                                     "feedback": "Revealing your reservation point almost guarantees you will pay it."},
                                    {"text": "Go ahead and agree whatever seems reasonable in the room", "correct": False,
                                     "feedback": "Without a mandate you may exceed your authority or be pressured into a poor deal."},
                                    {"text": "Let the finance director meet the supplier alone", "correct": False,
                                     "feedback": "Senior involvement can help, but it should be planned, with the negotiation led by the person who has prepared."},
                                ],
                                "feedback": "A written mandate from the right level of authority protects you and the organisation.",
                            },
                        ],
                    },
                    {
                        "type": "single_choice",
                        "lesson": "the-negotiation-plan-and-mandate",
                        "prompt": "Which concession is usually the best one to plan to offer?",
                        "options": [
                            {"text": "One that costs your organisation little but is valuable to the supplier, offered in exchange for something you want", "correct": True,
                             "feedback": "Correct. Differences in how each side values an issue create the best trades."},
                            {"text": "Your most important issue, to show good faith early", "correct": False,
                             "feedback": "Giving away what matters most to you leaves you little to gain."},
                            {"text": "Any concession, offered at the start to build trust", "correct": False,
                             "feedback": "Unconditional early concessions teach the other side to expect more of them."},
                            {"text": "A concession you decide on in the room once you see how things are going", "correct": False,
                             "feedback": "Unplanned concessions are rarely valued properly. Plan them in advance."},
                        ],
                        "feedback": "Plan concessions as trades: cheap to give, valuable to receive, and always for something in return.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "interests-and-positions",
                        "prompt": "Before meeting a supplier, you should agree internally which of your own organisation's interests matter most.",
                        "answer": True,
                        "feedback": (
                            "True. Finance, service, legal and other colleagues often want different things. If you "
                            "do not settle the priorities in advance, the supplier may discover the disagreement and "
                            "exploit it."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 2
        {
            "slug": "negotiating-in-public-procurement",
            "title": "Negotiating in a public procurement context",
            "summary": "What the procurement rules let you negotiate and when, and the commercial levers you can use.",
            "lessons": [
                {
                    "slug": "what-the-procurement-rules-allow",
                    "title": "What the procurement rules allow",
                    "summary": "Negotiate within the Procurement Act 2023: plan it, publish it and treat suppliers equally.",
                    "estimated_minutes": 15,
                    "body": [
                        ("paragraph", (
                            "<p>A private company can negotiate with whichever supplier it likes, on whatever terms "
                            "it likes, and change its mind halfway through. A public body cannot. It spends public "
                            "money, so the law requires it to buy fairly and openly, to treat suppliers equally and "
                            "to be able to show why it chose the supplier it did. Negotiation is allowed, and can "
                            "add a great deal of value, but it has to happen within those rules. Getting this wrong "
                            "can lead to a legal challenge from a losing bidder, a contract set aside, or a finding "
                            "of unlawful direct award.</p>"
                        )),
                        ("paragraph", (
                            "<p>In England, Wales and Northern Ireland the main rules for procurements started "
                            "from 24 February 2025 are in the <b>Procurement Act 2023</b>. Procurements started "
                            "before then continue under the previous regulations, such as the Public Contracts "
                            "Regulations 2015, so check which regime applies to the contract in front of you. "
                            "Scotland has its own rules. This lesson describes the principles; your procurement "
                            "and legal colleagues will advise on the detail of a particular case.</p>"
                        )),
                        ("heading", {"text": "Negotiating during a competition"}),
                        ("paragraph", (
                            "<p>The Act offers two main competitive procedures. The <b>open procedure</b> is a "
                            "single stage: suppliers submit tenders and the best is chosen, with no negotiation. "
                            "The <b>competitive flexible procedure</b> lets a contracting authority design its own "
                            "process, which can include stages of dialogue or negotiation with bidders, so long as "
                            "the procedure is proportionate and is set out in advance in the tender notice or "
                            "associated tender documents. If you want to negotiate, you must plan for it in the "
                            "procurement design, not decide to do it once bids are in.</p>"
                            "<p>When negotiating with several bidders in a competition, the key rules are:</p>"
                            "<ul>"
                            "<li><b>Equal treatment</b>: every bidder gets the same information and the same "
                            "opportunities. If you clarify a point for one, you clarify it for all.</li>"
                            "<li><b>Confidentiality</b>: never reveal one bidder's prices, solutions or ideas to "
                            "another, and never hint at them.</li>"
                            "<li><b>Stable criteria</b>: the contract is awarded to the <b>most advantageous "
                            "tender</b> judged against award criteria that bidders knew in advance. Negotiation "
                            "can improve tenders but must not change the requirement or the criteria so much that "
                            "different suppliers might have bid, or a different one would have won.</li>"
                            "<li><b>Records</b>: keep a full record of every negotiation meeting and what each "
                            "bidder was told, so that the process can be explained and defended.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "After the award decision"}),
                        ("paragraph", (
                            "<p>Once you have chosen the most advantageous tender, the room for negotiation narrows "
                            "sharply. You can finalise details and correct genuine errors, but you cannot use the "
                            "winning bidder's position to reopen the price or the essential terms on which the "
                            "competition was decided. Doing so would be unfair to the bidders who lost on those "
                            "terms, and risks a challenge. Plan to settle the important points, such as the "
                            "contract terms, risk allocation and KPIs, within the competition itself, ideally by "
                            "publishing the draft contract with the tender documents.</p>"
                        )),
                        ("heading", {"text": "During the contract and when there is no competition"}),
                        ("paragraph", (
                            "<p>Changing a public contract after it has been signed is called a "
                            "<b>modification</b>. The Act limits modifications. Broadly, a change is permitted if "
                            "the contract provided for it clearly in advance (for example a priced option or an "
                            "extension clause), if it falls within one of the specific grounds the Act sets out, "
                            "or if it is not a substantial change to the scope, term or economic balance of the "
                            "contract. A change beyond those limits is, in effect, a new contract that should be "
                            "competed. Many modifications must also be published in a contract change notice. "
                            "Check with your procurement team before you negotiate a significant change, so that "
                            "you do not agree something the organisation cannot lawfully sign.</p>"
                            "<p>The Act also allows a contract to be awarded directly, without competition, only in "
                            "limited circumstances, such as where only one supplier can provide what is needed "
                            "for technical reasons or because of intellectual property rights, or in genuine "
                            "extreme urgency. Direct awards must be justified and published, and the negotiation "
                            "with the single supplier then has no competitive tension at all, which is why it "
                            "needs especially careful preparation.</p>"
                        )),
                        ("paragraph", (
                            "<p>Transparency runs through the Act. Notices are published on a central digital "
                            "platform, and for contracts worth more than £5m the contracting authority must set and "
                            "publish key performance indicators and report performance against them. Assume that "
                            "what you agree may become public, and negotiate terms you would be comfortable "
                            "explaining.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Negotiate in the open, by design and within limits. Plan any negotiation stage "
                                "into the procurement, treat bidders equally, keep their information confidential, "
                                "do not reopen the deal after award, and check the modification rules before you "
                                "agree a change to a live contract.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A discount offered after the award decision",
                            "organisation": "Westvale County Council (fictional)",
                            "body": (
                                "<p>Westvale County Council ran an open procedure for a fleet telematics contract. "
                                "After the evaluation the second-placed bidder, which had lost narrowly on price, "
                                "phoned to offer a further 10% discount. At the same time a councillor suggested "
                                "asking the winning bidder to match it.</p>"
                                "<p>The procurement lead explained that neither was possible. The open procedure "
                                "did not provide for negotiation, accepting a late price from one bidder would be "
                                "unequal treatment, and pressing the winner to cut its price after award would "
                                "reopen the basis of the competition. The council recorded the call, declined the "
                                "offer in writing and proceeded with the award. For the next procurement in that "
                                "category it chose the competitive flexible procedure, with a negotiation stage "
                                "set out in the tender documents.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Think of a contract you work on. Which procurement regime was it let under, and "
                                "what does the contract itself allow you to change (options, extensions, price "
                                "review or change control clauses)? Who would you ask before negotiating a change "
                                "outside those provisions?"
                            ),
                            "guidance": (
                                "<p>A good answer identifies the regime and the procedure used, lists the change "
                                "mechanisms written into the contract, and recognises that a change outside them "
                                "may be a substantial modification. It names the procurement or legal colleague "
                                "who would advise, and notes the need to keep a record of any negotiation.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "in-competition-and-after-award",
                    "title": "Negotiating in competition and after award",
                    "summary": "How your leverage changes over a contract's life, and how to negotiate with an incumbent or sole supplier.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>A public buyer's negotiating power is not constant. It is greatest while several "
                            "suppliers are competing for the work, falls away once one has been appointed, and is "
                            "often at its lowest near the end of a long contract, when the incumbent knows the "
                            "service and its staff better than you do and any alternative would take time to "
                            "arrange. Good commercial practice is largely about getting the important things "
                            "agreed while your leverage is high, and rebuilding alternatives before it is "
                            "needed again.</p>"
                        )),
                        ("heading", {"text": "In competition: let the competition do the work"}),
                        ("paragraph", (
                            "<p>While bidders are competing, you do not need to push on every point at the table: "
                            "competition does much of that for you. Use the procurement design to secure what "
                            "matters. Publish the contract terms you want, including the payment mechanism, "
                            "service credits, liability caps and exit provisions, and ask bidders to price against "
                            "them. Where you use a negotiation stage, focus it on improving solutions and "
                            "clarifying risk, and give each bidder the same opportunity. Evaluate whole-life cost "
                            "and quality, not just the headline price, so that bidders compete on what you "
                            "actually value.</p>"
                            "<p>Be wary of pushing prices so low that the contract cannot be delivered. An "
                            "unrealistically low bid is a risk, not a saving: it tends to come back as poor "
                            "service, claims for extra payment, or supplier failure. The collapse of Carillion in "
                            "January 2018, and the government's Outsourcing Playbook that followed in 2019, "
                            "focused attention on sustainable pricing and on allocating risk to the party best "
                            "able to manage it.</p>"
                        )),
                        ("heading", {"text": "After award: the supplier is now your partner and your only option"}),
                        ("paragraph", (
                            "<p>Once the contract is signed, every later negotiation (changes, extensions, disputes "
                            "and price reviews) happens with a single supplier. Your leverage now comes from:</p>"
                            "<ul>"
                            "<li><b>the contract itself</b>: its pricing schedules, change control procedure, "
                            "benchmarking and open-book clauses, KPIs and remedies;</li>"
                            "<li><b>information</b>: your own data on cost and performance, should-cost models, "
                            "and benchmarks from other public bodies;</li>"
                            "<li><b>the relationship</b>: the supplier's interest in a good reference, future "
                            "work and a smooth contract;</li>"
                            "<li><b>your alternatives</b>: the ability to re-procure, insource or use another "
                            "route for new work, which must be kept alive throughout the contract.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Negotiating with an incumbent or sole supplier"}),
                        ("paragraph", (
                            "<p>Some of the hardest negotiations are with a supplier you cannot easily replace: an "
                            "incumbent of many years, or the only supplier of a specialist system. The supplier "
                            "knows this. Preparation therefore matters even more:</p>"
                            "<ul>"
                            "<li>Build a <b>should-cost model</b>: an estimate of what the service ought to cost "
                            "from its inputs (staff, materials, overheads and a reasonable margin), so that you can "
                            "challenge a price on evidence rather than instinct.</li>"
                            "<li>Use any <b>open-book</b> rights to see the supplier's actual costs and margin.</li>"
                            "<li>Look for <b>benchmarks</b>: what other forces, councils or departments pay for "
                            "similar services.</li>"
                            "<li>Work on your <b>BATNA</b> even if it is weak: a partial alternative, such as "
                            "moving one service line or using a framework for new demand, changes the "
                            "conversation.</li>"
                            "<li>Understand the supplier's <b>interests</b>: it may value a longer commitment, a "
                            "reference, a simpler specification or faster payment more than margin.</li>"
                            "</ul>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Your leverage is highest before award. Settle the important terms in the "
                                "competition, and after award rely on the contract, good information and a live "
                                "alternative rather than hoping the supplier will be generous.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Renewing a sole-supplier records system",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>Northshire Police's crime records system was provided under licence by the "
                                "only company able to support it. At renewal, the supplier proposed a five-year "
                                "licence at a 15% increase. Procurement colleagues confirmed that a direct award "
                                "could be justified on technical grounds for a limited period, so there would be no "
                                "competition.</p>"
                                "<p>The force prepared carefully. It compared licence costs with two other forces "
                                "using the same product, modelled what support should cost from the supplier's "
                                "staffing, and began a market engagement exercise for a replacement system that "
                                "the supplier could see was real. It learned that the supplier was keen to use the "
                                "force as a reference site for a new cloud version.</p>"
                                "<p>The agreed deal was a three-year term with a price increase of 4%, a commitment "
                                "to help migrate data in a standard format at the end, and the force's agreement to "
                                "act as a reference site and take part in a pilot of the new version.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For a contract you know that is more than halfway through, where does your "
                                "leverage now come from? What would you need to do over the next year to have a "
                                "credible alternative at renewal?"
                            ),
                            "guidance": (
                                "<p>A good answer lists the contractual tools available (change control, "
                                "benchmarking, open-book, remedies), the information the organisation has or lacks, "
                                "and the supplier's interests in the relationship. It then names concrete steps to "
                                "rebuild an alternative, such as market engagement, securing data and documentation, "
                                "or testing an in-house option, with dates that leave enough time.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "commercial-levers",
                    "title": "Commercial levers: what you can trade",
                    "summary": "Price is only one lever: payment mechanism, risk, service credits, term and liability caps all carry value.",
                    "estimated_minutes": 16,
                    "body": [
                        ("paragraph", (
                            "<p>Inexperienced negotiators focus on price because it is visible and easy to "
                            "compare. Experienced ones know that a contract contains many terms that carry real "
                            "cost and risk for each side, and that these <b>levers</b> can be traded. A supplier "
                            "that cannot move on price may move a long way on payment terms or risk; a buyer that "
                            "cannot pay more may be able to offer a longer term or a simpler specification. The "
                            "more levers you bring into play, the more likely you are to find a deal that works "
                            "for both sides.</p>"
                        )),
                        ("heading", {"text": "Price and how it changes"}),
                        ("paragraph", (
                            "<p>Look beyond the headline price to its structure: fixed charges and variable rates, "
                            "volume bands and what happens when demand moves outside them, and <b>indexation</b> "
                            "(how prices change each year, and against which published index). An uncapped "
                            "inflation clause can cost more over a long contract than a few percent on the starting "
                            "price. Ask how the price is built up, and compare whole-life cost, not year-one "
                            "cost.</p>"
                        )),
                        ("heading", {"text": "Payment mechanism"}),
                        ("paragraph", (
                            "<p>The payment mechanism is how the supplier earns its money. Common options are a "
                            "<b>fixed price</b> (certainty for the buyer, risk for the supplier, who will price "
                            "that risk in), <b>cost plus</b> or <b>time and materials</b> (flexibility, but little "
                            "incentive to be efficient), <b>unit rates</b> for volume-driven work, and "
                            "<b>outcome-based</b> or <b>payment by results</b> models, sometimes with "
                            "<b>gainshare and painshare</b> so both sides share savings and overruns. The right "
                            "mechanism depends on how well the requirement can be defined and who can best control "
                            "cost. Payment timing is a lever too: paying promptly, or monthly rather than "
                            "quarterly, can matter a great deal to a smaller supplier.</p>"
                        )),
                        ("heading", {"text": "Risk allocation"}),
                        ("paragraph", (
                            "<p>Every risk in a contract has a price. If you push a risk onto a supplier that "
                            "cannot control it, such as demand volumes the supplier cannot influence, the supplier "
                            "will either add a premium to cover it or fail when the risk materialises. The sound "
                            "principle is to allocate each risk to the party best able to manage it, and to share "
                            "risks neither can control. Negotiating risk openly, one risk at a time, often releases "
                            "more value than arguing over price.</p>"
                        )),
                        ("heading", {"text": "Service credits and KPIs"}),
                        ("paragraph", (
                            "<p>Service credits are reductions in the charges when performance falls below agreed "
                            "levels. They are usually capped, for example at a percentage of the monthly charge, "
                            "and the level of the cap, which KPIs attract credits, and whether repeated failure "
                            "gives the buyer further rights are all negotiable. Credits should be designed as a "
                            "fair adjustment of the price for a lower service, not as a punishment: a regime that "
                            "looks punitive may be challenged as a penalty, and will be priced into the bid. Ask "
                            "your legal colleagues to check the design. Remember that the aim is good service, not "
                            "income from credits.</p>"
                        )),
                        ("heading", {"text": "Term, extensions and break clauses"}),
                        ("paragraph", (
                            "<p>Suppliers value longer terms because they spread set-up costs and give revenue "
                            "certainty, which can justify a lower price. Buyers value flexibility. Options to "
                            "extend, break clauses and termination for convenience (with agreed compensation) let "
                            "you offer length while keeping control. Term is one of the most tradeable levers a "
                            "public buyer has, but extensions must be provided for clearly in the contract if they "
                            "are to be used without a new procurement.</p>"
                        )),
                        ("heading", {"text": "Liability caps and indemnities"}),
                        ("paragraph", (
                            "<p>A liability cap limits how much one party can recover from the other if things go "
                            "wrong. Caps are often set as a multiple of the annual charges, sometimes with separate "
                            "caps for particular risks such as data loss. Some liabilities cannot lawfully be "
                            "limited, including liability for death or personal injury caused by negligence, and "
                            "for fraud. A very high or unlimited cap may make insurance expensive for the supplier "
                            "and drive up the price or deter good bidders; a very low one may leave the public body "
                            "carrying losses the supplier caused. Take legal advice and think about the realistic "
                            "size of the losses you need protection against.</p>"
                        )),
                        ("heading", {"text": "Other levers"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Scope and specification: removing gold-plating can save more than any discount.</li>"
                            "<li>Volume commitments and forecasts: certainty about demand reduces the supplier's risk.</li>"
                            "<li>Intellectual property, data ownership and the right to reuse what is developed.</li>"
                            "<li>Exit and handover obligations, including information needed for TUPE.</li>"
                            "<li>Social value commitments, such as local apprenticeships.</li>"
                            "<li>Governance, reporting and open-book access.</li>"
                            "</ul>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Price is only one lever. Payment mechanism, risk allocation, service credits, "
                                "term and liability caps all have a cost to one side and a value to the other: "
                                "find the differences in value and trade them.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Trading risk instead of price",
                            "organisation": "Department for Regional Services (fictional)",
                            "body": (
                                "<p>The Department for Regional Services was negotiating, within a competitive "
                                "flexible procedure, a fixed-price contract for processing grant applications. "
                                "All three bidders priced high. In the negotiation stage the department asked each "
                                "bidder, separately and in the same terms, what drove its price. Each named the "
                                "same risk: the volume of applications was uncertain and could double in a bad "
                                "year.</p>"
                                "<p>The department revised its approach for all bidders: a fixed charge for a base "
                                "volume, and agreed unit rates for applications above and below it. Because the "
                                "department, not the supplier, controls when grant schemes open, it was better "
                                "placed to carry the volume risk. Revised tenders came in markedly lower, and the "
                                "department's expected whole-life cost fell even after allowing for high-volume "
                                "years.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "List the levers in a contract you know. For each, who bears the cost of the "
                                "current term, and which of them might be worth more to the supplier than they "
                                "cost you?"
                            ),
                            "guidance": (
                                "<p>A good answer goes beyond price to at least four other levers, such as "
                                "payment timing, indexation, risk on volumes, service credits, term or liability. "
                                "It identifies at least one term that is costly for the supplier but of little "
                                "value to the buyer, or the reverse, and suggests a trade, making sure any change "
                                "would stay within the contract's change provisions and the procurement rules.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Negotiating in a public procurement context: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "what-the-procurement-rules-allow",
                        "prompt": (
                            "Under the Procurement Act 2023, which procedure allows a contracting authority to "
                            "include negotiation with bidders, provided it is set out in advance?"
                        ),
                        "options": [
                            {"text": "The competitive flexible procedure", "correct": True,
                             "feedback": "Correct. It lets you design a proportionate process that can include negotiation, described in the tender notice or associated documents."},
                            {"text": "The open procedure", "correct": False,
                             "feedback": "The open procedure is a single stage of tendering with no negotiation."},
                            {"text": "Any procedure, as long as the budget holder agrees", "correct": False,
                             "feedback": "Internal approval does not make negotiation lawful if the procedure does not provide for it."},
                            {"text": "No procedure: negotiation with bidders is banned", "correct": False,
                             "feedback": "Negotiation is allowed when it is planned into a suitable procedure and conducted fairly."},
                        ],
                        "feedback": "If you want to negotiate during a competition, design it into a competitive flexible procedure from the start.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "what-the-procurement-rules-allow",
                        "prompt": "When negotiating with several bidders during a competition, which of these must you do? Select all that apply.",
                        "options": [
                            {"text": "Give every bidder the same information and opportunities", "correct": True,
                             "feedback": "Yes. Equal treatment is a core requirement."},
                            {"text": "Keep each bidder's prices and solutions confidential from the others", "correct": True,
                             "feedback": "Yes. Revealing or hinting at a rival's bid is unfair and may breach confidentiality."},
                            {"text": "Keep a full record of the negotiation meetings", "correct": True,
                             "feedback": "Yes. Records let you explain and defend the process."},
                            {"text": "Tell the highest-priced bidder what the lowest price is, so it can match it", "correct": False,
                             "feedback": "No. This breaches confidentiality and equal treatment."},
                        ],
                        "feedback": "Negotiation in a competition must be equal, confidential and recorded.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "what-the-procurement-rules-allow",
                        "prompt": "Once the award decision is made, it is good practice to ask the winning bidder for a further price reduction before signing.",
                        "answer": False,
                        "feedback": (
                            "False. Reopening the price or essential terms after the award decision is unfair to the "
                            "bidders who lost on those terms and risks a legal challenge. Settle important terms "
                            "during the competition."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "in-competition-and-after-award",
                        "prompt": "When is a public buyer's negotiating leverage usually greatest?",
                        "options": [
                            {"text": "While several suppliers are competing for the contract", "correct": True,
                             "feedback": "Correct. Competition gives the buyer real alternatives, so settle important terms then."},
                            {"text": "Just before a long contract expires", "correct": False,
                             "feedback": "Often the opposite: the incumbent knows alternatives take time and leverage is low unless you have prepared."},
                            {"text": "Immediately after the contract is signed", "correct": False,
                             "feedback": "Once signed, you are negotiating with a single supplier."},
                            {"text": "It is the same throughout the life of a contract", "correct": False,
                             "feedback": "Leverage changes a great deal, which is why timing matters."},
                        ],
                        "feedback": "Leverage is highest in competition and must be rebuilt through live alternatives later in a contract.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "in-competition-and-after-award",
                        "prompt": (
                            "What do we call an estimate of what a service ought to cost, built up from its inputs "
                            "such as staff, materials, overheads and a reasonable margin?"
                        ),
                        "accepted": ["should-cost model", "should cost model", "should-cost", "should cost", "a should-cost model", "a should cost model"],
                        "feedback": (
                            "A should-cost model. It lets you challenge a price on evidence, which is especially "
                            "important when negotiating with an incumbent or sole supplier."
                        ),
                    },
                    {
                        "type": "scenario",
                        "title": "A supplier that will not move on price",
                        "stem": (
                            "<p>A council is negotiating, in a competitive flexible procedure, a contract to run "
                            "its home adaptations service. The preferred approach is a fixed price. Bidders say "
                            "they cannot reduce their prices because demand is hard to predict, and one small "
                            "specialist bidder mentions that the council's usual 60-day payment terms would stretch "
                            "its cash flow.</p>"
                        ),
                        "questions": [
                            {
                                "type": "multiple_response",
                                "lesson": "commercial-levers",
                                "prompt": "Which levers could the council explore, with all bidders on equal terms? Select all that apply.",
                                "options": [
                                    {"text": "A base fixed charge plus unit rates for volumes above or below an agreed band", "correct": True,
                                     "feedback": "Yes. This shares volume risk that the supplier cannot control, which may bring prices down."},
                                    {"text": "Paying valid invoices faster", "correct": True,
                                     "feedback": "Yes. This may cost the council little and be valuable to suppliers, especially smaller ones."},
                                    {"text": "Sharing better demand forecasts", "correct": True,
                                     "feedback": "Yes. Better information reduces the supplier's risk premium."},
                                    {"text": "Offering only the specialist bidder faster payment in private", "correct": False,
                                     "feedback": "No. Any change to the terms on offer must be made available to all bidders equally."},
                                ],
                                "feedback": "Look for levers that cost you little and reduce the supplier's risk, and offer them to all bidders.",
                            },
                            {
                                "type": "true_false",
                                "lesson": "commercial-levers",
                                "prompt": "Pushing all of the demand risk onto the supplier is always the cheapest option for the council.",
                                "answer": False,
                                "feedback": (
                                    "False. A supplier that cannot control a risk will add a premium to cover it or "
                                    "struggle when the risk materialises. Allocate risk to the party best able to "
                                    "manage it."
                                ),
                            },
                        ],
                    },
                    {
                        "type": "single_choice",
                        "lesson": "commercial-levers",
                        "prompt": "Which statement about liability caps is correct?",
                        "options": [
                            {"text": "Some liabilities, such as for death or personal injury caused by negligence, cannot lawfully be limited", "correct": True,
                             "feedback": "Correct. Caps apply to other losses and should reflect the realistic size of the risk."},
                            {"text": "A higher cap is always better for the public body", "correct": False,
                             "feedback": "A very high or unlimited cap can raise insurance costs and prices or deter good bidders."},
                            {"text": "Liability caps cannot be negotiated in public contracts", "correct": False,
                             "feedback": "Caps are a normal, negotiable term, ideally settled during the competition."},
                            {"text": "Caps only matter for construction contracts", "correct": False,
                             "feedback": "Caps matter in any contract where things could go wrong, including services and IT."},
                        ],
                        "feedback": "Set caps in proportion to the realistic losses, with legal advice, remembering what cannot be limited.",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 3
        {
            "slug": "at-the-table",
            "title": "At the table",
            "summary": "Open credibly, trade concessions, handle pressure tactics and conduct yourself as a public servant should.",
            "lessons": [
                {
                    "slug": "opening-and-first-offers",
                    "title": "Opening the negotiation and first offers",
                    "summary": "Set the agenda, make an ambitious but credible first offer and deal with the supplier's anchor.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>The first few minutes of a negotiation set its tone. Start by agreeing the "
                            "purpose, the agenda and the time available, and confirm who has authority to agree "
                            "what. A short, sincere piece of relationship-building helps: most public-sector "
                            "negotiations are with suppliers you will work with for years, so the aim is a "
                            "good deal and a working relationship, not a victory. Then summarise the background "
                            "neutrally, so that both sides start from the same facts.</p>"
                        )),
                        ("paragraph", (
                            "<p>Try to agree the list of issues before discussing any of them. If you settle price "
                            "first and then move on to risk, term and service credits, you have nothing left to "
                            "trade on the later issues. A useful phrase to agree early is <i>nothing is agreed "
                            "until everything is agreed</i>: points can be provisionally settled, but the deal is "
                            "only final as a whole package.</p>"
                        )),
                        ("heading", {"text": "Anchoring: why first offers matter"}),
                        ("paragraph", (
                            "<p>The first figure put on the table tends to act as an <b>anchor</b>: later offers "
                            "and counter-offers are judged in relation to it, even when people know it was chosen "
                            "to influence them. This effect is well established in research on judgement and "
                            "decision-making. It means that a supplier's opening price of £1.2m pulls the whole "
                            "discussion towards that figure, even if your evidence suggests £900,000 is fair.</p>"
                            "<p>Whether to make the first offer depends on how good your information is. If you "
                            "have prepared well, with benchmarks and a should-cost model, making the first offer "
                            "lets you set the anchor. If you know little about the value of what is being "
                            "negotiated, it may be wiser to let the supplier open and learn from its offer, while "
                            "being careful not to be anchored by it.</p>"
                        )),
                        ("heading", {"text": "Making a good opening offer"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Ambitious</b>: open near your most desired outcome, leaving room to "
                            "move. Concessions are easier to make than to claw back.</li>"
                            "<li><b>Credible</b>: an offer you cannot justify damages trust and invites an "
                            "equally extreme response. Base it on evidence you can explain.</li>"
                            "<li><b>Justified</b>: give your reasons briefly, then stop talking. Long "
                            "explanations sound like apologies and invite debate.</li>"
                            "<li><b>Precise</b>: a figure such as £912,000 suggests careful calculation; a round "
                            "£900,000 suggests a guess that can be moved.</li>"
                            "<li><b>A package</b>: where possible, open with a proposal on several issues at "
                            "once, so later movement can be traded across them.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Responding to the supplier's anchor"}),
                        ("paragraph", (
                            "<p>When the supplier opens with an ambitious figure, do not react as though it were a "
                            "reasonable starting point, and do not make an immediate counter-offer that splits the "
                            "difference. Instead ask how it was built up: <i>can you take us through how you "
                            "arrived at that figure?</i> Test the assumptions against your own evidence. Then "
                            "re-anchor by restating your own position and the evidence behind it. If an opening "
                            "offer is far outside anything reasonable, say so calmly and explain why, rather than "
                            "negotiating from it.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Agree the agenda and all the issues before settling any of them. Open with an "
                                "ambitious, evidenced offer, and meet an extreme anchor with questions and your own "
                                "evidence, not a counter-offer.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "An opening price for a variation",
                            "organisation": "Westvale County Council (fictional)",
                            "body": (
                                "<p>Westvale County Council needed its waste contractor to add a weekly food waste "
                                "collection. The contractor opened at £1.4m a year. The contract manager had built "
                                "a should-cost model from the number of extra vehicles and crews needed, using the "
                                "contract's own rates, and reached about £1.05m.</p>"
                                "<p>Rather than counter at £1.2m, she asked the contractor to take her through its "
                                "figure line by line. It had assumed three more vehicles than the routes needed "
                                "and a margin above the one in the contract's pricing schedule. She then set out "
                                "her model. The discussion moved to the differences between the two build-ups, and "
                                "the agreed price of £1.11m was supported by evidence both sides could explain to "
                                "their managers.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "For your chosen negotiation, would you make the first offer or let the supplier "
                                "open? Draft your opening statement in three or four sentences, including the "
                                "evidence you would give for your figure."
                            ),
                            "guidance": (
                                "<p>A good answer justifies the choice by the quality of your information. The "
                                "opening statement covers several issues, not just price, is near your most "
                                "desired outcome but supported by specific evidence such as benchmarks or a "
                                "should-cost model, and is short. It also notes how you would respond if the "
                                "supplier opened first with an extreme figure.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "concessions-and-trading",
                    "title": "Concessions and trading",
                    "summary": "Never give without getting: trade conditionally, in shrinking steps, and keep track of the package.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Almost every negotiation involves movement by both sides. How you move matters as "
                            "much as how far. A concession given freely tells the other side two things: that your "
                            "opening was not serious, and that more concessions may follow if they simply wait. A "
                            "concession traded for something in return tells them that everything has a price and "
                            "that movement has to be earned.</p>"
                        )),
                        ("heading", {"text": "Trade, do not give"}),
                        ("paragraph", (
                            "<p>Make every concession <b>conditional</b>. The simplest way is the <i>if... then</i> "
                            "form, with the condition first: <i>if you can accept a cap on indexation at 3%, then we "
                            "could look again at the length of the extension</i>. Putting the condition first "
                            "ensures the other side hears what you need before what you are offering. Never "
                            "agree the second half without the first.</p>"
                            "<p>Use your planned concessions: those that cost you little but are valuable to the "
                            "supplier. Value them in the supplier's terms, not yours. Faster payment may be worth "
                            "a great deal to a small firm; say so, and expect something worthwhile in exchange.</p>"
                        )),
                        ("heading", {"text": "The pattern of concessions"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Start slowly</b>: early large concessions raise expectations.</li>"
                            "<li><b>Make them smaller</b> as you go: shrinking steps (for example £30,000, then "
                            "£15,000, then £5,000) signal that you are nearing your limit. Equal or growing steps "
                            "signal there is more to come.</li>"
                            "<li><b>Do not split the difference</b> by reflex. Halfway between two positions is "
                            "only fair if both openings were fair.</li>"
                            "<li><b>Do not concede against yourself</b>: if you have made an offer, wait for a "
                            "counter-offer before moving again.</li>"
                            "<li><b>Keep count</b>: the note-taker should log each concession on both sides, so you "
                            "can summarise the package and point to what you have already given.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Creating value, not just dividing it"}),
                        ("paragraph", (
                            "<p>Negotiations are sometimes described as dividing a fixed pie. When several issues "
                            "are in play and each side values them differently, the pie can be made bigger before "
                            "it is divided. This is sometimes called <b>logrolling</b>: each side concedes on the "
                            "issues it cares less about in exchange for gains on those it cares more about. A "
                            "supplier that cares most about term and a buyer that cares most about service quality "
                            "can both do better than a compromise on each issue separately, by agreeing a longer "
                            "term with tougher KPIs.</p>"
                            "<p>To find these trades, offer <b>packages</b> rather than single-issue moves, and "
                            "consider putting two or three packages of equal value to you on the table at once. "
                            "Which one the supplier prefers tells you about its priorities.</p>"
                        )),
                        ("paragraph", (
                            "<p>Remember that every concession must stay inside your mandate and within what the "
                            "procurement rules and the contract allow. A trade that turns a variation into a "
                            "substantial modification, for instance by adding years of term the contract did not "
                            "provide for, may not be lawful however good the value.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Every concession should be traded, not given: condition first, then offer. "
                                "Move in shrinking steps, keep a log, and look for packages that give each side "
                                "more of what it values most.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Packaging an extension",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>Northshire Police was negotiating a contract extension for vehicle recovery "
                                "and storage, provided for in the original contract. The supplier wanted a 9% rate "
                                "rise and the full two-year extension; the force wanted no rise and better response "
                                "times in rural areas.</p>"
                                "<p>The force put forward two packages, each within its mandate: a one-year "
                                "extension with a 3% rise, or the full two years with a 4.5% rise tied to a new "
                                "rural response KPI and a quarterly data report. The supplier chose the second, "
                                "which told the force that certainty of term mattered more to it than the rate. "
                                "After one more exchange, with the force offering monthly rather than quarterly "
                                "payment if the supplier dropped to 4%, the deal was agreed. Every move had been "
                                "conditional and logged.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Recall a negotiation, at work or outside it, where you made a concession. Was it "
                                "traded or given? What did the other side learn from the way you moved?"
                            ),
                            "guidance": (
                                "<p>A good answer is honest about whether the concession was conditional, the size "
                                "and pattern of the moves, and whether the other side asked for more afterwards. "
                                "It rewrites one concession in the <i>if you... then we...</i> form and notes what "
                                "you would have asked for in return.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "tactics-and-how-to-respond",
                    "title": "Tactics and how to respond",
                    "summary": "Recognise common pressure tactics, respond calmly and use adjournments to keep control.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Professional sales and account teams are trained negotiators, and some use "
                            "pressure tactics, consciously or out of habit. Recognising a tactic takes most of its "
                            "power away. The best response is usually calm: name what is happening if it helps, "
                            "bring the discussion back to interests and evidence, and never make a concession "
                            "simply to relieve pressure. You should not use manipulative tactics yourself, but you "
                            "need to know them.</p>"
                        )),
                        ("heading", {"text": "Common tactics"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>The deadline</b>: <i>this price is only available if you sign by Friday</i>. "
                            "Ask what happens on Monday, and check whether the deadline is real. Your own "
                            "governance timetable is a legitimate reason to take the time you need.</li>"
                            "<li><b>Higher authority</b>: <i>I would need to check with my director</i>, used to "
                            "win a further concession after an apparent deal. Establish at the start who can "
                            "agree, and if a referral comes back with new demands, reopen your own concessions "
                            "too.</li>"
                            "<li><b>The nibble</b>: once the deal seems done, a small extra request, such as "
                            "<i>you will cover the travel costs, won't you?</i> Treat it as a new issue that needs "
                            "a trade.</li>"
                            "<li><b>Good cop, bad cop</b>: one negotiator is aggressive and the other "
                            "sympathetic, so the sympathetic one's demands seem reasonable. Judge every proposal "
                            "on its merits, whoever makes it.</li>"
                            "<li><b>Take it or leave it</b>: sometimes true, often a test. Check it against your "
                            "BATNA: if the offer is worse than walking away, leave it.</li>"
                            "<li><b>The flinch</b>: a visible show of shock at your offer, meant to make you "
                            "retreat. Restate your evidence and wait.</li>"
                            "<li><b>Salami slicing</b>: securing concessions one thin slice at a time, on one issue "
                            "after another. Insist on seeing the whole package.</li>"
                            "<li><b>Silence</b>: leaving a pause after your offer so that you fill it with a "
                            "concession. Silence works both ways; you can wait too.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Keeping control"}),
                        ("paragraph", (
                            "<p>The most useful tool in a difficult negotiation is the <b>adjournment</b>. Call "
                            "one when you need to think, check figures, consult your team or seek an extended "
                            "mandate, or when emotions are running high. A short break costs nothing and prevents "
                            "most of the worst decisions made at the table. Agree in advance with your team how "
                            "any member can signal the need for one.</p>"
                            "<p>Other habits help. Summarise regularly (<i>so, where we are is...</i>), which keeps "
                            "the record straight and slows the pace. Ask questions rather than argue. Separate the "
                            "people from the problem: you can be firm on the issue while remaining courteous to "
                            "the person. If the other side becomes angry, acknowledge the feeling without "
                            "accepting the demand.</p>"
                        )),
                        ("heading", {"text": "Handling deadlock"}),
                        ("paragraph", (
                            "<p>If talks stall, change something: bring in another issue, propose a package, ask "
                            "<i>what would you need to see to be able to agree?</i>, take a break, change the "
                            "people in the room, or agree on the parts you can and set the rest aside for later. "
                            "Sometimes deadlock simply means there is no ZOPA, and the right answer is to pursue "
                            "your BATNA politely and professionally.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Recognise tactics, stay calm and return to interests and evidence. Never "
                                "concede just to relieve pressure, and call an adjournment whenever you need time "
                                "to think.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "The director who arrived at the end",
                            "organisation": "Department for Regional Services (fictional)",
                            "body": (
                                "<p>After a day of negotiation on a facilities management variation, the "
                                "department and the supplier's account manager had agreed a package. The next "
                                "morning the account manager emailed to say his director could only approve it if "
                                "the department also accepted a higher cap on indexation.</p>"
                                "<p>The department's lead replied that she was glad the director was now involved, "
                                "and that since the package was being reopened, the department would also need to "
                                "revisit the payment terms it had conceded in exchange for the original cap. She "
                                "proposed a short call with the director present. The original package was "
                                "confirmed within a day. At the next negotiation, she confirmed the supplier's "
                                "authority to agree at the start of the first meeting.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Which tactic do you find hardest to resist, for example silence, deadlines or "
                                "anger? Write down a sentence you could use in response next time."
                            ),
                            "guidance": (
                                "<p>A good answer names the tactic and why it works on you, then prepares a calm, "
                                "specific response: checking the deadline, naming the nibble as a new issue, "
                                "waiting out silence, or calling an adjournment. It links the response back to "
                                "your BATNA and mandate, which are what allow you to stay calm.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "ethics-and-conduct",
                    "title": "Ethics and conduct",
                    "summary": "Negotiate firmly but honestly, declare conflicts and keep to the standards expected of public servants.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>Public-sector negotiators spend public money and act on behalf of the public. The "
                            "standards expected of them are higher than in a purely private deal, and their "
                            "conduct may later be examined by auditors, scrutiny committees, the courts or the "
                            "press. Firm negotiation is entirely consistent with those standards; dishonest or "
                            "improper negotiation is not.</p>"
                        )),
                        ("heading", {"text": "The Seven Principles of Public Life"}),
                        ("paragraph", (
                            "<p>The Seven Principles of Public Life, often called the Nolan Principles, apply to "
                            "anyone working in or for public bodies: <b>selflessness</b>, <b>integrity</b>, "
                            "<b>objectivity</b>, <b>accountability</b>, <b>openness</b>, <b>honesty</b> and "
                            "<b>leadership</b>. In a negotiation they mean acting only in the public interest, not "
                            "placing yourself under any obligation to a supplier, judging offers on merit, being "
                            "able to account for what you agreed, and telling the truth.</p>"
                        )),
                        ("heading", {"text": "Honest, but not an open book"}),
                        ("paragraph", (
                            "<p>Honesty does not mean disclosing everything. You are entitled to keep your "
                            "reservation point, your budget and your BATNA to yourself, and to decline to answer "
                            "a question. What you must not do is state something you know to be false: inventing "
                            "a rival offer, claiming a budget limit that does not exist, or misrepresenting "
                            "facts about the service. Apart from being wrong, it is risky: if discovered, it "
                            "destroys trust for the rest of the contract and may expose your organisation to "
                            "legal claims. A useful test is whether you would be comfortable if the supplier, or "
                            "an auditor, later saw exactly what you said.</p>"
                        )),
                        ("heading", {"text": "Conflicts of interest, gifts and hospitality"}),
                        ("paragraph", (
                            "<ul>"
                            "<li><b>Declare any conflict</b>, actual or perceived, before you take part: a "
                            "family member working for the supplier, a shareholding, a previous job there, or a "
                            "close friendship. The Procurement Act 2023 places specific duties on contracting "
                            "authorities to identify and manage conflicts of interest.</li>"
                            "<li><b>Follow your organisation's rules on gifts and hospitality</b>, and be "
                            "especially careful during a negotiation or procurement, when even modest "
                            "hospitality can look like influence. If in doubt, decline and record it.</li>"
                            "<li><b>Never offer or accept a bribe</b>: the Bribery Act 2010 makes offering, "
                            "promising, giving, requesting or accepting a bribe a criminal offence.</li>"
                            "<li><b>Protect confidential information</b>, both your organisation's and other "
                            "suppliers'.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Fairness to the supplier"}),
                        ("paragraph", (
                            "<p>A good public-sector deal is one the supplier can deliver. Squeezing a supplier "
                            "into an unsustainable price may look like a win in the room but is likely to come "
                            "back as poor service, staff cuts, claims or failure. Pay attention too to how the "
                            "deal will affect the supplier's staff and subcontractors. Cleveland Police's "
                            "long partnership with Steria, signed in 2010, brought savings and modern technology "
                            "but also drew criticism over zero-hours contracts: how a service is delivered "
                            "reflects on the public body that commissioned it.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Be firm, but never dishonest. Keep your limits confidential without lying, "
                                "declare conflicts, follow the rules on gifts and hospitality, and aim for a deal "
                                "the supplier can sustainably deliver.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "An invitation before the final round",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>A week before the final negotiation meeting for Northshire Police's new "
                                "occupational health contract, one bidder's account director invited the force's "
                                "commercial lead to a corporate box at a football match. The lead declined "
                                "politely, recorded the invitation in the hospitality register, and told the "
                                "procurement lead.</p>"
                                "<p>During the same procurement a member of the evaluation panel realised that her "
                                "brother-in-law had recently joined another bidder. She declared it; the force "
                                "moved her to a different role on the project and recorded the decision. When a "
                                "losing bidder later asked questions about the process, the force was able to show "
                                "that both issues had been handled openly.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "A supplier asks you directly: 'What is your budget for this?' How would you answer "
                                "honestly without revealing your reservation point?"
                            ),
                            "guidance": (
                                "<p>A good answer neither lies nor discloses the limit. For example: <i>we have a "
                                "budget, and we are looking for the best value within it; it would help us to "
                                "understand how your price is built up</i>. It turns the question back to evidence "
                                "and interests, and avoids inventing a lower figure or a competing offer.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "At the table: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "opening-and-first-offers",
                        "prompt": (
                            "A supplier opens a negotiation on a variation at £480,000. Your should-cost model "
                            "suggests about £350,000. What is the best first response?"
                        ),
                        "options": [
                            {"text": "Ask the supplier to take you through how it built up the £480,000, then set out your own evidence", "correct": True,
                             "feedback": "Correct. Questioning the anchor and re-anchoring on evidence stops the supplier's figure from framing the discussion."},
                            {"text": "Counter immediately at £415,000, halfway between the two figures", "correct": False,
                             "feedback": "Splitting the difference straight away accepts the supplier's anchor as a fair starting point."},
                            {"text": "Accept, since the supplier knows its costs better than you", "correct": False,
                             "feedback": "You have evidence that suggests a much lower figure; test the price before accepting it."},
                            {"text": "Walk out to show you are serious", "correct": False,
                             "feedback": "Dramatic gestures damage the relationship and do not test the figure."},
                        ],
                        "feedback": "Meet an ambitious anchor with questions and your own evidence, not a reflex counter-offer.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "opening-and-first-offers",
                        "prompt": "It is usually best to agree the price first and then move on to the other issues one at a time.",
                        "answer": False,
                        "feedback": (
                            "False. Agree the list of issues first and treat them as a package: if price is settled "
                            "first, you have nothing left to trade on risk, term or service credits. Nothing is agreed "
                            "until everything is agreed."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "concessions-and-trading",
                        "prompt": "Which of these is the best way to phrase a concession?",
                        "options": [
                            {"text": "'If you can accept a 3% cap on indexation, then we could look again at the extension period.'", "correct": True,
                             "feedback": "Correct. It is conditional, and the condition comes first so the supplier hears what you need."},
                            {"text": "'We can give you the longer extension period.'", "correct": False,
                             "feedback": "This gives the concession away for nothing."},
                            {"text": "'We could look at the extension period, and perhaps you could think about indexation.'", "correct": False,
                             "feedback": "The offer is firm but the return is vague; the supplier will take the first part and forget the second."},
                            {"text": "'Let's split the difference on everything.'", "correct": False,
                             "feedback": "Splitting the difference is only fair if both openings were fair, and it misses trades between issues."},
                        ],
                        "feedback": "Trade, do not give: condition first, then the offer.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "concessions-and-trading",
                        "prompt": "Which of these are good practice when making concessions? Select all that apply.",
                        "options": [
                            {"text": "Making each concession smaller than the last", "correct": True,
                             "feedback": "Yes. Shrinking steps signal that you are approaching your limit."},
                            {"text": "Keeping a log of concessions made by both sides", "correct": True,
                             "feedback": "Yes. It lets you summarise the package and point to what you have given."},
                            {"text": "Waiting for a counter-offer before moving again", "correct": True,
                             "feedback": "Yes. Otherwise you are negotiating against yourself."},
                            {"text": "Making a large concession early to build goodwill", "correct": False,
                             "feedback": "Large early concessions raise expectations of more to come."},
                        ],
                        "feedback": "Move slowly, in shrinking, conditional steps, and keep track of the whole package.",
                    },
                    {
                        "type": "scenario",
                        "title": "The call the morning after",
                        "stem": (
                            "<p>After a long meeting you and a supplier's account manager shook hands on a package "
                            "for a contract extension: a 4% rate rise, two years, a new KPI and monthly payment. "
                            "The next day the account manager calls: 'My director is happy with almost everything, "
                            "but needs 5%, and you'll cover our mobilisation costs for the new KPI reporting, "
                            "won't you? She needs an answer by five o'clock or the offer is off.'</p>"
                        ),
                        "questions": [
                            {
                                "type": "multiple_response",
                                "lesson": "tactics-and-how-to-respond",
                                "prompt": "Which tactics are being used? Select all that apply.",
                                "options": [
                                    {"text": "Higher authority", "correct": True,
                                     "feedback": "Yes. An absent director is used to reopen a deal already agreed."},
                                    {"text": "The nibble", "correct": True,
                                     "feedback": "Yes. A small extra request, the mobilisation costs, is added once the deal seems done."},
                                    {"text": "A deadline", "correct": True,
                                     "feedback": "Yes. The five o'clock cut-off is designed to rush you."},
                                    {"text": "Logrolling", "correct": False,
                                     "feedback": "Logrolling is a legitimate trade across issues of different value. Here, nothing is being offered in return."},
                                ],
                                "feedback": "Naming tactics to yourself takes away much of their power.",
                            },
                            {
                                "type": "single_choice",
                                "lesson": "tactics-and-how-to-respond",
                                "prompt": "What is the best response?",
                                "options": [
                                    {"text": "Say calmly that if the package is being reopened, your concessions (such as monthly payment) are reopened too, and propose a short call with the director", "correct": True,
                                     "feedback": "Correct. This removes the incentive to reopen the deal and brings the real decision-maker into the conversation."},
                                    {"text": "Agree to 5% but refuse the mobilisation costs", "correct": False,
                                     "feedback": "This rewards the tactic with a one-sided concession, and invites more of the same."},
                                    {"text": "Agree to everything to meet the five o'clock deadline", "correct": False,
                                     "feedback": "Never concede just to relieve time pressure; check whether the deadline is real."},
                                    {"text": "End the relationship with the supplier", "correct": False,
                                     "feedback": "Disproportionate. The tactic can be handled calmly and the deal restored."},
                                ],
                                "feedback": "Treat a reopened deal as a whole package again, and establish who has authority to agree.",
                            },
                        ],
                    },
                    {
                        "type": "true_false",
                        "lesson": "ethics-and-conduct",
                        "prompt": "Declining to tell a supplier your maximum budget is consistent with the principle of honesty.",
                        "answer": True,
                        "feedback": (
                            "True. Honesty means not saying things you know to be false. You are entitled to keep "
                            "your reservation point, budget and BATNA confidential."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "ethics-and-conduct",
                        "prompt": (
                            "During a negotiation, which of these would breach the standards expected of a "
                            "public-sector negotiator?"
                        ),
                        "options": [
                            {"text": "Telling the supplier you have a cheaper rival quote when you do not", "correct": True,
                             "feedback": "Correct. Inventing a rival offer is dishonest, destroys trust if discovered and may expose your organisation to claims."},
                            {"text": "Refusing to reveal your reservation point", "correct": False,
                             "feedback": "This is legitimate: you do not have to disclose your limits."},
                            {"text": "Calling an adjournment to consult your team", "correct": False,
                             "feedback": "Adjournments are a normal and sensible part of negotiation."},
                            {"text": "Asking the supplier how its price is built up", "correct": False,
                             "feedback": "Questioning the basis of a price is good practice."},
                        ],
                        "feedback": "Be firm and keep your limits private, but never state something you know to be untrue.",
                    },
                    {
                        "type": "short_text",
                        "lesson": "tactics-and-how-to-respond",
                        "prompt": (
                            "What is the name for a short break in a negotiation, called to think, check figures or "
                            "consult your team?"
                        ),
                        "accepted": ["adjournment", "an adjournment", "adjourn", "recess", "a recess", "time out", "time-out"],
                        "feedback": (
                            "An adjournment. It costs nothing and prevents many poor decisions made under pressure "
                            "at the table."
                        ),
                    },
                ],
            },
        },
        # ------------------------------------------------------------------ module 4
        {
            "slug": "closing-and-after",
            "title": "Closing and after the deal",
            "summary": "Close and record the agreement, hand it over to contract management, and negotiate changes during the contract.",
            "lessons": [
                {
                    "slug": "closing-and-recording-the-agreement",
                    "title": "Closing and recording the agreement",
                    "summary": "Recognise when to close, summarise the whole package and confirm it in writing the same day.",
                    "estimated_minutes": 13,
                    "body": [
                        ("paragraph", (
                            "<p>Many good negotiations are spoiled at the end. Tired negotiators leave the room "
                            "with different memories of what was agreed; a loose end becomes a dispute months "
                            "later; or a deal agreed in principle is never properly written into the contract. "
                            "Closing well is a skill of its own, and recording the agreement accurately is as "
                            "important as reaching it.</p>"
                        )),
                        ("heading", {"text": "Knowing when to close"}),
                        ("paragraph", (
                            "<p>Signs that a deal is near include concessions getting smaller, the other side "
                            "talking about implementation rather than terms, questions about next steps, and "
                            "agreement on most issues with only details outstanding. When you see them, check the "
                            "package against your plan: is it within your mandate, above your reservation point on "
                            "every issue, and better than your BATNA overall? If so, move to close rather than "
                            "pushing for one more small gain that risks the whole deal or leaves the supplier "
                            "resentful.</p>"
                        )),
                        ("heading", {"text": "Summarise the whole package"}),
                        ("paragraph", (
                            "<p>Before anyone leaves, the lead should summarise every point agreed, issue by "
                            "issue, and ask the other side to confirm. Use the note-taker's log. Pay special "
                            "attention to:</p>"
                            "<ul>"
                            "<li>exact figures, units and dates (is the price per year or for the whole term? "
                            "from which date? including or excluding VAT?);</li>"
                            "<li>conditions attached to concessions (<i>the 4% applies only if the new KPI is in "
                            "place from April</i>);</li>"
                            "<li>what has <i>not</i> been agreed and how it will be resolved;</li>"
                            "<li>any approvals still needed on either side, and by when.</li>"
                            "</ul>"
                        )),
                        ("heading", {"text": "Put it in writing the same day"}),
                        ("paragraph", (
                            "<p>Send a written summary, sometimes called a <b>heads of terms</b> or a note of "
                            "agreement, to the supplier the same day or the next morning, and ask for written "
                            "confirmation. Being the party that writes the first record is an advantage: the "
                            "structure and wording will be yours. State clearly that the summary is subject to "
                            "contract and to any internal approvals, so that it does not accidentally become a "
                            "binding agreement before the formal documents are ready.</p>"
                            "<p>Then turn the agreement into the proper contractual form: a contract, a formal "
                            "variation through the contract's change control procedure, or an extension notice, "
                            "drafted or checked by legal colleagues. Make sure any notices required by the "
                            "procurement rules are published. Until the formal document is signed by people with "
                            "authority, the deal is not done.</p>"
                        )),
                        ("paragraph", (
                            "<p>Finally, keep the negotiation file: the plan, mandate, notes of each meeting, the "
                            "concession log and the written summary. It is your evidence if the agreement is later "
                            "disputed or audited, and it will be invaluable to the next person who negotiates "
                            "with this supplier.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Close when the package meets your plan, summarise every point before leaving, "
                                "confirm it in writing the same day marked subject to contract, and turn it into a "
                                "properly signed contractual document.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Per year or per term?",
                            "organisation": "Westvale County Council (fictional)",
                            "body": (
                                "<p>Westvale County Council agreed with its IT support supplier a £60,000 "
                                "reduction in charges in exchange for a two-year extension. Nobody wrote it down "
                                "that day. When the variation was drafted a month later, the supplier's version "
                                "showed a £60,000 reduction over the two years; the council's team remembered "
                                "£60,000 a year.</p>"
                                "<p>Neither side had notes precise enough to settle it, and the council eventually "
                                "agreed to £45,000 a year. It now requires the lead negotiator to send a written "
                                "summary within one working day of every negotiation, with all figures stated per "
                                "year and for the whole term.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Draft the headings you would use for a same-day written summary of a negotiation "
                                "you expect to have. What details are most likely to be misunderstood?"
                            ),
                            "guidance": (
                                "<p>A good answer includes headings for each issue agreed, figures with units, "
                                "periods and VAT treatment, conditions attached to concessions, open points, "
                                "approvals needed, and a 'subject to contract' statement. It identifies the "
                                "ambiguities most likely in that negotiation, such as start dates or what a "
                                "price covers.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "handing-over-to-contract-management",
                    "title": "Handing over to contract management",
                    "summary": "Make sure the people who run the contract understand what was agreed, why, and what was traded for it.",
                    "estimated_minutes": 12,
                    "body": [
                        ("paragraph", (
                            "<p>The value of a negotiation is only realised if the agreement is delivered. Often "
                            "the people who negotiate a contract are not the people who manage it: a procurement "
                            "or commercial team agrees the deal and moves on to the next procurement, and a "
                            "contract manager in the service inherits a long document. If the reasons behind the "
                            "terms are lost at that handover, concessions that were hard won are quietly not "
                            "enforced, and the supplier's account team, which has usually stayed the same, knows "
                            "more about the deal than the buyer does.</p>"
                        )),
                        ("heading", {"text": "Involve the contract manager early"}),
                        ("paragraph", (
                            "<p>The best handover starts before the negotiation. Involve the future contract "
                            "manager in preparing the plan, and ideally in the negotiation team, for example as "
                            "the specialist or note-taker. They know what will work in practice, which KPIs can "
                            "be measured and which obligations will be hard to check, and they will carry the "
                            "relationship with the supplier's people afterwards.</p>"
                        )),
                        ("heading", {"text": "What a handover pack contains"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>The signed contract or variation, and a short summary of its key terms: price "
                            "and indexation, payment mechanism, KPIs and service credits, term and extension "
                            "options, liability, change control and exit.</li>"
                            "<li>The <b>intent</b> behind important clauses: what problem each was meant to "
                            "solve, and how each side understood it.</li>"
                            "<li>What was <b>traded</b>: the concessions made by both sides and what they were "
                            "exchanged for, so that neither is later given away twice.</li>"
                            "<li>Commitments made in the negotiation that must now be delivered, with dates, "
                            "including any by your own organisation.</li>"
                            "<li>Open points, risks and assumptions, including anything that was deliberately "
                            "left for later.</li>"
                            "<li>Who is who on the supplier's side, and notes on how they negotiate.</li>"
                            "<li>The negotiation file, for reference.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Hold a handover meeting rather than simply sending the pack, and for significant "
                            "contracts hold a joint meeting with the supplier's delivery team too, so that both "
                            "sides start contract management with the same understanding of what was agreed. "
                            "Agree how the commitments will be tracked during mobilisation and in the first "
                            "governance meetings.</p>"
                        )),
                        ("paragraph", (
                            "<p>This matters at the scale of whole organisations as well as single contracts. "
                            "In 2015 the London Assembly's Budget and Performance Committee, in its report "
                            "<i>To Protect and Save</i>, warned the Metropolitan Police to build commercial "
                            "expertise before outsourcing further. The force had let a £216m back-office contract "
                            "covering finance, procurement and HR to SSCL, a company majority-owned by Sopra "
                            "Steria. The underlying point applies to every public body: the organisation needs "
                            "people who understand what has been agreed and can manage it, not just people who "
                            "can sign it.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Hand over the why as well as the what. The contract manager needs to know what "
                                "was agreed, what was traded for it and what each side promised, or the value "
                                "won at the table will leak away.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "A retention plan nobody chased",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>In the custody contract extension described in the first lesson, Northshire "
                                "Police traded a pay-linked price rise for a staff retention plan and a night-shift "
                                "cover KPI. The commercial lead then moved to a new project. Six months later the "
                                "new contract manager had not heard of the retention plan: it was in an appendix "
                                "to the variation and nobody had asked for progress.</p>"
                                "<p>When it came to light, the force asked for the overdue plan, which the supplier "
                                "produced within a month. The force added a standard handover meeting and a "
                                "'commitments tracker' to its negotiation process, and now asks the contract manager "
                                "to sign off the negotiation plan before talks begin.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "If you inherited a contract tomorrow, what would you want to know about how it was "
                                "negotiated? What would you ask the person who negotiated it?"
                            ),
                            "guidance": (
                                "<p>A good answer asks about the intent behind key clauses, what was traded and "
                                "why, commitments on both sides and their dates, unresolved points and risks, and "
                                "the people on the supplier's side. It recognises that a signed contract alone "
                                "rarely tells the whole story.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "negotiating-variations",
                    "title": "Negotiating variations during the contract",
                    "summary": "Prepare for change negotiations with a single supplier, using the contract, evidence and the procurement rules.",
                    "estimated_minutes": 14,
                    "body": [
                        ("paragraph", (
                            "<p>Few contracts run for years without change. Demand rises or falls, policy changes, "
                            "new technology appears, and the public body asks for something extra. Each change is "
                            "a negotiation, and each happens with a single supplier who knows it is the only one "
                            "that can make the change without disruption. Variations are where a great deal of "
                            "value is quietly lost over the life of a contract, through prices accepted without "
                            "challenge and small changes agreed informally.</p>"
                        )),
                        ("heading", {"text": "Start with the contract"}),
                        ("paragraph", (
                            "<p>Read the change control procedure before you start, and follow it. Most contracts "
                            "set out how changes are requested, how the supplier must respond (often with an "
                            "impact assessment covering price, timing, KPIs and risk), how prices for changes are "
                            "to be calculated, for example from the rates and margin in a pricing schedule, and who "
                            "may approve them. Those rules are your strongest lever: a supplier cannot simply name "
                            "its price if the contract says how the price is to be built up.</p>"
                        )),
                        ("heading", {"text": "Check what is allowed"}),
                        ("paragraph", (
                            "<p>Before negotiating a significant change, check with your procurement team whether "
                            "it is a permitted modification under the procurement rules, and whether a contract "
                            "change notice will need to be published. A change that materially alters the scope, "
                            "extends the term beyond what the contract provided for, or shifts the economic "
                            "balance in the supplier's favour may need a new procurement instead. It is far better "
                            "to find this out before you have agreed terms than afterwards.</p>"
                        )),
                        ("heading", {"text": "Preparing a variation negotiation"}),
                        ("paragraph", (
                            "<ul>"
                            "<li>Define the change precisely, in writing, before asking for a price. A vague "
                            "request invites a generous price and later disputes.</li>"
                            "<li>Build your own estimate or should-cost model, using the contract's rates where "
                            "they apply.</li>"
                            "<li>Ask for the price to be broken down, and use any open-book rights to check "
                            "it.</li>"
                            "<li>Look for offsetting savings: a new requirement may make an old one unnecessary.</li>"
                            "<li>Consider your BATNA: could the work be done in-house, by another supplier or "
                            "through a framework, or simply not done?</li>"
                            "<li>Bundle small changes where you can, rather than negotiating a drip of minor "
                            "requests each of which is priced at a premium.</li>"
                            "</ul>"
                        )),
                        ("paragraph", (
                            "<p>Guard against <b>informal change</b>. A service manager asking the supplier for "
                            "something extra, and the supplier doing it as a favour, can become a claim for "
                            "payment months later, at a price you never negotiated. Make sure everyone knows that "
                            "only authorised people can request changes, and that nothing changes until a "
                            "variation is signed.</p>"
                            "<p>Variations can also be used to recover value. When demand falls, a policy ends or "
                            "the supplier's costs drop, the buyer may be entitled to a reduction, and should "
                            "negotiate for it as firmly as the supplier would for an increase.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>Treat every variation as a proper negotiation: use the change control "
                                "procedure and the contract's pricing rules, check the procurement rules first, "
                                "prepare your own estimate, and never let changes happen informally.</p>"
                            ),
                        }),
                        ("case_study", {
                            "title": "Twelve small changes",
                            "organisation": "Department for Regional Services (fictional)",
                            "body": (
                                "<p>Over a year, different teams in the Department for Regional Services asked its "
                                "document management supplier for twelve small changes: new report formats, extra "
                                "user accounts, an additional scanning site. Each was priced separately by the "
                                "supplier, with its own project management charge, and each was approved because it "
                                "was small.</p>"
                                "<p>A new contract manager added them up: the changes had increased the contract's "
                                "annual cost by almost a fifth. She introduced a single route for change requests, "
                                "bundled the outstanding requests into one quarterly variation, and negotiated using "
                                "the day rates and margin in the contract's pricing schedule. The next quarterly "
                                "variation cost about 40% less than the same work would have cost as separate "
                                "requests.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "Look at the changes made to a contract you know in the past year. Were they "
                                "requested, priced and approved through change control? Were any made "
                                "informally?"
                            ),
                            "guidance": (
                                "<p>A good answer checks each change against the contract's procedure, including "
                                "how the price was calculated and who approved it. It identifies any informal "
                                "changes and the risk of later claims, and suggests improvements such as a single "
                                "route for requests, bundling, or using the contract's rates as the basis for "
                                "pricing.</p>"
                            ),
                        }),
                    ],
                },
                {
                    "slug": "renegotiating-an-underperforming-contract",
                    "title": "Case study: renegotiating an underperforming outsourcing contract",
                    "summary": "Bring the whole course together in a renegotiation with a supplier that is failing but hard to replace.",
                    "estimated_minutes": 16,
                    "body": [
                        ("paragraph", (
                            "<p>This lesson follows a fictional but realistic case from start to finish. It draws on "
                            "everything in the course: interests, BATNA, the mandate, the procurement rules, "
                            "commercial levers, conduct at the table, closing and handover. Read it with your own "
                            "contracts in mind.</p>"
                            "<p>Large back-office outsourcing is a familiar model in policing. Lincolnshire "
                            "Police outsourced much of its back office and support services to G4S in 2012, in a "
                            "deal worth about £200m over ten years; Cleveland Police's partnership with Steria, "
                            "signed in 2010, was worth about £175m over ten years. Contracts of this kind are "
                            "long, broad and hard to move, which is exactly why a renegotiation needs care.</p>"
                        )),
                        ("case_study", {
                            "title": "The situation",
                            "organisation": "Northshire Police (fictional)",
                            "body": (
                                "<p>Four years into a ten-year contract, Northshire Police's outsourced back office "
                                "(payroll, HR administration, finance transactions and procurement support) is "
                                "failing. The supplier, Keystone Business Services (also fictional), has missed the "
                                "payroll accuracy KPI for five months, invoices are paid late, and officers' "
                                "complaints about HR queries have tripled. Service credits are being deducted, "
                                "but they are capped at 10% of the monthly charge and performance is not "
                                "improving.</p>"
                                "<p>Keystone has asked for a meeting. Its position is that the service is "
                                "underfunded: volumes are higher than the contract assumed, and it wants a 12% "
                                "price increase. The chief officer team wants the service fixed and no extra "
                                "cost. Some voices are calling for immediate termination.</p>"
                            ),
                        }),
                        ("heading", {"text": "Step 1: establish the facts and the interests"}),
                        ("paragraph", (
                            "<p>The force's commercial lead starts with evidence, not positions. A joint review of "
                            "the data shows that transaction volumes are indeed about 15% above the contract's "
                            "baseline, mostly because the force's own recruitment drive doubled the number of "
                            "starters. It also shows that Keystone moved the payroll team to a new site and lost "
                            "most of its experienced staff, which explains the payroll errors better than volumes "
                            "do.</p>"
                            "<p>The interests become clearer. Keystone needs the contract to stop losing money "
                            "and is worried about its reputation with other police customers. The force needs "
                            "accurate pay (officers being paid wrongly is a welfare and morale issue), prompt "
                            "payment of its own suppliers, and a fair price it can defend to its police and crime "
                            "commissioner.</p>"
                        )),
                        ("heading", {"text": "Step 2: work out the BATNA"}),
                        ("paragraph", (
                            "<p>Termination for poor performance looks tempting, but the team costs it honestly. "
                            "The contract's termination rights would require a formal process of warning notices "
                            "and remediation first. A re-procurement and transition would take eighteen months or "
                            "more; bringing the service in-house would need systems, managers and TUPE transfers "
                            "of staff; and a disputed termination could be expensive. The realistic BATNA is to "
                            "continue enforcing the contract through its remedies, while starting work on an exit "
                            "plan. That is a weak but not a worthless alternative, and improving it becomes part "
                            "of the strategy: the force begins a discreet assessment of insourcing payroll.</p>"
                        )),
                        ("heading", {"text": "Step 3: the plan and the mandate"}),
                        ("paragraph", (
                            "<p>The team writes a negotiation plan. The issues are: restoring payroll accuracy, "
                            "the volume baseline and price, service credits, the remediation plan, governance, "
                            "and exit provisions. The chief finance officer signs a mandate: the force may agree a "
                            "price adjustment for genuine volume growth, calculated from the contract's own unit "
                            "rates, but only in return for an enforceable remediation plan, stronger remedies for "
                            "repeated failure and better exit information. Procurement colleagues confirm that an "
                            "adjustment calculated under the contract's existing volume mechanism is within the "
                            "contract's terms, whereas a general price rise would not be.</p>"
                        )),
                        ("heading", {"text": "Step 4: at the table"}),
                        ("paragraph", (
                            "<p>Keystone opens at 12%. The force's lead does not counter. She asks how the figure "
                            "was built, then sets out the joint data: volume growth justifies an adjustment of "
                            "about 6% using the contract's rates, while the payroll errors stem from Keystone's "
                            "own decision to move the team. She proposes a package: <i>if</i> Keystone commits to a "
                            "remediation plan with weekly milestones, restores experienced payroll staff and "
                            "accepts that persistent failure after the plan will give the force a right to take "
                            "the payroll service back, <i>then</i> the force will apply the volume adjustment from "
                            "the date the plan's first milestone is met, and share its recruitment forecasts "
                            "monthly.</p>"
                            "<p>Keystone's director tries a deadline (<i>we need to tell our board on Friday</i>) "
                            "and later a nibble on the backdating of the adjustment. The lead calls an "
                            "adjournment, checks her mandate, and offers backdating only in exchange for the "
                            "service credit cap rising to 12% for the remediation period.</p>"
                        )),
                        ("heading", {"text": "Step 5: closing and after"}),
                        ("paragraph", (
                            "<p>The deal is summarised in the room and confirmed in writing the same day, subject "
                            "to contract. It is formalised through the contract's change control procedure. The "
                            "contract manager, who sat in as note-taker, owns the remediation tracker, and the "
                            "strategic board reviews progress monthly. Within four months payroll accuracy is back "
                            "above target. The exit plan and the insourcing assessment continue regardless, "
                            "because the force now understands how weak its BATNA had been.</p>"
                        )),
                        ("key_point", {
                            "title": "Key point",
                            "body": (
                                "<p>In a renegotiation with a failing supplier, separate what the buyer caused "
                                "from what the supplier caused, cost the alternatives honestly, pay only for "
                                "genuine changes on the contract's own terms, and buy improvement with "
                                "enforceable commitments. Then keep strengthening your BATNA.</p>"
                            ),
                        }),
                        ("reflection", {
                            "prompt": (
                                "In the Northshire case, what would have happened if the force had agreed the 12% "
                                "to make the problem go away, or had terminated the contract immediately? What does "
                                "that tell you about a contract you manage?"
                            ),
                            "guidance": (
                                "<p>A good answer sees that paying 12% would have rewarded the supplier for "
                                "problems it caused, given no guarantee of improvement, and possibly gone beyond "
                                "what the contract and procurement rules allowed. Immediate termination would have "
                                "ignored the contract's procedure, risked a dispute and left the force without a "
                                "ready alternative. It then applies the lesson: know which problems are yours, "
                                "know your BATNA, and keep it alive.</p>"
                            ),
                        }),
                    ],
                },
            ],
            "quiz": {
                "title": "Closing and after the deal: check your understanding",
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "closing-and-recording-the-agreement",
                        "prompt": "You have just reached agreement on a package with a supplier. What should happen next?",
                        "options": [
                            {"text": "Summarise every agreed point before leaving, then send a written summary marked 'subject to contract' the same day", "correct": True,
                             "feedback": "Correct. This catches misunderstandings while memories are fresh and avoids an accidental binding agreement."},
                            {"text": "Shake hands and wait for the supplier to send its version", "correct": False,
                             "feedback": "The party that writes the first record shapes it. Do it yourself, promptly."},
                            {"text": "Start the new arrangements at once, and sort out the paperwork later", "correct": False,
                             "feedback": "Until the formal document is signed by people with authority, the deal is not done."},
                            {"text": "Email your manager to say the negotiation went well", "correct": False,
                             "feedback": "Useful, but it does not record the agreement with the supplier."},
                        ],
                        "feedback": "Summarise in the room, confirm in writing the same day, then formalise the agreement.",
                    },
                    {
                        "type": "multiple_response",
                        "lesson": "handing-over-to-contract-management",
                        "prompt": "What should a negotiation handover pack for the contract manager include? Select all that apply.",
                        "options": [
                            {"text": "The intent behind important clauses", "correct": True,
                             "feedback": "Yes. Knowing what a clause was meant to solve helps it to be applied properly."},
                            {"text": "What each side conceded and what it was exchanged for", "correct": True,
                             "feedback": "Yes. It prevents the same concession being given away twice."},
                            {"text": "Commitments made by both sides, with dates", "correct": True,
                             "feedback": "Yes. Commitments that nobody tracks are rarely delivered."},
                            {"text": "The buyer's reservation point, to share with the supplier's delivery team", "correct": False,
                             "feedback": "No. The negotiation file is for your side; your limits are never shared with the supplier."},
                        ],
                        "feedback": "Hand over the why as well as the what: intent, trades and commitments.",
                    },
                    {
                        "type": "true_false",
                        "lesson": "negotiating-variations",
                        "prompt": "Any change to a public contract can be agreed lawfully as long as both the buyer and the supplier are happy with it.",
                        "answer": False,
                        "feedback": (
                            "False. The procurement rules limit modifications. A substantial change not provided for "
                            "in the contract may need a new procurement, and many modifications must be published. "
                            "Check with procurement colleagues before negotiating."
                        ),
                    },
                    {
                        "type": "single_choice",
                        "lesson": "negotiating-variations",
                        "prompt": (
                            "A supplier quotes a high price for a change. The contract's pricing schedule sets day "
                            "rates and a margin for changes. What is your strongest lever?"
                        ),
                        "options": [
                            {"text": "Require the price to be built up from the contract's day rates and margin, and compare it with your own estimate", "correct": True,
                             "feedback": "Correct. The contract's pricing rules limit what the supplier can charge, and your estimate tests its assumptions."},
                            {"text": "Threaten to terminate the contract if the price is not reduced", "correct": False,
                             "feedback": "An empty threat damages the relationship and your credibility."},
                            {"text": "Accept the price, since only this supplier can make the change", "correct": False,
                             "feedback": "Being the only practical supplier does not let it ignore the contract's pricing rules."},
                            {"text": "Ask another supplier to quote for the change informally", "correct": False,
                             "feedback": "That may not be a realistic alternative, and sharing details informally raises fairness and confidentiality concerns."},
                        ],
                        "feedback": "In variation negotiations, the contract's change control and pricing provisions are your strongest tools.",
                    },
                    {
                        "type": "scenario",
                        "title": "A waste contractor asks for more money",
                        "stem": (
                            "<p>Two years into a council's eight-year waste collection contract, the contractor has "
                            "missed its missed-collections KPI for four months. It asks for a 10% price increase, "
                            "saying the number of households has grown. The council's data shows household "
                            "numbers are up 3%; the contractor has also had high driver turnover. A councillor "
                            "wants the contract terminated at once.</p>"
                        ),
                        "questions": [
                            {
                                "type": "single_choice",
                                "lesson": "renegotiating-an-underperforming-contract",
                                "prompt": "What is the best basis for the council's negotiation?",
                                "options": [
                                    {"text": "Consider an adjustment only for genuine household growth, using the contract's own mechanism, in exchange for an enforceable remediation plan on performance", "correct": True,
                                     "feedback": "Correct. Pay for genuine change on the contract's terms, and buy improvement with enforceable commitments."},
                                    {"text": "Agree the 10% to restore good relations quickly", "correct": False,
                                     "feedback": "This pays for problems the contractor caused and offers no guarantee of improvement."},
                                    {"text": "Terminate immediately as the councillor suggests", "correct": False,
                                     "feedback": "Termination must follow the contract's procedure and needs a costed, realistic alternative in place."},
                                    {"text": "Refuse to discuss volumes at all, because the contractor is underperforming", "correct": False,
                                     "feedback": "If households really have grown, a fair adjustment may be due. Separate the issues."},
                                ],
                                "feedback": "Separate what the buyer caused from what the supplier caused, and trade any payment for improvement.",
                            },
                            {
                                "type": "short_text",
                                "lesson": "renegotiating-an-underperforming-contract",
                                "prompt": "Before deciding whether to threaten termination, what should the council work out and cost? (Give the abbreviation.)",
                                "accepted": ["BATNA", "its BATNA", "the BATNA", "best alternative to a negotiated agreement"],
                                "feedback": (
                                    "Its BATNA. Re-procurement, insourcing or a disputed termination all take time "
                                    "and money, and the council should know the realistic cost before using "
                                    "termination as a lever."
                                ),
                            },
                        ],
                    },
                    {
                        "type": "true_false",
                        "lesson": "closing-and-recording-the-agreement",
                        "prompt": "When a deal is near, it is usually worth pushing for one more small gain even if it puts the whole package at risk.",
                        "answer": False,
                        "feedback": (
                            "False. If the package meets your plan, is within your mandate and is better than your "
                            "BATNA, close it. A last-minute squeeze can lose the deal or leave the supplier "
                            "resentful for the rest of the contract."
                        ),
                    },
                ],
            },
        },
    ],
    "final_assessment": {
        "title": "Contract negotiation: final assessment",
        "questions": [
            {
                "type": "single_choice",
                "lesson": "interests-and-positions",
                "prompt": (
                    "In an extension negotiation, your finance team says: 'We will not agree to anything longer "
                    "than one year.' When you ask why, they explain they are worried about being locked in to "
                    "old technology. Which statement is accurate?"
                ),
                "options": [
                    {"text": "'No more than one year' is a position; avoiding lock-in to old technology is the interest behind it", "correct": True,
                     "feedback": "Correct. Knowing the interest opens other options, such as a longer term with a technology refresh or a break clause."},
                    {"text": "Both statements are positions", "correct": False,
                     "feedback": "The worry about technology is the reason behind the demand, which makes it an interest."},
                    {"text": "'No more than one year' is the interest; the technology concern is the position", "correct": False,
                     "feedback": "The other way round: the position is what is asked for, the interest is why."},
                    {"text": "Internal colleagues' views are not relevant to the negotiation", "correct": False,
                     "feedback": "Your own side's interests must be understood and prioritised before you meet the supplier."},
                ],
                "feedback": "Positions are what a party asks for; interests are why. Interests often allow creative solutions.",
            },
            {
                "type": "single_choice",
                "lesson": "batna-walk-away-and-zopa",
                "prompt": (
                    "A buyer will pay at most £540,000 a year, the cost of its best alternative. It estimates the "
                    "supplier will accept anything above £495,000. Which range is the likely zone of possible "
                    "agreement?"
                ),
                "options": [
                    {"text": "£495,000 to £540,000", "correct": True,
                     "feedback": "Correct. The ZOPA is the overlap between the supplier's lowest acceptable price and the buyer's highest."},
                    {"text": "Below £495,000", "correct": False,
                     "feedback": "The supplier would rather walk away than accept a price below its reservation point."},
                    {"text": "Above £540,000", "correct": False,
                     "feedback": "Above £540,000 the buyer would be better off taking its alternative."},
                    {"text": "There is no zone of possible agreement", "correct": False,
                     "feedback": "There is an overlap between the two reservation points, so a deal is possible."},
                ],
                "feedback": "Any deal inside the ZOPA is better than walking away for both sides; the negotiation decides where in it you land.",
            },
            {
                "type": "short_text",
                "lesson": "batna-walk-away-and-zopa",
                "prompt": (
                    "What is the term for the least favourable deal you will accept, below which you would walk "
                    "away? (Two words.)"
                ),
                "accepted": ["reservation point", "walk-away point", "walk away point", "walkaway point", "resistance point", "reservation price"],
                "feedback": (
                    "Your reservation point, or walk-away point. It is set from your BATNA: any deal worse than "
                    "your BATNA should be refused."
                ),
            },
            {
                "type": "multiple_response",
                "lesson": "the-negotiation-plan-and-mandate",
                "prompt": "What should a written negotiation mandate set out? Select all that apply.",
                "options": [
                    {"text": "The maximum price or limits the negotiator may agree", "correct": True,
                     "feedback": "Yes. Clear limits protect the negotiator and the organisation."},
                    {"text": "The range acceptable on each key issue", "correct": True,
                     "feedback": "Yes. Limits on term, risk and other issues matter as well as price."},
                    {"text": "Anything that must be referred back before it is agreed", "correct": True,
                     "feedback": "Yes. It gives the negotiator a truthful reason to pause."},
                    {"text": "Authority beyond what the person giving the mandate holds under the scheme of delegation", "correct": False,
                     "feedback": "No. A mandate must sit within the scheme of delegation; nobody can delegate authority they do not have."},
                ],
                "feedback": "A mandate is written, agreed in advance and within the organisation's scheme of delegation.",
            },
            {
                "type": "true_false",
                "lesson": "what-the-procurement-rules-allow",
                "prompt": "Under the Procurement Act 2023, contracting authorities must set and publish key performance indicators for contracts worth more than £5m.",
                "answer": True,
                "feedback": (
                    "True. The Act also requires performance against those KPIs to be reported, and notices to be "
                    "published on a central digital platform. Assume what you agree may become public."
                ),
            },
            {
                "type": "scenario",
                "title": "A negotiation stage in a competition",
                "stem": (
                    "<p>The Department for Regional Services is running a competitive flexible procedure for "
                    "a grants processing service. The tender notice describes a negotiation stage with the three "
                    "highest-scoring bidders. During the negotiation meetings, one bidder asks how its price "
                    "compares with the others, and a second bidder proposes a new payment mechanism that the "
                    "department thinks would reduce costs.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "what-the-procurement-rules-allow",
                        "prompt": "How should the department respond to the bidder asking how its price compares?",
                        "options": [
                            {"text": "Decline to reveal other bidders' prices, while giving feedback on its own tender in the same way as for the other bidders", "correct": True,
                             "feedback": "Correct. Other bidders' prices are confidential, and each bidder must be treated equally."},
                            {"text": "Tell it roughly how far above the lowest price it is", "correct": False,
                             "feedback": "Even a hint at a rival's price breaches confidentiality and equal treatment."},
                            {"text": "Tell it the lowest price so that it can improve its offer", "correct": False,
                             "feedback": "This is a clear breach of confidentiality and would undermine the competition."},
                            {"text": "Exclude the bidder for asking", "correct": False,
                             "feedback": "Asking is not misconduct; simply decline to share the information."},
                        ],
                        "feedback": "Negotiation in a competition must be confidential and equal for every bidder.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "what-the-procurement-rules-allow",
                        "prompt": "The department wants to adopt the new payment mechanism. What should it do?",
                        "options": [
                            {"text": "If the change is within the published procedure, offer it to all remaining bidders on the same terms and let them revise their tenders, keeping the proposer's detailed solution confidential", "correct": True,
                             "feedback": "Correct. Changes to the basis of the competition must be open to all bidders equally, without disclosing one bidder's confidential ideas."},
                            {"text": "Agree it with the proposing bidder only, as a reward for the idea", "correct": False,
                             "feedback": "Changing the terms for one bidder only is unequal treatment."},
                            {"text": "Wait until after award and introduce it with the winner", "correct": False,
                             "feedback": "A significant change after award could reopen the basis of the competition; settle it during the procedure."},
                            {"text": "Give the other bidders a copy of the proposing bidder's detailed proposal", "correct": False,
                             "feedback": "The bidder's detailed solution is confidential to it."},
                        ],
                        "feedback": "Improve the competition for everyone, not just one bidder, and keep bidders' information confidential.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "in-competition-and-after-award",
                "prompt": (
                    "A force must renew a licence with the only supplier able to support its specialist system. "
                    "Which preparation will strengthen its position most?"
                ),
                "options": [
                    {"text": "Build a should-cost model, gather benchmarks from other forces, understand the supplier's interests and start work on a longer-term alternative", "correct": True,
                     "feedback": "Correct. Without competition, evidence, interests and a developing alternative are the main sources of leverage."},
                    {"text": "Rely on the supplier's goodwill, since there is no competition", "correct": False,
                     "feedback": "Goodwill is not a strategy. The supplier knows it cannot easily be replaced."},
                    {"text": "Threaten to switch suppliers immediately", "correct": False,
                     "feedback": "An empty threat will not be believed and damages credibility."},
                    {"text": "Accept whatever is offered, because a direct award means there is nothing to negotiate", "correct": False,
                     "feedback": "A direct award still requires value for money to be secured by negotiation."},
                ],
                "feedback": "With a sole supplier, preparation matters even more: evidence, interests and work on your BATNA.",
            },
            {
                "type": "single_choice",
                "lesson": "commercial-levers",
                "prompt": "Which payment mechanism gives the supplier the least incentive to work efficiently?",
                "options": [
                    {"text": "Cost plus, or time and materials", "correct": True,
                     "feedback": "Correct. The supplier is paid for the inputs it uses, so higher costs can mean higher income."},
                    {"text": "A fixed price", "correct": False,
                     "feedback": "Under a fixed price, the supplier keeps any efficiency savings, which is a strong incentive (though it will price in risk)."},
                    {"text": "Payment by results", "correct": False,
                     "feedback": "Payment by results rewards outcomes, giving an incentive to deliver them efficiently."},
                    {"text": "Gainshare and painshare", "correct": False,
                     "feedback": "Sharing savings and overruns gives both sides a reason to control cost."},
                ],
                "feedback": "Each payment mechanism allocates risk and incentives differently; choose it to fit how well the requirement can be defined.",
            },
            {
                "type": "scenario",
                "title": "A cleaning contract extension",
                "stem": (
                    "<p>You are negotiating a two-year extension of a council's office cleaning contract, which "
                    "the contract provides for. The supplier opens with a 9% rate increase. Your benchmark data "
                    "and should-cost model support about 3%. You have a mandate to agree up to 5%, and you know "
                    "the supplier would value being paid monthly rather than quarterly, which costs the council "
                    "very little.</p>"
                ),
                "questions": [
                    {
                        "type": "single_choice",
                        "lesson": "opening-and-first-offers",
                        "prompt": "How should you respond to the 9% opening?",
                        "options": [
                            {"text": "Ask how the 9% was built up, then set out your evidence and open with a figure close to 3%", "correct": True,
                             "feedback": "Correct. Question the anchor, then re-anchor on evidence near your most desired outcome."},
                            {"text": "Offer 6%, halfway between 3% and 9%", "correct": False,
                             "feedback": "Splitting the difference accepts the supplier's anchor and exceeds your mandate."},
                            {"text": "Tell the supplier your mandate is 5% to save time", "correct": False,
                             "feedback": "Revealing your limit almost guarantees you will pay it."},
                            {"text": "Open at 0%, without explanation, to leave plenty of room", "correct": False,
                             "feedback": "An opening you cannot justify damages credibility and invites an equally extreme response."},
                        ],
                        "feedback": "Open ambitiously but credibly, and base your figure on evidence you can explain.",
                    },
                    {
                        "type": "single_choice",
                        "lesson": "concessions-and-trading",
                        "prompt": "How should you use the monthly payment option?",
                        "options": [
                            {"text": "Offer it conditionally: 'If you can accept 3.5%, then we could move to monthly payment.'", "correct": True,
                             "feedback": "Correct. It is cheap for you and valuable to the supplier, so trade it for movement on the rate."},
                            {"text": "Offer it at the start as a goodwill gesture", "correct": False,
                             "feedback": "Given freely, it earns you nothing and signals more concessions may follow."},
                            {"text": "Keep it secret and never offer it", "correct": False,
                             "feedback": "A planned concession that costs you little is one of your most useful trading tools."},
                            {"text": "Offer it only after the deal is signed", "correct": False,
                             "feedback": "After signature it has no trading value, and it would be an unplanned change to the deal."},
                        ],
                        "feedback": "Plan concessions that are cheap to give and valuable to receive, and always trade them.",
                    },
                ],
            },
            {
                "type": "single_choice",
                "lesson": "tactics-and-how-to-respond",
                "prompt": "A supplier says: 'This is our final offer: take it or leave it.' What should you do first?",
                "options": [
                    {"text": "Compare the offer calmly with your BATNA and mandate, and decide on that basis", "correct": True,
                     "feedback": "Correct. If the offer is better than walking away and within your mandate, it may be acceptable; if not, leave it."},
                    {"text": "Accept immediately in case the offer is withdrawn", "correct": False,
                     "feedback": "Never concede just to relieve pressure. 'Take it or leave it' is often a test."},
                    {"text": "Make a further concession to keep talks going", "correct": False,
                     "feedback": "Conceding against yourself in response to pressure teaches the supplier that the tactic works."},
                    {"text": "Respond with your own ultimatum", "correct": False,
                     "feedback": "Escalating ultimatums tend to end in deadlock or damaged relationships."},
                ],
                "feedback": "Your BATNA and mandate let you judge any offer calmly, however it is presented.",
            },
            {
                "type": "single_choice",
                "lesson": "ethics-and-conduct",
                "prompt": (
                    "You are about to join a negotiation team and realise that your partner has just started "
                    "working for one of the bidders. What should you do?"
                ),
                "options": [
                    {"text": "Declare the conflict of interest before taking any part, and follow your organisation's decision on your role", "correct": True,
                     "feedback": "Correct. Conflicts, actual or perceived, must be declared and managed before you take part."},
                    {"text": "Say nothing, since you will be objective anyway", "correct": False,
                     "feedback": "Perceived conflicts matter as much as actual ones, and undeclared conflicts can undermine the whole process."},
                    {"text": "Take part, but avoid discussing that bidder's tender", "correct": False,
                     "feedback": "You cannot manage your own conflict informally; it must be declared and decided on."},
                    {"text": "Ask your partner to find out about the bidder's pricing", "correct": False,
                     "feedback": "That would be a serious breach of integrity and of the bidder's confidentiality."},
                ],
                "feedback": "Declare conflicts early. Public bodies must identify and manage conflicts of interest in procurement.",
            },
            {
                "type": "multiple_response",
                "lesson": "handing-over-to-contract-management",
                "prompt": "Why is it useful to involve the future contract manager in preparing and conducting the negotiation? Select all that apply.",
                "options": [
                    {"text": "They know which KPIs can be measured and which obligations will be hard to check", "correct": True,
                     "feedback": "Yes. Practical knowledge makes the agreed terms workable."},
                    {"text": "They will understand what was traded and why, so it is not lost at handover", "correct": True,
                     "feedback": "Yes. Value leaks away when the reasons behind terms are forgotten."},
                    {"text": "They will carry the relationship with the supplier's people afterwards", "correct": True,
                     "feedback": "Yes. Continuity helps both sides start contract management with the same understanding."},
                    {"text": "It means no written handover or negotiation record is needed", "correct": False,
                     "feedback": "No. A written record and handover pack are still needed, for audit and for future staff."},
                ],
                "feedback": "Involving the contract manager early helps the negotiated value survive into delivery.",
            },
            {
                "type": "true_false",
                "lesson": "negotiating-variations",
                "prompt": "Bundling several small change requests into one variation can reduce the overall cost of changes.",
                "answer": True,
                "feedback": (
                    "True. Pricing each small change separately tends to add repeated overheads and premiums. "
                    "Bundling, through a single route for requests, gives you more leverage and a clearer view of "
                    "the cumulative effect."
                ),
            },
            {
                "type": "single_choice",
                "lesson": "renegotiating-an-underperforming-contract",
                "prompt": (
                    "In the Northshire Police case study, why did the force agree a volume adjustment only in "
                    "exchange for an enforceable remediation plan and stronger remedies?"
                ),
                "options": [
                    {"text": "Because it would pay for genuine extra volume on the contract's own terms, but wanted enforceable improvement for the failures the supplier had caused", "correct": True,
                     "feedback": "Correct. Separating buyer-caused from supplier-caused problems, and trading payment for commitments, was the core of the deal."},
                    {"text": "Because the procurement rules prevent any price change in a public contract", "correct": False,
                     "feedback": "Changes made under the contract's own mechanisms, such as volume adjustments, can be permitted."},
                    {"text": "Because termination would have been quick and cheap", "correct": False,
                     "feedback": "The force found that termination and re-procurement would be slow and costly: its BATNA was weak."},
                    {"text": "Because the supplier had caused the volume growth", "correct": False,
                     "feedback": "The volume growth came mainly from the force's own recruitment drive."},
                ],
                "feedback": "Pay for genuine change, buy improvement with enforceable commitments, and keep strengthening your BATNA.",
            },
            {
                "type": "true_false",
                "lesson": "closing-and-recording-the-agreement",
                "prompt": "A same-day written summary of the agreed terms should normally be marked as subject to contract and to any internal approvals.",
                "answer": True,
                "feedback": (
                    "True. This records what was agreed while memories are fresh, without accidentally creating a "
                    "binding agreement before the formal contract or variation is signed by people with authority."
                ),
            },
        ],
    },
}
