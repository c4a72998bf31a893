"""The `<cellscope-viz>` element a static page carries: the options as attributes and the
program as the element's text, escaped so that `<` and `&` in the code stay code."""

from html import escape

from .options import WidgetOptions


def element_html(code, options: WidgetOptions):
    """The element for ``code``. The code starts on the line after the opening tag, as the
    widget expects; it drops the surrounding blank lines and the common indentation."""
    attributes = "".join(f' {name}="{escape(value)}"' for name, value in options.attributes().items())
    body = escape(code.strip("\n"), quote=False)
    return f"<cellscope-viz{attributes}>\n{body}\n</cellscope-viz>"
