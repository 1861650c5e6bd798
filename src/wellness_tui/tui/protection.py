"""Settings' "Protect with a passphrase": set it, change it, remove it, in the app.

The file work is profile/protect.py's, as for `wellness-tui encrypt` and friends; here
the questions are asked in dialogs (typed characters never shown), the slow part
(scrypt takes a deliberate second or two, and every file is rewritten) runs in a
thread, and the running store is given the new keys (or none) so that its next save
is in the new form. Changing or removing asks for the current passphrase first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App
from textual.notifications import SeverityLevel

from wellness_tui.profile import crypto, protect
from wellness_tui.profile.ops import UpdateSettings
from wellness_tui.tui.context import Context
from wellness_tui.tui.dialogs.confirm import ConfirmDialog
from wellness_tui.tui.dialogs.prompt import PromptDialog
from wellness_tui.tui.dialogs.recovery_key import RecoveryKeyDialog

CHOOSE = (
    "Choose a passphrase. Your profile and everything beside it will be encrypted with it, "
    "and you will type it each time you open the app. A few words you will remember work well."
)
AGAIN = "Type the same passphrase once more."
CURRENT = "Type your current passphrase (or your recovery key)."
REMOVE = (
    "Remove the passphrase? Your profile will be stored unencrypted again, readable by "
    "anyone who can use this computer account."
)
WRONG = "That passphrase does not open your profile. Nothing was changed."
PLAN_READABLE = (
    "One more choice. Keep your safety plan readable while locked? Then the unlock screen "
    "can show it without your passphrase: the plan, and only the plan, is kept "
    "unencrypted in a small file beside your profile, so anyone who can open your files "
    "can read it. Everything else stays encrypted. You can change this in settings."
)


def _not_empty(text: str) -> str | None:
    return None if text.strip() else "An empty passphrase protects nothing: type a few words."


class ProtectionFlow:
    """One run of set / change / remove; `done` is called when something changed."""

    def __init__(self, app: App[Any], ctx: Context, done: Callable[[], None]) -> None:
        self.app = app
        self.ctx = ctx
        self.done = done

    # ----- set ----------------------------------------------------------------

    def set(self) -> None:
        self._ask_new(self._ask_plan_readable)

    def _ask_plan_readable(self, passphrase: str) -> None:
        def answered(readable: bool | None) -> None:
            self._protect(passphrase, bool(readable))

        self.app.push_screen(
            ConfirmDialog(
                PLAN_READABLE,
                yes="Keep it readable",
                no="Keep it locked too",
                escape="keep it locked too",
            ),
            answered,
        )

    def _protect(self, passphrase: str, plan_readable: bool) -> None:
        store = self.ctx.store
        clock = self.ctx.clock
        if store.profile.settings.safety_plan_readable != plan_readable:
            # This window's copy says so at once; protect() finds it saved.
            self.ctx.apply(UpdateSettings((("safety_plan_readable", plan_readable),)))

        def work() -> crypto.Keys:
            store.flush()

            def take(keys: crypto.Keys) -> None:
                store.keys = keys  # this window's next save is encrypted too

            return protect.protect(
                store.path,
                passphrase,
                clock,
                keys_ready=take,
                safety_plan_readable=plan_readable,
            ).keys

        def show(keys: crypto.Keys) -> None:
            self.app.push_screen(RecoveryKeyDialog(keys.recovery_key))

        self._in_thread(work, show)

    # ----- change -------------------------------------------------------------

    def change(self) -> None:
        self._ask_current(lambda keys: self._ask_new(lambda new: self._change(keys, new)))

    def _change(self, keys: crypto.Keys, passphrase: str) -> None:
        path = self.ctx.store.path
        self._in_thread(
            lambda: protect.change_passphrase(path, keys, passphrase),
            lambda _: self._say("Your passphrase was changed. Your recovery key stays the same."),
        )

    # ----- remove -------------------------------------------------------------

    def remove(self) -> None:
        def confirmed(yes: bool | None) -> None:
            if yes:
                self._ask_current(self._remove)

        self.app.push_screen(ConfirmDialog(REMOVE, yes="Remove it"), confirmed)

    def _remove(self, keys: crypto.Keys) -> None:
        store = self.ctx.store
        clock = self.ctx.clock

        def work() -> None:
            store.flush()
            protect.unprotect(store.path, keys, clock)
            store.keys = None

        self._in_thread(
            work, lambda _: self._say("Your profile is no longer protected with a passphrase.")
        )

    # ----- the questions ------------------------------------------------------

    def _ask_new(self, then: Callable[[str], None]) -> None:
        def first(typed: str | None) -> None:
            if typed is None:
                return

            def same(text: str) -> str | None:
                return None if text == typed else "The two are not the same; try again."

            def second(again: str | None) -> None:
                if again is not None:
                    then(typed)

            self.app.push_screen(
                PromptDialog(AGAIN, password=True, check=same, enter="protect"), second
            )

        self.app.push_screen(
            PromptDialog(CHOOSE, password=True, check=_not_empty, enter="next"), first
        )

    def _ask_current(self, then: Callable[[crypto.Keys], None]) -> None:
        held = self.ctx.store.keys
        path = self.ctx.store.path

        def typed(text: str | None) -> None:
            if text is None or held is None:
                return

            def check() -> crypto.Keys:
                if text.strip().upper().startswith(crypto.RECOVERY_PREFIX):
                    keys = crypto.from_recovery_key(text)
                else:
                    keys = protect.unlock(path, text)
                if keys.recovery_key != held.recovery_key:
                    raise crypto.WrongPassphrase()
                return keys

            self._in_thread(check, then, changes=False)

        self.app.push_screen(PromptDialog(CURRENT, password=True, enter="next"), typed)

    def _in_thread(
        self, work: Callable[[], Any], then: Callable[[Any], None], *, changes: bool = True
    ) -> None:
        self._say("One moment…", timeout=3)

        def run() -> None:
            try:
                result = work()
            except crypto.WrongPassphrase:
                self.app.call_from_thread(self._say, WRONG, "warning")
                return
            except (protect.ProtectError, crypto.KeyMissing, OSError) as err:
                self.app.call_from_thread(self._say, f"Nothing was changed: {err}", "warning")
                return
            self.app.call_from_thread(then, result)
            if changes:
                self.app.call_from_thread(self.done)

        self.app.run_worker(run, thread=True, group="protection")

    def _say(self, text: str, severity: SeverityLevel = "information", timeout: float = 6) -> None:
        self.app.notify(text, severity=severity, timeout=timeout, markup=False)
