"""Where the widget's files are inside the installed package. They were copied there from the
widget's build when the wheel was made; a static site serves them from one folder, under
their own names, because the element finds its worker and the .wasm beside itself."""

from pathlib import Path

# The folder a site serves them from, under its static files or site root.
ASSET_FOLDER = "cellscope-viz"
SCRIPT = f"{ASSET_FOLDER}/cellscope-viz.js"
STYLESHEET = f"{ASSET_FOLDER}/cellscope-viz.css"
ASSET_NAMES = ("cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css")
# Beside them, the files the worker fetches only for a program that needs one: the modules
# written in Python and the Unicode name table.
LAZY_FOLDER = "modules"


def static_root():
    """The folder that holds ``cellscope-viz/``."""
    return Path(__file__).parent / "static"


def asset_path(name):
    path = static_root() / ASSET_FOLDER / name
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: this cellscope was installed without the widget's files")
    return path


def lazy_asset_names():
    """The files under ``cellscope-viz/modules/``, as paths relative to ``cellscope-viz/``."""
    folder = static_root() / ASSET_FOLDER / LAZY_FOLDER
    if not folder.is_dir():
        return []
    return sorted(f"{LAZY_FOLDER}/{path.name}" for path in folder.iterdir() if path.is_file())
