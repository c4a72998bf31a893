def machine():
    state = "idle"

    def start():
        state = "running"
        return state

    start()
    return state

print(machine())
