# __deepcopy__ that keeps a shared resource and copies the rest with the memo
import copy


class Connection:
    def __init__(self, url):
        self.url = url

    def __deepcopy__(self, memo):
        print("connection shared, not copied")
        return self


class Client:
    def __init__(self, url):
        self.connection = Connection(url)
        self.history = []


first = Client("db://main")
first.history.append("SELECT 1")
second = copy.deepcopy(first)
second.history.append("SELECT 2")
print(first.history, second.history, second.connection is first.connection)
pair = copy.deepcopy([first, first])
print(pair[0] is pair[1], pair[0] is first)
