"""The footer of every screen: the screen's keys on one line, drawn by one widget.

Textual's Footer is a row of one widget per key, composed again whenever the bindings
might have changed; on Today its eight keys were a tenth of the start-up. This footer
draws the same line (the compact footer's look, key by key) as one piece of text, and
draws it again only when the keys it shows change.

Keys that do not fit are never cut mid-word (a lesson at 80 columns ended "q Qui"):
first the command palette's hint on the right gives them its place (ctrl+p still opens
the palette, and help lists it); in a narrower terminal the keys that still do not fit
whole are left out (help lists every key).
"""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

PALETTE_HINT_WIDTH = 11
"""The hint's cells: its left border, "^p", a space and "palette"."""


class Key(NamedTuple):
    key: str
    display: str
    description: str
    enabled: bool


class KeysFooter(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--hover",
        "keys-footer--disabled",
        "keys-footer--palette-border",
    }
    # The compact Footer's look, rule for rule (FooterKey's rules on each key's part).
    DEFAULT_CSS = """
    KeysFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .keys-footer--disabled {
            text-style: dim;
        }
        .keys-footer--palette-border {
            color: $foreground 20%;
        }
    }
    """

    show_command_palette = reactive(True)
    """Whether the palette's hint is on the right (only when every key fits beside it)."""
    hovered: reactive[int | None] = reactive(None)

    def __init__(self) -> None:
        super().__init__()
        self.keys: tuple[Key, ...] = ()
        self.palette: Key | None = None
        self._ready = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._ready = True
        if not screen.app.app_focus or screen is not self.screen:
            return  # as Textual's Footer: kept while the terminal is in the background
        keys, palette = self._keys_of(screen)
        if (keys, palette) == (self.keys, self.palette):
            return  # the same keys as now: nothing to draw again
        self.keys, self.palette = keys, palette
        self.show_command_palette = self._palette_fits()
        self.refresh()

    def _keys_of(self, screen: Screen[object]) -> tuple[tuple[Key, ...], Key | None]:
        """The keys shown, one per action in the order of their bindings (as Textual's
        Footer shows them), and the palette's key."""
        app = self.app
        keys: dict[str, Key] = {}
        for _node, binding, enabled, _tooltip in screen.active_bindings.values():
            if binding.show and binding.action not in keys:
                display = app.get_key_display(binding)
                keys[binding.action] = Key(binding.key, display, binding.description, enabled)
        palette = None
        if app.ENABLE_COMMAND_PALETTE:
            found = screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
            if found is not None:
                _node, binding, enabled, _tooltip = found
                palette = Key(
                    binding.key, app.get_key_display(binding), binding.description, enabled
                )
        return tuple(keys.values()), palette

    def on_resize(self, _event: events.Resize) -> None:
        self.show_command_palette = self._palette_fits()

    def _palette_fits(self) -> bool:
        """Whether the keys and the palette's hint fit side by side (as the compact
        footer draws a key: its key, a space, its description and a space)."""
        if not self._ready:
            return True
        needed = sum(cell_len(k.display) + 1 + cell_len(k.description) + 1 for k in self.keys)
        return needed + PALETTE_HINT_WIDTH <= self.size.width

    def _palette_shown(self) -> bool:
        return self.show_command_palette and self.palette is not None

    def _places(self) -> list[tuple[int, int, Key]]:
        """Where each key shown is drawn (its first and last-plus-one columns): only the
        keys that fit whole, in order (a key cut mid-word reads as another word)."""
        room = self.size.width
        if self._palette_shown():
            room -= PALETTE_HINT_WIDTH + 1
        places, start = [], 0
        for key in self.keys:
            end = start + cell_len(key.display) + 1 + cell_len(key.description)
            if end > room:
                break
            places.append((start, end, key))
            start = end + 1  # the footer's own colours between two keys
        return places

    def render(self) -> Text:
        width = self.size.width
        line = Text(no_wrap=True, overflow="crop", end="")
        for index, (_start, _end, key) in enumerate(self._places()):
            line.append_text(self._drawn(key, hovered=index == self.hovered))
            line.append(" ")
        palette = self.palette if self._palette_shown() else None
        room = width - PALETTE_HINT_WIDTH - 1 if palette is not None else width
        line.truncate(max(0, room), overflow="crop", pad=True)
        if palette is not None:  # a key's space after it, as after every key
            border = self.get_component_rich_style("keys-footer--palette-border")
            line.append("▏", border)
            line.append_text(self._drawn(palette, hovered=self.hovered == len(self.keys)))
            line.append(" ")
        return line

    def _drawn(self, key: Key, *, hovered: bool) -> Text:
        """One key as Textual's compact FooterKey draws it: the key, then its words."""
        part_style = self.get_component_rich_style
        under: Style = self.rich_style
        if hovered:  # the parts then lie on the hover colour, as on a hovered FooterKey
            under += part_style("keys-footer--hover")
        if not key.enabled:
            under += part_style("keys-footer--disabled", partial=True)
        text = Text.assemble(
            (key.display, part_style("keys-footer--key", partial=hovered)),
            (f" {key.description}", part_style("keys-footer--description", partial=hovered)),
        )
        text.stylize_before(under)
        return text

    def _key_at(self, x: int) -> tuple[int, Key] | None:
        """The key drawn at column `x`, with its place (the palette's is after the keys)."""
        hint_starts = self.size.width - PALETTE_HINT_WIDTH - 1
        if self._palette_shown() and hint_starts <= x < hint_starts + PALETTE_HINT_WIDTH:
            assert self.palette is not None
            return len(self.keys), self.palette
        for index, (start, end, key) in enumerate(self._places()):
            if start <= x < end:
                return index, key
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        found = self._key_at(event.x)
        self.hovered = None if found is None else found[0]

    def on_leave(self, _event: events.Leave) -> None:
        self.hovered = None

    def watch_hovered(self) -> None:
        self.refresh()

    def watch_show_command_palette(self) -> None:
        self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        found = self._key_at(event.x)
        if found is None:
            return
        _index, key = found
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
