"""`Cellscope`, the notebook widget (anywidget). The kernel holds only the program's text
and the options; the interpreter runs in the browser. The front end asks once per page for
the widget's files and receives them as binary buffers of one message, so they are not
stored in the notebook with the widget's state."""

from pathlib import Path

import anywidget
import traitlets

from . import __version__
from .assets import ASSET_NAMES, asset_path
from .options import CONTROL_MODES, WidgetOptions

# The buffers of the "assets" reply, in this order: the element, its worker, the .wasm.
SENT_ASSETS = tuple(name for name in ASSET_NAMES if name != "cellscope-viz.css")


class Cellscope(anywidget.AnyWidget):
    """A stepping scope diagram of ``code``. ``step`` is the step shown, counted from 0;
    it follows the reader's clicks, and setting it moves the widget."""

    _esm = Path(__file__).parent / "notebook.js"

    code = traitlets.Unicode("").tag(sync=True)
    step = traitlets.Int(0).tag(sync=True)
    breakpoints = traitlets.List(traitlets.Int()).tag(sync=True)
    height = traitlets.Unicode(None, allow_none=True).tag(sync=True)
    controls = traitlets.Enum(CONTROL_MODES, default_value="full").tag(sync=True)

    def __init__(self, code="", *, step=0, breakpoints=(), height=None, controls="full", **kwargs):
        options = WidgetOptions.build(step=step, breakpoints=breakpoints, height=height, controls=controls)
        super().__init__(
            code=code,
            step=options.step,
            breakpoints=list(options.breakpoints),
            height=options.height,
            controls=options.controls,
            **kwargs,
        )
        self.on_msg(self._answer)

    @traitlets.validate("step")
    def _check_step(self, proposal):
        if proposal["value"] < 0:
            raise traitlets.TraitError(f"step counts from 0, not {proposal['value']}")
        return proposal["value"]

    def _answer(self, _widget, content, _buffers):
        if isinstance(content, dict) and content.get("type") == "assets":
            buffers = [asset_path(name).read_bytes() for name in SENT_ASSETS]
            self.send({"type": "assets", "version": __version__}, buffers)
