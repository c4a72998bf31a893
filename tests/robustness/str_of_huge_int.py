# str() of an int with 5001 digits.
# python3: ValueError past the 4300-digit limit.
# run: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(str(10**5000))
