class Bus:
    def __init__(self):
        self.listeners = []

    def subscribe(self, listener):
        self.listeners.append(listener)


bus = Bus()
for topic in ["news", "sport"]:
    bus.subscribe(lambda message: print(topic, message))
for listener in bus.listeners:
    listener("hello")
