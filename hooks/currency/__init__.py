"""Currency: when each page's facts were last checked, when they are due again, and what is overdue.

`review_dates` computes the dates and checks the front matter that holds them;
`render` writes them on the page in the reader's language; `report` lists the
pages past due or due soon (`python -m hooks.check --due`, and the weekly
workflow that opens an issue with that list).
"""
