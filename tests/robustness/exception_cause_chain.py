# An exception whose __cause__ chain is 10,000 long.
# python3: fails while printing the traceback ("lost sys.stderr").
# run: ValueError: 9999
e = None
for i in range(10**4):
    try:
        raise ValueError(i) from e
    except ValueError as new:
        e = new
raise e
