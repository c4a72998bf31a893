# Every step of exec'd code is traced: its frame is <module> in <string>.
source = """total = 0
for n in range(3):
    total += n
def double(v):
    return v * 2
result = double(total)
"""
env = {}
exec(source, env)
print(env["total"], env["result"])
print(env["double"](21))
value = eval("env['result'] + 1")
print(value)
code = compile("squares = [k * k for k in range(3)]", "<string>", "exec")
exec(code, env)
exec(code, env)
print(env["squares"])
