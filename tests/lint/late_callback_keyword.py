class Button:
    def __init__(self, label, command):
        self.label = label
        self.command = command


def toolbar(labels):
    buttons = []
    for label in labels:
        buttons.append(Button(label, command=lambda: print("pressed", label)))
    return buttons


for button in toolbar(["open", "save"]):
    button.command()
