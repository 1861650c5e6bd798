"""The data and cache folders are the ones platformdirs names (worked out without it)."""

from __future__ import annotations

import pytest
from platformdirs import user_cache_path, user_data_path

from wellness_tui import paths


@pytest.mark.parametrize("xdg", [None, "", "   ", "/tmp/xdg place", "~/elsewhere"])
def test_the_folders_match_platformdirs(monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    assert paths.data_dir() == user_data_path(paths.APP_NAME, appauthor=False)
    assert paths.cache_dir() == user_cache_path(paths.APP_NAME, appauthor=False)
