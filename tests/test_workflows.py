"""The GitHub workflows keep least privilege: pinned actions, read-only tokens, write rights only
where a job needs them, and the weekly currency report as scheduled (no network needed here)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

WORKFLOWS = Path(__file__).resolve().parent.parent / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w.-]+@[0-9a-f]{40}$")


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for step in steps(load(path.name)):
            if "uses" in step:
                assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned to a commit"


def test_currency_report_runs_weekly_with_issues_write_for_its_job_only() -> None:
    workflow = load("currency.yml")
    assert workflow["on"]["schedule"][0]["cron"].split()[-1] == "1"  # weekly, on Mondays
    assert workflow["permissions"] == {}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    run = "\n".join(step.get("run", "") for step in job["steps"])
    assert "hooks.check --due --markdown" in run and "hooks.linkcheck --markdown" in run
    assert "gh issue edit" in run and "gh issue create" in run
    checkout = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["persist-credentials"] is False


def test_only_the_deploy_job_may_write_pages() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        workflow = load(path.name)
        assert workflow.get("permissions") in ({}, {"contents": "read"}), path.name
        for name, job in workflow["jobs"].items():
            rights = {k: v for k, v in (job.get("permissions") or {}).items() if v == "write"}
            if path.name == "deploy.yml" and name == "deploy":
                assert rights == {"pages": "write", "id-token": "write"}
            elif path.name == "currency.yml":
                assert rights == {"issues": "write"}
            else:
                assert rights == {}, f"{path.name}:{name} writes {rights}"


def test_pull_requests_run_untrusted_code_without_credentials() -> None:
    workflow = load("pr.yml")
    assert "pull_request" in workflow["on"] and "pull_request_target" not in workflow["on"]
    assert workflow["permissions"] == {"contents": "read"}
    for name in ("pr.yml", "deploy.yml", "currency.yml"):
        checkout = next(s for s in steps(load(name)) if s.get("uses", "").startswith("actions/checkout@"))
        assert checkout["with"]["persist-credentials"] is False, name


def test_security_txt_is_published(real_site) -> None:
    text = (real_site.site / ".well-known" / "security.txt").read_text(encoding="utf-8")
    assert text.startswith("Contact: https://") and "\nExpires: " in text
