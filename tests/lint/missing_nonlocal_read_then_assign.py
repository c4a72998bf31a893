def running_total():
    total = 0

    def add(amount):
        print("total was", total)
        total = total + amount
        return total

    return add

add = running_total()
try:
    add(5)
except UnboundLocalError as error:
    print(error)
