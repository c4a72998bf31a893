# A format width past sys.maxsize.
# python3: ValueError: Too many decimal digits in format string
# run: ValueError: Too many decimal digits in format string
print(f"{1:99999999999999999999}")
