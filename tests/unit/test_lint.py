"""Source URLs that are not a publisher's canonical page are warned about."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellness_tui.library.lint import lint_text, source_url_problems

NOT_CANONICAL = [
    "https://mdedge-cache.qa01.mdedge.com/familymedicine/article/28780/x",
    "https://cm.healio.com/news/psychiatry/20190306/fda-approves",
    "https://test.myhealth.alberta.ca/health/medications/Pages/conditions.aspx?hwid=fdb2029",
    "https://staging.example.org/page",
    "https://www.qa.example.gov/page",
    "https://dev-www.example.com/",
    "https://webcache.example.com/search?q=cache:abc",
]
WITH_LOGIN = [
    "https://ssl.adam.com/content.aspx?productid=10&pid=10&gid=000066&login=ATLA1992",
    "https://example.org/page?sessionid=abc123",
    "https://example.org/page?access_token=xyz",
    "https://example.org/page;jsessionid=ABC?x=1",
]
CANONICAL = [
    "https://www.nhs.uk/mental-health/",
    "https://www.nimh.nih.gov/health/topics/depression",
    "https://988lifeline.org/get-help/what-to-expect",
    "https://developer.example.org/docs",  # "developer" is not "dev"
    "https://www.contest.gov/",  # nor is "contest" "test"
    "https://test.com/",  # the site's own name is left alone
    "https://www.healio.com/news/psychiatry",
    "https://api.fda.gov/device/classification.json?search=product_code%3AOBP",
    "http://www.effectivehealthcare.ahrq.gov/slides/?pageaction=displaySlides&tk=46&dpg=8",
    "https://www.nice.org.uk/guidance/ta854/evidence/review-decision-1?tab=evidence",
]


@pytest.mark.parametrize("url", NOT_CANONICAL)
def test_test_qa_and_cache_hosts_are_warned_about(url: str) -> None:
    (message,) = source_url_problems(url)
    assert "looks like a test, QA, staging or cache copy" in message


@pytest.mark.parametrize("url", WITH_LOGIN)
def test_login_session_and_token_parameters_are_warned_about(url: str) -> None:
    assert any("login, session or token" in m for m in source_url_problems(url))


@pytest.mark.parametrize("url", CANONICAL)
def test_canonical_pages_are_not_warned_about(url: str) -> None:
    assert source_url_problems(url) == []


def test_the_warning_names_file_and_line() -> None:
    text = '[[sources]]\ntitle = "x"\nurl = "https://cm.healio.com/news/x"\n'
    (problem,) = lint_text(Path("content/m/module.toml"), text)
    assert problem.severity == "warning"
    assert str(problem).startswith("content/m/module.toml:3: warning: source host 'cm.healio.com'")
