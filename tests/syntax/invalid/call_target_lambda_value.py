f() = lambda: 1
