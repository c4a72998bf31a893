def outer(items):
    result = []

    def helper(xs):
        total = 0
        for i in xs:
            total += i
        return total

    for i in items:
        result.append(helper([i, i]))
    total = sum(result)
    return total

print(outer([1, 2, 3]))
