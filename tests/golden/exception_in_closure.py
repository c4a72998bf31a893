def safe_divider(d):
    def divide(x):
        try:
            return x / d
        except ZeroDivisionError:
            return None
    return divide

print(safe_divider(0)(1))
