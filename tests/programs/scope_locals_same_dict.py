# locals() in a function returns one dict per frame, refreshed on every call.
def show():
    x = 1
    snapshot = locals()
    y = 2
    print(sorted(snapshot))
    again = locals()
    print(again is snapshot, sorted(snapshot))
    del x
    locals()
    print(sorted(snapshot))

show()
