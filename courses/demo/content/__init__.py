"""Demo academy content: one module per course, each exposing COURSE (a plain dict).

The format (read by courses/demo/builder.py):

COURSE = {
    "slug": "contract-negotiation",
    "title": "Contract negotiation",
    "summary": "One or two sentences for the catalogue card.",
    "topic": "negotiation",  # one of courses.models.pages.TOPICS keys
    "level": "foundation",  # foundation | practitioner | expert
    "estimated_minutes": 150,
    "overview": "<p>Rich text HTML: who the course is for and why.</p>",
    "learning_outcomes": ["By the end you can ...", ...],
    "modules": [
        {
            "slug": "preparing-to-negotiate",
            "title": "Preparing to negotiate",
            "summary": "One sentence.",
            "lessons": [
                {
                    "slug": "interests-and-positions",
                    "title": "Interests and positions",
                    "summary": "One sentence.",
                    "estimated_minutes": 10,
                    "body": [  # StreamField blocks, in order
                        ("paragraph", "<p>HTML: p, h3 not allowed, use heading; ul/ol/li, b, i, a</p>"),
                        ("heading", {"text": "A sub-heading"}),
                        ("key_point", {"title": "Key point", "body": "<p>...</p>"}),
                        ("case_study", {"title": "...", "organisation": "...", "body": "<p>...</p>"}),
                        ("reflection", {"prompt": "A question to think about",
                                        "guidance": "<p>What a good answer covers.</p>"}),
                    ],
                },
            ],
            # every module ends with a quiz of at least 5 questions on its lessons
            "quiz": {"title": "...", "questions": [QUESTION, ...]},
        },
    ],
    # the course's final assessment: a larger bank (12+) from which 8 are drawn
    "final_assessment": {"title": "...", "questions": [QUESTION, ...]},
}

QUESTION is one of (feedback strings are plain text, explaining *why*):
    {"type": "single_choice", "prompt": "...", "lesson": "lesson-slug",
     "options": [{"text": "...", "correct": True, "feedback": "..."}, ...],  # exactly one correct
     "feedback": "general explanation shown after grading"}
    {"type": "multiple_response", ...same keys, one or more correct...}
    {"type": "true_false", "prompt": "...", "lesson": "...", "answer": True,
     "feedback": "..."}
    {"type": "short_text", "prompt": "...", "lesson": "...",
     "accepted": ["BATNA", "best alternative to a negotiated agreement"], "feedback": "..."}
    {"type": "scenario", "title": "...", "stem": "<p>case study HTML</p>",
     "questions": [single_choice / multiple_response / true_false / short_text, ...]}
"lesson" names the lesson (slug within the same course) the question tests, so a learner who
misses it is sent back to revise that lesson.
"""

from importlib import import_module

COURSE_MODULES = [
    "contract_negotiation",
    "supplier_relationship_management",
    "contract_management_foundation",
    "outsourcing_sourcing_playbook",
    "commercial_awareness_leaders",
]


def demo_courses():
    """Every demo course dict, in catalogue order."""
    return [import_module(f"{__name__}.{name}").COURSE for name in COURSE_MODULES]
