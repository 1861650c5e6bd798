"""wellness-tui: a calm, private, self-guided wellness program in the terminal."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wellness-tui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
