try:
    x = 1
exxcept ValueError:
    pass
