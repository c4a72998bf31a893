# io.StringIO as a file of lines: readline until empty, read sizes, writelines, tell
from io import StringIO

buffer = StringIO()
buffer.writelines(f"line {n}\n" for n in range(1, 4))
print(buffer.tell(), repr(buffer.getvalue()))
buffer.seek(0)
while True:
    line = buffer.readline()
    if not line:
        break
    print(repr(line), buffer.tell())
buffer.seek(0)
print(repr(buffer.read(3)), repr(buffer.read(0)), repr(buffer.read(100)))
print(StringIO("x\ny").readlines(), StringIO("").readline() == "")
