# io.StringIO: write, print(file=), getvalue, read, readline, seek, tell, iteration
import io
from io import StringIO

buffer = StringIO()
print(buffer.write("hello "), buffer.write("world\n"))
print("second line", 2, sep="-", file=buffer)
print(repr(buffer.getvalue()), buffer.tell())
buffer.seek(0)
print(repr(buffer.readline()), repr(buffer.read(6)), repr(buffer.read()))
print(repr(buffer.read()), buffer.tell())

reader = StringIO("alpha\nbeta\ngamma")
for number, line in enumerate(reader, 1):
    print(number, line.rstrip())
reader.seek(0)
print(reader.readlines())
reader.seek(0)
print(reader.readline(3), reader.readline(), reader.tell())

overwrite = StringIO("abcdef")
overwrite.write("XY")
print(overwrite.getvalue(), overwrite.tell())
overwrite.seek(8)
overwrite.write("!")
print(repr(overwrite.getvalue()))
overwrite.truncate(3)
print(overwrite.getvalue(), overwrite.seek(0, io.SEEK_END))

with StringIO() as log:
    log.writelines(["a", "b", "c\n"])
    print(log.getvalue(), end="")
print(log.closed)
try:
    log.write("late")
except ValueError as error:
    print("ValueError:", error)
try:
    StringIO().write(3)
except TypeError as error:
    print("TypeError:", error)
print(type(buffer).__name__, buffer.readable(), buffer.writable(), buffer.seekable())
