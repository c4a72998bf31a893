def report(values):
    for value in values:
        def describe():
            return "value " + str(value)
        print(describe())
        check = lambda: value > 1
        if check():
            print("big")

report([1, 2])
