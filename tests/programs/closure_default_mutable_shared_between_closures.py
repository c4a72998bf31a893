# Closures from two factory calls see the same mutable default, each through its own cell.
def make_pair(store=[]):
    def put(x):
        store.append(x)

    def get():
        return list(store)

    return put, get


put1, get1 = make_pair()
put2, get2 = make_pair()
put1("a")
put2("b")
print(get1(), get2())
print(make_pair.__defaults__)
