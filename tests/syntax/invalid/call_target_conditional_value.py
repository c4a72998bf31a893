f() = 1 if a else b
