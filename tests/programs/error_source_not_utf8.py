# A file that is not UTF-8 and declares no encoding is a SyntaxError naming the byte and line.
print("café")
