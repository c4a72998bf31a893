"""The options every integration accepts (step, breakpoints, height, controls), read from
text and checked once, so a directive, a fence and a magic reject the same mistakes with the
same message."""

import re
from dataclasses import dataclass, field

CONTROL_MODES = ("full", "minimal", "none")
# The lengths the widget's `height` attribute understands: a bare number means pixels.
HEIGHT_PATTERN = re.compile(r"^\d+(\.\d+)?(px|em|rem|vh|%)?$")


class OptionError(ValueError):
    """An option whose value the widget would not understand."""


@dataclass(frozen=True)
class WidgetOptions:
    step: int = 0
    breakpoints: tuple = field(default_factory=tuple)
    height: "str | None" = None
    controls: str = "full"

    def __post_init__(self):
        if not isinstance(self.step, int) or self.step < 0:
            raise OptionError(f"step must be a whole number from 0 up, not {self.step!r}")
        if any(not isinstance(line, int) or line < 1 for line in self.breakpoints):
            raise OptionError(f"breakpoints must be line numbers from 1 up, not {list(self.breakpoints)!r}")
        if self.height is not None and not HEIGHT_PATTERN.match(self.height):
            raise OptionError(f"height must be a CSS length such as 320, 320px, 20rem or 60vh, not {self.height!r}")
        if self.controls not in CONTROL_MODES:
            raise OptionError(f"controls must be one of {', '.join(CONTROL_MODES)}, not {self.controls!r}")

    @classmethod
    def build(cls, step=0, breakpoints=(), height=None, controls="full"):
        """Options from Python values or from their text, as a directive or fence gives them."""
        return cls(
            step=parse_step(step),
            breakpoints=parse_breakpoints(breakpoints),
            height=None if height in (None, "") else str(height).strip(),
            controls=str(controls).strip().lower(),
        )

    def attributes(self):
        """The element's attributes, in a fixed order; defaults are left out."""
        attributes = {}
        if self.step:
            attributes["step"] = str(self.step)
        if self.breakpoints:
            attributes["breakpoints"] = ",".join(str(line) for line in self.breakpoints)
        if self.height:
            attributes["height"] = self.height
        if self.controls != "full":
            attributes["controls"] = self.controls
        return attributes


def parse_step(value):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if not text.isdigit():
        raise OptionError(f"step must be a whole number from 0 up, not {value!r}")
    return int(text)


def parse_breakpoints(value):
    """`"4,7"`, `"4 7"` or `[4, 7]` → `(4, 7)`, sorted and without repeats."""
    if isinstance(value, str):
        parts = [part for part in re.split(r"[\s,]+", value.strip()) if part]
        if not all(part.isdigit() for part in parts):
            raise OptionError(f"breakpoints must be line numbers such as 4,7, not {value!r}")
        value = [int(part) for part in parts]
    lines = tuple(sorted(set(value)))
    if any(not isinstance(line, int) or isinstance(line, bool) for line in lines):
        raise OptionError(f"breakpoints must be line numbers, not {list(value)!r}")
    return lines
