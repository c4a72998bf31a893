# A context manager that hands out a closure bound to its own buffer.
class Capture:
    def __enter__(self):
        self.lines = []

        def write(text):
            self.lines.append(text)

        return write

    def __exit__(self, exc_type, exc, tb):
        print("captured", len(self.lines), "lines:", self.lines)
        return False


with Capture() as write:
    write("alpha")
    write("beta")
