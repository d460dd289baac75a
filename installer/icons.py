"""The application icon in every size and container the three platforms ask for.

The SVG sources in ``resources/icons/`` are the only icon files kept in git; PNGs, the Windows
``.ico`` and the macOS ``.icns`` are made from them here at build time. Qt's own SVG renderer
draws the PNGs (PySide6 is already a dependency, so no extra tool is needed), and the two
containers are written directly: both are a short header followed by the PNG images.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
BIG_SVG = ICONS / "policywright.svg"
SMALL_SVG = ICONS / "policywright-16.svg"

# Sizes up to this one are drawn from the small variant, which is designed for 16 px.
SMALL_UP_TO = 24
# The hicolor theme's usual fixed sizes (Linux); 16-512 as PNG.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Windows shows 16, 24, 32, 48 and 256 in Explorer and the taskbar.
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# The icns element types that hold PNG data, by pixel size (ic10 is 512@2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def source_for(size: int) -> Path:
    return SMALL_SVG if size <= SMALL_UP_TO else BIG_SVG


def render_pngs(sizes: set[int]) -> dict[int, bytes]:
    """PNG bytes of the icon at each size, drawn by Qt without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderers = {path: QSvgRenderer(str(path)) for path in (BIG_SVG, SMALL_SVG)}
    for path, renderer in renderers.items():
        if not renderer.isValid():
            raise RuntimeError(f"Qt cannot read the icon source {path}")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderers[source_for(size)].render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images (read by macOS 10.7 and later)."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(out: Path) -> dict[str, Path]:
    """Write every generated icon under ``out`` and say where each kind is."""
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = render_pngs(wanted)
    png_dir = out / "png"
    png_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (png_dir / f"{size}.png").write_bytes(pngs[size])
    ico = out / "policywright.ico"
    ico.write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = out / "policywright.icns"
    icns.write_bytes(icns_bytes(pngs))
    return {"png": png_dir, "ico": ico, "icns": icns, "svg": BIG_SVG}
