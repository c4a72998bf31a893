def last_printer(items):
    for item in items:
        def show():
            return "last was " + str(item)
    return show

print(last_printer([1, 2, 3])())
