"""Peer review: a summary marked peer-reviewed needs two valid reviews (else the strict build fails with
file:line), a valid record renders in English and Finnish, and the issue form follows the criteria."""

from __future__ import annotations

from pathlib import Path

import yaml

from conftest import ROOT, run_build
from hooks import check
from hooks.peer_review import issue_form, records
from sitebuilder import write_site


def six(text: str) -> str:
    return "{" + ", ".join(f"{lang}: '{text} ({lang})'" for lang in ("en", "fi", "sv", "nb", "da", "is")) + "}"


CRITERIA = f"""criteria:
  - {{id: claims, basis: index.md, label: {six('Claims')}, ask: {six('Are claims supported?')}}}
  - {{id: design, basis: index.md, label: {six('Design')}, ask: {six('Is the design described?')}}}
judgements: {{meets: {six('meets')}, not-met: {six('does not meet')}}}
recommendations: {{publish: {six('publish')}, revise: {six('revise')}}}
"""
SUMMARY = """---
title: Programmes in review
summary: A fixture summary used to test the peer-review record and its checks.
topics: [effectiveness]
status: {status}
reviewed_by: Knowledge-base editors
authors: [Anna Author]
last_updated: 2026-11-25
---

# Programmes in review

## Question

Text.
"""
SUMMARY_FI = """---
translation_of: "{stamp}"
title: Ohjelmat arvioitavana
summary: Testiyhteenveto vertaisarvioinnin tietojen ja tarkistusten testaamiseen.
topics: [effectiveness]
status: {status}
reviewed_by: Knowledge-base editors
last_updated: 2026-11-25
---

# Ohjelmat arvioitavana

## Kysymys {{ #question }}

Teksti.
"""


def review(name: str, org: str, named: bool = True, completed: str = "2027-03-02") -> dict:
    return {"summary": "research/programmes.md", "reviewer": name, "affiliation": org, "named": named,
            "requested": "2027-01-10", "completed": completed, "status": "completed", "interests": "none",
            "judgements": {"claims": "meets", "design": "meets"}, "recommendation": "publish"}


def site(tmp_path: Path, reviews: list[dict], status: str = "peer-reviewed") -> Path:
    from hooks.translations.stamps import source_hash
    english = SUMMARY.format(status=status)
    config = write_site(tmp_path, {"research/programmes.md": english,
                                   "research/programmes.fi.md": SUMMARY_FI.format(stamp=source_hash(english),
                                                                                   status=status)},
                        data={"peer-review/criteria.yml": CRITERIA,
                              "peer-review/reviews.yml": yaml.safe_dump({"reviews": reviews})})
    config.write_text(config.read_text().replace("  /practice/*.md\n", "  /practice/*.md\n  /research/*.md\n"))
    return config


def test_one_review_fails_at_the_status_line(tmp_path: Path) -> None:
    config = site(tmp_path, [review("Bea Reviewer", "University A")])
    expected = ("docs/research/programmes.md:5: error: 'status: peer-reviewed' needs two completed reviews by "
                "reviewers from different organisations who are not its authors and declared their interests; "
                "data/peer-review/reviews.yml has 1.")
    assert expected in "\n".join(f.format() for f in check.run(tmp_path))
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0 and expected in build.output


def test_a_review_by_the_author_does_not_count(tmp_path: Path) -> None:
    config = site(tmp_path, [review("Bea Reviewer", "University A"), review("Anna Author", "Service B")])
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert ("docs/research/programmes.md:5: error: 'status: peer-reviewed' needs two completed reviews" in build.output
            and "has 1 (Anna Author wrote the summary)." in build.output)


def test_two_reviews_from_one_organisation_count_once(tmp_path: Path) -> None:
    site(tmp_path, [review("Bea Reviewer", "University A"), review("Carl Reviewer", "university a")])
    assert any("has 1." in f.message for f in check.run(tmp_path))


def test_a_completed_review_needs_every_judgement(tmp_path: Path) -> None:
    incomplete = review("Bea Reviewer", "University A")
    incomplete["judgements"] = {"claims": "meets", "design": "excellent"}
    site(tmp_path, [incomplete, review("Carl Reviewer", "Service B")])
    found = [f.format() for f in check.run(tmp_path)]
    assert any(f.startswith("data/peer-review/reviews.yml:") and "gives 'excellent' for 'design'" in f for f in found)


def test_two_valid_reviews_render_the_record_in_english_and_finnish(tmp_path: Path) -> None:
    config = site(tmp_path, [review("Bea Reviewer", "University A", completed="2027-02-20"),
                             review("Carl Reviewer", "Service B", named=False, completed="2027-03-02")])
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    en = (tmp_path / "site" / "research" / "programmes" / "index.html").read_text(encoding="utf-8")
    fi = (tmp_path / "site" / "fi" / "research" / "programmes" / "index.html").read_text(encoding="utf-8")
    assert ('Peer reviewed by 2 reviewers, completed <time datetime="2027-03-02">2 March 2027</time>: '
            "Bea Reviewer (University A); a reviewer from Service B.") in en
    assert '<time datetime="2027-03-02">2.3.2027</time>' in fi and "Bea Reviewer (University A)" in fi
    assert "Peer reviewed" not in fi


def test_awaiting_is_shown_without_reviews(tmp_path: Path) -> None:
    config = site(tmp_path, [], status="awaiting-peer-review")
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    assert "Awaiting peer review." in (tmp_path / "site" / "research" / "programmes" / "index.html").read_text()


def test_no_review_is_invented_and_the_issue_form_follows_the_criteria() -> None:
    data = records.load(ROOT / "data")
    assert data.reviews == [] and data.criteria
    assert issue_form.check(ROOT, data) == []
    form = yaml.safe_load((ROOT / issue_form.FORM).read_text(encoding="utf-8"))
    ids = {item.get("id") for item in form["body"]}
    assert {"kind", "text", "question", "language", "interests", "deadline", "criteria"} <= ids
    criteria = next(item for item in form["body"] if item.get("id") == "criteria")
    assert len(criteria["attributes"]["options"]) == len(data.criteria)


def test_the_research_agenda_comes_from_its_data_in_six_languages(real_site) -> None:
    """Each question's heading, its status in the reader's language and its summaries, from the data."""
    from hooks import components

    data = records.load(ROOT / "data")
    assert data.agenda and all(q["status"] in ("open", "summarised") for q in data.agenda)  # none invented
    for prefix in ("", "fi/", "sv/", "nb/", "da/", "is/"):
        html = (real_site.site / prefix / "research" / "agenda" / "index.html").read_text(encoding="utf-8")
        language = prefix.rstrip("/") or "en"
        strings = components.strings(language)["peer-review"]
        for question in data.agenda:
            assert f'id="{question["id"]}"' in html, (language, question["id"])
            status = f"{strings['agenda_status']}: {strings[question['status']]}"
            assert status in html, (language, status)
            for summary in question.get("summaries") or []:
                assert f'href="../{summary.split("/")[1][:-3]}/"' in html, (language, summary)


def test_a_criterion_must_rest_on_a_page(tmp_path: Path) -> None:
    site(tmp_path, [], status="awaiting-peer-review")
    criteria = tmp_path / "data" / "peer-review" / "criteria.yml"
    criteria.write_text(criteria.read_text().replace("basis: index.md", "basis: missing.md", 1))
    found = [f.format() for f in check.run(tmp_path)]
    assert ("data/peer-review/criteria.yml:2: error: criterion 'claims' rests on 'missing.md', which is not a page. "
            "Fix: give the English page's path under docs/.") in found
