# A function with no free variables has __closure__ None and empty co_freevars.
def plain(x):
    y = x + 1
    return y


print(plain.__closure__)
print(plain.__code__.co_freevars, plain.__code__.co_cellvars)
print(plain.__code__.co_varnames)
print((lambda: 0).__closure__)
