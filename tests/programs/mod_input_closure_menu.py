# A menu loop reading commands with input() and dispatching to closures.
def make_store():
    items = []

    def add(name):
        items.append(name)
        return f"added {name}"

    def show(_):
        return ", ".join(items) or "(empty)"

    return {"add": add, "show": show}


commands = make_store()
while True:
    try:
        line = input("> ")
    except EOFError:
        print()
        break
    verb, _, arg = line.partition(" ")
    action = commands.get(verb)
    print(action(arg) if action else f"unknown command {verb!r}")
