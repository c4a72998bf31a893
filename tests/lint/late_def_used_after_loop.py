def last_reporter(items):
    for item in items:
        def report():
            return "item " + str(item)
    return report

print(last_reporter([1, 2, 3])())
