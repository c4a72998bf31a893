def build_handlers(buttons):
    handlers = {}
    for button in buttons:
        handlers[button] = lambda: print("clicked", button)
    return handlers

for handler in build_handlers(["ok", "cancel"]).values():
    handler()
