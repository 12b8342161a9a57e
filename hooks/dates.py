"""Dates written as each of the six languages writes them in running text.

Babel would do this, but it is a large dependency for six month lists; the
forms below are the ones the style guides of each language use
(fi "11.10.2013", sv "11 oktober 2013", nb/da "11. oktober 2013",
is "11. október 2013"). A date known only to the month or the year is written
as precisely as it is known ("november 2022", fi "marraskuu 2022", "2022").
"""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "fi": ("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
           "lokakuu", "marraskuu", "joulukuu"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "nb": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
}


def parse(value: object) -> dt.date:
    """A date from YAML (already a date) or an ISO string."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def apa_date(value: str, language: str) -> str:
    """A reference-list date as APA 7 writes it after the year: '2017, May 3', fi '2017, 3. toukokuuta'.

    The Nordic adaptations of APA keep the year first and write the day and month as
    the language does in running text (Finnish with the month in the partitive).
    """
    if len(value) == 4:
        return value
    months = MONTHS.get(language, MONTHS["en"])
    month = months[int(value[5:7]) - 1]
    if len(value) == 7:
        return f"{value[:4]}, {month}"
    day = int(value[8:10])
    if language == "en":
        return f"{value[:4]}, {month} {day}"
    if language == "fi":
        return f"{value[:4]}, {day}. {month}ta"
    return f"{value[:4]}, {day}{'' if language == 'sv' else '.'} {month}"


def retrieval_date(value: str, language: str) -> str:
    """The day a page was retrieved, as in 'Retrieved November 25, 2026' (APA 7 writes US English)."""
    if language == "en":
        day = parse(value)
        return f"{MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
    return long_date(value, language)


def long_date(value: object, language: str) -> str:
    """`value` (a date, 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY') written out in `language`."""
    text = str(value)
    if len(text) == 4:
        return text
    months = MONTHS.get(language, MONTHS["en"])
    if len(text) == 7:
        return f"{months[int(text[5:7]) - 1]} {text[:4]}"
    day = parse(value)
    if language == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    month = months[day.month - 1]
    if language in ("nb", "da", "is"):
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"
