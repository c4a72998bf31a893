# A format width of 10**8: fine, just large.
# python3: prints 100000000.
# run: ok
print(len(f"{1:99999999}"))
