"""Checks of the installed cellscope package that need no browser: the magic's options in a
real IPython shell, the widget's traits and its answer to the front end's request for the
widget files, and the HTML the Sphinx and MkDocs parts write. Run by python.test.mjs with
the project's virtual environment; exits non-zero on the first failed check."""

import sys

from IPython.core.error import UsageError
from IPython.core.interactiveshell import InteractiveShell

import cellscope
from cellscope.html import element_html
from cellscope.options import OptionError, WidgetOptions

PROGRAM = "def f():\n    x = 1\n    return lambda: x\n\ng = f()\n"


def check_magic_builds_the_widget_and_binds_its_name():
    shell = InteractiveShell.instance()
    shell.run_line_magic("load_ext", "cellscope")
    widget = shell.run_cell_magic("cellscope", "--step 2 --breakpoints 5,3 --height 20rem --controls minimal --name viz", PROGRAM)
    assert shell.user_ns["viz"] is widget
    assert (widget.code, widget.step, widget.breakpoints) == (PROGRAM, 2, [3, 5])
    assert (widget.height, widget.controls) == ("20rem", "minimal")


def check_magic_rejects_mistaken_options():
    shell = InteractiveShell.instance()
    for line, message in [("--step -1", "step must be a whole number"), ("--height tall", "height must be a CSS length"),
                          ("--breakpoints a,b", "breakpoints must be line numbers"), ("--name 2x", "--name needs a Python identifier")]:
        try:
            shell.run_cell_magic("cellscope", line, PROGRAM)
        except UsageError as error:
            assert message in str(error), (line, str(error))
        else:
            raise AssertionError(f"%%cellscope {line} was accepted")


def check_step_is_a_trait_that_refuses_negative_steps():
    widget = cellscope.show(PROGRAM)
    seen = []
    widget.observe(lambda change: seen.append(change["new"]), names="step")
    widget.step = 4
    assert seen == [4]
    try:
        widget.step = -1
    except Exception as error:  # traitlets.TraitError
        assert "counts from 0" in str(error)
    else:
        raise AssertionError("step = -1 was accepted")


def check_the_front_end_receives_the_widget_files_as_buffers():
    widget = cellscope.show(PROGRAM)
    sent = []
    widget.send = lambda content, buffers=None: sent.append((content, buffers))
    widget._answer(widget, {"type": "something else"}, [])
    assert sent == []
    widget._answer(widget, {"type": "assets"}, [])
    [(content, buffers)] = sent
    assert content == {"type": "assets", "version": cellscope.__version__}
    script, worker, wasm = buffers
    assert b"locateEngine" in script and b"cellscope_bg.wasm" in worker
    assert wasm[:4] == b"\0asm", "the third buffer is the WebAssembly module"


def check_element_html_escapes_the_program():
    html = element_html("if a < b & c:\n    pass\n", WidgetOptions.build(step="3", breakpoints="2", controls="none"))
    assert html == '<cellscope-viz step="3" breakpoints="2" controls="none">\nif a &lt; b &amp; c:\n    pass\n</cellscope-viz>', html
    try:
        WidgetOptions.build(controls="all")
    except OptionError as error:
        assert "controls must be one of full, minimal, none" in str(error)
    else:
        raise AssertionError("controls='all' was accepted")


def main():
    checks = [value for name, value in globals().items() if name.startswith("check_")]
    for check in checks:
        check()
        print(f"ok {check.__name__}")
    print(f"{len(checks)} checks passed")


if __name__ == "__main__":
    sys.exit(main())
