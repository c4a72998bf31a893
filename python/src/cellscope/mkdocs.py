"""MkDocs: the ``cellscope`` plugin and a ```` ```cellscope ```` fence (pymdown-extensions'
SuperFences). In mkdocs.yml::

    plugins:
      - cellscope
    markdown_extensions:
      - pymdownx.superfences:
          custom_fences:
            - name: cellscope
              class: cellscope
              validator: !!python/name:cellscope.mkdocs.validator
              format: !!python/name:cellscope.mkdocs.formatter

and in a page, options on the fence's first line::

    ```cellscope step="4" breakpoints="5,9" height="320" controls="minimal"
    def make_counter():
        ...
    ```

The plugin copies the widget's files to ``cellscope-viz/`` in the site and loads them on
every page; when the fence is not configured, it adds it to SuperFences itself.
"""

import logging

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File

from .assets import ASSET_FOLDER, ASSET_NAMES, SCRIPT, STYLESHEET, lazy_asset_names, static_root
from .html import element_html
from .options import OptionError, WidgetOptions

log = logging.getLogger("mkdocs.plugins.cellscope")
OPTION_NAMES = ("step", "breakpoints", "height", "controls")
SUPERFENCES = "pymdownx.superfences"


def validator(language, inputs, options, attrs, md):
    """Accepts the fence when its options are the widget's and valid; a mistake is a
    warning (an error under ``mkdocs build --strict``) and the fence stays a code block."""
    unknown = sorted(set(inputs) - set(OPTION_NAMES))
    if unknown:
        log.warning("cellscope fence: unknown option %s (known: %s)", ", ".join(unknown), ", ".join(OPTION_NAMES))
        return False
    try:
        WidgetOptions.build(**inputs)
    except OptionError as error:
        log.warning("cellscope fence: %s", error)
        return False
    options.update(inputs)
    return True


def formatter(source, language, class_name, options, md, **kwargs):
    # Markdown takes a custom element for inline HTML and would wrap it in a <p>; a <div>
    # keeps the widget a block of its own.
    return f'<div class="{class_name}">{element_html(source, WidgetOptions.build(**options))}</div>'


def has_cellscope_fence(config):
    fences = config.mdx_configs.get(SUPERFENCES, {}).get("custom_fences", [])
    return any(fence.get("name") == "cellscope" for fence in fences)


def add_fence(config):
    if SUPERFENCES not in config.markdown_extensions:
        config.markdown_extensions.append(SUPERFENCES)
    superfences = config.mdx_configs.setdefault(SUPERFENCES, {})
    fence = {"name": "cellscope", "class": "cellscope", "validator": validator, "format": formatter}
    superfences["custom_fences"] = [*superfences.get("custom_fences", []), fence]


class CellscopePlugin(BasePlugin):
    def on_config(self, config):
        if not has_cellscope_fence(config):
            add_fence(config)
        script = ExtraScriptValue(SCRIPT)
        script.type = "module"
        config.extra_javascript.append(script)
        config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files, config):
        for name in (*ASSET_NAMES, *lazy_asset_names()):
            files.append(
                File(f"{ASSET_FOLDER}/{name}", src_dir=str(static_root()), dest_dir=config.site_dir, use_directory_urls=False)
            )
        return files
