# how textwrap breaks hyphenated words and em-dashes at different widths
import textwrap

text = "A well-known, self-explanatory state-of-the-art tool -- really -- for e-mail."
for width in [6, 10, 15, 22]:
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, 10, break_on_hyphens=False))
