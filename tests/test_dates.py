"""Dates in the monitoring data are written as precisely as their source gives them, in each language."""

from __future__ import annotations

import pytest

from hooks.dates import long_date


@pytest.mark.parametrize(("value", "language", "expected"), [
    ("2014-07-01", "en", "1 July 2014"),
    ("2014-07-01", "fi", "1.7.2014"),
    ("2014-07-01", "da", "1. juli 2014"),
    ("2022-11", "en", "November 2022"),
    ("2022-11", "fi", "marraskuu 2022"),
    ("2022-11", "is", "nóvember 2022"),
    ("2022", "sv", "2022"),
])
def test_date_as_precise_as_its_source(value: str, language: str, expected: str) -> None:
    assert long_date(value, language) == expected
