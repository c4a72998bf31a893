def make_printers():
    printers = []
    for i in range(2):
        def show():
            return i
        printers.append(show)
    return printers

print([p() for p in make_printers()])
