# Float modulo by zero raises ZeroDivisionError with its own message.
values = [3.5, 0.0]
print(7.0 % values[0])
print(7.0 % values[1])
