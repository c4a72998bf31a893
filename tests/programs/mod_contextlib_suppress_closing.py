# suppress() swallows the listed exceptions; closing() calls close() at the end.
from contextlib import suppress, closing

with suppress(ZeroDivisionError):
    print(1 / 0)
print("after suppress")
with suppress(KeyError, IndexError):
    [][3]
print("after index")

class Connection:
    def __init__(self, host):
        self.host = host
    def close(self):
        print("closed", self.host)

with closing(Connection("db")) as connection:
    print("talking to", connection.host)
