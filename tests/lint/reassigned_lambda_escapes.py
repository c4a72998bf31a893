def configure(timeout):
    describe = lambda: "timeout is %d" % timeout
    timeout = timeout * 2
    return describe

print(configure(5)())
