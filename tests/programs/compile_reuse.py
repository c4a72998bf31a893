# compile once, run many times with different namespaces.
code = compile("result = base * factor", "<string>", "exec")
print(code)
print(code.co_name, code.co_filename, code.co_names)
for base in range(1, 4):
    ns = {"base": base, "factor": 10}
    exec(code, ns)
    print(base, ns["result"])

expr = compile("price * (1 + rate)", "<string>", "eval")
for price in [100, 250]:
    print(eval(expr, {"price": price, "rate": 0.5}))

named = compile("def hello():\n    return 'hi'\n", "greeting.py", "exec")
space = {}
exec(named, space)
print(space["hello"](), space["hello"].__code__.co_filename)

print(eval(compile("[n for n in range(3)]", "<string>", "eval")))
try:
    compile("1", "<string>", "run")
except ValueError as error:
    print(error)
try:
    compile(5, "<string>", "exec")
except TypeError as error:
    print(error)
print(eval(b"6 * 7"))
exec(b"print('from bytes')")
print(exec(expr, {"price": 2, "rate": 1}))
