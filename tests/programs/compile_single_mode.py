# 'single' mode prints the repr of expression statements, as the REPL does.
exec(compile("1 + 2", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("[1, 2] * 2", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"))
exec(compile("x * 2", "<stdin>", "single"))
exec(compile("for i in range(3): i * 10\n", "<stdin>", "single"))
exec(compile("a = 1; a + 1", "<stdin>", "single"))
exec(compile("if x > 1:\n    x\n    'big'\n", "<stdin>", "single"))
exec(compile("def f():\n    42\n", "<stdin>", "single"))
f()
exec(compile("f", "<stdin>", "single"))
print(_ is f)
try:
    compile("x = 1\ny = 2", "<stdin>", "single")
except SyntaxError as error:
    print(error.msg, error.lineno, error.offset)
