"""Fixtures for the reliability tests; another test folder can use ``no_network`` by importing
it into its own conftest.py the same way."""

from tests.reliability.network_guard import no_network

__all__ = ["no_network"]
