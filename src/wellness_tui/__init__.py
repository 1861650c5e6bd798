"""wellness-tui: a calm, private, self-guided wellness program in the terminal."""

from __future__ import annotations

from wellness_tui import dataclass_methods

# Before any of our dataclasses is defined: their methods come compiled with the package.
dataclass_methods.install()


def __getattr__(name: str) -> str:
    # The version is looked up only when asked for: importlib.metadata costs
    # about 20 ms at start-up, which every shell command would pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("wellness-tui")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.0.0+unknown"
    raise AttributeError(name)
