x = 1
s = """a
b\tc"""
r = r"""a
b"""
if x:
    y = f"""{x}
"""
r = rf"""a
{x}
b"""
t = b"""x
y"""
