# A SyntaxError in the string is a real SyntaxError object.
samples = ["x = = 1", "def f(:\n    pass", "print('a'", "for i in range(3):\nprint(i)", "1 +* 2"]
for source in samples:
    try:
        exec(source)
    except SyntaxError as error:
        print(type(error).__name__, "|", error.msg, "|", error.lineno, error.offset, "|", repr(error.text), "|", error.filename)
        print("  str:", error)

try:
    eval("y = 1")
except SyntaxError as error:
    print(error.msg, error.offset, error.end_offset, repr(error.text))
try:
    compile("if True:\n  a = 1\n    b = 2", "config.txt", "exec")
except IndentationError as error:
    print(type(error).__name__, error)
print(issubclass(IndentationError, SyntaxError), isinstance(SyntaxError("m"), Exception))
print(SyntaxError("plain").msg, SyntaxError("plain").lineno)
