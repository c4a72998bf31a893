"""Puts the widget's static files into the wheel, from the folder that
`node scripts/build-widget.mjs` writes (dist/widget/ at the repository's root, or the
folder named by CELLSCOPE_WIDGET_DIR)."""

import os
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The files a page downloads; package.json and README.md belong to the npm package.
WIDGET_FILES = ("cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css")
# The folder of files fetched only when a program needs one: the modules written in Python
# and the Unicode name table.
LAZY_FOLDER = "modules"
LAZY_MARKER = "unicode_names.txt"


class WidgetFilesHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        default = Path(self.root).parent / "dist" / "widget"
        widget_dir = Path(os.environ.get("CELLSCOPE_WIDGET_DIR", default))
        wanted = [*WIDGET_FILES, f"{LAZY_FOLDER}/{LAZY_MARKER}"]
        missing = [name for name in wanted if not (widget_dir / name).is_file()]
        if missing:
            raise RuntimeError(
                f"{widget_dir} lacks {', '.join(missing)}: run `make wasm www` at the repository's root first"
            )
        for name in WIDGET_FILES:
            build_data["force_include"][str(widget_dir / name)] = f"cellscope/static/cellscope-viz/{name}"
        lazy = widget_dir / LAZY_FOLDER
        for path in sorted(lazy.iterdir()):
            target = f"cellscope/static/cellscope-viz/{LAZY_FOLDER}/{path.name}"
            build_data["force_include"][str(path)] = target
