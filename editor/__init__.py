"""Policywright: guided privacy policies for small businesses, offline."""

__version__ = "0.1.0"
