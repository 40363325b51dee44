"""Maktab (مكتب): the offline-capable helpdesk desk client."""

__version__ = "0.1.0"
