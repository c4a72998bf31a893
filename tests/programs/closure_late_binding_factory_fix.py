# The factory fix: a helper call gives every closure its own cell.
def make_printer(value):
    def printer():
        return f"value={value}"
    return printer


printers = [make_printer(i) for i in range(3)]
for p in printers:
    print(p())
cells = [p.__closure__[0] for p in printers]
print(len(set(map(id, cells))))
