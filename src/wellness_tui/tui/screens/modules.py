"""Modules: every module in the program, in order, with its progress."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wellness_tui.core.progress import module_progress, program_progress
from wellness_tui.core.today import progress_bar
from wellness_tui.tui.screens.base import WellnessScreen
from wellness_tui.tui.screens.module import ModuleScreen
from wellness_tui.tui.widgets.footer import KeysFooter
from wellness_tui.tui.widgets.section_bar import SectionBar
from wellness_tui.tui.widgets.text import literal, row, two_line


class ModulesScreen(WellnessScreen):
    CSS_PATH = "../styles/modules.tcss"

    def compose(self) -> ComposeResult:
        yield SectionBar("modules")
        yield Static(id="modules-title")
        yield OptionList(id="modules-list")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one(OptionList).focus()

    def refresh_view(self) -> None:
        ctx = self.ctx
        overall = program_progress(ctx.library, ctx.profile)
        self.query_one("#modules-title", Static).update(
            row(("Modules", "bold"), (f"   {overall.done} of {overall.total} lessons done", "dim"))
        )
        options: list[Option | None] = []
        for number, module in enumerate(ctx.library.modules, start=1):
            progress = module_progress(module, ctx.profile)
            mark = "✓" if progress.finished else " "
            prompt = row(
                f"{mark}{number:>2}. ",
                (module.title, "bold"),
                (f"   {progress_bar(progress, 8)} {progress.label}", "dim"),
            )
            summary = literal(module.meta.summary, "dim")
            options.append(Option(two_line(prompt, summary, 5), id=module.id))
        if not options:
            options.append(
                Option(
                    literal(
                        "No modules could be loaded. Run `wellness-tui check-content` to see why."
                    ),
                    disabled=True,
                )
            )
        option_list = self.query_one(OptionList)
        previous = option_list.highlighted
        option_list.set_options(options)
        if options:  # something is always highlighted, so enter opens it
            option_list.highlighted = min(previous or 0, len(options) - 1)

    @on(OptionList.OptionSelected, "#modules-list")
    def open_module(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.push_screen(ModuleScreen(event.option.id))
