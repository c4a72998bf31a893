def summer():
    total = 0

    def add_all(values):
        for value in values:
            total += value
        return total

    return add_all

try:
    summer()([1, 2])
except UnboundLocalError as error:
    print(error)
