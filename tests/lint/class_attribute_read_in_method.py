class Counter:
    count = 0
    step = 2

    def increment(self):
        count += step
        return count

    def show(self):
        return step


try:
    Counter().increment()
except UnboundLocalError as error:
    print(error)
try:
    Counter().show()
except NameError as error:
    print(error)
