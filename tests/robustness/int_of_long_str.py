# int() of a 5000-digit string.
# python3: ValueError past the 4300-digit limit.
# run: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
int("1" * 5000)
