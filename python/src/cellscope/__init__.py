"""Cellscope: run a Python snippet step by step in the reader's browser and see the cells
its closures hold. The same widget in three places:

- Jupyter: ``%load_ext cellscope``, then ``%%cellscope`` or ``cellscope.show(code)``;
- Sphinx: ``extensions = ["cellscope.sphinx"]`` and the ``.. cellscope::`` directive;
- MkDocs: the ``cellscope`` plugin and a ```` ```cellscope ```` fence.

The interpreter is a WebAssembly module that runs in the browser; Python only hands it the
program's text. This module imports nothing heavy, so the Sphinx and MkDocs parts work
without Jupyter installed.
"""

__version__ = "0.1.0"

__all__ = ["Cellscope", "show", "load_ipython_extension", "__version__"]


def show(code, *, step=0, breakpoints=(), height=None, controls="full"):
    """The widget for ``code``; a notebook displays it when it is a cell's last value.
    ``step`` is the step shown first, counted from 0 like the widget's step counter; the
    widget's ``step`` attribute then follows the reader and moves the widget when set."""
    from .widget import Cellscope

    return Cellscope(code, step=step, breakpoints=breakpoints, height=height, controls=controls)


def load_ipython_extension(ipython):
    """``%load_ext cellscope``: registers the ``%%cellscope`` cell magic."""
    from .magic import CellscopeMagics

    ipython.register_magics(CellscopeMagics)


def __getattr__(name):
    # `cellscope.Cellscope` without importing anywidget for Sphinx and MkDocs users.
    if name == "Cellscope":
        from .widget import Cellscope

        return Cellscope
    raise AttributeError(f"module 'cellscope' has no attribute {name!r}")
