# send() passes values into a running generator; the first send must be None.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(0))
fresh = running_average()
try:
    fresh.send(5)
except TypeError as error:
    print(error)
