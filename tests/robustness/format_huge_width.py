# A format width of a trillion.
# python3: MemoryError.
# run: MemoryError
print(f"{1:999999999999}")
