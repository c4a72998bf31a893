x = f"{1}ab\N{NOPE}"
