"""The editor's settings: one table of defaults, and only what differs is stored.

Keeping every default here (as Mu does) means a setting is documented in one place, a changed
default reaches every user who never touched it, and the settings file stays short.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Policywright"
APPLICATION = "Policywright"

DEFAULTS: dict[str, Any] = {
    "window/geometry": b"",  # QMainWindow.saveGeometry()
    "window/state": b"",  # QMainWindow.saveState(): docks and toolbars
    "window/page": "organisation",  # the page shown last
    "files/recent": [],  # most recent first
    "files/last_folder": "",  # where Open and Save As start
    "files/open_last_at_start": True,
    "export/last_folder": "",
    "export/last_format": "html",
    "autosave/minutes": 1,
    "preview/delay_ms": 25,  # quiet time after an edit before the preview updates
}

MAX_RECENT = 8


class Settings:
    """Typed access to QSettings with the defaults above."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.store = qsettings or QSettings(ORGANISATION, APPLICATION)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        if not self.store.contains(key):
            return default
        raw = self.store.value(key)
        try:
            return _convert(raw, default)
        except (TypeError, ValueError):
            return default  # a hand-edited or older settings file: fall back quietly

    def set(self, key: str, value: Any) -> None:
        default = DEFAULTS[key]
        if value == default:
            self.store.remove(key)
        elif isinstance(default, list):
            self.store.setValue(key, json.dumps(value))  # lists survive every backend as JSON
        elif isinstance(default, bytes):
            self.store.setValue(key, QByteArray(value))
        else:
            self.store.setValue(key, value)

    # --- recent files ---------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get("files/recent")]

    def add_recent(self, path: Path) -> None:
        text = str(path.resolve())
        recent = [p for p in self.get("files/recent") if p != text]
        self.set("files/recent", [text, *recent][:MAX_RECENT])

    def remove_recent(self, path: Path) -> None:
        text = str(path.resolve())
        self.set("files/recent", [p for p in self.get("files/recent") if p != text])


def _convert(raw: Any, default: Any) -> Any:
    if isinstance(default, bool):
        return raw in (True, "true", "True", "1", 1)
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, list):
        value = json.loads(raw) if isinstance(raw, str) else list(raw)
        if not isinstance(value, list):
            raise ValueError("not a list")
        return [str(v) for v in value]
    if isinstance(default, bytes):
        return bytes(raw.data()) if isinstance(raw, QByteArray) else bytes(raw)
    return str(raw)
