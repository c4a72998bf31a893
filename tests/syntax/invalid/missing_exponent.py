y = 1e
