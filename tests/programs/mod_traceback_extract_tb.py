# traceback.print_tb, format_tb, extract_tb (FrameSummary), walk_tb, format_list, format_exception and format_exception_only
import sys
import traceback

class ConfigError(Exception):
    pass

def check(value):
    if value < 0:
        raise ConfigError(f"negative: {value}")
    return value

def run(values):
    total = 0
    for v in values:
        total += check(v)
    return total

try:
    run([1, -2])
except ConfigError as e:
    tb = sys.exc_info()[2]
    traceback.print_tb(tb)
    traceback.print_tb(tb, limit=1, file=sys.stdout)
    print(traceback.format_tb(tb)[-1], end="")
    summary = traceback.extract_tb(tb)
    print(summary)
    for frame in summary:
        print(frame.filename, frame.lineno, frame.name, repr(frame.line), tuple(frame) == (frame.filename, frame.lineno, frame.name, frame.line))
    name, line = summary[-1].name, summary[-1][1]
    print(name, line, len(summary[0]))
    for frame, lineno in traceback.walk_tb(tb):
        print(frame.f_code.co_name, lineno)
    print(traceback.format_list([("notes.py", 3, "tidy", "  x = 1  ")]))
    print(traceback.format_list(summary[1:]))
    lines = traceback.format_exception(e)
    print(lines)
    print(traceback.format_exception(type(e), e, None))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stdout, limit=2)

print(traceback.format_exception_only(ValueError("plain")), traceback.format_exception_only(None))
print(traceback.format_exception(ValueError()), traceback.format_exc())
try:
    traceback.format_exception(42)
except TypeError as e:
    print(e)
