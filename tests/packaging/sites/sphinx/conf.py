# A small Sphinx site with Cellscope widgets; the tests build it with several themes
# (-D html_theme=...).
project = "Closures"
extensions = ["cellscope.sphinx"]
html_theme = "alabaster"
