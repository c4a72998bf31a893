j = sum(x for xr x in y)
