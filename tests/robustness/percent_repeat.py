# A 200 MB string built by repetition.
# python3: prints 200000000. Cellscope refuses sequences past 50,000,000 items (a budget).
# run: MemoryError
s = "%s" * 10**8
print(len(s))
