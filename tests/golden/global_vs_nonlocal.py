x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        x = "changed"
    inner()
    return x

print(outer(), x)
