# Deleting a captured variable empties its cell; the closure then raises NameError.
def outer():
    item = "present"

    def show():
        return item

    print(show())
    del item
    try:
        show()
    except NameError as error:
        print(error)
    item = "back again"
    return show()


print(outer())
