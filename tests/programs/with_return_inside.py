# return and break inside a with block still run __exit__.
class Log:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("open", self.label)

    def __exit__(self, *details):
        print("close", self.label, details)


def find(target):
    with Log("search"):
        for i in range(10):
            if i == target:
                return i
    return None


print(find(3))
for n in range(3):
    with Log(n):
        if n == 1:
            break
