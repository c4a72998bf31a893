# exit(True) exits 1: a bool is an int; exit inside a with block still runs __exit__
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit:", exc[0].__name__)
with Guard():
    exit(True)
