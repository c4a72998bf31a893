"""Sphinx: ``extensions = ["cellscope.sphinx"]``, then in a page::

    .. cellscope::
       :step: 4
       :breakpoints: 5,9
       :height: 320
       :controls: minimal

       def make_counter():
           ...

HTML pages that use the directive load the widget's script and stylesheet, which the build
copies to ``_static/cellscope-viz/``; other builders (LaTeX, text, man) show the program as
a Python code block.
"""

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from . import __version__
from .assets import SCRIPT, STYLESHEET, static_root
from .html import element_html
from .options import CONTROL_MODES, OptionError, WidgetOptions


class cellscope_node(nodes.General, nodes.Element):
    """A widget; its child is the program as a literal block, for builders without HTML."""


class CellscopeDirective(SphinxDirective):
    has_content = True
    option_spec = {
        "step": directives.unchanged_required,
        "breakpoints": directives.unchanged_required,
        "height": directives.unchanged_required,
        "controls": lambda argument: directives.choice(argument, CONTROL_MODES),
    }

    def run(self):
        code = "\n".join(self.content)
        if not code.strip():
            raise self.error("cellscope: the directive needs a program as its content")
        try:
            options = WidgetOptions.build(**self.options)
        except OptionError as error:
            raise self.error(f"cellscope: {error}") from None
        node = cellscope_node(code=code, attributes=options.attributes())
        self.set_source_info(node)
        node += nodes.literal_block(code, code, language="python")
        return [node]


def visit_cellscope_html(translator, node):
    options = WidgetOptions.build(**node["attributes"])
    translator.body.append(element_html(node["code"], options))
    raise nodes.SkipNode


def visit_cellscope_other(translator, node):
    """Builders without the widget render the literal block inside."""


def depart_cellscope_other(translator, node):
    pass


def add_widget_files(app, pagename, templatename, context, doctree):
    """Only the pages that show a widget load its script."""
    if doctree is not None and next(doctree.findall(cellscope_node), None) is not None:
        app.add_js_file(SCRIPT, type="module")
        app.add_css_file(STYLESHEET)


def add_static_path(app, config):
    # html_static_path copies the folder's contents into _static/, so cellscope-viz/ lands
    # at _static/cellscope-viz/ and takes part in Sphinx's own copying.
    config.html_static_path.append(str(static_root()))


def setup(app):
    other = (visit_cellscope_other, depart_cellscope_other)
    app.add_node(
        cellscope_node,
        html=(visit_cellscope_html, None),
        latex=other,
        text=other,
        man=other,
        texinfo=other,
    )
    app.add_directive("cellscope", CellscopeDirective)
    app.connect("config-inited", add_static_path)
    app.connect("html-page-context", add_widget_files)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
