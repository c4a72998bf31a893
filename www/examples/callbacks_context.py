handlers = []

def on_click(button_name, clicks):
    def handler():
        clicks.append(button_name)
        return f"{button_name} clicked ({len(clicks)} so far)"
    handlers.append(handler)

log = []
on_click("OK", log)
on_click("Cancel", log)
for handler in handlers:
    print(handler())
