"""wellness-tui started as `wellness-tui --profile PATH` would, quitting after Today is painted.

Usage: python benchmarks/start_app.py PROFILE [KEY_FD]

With KEY_FD, the profile is protected with a passphrase and opened with the recovery key
read from that file descriptor (as --recovery-key-fd does): the passphrase's deliberate
cost (scrypt) and the typing are measured apart (benchmarks/encryption.py).
"""

import gc
import sys
from pathlib import Path

from wellness_tui import paths
from wellness_tui.library.cache import load_library_cached
from wellness_tui.profile.store import ProfileStore


def main() -> None:
    gc.disable()  # as launch() does; the app turns it on again after the first paint
    keys = None
    if len(sys.argv) > 2:
        from wellness_tui.profile.crypto import from_recovery_key

        with open(int(sys.argv[2]), encoding="utf-8") as key:
            keys = from_recovery_key(key.readline())
    store = ProfileStore(Path(sys.argv[1]), keys=keys)
    library = load_library_cached(paths.content_dirs(), paths.cache_dir())
    from wellness_tui.tui.app import build_app

    app = build_app(store, library)

    def painted() -> None:
        app.exit()

    app.call_later(lambda: app.call_after_refresh(painted))
    app.run(headless=True, size=(80, 24))
    store.close()
    if app.crash is not None:
        raise SystemExit(1)
    from peak import peak_kb

    print(peak_kb())  # peak memory, KB


if __name__ == "__main__":
    main()
