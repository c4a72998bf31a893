# A byte order mark before the first line.
# python3: ignores the BOM and prints 1.
# run: ok
print(1)
