def setup():
    global config
    config = {}

def use():
    return config
