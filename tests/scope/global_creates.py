# A global declaration can create a module variable.
def setup():
    global config
    config = {}

def use():
    return config
