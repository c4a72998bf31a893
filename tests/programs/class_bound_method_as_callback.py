# Bound methods stored as callbacks keep their instance alive and see its updates.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def click(self):
        self.clicks += 1
        return f"{self.label} clicked {self.clicks}x"


ok = Button("OK")
handlers = [ok.click, ok.click, Button("Cancel").click]
print([h() for h in handlers])
print(ok.clicks, handlers[2].__self__.label)
