# A missing closing parenthesis is reported as a SyntaxError before anything runs.
print("never printed")
values = [1, 2, 3
print(values)
