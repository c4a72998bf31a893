a = b if c:
    pass
