class C:
    values = [(last := i) for i in range(3)]
