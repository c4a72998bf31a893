# Reading an empty cell's contents raises ValueError("Cell is empty").
def outer():
    def inner():
        return later

    cell = inner.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as error:
        print("ValueError:", error)
    later = 5
    print(cell.cell_contents)
    return inner


print(outer()())
