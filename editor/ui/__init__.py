"""The PySide6 editor. The only package that imports Qt."""
