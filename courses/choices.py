"""The fixed lists a course is described by: its topic and its level."""

from django.db import models


class Topic(models.TextChoices):
    NEGOTIATION = "negotiation", "Negotiation"
    SUPPLIER_MANAGEMENT = "supplier-management", "Supplier management"
    CONTRACT_MANAGEMENT = "contract-management", "Contract management"
    OUTSOURCING = "outsourcing", "Outsourcing"
    LEADERSHIP = "leadership", "Commercial leadership"


class Level(models.TextChoices):
    """In the order a learner takes them: suggestions sort by it."""

    FOUNDATION = "foundation", "Foundation"
    PRACTITIONER = "practitioner", "Practitioner"
    EXPERT = "expert", "Expert"
