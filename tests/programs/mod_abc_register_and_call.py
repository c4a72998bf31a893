# An abstract base class can still have concrete methods that call the abstract ones.
from abc import ABC, abstractmethod

class Notifier(ABC):
    @abstractmethod
    def send(self, message):
        ...
    def notify_all(self, messages):
        return [self.send(m) for m in messages]

class Email(Notifier):
    def send(self, message):
        return f"email: {message}"

print(Email().notify_all(["hi", "bye"]))
print(Notifier.__abstractmethods__, Email.__abstractmethods__)
