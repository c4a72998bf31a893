"""The ``%%cellscope`` cell magic: the cell's body is the program, the line its options."""

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.core.error import UsageError

from .options import CONTROL_MODES, OptionError


@magics_class
class CellscopeMagics(Magics):
    @magic_arguments()
    @argument("--step", default="0", help="the step shown first, counted from 0")
    @argument("--breakpoints", default="", help='lines Continue stops at, e.g. "4,7"')
    @argument("--height", default=None, help="height of the diagram: 320, 320px, 20rem, 60vh")
    @argument("--controls", default="full", choices=CONTROL_MODES, help="which buttons to show")
    @argument("--name", default=None, help="also bind the widget to this variable, to read or set its step")
    @cell_magic
    def cellscope(self, line, cell):
        """Shows the cell's program as a stepping scope diagram; the widget is the cell's value."""
        from .widget import Cellscope

        args = parse_argstring(self.cellscope, line)
        try:
            widget = Cellscope(
                cell, step=args.step, breakpoints=args.breakpoints, height=args.height, controls=args.controls
            )
        except OptionError as error:
            raise UsageError(str(error)) from None
        if args.name:
            if not args.name.isidentifier():
                raise UsageError(f"--name needs a Python identifier, not {args.name!r}")
            self.shell.user_ns[args.name] = widget
        return widget
