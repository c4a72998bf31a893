def outer():
    message = "first"

    def show():
        return message

    before = show()
    message = "second"
    return before, show()


print(outer())
