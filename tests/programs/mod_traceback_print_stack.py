# traceback.print_stack, format_stack and extract_stack: the frames running at the call, outermost first, without carets; limit keeps the innermost
import sys
import traceback

def report():
    traceback.print_stack()
    traceback.print_stack(limit=1, file=sys.stdout)
    print(traceback.format_stack(limit=2))
    print(traceback.format_stack(limit=-1))
    print(traceback.format_stack(limit=10) == traceback.format_stack())
    stack = traceback.extract_stack()
    print(stack, [frame.name for frame in stack], stack[-1].line)
    return len(stack)

def middle():
    depth = report()
    return depth

print(middle())
print(len(traceback.extract_stack()), traceback.format_stack(limit=0))
