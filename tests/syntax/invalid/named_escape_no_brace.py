x = "ab\N"
