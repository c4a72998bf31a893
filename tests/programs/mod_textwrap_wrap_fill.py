# textwrap.wrap and fill: widths, indents, hyphenated words, long words, max_lines
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known pangram, used by "
        "type-setters -- and others -- since the late 19th century. "
        "Supercalifragilisticexpialidocious!")
for width in [12, 25, 40]:
    print(f"--- width {width}")
    for line in textwrap.wrap(text, width):
        print(f"|{line:<{width}}|")
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-b-c-d e-f long-hyphenated-word-here x--y", 8))
print(textwrap.wrap("long-hyphenated-word", 10, break_on_hyphens=False))
print(textwrap.wrap("one two three", 5, break_long_words=False))
print(textwrap.wrap("abcdefghij", 4))
print(textwrap.fill("Hi there.  How are you? Fine.", 12, fix_sentence_endings=True))
print(textwrap.wrap("tabs\there and\nnewlines", 12), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
print(textwrap.wrap("word " * 5, 9, drop_whitespace=False))
wrapper = textwrap.TextWrapper(width=15, max_lines=2, placeholder=" ...")
print(wrapper.wrap(text))
print(wrapper.fill("short"))
try:
    textwrap.wrap("x", 0)
except ValueError as error:
    print("ValueError:", error)
