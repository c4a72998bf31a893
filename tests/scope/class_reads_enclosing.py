# A class body reads an enclosing function's variable through LOAD_CLASSDEREF.
def f():
    y = 10
    class C:
        z = y
    return C
