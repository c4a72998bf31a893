# input() reads lines from standard input; the prompt goes to stdout.
name = input("Your name? ")
age = int(input("Your age? "))
print(f"Hello {name}, next year you will be {age + 1}.")
