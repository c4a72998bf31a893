def find_reporter(items, wanted):
    for item in items:
        if item == wanted:
            def report():
                return "item " + str(item)
    return report

print(find_reporter([1, 2, 3], 2)())
