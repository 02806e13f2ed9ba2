"""Writing Moodle XML: each of our types as the Moodle qtype the reader in moodle_xml.py maps back to it."""

import xml.etree.ElementTree as ET  # noqa: S405 - building a document, not parsing one

from quizzes import grades
from quizzes.question_bank.moodle_xml import REVISE_ELEMENT
from quizzes.question_bank.parsed import SCENARIO_PREFIX, ParsedScenario

QTYPES = {
    "single_choice": "multichoice",
    "missing_word": "multichoice",
    "multiple_response": "multichoice",
    "true_false": "truefalse",
    "short_text": "shortanswer",
    "numerical": "numerical",
    "matching": "matching",
    "essay": "essay",
    "description": "description",
}


def text_element(parent, tag, text, text_format="plain_text"):
    element = ET.SubElement(parent, tag, {"format": text_format} if text_format else {})
    ET.SubElement(element, "text").text = text
    return element


def answer_element(parent, option, *, text_format="plain_text"):
    answer = ET.SubElement(parent, "answer", {"fraction": grades.percent(option.fraction), "format": text_format})
    ET.SubElement(answer, "text").text = option.text
    text_element(answer, "feedback", option.feedback)
    return answer


def write_answers(element, question):
    kind = question.type
    if kind in ("single_choice", "missing_word", "multiple_response"):
        ET.SubElement(element, "single").text = "false" if kind == "multiple_response" else "true"
        ET.SubElement(element, "shuffleanswers").text = "true"
        for option in question.options:
            answer_element(element, option)
    elif kind == "true_false":
        for word in ("true", "false"):
            right = question.answer == (word == "true")
            answer = ET.SubElement(
                element, "answer", {"fraction": "100" if right else "0", "format": "moodle_auto_format"}
            )
            ET.SubElement(answer, "text").text = word
            text_element(answer, "feedback", question.settings.get(f"feedback_{word}", ""))
    elif kind == "short_text":
        ET.SubElement(element, "usecase").text = "1" if question.settings.get("case_sensitive") else "0"
        for option in question.accepted:
            answer_element(element, option, text_format="moodle_auto_format")
    elif kind == "numerical":
        for option in question.options:
            ET.SubElement(answer_element(element, option, text_format="moodle_auto_format"), "tolerance").text = (
                option.tolerance or "0"
            )
    elif kind == "matching":
        for left, right in question.pairs:
            sub = text_element(element, "subquestion", left)
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = right
    elif kind == "essay":
        ET.SubElement(element, "responseformat").text = "editor"
        text_element(element, "graderinfo", question.settings.get("rubric", ""))


def question_element(root, question, title):
    element = ET.SubElement(root, "question", {"type": QTYPES[question.type]})
    ET.SubElement(ET.SubElement(element, "name"), "text").text = title
    text_element(element, "questiontext", question.prompt, "html" if question.prompt_format == "html" else "plain_text")
    text_element(element, "generalfeedback", question.feedback)
    ET.SubElement(element, "defaultgrade").text = "0" if question.type == "description" else "1"
    if question.revise_lesson:
        ET.SubElement(element, REVISE_ELEMENT).text = question.revise_lesson
    write_answers(element, question)


def to_xml(items):
    root, number, category = ET.Element("quiz"), 0, ""
    for item in items:
        questions = item.questions if isinstance(item, ParsedScenario) else [item]
        if questions and questions[0].category != category:
            category = questions[0].category
            cat = ET.SubElement(root, "question", {"type": "category"})
            ET.SubElement(ET.SubElement(cat, "category"), "text").text = f"$course$/top/{category}".rstrip("/")
        if isinstance(item, ParsedScenario):
            scenario = ET.SubElement(root, "question", {"type": "description"})
            ET.SubElement(ET.SubElement(scenario, "name"), "text").text = SCENARIO_PREFIX + item.title
            text_element(scenario, "questiontext", item.stem, "html")
            for index, question in enumerate(item.questions, start=1):
                question_element(root, question, f"{item.title} / Q{index}")
        else:
            number += 1
            question_element(root, item, item.title or f"Q{number}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
