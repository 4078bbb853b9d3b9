"""Imported once by the worker pool's fork server: the pipeline loads there, and every worker
forked from it starts warm (spaCy and dateparser already in memory) instead of loading them again.
"""
from .job import warm_up

warm_up()
