"""The footer of every screen, recomposed only when the keys it shows change.

Textual's Footer rebuilds all its keys whenever the bindings might have changed
(every focus change, for example), which at start-up means composing it four
times over. Here a rebuild happens only when what it would show is different.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


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
