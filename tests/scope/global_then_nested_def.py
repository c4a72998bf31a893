# A def of a declared global gets a plain qualname.
def make():
    global helper
    def helper():
        return 1
    return helper
