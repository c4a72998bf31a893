# Event handlers registered as closures, each remembering its own label.
handlers = []


def on(label):
    def handler(event):
        return f"{label} got {event}"
    handlers.append(handler)
    return handler


for label in ["click", "key", "scroll"]:
    on(label)
for handler in handlers:
    print(handler("E"))
print([h.__closure__[0].cell_contents for h in handlers])
