def make_handler(name):
    return lambda: print("clicked", name)

handlers = {}
for name in ["ok", "cancel"]:
    handlers[name] = make_handler(name)
for handler in handlers.values():
    handler()
