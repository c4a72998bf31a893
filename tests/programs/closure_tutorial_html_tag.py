# The classic tutorial closure: an HTML tag factory.
def html_tag(tag):
    def wrap_text(msg):
        print(f"<{tag}>{msg}</{tag}>")
    return wrap_text


print_h1 = html_tag("h1")
print_p = html_tag("p")
print_h1("Test Headline!")
print_h1("Another Headline!")
print_p("Test Paragraph!")
print(print_h1.__closure__[0].cell_contents, print_p.__code__.co_freevars)
