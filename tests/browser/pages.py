"""The page kinds the browser tests visit, as paths under the site root."""

from hooks.languages import LANGUAGES

KINDS = {
    "home": "",
    "about": "about/",
    "pillar": "pillars/treatment/",
    "standard": "standards/victim-safety-first/",
    "checklist": "standards/checklist/",
    "research summary": "research/meta-analyses/",
    "country": "countries/finland/",
    "catalogue": "practice/",
    "practice entry": "practice/atv-norway/",
    "bibliography": "bibliography/",
    "safety": "safety/",
}


def url(base: str, language: str, path: str) -> str:
    return base + ("" if language == "en" else f"{language}/") + path


ALL = [(language, kind) for language in LANGUAGES for kind in KINDS]
