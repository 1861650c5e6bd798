"""The footer of every screen, recomposed only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed
(every focus change, for example), which at start-up means composing it four
times over. Here a rebuild happens only when what it would show is different.

Keys that do not fit are cut mid-word (a lesson at 80 columns ended "q Qui"): then the
command palette's hint on the right gives them its place (ctrl+p still opens the
palette, and help lists it).
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer

PALETTE_HINT_WIDTH = 11
"""The hint's cells: its left border, "^p", a space and "palette"."""


class KeysFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: tuple[tuple[str, str, bool], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (key, active.binding.description, active.enabled)
            for key, active in screen.active_bindings.items()
            if active.binding.show
        )
        if shown == self._shown and self.children:
            return  # the same keys as now: nothing to rebuild
        self._shown = shown
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        self.set_reactive(Footer.show_command_palette, self._palette_fits())
        yield from super().compose()

    def on_resize(self, _event: Resize) -> None:
        if self.children and self._palette_fits() != self.show_command_palette:
            self.call_after_refresh(self.recompose)

    def _palette_fits(self) -> bool:
        """Whether the keys and the palette's hint fit side by side (as the compact
        footer draws a key: its key, a space, its description and a space)."""
        if not self._bindings_ready:
            return True
        shown: dict[str, int] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.show and binding.action not in shown:  # one per action, as drawn
                key = self.app.get_key_display(binding)
                shown[binding.action] = cell_len(key) + 1 + cell_len(binding.description) + 1
        return sum(shown.values()) + PALETTE_HINT_WIDTH <= self.app.size.width
