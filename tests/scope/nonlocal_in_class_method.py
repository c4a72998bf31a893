# A method can declare a function's variable nonlocal.
def f():
    count = 0
    class C:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return C
