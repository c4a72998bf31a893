# Four nested functions: the innermost reads one variable from each enclosing level.
def level1(a):
    def level2(b):
        def level3(c):
            def level4(d):
                return f"{a}{b}{c}{d}"
            return level4
        return level3
    return level2


f = level1("w")("x")("y")
print(f("z"))
print(f.__code__.co_freevars, f.__qualname__)
print(level1.__code__.co_cellvars, level1("w").__code__.co_cellvars)
