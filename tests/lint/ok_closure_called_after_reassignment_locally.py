def process(data):
    current = None

    def log(message):
        print(current, message)

    log("start")
    for current in data:
        log("processing")

process(["a", "b"])
