# Replaces PyInstaller's own hook for this Qt module: the same collection, minus the plugins
# that bundle_rules.py leaves out, dropped before PyInstaller follows their library
# dependencies (the GTK theme plugin alone would pull in the whole GTK stack).
from bundle_rules import keep_qt_hook_file
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if keep_qt_hook_file(*entry)]
datas = [entry for entry in datas if keep_qt_hook_file(*entry)]
