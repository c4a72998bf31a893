# A tiny calculator: each line is evaluated with eval, errors are reported.
expressions = ["2 + 3", "10 / 4", "2 ** 10", "(1 + 2) * 3", "  7 - 10", "1 / 0", "2 +", "abs(-5) + max(1, 9)"]

def calculate(text):
    try:
        return eval(text)
    except ZeroDivisionError as error:
        return f"error: {error}"
    except SyntaxError as error:
        return f"syntax error: {error.msg} at column {error.offset}"

for text in expressions:
    print(f"{text.strip():>22} = {calculate(text)}")

variables = {"x": 4, "y": 2.5}
for formula in ["x * y", "x ** 2 + y", "round(x / y, 3)"]:
    print(formula, "->", eval(formula, variables))
print(sorted(variables))
