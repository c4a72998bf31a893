# hashlib in a tutorial password store: salted sha256, checked by a closure
import hashlib


def make_store(salt):
    users = {}

    def digest(password):
        return hashlib.sha256((salt + password).encode()).hexdigest()

    def register(name, password):
        users[name] = digest(password)
        return users[name][:12]

    def check(name, password):
        return users.get(name) == digest(password)

    return register, check


register, check = make_store("s4lt")
print(register("ann", "hunter2"))
print(register("bob", "correct horse"))
print(check("ann", "hunter2"), check("ann", "hunter3"), check("cy", "x"))


def fingerprint(*parts):
    h = hashlib.md5()
    for part in parts:
        h.update(str(part).encode())
        h.update(b"|")
    return h.hexdigest()


print(fingerprint("a", 1, [2, 3]))
print(fingerprint("a", 1, [2, 3]) == fingerprint("a", "1", "[2, 3]"))
