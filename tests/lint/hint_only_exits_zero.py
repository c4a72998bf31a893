def outer():
    mode = "fast"

    def set_mode():
        mode = "slow"

    set_mode()
    return mode

print(outer())
