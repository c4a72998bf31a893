"""In-memory text streams: io.StringIO.

Files are outside the sandbox, so of the io module only StringIO is here: a text
buffer with a position that write(), read(), readline(), seek() and tell() share.
"""

__all__ = ["StringIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(ValueError):
    # CPython's also derives from OSError, which this interpreter does not have.
    __module__ = "io"


class StringIO:
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            + type(initial_value).__name__)
        self._buffer = initial_value
        self._position = 0
        self._closed = False

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check_open()
        return self._buffer

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if not s:
            return 0
        start = self._position
        buffer = self._buffer
        if start > len(buffer):
            buffer += "\0" * (start - len(buffer))
        self._buffer = buffer[:start] + s + buffer[start + len(s):]
        self._position = start + len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_open()
        start = min(self._position, len(self._buffer))
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(start + size, len(self._buffer))
        self._position = max(self._position, end)
        return self._buffer[start:end]

    def readline(self, size=-1):
        self._check_open()
        start = min(self._position, len(self._buffer))
        newline = self._buffer.find("\n", start)
        end = len(self._buffer) if newline < 0 else newline + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._position = max(self._position, end)
        return self._buffer[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._position = pos
        elif whence in (1, 2):
            if pos != 0:
                raise UnsupportedOperation("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._position = len(self._buffer)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._position

    def tell(self):
        self._check_open()
        return self._position

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._position
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buffer = self._buffer[:size]
        return size

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()
