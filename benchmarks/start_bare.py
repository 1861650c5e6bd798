"""Baseline: a bare Textual app (Header, Static, Footer) that quits after its first paint."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    from peak import peak_kb

    Bare().run(headless=True, size=(80, 24))
    print(peak_kb())  # peak memory, KB
