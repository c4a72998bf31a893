# eval and exec read names through any mapping given as locals.
class Spreadsheet:
    def __init__(self, cells):
        self.cells = cells
        self.looked_up = []

    def __getitem__(self, name):
        self.looked_up.append(name)
        if name in self.cells:
            value = self.cells[name]
            if isinstance(value, str) and value.startswith("="):
                return eval(value[1:], {}, self)
            return value
        raise KeyError(name)

sheet = Spreadsheet({"a1": 5, "a2": 7, "a3": "=a1 + a2", "a4": "=a3 * 2"})
print(eval("a4", {}, sheet))
print(sheet.looked_up)
print(eval("max(a1, a2)", {}, sheet))

class Recorder(dict):
    pass

log = {}
exec("first = 1\nsecond = first + 1", {}, log)
print(log)
try:
    eval("missing", {}, sheet)
except NameError as error:
    print(error)
try:
    eval("1", {}, 5)
except TypeError as error:
    print(error)
