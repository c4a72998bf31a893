j = sum(x for x in y y)
