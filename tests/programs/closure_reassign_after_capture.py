# A closure sees the latest value assigned to a captured variable, not the value at creation.
def outer():
    message = "first"

    def show():
        return message

    before = show()
    message = "second"
    return before, show()


print(outer())
