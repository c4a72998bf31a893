def make():
    global helper
    def helper():
        return 1
    return helper
