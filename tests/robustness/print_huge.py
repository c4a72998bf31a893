# Printing 100 MB at once.
# python3: prints it. Cellscope refuses the 100 MB string (sequence budget).
# run: MemoryError
print("x" * 10**8)
