s = "ab\U0001"
