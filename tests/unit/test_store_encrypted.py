"""The store's own tests, run again on a protected profile (profile/crypto.py).

Every ProfileStore in these tests gets the same keys by default, so each file it
writes is encrypted, and concurrency, backups, recovery of damaged files, migrations
and the journal must behave exactly as for a plain profile. A test that looks inside
the file's bytes on purpose (they are JSON only when plain) is left out, by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit import test_store, test_store_journal
from tests.unit.test_store import *  # noqa: F403  (the same tests, collected here again)
from tests.unit.test_store_journal import *  # noqa: F403
from wellness_tui.profile import crypto
from wellness_tui.profile.store import ProfileStore

KEYS = crypto.new_keys()
PLAIN_BYTES_ON_PURPOSE = {
    # They read or write the profile's or the journal's JSON bytes themselves:
    "test_two_stores_on_one_file_keep_both_changes",
    "test_one_bad_value_costs_only_that_value",
    "test_a_save_appends_one_private_line_and_leaves_the_profile",
    "test_closing_the_app_folds_the_journal_into_the_profile",
    "test_journal_and_checkpoints_give_the_same_profile",
    "test_a_journal_already_inside_the_checkpoint_is_not_applied_twice",
    "test_a_journal_for_another_profile_file_is_kept_aside_not_applied",
    "test_another_process_appending_is_noticed",
    "test_a_damaged_profile_is_recovered_with_the_journals_changes",
    "test_keep_copy_before_an_import_includes_the_journal",
    # Sizes measured in plain JSON lines (an encrypted line is ~200 bytes longer):
    "test_a_big_journal_is_folded_into_a_checkpoint",
    "test_the_stamp_is_never_used_while_the_journal_has_lines",
    # A protected profile's journal lines are sealed one by one, so the stamp vouches for
    # none of them (each is decrypted and validated) and another process's new lines are
    # read with the whole journal, never by plain offsets (store._read_appended):
    "test_the_stamp_names_the_journal_lines_a_shell_command_wrote",
    "test_a_journal_changed_after_its_stamp_is_validated",
    "test_a_journal_the_stamp_names_is_known_as_the_checkpoints_own_without_hashing_it",
    "test_another_process_appending_is_read_without_reading_the_profile_again",
    "test_the_screen_takes_another_process_lines_without_decoding_the_profile",
}
"""Tests that look at plain bytes on purpose (test_crypto.py covers these paths for a
protected profile: the journal, folding, damage, copies before an import)."""


@pytest.fixture(autouse=True)
def protected_by_default(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    if request.node.originalname in PLAIN_BYTES_ON_PURPOSE:
        pytest.skip("looks at the plain JSON bytes on purpose")
    defaults = ProfileStore.__init__.__kwdefaults__
    assert defaults is not None
    old = defaults["keys"]
    defaults["keys"] = KEYS
    try:
        yield
    finally:
        defaults["keys"] = old
    if request.node.originalname == "test_a_newer_profile_opens_read_only_and_is_never_rewritten":
        return  # the test's own plain file, which must stay as it is
    profiles = [p for p in tmp_path.rglob("*.json") if p.name in ("p.json", "profile.json")]
    for profile in profiles:  # what the store wrote last is encrypted
        assert crypto.is_sealed(profile.read_bytes()), profile


__all__ = [*test_store.__dict__.keys(), *test_store_journal.__dict__.keys()]
