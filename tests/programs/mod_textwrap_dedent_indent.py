# textwrap.dedent, indent and shorten, as tutorials use them for docstrings and previews
import textwrap


def usage():
    return textwrap.dedent("""\
        Usage: tool [options]

          -h   show help
          -v   verbose
        """)


print(usage(), end="")
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n  b")))
print(repr(textwrap.dedent("    x\n   \n    y\n")))
print(textwrap.indent("first\n\nsecond\n", "> "), end="")
print(repr(textwrap.indent("a\nb", "+", lambda line: True)))
quoted = textwrap.indent(textwrap.fill("A reply that is long enough to wrap onto lines.", 20), "| ")
print(quoted)
for width in [12, 20, 40]:
    print(repr(textwrap.shorten("The  quick   brown fox jumps over the lazy dog", width)))
print(textwrap.shorten("Hello world", 11, placeholder="..."))
