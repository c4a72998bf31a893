# Non-ASCII identifiers.
def café():
    déjà = 1
    def vu():
        return déjà
    return vu
