b = 3j3j
