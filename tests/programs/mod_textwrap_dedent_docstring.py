# textwrap.dedent on a function's docstring, then indent and fill for a help screen
import textwrap


def greet(name):
    """Greet someone by name.

    The greeting is printed, not returned,
    and it ends with an exclamation mark.
    """
    print(f"Hello, {name}!")


lines = greet.__doc__.split("\n", 1)
body = textwrap.dedent(lines[1])
print(lines[0])
print(repr(body))
print(textwrap.indent(body.strip(), "    | "))
print(textwrap.fill(" ".join(body.split()), 25))
greet("Ada")
