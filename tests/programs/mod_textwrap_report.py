# textwrap in a report: wrapped paragraphs, a hanging indent, and shortened previews
import textwrap

notes = {
    "intro": "Closures capture variables, not values: a function defined in a loop sees the last value unless it is bound as a default argument.",
    "cells": "Each captured variable lives in a cell object, shared by every closure that refers to it, and it outlives the frame that created it.",
}
for title, body in notes.items():
    print(title.upper())
    print(textwrap.fill(body, width=36, initial_indent="  ", subsequent_indent="  "))
    print(textwrap.shorten(body, width=30))
print(textwrap.fill("1. " + notes["intro"], width=40, subsequent_indent="   "))
wrapper = textwrap.TextWrapper(width=24, break_long_words=False)
print(wrapper.wrap("a verylongidentifiername_that_cannot_break fits"))
