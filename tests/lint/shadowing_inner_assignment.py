def machine():
    state = "idle"

    def start():
        state = "running"
        print("started")

    start()
    return state

print(machine())
