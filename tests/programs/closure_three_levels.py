# Three levels of nesting: the innermost function reads variables from both enclosing scopes.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


print(outer(1)(20)(300))
m = outer(1)
inner = m(2)
print(inner.__code__.co_freevars)
print(m.__code__.co_freevars, m.__code__.co_cellvars)
print(outer.__code__.co_cellvars)
