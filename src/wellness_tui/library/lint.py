"""Wording checks over the content: hype, unsafe phrases and stale crisis lines.

The program speaks to people who have often been let down by overselling, and
safe-messaging guidance asks for careful words about suicide. These checks
catch the phrases that should never reach a reader, with `file:line`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from wellness_tui.library.loader import CRISIS_FILE, MODULE_FILE, Library
from wellness_tui.library.problems import ContentProblem

CRISIS_MAX_AGE = timedelta(days=365)

# (pattern, message). Patterns are case-insensitive and matched per line.
RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), message)
    for pattern, message in (
        (r"\bcommit(s|ted|ting)?\s+suicide\b", "say 'die by suicide' / 'died by suicide'"),
        (r"\b(successful|failed|unsuccessful)\s+suicide\b", "avoid judging words about suicide"),
        (r"\bcur(e|es|ed|ing)\b", "avoid 'cure': nothing here cures depression"),
        (r"\bguarantee(d|s)?\b", "avoid promises: nothing here is guaranteed"),
        (r"\bmiracle\b", "avoid hype such as 'miracle'"),
        (r"\b(highly\s+)?effective\s+for\s+everyone\b", "nothing works for everyone"),
        (r"\bworks\s+for\s+everyone\b", "nothing works for everyone"),
        (r"\b100\s*%", "avoid absolute claims such as 100%"),
        (
            r"\b(lose|losing|lost)\s+weight\b|\bweight[-\s]loss\b",
            "no weight-loss talk in this program",
        ),
        (
            r"\bcalorie(s)?\b|\bdieting\b|\bslim(ming)?\s+down\b|\bburn(ing)?\s+fat\b",
            "no calorie, diet or body talk in this program",
        ),
    )
)
CHEMICAL_IMBALANCE = re.compile(r"\bchemical\s+imbalance\b", re.IGNORECASE)
# "Chemical imbalance" may be named only to say it is an oversimplification.
QUALIFIERS = re.compile(
    r"\b(not|myth|oversimplif\w*|simplif\w*|outdated|no longer|isn't|is not|too simple)\b",
    re.IGNORECASE,
)


URL = re.compile(r"""https?://[^\s"'<>)\]]+""", re.IGNORECASE)
# Host labels (or dash-separated parts of a label) that mark a test, QA, staging or
# cache copy of a site rather than the publisher's own page: "test.myhealth.alberta.ca",
# "mdedge-cache.qa01.mdedge.com". Only whole parts count, so "www.nhs.uk",
# "developer.example.org" or "contest.gov" never match.
NOT_CANONICAL_HOST = re.compile(
    r"^(test|testing|tst|qa|qa\d+|uat|stage|staging|stg|preprod|pre-prod|dev|dev\d+|"
    r"sandbox|cache|webcache|cached|mirror)$"
)
# A leading "cm." label is a content-management copy of a site ("cm.healio.com").
NOT_CANONICAL_FIRST_LABEL = re.compile(r"^(cm|cms|origin|preview)$")
# Query parameters that carry a login, a session or a token: the link is somebody's visit.
PRIVATE_QUERY = re.compile(
    r"^(login|logon|user(name)?|password|passwd|pwd|session|session_?id|sid|jsessionid|"
    r"phpsessid|token|auth|auth_?token|access_?token|id_?token|api_?key|signature|sig)$",
    re.IGNORECASE,
)


def source_url_problems(url: str) -> list[str]:
    """Why a source URL is not a publisher's canonical page, if it looks that way."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    host = (parts.hostname or "").lower()
    labels = host.split(".")[:-2]  # the subdomains; the site's own name is left alone
    found = []
    odd = [
        label
        for label in labels
        if any(NOT_CANONICAL_HOST.match(part) for part in label.split("-"))
    ]
    if labels and NOT_CANONICAL_FIRST_LABEL.match(labels[0]):
        odd.insert(0, labels[0])
    if odd:
        found.append(
            f"source host '{host}' looks like a test, QA, staging or cache copy "
            f"('{odd[0]}'); cite the publisher's own page"
        )
    keys = [key for key, _ in parse_qsl(parts.query, keep_blank_values=True)]
    keys += [p.split("=", 1)[0] for p in parts.path.split(";")[1:]]  # ;jsessionid=...
    private = [key for key in keys if PRIVATE_QUERY.match(key)]
    if private:
        found.append(
            f"source URL carries a login, session or token parameter ('{private[0]}'); "
            "cite the page without it"
        )
    return found


def lint_text(path: Path, text: str) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for url in URL.findall(line):
            problems += [
                ContentProblem(path, number, message, severity="warning")
                for message in source_url_problems(url)
            ]
        for pattern, message in RULES:
            if match := pattern.search(line):
                problems.append(ContentProblem(path, number, f"'{match.group(0)}': {message}"))
        if CHEMICAL_IMBALANCE.search(line) and not QUALIFIERS.search(line):
            problems.append(
                ContentProblem(
                    path,
                    number,
                    "'chemical imbalance' stated as fact: the evidence does not support it",
                )
            )
    return problems


def lint_files(paths: Iterable[Path]) -> list[ContentProblem]:
    problems: list[ContentProblem] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue  # the loader already reports unreadable files
        problems.extend(lint_text(path, text))
    return problems


def content_files(roots: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        files += sorted(p for p in root.glob("*.toml") if p.name != MODULE_FILE)
        folders = (
            [root]
            if (root / MODULE_FILE).is_file()
            else sorted(p for p in root.iterdir() if p.is_dir())
        )
        for folder in folders:
            if (folder / MODULE_FILE).is_file():
                files.append(folder / MODULE_FILE)
                files += sorted(folder.glob("*.md"))
    return files


def stale_crisis_lines(
    library: Library, roots: Iterable[Path], today: date
) -> list[ContentProblem]:
    """A warning for each crisis line last checked more than 12 months ago."""
    if not library.crisis_from_file:
        return []
    crisis_path = next((r / CRISIS_FILE for r in roots if (r / CRISIS_FILE).is_file()), None)
    if crisis_path is None:
        return []
    text = crisis_path.read_text(encoding="utf-8-sig").splitlines()
    starts = [i + 1 for i, line in enumerate(text) if line.strip() == "[[lines]]"]
    problems = []
    for index, line in enumerate(library.crisis_lines):
        if today - line.checked > CRISIS_MAX_AGE:
            where = starts[index] if index < len(starts) else 1
            problems.append(
                ContentProblem(
                    crisis_path,
                    where,
                    f"'{line.name}' was last checked on {line.checked}; check it again",
                    severity="warning",
                )
            )
    return problems


def lint_library(library: Library, roots: list[Path], today: date) -> list[ContentProblem]:
    return lint_files(content_files(roots)) + stale_crisis_lines(library, roots, today)
