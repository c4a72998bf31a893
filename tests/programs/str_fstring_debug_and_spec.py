# f-string debugging fields (=) and format specs that start with = (a spec, not a walrus)
y = 3
name = "ada"
print(f"{y=}", f"{y = }", f"{y=!s}", f"{y=:>5}", f"{name=!r:^9}")
print(f"{y:=10}", f"{y:=^9}", f"{-y:=6}", f"{(y:=4)}", y)
print(f"{y!=2}", f"{y==4=}", f"{y:{y}{y}}|")
width = 6
print(f"{name:>{width}}", f"{3.14159:.{y}f}")
