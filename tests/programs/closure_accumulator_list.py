# Mutating a captured list needs no nonlocal; rebinding it would.
def make_log():
    entries = []

    def log(message):
        entries.append(message)
        return len(entries)

    def dump():
        return list(entries)

    return log, dump


log, dump = make_log()
log("start")
log("middle")
print(log("end"), dump())
