def make_counter():
    count = 0

    def increment():
        count += 1
        return count

    return increment

counter = make_counter()
try:
    counter()
except UnboundLocalError as error:
    print(error)
